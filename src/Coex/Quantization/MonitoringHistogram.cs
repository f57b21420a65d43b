namespace Coex.Quantization;

/// <summary>
/// Counts of values in fixed bins: below the first edge, each interval [e(i), e(i+1)) between edges (the last one
/// closed), and above the last edge — <c>edges.Length + 1</c> bins in all. NaN counts as above the last edge.
/// </summary>
public sealed class DriftHistogram
{
    private readonly double[] _edges;
    private readonly long[] _counts;

    /// <param name="edges">Strictly increasing finite bin edges; at least two.</param>
    /// <exception cref="ArgumentException">Fewer than two edges, or edges not finite and strictly increasing.</exception>
    public DriftHistogram(IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count < 2)
            throw new ArgumentException($"A histogram needs at least two edges; got {edges.Count}.", nameof(edges));
        for (int i = 0; i < edges.Count; i++)
            if (!double.IsFinite(edges[i]) || i > 0 && !(edges[i] > edges[i - 1]))
                throw new ArgumentException($"Edges must be finite and strictly increasing; edge {i} is {edges[i]} after {(i > 0 ? edges[i - 1] : double.NaN)}.", nameof(edges));
        _edges = [.. edges];
        _counts = new long[_edges.Length + 1];
    }

    public IReadOnlyList<double> Edges => _edges;

    /// <summary>Per bin: [0] below the first edge, [1..n−1] the intervals, [n] above the last edge.</summary>
    public IReadOnlyList<long> Counts => _counts;

    public long Total { get; private set; }

    /// <summary>Index of the bin <paramref name="v"/> falls in.</summary>
    public int BinOf(double v)
    {
        if (v < _edges[0])
            return 0;
        if (!(v <= _edges[^1]))
            return _counts.Length - 1;
        int i = Array.BinarySearch(_edges, v);
        // An exact hit on edge i starts interval i (bin i + 1), except the last edge, which closes the last interval.
        if (i >= 0)
            return Math.Min(i + 1, _counts.Length - 2);
        return ~i;
    }

    public void Add(ReadOnlySpan<float> values)
    {
        foreach (float v in values)
            _counts[BinOf(v)]++;
        Total += values.Length;
    }

    /// <summary>Adds the counts of <paramref name="other"/>, which must have the same edges.</summary>
    public void Add(DriftHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!other._edges.AsSpan().SequenceEqual(_edges))
            throw new ArgumentException("Histograms with different edges cannot be added.", nameof(other));
        for (int i = 0; i < _counts.Length; i++)
            _counts[i] += other._counts[i];
        Total += other.Total;
    }

    /// <summary>Count per bin over <see cref="Total"/> (all zeros when empty).</summary>
    public double[] Proportions() => [.. _counts.Select(c => Total == 0 ? 0 : (double)c / Total)];

    /// <summary>
    /// Population stability index of <paramref name="actual"/> against <paramref name="expected"/> (bin proportions of
    /// the same bins): Σ (a − e)·ln(a / e). Proportions below <paramref name="floor"/> are raised to it, so an empty bin
    /// costs a large but finite amount instead of infinity. 0 means identical; by the usual rule of thumb, below 0.1 is
    /// stable, 0.1–0.25 a moderate shift and above 0.25 a major one.
    /// </summary>
    /// <exception cref="ArgumentException">The two have different lengths, or the floor is not in (0, 1).</exception>
    public static double Psi(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double floor = 1e-4)
    {
        if (expected.Length != actual.Length)
            throw new ArgumentException($"PSI needs the same bins on both sides; got {expected.Length} and {actual.Length}.", nameof(actual));
        if (!(floor > 0 && floor < 1))
            throw new ArgumentOutOfRangeException(nameof(floor), floor, "The floor must be in (0, 1).");
        double psi = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            double e = Math.Max(expected[i], floor), a = Math.Max(actual[i], floor);
            psi += (a - e) * Math.Log(a / e);
        }
        return psi;
    }
}
