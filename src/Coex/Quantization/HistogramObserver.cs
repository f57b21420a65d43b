namespace Coex.Quantization;

/// <summary>
/// Watches the values of one activation over calibration batches: the exact minimum and maximum and a histogram of
/// <see cref="Bins"/> equal bins over [−Limit, Limit], which doubles its limit (merging bin pairs) whenever a value falls
/// outside. Every <see cref="CalibrationMethod"/> reads its range from the same observation, so one calibration pass
/// serves them all.
/// </summary>
/// <remarks>
/// Ranges are for an unsigned 8-bit grid by default (u8 activations with a zero point); <see cref="Range"/> takes the
/// grid so the MSE and entropy searches optimize the grid actually used. NaN values are ignored; ±∞ are counted in the
/// min/max but clipped into the outermost bins.
/// </remarks>
public sealed class HistogramObserver
{
    /// <summary>Default bin count: even and a multiple of 4 so that growing keeps bin edges aligned.</summary>
    public const int DefaultBins = 4096;

    private readonly double[] _bins;
    /// <summary>Exact zeros, kept out of the bins: they are exactly representable on every grid, and a ReLU's spike of them
    /// would otherwise dominate the entropy search (its smearing into the first quantization level is not a real error).</summary>
    private double _zeros;
    private float _limit;
    private float _min = float.PositiveInfinity, _max = float.NegativeInfinity;

    public HistogramObserver(int bins = DefaultBins)
    {
        if (bins < 8 || bins % 4 != 0)
            throw new ArgumentOutOfRangeException(nameof(bins), bins, "The bin count must be a multiple of 4, at least 8.");
        _bins = new double[bins];
    }

    public int Bins => _bins.Length;

    /// <summary>Finite values observed so far.</summary>
    public long Count { get; private set; }

    /// <summary>Smallest value observed (+∞ before any).</summary>
    public float Min => _min;

    /// <summary>Largest value observed (−∞ before any).</summary>
    public float Max => _max;

    /// <summary>The histogram covers [−Limit, Limit].</summary>
    public float Limit => _limit;

    /// <summary>Adds <paramref name="values"/> to the observation.</summary>
    public void Observe(ReadOnlySpan<float> values)
    {
        float lo = float.PositiveInfinity, hi = float.NegativeInfinity;
        foreach (float v in values)
        {
            if (float.IsNaN(v)) continue;
            if (v < lo) lo = v;
            if (v > hi) hi = v;
        }
        if (lo > hi)
            return;
        _min = Math.Min(_min, lo);
        _max = Math.Max(_max, hi);
        float amax = Math.Max(Math.Abs(Finite(lo)), Math.Abs(Finite(hi)));
        if (_limit == 0)
            _limit = amax > 0 ? amax : 0;
        while (_limit > 0 && amax > _limit && float.IsFinite(_limit * 2))
            Grow();
        int n = _bins.Length;
        double toBin = _limit == 0 ? 0 : n / (2.0 * _limit);
        foreach (float v in values)
        {
            if (float.IsNaN(v)) continue;
            if (v == 0)
            {
                _zeros++;
                Count++;
                continue;
            }
            int b = (int)Math.Floor((v + (double)_limit) * toBin);
            _bins[Math.Clamp(b, 0, n - 1)]++;
            Count++;
        }
    }

    /// <summary>
    /// The range [lo, hi] (lo ≤ 0 ≤ hi) chosen by <paramref name="method"/> for the integer grid [<paramref name="qMin"/>,
    /// <paramref name="qMax"/>] (default u8). <paramref name="percentile"/> is the share of values kept by
    /// <see cref="CalibrationMethod.Percentile"/>, in percent.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing has been observed.</exception>
    public (float Min, float Max) Range(CalibrationMethod method, double percentile = 99.99, int qMin = 0, int qMax = 255)
    {
        if (Count == 0)
            throw new InvalidOperationException("The observer has seen no values; calibrate with at least one batch first.");
        float min = Math.Min(Finite(_min), 0f), max = Math.Max(Finite(_max), 0f);
        if (_limit == 0)
            return (0f, 0f);
        return method switch
        {
            CalibrationMethod.MinMax => (min, max),
            CalibrationMethod.Percentile => PercentileRange(percentile, min, max),
            CalibrationMethod.Mse => MseRange(min, max, qMin, qMax),
            CalibrationMethod.Entropy => EntropyRange(min, max, qMax - qMin + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown calibration method."),
        };
    }

    /// <summary>Mean squared error of quantizing the observed distribution on [lo, hi] with grid [qMin, qMax] (asymmetric), from the histogram.</summary>
    public double ExpectedSquaredError(float lo, float hi, int qMin = 0, int qMax = 255)
    {
        var p = QuantParams.FromRange(lo, hi, qMin, qMax, symmetric: false);
        float s = p.Scales[0];
        int z = p.ZeroPoints[0];
        double width = 2.0 * _limit / _bins.Length, err = 0;
        for (int b = 0; b < _bins.Length; b++)
        {
            if (_bins[b] == 0) continue;
            double c = -_limit + (b + 0.5) * width;
            double q = Math.Clamp(Math.Round(c / s, MidpointRounding.ToEven) + z, qMin, qMax);
            double d = c - (q - z) * s;
            err += _bins[b] * d * d;
        }
        return err / Count;
    }

    private void Grow()
    {
        // Bin i of [−L, L] lies inside bin n/4 + i/2 of [−2L, 2L].
        int n = _bins.Length;
        var merged = new double[n];
        for (int i = 0; i < n; i++)
            merged[n / 4 + i / 2] += _bins[i];
        merged.CopyTo(_bins, 0);
        _limit *= 2;
    }

    private (float, float) PercentileRange(double percentile, float min, float max)
    {
        if (!(percentile > 50 && percentile <= 100))
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "The percentile must be in (50, 100].");
        double tail = Count * (100 - percentile) / 100, width = 2.0 * _limit / _bins.Length;
        var bins = (double[])_bins.Clone();
        bins[bins.Length / 2] += _zeros;
        // Lower bound: first bin edge below which at most `tail` values lie; upper bound likewise from the top.
        double below = 0;
        int lowBin = 0;
        while (lowBin < bins.Length - 1 && below + bins[lowBin] <= tail)
            below += bins[lowBin++];
        double above = 0;
        int highBin = bins.Length - 1;
        while (highBin > 0 && above + bins[highBin] <= tail)
            above += bins[highBin--];
        float lo = (float)(-_limit + lowBin * width), hi = (float)(-_limit + (highBin + 1) * width);
        return (Math.Clamp(lo, min, 0f), Math.Clamp(hi, 0f, max));
    }

