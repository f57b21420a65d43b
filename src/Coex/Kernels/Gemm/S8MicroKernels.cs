using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Gemm;

/// <summary>
/// A register-blocked u8×s8 micro-kernel: C[MR×NR] (+)= A-panel · B-panel in int32, over a run of K groups.
/// </summary>
/// <remarks>
/// Both panels are 32-bit words holding one K group (see <see cref="PackedS8Weights"/>): the A panel is
/// <c>groups</c> runs of MR words (one per row), the B panel <c>groups</c> runs of NR words (one per column).
/// Sums wrap in int32, which keeps the result exact modulo 2³², so exact whenever the true sum fits int32.
/// </remarks>
internal unsafe interface IS8MicroKernel
{
    static abstract int MR { get; }
    static abstract int NR { get; }
    /// <summary>True when words are two s16 (k pairs, for vpmaddwd); false when they are four bytes (k quads).</summary>
    static abstract bool Widened { get; }

    /// <summary>Full tile; <paramref name="c"/> has row stride <paramref name="ldc"/>; overwrite unless <paramref name="accumulate"/>.</summary>
    static abstract void Tile(int* a, int* b, int groups, int* c, int ldc, bool accumulate);

    /// <summary>One row: c[0..NR) (+)= Σ_g a[g]·b[g, 0..NR); <paramref name="a"/> is one word per group.</summary>
    static abstract void Row(int* a, int* b, int groups, int* c, bool accumulate);
}

