using Coex.Quantization;

namespace Coex.Tests.Quantization;

/// <summary>Calibration methods on distributions whose right answer is known.</summary>
public class ObserverTests
{
    private static float Gaussian(Random rng) => (float)(Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()));

    private static float Laplace(Random rng)
    {
        double u = rng.NextDouble() - 0.5;
        return (float)(-Math.Sign(u) * Math.Log(1 - 2 * Math.Abs(u)));
    }

    private static HistogramObserver Observe(Func<Random, float> sample, int count, int seed, params float[] outliers)
    {
        var rng = new Random(seed);
        var obs = new HistogramObserver();
        // Several batches, so the histogram has to grow as larger values arrive.
        for (int b = 0; b < 10; b++)
            obs.Observe(Enumerable.Range(0, count / 10).Select(_ => sample(rng)).ToArray());
        obs.Observe(outliers);
        return obs;
    }

    [Fact]
    public void Minmax_keeps_outliers_while_percentile_and_entropy_clip_them()
    {
        var obs = Observe(Gaussian, 100_000, 1, 60f, -55f);
        var (mnLo, mnHi) = obs.Range(CalibrationMethod.MinMax);
        Assert.Equal(-55f, mnLo);
        Assert.Equal(60f, mnHi);
        // MSE rightly keeps two outliers in 100 000 (clipping them would cost more squared error than the coarser step).
        foreach (var method in new[] { CalibrationMethod.Percentile, CalibrationMethod.Entropy })
        {
            var (lo, hi) = obs.Range(method);
            // A unit Gaussian's useful range is a few σ; the outliers at 55–60σ must be clipped.
            Assert.True(hi is >= 2f and <= 12f && lo is >= -12f and <= -2f, $"{method}: [{lo}, {hi}]");
        }
    }

    [Fact]
    public void Mse_range_beats_minmax_on_a_heavy_tailed_distribution()
    {
        var obs = Observe(Laplace, 100_000, 2);
        var (mLo, mHi) = obs.Range(CalibrationMethod.MinMax);
        // At 4 bits the optimal Laplace clip (about 5 scale units) is far inside the sample max (about 11).
        var (lo, hi) = obs.Range(CalibrationMethod.Mse, qMin: 0, qMax: 15);
        double errMinMax = obs.ExpectedSquaredError(mLo, mHi, 0, 15), errMse = obs.ExpectedSquaredError(lo, hi, 0, 15);
        Assert.True(hi < 0.8 * mHi, $"MSE range {hi} should clip the Laplace tail well below the max {mHi}");
        Assert.True(errMse < 0.5 * errMinMax, $"4-bit MSE error {errMse} vs min/max {errMinMax}");
        // At 8 bits the gain is smaller, but never a loss (min/max is one of the candidates).
        var (lo8, hi8) = obs.Range(CalibrationMethod.Mse);
        Assert.True(obs.ExpectedSquaredError(lo8, hi8) <= obs.ExpectedSquaredError(mLo, mHi));
    }

    [Fact]
    public void Uniform_distributions_keep_nearly_their_whole_range()
    {
        var obs = Observe(r => (float)(r.NextDouble() * 4 - 1), 50_000, 3);   // uniform on [−1, 3]
        foreach (var method in Enum.GetValues<CalibrationMethod>())
        {
            var (lo, hi) = obs.Range(method);
            // Nothing is an outlier: every method keeps at least 90% of the range (the clipped tail would cost more than the step saved).
            Assert.True(hi >= 2.7f && hi <= 3.001f, $"{method}: hi {hi}");
            Assert.True(lo <= -0.9f && lo >= -1.001f, $"{method}: lo {lo}");
        }
    }

    [Fact]
    public void One_signed_activations_get_a_zero_lower_bound()
    {
        var obs = Observe(r => Math.Max(0f, Gaussian(r)), 50_000, 4);   // ReLU of a Gaussian
        foreach (var method in Enum.GetValues<CalibrationMethod>())
        {
            var (lo, hi) = obs.Range(method);
            Assert.Equal(0f, lo);
            Assert.True(hi is >= 2f and <= 6f, $"{method}: hi {hi}");
        }
    }

    [Fact]
    public void An_empty_observer_says_so_and_NaN_is_ignored()
    {
        var obs = new HistogramObserver();
        Assert.Throws<InvalidOperationException>(() => obs.Range(CalibrationMethod.MinMax));
        obs.Observe([float.NaN, 0f, 0f]);
        Assert.Equal(2, obs.Count);
        Assert.Equal((0f, 0f), obs.Range(CalibrationMethod.Entropy));
        obs.Observe([1f, -2f]);
        Assert.Equal((-2f, 1f), obs.Range(CalibrationMethod.MinMax));
        Assert.Throws<ArgumentOutOfRangeException>(() => obs.Range(CalibrationMethod.Percentile, percentile: 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramObserver(10));
    }
}
