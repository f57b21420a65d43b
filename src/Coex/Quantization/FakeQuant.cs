using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// Quantize-then-dequantize of float tensors ("fake quantization"): the values a model sees when a tensor is stored at
/// fewer bits, still as floats, so any float engine can measure the accuracy cost of a bit width.
/// </summary>
public static class FakeQuant
{
    /// <summary>
    /// Quantizes <paramref name="x"/> with <paramref name="parameters"/> and writes the dequantized values to
    /// <paramref name="destination"/> (may be <paramref name="x"/>). <paramref name="shape"/> locates the channel axis
    /// of per-channel parameters. NaN maps to the zero point's value (0).
    /// </summary>
    public static void Apply(ReadOnlySpan<float> x, ReadOnlySpan<int> shape, QuantParams parameters, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (destination.Length < x.Length)
            throw new ArgumentException($"Destination holds {destination.Length} values; {x.Length} needed.", nameof(destination));
        var (inner, channels) = ChannelLayout(x.Length, shape, parameters);
        for (int k = 0; k < x.Length; k++)
        {
            int c = channels == 1 ? 0 : k / inner % channels;
            float v = float.IsNaN(x[k]) ? 0f : x[k];
            destination[k] = parameters.Dequantize(parameters.Quantize(v, c), c);
        }
    }

    /// <summary>
    /// A copy of <paramref name="x"/> fake-quantized to a symmetric signed grid of <paramref name="bits"/> bits
    /// (±(2^(bits−1) − 1) levels), one scale per slice of <paramref name="axis"/> (−1: one scale for the whole tensor)
    /// taken from the slice's max |x|. The co-design search's "weights at B bits" in one call.
    /// </summary>
    public static Tensor Symmetric(Tensor x, int bits, int axis = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.DType != DType.F32)
            throw new ArgumentException($"Fake quantization takes F32 tensors, got {x.DType}.", nameof(x));
        var p = SymmetricParams(x, bits, axis);
        var y = Tensor.Zeros(DType.F32, [.. x.Shape]);
        Apply(x.AsSpan<float>(), x.Shape, p, y.AsSpan<float>());
        return y;
    }

    /// <summary>Symmetric signed parameters for <paramref name="x"/> at <paramref name="bits"/> bits, per slice of <paramref name="axis"/> (−1 per tensor).</summary>
    public static QuantParams SymmetricParams(Tensor x, int bits, int axis = 0)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (qMin, qMax) = QuantParams.SignedGrid(bits);
        var data = x.AsSpan<float>();
        if (axis < 0 || x.Rank == 0)
        {
            float amax = 0;
            foreach (float v in data)
                if (!float.IsNaN(v)) amax = Math.Max(amax, Math.Abs(v));
            return QuantParams.FromRange(-amax, amax, qMin, qMax, symmetric: true);
        }
        if (axis >= x.Rank)
            throw new ArgumentOutOfRangeException(nameof(axis), axis, $"Axis must be −1 or in [0, {x.Rank}) for {x}.");
        var (mins, maxs) = ChannelRanges(data, x.Shape, axis);
        return QuantParams.FromRanges(mins, maxs, axis, qMin, qMax, symmetric: true);
    }

    /// <summary>Per slice of <paramref name="axis"/>: the minimum and maximum of <paramref name="data"/> (NaN ignored).</summary>
    public static (float[] Min, float[] Max) ChannelRanges(ReadOnlySpan<float> data, ReadOnlySpan<int> shape, int axis)
    {
        int channels = shape[axis], inner = 1;
        for (int d = axis + 1; d < shape.Length; d++)
            inner *= shape[d];
        var mins = new float[channels];
        var maxs = new float[channels];
        for (int k = 0; k < data.Length; k++)
        {
            int c = k / inner % channels;
            float v = data[k];
            if (float.IsNaN(v))
                continue;
            mins[c] = Math.Min(mins[c], v);
            maxs[c] = Math.Max(maxs[c], v);
        }
        return (mins, maxs);
    }

    private static (int Inner, int Channels) ChannelLayout(int length, ReadOnlySpan<int> shape, QuantParams p)
    {
        if (!p.PerChannel)
            return (1, 1);
        if (p.Axis >= shape.Length || shape[p.Axis] != p.Scales.Length)
            throw new ArgumentException($"Per-channel parameters with {p.Scales.Length} scales on axis {p.Axis} do not fit shape [{string.Join(", ", shape.ToArray())}].", nameof(shape));
        long count = 1;
        foreach (int d in shape)
            count *= d;
        if (count != length)
            throw new ArgumentException($"Shape [{string.Join(", ", shape.ToArray())}] holds {count} values; the data has {length}.", nameof(shape));
        int inner = 1;
        for (int d = p.Axis + 1; d < shape.Length; d++)
            inner *= shape[d];
        return (inner, p.Scales.Length);
    }
}