/// <summary>
/// 6×16 tile with 256-bit vpdpbusd (u8×s8, four k per int32 lane, no saturation): 12 accumulators,
/// two B vectors and one broadcast fit the 15 of 16 ymm registers VEX encoding allows.
/// </summary>
internal readonly unsafe struct AvxVnniS8Kernel : IS8MicroKernel
{
    public static int MR => 6;
    public static int NR => 16;
    public static bool Widened => false;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(int* a, int* b, int groups, int* c, int ldc, bool accumulate)
    {
        Vector256<int> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<int> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int g = 0; g < groups; g++, a += 6, b += 16)
        {
            var b0 = Avx.LoadAlignedVector256(b).AsSByte();
            var b1 = Avx.LoadAlignedVector256(b + 8).AsSByte();
            var x = Vector256.Create(a[0]).AsByte(); c00 = AvxVnni.MultiplyWideningAndAdd(c00, x, b0); c01 = AvxVnni.MultiplyWideningAndAdd(c01, x, b1);
            x = Vector256.Create(a[1]).AsByte(); c10 = AvxVnni.MultiplyWideningAndAdd(c10, x, b0); c11 = AvxVnni.MultiplyWideningAndAdd(c11, x, b1);
            x = Vector256.Create(a[2]).AsByte(); c20 = AvxVnni.MultiplyWideningAndAdd(c20, x, b0); c21 = AvxVnni.MultiplyWideningAndAdd(c21, x, b1);
            x = Vector256.Create(a[3]).AsByte(); c30 = AvxVnni.MultiplyWideningAndAdd(c30, x, b0); c31 = AvxVnni.MultiplyWideningAndAdd(c31, x, b1);
            x = Vector256.Create(a[4]).AsByte(); c40 = AvxVnni.MultiplyWideningAndAdd(c40, x, b0); c41 = AvxVnni.MultiplyWideningAndAdd(c41, x, b1);
            x = Vector256.Create(a[5]).AsByte(); c50 = AvxVnni.MultiplyWideningAndAdd(c50, x, b0); c51 = AvxVnni.MultiplyWideningAndAdd(c51, x, b1);
        }
        S8Store.Ymm(c, c00, c01, accumulate); c += ldc;
        S8Store.Ymm(c, c10, c11, accumulate); c += ldc;
        S8Store.Ymm(c, c20, c21, accumulate); c += ldc;
        S8Store.Ymm(c, c30, c31, accumulate); c += ldc;
        S8Store.Ymm(c, c40, c41, accumulate); c += ldc;
        S8Store.Ymm(c, c50, c51, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(int* a, int* b, int groups, int* c, bool accumulate)
    {
        // Four independent accumulator pairs hide vpdpbusd latency on the single-row (GEMV) path.
        Vector256<int> s0 = default, s1 = default, t0 = default, t1 = default, u0 = default, u1 = default, v0 = default, v1 = default;
        int g = 0;
        for (; g <= groups - 4; g += 4, b += 64)
        {
            var x = Vector256.Create(a[g]).AsByte();
            s0 = AvxVnni.MultiplyWideningAndAdd(s0, x, Avx.LoadAlignedVector256(b).AsSByte());
            s1 = AvxVnni.MultiplyWideningAndAdd(s1, x, Avx.LoadAlignedVector256(b + 8).AsSByte());
            x = Vector256.Create(a[g + 1]).AsByte();
            t0 = AvxVnni.MultiplyWideningAndAdd(t0, x, Avx.LoadAlignedVector256(b + 16).AsSByte());
            t1 = AvxVnni.MultiplyWideningAndAdd(t1, x, Avx.LoadAlignedVector256(b + 24).AsSByte());
            x = Vector256.Create(a[g + 2]).AsByte();
            u0 = AvxVnni.MultiplyWideningAndAdd(u0, x, Avx.LoadAlignedVector256(b + 32).AsSByte());
            u1 = AvxVnni.MultiplyWideningAndAdd(u1, x, Avx.LoadAlignedVector256(b + 40).AsSByte());
            x = Vector256.Create(a[g + 3]).AsByte();
            v0 = AvxVnni.MultiplyWideningAndAdd(v0, x, Avx.LoadAlignedVector256(b + 48).AsSByte());
            v1 = AvxVnni.MultiplyWideningAndAdd(v1, x, Avx.LoadAlignedVector256(b + 56).AsSByte());
        }
        for (; g < groups; g++, b += 16)
        {
            var x = Vector256.Create(a[g]).AsByte();
            s0 = AvxVnni.MultiplyWideningAndAdd(s0, x, Avx.LoadAlignedVector256(b).AsSByte());
            s1 = AvxVnni.MultiplyWideningAndAdd(s1, x, Avx.LoadAlignedVector256(b + 8).AsSByte());
        }
        S8Store.Ymm(c, (s0 + t0) + (u0 + v0), (s1 + t1) + (u1 + v1), accumulate);
    }
}

/// <summary>
/// 8×32 tile with 512-bit vpmaddwd on s16 pairs (exact: |a·b + a'·b'| ≤ 2·255·128): 16 accumulators, two B
/// vectors, one broadcast. vpmaddubsw is not used because it saturates at int16 (255·−128·2 overflows).
/// </summary>
internal readonly unsafe struct Avx512S8Kernel : IS8MicroKernel
{
    public static int MR => 8;
    public static int NR => 32;
    public static bool Widened => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Madd(Vector512<int> acc, Vector512<short> x, Vector512<short> y)
        => Avx512F.Add(acc, Avx512BW.MultiplyAddAdjacent(x, y));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(int* a, int* b, int groups, int* c, int ldc, bool accumulate)
    {
        Vector512<int> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
        Vector512<int> c40 = default, c41 = default, c50 = default, c51 = default, c60 = default, c61 = default, c70 = default, c71 = default;
        for (int g = 0; g < groups; g++, a += 8, b += 32)
        {
            var b0 = Avx512F.LoadAlignedVector512(b).AsInt16();
            var b1 = Avx512F.LoadAlignedVector512(b + 16).AsInt16();
            var x = Vector512.Create(a[0]).AsInt16(); c00 = Madd(c00, x, b0); c01 = Madd(c01, x, b1);
            x = Vector512.Create(a[1]).AsInt16(); c10 = Madd(c10, x, b0); c11 = Madd(c11, x, b1);
            x = Vector512.Create(a[2]).AsInt16(); c20 = Madd(c20, x, b0); c21 = Madd(c21, x, b1);
            x = Vector512.Create(a[3]).AsInt16(); c30 = Madd(c30, x, b0); c31 = Madd(c31, x, b1);
            x = Vector512.Create(a[4]).AsInt16(); c40 = Madd(c40, x, b0); c41 = Madd(c41, x, b1);
            x = Vector512.Create(a[5]).AsInt16(); c50 = Madd(c50, x, b0); c51 = Madd(c51, x, b1);
            x = Vector512.Create(a[6]).AsInt16(); c60 = Madd(c60, x, b0); c61 = Madd(c61, x, b1);
            x = Vector512.Create(a[7]).AsInt16(); c70 = Madd(c70, x, b0); c71 = Madd(c71, x, b1);
        }
        S8Store.Zmm(c, c00, c01, accumulate); c += ldc;
        S8Store.Zmm(c, c10, c11, accumulate); c += ldc;
        S8Store.Zmm(c, c20, c21, accumulate); c += ldc;
        S8Store.Zmm(c, c30, c31, accumulate); c += ldc;
        S8Store.Zmm(c, c40, c41, accumulate); c += ldc;
        S8Store.Zmm(c, c50, c51, accumulate); c += ldc;
        S8Store.Zmm(c, c60, c61, accumulate); c += ldc;
        S8Store.Zmm(c, c70, c71, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(int* a, int* b, int groups, int* c, bool accumulate)
    {
        Vector512<int> s0 = default, s1 = default, t0 = default, t1 = default, u0 = default, u1 = default, v0 = default, v1 = default;
        int g = 0;
        for (; g <= groups - 4; g += 4, b += 128)
        {
            var x = Vector512.Create(a[g]).AsInt16();
            s0 = Madd(s0, x, Avx512F.LoadAlignedVector512(b).AsInt16());
            s1 = Madd(s1, x, Avx512F.LoadAlignedVector512(b + 16).AsInt16());
            x = Vector512.Create(a[g + 1]).AsInt16();
            t0 = Madd(t0, x, Avx512F.LoadAlignedVector512(b + 32).AsInt16());
            t1 = Madd(t1, x, Avx512F.LoadAlignedVector512(b + 48).AsInt16());
            x = Vector512.Create(a[g + 2]).AsInt16();
            u0 = Madd(u0, x, Avx512F.LoadAlignedVector512(b + 64).AsInt16());
            u1 = Madd(u1, x, Avx512F.LoadAlignedVector512(b + 80).AsInt16());
            x = Vector512.Create(a[g + 3]).AsInt16();
            v0 = Madd(v0, x, Avx512F.LoadAlignedVector512(b + 96).AsInt16());
            v1 = Madd(v1, x, Avx512F.LoadAlignedVector512(b + 112).AsInt16());
        }
        for (; g < groups; g++, b += 32)
        {
            var x = Vector512.Create(a[g]).AsInt16();
            s0 = Madd(s0, x, Avx512F.LoadAlignedVector512(b).AsInt16());
            s1 = Madd(s1, x, Avx512F.LoadAlignedVector512(b + 16).AsInt16());
        }
        S8Store.Zmm(c, (s0 + t0) + (u0 + v0), (s1 + t1) + (u1 + v1), accumulate);
    }
}

/// <summary>6×16 tile with 256-bit vpmaddwd on s16 pairs (exact), for AVX2 machines without VNNI.</summary>
internal readonly unsafe struct Avx2S8Kernel : IS8MicroKernel
{
    public static int MR => 6;
    public static int NR => 16;
    public static bool Widened => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Madd(Vector256<int> acc, Vector256<short> x, Vector256<short> y)
        => Avx2.Add(acc, Avx2.MultiplyAddAdjacent(x, y));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(int* a, int* b, int groups, int* c, int ldc, bool accumulate)
    {
        Vector256<int> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<int> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int g = 0; g < groups; g++, a += 6, b += 16)
        {
            var b0 = Avx.LoadAlignedVector256(b).AsInt16();
            var b1 = Avx.LoadAlignedVector256(b + 8).AsInt16();
            var x = Vector256.Create(a[0]).AsInt16(); c00 = Madd(c00, x, b0); c01 = Madd(c01, x, b1);
            x = Vector256.Create(a[1]).AsInt16(); c10 = Madd(c10, x, b0); c11 = Madd(c11, x, b1);
            x = Vector256.Create(a[2]).AsInt16(); c20 = Madd(c20, x, b0); c21 = Madd(c21, x, b1);
            x = Vector256.Create(a[3]).AsInt16(); c30 = Madd(c30, x, b0); c31 = Madd(c31, x, b1);
            x = Vector256.Create(a[4]).AsInt16(); c40 = Madd(c40, x, b0); c41 = Madd(c41, x, b1);
            x = Vector256.Create(a[5]).AsInt16(); c50 = Madd(c50, x, b0); c51 = Madd(c51, x, b1);
        }
        S8Store.Ymm(c, c00, c01, accumulate); c += ldc;
        S8Store.Ymm(c, c10, c11, accumulate); c += ldc;
        S8Store.Ymm(c, c20, c21, accumulate); c += ldc;
        S8Store.Ymm(c, c30, c31, accumulate); c += ldc;
        S8Store.Ymm(c, c40, c41, accumulate); c += ldc;
        S8Store.Ymm(c, c50, c51, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(int* a, int* b, int groups, int* c, bool accumulate)
    {
        Vector256<int> s0 = default, s1 = default, t0 = default, t1 = default;
        int g = 0;
        for (; g <= groups - 2; g += 2, b += 32)
        {
            var x = Vector256.Create(a[g]).AsInt16();
            s0 = Madd(s0, x, Avx.LoadAlignedVector256(b).AsInt16());
            s1 = Madd(s1, x, Avx.LoadAlignedVector256(b + 8).AsInt16());
            x = Vector256.Create(a[g + 1]).AsInt16();
            t0 = Madd(t0, x, Avx.LoadAlignedVector256(b + 16).AsInt16());
            t1 = Madd(t1, x, Avx.LoadAlignedVector256(b + 24).AsInt16());
        }
        for (; g < groups; g++, b += 16)
        {
            var x = Vector256.Create(a[g]).AsInt16();
            s0 = Madd(s0, x, Avx.LoadAlignedVector256(b).AsInt16());
            s1 = Madd(s1, x, Avx.LoadAlignedVector256(b + 8).AsInt16());
        }
        S8Store.Ymm(c, s0 + t0, s1 + t1, accumulate);
    }
}

/// <summary>Portable 4×8 tile in plain loops over byte quads (the VNNI layout), for machines without AVX2.</summary>
internal readonly unsafe struct ScalarS8Kernel : IS8MicroKernel
{
    public static int MR => 4;
    public static int NR => 8;
    public static bool Widened => false;

    public static void Tile(int* a, int* b, int groups, int* c, int ldc, bool accumulate)
    {
        int* acc = stackalloc int[4 * 8];
        new Span<int>(acc, 32).Clear();
        for (int g = 0; g < groups; g++, a += 4, b += 8)
            for (int i = 0; i < 4; i++)
            {
                byte* x = (byte*)(a + i);
                for (int j = 0; j < 8; j++)
                {
                    sbyte* y = (sbyte*)(b + j);
                    acc[i * 8 + j] += x[0] * y[0] + x[1] * y[1] + x[2] * y[2] + x[3] * y[3];
                }
            }
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 8; j++)
                c[i * ldc + j] = accumulate ? c[i * ldc + j] + acc[i * 8 + j] : acc[i * 8 + j];
    }

    public static void Row(int* a, int* b, int groups, int* c, bool accumulate)
    {
        int* acc = stackalloc int[8];
        new Span<int>(acc, 8).Clear();
        for (int g = 0; g < groups; g++, b += 8)
        {
            byte* x = (byte*)(a + g);
            for (int j = 0; j < 8; j++)
            {
                sbyte* y = (sbyte*)(b + j);
                acc[j] += x[0] * y[0] + x[1] * y[1] + x[2] * y[2] + x[3] * y[3];
            }
        }
        for (int j = 0; j < 8; j++)
            c[j] = accumulate ? c[j] + acc[j] : acc[j];
    }
}

/// <summary>Tile-row stores shared by the SIMD int8 kernels.</summary>
internal static unsafe class S8Store
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ymm(int* c, Vector256<int> v0, Vector256<int> v1, bool accumulate)
    {
        if (accumulate)
        {
            v0 += Vector256.Load(c);
            v1 += Vector256.Load(c + 8);
        }
        v0.Store(c);
        v1.Store(c + 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Zmm(int* c, Vector512<int> v0, Vector512<int> v1, bool accumulate)
    {
        if (accumulate)
        {
            v0 += Vector512.Load(c);
            v1 += Vector512.Load(c + 16);
        }
        v0.Store(c);
        v1.Store(c + 16);
    }
}
