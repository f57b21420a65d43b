using Coex.Kernels;
using Coex.Kernels.Gemm;
using Coex.Kernels.Reference;
using Coex.Tensors;

namespace Coex.Tests.Kernels;

[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class GemmF32Tests
{
    public static TheoryData<Isa, DType> Paths()
    {
        var data = new TheoryData<Isa, DType>();
        foreach (var isa in new[] { Isa.Scalar, Isa.Avx2, Isa.Avx512 })
            if (CpuFeatures.Supports(isa))
                foreach (var f in new[] { DType.F32, DType.F16, DType.BF16 })
                    data.Add(isa, f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Matches_reference_over_awkward_shapes(Isa isa, DType format)
    {
        var rng = new Random(1234 + (int)isa * 10 + (int)format);
        int[] sizes = TestData.AwkwardSizes;
        int cases = 0;
        foreach (int m in sizes)
            foreach (int n in sizes)
            {
                // K sweeps the sizes round-robin and includes one value past the 256-row K block of F16/BF16 weights (longer F32
                // blocks: Large_and_multiblock_shapes).
                int k = cases % 5 == 0 ? 300 : sizes[(m + n + cases) % sizes.Length];
                cases++;
                CheckOne(rng, isa, format, m, n, k, threads: cases % 3 == 0 ? 1 : 2);
            }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(200, 33, 513)]
    [InlineData(385, 70, 17)]
    [InlineData(23, 37, 1100)] // two F32 K blocks of 550, five F16 blocks of 220
    [InlineData(3, 40, 2100)]  // row mode over three F32 K blocks
    public void Large_and_multiblock_shapes(int m, int n, int k)
    {
        foreach (var format in new[] { DType.F32, DType.F16 })
            CheckOne(new Random(m * 31 + n), GemmF32.DefaultIsa, format, m, n, k, threads: 2);
    }

    [Fact]
    public void F32_weights_take_longer_k_blocks_than_widened_ones()
    {
        var b = new float[1100 * 8];
        Assert.Equal(550, GemmF32.Pack(b, 1100, 8).KBlock);
        Assert.Equal(220, GemmF32.Pack(b, 1100, 8, DType.F16).KBlock);
        Assert.Equal(784, GemmF32.Pack(b, 784, 8).KBlock);
    }

    [Fact]
    public void Result_is_bitwise_identical_for_any_thread_count()
    {
        var rng = new Random(5);
        const int m = 97, n = 130, k = 300;
        var a = TestData.Floats(rng, m * k);
        var b = GemmF32.Pack(TestData.Floats(rng, k * n), k, n);
        var c1 = new float[m * n];
        var c2 = new float[m * n];
        var c3 = new float[m * n];
        GemmF32.Multiply(a, b, c1, m, threads: 1);
        GemmF32.Multiply(a, b, c2, m, threads: 2);
        GemmF32.Multiply(a, b, c3, m, threads: 7);
        Assert.Equal(c1, c2);
        Assert.Equal(c1, c3);
    }

    [Fact]
    public void Every_finite_half_weight_is_widened_exactly_inside_the_gemm()
    {
        // B holds every finite f16 bit pattern once (non-finite ones replaced by zero, since 0·∞ would poison the sums);
        // A is the identity, so C must reproduce B's widened values bit for bit, subnormals included.
        const int size = 256;
        var b = new float[size * size];
        for (int i = 0; i < b.Length; i++)
        {
            var h = BitConverter.UInt16BitsToHalf((ushort)i);
            b[i] = Half.IsFinite(h) ? (float)h : 0f;
        }
        var identity = new float[size * size];
        for (int i = 0; i < size; i++)
            identity[i * size + i] = 1f;
        foreach (var isa in new[] { Isa.Scalar, Isa.Avx2, Isa.Avx512 })
        {
            if (!CpuFeatures.Supports(isa))
                continue;
            var c = new float[size * size];
            GemmF32.Multiply(identity, GemmF32.Pack(b, size, size, DType.F16, isa), c, size);
            for (int i = 0; i < b.Length; i++)
                Assert.True(c[i] == b[i], $"{isa}: half 0x{i:X4} widened to {c[i]:R}, expected {b[i]:R}");
        }
    }

    [Fact]
    public void Repack_reuses_storage_and_matches_a_fresh_pack()
    {
        var rng = new Random(11);
        const int m = 9, n = 45, k = 270;
        var a = TestData.Floats(rng, m * k);
        var packed = GemmF32.Pack(TestData.Floats(rng, k * n), k, n);
        var b2 = TestData.Floats(rng, k * n);
        GemmF32.Repack(packed, b2);
        var viaRepack = new float[m * n];
        var viaPack = new float[m * n];
        GemmF32.Multiply(a, packed, viaRepack, m);
        GemmF32.Multiply(a, GemmF32.Pack(b2, k, n), viaPack, m);
        Assert.Equal(viaPack, viaRepack);
        Assert.Throws<ArgumentException>(() => GemmF32.Repack(packed, new float[k * n - 1]));
    }

    [Fact]
    public void Sixteen_bit_weights_take_half_the_bytes()
    {
        var b = new float[256 * 64];
        long f32 = GemmF32.Pack(b, 256, 64).Bytes;
        Assert.Equal(f32 / 2, GemmF32.Pack(b, 256, 64, DType.F16).Bytes);
        Assert.Equal(f32 / 2, GemmF32.Pack(b, 256, 64, DType.BF16).Bytes);
        Assert.Throws<ArgumentException>(() => GemmF32.Pack(b, 256, 64, DType.I8));
    }

    [Fact]
    public void K_zero_gives_zeros_and_bad_lengths_throw()
    {
        var packed = GemmF32.Pack([], 0, 3);
        var c = new float[6] { 1, 2, 3, 4, 5, 6 };
        GemmF32.Multiply(new float[0], packed, c, 2);
        Assert.All(c, v => Assert.Equal(0f, v));

        var b = GemmF32.Pack(new float[12], 4, 3);
        var ex = Assert.Throws<ArgumentException>(() => GemmF32.Multiply(new float[7], b, new float[6], 2));
        Assert.Contains("M×K", ex.Message);
        Assert.Throws<ArgumentException>(() => GemmF32.Multiply(new float[8], b, new float[5], 2));
        Assert.Throws<ArgumentException>(() => GemmF32.Pack(new float[11], 4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => GemmF32.Multiply(new float[8], b, new float[6], 2, threads: -1));
        var shared = new float[20];
        var overlap = Assert.Throws<ArgumentException>(() => GemmF32.Multiply(shared.AsSpan(0, 8), b, shared.AsSpan(4, 6), 2));
        Assert.Contains("overlaps", overlap.Message);
    }

    [Fact]
    public void Nan_and_infinity_propagate()
    {
        var a = new float[] { float.NaN, 1, 1, 1 };
        var b = GemmF32.Pack([1, 1, float.PositiveInfinity, 1], 2, 2);
        var c = new float[4];
        GemmF32.Multiply(a, b, c, 2);
        Assert.True(float.IsNaN(c[0]) && float.IsNaN(c[1]));
        Assert.Equal(float.PositiveInfinity, c[2]);
    }

    private static void CheckOne(Random rng, Isa isa, DType format, int m, int n, int k, int threads)
    {
        var a = TestData.Floats(rng, m * k);
        var b = TestData.Floats(rng, k * n);
        // The oracle multiplies the weights the kernel actually stores (rounded to F16/BF16).
        var stored = RoundTrip(b, format);
        var expected = new float[m * n];
        var bound = new float[m * n];
        GemmReference.F32(a, stored, expected, m, n, k);
        GemmReference.AbsF32(a, stored, bound, m, n, k);
        var c = new float[m * n];
        Array.Fill(c, float.NaN); // every output must be written
        GemmF32.Multiply(a, GemmF32.Pack(b, k, n, format, isa), c, m, threads);
        for (int i = 0; i < c.Length; i++)
        {
            // Float summation error bound: ~K·ε·Σ|a·b|, with margin.
            float tol = 4 * k * 6e-8f * bound[i] + 1e-6f;
            Assert.True(Math.Abs(c[i] - expected[i]) <= tol,
                $"{isa}/{format} M={m} N={n} K={k}: C[{i / n},{i % n}] = {c[i]}, expected {expected[i]} (tol {tol})");
        }
    }

    private static float[] RoundTrip(float[] b, DType format)
    {
        var r = new float[b.Length];
        for (int i = 0; i < b.Length; i++)
            r[i] = format switch
            {
                DType.F16 => (float)(Half)b[i],
                DType.BF16 => (float)(BFloat16)b[i],
                _ => b[i],
            };
        return r;
    }
}
