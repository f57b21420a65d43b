namespace Coex.Search;

/// <summary>
/// Re-scores a finished search's fronts with a less noisy accuracy. A proxy training's accuracy moves by 1.0–1.7
/// points (standard deviation) with its training seed alone, and its 1000 held-out images add about 1.3 more, while the
/// networks on a front are often less than a point apart. So a front scored by the search's own single training can be
/// decided by which networks happened to train well. Here every network on each method's accuracy–latency and
/// accuracy–energy fronts is trained again with other seeds and scored on images the search never saw; its accuracy
/// becomes the mean. Machines and their latency, energy and area are unchanged.
/// </summary>
public static class FrontRescoring
{
    /// <summary>The Fashion-MNIST test split, which re-scoring measures on.</summary>
    public const int TestImages = 10000;

    /// <summary>
    /// Each result reduced to the designs on its two fronts, with the accuracy the <paramref name="evaluators"/> (one
    /// per training seed) give on average. Each distinct (architecture, bits) is evaluated once per evaluator;
    /// <paramref name="progress"/> gets (done, total) evaluations.
    /// </summary>
    public static IReadOnlyList<MethodResult> Rescore(CoSearch search, IReadOnlyList<MethodResult> results, IReadOnlyList<IAccuracyEvaluator> evaluators,
        Action<int, int>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(evaluators);
        if (evaluators.Count == 0)
            throw new ArgumentException("Re-scoring needs at least one evaluator (training seed).", nameof(evaluators));
        var fronts = results.Select(r => FrontSummary.LatencyFront(r.Designs).Concat(FrontSummary.EnergyFront(r.Designs)).Distinct().ToList()).ToList();
        var networks = fronts.SelectMany(f => f).Select(Key).Distinct().ToList();
        int total = networks.Count * evaluators.Count, done = 0;
        var accuracy = new Dictionary<(string, string), double>();
        foreach (var key in networks)
        {
            int[] arch = SearchSpace.ParseKey(key.Arch), bits = SearchSpace.ParseKey(key.Bits);
            double sum = 0;
            foreach (var evaluator in evaluators)
            {
                sum += evaluator.Evaluate(search.Architectures, arch, search.Bits.WeightBits(bits), search.Bits.ActivationBits(bits), cancel).Accuracy;
                progress?.Invoke(++done, total);
            }
            accuracy[key] = sum / evaluators.Count;
        }
        return results.Select((r, i) => r with
        {
            Designs = fronts[i].Select(d => d with { Metrics = d.Metrics with { Accuracy = accuracy[Key(d)] } }).ToList(),
        }).ToList();
    }

    private static (string Arch, string Bits) Key(DesignPoint d) => (SearchSpace.Key(d.Arch), SearchSpace.Key(d.Bits));
}
