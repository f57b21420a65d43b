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

    /// <summary>
    /// <paramref name="method"/> against <paramref name="baseline"/> over the seeds both ran in <paramref name="results"/>:
    /// on how many seeds the method's hypervolume is at least the baseline's, on each front, and the mean hypervolumes
    /// (energy NaN, and no energy wins, when the hardware model has no energy).
    /// </summary>
    public HeadToHead Compare(IReadOnlyList<MethodResult> results, SearchMethod method, SearchMethod baseline)
    {
        ArgumentNullException.ThrowIfNull(results);
        // Per seed both ran: (latency HV, energy HV) of the method and of the baseline.
        var seeds = results.Where(r => r.Method == method)
            .Join(results.Where(r => r.Method == baseline), r => r.Seed, r => r.Seed, (m, b) => (
                Method: (Latency: LatencyHypervolume(m.Designs), Energy: EnergyHypervolume(m.Designs)),
                Baseline: (Latency: LatencyHypervolume(b.Designs), Energy: EnergyHypervolume(b.Designs))))
            .ToList();
        double Mean(IEnumerable<double> hypervolumes) => seeds.Count == 0 ? double.NaN : hypervolumes.Average();
        return new HeadToHead(method, baseline, seeds.Count,
            seeds.Count(s => s.Method.Latency >= s.Baseline.Latency), seeds.Count(s => s.Method.Energy >= s.Baseline.Energy),
            Mean(seeds.Select(s => s.Method.Latency)), Mean(seeds.Select(s => s.Baseline.Latency)),
            Mean(seeds.Select(s => s.Method.Energy)), Mean(seeds.Select(s => s.Baseline.Energy)),
            SignFlipTest.OneSidedP([.. seeds.Select(s => s.Method.Latency - s.Baseline.Latency)]),
            SignFlipTest.OneSidedP([.. seeds.Select(s => s.Method.Energy - s.Baseline.Energy)]));
    }

    /// <summary>The joint search against every other method in <paramref name="results"/> that shares a seed with it.</summary>
    public IEnumerable<HeadToHead> JointAgainstBaselines(IReadOnlyList<MethodResult> results) =>
        results.Select(r => r.Method).Distinct().Where(m => m != SearchMethod.Joint)
            .Select(m => Compare(results, SearchMethod.Joint, m)).Where(h => h.Seeds > 0);

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

/// <summary>
/// <see cref="FrontSummary.Compare"/>: over <paramref name="Seeds"/> seeds, on how many <paramref name="Method"/>'s
/// hypervolume was at least <paramref name="Baseline"/>'s (per front), both methods' mean hypervolumes, and the
/// one-sided <see cref="SignFlipTest"/> p-value of the per-seed differences (small: the method's lead is not luck of the seeds).
/// </summary>
public sealed record HeadToHead(SearchMethod Method, SearchMethod Baseline, int Seeds, int LatencyWins, int EnergyWins,
    double MethodLatency, double BaselineLatency, double MethodEnergy, double BaselineEnergy, double LatencyP, double EnergyP)
{
    /// <summary>One line: "joint ≥ sequential on accuracy–latency in 3 of 3 seeds (mean HV … against …, sign-flip p = …); on accuracy–energy in …".</summary>
    public string Describe() =>
        FormattableString.Invariant($"{CoSearch.MethodName(Method)} ≥ {CoSearch.MethodName(Baseline)} on accuracy–latency in {LatencyWins} of {Seeds} seeds (mean HV {MethodLatency:0.0000} against {BaselineLatency:0.0000}, sign-flip p = {LatencyP:0.000}); on accuracy–energy in ")
        + (double.IsNaN(MethodEnergy) ? "n/a (no energy model)"
            : FormattableString.Invariant($"{EnergyWins} of {Seeds} seeds (mean HV {MethodEnergy:0.0000} against {BaselineEnergy:0.0000}, sign-flip p = {EnergyP:0.000})"));
}
