using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Gemm;

/// <summary>
/// A register-blocked float micro-kernel: C[MR×NR] (+)= A[MR×kc] × B-panel[kc×NR].
/// A is read in place (MR rows of stride lda, consecutive along k), so A is never packed: the rows stream
/// through the prefetcher, and packing would cost as much as the multiply when N is small.
/// </summary>
internal unsafe interface IF32MicroKernel
{
    static abstract int MR { get; }
    static abstract int NR { get; }

    /// <summary>
    /// Full tile: MR rows of A at stride <paramref name="lda"/>; <paramref name="c"/> has row stride <paramref name="ldc"/>;
    /// overwrite unless <paramref name="accumulate"/>. A non-null <paramref name="epilogue"/> is applied to the finished
    /// tile, whose first element is C[<paramref name="i0"/>, <paramref name="j0"/>].
    /// </summary>
    static abstract void Tile(float* a, int lda, float* b, int kc, float* c, int ldc, bool accumulate, PinnedEpilogue* epilogue, int i0, int j0);

    /// <summary>One row: c[0..NR) (+)= Σ_k a[k]·b[k, 0..NR); <paramref name="a"/> is kc contiguous floats.</summary>
    static abstract void Row(float* a, float* b, int kc, float* c, bool accumulate);
}

/// <summary>8×32 tile on zmm registers: 16 accumulators, two B vectors, one broadcast.</summary>
internal readonly unsafe struct Avx512F32Kernel : IF32MicroKernel
{
    public static int MR => 8;
    public static int NR => 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(float* a, int lda, float* b, int kc, float* c, int ldc, bool accumulate, PinnedEpilogue* epilogue, int i0, int j0)
    {
        float* a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda, a6 = a5 + lda, a7 = a6 + lda;
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
        Vector512<float> c40 = default, c41 = default, c50 = default, c51 = default, c60 = default, c61 = default, c70 = default, c71 = default;
        for (int k = 0; k < kc; k++, b += 32)
        {
            // The first tile over a panel pulls B from L3; fetching 8 rows ahead hides that latency.
            Sse.Prefetch0(b + 256);
            Sse.Prefetch0(b + 272);
            var b0 = Avx512F.LoadAlignedVector512(b);
            var b1 = Avx512F.LoadAlignedVector512(b + 16);
            var x = Vector512.Create(a0[k]); c00 = Avx512F.FusedMultiplyAdd(x, b0, c00); c01 = Avx512F.FusedMultiplyAdd(x, b1, c01);
            x = Vector512.Create(a1[k]); c10 = Avx512F.FusedMultiplyAdd(x, b0, c10); c11 = Avx512F.FusedMultiplyAdd(x, b1, c11);
            x = Vector512.Create(a2[k]); c20 = Avx512F.FusedMultiplyAdd(x, b0, c20); c21 = Avx512F.FusedMultiplyAdd(x, b1, c21);
            x = Vector512.Create(a3[k]); c30 = Avx512F.FusedMultiplyAdd(x, b0, c30); c31 = Avx512F.FusedMultiplyAdd(x, b1, c31);
            x = Vector512.Create(a4[k]); c40 = Avx512F.FusedMultiplyAdd(x, b0, c40); c41 = Avx512F.FusedMultiplyAdd(x, b1, c41);
            x = Vector512.Create(a5[k]); c50 = Avx512F.FusedMultiplyAdd(x, b0, c50); c51 = Avx512F.FusedMultiplyAdd(x, b1, c51);
            x = Vector512.Create(a6[k]); c60 = Avx512F.FusedMultiplyAdd(x, b0, c60); c61 = Avx512F.FusedMultiplyAdd(x, b1, c61);
            x = Vector512.Create(a7[k]); c70 = Avx512F.FusedMultiplyAdd(x, b0, c70); c71 = Avx512F.FusedMultiplyAdd(x, b1, c71);
        }
        if (epilogue != null)
        {
            if (epilogue->BiasAndClampOnly)
                FinishBiasClamp(c, ldc, accumulate, epilogue, i0, j0, c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71);
            else
                Finish(c, ldc, accumulate, epilogue, i0, j0, c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71);
            return;
        }
        Store(c, c00, c01, accumulate); c += ldc;
        Store(c, c10, c11, accumulate); c += ldc;
        Store(c, c20, c21, accumulate); c += ldc;
        Store(c, c30, c31, accumulate); c += ldc;
        Store(c, c40, c41, accumulate); c += ldc;
        Store(c, c50, c51, accumulate); c += ldc;
        Store(c, c60, c61, accumulate); c += ldc;
        Store(c, c70, c71, accumulate);
    }

    /// <summary>
    /// Stores a finished tile through the epilogue. Not inlined: with the epilogue's temporaries in the same method, the
    /// JIT spilled every accumulator to the stack on each pass of the k loop, which made the product 3× slower.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Finish(float* c, int ldc, bool accumulate, PinnedEpilogue* epilogue, int i0, int j0,
        Vector512<float> c00, Vector512<float> c01, Vector512<float> c10, Vector512<float> c11, Vector512<float> c20, Vector512<float> c21,
        Vector512<float> c30, Vector512<float> c31, Vector512<float> c40, Vector512<float> c41, Vector512<float> c50, Vector512<float> c51,
        Vector512<float> c60, Vector512<float> c61, Vector512<float> c70, Vector512<float> c71)
    {
        Store(c, c00, c01, accumulate, epilogue, i0, j0, ldc); c += ldc;
        Store(c, c10, c11, accumulate, epilogue, i0 + 1, j0, ldc); c += ldc;
        Store(c, c20, c21, accumulate, epilogue, i0 + 2, j0, ldc); c += ldc;
        Store(c, c30, c31, accumulate, epilogue, i0 + 3, j0, ldc); c += ldc;
        Store(c, c40, c41, accumulate, epilogue, i0 + 4, j0, ldc); c += ldc;
        Store(c, c50, c51, accumulate, epilogue, i0 + 5, j0, ldc); c += ldc;
        Store(c, c60, c61, accumulate, epilogue, i0 + 6, j0, ldc); c += ldc;
        Store(c, c70, c71, accumulate, epilogue, i0 + 7, j0, ldc);
    }

    /// <summary>
    /// <see cref="Finish"/> for an epilogue of biases and a clamp only, with the column bias and the bounds loaded once
    /// per tile. The general path kept every value on the stack and clamped with IEEE min/max (a range and two fix-ups
    /// each): measured in one process (1 thread), it made 64×784×256 + bias + ReLU 5% slower than the bare product, and
    /// 64×256×128 16%.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FinishBiasClamp(float* c, int ldc, bool accumulate, PinnedEpilogue* epilogue, int i0, int j0,
        Vector512<float> c00, Vector512<float> c01, Vector512<float> c10, Vector512<float> c11, Vector512<float> c20, Vector512<float> c21,
        Vector512<float> c30, Vector512<float> c31, Vector512<float> c40, Vector512<float> c41, Vector512<float> c50, Vector512<float> c51,
        Vector512<float> c60, Vector512<float> c61, Vector512<float> c70, Vector512<float> c71)
    {
        float* rowBias = epilogue->RowBias == null ? null : epilogue->RowBias + i0;
        float* colBias = epilogue->ColumnBias;
        bool columnBias = colBias != null;
        var col0 = columnBias ? Vector512.Load(colBias + j0) : default;
        var col1 = columnBias ? Vector512.Load(colBias + j0 + 16) : default;
        bool clamp = epilogue->Clamps;
        var lo = Vector512.Create(epilogue->Min);
        var hi = Vector512.Create(epilogue->Max);
        StoreBiasClamp(c, c00, c01, accumulate, rowBias, 0, columnBias, col0, col1, clamp, lo, hi); c += ldc;
        StoreBiasClamp(c, c10, c11, accumulate, rowBias, 1, columnBias, col0, col1, clamp, lo, hi); c += ldc;
        StoreBiasClamp(c, c20, c21, accumulate, rowBias, 2, columnBias, col0, col1, clamp, lo, hi); c += ldc;
        StoreBiasClamp(c, c30, c31, accumulate, rowBias, 3, columnBias, col0, col1, clamp, lo, hi); c += ldc;
        StoreBiasClamp(c, c40, c41, accumulate, rowBias, 4, columnBias, col0, col1, clamp, lo, hi); c += ldc;
        StoreBiasClamp(c, c50, c51, accumulate, rowBias, 5, columnBias, col0, col1, clamp, lo, hi); c += ldc;
        StoreBiasClamp(c, c60, c61, accumulate, rowBias, 6, columnBias, col0, col1, clamp, lo, hi); c += ldc;
        StoreBiasClamp(c, c70, c71, accumulate, rowBias, 7, columnBias, col0, col1, clamp, lo, hi);
    }

    /// <summary>One row of <see cref="FinishBiasClamp"/>: additions in the order of <see cref="PinnedEpilogue.Apply(Vector512{float}, int, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreBiasClamp(float* c, Vector512<float> v0, Vector512<float> v1, bool accumulate, float* rowBias, int r,
        bool columnBias, Vector512<float> col0, Vector512<float> col1, bool clamp, Vector512<float> lo, Vector512<float> hi)
    {
        if (accumulate)
        {
            v0 += Vector512.Load(c);
            v1 += Vector512.Load(c + 16);
        }
        if (rowBias != null)
        {
            var add = Vector512.Create(rowBias[r]);
            v0 += add;
            v1 += add;
        }
        if (columnBias)
        {
            v0 += col0;
            v1 += col1;
        }
        if (clamp)
        {
            v0 = Lanes512.Clamp(v0, lo, hi);
            v1 = Lanes512.Clamp(v1, lo, hi);
        }
        v0.Store(c);
        v1.Store(c + 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(float* a, float* b, int kc, float* c, bool accumulate)
    {
        // Four independent accumulator pairs hide FMA latency on the single-row (GEMV) path.
        Vector512<float> s0 = default, s1 = default, t0 = default, t1 = default, u0 = default, u1 = default, v0 = default, v1 = default;
        int k = 0;
        for (; k <= kc - 4; k += 4, b += 128)
        {
            var x = Vector512.Create(a[k]);
            s0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b), s0);
            s1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 16), s1);
            x = Vector512.Create(a[k + 1]);
            t0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 32), t0);
            t1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 48), t1);
            x = Vector512.Create(a[k + 2]);
            u0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 64), u0);
            u1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 80), u1);
            x = Vector512.Create(a[k + 3]);
            v0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 96), v0);
            v1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 112), v1);
        }
        for (; k < kc; k++, b += 32)
        {
            var x = Vector512.Create(a[k]);
            s0 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b), s0);
            s1 = Avx512F.FusedMultiplyAdd(x, Avx512F.LoadAlignedVector512(b + 16), s1);
        }
        Store(c, (s0 + t0) + (u0 + v0), (s1 + t1) + (u1 + v1), accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(float* c, Vector512<float> v0, Vector512<float> v1, bool accumulate)
    {
        if (accumulate)
        {
            v0 += Vector512.Load(c);
            v1 += Vector512.Load(c + 16);
        }
        v0.Store(c);
        v1.Store(c + 16);
    }

    /// <summary><see cref="Store(float*, Vector512{float}, Vector512{float}, bool)"/> of C's row i, columns j.., through the epilogue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(float* c, Vector512<float> v0, Vector512<float> v1, bool accumulate, PinnedEpilogue* epilogue, int i, int j, int ldc)
    {
        if (accumulate)
        {
            v0 += Vector512.Load(c);
            v1 += Vector512.Load(c + 16);
        }
        v0 = epilogue->Apply(v0, i, j, ldc);
        v1 = epilogue->Apply(v1, i, j + 16, ldc);
        v0.Store(c);
        v1.Store(c + 16);
    }
}

