using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coex.Training.Kernels;

/// <summary>
/// Vectorized reductions over one contiguous plane. Each plane is summed in float across 8 lanes (a plane is at
/// most a few thousand elements), and callers add plane results in double, which bounds the rounding error.
/// </summary>
internal static class PlaneSums
{
    /// <summary>Σ x[i].</summary>
    public static float Sum(ReadOnlySpan<float> x)
    {
        int i = 0;
        var acc = Vector256<float>.Zero;
        ref float r = ref MemoryMarshal.GetReference(x);
        if (Vector256.IsHardwareAccelerated)
            for (; i <= x.Length - 8; i += 8)
                acc += Vector256.LoadUnsafe(ref r, (nuint)i);
        float s = Vector256.Sum(acc);
        for (; i < x.Length; i++)
            s += x[i];
        return s;
    }

    /// <summary>Σ (x[i] − mean)².</summary>
    public static float SumOfSquaredDeviations(ReadOnlySpan<float> x, float mean)
    {
        int i = 0;
        var acc = Vector256<float>.Zero;
        var m = Vector256.Create(mean);
        ref float r = ref MemoryMarshal.GetReference(x);
        if (Vector256.IsHardwareAccelerated)
            for (; i <= x.Length - 8; i += 8)
            {
                var d = Vector256.LoadUnsafe(ref r, (nuint)i) - m;
                acc += d * d;
            }
        float s = Vector256.Sum(acc);
        for (; i < x.Length; i++)
            s += (x[i] - mean) * (x[i] - mean);
        return s;
    }

    /// <summary>Σ y[i]·(x[i] − mean).</summary>
    public static float SumOfProductsWithDeviation(ReadOnlySpan<float> y, ReadOnlySpan<float> x, float mean)
    {
        int i = 0;
        var acc = Vector256<float>.Zero;
        var m = Vector256.Create(mean);
        ref float ry = ref MemoryMarshal.GetReference(y);
        ref float rx = ref MemoryMarshal.GetReference(x);
        if (Vector256.IsHardwareAccelerated)
            for (; i <= x.Length - 8; i += 8)
                acc += Vector256.LoadUnsafe(ref ry, (nuint)i) * (Vector256.LoadUnsafe(ref rx, (nuint)i) - m);
        float s = Vector256.Sum(acc);
        for (; i < x.Length; i++)
            s += y[i] * (x[i] - mean);
        return s;
    }

    /// <summary><c>destination[i] = a·x[i] + b·y[i] + c</c>.</summary>
    public static void AxPlusByPlusC(float a, ReadOnlySpan<float> x, float b, ReadOnlySpan<float> y, float c, Span<float> destination)
    {
        int i = 0;
        ref float rx = ref MemoryMarshal.GetReference(x);
        ref float ry = ref MemoryMarshal.GetReference(y);
        ref float rd = ref MemoryMarshal.GetReference(destination);
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(a);
            var vb = Vector256.Create(b);
            var vc = Vector256.Create(c);
            for (; i <= x.Length - 8; i += 8)
                (va * Vector256.LoadUnsafe(ref rx, (nuint)i) + vb * Vector256.LoadUnsafe(ref ry, (nuint)i) + vc).StoreUnsafe(ref rd, (nuint)i);
        }
        for (; i < x.Length; i++)
            destination[i] = a * x[i] + b * y[i] + c;
    }
}
