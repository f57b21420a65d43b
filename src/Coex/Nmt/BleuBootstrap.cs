namespace Coex.Nmt;

/// <summary>Two systems' corpus BLEU on the same sentences and the spread of their gap over bootstrap resamples.</summary>
/// <param name="A">BLEU of the first system on the whole set.</param>
/// <param name="B">BLEU of the second system on the whole set.</param>
/// <param name="Gaps">A − B on each resample of the sentences, ascending.</param>
public sealed record BleuComparison(BleuScore A, BleuScore B, double[] Gaps)
{
    /// <summary>A − B on the whole set.</summary>
    public double Gap => A.Score - B.Score;

    /// <summary>The 95% percentile interval of the gap.</summary>
    public (double Low, double High) Interval95 => (At(0.025), At(0.975));

    /// <summary>The share of resamples on which the gap A − B is at most <paramref name="x"/> BLEU.</summary>
    public double ShareAtMost(double x) => (double)Gaps.Count(g => g <= x) / Gaps.Length;

    private double At(double quantile) => Gaps[Math.Min(Gaps.Length - 1, (int)(quantile * Gaps.Length))];
}

/// <summary>
/// Paired bootstrap resampling (Koehn 2004): draw the test sentences with replacement many times, score both systems on
/// each draw and look at the spread of the BLEU gap. It says whether a gap of a point or two on a few hundred sentences
/// is about the systems or about which sentences happened to be in the set.
/// </summary>
public static class BleuBootstrap
{
    /// <summary>Compares <paramref name="a"/> and <paramref name="b"/>, translations of the same sources, against
    /// <paramref name="references"/> over <paramref name="samples"/> resamples drawn with <paramref name="seed"/>.</summary>
    public static BleuComparison Compare(IReadOnlyList<string> a, IReadOnlyList<string> b, IReadOnlyList<string> references, int samples = 1000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(references);
        if (samples < 1)
            throw new ArgumentOutOfRangeException(nameof(samples), $"The bootstrap needs at least one resample; got {samples}.");
        if (a.Count != b.Count)
            throw new ArgumentException($"Both systems must translate the same sentences; got {a.Count} and {b.Count} translations.");
        if (references.Count == 0)
            throw new ArgumentException("The bootstrap needs at least one sentence.");
        var statsA = Bleu.SentenceStatistics(a, references);
        var statsB = Bleu.SentenceStatistics(b, references);
        var rng = new Random(seed);
        var draw = new int[references.Count];
        var gaps = new double[samples];
        for (int s = 0; s < samples; s++)
        {
            for (int i = 0; i < draw.Length; i++)
                draw[i] = rng.Next(draw.Length);
            gaps[s] = Bleu.Score(draw.Select(i => statsA[i])).Score - Bleu.Score(draw.Select(i => statsB[i])).Score;
        }
        Array.Sort(gaps);
        return new BleuComparison(Bleu.Score(statsA), Bleu.Score(statsB), gaps);
    }
}
