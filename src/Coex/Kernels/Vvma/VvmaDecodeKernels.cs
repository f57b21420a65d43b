using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Coex.Kernels.Vvma;

/// <summary>
/// Batch-1 VVMA inference on a decode layout of the block diagonals: <c>vt [In, Out/k]</c> with
/// <c>vt[j·k + c, i] = v(i, j)[c]</c>. Input feature p = j·k + c then contributes <c>x[p]·vt[p, :]</c> to the block sums at
/// position c of every output block at once, so each step is one broadcast multiply-add over Out/k contiguous floats, for any k
/// (the <see cref="VvmaKernels"/> layout makes each step a k-float product, scalar when k is below the vector width).
/// </summary>
/// <remarks>
/// Per row: <c>zᵀ[c, i] = Σ_j x[j·k + c]·vt[j·k + c, i]</c> (In axpys of length Out/k), then <c>yᵀ[a, :] = Σ_c M[a, c]·zᵀ[c, :]</c>
/// (k² axpys), then y[i·k + a] = yᵀ[a, i] + bias. Same multiply-adds as the fused kernel: In·Out/k + k·Out.
/// </remarks>
public static class VvmaDecodeKernels
{
    /// <summary>The decode layout of v [Out/k, In/k, k]: vt [In, Out/k].</summary>
    public static float[] Pack(ReadOnlySpan<float> v, int inFeatures, int outFeatures, int k)
    {
        VvmaKernels.Check(0, k * k, v.Length, 0, 0, 0, inFeatures, outFeatures, k);
        var vt = new float[inFeatures / k * outFeatures];
        Repack(v, vt, inFeatures, outFeatures, k);
        return vt;
    }

    /// <summary>Rewrites <paramref name="vt"/> from <paramref name="v"/> (see <see cref="Pack"/>).</summary>
    public static void Repack(ReadOnlySpan<float> v, Span<float> vt, int inFeatures, int outFeatures, int k)
    {
        VvmaKernels.Check(0, k * k, v.Length, 0, 0, 0, inFeatures, outFeatures, k);
        int inBlocks = inFeatures / k, outBlocks = outFeatures / k;
        if (vt.Length < inFeatures * outBlocks)
            throw new ArgumentException($"vt holds {vt.Length} floats; {inFeatures}×{outBlocks} needed.", nameof(vt));
        for (int i = 0; i < outBlocks; i++)
            for (int j = 0; j < inBlocks; j++)
                for (int c = 0; c < k; c++)
                    vt[(j * k + c) * outBlocks + i] = v[(i * inBlocks + j) * k + c];
    }

    /// <summary>Same result as <see cref="VvmaKernels.Forward"/> with v given in the decode layout; one thread.</summary>
    /// <exception cref="ArgumentException">A size is not positive, k does not divide In and Out, or a span is too short.</exception>
    public static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> m, ReadOnlySpan<float> vt, ReadOnlySpan<float> bias,
        Span<float> y, int rows, int inFeatures, int outFeatures, int k)
    {
        VvmaKernels.Check(x.Length, m.Length, vt.Length, bias.Length, y.Length, rows, inFeatures, outFeatures, k);
        int outBlocks = outFeatures / k;
        Span<float> scratch = outFeatures <= 2048 ? stackalloc float[2 * outFeatures] : new float[2 * outFeatures];
        Span<float> zT = scratch[..outFeatures], yT = scratch[outFeatures..];
        for (int r = 0; r < rows; r++)
        {
            var xr = x.Slice(r * inFeatures, inFeatures);
            zT.Clear();
            ref readonly float v0 = ref MemoryMarshal.GetReference(vt);
            ref float z0 = ref MemoryMarshal.GetReference(zT), y0 = ref MemoryMarshal.GetReference(yT);
            for (int p = 0; p < inFeatures; p++)
                ScaleAdd(xr[p], in Unsafe.Add(ref Unsafe.AsRef(in v0), p * outBlocks), ref Unsafe.Add(ref z0, p % k * outBlocks), outBlocks);
            yT.Clear();
            for (int a = 0; a < k; a++)
                for (int c = 0; c < k; c++)
                    ScaleAdd(m[a * k + c], in Unsafe.Add(ref z0, c * outBlocks), ref Unsafe.Add(ref y0, a * outBlocks), outBlocks);
            var yr = y.Slice(r * outFeatures, outFeatures);
            for (int a = 0; a < k; a++)
                for (int i = 0; i < outBlocks; i++)
                    yr[i * k + a] = yT[a * outBlocks + i] + (bias.IsEmpty ? 0f : bias[i * k + a]);
        }
    }

    /// <summary><c>destination[0..n) += s·a[0..n)</c> on refs (the callers checked every span length at entry).</summary>
    private static void ScaleAdd(float s, ref readonly float a, ref float destination, int n)
    {
        int q = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vs = new Vector<float>(s);
            for (; q <= n - Vector<float>.Count; q += Vector<float>.Count)
            {
                var d = Vector.LoadUnsafe(ref destination, (nuint)q);
                Vector.FusedMultiplyAdd(vs, Vector.LoadUnsafe(in a, (nuint)q), d).StoreUnsafe(ref destination, (nuint)q);
            }
        }
        for (; q < n; q++)
            Unsafe.Add(ref destination, q) = MathF.FusedMultiplyAdd(s, Unsafe.Add(ref Unsafe.AsRef(in a), q), Unsafe.Add(ref destination, q));
    }
}
