using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Gemm;

/// <summary>
/// Float GEMM <c>C[M, N] = A[M, K] · B[K, N]</c> where every row k of B is a contiguous run of one buffer starting at
/// <c>rowOffsets[k]</c>: <c>B[k, j] = b[rowOffsets[k] + j]</c>. A stride-1 convolution's im2col matrix is exactly this
/// over its zero-padded input (row (ic, kh, kw) is the input shifted by ic·plane + kh·Wp + kw), so the product reads
/// the input in place, with no im2col matrix and no packing. Single-threaded; callers split work by images.
/// </summary>
/// <remarks>
/// Loads of B are unaligned and may read up to one micro-tile width (32 floats) past column N − 1 of a row: the caller
/// guarantees those addresses are readable (their products land in discarded columns). K is cut in blocks of
/// <see cref="KBlock"/>; leftover rows run as one zero-padded tile (or single rows when few, as in GemmF32).
/// </remarks>
internal static unsafe class ShiftedRowsGemm
{
    /// <summary>Floats past column N − 1 a row read may reach: the widest micro-tile.</summary>
    public const int ReadSlack = 32;

    /// <summary>Rows of K per block. B's rows here are scattered input rows, not one packed panel, so the block is kept small.</summary>
    public const int KBlock = 256;

    [ThreadStatic] private static float[]? t_scratch;

    /// <summary>
    /// <c>c[i·ldc + j] = epilogue(Σ_k a[i·K + k] · b[rowOffsets[k] + j])</c> for i &lt; m, j &lt; n, K = rowOffsets.Length.
    /// </summary>
    public static void Multiply(ReadOnlySpan<float> a, float* b, ReadOnlySpan<int> rowOffsets, int n, float* c, int ldc, int m, PinnedEpilogue epilogue, Isa isa)
    {
        int k = rowOffsets.Length;
        if (a.Length < (long)m * k || ldc < n || m < 0 || n < 0)
            throw new ArgumentException($"A holds {a.Length} floats for M×K = {m}×{k}; C's row stride {ldc} must cover N = {n}.");
        fixed (float* pa = a)
        fixed (int* offsets = rowOffsets)
        {
            switch (isa)
            {
                case Isa.Avx512: Run<Avx512Shifted>(pa, b, offsets, k, n, c, ldc, m, epilogue); break;
                case Isa.Avx2: Run<Avx2Shifted>(pa, b, offsets, k, n, c, ldc, m, epilogue); break;
                default: Run<ScalarShifted>(pa, b, offsets, k, n, c, ldc, m, epilogue); break;
            }
        }
    }

    private static void Run<TKernel>(float* a, float* b, int* offsets, int k, int n, float* c, int ldc, int m, PinnedEpilogue epi)
        where TKernel : struct, IShiftedKernel
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        int fullRows = m / mr * mr, tailRows = m - fullRows;
        bool paddedTail = tailRows >= GemmF32.PaddedTileRows(mr);
        float* scratch = GemmTasks.Scratch(ref t_scratch, mr * nr + mr * KBlock);
        float* edge = scratch, paddedA = scratch + mr * nr;
        for (int p0 = 0; p0 < k; p0 += KBlock)
        {
            int kc = Math.Min(KBlock, k - p0);
            bool accumulate = p0 > 0, last = p0 + kc >= k;
            if (paddedTail)
                GemmF32.PadTailRows(a, k, p0, kc, fullRows, tailRows, mr, paddedA);
            for (int j = 0; j < n; j += nr)
            {
                int cols = Math.Min(nr, n - j);
                float* bj = b + j;
                for (int i = 0; i < fullRows; i += mr)
                    Tile<TKernel>(a + (long)i * k + p0, k, bj, offsets + p0, kc, c + (long)i * ldc + j, ldc, mr, cols, accumulate, last, epi, i, j, edge);
                if (paddedTail)
                    Tile<TKernel>(paddedA, kc, bj, offsets + p0, kc, c + (long)fullRows * ldc + j, ldc, tailRows, cols, accumulate, last, epi, fullRows, j, edge);
                else
                    for (int i = fullRows; i < m; i++)
                    {
                        float* crow = c + (long)i * ldc + j;
                        if (cols == nr)
                            TKernel.Row(a + (long)i * k + p0, bj, offsets + p0, kc, crow, accumulate);
                        else
                        {
                            TKernel.Row(a + (long)i * k + p0, bj, offsets + p0, kc, edge, false);
                            GemmF32.AddEdge(edge, nr, crow, ldc, 1, cols, accumulate);
                        }
                        if (last && epi.Any)
                            epi.Apply(crow, ldc, 1, cols, i, j);
                    }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile<TKernel>(float* a, int lda, float* b, int* offsets, int kc, float* c, int ldc, int rows, int cols, bool accumulate, bool last,
        PinnedEpilogue epi, int i0, int j0, float* edge)
        where TKernel : struct, IShiftedKernel
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        if (rows == mr && cols == nr)
            TKernel.Tile(a, lda, b, offsets, kc, c, ldc, accumulate);
        else
        {
            TKernel.Tile(a, lda, b, offsets, kc, edge, nr, false);
            GemmF32.AddEdge(edge, nr, c, ldc, rows, cols, accumulate);
        }
        if (last && epi.Any)
            epi.Apply(c, ldc, rows, cols, i0, j0);
    }
}

/// <summary>A register-blocked micro-kernel whose B row k starts at <c>b + offsets[k]</c> (unaligned).</summary>
internal unsafe interface IShiftedKernel
{
    static abstract int MR { get; }
    static abstract int NR { get; }

