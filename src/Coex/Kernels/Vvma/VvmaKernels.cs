using System.Numerics;
using System.Runtime.InteropServices;
using Coex.Kernels.Elementwise;
using Coex.Kernels.Gemm;

namespace Coex.Kernels.Vvma;

/// <summary>
/// Vector-vector-matrix (VVMA) layer kernels. The dense weight W [Out, In] is cut into k×k blocks W(i, j) and each block
/// is replaced by <c>M·diag(v(i, j))</c> with one k×k matrix M shared by the whole layer, so output block i is
/// <c>y_i = M·z_i + b_i</c> with <c>z_i = Σ_j v(i, j) ⊙ x_j</c>: elementwise products, then one matrix product per output block.
/// </summary>
/// <remarks>
/// Layouts, all row-major: x [rows, In]; m [k, k] (m[r·k + c] = M[r, c]); v [Out/k, In/k, k] (v(i, j) at (i·In/k + j)·k);
/// z [rows, Out/k, k]; y [rows, Out]; bias [Out] or empty. Parameter count k² + In·Out/k (+ Out for the bias).
/// Loops run on <see cref="Vector{T}"/> (the widest vector the JIT gives, 256 bits on AVX2) with a scalar tail.
/// </remarks>
public static class VvmaKernels
{
    /// <summary><c>y[r, i·k + a] = Σ_c M[a, c]·(Σ_j v(i, j)[c]·x[r, j·k + c]) + bias[i·k + a]</c>, rows split over <paramref name="threads"/>.</summary>
    /// <exception cref="ArgumentException">A size is not positive, k does not divide In and Out, or a span is too short.</exception>
    public static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> m, ReadOnlySpan<float> v, ReadOnlySpan<float> bias,
        Span<float> y, int rows, int inFeatures, int outFeatures, int k, int threads = 1)
    {
        Check(x.Length, m.Length, v.Length, bias.Length, y.Length, rows, inFeatures, outFeatures, k);
        if (rows == 0)
            return;
        if (rows >= BatchedRows)
        {
            // Many rows (training, encoding): block sums as k GEMMs, then y = z·Mᵀ as one GEMM over every block of every row.
            int blockRows = rows * (outFeatures / k);
            var z = new float[blockRows * k];
            BlockSums(x, v, z, rows, inFeatures, outFeatures, k, threads);
            var mT = new float[k * k];
            for (int a = 0; a < k; a++)
                for (int c = 0; c < k; c++)
                    mT[c * k + a] = m[a * k + c];
            GemmF32.Multiply(z, mT, y, blockRows, k, k, threads);
            if (!bias.IsEmpty)
                for (int r = 0; r < rows; r++)
                {
                    var yr = y.Slice(r * outFeatures, outFeatures);
                    for (int o = 0; o < outFeatures; o++)
                        yr[o] += bias[o];
                }
            return;
        }
        int chunks = Math.Max(1, Math.Min(KernelThreads.Resolve(threads), rows));
        if (chunks == 1)
        {
            // The decode path (one row): straight on the caller's spans, no copies.
            Span<float> z1 = k <= 1024 ? stackalloc float[k] : new float[k];
            for (int r = 0; r < rows; r++)
                ForwardRow(x.Slice(r * inFeatures, inFeatures), m, v, bias, y.Slice(r * outFeatures, outFeatures), z1, inFeatures, outFeatures, k);
            return;
        }
        // Spans cannot enter the task lambda; the arrays are pinned only by being managed (no unsafe code here).
        float[] xa = x[..(rows * inFeatures)].ToArray(), ma = m[..(k * k)].ToArray(), va = v[..(inFeatures / k * outFeatures)].ToArray();
        float[] ba = bias.ToArray();
        float[] ya = new float[rows * outFeatures];
        KernelThreads.For(chunks, threads, c =>
        {
            int r0 = (int)((long)rows * c / chunks), r1 = (int)((long)rows * (c + 1) / chunks);
            var z = new float[k];
            for (int r = r0; r < r1; r++)
                ForwardRow(xa.AsSpan(r * inFeatures, inFeatures), ma, va, ba, ya.AsSpan(r * outFeatures, outFeatures), z, inFeatures, outFeatures, k);
        });
        ya.CopyTo(y);
    }

    /// <summary>One row: per output block, the block sum z (vector-vector stage), then M·z (matrix stage).</summary>
    private static void ForwardRow(ReadOnlySpan<float> x, ReadOnlySpan<float> m, ReadOnlySpan<float> v, ReadOnlySpan<float> bias,
        Span<float> y, Span<float> z, int inFeatures, int outFeatures, int k)
    {
        int inBlocks = inFeatures / k, outBlocks = outFeatures / k;
        for (int i = 0; i < outBlocks; i++)
        {
            z.Clear();
            for (int j = 0; j < inBlocks; j++)
                MultiplyAdd(v.Slice((i * inBlocks + j) * k, k), x.Slice(j * k, k), z);
            var yi = y.Slice(i * k, k);
            for (int a = 0; a < k; a++)
                yi[a] = DotProduct.Dot(m.Slice(a * k, k), z) + (bias.IsEmpty ? 0f : bias[i * k + a]);
        }
    }

    /// <summary>
    /// From this many rows on, the kernels run as GEMMs: for each position c in a block, the rows' inputs at c
    /// (X_c [rows, In/k]) times the block diagonals' entries c (V_c [In/k, Out/k]) give the block sums at c. Gathering
    /// X_c and V_c costs one pass over x and v, which a single decode row would not win back.
    /// </summary>
    internal const int BatchedRows = 8;

    /// <summary>The vector-vector stage alone: <c>z[r, i, c] = Σ_j v(i, j)[c]·x[r, j·k + c]</c> (z is overwritten).</summary>
    public static void BlockSums(ReadOnlySpan<float> x, ReadOnlySpan<float> v, Span<float> z, int rows, int inFeatures, int outFeatures, int k, int threads = 1)
    {
        Check(x.Length, k * k, v.Length, 0, z.Length, rows, inFeatures, outFeatures, k);
        int inBlocks = inFeatures / k, outBlocks = outFeatures / k;
        if (rows >= BatchedRows)
        {
            var xc = new float[rows * inBlocks];
            var vc = new float[inBlocks * outBlocks];
            var zc = new float[rows * outBlocks];
            for (int c = 0; c < k; c++)
            {
                GatherInputs(x, xc, rows, inFeatures, k, c);
                GatherDiagonals(v, vc, inBlocks, outBlocks, k, c, transposed: false);
                GemmF32.Multiply(xc, vc, zc, rows, outBlocks, inBlocks, threads);
                for (int q = 0; q < zc.Length; q++)
                    z[q * k + c] = zc[q];
            }
            return;
        }
        z[..(rows * outFeatures)].Clear();
        for (int r = 0; r < rows; r++)
            for (int i = 0; i < outBlocks; i++)
            {
                var zi = z.Slice((r * outBlocks + i) * k, k);
                for (int j = 0; j < inBlocks; j++)
                    MultiplyAdd(v.Slice((i * inBlocks + j) * k, k), x.Slice(r * inFeatures + j * k, k), zi);
            }
    }

    /// <summary>
    /// Backward of <see cref="BlockSums"/> given dz [rows, Out/k, k]: <c>dx[r, j·k + c] += Σ_i dz[r, i, c]·v(i, j)[c]</c> (when dx is
    /// not empty) and <c>dv(i, j)[c] += Σ_r dz[r, i, c]·x[r, j·k + c]</c> (when dv is not empty).
    /// </summary>
    public static void BlockSumsBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> v, ReadOnlySpan<float> dz, Span<float> dx, Span<float> dv,
        int rows, int inFeatures, int outFeatures, int k, int threads = 1)
    {
        Check(x.Length, k * k, v.Length, 0, dz.Length, rows, inFeatures, outFeatures, k);
        int inBlocks = inFeatures / k, outBlocks = outFeatures / k;
        if (!dx.IsEmpty && dx.Length < rows * inFeatures)
            throw new ArgumentException($"dx holds {dx.Length} floats; {rows}×{inFeatures} needed.", nameof(dx));
        if (!dv.IsEmpty && dv.Length < v.Length)
            throw new ArgumentException($"dv holds {dv.Length} floats; {v.Length} needed.", nameof(dv));
        if (rows >= BatchedRows)
        {
            BlockSumsBackwardBatched(x, v, dz, dx, dv, rows, inFeatures, outFeatures, k, threads);
            return;
        }
        for (int r = 0; r < rows; r++)
            for (int i = 0; i < outBlocks; i++)
            {
                var dzi = dz.Slice((r * outBlocks + i) * k, k);
                for (int j = 0; j < inBlocks; j++)
                {
                    int vAt = (i * inBlocks + j) * k, xAt = r * inFeatures + j * k;
                    if (!dx.IsEmpty)
                        MultiplyAdd(dzi, v.Slice(vAt, k), dx.Slice(xAt, k));
                    if (!dv.IsEmpty)
                        MultiplyAdd(dzi, x.Slice(xAt, k), dv.Slice(vAt, k));
                }
            }
    }

    /// <summary>
    /// <see cref="BlockSumsBackward"/> as GEMMs per block position c: dX_c = dZ_c·V_cᵀ and dV_c = X_cᵀ·dZ_c, added into dx and dv.
    /// </summary>
    private static void BlockSumsBackwardBatched(ReadOnlySpan<float> x, ReadOnlySpan<float> v, ReadOnlySpan<float> dz, Span<float> dx, Span<float> dv,
        int rows, int inFeatures, int outFeatures, int k, int threads)
    {
        int inBlocks = inFeatures / k, outBlocks = outFeatures / k;
        var dzc = new float[rows * outBlocks];
        var xc = new float[rows * inBlocks];
        var xcT = new float[inBlocks * rows];
        var vcT = new float[outBlocks * inBlocks];
        var dxc = new float[rows * inBlocks];
        var dvc = new float[inBlocks * outBlocks];
        for (int c = 0; c < k; c++)
        {
            for (int q = 0; q < dzc.Length; q++)
                dzc[q] = dz[q * k + c];
            if (!dx.IsEmpty)
            {
                GatherDiagonals(v, vcT, inBlocks, outBlocks, k, c, transposed: true);
                GemmF32.Multiply(dzc, vcT, dxc, rows, inBlocks, outBlocks, threads);
                for (int r = 0; r < rows; r++)
                    for (int j = 0; j < inBlocks; j++)
                        dx[r * inFeatures + j * k + c] += dxc[r * inBlocks + j];
            }
            if (!dv.IsEmpty)
            {
                GatherInputs(x, xc, rows, inFeatures, k, c);
                for (int r = 0; r < rows; r++)
                    for (int j = 0; j < inBlocks; j++)
                        xcT[j * rows + r] = xc[r * inBlocks + j];
                GemmF32.Multiply(xcT, dzc, dvc, inBlocks, outBlocks, rows, threads);
                for (int j = 0; j < inBlocks; j++)
                    for (int i = 0; i < outBlocks; i++)
                        dv[(i * inBlocks + j) * k + c] += dvc[j * outBlocks + i];
            }
        }
    }

    /// <summary>X_c [rows, In/k]: entry c of every input block, <c>xc[r, j] = x[r, j·k + c]</c>.</summary>
    private static void GatherInputs(ReadOnlySpan<float> x, Span<float> xc, int rows, int inFeatures, int k, int c)
    {
        int inBlocks = inFeatures / k;
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < inBlocks; j++)
                xc[r * inBlocks + j] = x[r * inFeatures + j * k + c];
    }

    /// <summary>V_c [In/k, Out/k] (<c>vc[j, i] = v(i, j)[c]</c>), or its transpose [Out/k, In/k] when <paramref name="transposed"/>.</summary>
    private static void GatherDiagonals(ReadOnlySpan<float> v, Span<float> vc, int inBlocks, int outBlocks, int k, int c, bool transposed)
    {
        for (int i = 0; i < outBlocks; i++)
            for (int j = 0; j < inBlocks; j++)
                vc[transposed ? i * inBlocks + j : j * outBlocks + i] = v[(i * inBlocks + j) * k + c];
    }

    /// <summary><c>destination[c] += a[c]·b[c]</c>.</summary>
    public static void MultiplyAdd(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> destination)
    {
        int n = destination.Length, c = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var va = MemoryMarshal.Cast<float, Vector<float>>(a[..n]);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..n]);
            var vd = MemoryMarshal.Cast<float, Vector<float>>(destination);
            for (int q = 0; q < vd.Length; q++)
                vd[q] = Vector.FusedMultiplyAdd(va[q], vb[q], vd[q]);
            c = vd.Length * Vector<float>.Count;
        }
        for (; c < n; c++)
            destination[c] = MathF.FusedMultiplyAdd(a[c], b[c], destination[c]);
    }

    /// <summary>Validates the layer sizes and span lengths shared by every kernel here.</summary>
    internal static void Check(int xLength, int mLength, int vLength, int biasLength, int yLength, int rows, int inFeatures, int outFeatures, int k)
    {
        if (k <= 0 || inFeatures <= 0 || outFeatures <= 0 || rows < 0)
            throw new ArgumentException($"VVMA needs positive sizes; got rows {rows}, In {inFeatures}, Out {outFeatures}, k {k}.");
        if (inFeatures % k != 0 || outFeatures % k != 0)
            throw new ArgumentException($"VVMA block size k = {k} must divide In = {inFeatures} and Out = {outFeatures}.");
        if (xLength < (long)rows * inFeatures)
            throw new ArgumentException($"x holds {xLength} floats; {rows}×{inFeatures} needed.");
        if (mLength < k * k)
            throw new ArgumentException($"M holds {mLength} floats; {k}×{k} needed.");
        if (vLength < (long)inFeatures / k * outFeatures)
            throw new ArgumentException($"v holds {vLength} floats; {outFeatures / k}×{inFeatures / k}×{k} needed.");
        if (biasLength != 0 && biasLength != outFeatures)
            throw new ArgumentException($"bias holds {biasLength} floats; {outFeatures} (or none) expected.");
        if (yLength < (long)rows * outFeatures)
            throw new ArgumentException($"The output holds {yLength} floats; {rows}×{outFeatures} needed.");
    }
}
