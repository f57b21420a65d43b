namespace Coex.Search;

/// <summary>One network of a <see cref="ProxyStudy"/>: its cost (cost model only) and what the proxy training gave it.</summary>
/// <param name="FastestLatencySeconds">The least latency any machine within the area limit reaches (the latency limit ignored).</param>
/// <param name="LeastEnergyJoules">The least energy any machine within the area limit needs; NaN without an energy model.</param>
public sealed record ProxyStudyRow(int[] Arch, string Description, long Macs, double FastestLatencySeconds, double LeastEnergyJoules,
    double Accuracy, double Fp32Accuracy, double TrainSeconds);

/// <summary>
/// Does the proxy training reward capacity? Trains a few networks from the smallest to the largest of the model space
/// and reports accuracy next to cost, and the correlation between them. A search that trades accuracy against latency
/// and energy only has something to trade when bigger networks are measurably more accurate under the proxy.
/// </summary>
public static class ProxyStudy
{
    /// <summary>
    /// <paramref name="count"/> (≥ 3) networks: the smallest (first choice everywhere), the middle and the largest (last
    /// choice everywhere), and random points of the space from <paramref name="seed"/> (what a sampler proposes).
    /// </summary>
    public static IReadOnlyList<int[]> Networks(SearchSpace space, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (count < 3)
            throw new ArgumentOutOfRangeException(nameof(count), count, "A proxy study needs at least 3 networks (smallest, middle, largest).");
        var networks = new List<int[]>
        {
            space.Dimensions.Select(_ => 0).ToArray(),
            space.Dimensions.Select(d => d.Count / 2).ToArray(),
            space.Dimensions.Select(d => d.Count - 1).ToArray(),
        };
        var seen = networks.Select(n => SearchSpace.Key(n)).ToHashSet();
        var rng = new Random(seed);
        for (int tries = 0; networks.Count < count && tries < 100 * count; tries++)
        {
            var point = space.Sample(rng);
            if (seen.Add(SearchSpace.Key(point)))
                networks.Add(point);
        }
        return networks;
    }

    /// <summary>Costs each network on every machine of the search's hardware space and trains it with <paramref name="evaluator"/>
    /// at the search's middle bits; rows in order of MACs. <paramref name="progress"/> gets (done, total) after each.</summary>
    public static IReadOnlyList<ProxyStudyRow> Run(CoSearch search, IAccuracyEvaluator evaluator, IEnumerable<int[]> networks,
        Action<int, int>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(networks);
        var list = networks.ToList();
        var bits = search.ReferenceBits;
        double maxArea = search.Options.Constraints.MaxArea;
        var rows = new List<ProxyStudyRow>();
        foreach (var arch in list)
        {
            var workload = search.Tuner.Workload(arch, bits);
            var costs = search.Tuner.Points.Select(p => search.Hardware.Evaluate(workload, p)).OfType<HardwareMetrics>().Where(m => m.Area <= maxArea).ToList();
            var energies = costs.Select(m => m.EnergyJoules).Where(double.IsFinite).ToList();
            var result = evaluator.Evaluate(search.Architectures, arch, search.Bits.WeightBits(bits), search.Bits.ActivationBits(bits), cancel);
            rows.Add(new ProxyStudyRow(arch, search.Architectures.Space.Describe(arch), workload.Layers.Sum(l => l.Macs),
                costs.Count == 0 ? double.NaN : costs.Min(m => m.LatencySeconds), energies.Count == 0 ? double.NaN : energies.Min(),
                result.Accuracy, result.Fp32Accuracy, result.TrainSeconds));
            progress?.Invoke(rows.Count, list.Count);
        }
        return rows.OrderBy(r => r.Macs).ToList();
    }

    /// <summary>Pearson correlation of <paramref name="x"/> and <paramref name="y"/> over the pairs where both are finite;
    /// NaN with fewer than 3 such pairs or no spread.</summary>
    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
            throw new ArgumentException($"Correlation needs pairs; got {x.Count} and {y.Count} values.");
        var pairs = x.Zip(y).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second)).ToList();
        if (pairs.Count < 3)
            return double.NaN;
        double mx = pairs.Average(p => p.First), my = pairs.Average(p => p.Second);
        double sxy = pairs.Sum(p => (p.First - mx) * (p.Second - my));
        double sxx = pairs.Sum(p => (p.First - mx) * (p.First - mx)), syy = pairs.Sum(p => (p.Second - my) * (p.Second - my));
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