    /// <summary>C[MR×NR] (+)= A[MR×kc] (rows at stride lda) × B rows.</summary>
    static abstract void Tile(float* a, int lda, float* b, int* offsets, int kc, float* c, int ldc, bool accumulate);

    /// <summary>c[0..NR) (+)= Σ_k a[k] · B row k.</summary>
    static abstract void Row(float* a, float* b, int* offsets, int kc, float* c, bool accumulate);
}

/// <summary>8×32 on zmm registers, like <see cref="Avx512F32Kernel"/>.</summary>
internal readonly unsafe struct Avx512Shifted : IShiftedKernel
{
    public static int MR => 8;
    public static int NR => 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(float* a, int lda, float* b, int* offsets, int kc, float* c, int ldc, bool accumulate)
    {
        float* a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda, a6 = a5 + lda, a7 = a6 + lda;
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
        Vector512<float> c40 = default, c41 = default, c50 = default, c51 = default, c60 = default, c61 = default, c70 = default, c71 = default;
        for (int k = 0; k < kc; k++)
        {
            float* br = b + offsets[k];
            var b0 = Avx512F.LoadVector512(br);
            var b1 = Avx512F.LoadVector512(br + 16);
            var x = Vector512.Create(a0[k]); c00 = Avx512F.FusedMultiplyAdd(x, b0, c00); c01 = Avx512F.FusedMultiplyAdd(x, b1, c01);
            x = Vector512.Create(a1[k]); c10 = Avx512F.FusedMultiplyAdd(x, b0, c10); c11 = Avx512F.FusedMultiplyAdd(x, b1, c11);
            x = Vector512.Create(a2[k]); c20 = Avx512F.FusedMultiplyAdd(x, b0, c20); c21 = Avx512F.FusedMultiplyAdd(x, b1, c21);
            x = Vector512.Create(a3[k]); c30 = Avx512F.FusedMultiplyAdd(x, b0, c30); c31 = Avx512F.FusedMultiplyAdd(x, b1, c31);
            x = Vector512.Create(a4[k]); c40 = Avx512F.FusedMultiplyAdd(x, b0, c40); c41 = Avx512F.FusedMultiplyAdd(x, b1, c41);
            x = Vector512.Create(a5[k]); c50 = Avx512F.FusedMultiplyAdd(x, b0, c50); c51 = Avx512F.FusedMultiplyAdd(x, b1, c51);
            x = Vector512.Create(a6[k]); c60 = Avx512F.FusedMultiplyAdd(x, b0, c60); c61 = Avx512F.FusedMultiplyAdd(x, b1, c61);
            x = Vector512.Create(a7[k]); c70 = Avx512F.FusedMultiplyAdd(x, b0, c70); c71 = Avx512F.FusedMultiplyAdd(x, b1, c71);
        }
        Avx512F32Kernel.Store(c, c00, c01, accumulate); c += ldc;
        Avx512F32Kernel.Store(c, c10, c11, accumulate); c += ldc;
        Avx512F32Kernel.Store(c, c20, c21, accumulate); c += ldc;
        Avx512F32Kernel.Store(c, c30, c31, accumulate); c += ldc;
        Avx512F32Kernel.Store(c, c40, c41, accumulate); c += ldc;
        Avx512F32Kernel.Store(c, c50, c51, accumulate); c += ldc;
        Avx512F32Kernel.Store(c, c60, c61, accumulate); c += ldc;
        Avx512F32Kernel.Store(c, c70, c71, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(float* a, float* b, int* offsets, int kc, float* c, bool accumulate)
    {
        Vector512<float> s0 = default, s1 = default, t0 = default, t1 = default;
        int k = 0;
        for (; k <= kc - 2; k += 2)
        {
            float* br = b + offsets[k], bs = b + offsets[k + 1];
            var x = Vector512.Create(a[k]);
            s0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(br), s0);
            s1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(br + 16), s1);
            x = Vector512.Create(a[k + 1]);
            t0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bs), t0);
            t1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(bs + 16), t1);
        }
        for (; k < kc; k++)
        {
            float* br = b + offsets[k];
            var x = Vector512.Create(a[k]);
            s0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(br), s0);
            s1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadVector512(br + 16), s1);
        }
        Avx512F32Kernel.Store(c, s0 + t0, s1 + t1, accumulate);
    }

}

