namespace Coex.Hardware;

/// <summary>How the FPGA engine multiplies: fixed point at the evaluation's bit widths, or IEEE float32 as in
/// Zhang et al. FPGA 2015 (every operand then takes 32 bits and the evaluation's bit widths are ignored).</summary>
public enum FpgaArithmetic
{
    Fixed,
    Float32,
}

/// <summary>
/// A tiled convolution engine on one FPGA (Zhang et al., FPGA 2015): Tm output maps × Tn input maps of MACs
/// unrolled, output tiles of Tr × Tc pixels, double-buffered input, weight and output buffers filled through
/// three ports, against the device's DSP and BRAM18K budget.
/// </summary>
public sealed record FpgaSpec
{
    public string Name { get; init; } = "custom";
    public required int Dsps { get; init; }
    /// <summary>18 Kbit block RAMs on the device (a BRAM36 counts as two).</summary>
    public required int Bram18K { get; init; }
    public required double ClockMHz { get; init; }
    public FpgaArithmetic Arithmetic { get; init; } = FpgaArithmetic.Fixed;
    /// <summary>Output feature maps computed in parallel.</summary>
    public required int Tm { get; init; }
    /// <summary>Input feature maps consumed in parallel.</summary>
    public required int Tn { get; init; }
    /// <summary>Output tile rows.</summary>
    public required int Tr { get; init; }
    /// <summary>Output tile columns.</summary>
    public required int Tc { get; init; }
    /// <summary>Largest kernel side and stride the input and weight buffers are sized for.</summary>
    public required int MaxKernel { get; init; }
    public required int MaxStride { get; init; }
    /// <summary>Bits each port moves per engine clock: input feature maps in, weights in, outputs out.</summary>
    public required int InputPortBits { get; init; }
    public required int WeightPortBits { get; init; }
    public required int OutputPortBits { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first non-positive field or unknown arithmetic.
    /// Whether the tiling fits the device is a result (<see cref="FpgaModel.Resources"/>), not a spec error.</summary>
    public void Validate()
    {
        Positive(Dsps, nameof(Dsps)); Positive(Bram18K, nameof(Bram18K)); Positive(Tm, nameof(Tm)); Positive(Tn, nameof(Tn));
        Positive(Tr, nameof(Tr)); Positive(Tc, nameof(Tc)); Positive(MaxKernel, nameof(MaxKernel));
        Positive(MaxStride, nameof(MaxStride)); Positive(InputPortBits, nameof(InputPortBits));
        Positive(WeightPortBits, nameof(WeightPortBits)); Positive(OutputPortBits, nameof(OutputPortBits));
        if (!(ClockMHz > 0) || double.IsInfinity(ClockMHz))
            throw new ArgumentException($"FPGA '{Name}': ClockMHz must be a finite positive number, got {ClockMHz}.");
        if (!Enum.IsDefined(Arithmetic))
            throw new ArgumentException($"FPGA '{Name}': unknown arithmetic {(int)Arithmetic}; expected Fixed or Float32.");
    }

    public string ToJson() => HardwareJson.Serialize(this);

    /// <summary>Reads and validates a spec; throws <see cref="ArgumentException"/> on malformed JSON, unknown fields
    /// or an invalid spec.</summary>
    public static FpgaSpec FromJson(string json)
    {
        var spec = HardwareJson.Deserialize<FpgaSpec>(json, "FPGA spec");
        spec.Validate();
        return spec;
    }

    public void Save(string path) => File.WriteAllText(path, ToJson());
    public static FpgaSpec Load(string path) => FromJson(File.ReadAllText(path));

    private void Positive(int value, string name)
    {
        if (value <= 0)
            throw new ArgumentException($"FPGA '{Name}': {name} must be positive, got {value}.");
    }
}
