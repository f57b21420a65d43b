namespace Coex.Hardware;

/// <summary>
/// Cost of one layer on one systolic array at one pair of bit widths (<see cref="SystolicArrayModel.Evaluate"/>).
/// Counts cover all groups. A value type, so evaluating a design point allocates nothing.
/// </summary>
public readonly record struct SystolicCost
{
    // --- Mapping (SCALE-Sim v2 conventions, per group) ---
    /// <summary>Spatial rows Sr, spatial columns Sc and temporal length T of one group's GEMM under the dataflow.</summary>
    public long SpatialRows { get; init; }
    public long SpatialCols { get; init; }
    public long Temporal { get; init; }
    /// <summary>⌈Sr / Rows⌉ and ⌈Sc / Cols⌉.</summary>
    public long RowFolds { get; init; }
    public long ColFolds { get; init; }
    /// <summary>Cycles of one fold including fill and drain: Rows + Cols + T − 2 (OS) or 2·Rows + Cols + T − 2 (WS, IS).</summary>
    public long CyclesPerFold { get; init; }

    // --- Time ---
    /// <summary>Groups · RowFolds · ColFolds · CyclesPerFold: the array's busy time with an ideal memory.</summary>
    public long ComputeCycles { get; init; }
    /// <summary>⌈DramBytes / DramBytesPerCycle⌉: the DRAM interface's busy time.</summary>
    public long DramCycles { get; init; }
    /// <summary>max(ComputeCycles, DramCycles): double buffering overlaps the two, the longer one sets the pace.</summary>
    public long TotalCycles { get; init; }
    /// <summary>TotalCycles − ComputeCycles: cycles the array waits for DRAM.</summary>
    public long StallCycles { get; init; }
    public double LatencySeconds { get; init; }

    // --- Efficiency ---
    public long Macs { get; init; }
    /// <summary>SCALE-Sim's mapping efficiency: mean over folds of used PEs / all PEs = Sr·Sc / (folds·Rows·Cols).</summary>
    public double MappingEfficiency { get; init; }
    /// <summary>Macs / (ComputeCycles · PEs): the share of PE-cycles doing useful work, fill and drain included.</summary>
    public double ComputeUtilization { get; init; }
    /// <summary>Macs / (TotalCycles · PEs): as <see cref="ComputeUtilization"/> but counting stalls (SCALE-Sim's
    /// "overall utilization").</summary>
    public double Utilization { get; init; }

    // --- SRAM traffic between array and scratchpads, elements (SCALE-Sim's request counts) ---
    public long IfmapSramReads { get; init; }
    public long FilterSramReads { get; init; }
    /// <summary>Output writes including the partial sums of every row fold in WS and IS.</summary>
    public long OfmapSramWrites { get; init; }
    public long SramBytes { get; init; }

    // --- DRAM traffic, bytes ---
    public long IfmapDramBytes { get; init; }
    public long FilterDramBytes { get; init; }
    /// <summary>Final outputs plus partial sums spilled and read back when the ofmap buffer cannot hold them.</summary>
    public long OfmapDramBytes { get; init; }
    public long DramBytes => IfmapDramBytes + FilterDramBytes + OfmapDramBytes;

    // --- Energy (pJ) and bit operations ---
    public double MacEnergyPj { get; init; }
    public double SramEnergyPj { get; init; }
    public double DramEnergyPj { get; init; }
    public double EnergyPj => MacEnergyPj + SramEnergyPj + DramEnergyPj;
    /// <summary>Bit operations, Macs · (b_a·b_w + b_a + b_w + log2 K).</summary>
    public double Bops { get; init; }

    // --- Roofline (per cycle; multiply by the clock for per second) ---
    /// <summary>2·Macs: a MAC is two operations.</summary>
    public long Ops => 2 * Macs;
    /// <summary>Operations per DRAM byte (∞ when the layer touches no DRAM).</summary>
    public double Intensity { get; init; }
    /// <summary>2·PEs operations per cycle.</summary>
    public double PeakOpsPerCycle { get; init; }
    /// <summary>min(peak, Intensity · DramBytesPerCycle).</summary>
    public double AttainableOpsPerCycle { get; init; }
    /// <summary>Intensity at which the roofs meet: peak / DramBytesPerCycle.</summary>
    public double RidgeIntensity { get; init; }
    /// <summary>Intensity ≥ ridge: the roofline says the layer is limited by the PEs, not by DRAM.</summary>
    public bool ComputeBound => Intensity >= RidgeIntensity;
}
