namespace Coex.Search;

/// <summary>
/// Paired sign-flip (permutation) test on per-seed differences, method − baseline: how often a mean at least as large
/// as the observed one arises when each seed's difference is equally likely to have either sign (no method is better).
/// Used because a handful of seeds is all a comparison has: the test makes no normality assumption, and its smallest
/// possible p-value, 2^−n, says plainly what n seeds can show (3 seeds: never below 0.125).
/// </summary>
public static class SignFlipTest
{
    /// <summary>Seeds up to which every sign assignment is enumerated (2^20 ≈ 10^6 sums).</summary>
    public const int ExactLimit = 20;

    /// <summary>Random sign assignments drawn (seeded, so repeatable) above <see cref="ExactLimit"/> seeds.</summary>
    public const int MonteCarloDraws = 100_000;

    /// <summary>
    /// One-sided p-value that the differences' mean is above zero: the share of sign assignments whose sum is at least the
    /// observed sum (ties count, so all-zero differences give 1). NaN when there are no differences or one is not finite.
    /// </summary>
    public static double OneSidedP(IReadOnlyList<double> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        int n = differences.Count;
        if (n == 0 || differences.Any(d => !double.IsFinite(d)))
            return double.NaN;
        double observed = differences.Sum();
        var magnitudes = differences.Select(Math.Abs).ToArray();
        // Sums are compared with a tolerance, so that a flip reproducing the observed sum in another order still ties.
        double tolerance = 1e-12 * Math.Max(1, magnitudes.Sum());
        long atLeast = 0, total;
        if (n <= ExactLimit)
        {
            total = 1L << n;
            for (long mask = 0; mask < total; mask++)
                if (SignedSum(magnitudes, i => (mask >> i & 1) == 0) >= observed - tolerance)
                    atLeast++;
        }
        else
        {
            total = MonteCarloDraws;
            var random = new Random(12345);
            for (int draw = 0; draw < total; draw++)
                if (SignedSum(magnitudes, _ => random.Next(2) == 0) >= observed - tolerance)
                    atLeast++;
        }
        return (double)atLeast / total;
    }

    private static double SignedSum(double[] magnitudes, Func<int, bool> positive)
    {
        double sum = 0;
        for (int i = 0; i < magnitudes.Length; i++)
            sum += positive(i) ? magnitudes[i] : -magnitudes[i];
        return sum;
    }
}
