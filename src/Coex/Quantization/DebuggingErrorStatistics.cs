namespace Coex.Quantization;

/// <summary>
/// Accumulates how far a quantized tensor is from its float reference over any number of batches: signal and
/// noise energy (for SQNR), the largest and the mean absolute error. Sums are in double.
/// </summary>
public sealed class ErrorStatistics
{
    private double _signal, _noise, _absSum, _maxAbs;
    private long _count;

    /// <summary>Adds one pair of equally long spans: the reference values and the values under test.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void Add(ReadOnlySpan<float> reference, ReadOnlySpan<float> test)
    {
        if (reference.Length != test.Length)
            throw new ArgumentException($"The reference has {reference.Length} values but the quantized tensor has {test.Length}.", nameof(test));
        double signal = 0, noise = 0, absSum = 0, maxAbs = _maxAbs;
        for (int i = 0; i < reference.Length; i++)
        {
            double r = reference[i], e = r - test[i];
            signal += r * r;
            noise += e * e;
            double a = Math.Abs(e);
            absSum += a;
            // A NaN error makes the maximum NaN, so a broken layer cannot hide behind a finite maximum.
            if (!(a <= maxAbs))
                maxAbs = double.IsNaN(maxAbs) ? maxAbs : a;
        }
        _signal += signal;
        _noise += noise;
        _absSum += absSum;
        _maxAbs = maxAbs;
        _count += reference.Length;
    }

    /// <summary>Values compared so far.</summary>
    public long Count => _count;

    /// <summary>Σ reference².</summary>
    public double SignalEnergy => _signal;

    /// <summary>Σ (reference − test)².</summary>
    public double NoiseEnergy => _noise;

    /// <summary>
    /// Signal-to-quantization-noise ratio in decibels, 10·log10(Σ r² / Σ (r − q)²); +∞ when the two agree exactly,
    /// −∞ when the reference is all zeros but the test is not, NaN when nothing was compared or a value was NaN.
    /// </summary>
    public double SqnrDb => SqnrOf(_signal, _noise, _count);

    /// <summary>max |r − q|.</summary>
    public double MaxAbsError => _count == 0 ? double.NaN : _maxAbs;

    /// <summary>mean |r − q|.</summary>
    public double MeanAbsError => _count == 0 ? double.NaN : _absSum / _count;

    /// <summary>SQNR in dB of <paramref name="test"/> against <paramref name="reference"/> (see <see cref="SqnrDb"/>).</summary>
    public static double Sqnr(ReadOnlySpan<float> reference, ReadOnlySpan<float> test)
    {
        var s = new ErrorStatistics();
        s.Add(reference, test);
        return s.SqnrDb;
    }

    private static double SqnrOf(double signal, double noise, long count)
    {
        if (count == 0 || double.IsNaN(signal) || double.IsNaN(noise))
            return double.NaN;
        if (noise == 0)
            return double.PositiveInfinity;
        return 10 * Math.Log10(signal / noise);
    }
}
