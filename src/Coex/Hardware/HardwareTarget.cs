using System.Text.Json;

namespace Coex.Hardware;

/// <summary>What an accelerator spec describes: a systolic array or an FPGA tiled engine.</summary>
public enum HardwareKind
{
    Systolic,
    Fpga,
}

/// <summary>
/// An accelerator named on the command line: exactly one of <see cref="Systolic"/> and <see cref="Fpga"/> is set.
/// </summary>
public sealed record HardwareTarget
{
    public SystolicArraySpec? Systolic { get; }
    public FpgaSpec? Fpga { get; }
    public HardwareKind Kind => Fpga is null ? HardwareKind.Systolic : HardwareKind.Fpga;
    public string Name => Systolic?.Name ?? Fpga!.Name;

    public HardwareTarget(SystolicArraySpec spec) => Systolic = spec ?? throw new ArgumentNullException(nameof(spec));
    public HardwareTarget(FpgaSpec spec) => Fpga = spec ?? throw new ArgumentNullException(nameof(spec));

    /// <summary>Every preset name (systolic, then FPGA), as <see cref="Resolve"/> accepts them.</summary>
    public static IEnumerable<string> PresetNames => AcceleratorPresets.Systolic.Keys.Concat(AcceleratorPresets.Fpga.Keys);

    /// <summary>
    /// A preset by name (case-insensitive), else a spec JSON file at <paramref name="hw"/> (<see cref="Parse"/>).
    /// Throws <see cref="ArgumentException"/> when it is neither, naming the argument and listing the presets.
    /// </summary>
    public static HardwareTarget Resolve(string hw)
    {
        ArgumentNullException.ThrowIfNull(hw);
        if (AcceleratorPresets.Systolic.TryGetValue(hw, out var systolic))
            return new HardwareTarget(systolic);
        if (AcceleratorPresets.Fpga.TryGetValue(hw, out var fpga))
            return new HardwareTarget(fpga);
        if (!File.Exists(hw))
            throw new ArgumentException($"--hw '{hw}' is neither a preset ({string.Join(", ", PresetNames)}) nor a spec file.");
        try
        {
            return Parse(File.ReadAllText(hw));
        }
        catch (ArgumentException e)
        {
            // The reader names its own parameter ('json'); the user passed a file, so name the file instead.
            string message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new ArgumentException($"--hw {hw}: {message}", e);
        }
    }

    /// <summary>
    /// Reads a spec of either kind. The kind is decided by the top-level member names (camelCase, as
    /// <see cref="HardwareJson"/> writes them; matched case-insensitively): <c>dsps</c> makes it an
    /// <see cref="FpgaSpec"/>, <c>rows</c> or <c>dataflow</c> a <see cref="SystolicArraySpec"/>. Throws
    /// <see cref="ArgumentException"/> for malformed JSON, a document that is not an object, one with members of
    /// both kinds or of neither, and (from the spec's own reader) unknown fields or invalid values.
    /// </summary>
    public static HardwareTarget Parse(string json) => Detect(json) switch
    {
        HardwareKind.Fpga => new HardwareTarget(FpgaSpec.FromJson(json)),
        _ => new HardwareTarget(SystolicArraySpec.FromJson(json)),
    };

    /// <summary>Which kind of spec <paramref name="json"/> is (the rule in <see cref="Parse"/>).</summary>
    public static HardwareKind Detect(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        bool fpga = false, systolic = false;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ArgumentException($"Invalid accelerator spec JSON: expected an object, got {document.RootElement.ValueKind}.", nameof(json));
            foreach (var member in document.RootElement.EnumerateObject())
            {
                fpga |= string.Equals(member.Name, "dsps", StringComparison.OrdinalIgnoreCase);
                systolic |= string.Equals(member.Name, "rows", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(member.Name, "dataflow", StringComparison.OrdinalIgnoreCase);
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Invalid accelerator spec JSON: {e.Message}", nameof(json), e);
        }
        return (fpga, systolic) switch
        {
            (true, false) => HardwareKind.Fpga,
            (false, true) => HardwareKind.Systolic,
            (true, true) => throw new ArgumentException(
                "Accelerator spec JSON has both 'dsps' (FPGA) and 'rows'/'dataflow' (systolic array); a spec is one or the other.", nameof(json)),
            _ => throw new ArgumentException(
                "Accelerator spec JSON is neither a systolic-array spec (no 'rows' or 'dataflow') nor an FPGA spec (no 'dsps').", nameof(json)),
        };
    }
}