/// <summary>6×16 on ymm registers, like <see cref="Avx2F32Kernel"/>.</summary>
internal readonly unsafe struct Avx2Shifted : IShiftedKernel
{
    public static int MR => 6;
    public static int NR => 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(float* a, int lda, float* b, int* offsets, int kc, float* c, int ldc, bool accumulate)
    {
        float* a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int k = 0; k < kc; k++)
        {
            float* br = b + offsets[k];
            var b0 = Avx.LoadVector256(br);
            var b1 = Avx.LoadVector256(br + 8);
            var x = Vector256.Create(a0[k]); c00 = Fma.MultiplyAdd(x, b0, c00); c01 = Fma.MultiplyAdd(x, b1, c01);
            x = Vector256.Create(a1[k]); c10 = Fma.MultiplyAdd(x, b0, c10); c11 = Fma.MultiplyAdd(x, b1, c11);
            x = Vector256.Create(a2[k]); c20 = Fma.MultiplyAdd(x, b0, c20); c21 = Fma.MultiplyAdd(x, b1, c21);
            x = Vector256.Create(a3[k]); c30 = Fma.MultiplyAdd(x, b0, c30); c31 = Fma.MultiplyAdd(x, b1, c31);
            x = Vector256.Create(a4[k]); c40 = Fma.MultiplyAdd(x, b0, c40); c41 = Fma.MultiplyAdd(x, b1, c41);
            x = Vector256.Create(a5[k]); c50 = Fma.MultiplyAdd(x, b0, c50); c51 = Fma.MultiplyAdd(x, b1, c51);
        }
        Avx2F32Kernel.Store(c, c00, c01, accumulate); c += ldc;
        Avx2F32Kernel.Store(c, c10, c11, accumulate); c += ldc;
        Avx2F32Kernel.Store(c, c20, c21, accumulate); c += ldc;
        Avx2F32Kernel.Store(c, c30, c31, accumulate); c += ldc;
        Avx2F32Kernel.Store(c, c40, c41, accumulate); c += ldc;
        Avx2F32Kernel.Store(c, c50, c51, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(float* a, float* b, int* offsets, int kc, float* c, bool accumulate)
    {
        Vector256<float> s0 = default, s1 = default;
        for (int k = 0; k < kc; k++)
        {
            float* br = b + offsets[k];
            var x = Vector256.Create(a[k]);
            s0 = Fma.MultiplyAdd(x, Avx.LoadVector256(br), s0);
            s1 = Fma.MultiplyAdd(x, Avx.LoadVector256(br + 8), s1);
        }
        Avx2F32Kernel.Store(c, s0, s1, accumulate);
    }

}

/// <summary>Portable 4×8 in plain loops.</summary>
internal readonly unsafe struct ScalarShifted : IShiftedKernel
{
    public static int MR => 4;
    public static int NR => 8;

    public static void Tile(float* a, int lda, float* b, int* offsets, int kc, float* c, int ldc, bool accumulate)
    {
        for (int i = 0; i < 4; i++)
            Row(a + i * lda, b, offsets, kc, c + i * ldc, accumulate);
    }

    public static void Row(float* a, float* b, int* offsets, int kc, float* c, bool accumulate)
    {
        float* acc = stackalloc float[8];
        new Span<float>(acc, 8).Clear();
        for (int k = 0; k < kc; k++)
        {
            float* br = b + offsets[k];
            for (int j = 0; j < 8; j++)
                acc[j] += a[k] * br[j];
        }
        for (int j = 0; j < 8; j++)
            c[j] = accumulate ? c[j] + acc[j] : acc[j];
    }
}
