using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// Affine quantization parameters as data: <c>q = clamp(roundHalfEven(x / scale) + zeroPoint, QMin, QMax)</c>,
/// <c>x̂ = (q − zeroPoint) · scale</c>, exactly as ONNX QuantizeLinear / DequantizeLinear compute them.
/// </summary>
/// <remarks>
/// Per tensor, <see cref="Scales"/> and <see cref="ZeroPoints"/> hold one entry and <see cref="Axis"/> is −1; per channel
/// they hold one entry per element of axis <see cref="Axis"/>. [QMin, QMax] is the integer grid: [0, 255] for u8
/// activations, [−127, 127] for symmetric s8 weights (the restricted range keeps the grid symmetric about 0), or any
/// narrower signed grid for fake quantization at fewer bits.
/// </remarks>
public sealed record QuantParams
{
    public QuantParams(float[] scales, int[] zeroPoints, int axis, int qMin, int qMax)
    {
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(zeroPoints);
        if (scales.Length == 0 || scales.Length != zeroPoints.Length)
            throw new ArgumentException($"Need one zero point per scale and at least one of each; got {scales.Length} scales and {zeroPoints.Length} zero points.", nameof(zeroPoints));
        if (qMin >= qMax)
            throw new ArgumentException($"The integer grid [{qMin}, {qMax}] is empty.", nameof(qMax));
        if (axis < -1 || (axis == -1 && scales.Length != 1))
            throw new ArgumentException($"Axis {axis} with {scales.Length} scales: per-tensor parameters use axis −1 and one scale.", nameof(axis));
        for (int i = 0; i < scales.Length; i++)
        {
            if (!float.IsFinite(scales[i]) || scales[i] <= 0)
                throw new ArgumentException($"Scale [{i}] is {scales[i]}; scales must be finite and positive.", nameof(scales));
            if (zeroPoints[i] < qMin || zeroPoints[i] > qMax)
                throw new ArgumentException($"Zero point [{i}] = {zeroPoints[i]} lies outside the grid [{qMin}, {qMax}].", nameof(zeroPoints));
        }
        Scales = scales;
        ZeroPoints = zeroPoints;
        Axis = axis;
        QMin = qMin;
        QMax = qMax;
    }

    public float[] Scales { get; }
    public int[] ZeroPoints { get; }
    /// <summary>The channel axis of per-channel parameters, or −1 per tensor.</summary>
    public int Axis { get; }
    public int QMin { get; }
    public int QMax { get; }

    public bool PerChannel => Axis >= 0;

    /// <summary>True when every zero point is 0 (a symmetric grid).</summary>
    public bool Symmetric => ZeroPoints.All(z => z == 0);

    /// <summary>The storage type of the integers: U8 for a grid within [0, 255], I8 within [−128, 127].</summary>
    public DType Storage => QMin >= 0 && QMax <= 255 ? DType.U8
        : QMin >= -128 && QMax <= 127 ? DType.I8
        : throw new InvalidOperationException($"The grid [{QMin}, {QMax}] fits neither u8 nor s8.");

    /// <summary>
    /// Per-tensor parameters whose grid covers [<paramref name="min"/>, <paramref name="max"/>] widened to include 0 (so 0 is
    /// exact). Symmetric: zero point at the grid's middle (0 for signed grids, 128 for u8) and scale = max|x| / half-range.
    /// A zero-width range gets scale 1.
    /// </summary>
    public static QuantParams FromRange(float min, float max, int qMin, int qMax, bool symmetric)
    {
        if (!float.IsFinite(min) || !float.IsFinite(max) || min > max)
            throw new ArgumentException($"Range [{min}, {max}] is not a finite interval.", nameof(min));
        var (scale, zero) = ScaleAndZero(min, max, qMin, qMax, symmetric);
        return new QuantParams([scale], [zero], -1, qMin, qMax);
    }

    /// <summary>Per-channel parameters along <paramref name="axis"/> from one range per channel (see <see cref="FromRange"/>).</summary>
    public static QuantParams FromRanges(ReadOnlySpan<float> mins, ReadOnlySpan<float> maxs, int axis, int qMin, int qMax, bool symmetric)
    {
        if (mins.Length != maxs.Length || mins.Length == 0)
            throw new ArgumentException($"Need as many minima as maxima, at least one; got {mins.Length} and {maxs.Length}.", nameof(maxs));
        ArgumentOutOfRangeException.ThrowIfNegative(axis);
        var scales = new float[mins.Length];
        var zeros = new int[mins.Length];
        for (int c = 0; c < mins.Length; c++)
            (scales[c], zeros[c]) = ScaleAndZero(mins[c], maxs[c], qMin, qMax, symmetric);
        return new QuantParams(scales, zeros, axis, qMin, qMax);
    }

    /// <summary>The signed symmetric grid of <paramref name="bits"/> bits: [−(2^(b−1) − 1), 2^(b−1) − 1].</summary>
    public static (int QMin, int QMax) SignedGrid(int bits)
    {
        if (bits is < 2 or > 16)
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "Bit width must be in [2, 16].");
        int half = (1 << (bits - 1)) - 1;
        return (-half, half);
    }

    /// <summary>Quantizes one value with channel <paramref name="channel"/>'s parameters.</summary>
    public int Quantize(float x, int channel = 0)
    {
        float q = MathF.Round(x / Scales[channel], MidpointRounding.ToEven) + ZeroPoints[channel];
        return (int)Math.Clamp(q, QMin, QMax);
    }

    /// <summary>The real value of integer <paramref name="q"/> in channel <paramref name="channel"/>.</summary>
    public float Dequantize(int q, int channel = 0) => (q - ZeroPoints[channel]) * Scales[channel];

    /// <summary>The scales as a tensor: a scalar per tensor, a vector per channel (the ONNX y_scale input).</summary>
    public Tensor ScaleTensor() => PerChannel ? Tensor.FromSpan<float>(Scales, Scales.Length) : Tensor.FromSpan<float>(Scales);

    /// <summary>The zero points as a u8/s8 tensor shaped like <see cref="ScaleTensor"/> (the ONNX y_zero_point input).</summary>
    public Tensor ZeroPointTensor()
    {
        int[] shape = PerChannel ? [ZeroPoints.Length] : [];
        var t = Tensor.Zeros(Storage, shape);
        for (int i = 0; i < ZeroPoints.Length; i++)
        {
            if (Storage == DType.U8)
                t.AsSpan<byte>()[i] = (byte)ZeroPoints[i];
            else
                t.AsSpan<sbyte>()[i] = (sbyte)ZeroPoints[i];
        }
        return t;
    }

    private static (float Scale, int Zero) ScaleAndZero(float min, float max, int qMin, int qMax, bool symmetric)
    {
        min = Math.Min(min, 0f);
        max = Math.Max(max, 0f);
        if (symmetric)
        {
            float amax = Math.Max(-min, max);
            // Signed grids centre on 0; an unsigned grid centres on its middle (128 for u8).
            int zero = qMin < 0 ? 0 : (qMin + qMax + 1) / 2;
            int half = Math.Min(qMax - zero, zero - qMin);
            float scale = amax > 0 ? amax / half : 1f;
            return (Fix(scale), zero);
        }
        float s = max > min ? (max - min) / (qMax - qMin) : 1f;
        s = Fix(s);
        int z = (int)Math.Clamp(MathF.Round(qMin - min / s, MidpointRounding.ToEven), qMin, qMax);
        return (s, z);
    }

    /// <summary>Keeps a scale a positive normal float (denormal scales overflow 1/scale).</summary>
    private static float Fix(float scale) => scale >= 1e-30f ? scale : 1e-30f;
}
