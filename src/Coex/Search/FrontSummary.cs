namespace Coex.Search;

/// <summary>
/// Pareto fronts and hypervolumes of several methods' designs on shared axes, so the numbers compare: accuracy vs
/// latency and accuracy vs energy, each normalized to [0, 1] against one reference point for all methods
/// (error 1; latency T, or the slowest design; the most energy any design used).
/// </summary>
public sealed class FrontSummary
{
    public FrontSummary(IEnumerable<DesignPoint> allDesigns, double latencyLimitSeconds)
    {
        ArgumentNullException.ThrowIfNull(allDesigns);
        var all = allDesigns.ToList();
        ReferenceLatency = !double.IsPositiveInfinity(latencyLimitSeconds) ? latencyLimitSeconds
            : all.Count == 0 ? 1 : all.Max(d => d.Metrics.LatencySeconds) * 1.05;
        var energies = all.Select(d => d.Metrics.EnergyJoules).Where(e => !double.IsNaN(e)).ToList();
        ReferenceEnergy = energies.Count == 0 ? double.NaN : energies.Max() * 1.05;
    }

    public double ReferenceLatency { get; }
    public double ReferenceEnergy { get; }

    /// <summary>Normalized area dominated in (latency, error): 1 would be a zero-latency perfect classifier.</summary>
    public double LatencyHypervolume(IEnumerable<DesignPoint> designs) =>
        Pareto.Hypervolume2D(designs.Select(d => (d.Metrics.LatencySeconds / ReferenceLatency, 1 - d.Metrics.Accuracy)), (1, 1));

    /// <summary>Normalized area dominated in (energy, error); NaN when the hardware model has no energy.</summary>
    public double EnergyHypervolume(IEnumerable<DesignPoint> designs) => double.IsNaN(ReferenceEnergy) ? double.NaN :
        Pareto.Hypervolume2D(designs.Select(d => (d.Metrics.EnergyJoules / ReferenceEnergy, 1 - d.Metrics.Accuracy)), (1, 1));

    /// <summary>The designs on the accuracy–latency front, fastest first (one per distinct (latency, accuracy)).</summary>
    public static IReadOnlyList<DesignPoint> LatencyFront(IEnumerable<DesignPoint> designs) => Front(designs, d => d.Metrics.LatencySeconds);

    /// <summary>The designs on the accuracy–energy front, lowest energy first.</summary>
    public static IReadOnlyList<DesignPoint> EnergyFront(IEnumerable<DesignPoint> designs) => Front(designs, d => d.Metrics.EnergyJoules);

    private static IReadOnlyList<DesignPoint> Front(IEnumerable<DesignPoint> designs, Func<DesignPoint, double> cost)
    {
        var list = designs.Where(d => !double.IsNaN(cost(d))).ToList();
        var front = Pareto.Front(list.Select(d => new[] { cost(d), 1 - d.Metrics.Accuracy }).ToArray());
        return front.Select(i => list[i]).GroupBy(d => (cost(d), d.Metrics.Accuracy)).Select(g => g.First()).OrderBy(cost).ToArray();
    }
}
