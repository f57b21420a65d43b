using System.Text.Json.Serialization;

namespace Coex.Hardware;

/// <summary>
/// A systolic array: Rows × Cols MAC PEs running one <see cref="Dataflow"/>, three double-buffered scratchpads
/// (ifmap, filter, ofmap — SCALE-Sim v2's memory organisation), a DRAM interface of
/// <see cref="DramBytesPerCycle"/> and a clock. Immutable; <see cref="Validate"/> checks it and
/// <see cref="ToJson"/>/<see cref="FromJson"/> round-trip it.
/// </summary>
public sealed record SystolicArraySpec
{
    public string Name { get; init; } = "custom";
    public required int Rows { get; init; }
    public required int Cols { get; init; }
    public required Dataflow Dataflow { get; init; }
    public required double IfmapSramKiB { get; init; }
    public required double FilterSramKiB { get; init; }
    public required double OfmapSramKiB { get; init; }
    /// <summary>Sustained DRAM bandwidth shared by all three operands, bytes per array clock cycle.</summary>
    public required double DramBytesPerCycle { get; init; }
    public required double ClockMHz { get; init; }
    public TechnologyParameters Technology { get; init; } = TechnologyParameters.Horowitz45nm;
    /// <summary>
    /// Parameter caching: when a whole network's weights fit the filter scratchpad, they are loaded once and stay
    /// there across inferences, as accelerators that cache model parameters on chip do, so an inference fetches no
    /// weights from DRAM (<see cref="SystolicArrayModel.WeightsStayOnChip"/>). Off by default: every inference streams
    /// its weights, as a layer-by-layer accelerator without that cache must.
    /// </summary>
    public bool ResidentWeights { get; init; }
    /// <summary>
    /// Supply voltage, V; null means the technology's <see cref="TechnologyParameters.NominalVolts"/>. It scales
    /// on-chip dynamic energy by (V / V_nom)² (<see cref="TechnologyParameters.OnChipEnergyScale"/>). The model does
    /// not check that <see cref="ClockMHz"/> is reachable at this voltage: whoever sets both owns that
    /// (<see cref="TechnologyParameters.ClockScale"/> gives the alpha-power law's answer). Leakage is not modelled.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SupplyVolts { get; init; }

    // Derived sizes are not part of the JSON form: a spec file states each fact once.
    [JsonIgnore] public long Pes => (long)Rows * Cols;
    [JsonIgnore] public double Volts => SupplyVolts ?? Technology.NominalVolts;
    [JsonIgnore] public double IfmapSramBytes => IfmapSramKiB * 1024;
    [JsonIgnore] public double FilterSramBytes => FilterSramKiB * 1024;
    [JsonIgnore] public double OfmapSramBytes => OfmapSramKiB * 1024;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the offending field and value: non-positive sizes, an undefined
    /// dataflow, or a scratchpad too small for one tile. One tile is what the array must hold to run at all, at the
    /// widest operand (16 bits) and twice over for double buffering: the stationary operand's Rows×Cols block (ofmap
    /// for OS, filter for WS, ifmap for IS) and one edge vector of each streaming operand (Rows elements entering on
    /// the left, Cols on the top or bottom edge).
    /// </summary>
    public void Validate()
    {
        if (Rows <= 0 || Cols <= 0)
            throw new ArgumentException($"Array '{Name}': Rows and Cols must be positive, got {Rows}×{Cols}.");
        if (!Enum.IsDefined(Dataflow))
            throw new ArgumentException($"Array '{Name}': unknown dataflow {(int)Dataflow}; expected OutputStationary, WeightStationary or InputStationary.");
        Positive(IfmapSramKiB, nameof(IfmapSramKiB)); Positive(FilterSramKiB, nameof(FilterSramKiB));
        Positive(OfmapSramKiB, nameof(OfmapSramKiB)); Positive(DramBytesPerCycle, nameof(DramBytesPerCycle));
        Positive(ClockMHz, nameof(ClockMHz));
        if (Technology is null)
            throw new ArgumentException($"Array '{Name}': Technology must not be null.");
        Technology.Validate();
        if (SupplyVolts is { } volts && (!(volts > Technology.ThresholdVolts) || volts > 1.5 * Technology.NominalVolts))
            throw new ArgumentException(
                $"Array '{Name}': {nameof(SupplyVolts)} must lie above the threshold ({Technology.ThresholdVolts} V) and at most 1.5× nominal ({1.5 * Technology.NominalVolts} V), got {volts}.");

        long tile = Pes, left = Rows, edge = Cols;
        var (ifmap, filter, ofmap) = Dataflow switch
        {
            Dataflow.OutputStationary => (left, edge, tile),
            Dataflow.WeightStationary => (left, tile, edge),
            _ => (tile, left, edge),
        };
        FitsTile(IfmapSramKiB, ifmap, nameof(IfmapSramKiB));
        FitsTile(FilterSramKiB, filter, nameof(FilterSramKiB));
        FitsTile(OfmapSramKiB, ofmap, nameof(OfmapSramKiB));
    }

    /// <summary>This spec as indented JSON (camelCase, dataflow by name).</summary>
    public string ToJson() => HardwareJson.Serialize(this);

    /// <summary>Reads and validates a spec; throws <see cref="ArgumentException"/> on malformed JSON, unknown
    /// fields, an unknown dataflow or an invalid spec.</summary>
    public static SystolicArraySpec FromJson(string json)
    {
        var spec = HardwareJson.Deserialize<SystolicArraySpec>(json, "systolic array spec");
        spec.Validate();
        return spec;
    }

    public void Save(string path) => File.WriteAllText(path, ToJson());
    public static SystolicArraySpec Load(string path) => FromJson(File.ReadAllText(path));

    /// <summary>Bytes of the widest operand (16 bits): buffers are sized to run any legal bit width.</summary>
    private const int WidestOperandBytes = BitWidths.MaxBits / 8;
    /// <summary>One half computes while the other fills.</summary>
    private const int DoubleBuffered = 2;

    private void FitsTile(double kib, long elements, string name)
    {
        double needed = (double)elements * WidestOperandBytes * DoubleBuffered;
        if (kib * 1024 < needed)
            throw new ArgumentException(
                $"Array '{Name}': {name} = {kib} KiB is too small for one {Rows}×{Cols} {Dataflow} tile ({elements} elements " +
                $"at {BitWidths.MaxBits} bits, double-buffered: {needed / 1024} KiB).");
    }

    private void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentException($"Array '{Name}': {name} must be a finite positive number, got {value}.");
    }
}
