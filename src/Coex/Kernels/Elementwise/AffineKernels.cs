using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coex.Kernels.Elementwise;

/// <summary>
/// Element-wise float kernels that carry parameters (bounds, per-channel coefficients), which the stateless
/// <see cref="IUnaryOperator"/> structs cannot: clamp (Clip, ReLU6), leaky ReLU and the per-channel affine map of
/// inference-mode batch normalization. 256-bit vectors with a scalar tail that rounds identically.
/// </summary>
public static class AffineKernels
{
    /// <summary>
    /// <c>destination[i] = min(max(x[i], lo), hi)</c>; NaN inputs stay NaN (as ONNX Clip). In place allowed.
    /// </summary>
    /// <exception cref="ArgumentException">The destination is shorter than the input.</exception>
    public static void Clamp(ReadOnlySpan<float> x, float lo, float hi, Span<float> destination)
    {
        CheckLength(x.Length, destination.Length);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var xs = MemoryMarshal.Cast<float, Vector256<float>>(x);
            var ds = MemoryMarshal.Cast<float, Vector256<float>>(destination);
            var vlo = Vector256.Create(lo);
            var vhi = Vector256.Create(hi);
            for (int v = 0; v < xs.Length; v++)
            {
                var value = xs[v];
                var clamped = Vector256.Min(Vector256.Max(value, vlo), vhi);
                // Keep NaN lanes: x != x only for NaN.
                ds[v] = Vector256.ConditionalSelect(Vector256.Equals(value, value), clamped, value);
            }
            i = xs.Length * Vector256<float>.Count;
        }
        for (; i < x.Length; i++)
            destination[i] = ClampScalar(x[i], lo, hi);
    }

    /// <summary>The scalar form of <see cref="Clamp"/>.</summary>
    public static float ClampScalar(float x, float lo, float hi) => float.IsNaN(x) ? x : MathF.Min(MathF.Max(x, lo), hi);

    /// <summary><c>destination[i] = x[i] &lt; 0 ? alpha·x[i] : x[i]</c>; NaN stays NaN. In place allowed.</summary>
    public static void LeakyRelu(ReadOnlySpan<float> x, float alpha, Span<float> destination)
    {
        CheckLength(x.Length, destination.Length);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var xs = MemoryMarshal.Cast<float, Vector256<float>>(x);
            var ds = MemoryMarshal.Cast<float, Vector256<float>>(destination);
            var va = Vector256.Create(alpha);
            for (int v = 0; v < xs.Length; v++)
                ds[v] = Vector256.ConditionalSelect(Vector256.LessThan(xs[v], Vector256<float>.Zero), xs[v] * va, xs[v]);
            i = xs.Length * Vector256<float>.Count;
        }
        for (; i < x.Length; i++)
            destination[i] = x[i] < 0 ? alpha * x[i] : x[i];
    }

    /// <summary>
    /// Per-channel affine map over NC… planes: <c>destination[n, c, p] = x[n, c, p]·scale[c] + shift[c]</c> for
    /// <paramref name="channels"/> channels of <paramref name="planeSize"/> elements each (one multiply and one add,
    /// not fused, so the vector and scalar paths round identically). In place allowed.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths disagree with channels × plane size.</exception>
    public static void ChannelAffine(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> shift, int channels, int planeSize, Span<float> destination)
    {
        CheckLength(x.Length, destination.Length);
        if (scale.Length != channels || shift.Length != channels)
            throw new ArgumentException($"Scale ({scale.Length}) and shift ({shift.Length}) must hold one value per channel ({channels}).", nameof(scale));
        long plane = (long)channels * planeSize;
        if (plane == 0 ? x.Length != 0 : x.Length % plane != 0)
            throw new ArgumentException($"Input of {x.Length} elements is not a whole number of {channels}×{planeSize} blocks.", nameof(x));
        for (int start = 0, c = 0; start < x.Length; start += planeSize, c = (c + 1) % channels)
        {
            var src = x.Slice(start, planeSize);
            var dst = destination.Slice(start, planeSize);
            float a = scale[c], b = shift[c];
            int i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var xs = MemoryMarshal.Cast<float, Vector256<float>>(src);
                var ds = MemoryMarshal.Cast<float, Vector256<float>>(dst);
                var va = Vector256.Create(a);
                var vb = Vector256.Create(b);
                for (int v = 0; v < xs.Length; v++)
                    ds[v] = xs[v] * va + vb;
                i = xs.Length * Vector256<float>.Count;
            }
            for (; i < src.Length; i++)
                dst[i] = src[i] * a + b;
        }
    }

    private static void CheckLength(int source, int destination)
    {
        if (destination < source)
            throw new ArgumentException($"Destination holds {destination} elements; the input has {source}.", nameof(destination));
    }
}
