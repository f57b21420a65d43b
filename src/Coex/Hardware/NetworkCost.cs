namespace Coex.Hardware;

/// <summary>
/// Totals of a network's layers run one after another on one systolic array (<see cref="SystolicArrayModel.Summarize"/>):
/// one inference's latency, energy and traffic, the resulting throughput and average power, and the array's area.
/// </summary>
public readonly record struct NetworkCost
{
    public int Layers { get; init; }
    public long Macs { get; init; }
    public long ComputeCycles { get; init; }
    public long StallCycles { get; init; }
    public long TotalCycles { get; init; }
    public long DramBytes { get; init; }
    public double EnergyPj { get; init; }
    public double LatencySeconds { get; init; }
    /// <summary>1 / LatencySeconds: layers do not overlap, so one inference finishes before the next starts.</summary>
    public double InferencesPerSecond => LatencySeconds > 0 ? 1 / LatencySeconds : double.PositiveInfinity;
    /// <summary>Energy per inference over its latency, watts (dynamic energy only: leakage is not modelled).</summary>
    public double AveragePowerWatts => LatencySeconds > 0 ? EnergyPj * 1e-12 / LatencySeconds : 0;
    /// <summary>Macs / (TotalCycles · PEs) over the whole network.</summary>
    public double Utilization { get; init; }
    /// <summary>Layers the roofline calls compute-bound.</summary>
    public int ComputeBoundLayers { get; init; }
    public SystolicArea Area { get; init; }
}