    private (float, float) MseRange(float min, float max, int qMin, int qMax)
    {
        // Shrink the min/max range by a common factor; 1 (no clipping) is a candidate, so the result never loses to min/max.
        const int Steps = 200;
        (float, float) best = (min, max);
        double bestErr = ExpectedSquaredError(min, max, qMin, qMax);
        for (int i = 1; i < Steps; i++)
        {
            float t = (float)i / Steps;
            double err = ExpectedSquaredError(min * t, max * t, qMin, qMax);
            if (err < bestErr)
            {
                bestErr = err;
                best = (min * t, max * t);
            }
        }
        return best;
    }

    /// <summary>
    /// Entropy calibration over the histogram of |x|: for each candidate threshold T, P is the histogram below T with the
    /// clipped tail added to its last bin, Q the same bins merged into the grid's levels and spread back uniformly over
    /// each level's non-empty bins; the T minimizing KL(P‖Q) wins.
    /// </summary>
    private (float, float) EntropyRange(float min, float max, int gridLevels)
    {
        int half = _bins.Length / 2;
        var abs = new double[half];
        for (int b = 0; b < half; b++)
            abs[b] = _bins[half + b] + _bins[half - 1 - b];
        // A one-signed distribution spends the whole grid on one side; a two-signed one splits it.
        int levels = min >= 0 || max <= 0 ? gridLevels : gridLevels / 2;
        int last = half;
        while (last > 0 && abs[last - 1] == 0)
            last--;
        double width = (double)_limit / half;
        if (last <= levels)
            return (min, max);
        int stride = Math.Max(1, (last - levels) / 512);
        double bestKl = double.PositiveInfinity;
        int bestI = last;
        var p = new double[last];
        var q = new double[last];
        for (int i = levels; i <= last; i += stride)
        {
            Array.Copy(abs, p, i);
            double outliers = 0;
            for (int b = i; b < last; b++)
                outliers += abs[b];
            p[i - 1] += outliers;
            // Q: the sliced histogram (without the clipped tail) merged into `levels` groups, each group's mass spread
            // evenly over the bins where P is non-zero; the tail P carries and Q lacks is what clipping costs.
            Array.Clear(q, 0, i);
            for (int j = 0; j < levels; j++)
            {
                int start = (int)((long)j * i / levels), end = (int)((long)(j + 1) * i / levels);
                double mass = 0;
                int nonEmpty = 0;
                for (int b = start; b < end; b++)
                {
                    mass += abs[b];
                    if (p[b] > 0) nonEmpty++;
                }
                if (nonEmpty == 0) continue;
                for (int b = start; b < end; b++)
                    if (p[b] > 0) q[b] = mass / nonEmpty;
            }
            double kl = Kl(p, q, i);
            if (kl < bestKl)
            {
                bestKl = kl;
                bestI = i;
            }
        }
        float threshold = (float)(bestI * width);
        return (Math.Max(min, -threshold), Math.Min(max, threshold));
    }

    private static double Kl(double[] p, double[] q, int n)
    {
        double sp = 0, sq = 0;
        for (int b = 0; b < n; b++)
        {
            sp += p[b];
            sq += q[b];
        }
        if (sp == 0 || sq == 0)
            return double.PositiveInfinity;
        double kl = 0;
        for (int b = 0; b < n; b++)
        {
            if (p[b] == 0) continue;
            double pb = p[b] / sp, qb = q[b] / sq;
            // A P bin with no Q mass is an unrepresented value: heavily penalized but finite.
            kl += qb > 0 ? pb * Math.Log(pb / qb) : pb * 30;
        }
        return kl;
    }

    private static float Finite(float v) => float.IsFinite(v) ? v : (v > 0 ? float.MaxValue : float.MinValue);

}
