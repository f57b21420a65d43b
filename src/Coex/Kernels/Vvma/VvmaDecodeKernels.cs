using System.Numerics;
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
            for (int p = 0; p < inFeatures; p++)
                ScaleAdd(xr[p], vt.Slice(p * outBlocks, outBlocks), zT.Slice(p % k * outBlocks, outBlocks));
            yT.Clear();
            for (int a = 0; a < k; a++)
                for (int c = 0; c < k; c++)
                    ScaleAdd(m[a * k + c], zT.Slice(c * outBlocks, outBlocks), yT.Slice(a * outBlocks, outBlocks));
            var yr = y.Slice(r * outFeatures, outFeatures);
            for (int a = 0; a < k; a++)
                for (int i = 0; i < outBlocks; i++)
                    yr[i * k + a] = yT[a * outBlocks + i] + (bias.IsEmpty ? 0f : bias[i * k + a]);
        }
    }

    /// <summary><c>destination += s·a</c>.</summary>
    private static void ScaleAdd(float s, ReadOnlySpan<float> a, Span<float> destination)
    {
        int n = destination.Length, q = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var vs = new Vector<float>(s);
            var va = MemoryMarshal.Cast<float, Vector<float>>(a[..n]);
            var vd = MemoryMarshal.Cast<float, Vector<float>>(destination);
            for (int t = 0; t < vd.Length; t++)
                vd[t] = Vector.FusedMultiplyAdd(vs, va[t], vd[t]);
            q = vd.Length * Vector<float>.Count;
        }
        for (; q < n; q++)
            destination[q] = MathF.FusedMultiplyAdd(s, a[q], destination[q]);
    }
}
