using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// What one quantized activation looked like on the calibration data: its calibrated range, the bins drift is
/// measured in and the share of values per bin, and how often it already fell outside its range.
/// </summary>
/// <param name="Name">The activation's value name in the quantized graph (the QuantizeLinear input).</param>
/// <param name="Node">The name of the node producing it ("" for a graph input).</param>
/// <param name="Low">Lowest representable value of its quantizer (over channels when per-axis).</param>
/// <param name="High">Highest representable value of its quantizer.</param>
/// <param name="Edges">Histogram edges: <see cref="Low"/>, interior quantile edges, <see cref="High"/>.</param>
/// <param name="Expected">Calibration share per bin of <see cref="DriftHistogram"/> over <see cref="Edges"/>.</param>
/// <param name="OutOfRange">Calibration share of values outside the quantizer's range.</param>
public sealed record ProfiledActivation(string Name, string Node, float Low, float High, IReadOnlyList<double> Edges, IReadOnlyList<double> Expected, double OutOfRange);

/// <summary>
/// The calibration reference an <see cref="AccuracyMonitor"/> compares live activations with: for every activation a
/// QDQ model quantizes, its range and a histogram of the calibration data.
/// </summary>
/// <remarks>
/// Bins are quantiles of the calibration data inside the quantizer's range (about equal mass each, so PSI is
/// sensitive everywhere the data lives), plus one bin below and one above the range. They come from a fine histogram
/// of <see cref="FineBins"/> equal bins over the range, merged; a point mass (ReLU zeros) stays one bin.
/// </remarks>
public sealed record ActivationProfile(IReadOnlyList<ProfiledActivation> Activations, int Samples)
{
    /// <summary>Equal-width bins over the range from which quantile bins are merged.</summary>
    public const int FineBins = 1024;

    /// <summary>Quantile bins inside the range (at most; fewer when the data has point masses).</summary>
    public const int DefaultBins = 10;

    /// <summary>Profiles every activation <paramref name="quantized"/> quantizes over the <paramref name="calibration"/> inputs.</summary>
    /// <exception cref="ArgumentException">The model quantizes no activation, or no calibration batch was given.</exception>
    public static ActivationProfile Collect(Graph quantized, IEnumerable<Tensor> calibration, int bins = DefaultBins, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(quantized);
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var pairs = MonitoredPairs(new QdqStructure(quantized));
        if (pairs.Count == 0)
            throw new ArgumentException("The model quantizes no activation (no QuantizeLinear → DequantizeLinear pair on a non-constant value).", nameof(quantized));
        var capture = new ActivationCapture(quantized, pairs.Select(p => p.Source), threads);
        var fine = pairs.Select(p => new DriftHistogram(FineEdges(p))).ToArray();
        var outside = new long[pairs.Count];
        int samples = 0;
        foreach (var batch in calibration)
        {
            var values = capture.Run(batch);
            for (int i = 0; i < pairs.Count; i++)
            {
                var x = values[pairs[i].Source.Name];
                fine[i].Add(x.AsSpan<float>());
                outside[i] += NumericDebugger.CountOutside(x, pairs[i]);
            }
            samples += batch.Rank > 0 ? batch.Shape[0] : 1;
        }
        if (samples == 0)
            throw new ArgumentException("No calibration batch was given.", nameof(calibration));
        var producers = Producers(quantized);
        var activations = new List<ProfiledActivation>();
        for (int i = 0; i < pairs.Count; i++)
        {
            var edges = QuantileEdges(fine[i], bins);
            var coarse = new double[edges.Count + 1];
            // Coarse edges are fine edges, so coarse counts are sums of fine counts.
            var fineCounts = fine[i].Counts;
            for (int b = 0; b < fineCounts.Count; b++)
            {
                double center = b == 0 ? double.NegativeInfinity : b == fineCounts.Count - 1 ? double.PositiveInfinity : fine[i].Edges[b - 1];
                coarse[BinOf(edges, center)] += fineCounts[b];
            }
            for (int b = 0; b < coarse.Length; b++)
                coarse[b] /= Math.Max(1, fine[i].Total);
            var (lo, hi) = Range(pairs[i]);
            activations.Add(new ProfiledActivation(pairs[i].Source.Name, producers.GetValueOrDefault(pairs[i].Source.Name, ""), lo, hi, edges, coarse,
                fine[i].Total == 0 ? 0 : (double)outside[i] / fine[i].Total));
        }
        return new ActivationProfile(activations, samples);
    }

    /// <summary>The activation pairs to monitor: one per quantized value, in graph order.</summary>
    internal static List<QdqLink> MonitoredPairs(QdqStructure qdq)
    {
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        return [.. qdq.ActivationPairs.Where(p => seen.Add(p.Source))];
    }

    internal static (float Low, float High) Range(QdqLink pair) =>
        (Enumerable.Range(0, pair.Scale.Length).Min(c => pair.Low(c)), Enumerable.Range(0, pair.Scale.Length).Max(c => pair.High(c)));

    internal static Dictionary<string, string> Producers(Graph graph)
    {
        var map = new Dictionary<string, string>();
        foreach (var node in graph.Nodes)
            foreach (var o in node.Outputs)
                if (o is not null)
                    map.TryAdd(o.Name, node.Name.Length > 0 ? node.Name : node.Describe());
        return map;
    }

    /// <summary>Bin index of <paramref name="v"/> under <paramref name="edges"/>, as <see cref="DriftHistogram.BinOf"/> counts it.</summary>
    internal static int BinOf(IReadOnlyList<double> edges, double v)
    {
        if (v < edges[0])
            return 0;
        if (!(v <= edges[^1]))
            return edges.Count;
        for (int i = 1; i < edges.Count; i++)
            if (v < edges[i])
                return i;
        return edges.Count - 1;
    }

    private static double[] FineEdges(QdqLink pair)
    {
        var (lo, hi) = Range(pair);
        double low = lo, high = hi > lo ? hi : lo + 1e-6;
        var edges = new double[FineBins + 1];
        for (int i = 0; i <= FineBins; i++)
            edges[i] = low + (high - low) * i / FineBins;
        return edges;
    }

    /// <summary>Merges the in-range fine bins into about <paramref name="bins"/> bins of equal calibration mass.</summary>
    private static List<double> QuantileEdges(DriftHistogram fine, int bins)
    {
        var counts = fine.Counts;
        var edges = fine.Edges;
        long inRange = 0;
        for (int b = 1; b < counts.Count - 1; b++)
            inRange += counts[b];
        var result = new List<double> { edges[0] };
        double target = (double)inRange / bins;
        long running = 0;
        int made = 1;
        for (int b = 1; b < counts.Count - 1 && made < bins; b++)
        {
            running += counts[b];
            if (running >= target * made && b < counts.Count - 2)
            {
                result.Add(edges[b]);
                while (made < bins && running >= target * made)
                    made++;
            }
        }
        result.Add(edges[^1]);
        return result;
    }
}
