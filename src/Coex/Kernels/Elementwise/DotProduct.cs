using System.Runtime.Intrinsics;

namespace Coex.Kernels.Elementwise;

/// <summary>The one dot product of float spans that kernels, layers and serving code share.</summary>
public static class DotProduct
{
    /// <summary><c>Σ_i x[i]·y[i]</c> over <paramref name="x"/>'s length: 8-wide fused multiply-adds, then the scalar tail.</summary>
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (y.Length < x.Length)
            throw new ArgumentException($"Dot: y has {y.Length} values, x has {x.Length}.", nameof(y));
        float sum = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= 8)
        {
            var acc = Vector256<float>.Zero;
            for (; i <= x.Length - 8; i += 8)
                acc = Vector256.FusedMultiplyAdd(Vector256.Create(x.Slice(i, 8)), Vector256.Create(y.Slice(i, 8)), acc);
            sum = Vector256.Sum(acc);
        }
        for (; i < x.Length; i++)
            sum = MathF.FusedMultiplyAdd(x[i], y[i], sum);
        return sum;
    }
}
