namespace Coex.Kernels.Reference;

public static partial class GemmReference
{
    /// <summary>
    /// <c>c[i,j] = Σ_k (a[i,k] − aZeroPoint)·b[k,j]</c> summed in int64 and then wrapped to int32 (the int32 result
    /// ONNX MatMulInteger defines; identical to the int64 sum whenever that fits int32). All row-major.
    /// </summary>
    public static void U8S8(ReadOnlySpan<byte> a, byte aZeroPoint, ReadOnlySpan<sbyte> b, Span<int> c, int m, int n, int k)
    {
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                long sum = 0;
                for (int p = 0; p < k; p++)
                    sum += (long)(a[i * k + p] - aZeroPoint) * b[p * n + j];
                c[i * n + j] = unchecked((int)sum);
            }
    }

    /// <summary>
    /// Requantizes int32 results of an M×N product to integers in [<paramref name="min"/>, <paramref name="max"/>]:
    /// <c>q = clamp(roundHalfEven((double)(acc + bias[j]) · (double)multiplier[j]) + zeroPoint, lower, max)</c>, where the bias
    /// add wraps in int32, <c>multipliers</c> has 1 (per tensor) or N (per channel) entries, <c>bias</c> is empty or N long,
    /// and lower is the zero point when <paramref name="relu"/>, else <paramref name="min"/>.
    /// </summary>
    public static void Requantize(ReadOnlySpan<int> acc, ReadOnlySpan<int> bias, ReadOnlySpan<float> multipliers, int zeroPoint,
        bool relu, int min, int max, Span<int> q, int m, int n)
    {
        long lower = relu ? Math.Max(zeroPoint, min) : min;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                int v = acc[i * n + j];
                if (!bias.IsEmpty)
                    v = unchecked(v + bias[j]);
                double real = v * (double)multipliers[multipliers.Length == 1 ? 0 : j];
                long r = (long)Math.Round(real, MidpointRounding.ToEven) + zeroPoint;
                q[i * n + j] = (int)Math.Clamp(r, lower, max);
            }
    }
}