/// <summary>6×16 tile on ymm registers: 12 accumulators, two B vectors, one broadcast (15 of 16 registers).</summary>
internal readonly unsafe struct Avx2F32Kernel : IF32MicroKernel
{
    public static int MR => 6;
    public static int NR => 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(float* a, int lda, float* b, int kc, float* c, int ldc, bool accumulate, PinnedEpilogue* epilogue, int i0, int j0)
    {
        float* a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
        float* tile = c;
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int k = 0; k < kc; k++, b += 16)
        {
            var b0 = Avx.LoadAlignedVector256(b);
            var b1 = Avx.LoadAlignedVector256(b + 8);
            var x = Vector256.Create(a0[k]); c00 = Fma.MultiplyAdd(x, b0, c00); c01 = Fma.MultiplyAdd(x, b1, c01);
            x = Vector256.Create(a1[k]); c10 = Fma.MultiplyAdd(x, b0, c10); c11 = Fma.MultiplyAdd(x, b1, c11);
            x = Vector256.Create(a2[k]); c20 = Fma.MultiplyAdd(x, b0, c20); c21 = Fma.MultiplyAdd(x, b1, c21);
            x = Vector256.Create(a3[k]); c30 = Fma.MultiplyAdd(x, b0, c30); c31 = Fma.MultiplyAdd(x, b1, c31);
            x = Vector256.Create(a4[k]); c40 = Fma.MultiplyAdd(x, b0, c40); c41 = Fma.MultiplyAdd(x, b1, c41);
            x = Vector256.Create(a5[k]); c50 = Fma.MultiplyAdd(x, b0, c50); c51 = Fma.MultiplyAdd(x, b1, c51);
        }
        Store(c, c00, c01, accumulate); c += ldc;
        Store(c, c10, c11, accumulate); c += ldc;
        Store(c, c20, c21, accumulate); c += ldc;
        Store(c, c30, c31, accumulate); c += ldc;
        Store(c, c40, c41, accumulate); c += ldc;
        Store(c, c50, c51, accumulate);
        if (epilogue != null)
            epilogue->Apply(tile, ldc, 6, 16, i0, j0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(float* a, float* b, int kc, float* c, bool accumulate)
    {
        Vector256<float> s0 = default, s1 = default, t0 = default, t1 = default;
        int k = 0;
        for (; k <= kc - 2; k += 2, b += 32)
        {
            var x = Vector256.Create(a[k]);
            s0 = Fma.MultiplyAdd(x, Avx.LoadAlignedVector256(b), s0);
            s1 = Fma.MultiplyAdd(x, Avx.LoadAlignedVector256(b + 8), s1);
            x = Vector256.Create(a[k + 1]);
            t0 = Fma.MultiplyAdd(x, Avx.LoadAlignedVector256(b + 16), t0);
            t1 = Fma.MultiplyAdd(x, Avx.LoadAlignedVector256(b + 24), t1);
        }
        for (; k < kc; k++, b += 16)
        {
            var x = Vector256.Create(a[k]);
            s0 = Fma.MultiplyAdd(x, Avx.LoadAlignedVector256(b), s0);
            s1 = Fma.MultiplyAdd(x, Avx.LoadAlignedVector256(b + 8), s1);
        }
        Store(c, s0 + t0, s1 + t1, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(float* c, Vector256<float> v0, Vector256<float> v1, bool accumulate)
    {
        if (accumulate)
        {
            v0 += Vector256.Load(c);
            v1 += Vector256.Load(c + 8);
        }
        v0.Store(c);
        v1.Store(c + 8);
    }
}

/// <summary>Portable 4×8 tile in plain loops, for machines (or runs) without AVX2.</summary>
internal readonly unsafe struct ScalarF32Kernel : IF32MicroKernel
{
    public static int MR => 4;
    public static int NR => 8;

    public static void Tile(float* a, int lda, float* b, int kc, float* c, int ldc, bool accumulate, PinnedEpilogue* epilogue, int i0, int j0)
    {
        float* acc = stackalloc float[4 * 8];
        new Span<float>(acc, 32).Clear();
        for (int k = 0; k < kc; k++, b += 8)
            for (int i = 0; i < 4; i++)
            {
                float x = a[i * lda + k];
                for (int j = 0; j < 8; j++)
                    acc[i * 8 + j] += x * b[j];
            }
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 8; j++)
                c[i * ldc + j] = accumulate ? c[i * ldc + j] + acc[i * 8 + j] : acc[i * 8 + j];
        if (epilogue != null)
            epilogue->Apply(c, ldc, 4, 8, i0, j0);
    }

    public static void Row(float* a, float* b, int kc, float* c, bool accumulate)
    {
        float* acc = stackalloc float[8];
        new Span<float>(acc, 8).Clear();
        for (int k = 0; k < kc; k++, b += 8)
            for (int j = 0; j < 8; j++)
                acc[j] += a[k] * b[j];
        for (int j = 0; j < 8; j++)
            c[j] = accumulate ? c[j] + acc[j] : acc[j];
    }
}
