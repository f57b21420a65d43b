namespace Coex.Kernels.Reference;

/// <summary>
/// Plain, obviously-correct GEMMs that share no code with the fast kernels; the oracle every test compares against.
/// </summary>
public static partial class GemmReference
{
    /// <summary><c>c[i,j] = Σ_k a[i,k]·b[k,j]</c> accumulated in double, all row-major.</summary>
    public static void F32(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int n, int k)
    {
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                    sum += (double)a[i * k + p] * b[p * n + j];
                c[i * n + j] = (float)sum;
            }
    }

    /// <summary><c>c[i,j] = Σ_k |a[i,k]·b[k,j]|</c>: the scale of the rounding error a float GEMM may make at (i, j).</summary>
    public static void AbsF32(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int n, int k)
    {
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                    sum += Math.Abs((double)a[i * k + p] * b[p * n + j]);
                c[i * n + j] = (float)sum;
            }
    }
}
