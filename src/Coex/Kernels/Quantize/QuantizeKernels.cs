using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coex.Kernels.Quantize;

/// <summary>Float ↔ 8-bit conversions of activations, with the rounding ONNX QuantizeLinear specifies.</summary>
public static class QuantizeKernels
{
    /// <summary>
    /// <c>destination[i] = clamp(roundHalfEven(x[i] / scale) + zeroPoint, 0, 255)</c> (ONNX QuantizeLinear to uint8; NaN → 0).
    /// </summary>
    /// <exception cref="ArgumentException">The destination is shorter than x, the scale is not finite and positive, or the zero point is outside [0, 255].</exception>
    public static void QuantizeU8(ReadOnlySpan<float> x, float scale, int zeroPoint, Span<byte> destination)
    {
        if (destination.Length < x.Length)
            throw new ArgumentException($"Destination holds {destination.Length} bytes; {x.Length} needed.", nameof(destination));
        if (!float.IsFinite(scale) || scale <= 0)
            throw new ArgumentException($"Scale {scale} must be finite and positive.", nameof(scale));
        if ((uint)zeroPoint > 255)
            throw new ArgumentOutOfRangeException(nameof(zeroPoint), zeroPoint, "A uint8 zero point lies in [0, 255].");
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var s = Vector256.Create(scale);
            var z = Vector256.Create((float)zeroPoint);
            var lo = Vector256<float>.Zero;
            var hi = Vector256.Create(255f);
            ref float src = ref MemoryMarshal.GetReference(x);
            ref byte dst = ref MemoryMarshal.GetReference(destination);
            for (; i <= x.Length - 32; i += 32)
            {
                // Division (not a reciprocal multiply) so every value rounds exactly as the scalar definition; clamping in
                // float before the conversion keeps huge values from wrapping; NaN fails both compares and clamps to 0.
                var a = Q(Vector256.LoadUnsafe(ref src, (nuint)i), s, z, lo, hi);
                var b = Q(Vector256.LoadUnsafe(ref src, (nuint)i + 8), s, z, lo, hi);
                var c = Q(Vector256.LoadUnsafe(ref src, (nuint)i + 16), s, z, lo, hi);
                var d = Q(Vector256.LoadUnsafe(ref src, (nuint)i + 24), s, z, lo, hi);
                var ab = Vector256.Narrow(a.AsUInt32(), b.AsUInt32());
                var cd = Vector256.Narrow(c.AsUInt32(), d.AsUInt32());
                Vector256.Narrow(ab, cd).StoreUnsafe(ref dst, (nuint)i);
            }
        }
        for (; i < x.Length; i++)
            destination[i] = QuantizeU8(x[i], scale, zeroPoint);
    }

    /// <summary>One value: <c>clamp(roundHalfEven(x / scale) + zeroPoint, 0, 255)</c>, NaN → 0.</summary>
    public static byte QuantizeU8(float x, float scale, int zeroPoint)
    {
        float q = MathF.Round(x / scale, MidpointRounding.ToEven) + zeroPoint;
        return q >= 0 ? (byte)Math.Min(q, 255f) : (byte)0;
    }

    /// <summary>The (scale, zero point) ONNX DynamicQuantizeLinear picks for uint8: range [min(0, min x), max(0, max x)] over 255 steps.</summary>
    public static (float Scale, byte ZeroPoint) DynamicParams(ReadOnlySpan<float> x)
    {
        float min = 0, max = 0;
        foreach (float v in x)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        float scale = (max - min) / 255f;
        if (!(scale > 0) || !float.IsFinite(scale))
            return (1f, 0);
        byte zp = (byte)Math.Clamp(MathF.Round(0 - min / scale, MidpointRounding.ToEven), 0, 255);
        return (scale, zp);
    }

    private static Vector256<int> Q(Vector256<float> x, Vector256<float> s, Vector256<float> z, Vector256<float> lo, Vector256<float> hi)
    {
        var q = Vector256.Round(x / s) + z;
        // Max(q, 0) first maps NaN to 0 only if the NaN is in the first operand's position; do the compares explicitly.
        q = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(q, lo), q, lo);
        q = Vector256.ConditionalSelect(Vector256.LessThanOrEqual(q, hi), q, hi);
        return Vector256.ConvertToInt32(q);
    }
}
