using Coex.Kernels;
using Coex.Kernels.Gemm;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class GemmU8S8Tests
{
    private static readonly Isa[] AllPaths = [Isa.Scalar, Isa.Avx2, Isa.Avx512, Isa.AvxVnni];

    public static TheoryData<Isa> Paths()
    {
        var data = new TheoryData<Isa>();
        foreach (var isa in AllPaths)
            if (CpuFeatures.Supports(isa))
                data.Add(isa);
        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void S32_matches_reference_exactly_over_awkward_shapes(Isa isa)
    {
        var rng = new Random(4321 + (int)isa);
        int[] sizes = TestData.AwkwardSizes;
        int cases = 0;
        foreach (int m in sizes)
            foreach (int n in sizes)
            {
                // K sweeps the sizes round-robin and includes one value past two 512-row K blocks.
                int k = cases % 5 == 0 ? 1100 : sizes[(m + n + cases) % sizes.Length];
                byte zeroPoint = (cases % 4) switch { 0 => 0, 1 => 255, _ => (byte)rng.Next(256) };
                cases++;
                CheckS32(rng, isa, m, n, k, zeroPoint, threads: cases % 2 == 0 ? 1 : 2);
            }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Multiblock_shapes_match_reference(Isa isa)
    {
        var rng = new Random(99 + (int)isa);
        CheckS32(rng, isa, 200, 600, 70, 128, threads: 2); // three M blocks, two N groups
        CheckS32(rng, isa, 97, 33, 513, 3, threads: 1);    // one row past an M block, K one past a block
        CheckS32(rng, isa, 5, 1025, 1029, 77, threads: 2); // row mode, several panel groups and K blocks
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Requantize_matches_reference_exactly(Isa isa)
    {
        var rng = new Random(777 + (int)isa);
        foreach (var (m, n, k) in new[] { (1, 65, 300), (17, 31, 7), (64, 256, 600) })
        {
            var a = TestData.Bytes(rng, m * k);
            var bw = TestData.SBytes(rng, k * n);
            byte aZero = (byte)rng.Next(256);
            var packed = GemmU8S8.Pack(bw, k, n, isa);
            var acc = new int[m * n];
            GemmReference.U8S8(a, aZero, bw, acc, m, n, k);

            // Multipliers that spread the outputs over the whole 8-bit range, saturating the tails.
            float typical = 64f / (100f * 128f * MathF.Sqrt(k));
            var perTensor = new[] { typical };
            var perChannel = new float[n];
            for (int j = 0; j < n; j++)
                perChannel[j] = typical * (0.25f + 2f * (float)rng.NextDouble());
            var bias = new int[n];
            for (int j = 0; j < n; j++)
                bias[j] = rng.Next(-200_000, 200_000);

            foreach (var mult in new[] { perTensor, perChannel })
                foreach (bool relu in new[] { false, true })
                    foreach (bool withBias in new[] { false, true })
                    {
                        int threads = relu ? 2 : 1;
                        int zp = rng.Next(0, 256);
                        var u8 = new byte[m * n];
                        Array.Fill(u8, (byte)0xAA); // every output must be written
                        RunU8(a, aZero, packed, mult, zp, relu, withBias ? bias : null, u8, m, threads);
                        var want = new int[m * n];
                        GemmReference.Requantize(acc, withBias ? bias : [], mult, zp, relu, 0, 255, want, m, n);
                        for (int i = 0; i < want.Length; i++)
                            Assert.True(want[i] == u8[i], $"{isa} u8 M={m} N={n} K={k} relu={relu} bias={withBias} per-channel={mult.Length > 1}: [{i}] = {u8[i]}, expected {want[i]}");

                        int zs = rng.Next(-128, 128);
                        var i8 = new sbyte[m * n];
                        RunI8(a, aZero, packed, mult, zs, relu, withBias ? bias : null, i8, m, threads);
                        GemmReference.Requantize(acc, withBias ? bias : [], mult, zs, relu, -128, 127, want, m, n);
                        for (int i = 0; i < want.Length; i++)
                            Assert.True(want[i] == i8[i], $"{isa} i8 M={m} N={n} K={k} relu={relu} bias={withBias} per-channel={mult.Length > 1}: [{i}] = {i8[i]}, expected {want[i]}");
                    }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Requantize_rounds_half_to_even(Isa isa)
    {
        // K = 1, B = 1: the sums are a − z, so multiplier 0.5 puts every odd sum exactly on a tie.
        var a = new byte[] { 1, 3, 5, 7, 0, 2, 9, 255 };
        var packed = GemmU8S8.Pack([1], 1, 1, isa);
        var u8 = new byte[8];
        var output = new Requantize<NoActivation, U8Store>(new[] { 0.5f }, 100, new U8Store(u8));
        GemmU8S8.Multiply(a, 0, packed, ref output, 8);
        // 0.5→0, 1.5→2, 2.5→2, 3.5→4, 0→0, 1→1, 4.5→4, 127.5→128; plus zero point 100, saturated at 255.
        Assert.Equal(new byte[] { 100, 102, 102, 104, 100, 101, 104, 228 }, u8);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Saturation_edge_cases_are_exact(Isa isa)
    {
        foreach (int k in new[] { 4096, 65536 })
            foreach (var (m, n) in new[] { (1, 3), (9, 33) })
            {
                // 255·(−128)·K: the largest-magnitude product sum; vpmaddubsw would saturate at int16 here.
                Check(isa, Fill<byte>(m * k, 255), 0, Fill<sbyte>(k * n, -128), m, n, k, -255L * 128 * k);
                // (0 − 255)·(−128)·K: the zero point carries the whole value.
                Check(isa, Fill<byte>(m * k, 0), 255, Fill<sbyte>(k * n, -128), m, n, k, 255L * 128 * k);
                Check(isa, Fill<byte>(m * k, 255), 0, Fill<sbyte>(k * n, 127), m, n, k, 255L * 127 * k);
                Check(isa, Fill<byte>(m * k, 0), 0, Fill<sbyte>(k * n, -128), m, n, k, 0);
            }

        static void Check(Isa isa, byte[] a, byte zp, sbyte[] b, int m, int n, int k, long expected)
        {
            var c = new int[m * n];
            GemmU8S8.MultiplyS32(a, zp, GemmU8S8.Pack(b, k, n, isa), c, m, threads: 2);
            Assert.All(c, v => Assert.Equal(expected, v));
        }
    }

    [Fact]
    public void K_zero_gives_zero_point_correction_free_zeros()
    {
        var packed = GemmU8S8.Pack([], 0, 3);
        var c = new int[] { 1, 2, 3, 4, 5, 6 };
        GemmU8S8.MultiplyS32([], 7, packed, c, 2);
        Assert.All(c, v => Assert.Equal(0, v));

        var u8 = new byte[6];
        var output = new BiasAdd<Requantize<NoActivation, U8Store>>(new[] { 0, 10, -10 }, new(new[] { 1f }, 5, new U8Store(u8)));
        GemmU8S8.Multiply([], 7, packed, ref output, 2);
        Assert.Equal(new byte[] { 5, 15, 0, 5, 15, 0 }, u8);
    }

    [Fact]
    public void Bad_arguments_throw_naming_the_sizes()
    {
        var b = GemmU8S8.Pack(new sbyte[12], 4, 3);
        var ex = Assert.Throws<ArgumentException>(() => GemmU8S8.MultiplyS32(new byte[7], 0, b, new int[6], 2));
        Assert.Contains("M×K = 2×4", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => GemmU8S8.MultiplyS32(new byte[8], 0, b, new int[5], 2));
        Assert.Contains("M×N = 2×3", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => GemmU8S8.Pack(new sbyte[11], 4, 3));
        Assert.Contains("K×N = 4×3", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => GemmU8S8.MultiplyS32(new byte[8], 0, b, new int[6], 2, threads: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GemmU8S8.MultiplyS32(new byte[8], 0, b, new int[6], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GemmU8S8.Pack(new sbyte[12], -4, 3));
        Assert.Throws<ArgumentNullException>(() => GemmU8S8.MultiplyS32(new byte[8], 0, null!, new int[6], 2));
        ex = Assert.Throws<ArgumentException>(() => GemmU8S8.Pack(new sbyte[12], 4, 3, (Isa)99));
        Assert.Contains("99", ex.Message);

        var u8 = new byte[6];
        ex = Assert.Throws<ArgumentException>(() => RunU8(new byte[8], 0, b, [1f], 0, false, new int[2], u8, 2, 1));
        Assert.Contains("N = 3", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => RunU8(new byte[8], 0, b, [1f, 1f], 0, false, null, u8, 2, 1));
        Assert.Contains("multipliers", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => RunU8(new byte[8], 0, b, [float.NaN], 0, false, null, u8, 2, 1));
        Assert.Contains("NaN", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => RunU8(new byte[8], 0, b, [1f], 256, false, null, u8, 2, 1));
        Assert.Contains("256", ex.Message);
        ex = Assert.Throws<ArgumentException>(() => RunU8(new byte[8], 0, b, [1f], 0, false, null, new byte[5], 2, 1));
        Assert.Contains("M×N = 2×3", ex.Message);
    }

    [Fact]
    public void Packing_reports_its_layout()
    {
        var b = new sbyte[] { 1, -2, 3, 4, 5, -6, 7, -8, 9, 10, 11, 12, -13, 14, 15 }; // K = 5, N = 3
        foreach (var isa in AllPaths)
        {
            if (!CpuFeatures.Supports(isa))
                continue;
            var packed = GemmU8S8.Pack(b, 5, 3, isa);
            Assert.Equal(isa, packed.Isa);
            Assert.Equal(new[] { 1 + 4 + 7 + 10 - 13, -2 + 5 - 8 + 11 + 14, 3 - 6 + 9 + 12 + 15 }, packed.ColumnSums.ToArray());
            // 4-byte words of KGroup k per column, K padded to whole groups, N to whole panels.
            Assert.Equal(4L * ((5 + packed.KGroup - 1) / packed.KGroup) * packed.PaddedN, packed.Bytes);
        }
    }

    [Fact]
    public void Default_and_chosen_paths_can_run_here()
    {
        Assert.True(CpuFeatures.Supports(GemmU8S8.DefaultIsa));
        foreach (var (m, n, k) in new[] { (1, 512, 512), (64, 512, 512), (1024, 1024, 1024), (3136, 64, 576) })
            Assert.True(CpuFeatures.Supports(GemmU8S8.ChooseIsa(m, n, k)));
        Assert.Equal(GemmU8S8.DefaultIsa, GemmU8S8.Pack(new sbyte[4], 2, 2).Isa);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Bias_then_int32_store_matches_reference(Isa isa)
    {
        var rng = new Random(5 + (int)isa);
        const int m = 13, n = 70, k = 45;
        var a = TestData.Bytes(rng, m * k);
        var b = TestData.SBytes(rng, k * n);
        var bias = new int[n];
        for (int j = 0; j < n; j++)
            bias[j] = rng.Next(int.MinValue, int.MaxValue); // large values: the add must wrap like int32
        var expected = new int[m * n];
        GemmReference.U8S8(a, 9, b, expected, m, n, k);
        for (int i = 0; i < expected.Length; i++)
            expected[i] = unchecked(expected[i] + bias[i % n]);
        var c = new int[m * n];
        var output = new BiasAdd<S32Store>(bias, new S32Store(c));
        GemmU8S8.Multiply(a, 9, GemmU8S8.Pack(b, k, n, isa), ref output, m, threads: 2);
        Assert.Equal(expected, c);
    }

    private static void CheckS32(Random rng, Isa isa, int m, int n, int k, byte zeroPoint, int threads)
    {
        var a = TestData.Bytes(rng, m * k);
        var b = TestData.SBytes(rng, k * n);
        var expected = new int[m * n];
        GemmReference.U8S8(a, zeroPoint, b, expected, m, n, k);
        var c = new int[m * n];
        Array.Fill(c, int.MinValue + 12345); // every output must be written
        GemmU8S8.MultiplyS32(a, zeroPoint, GemmU8S8.Pack(b, k, n, isa), c, m, threads);
        for (int i = 0; i < c.Length; i++)
            if (c[i] != expected[i])
                Assert.Fail($"{isa} M={m} N={n} K={k} z={zeroPoint} threads={threads}: C[{i / n},{i % n}] = {c[i]}, expected {expected[i]}");
    }

    private static void RunU8(byte[] a, byte aZero, PackedS8Weights b, float[] mult, int zp, bool relu, int[]? bias, byte[] dst, int m, int threads)
    {
        var store = new U8Store(dst);
        if (relu && bias is not null) { var o = new BiasAdd<Requantize<ReluActivation, U8Store>>(bias, new(mult, zp, store)); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
        else if (relu) { var o = new Requantize<ReluActivation, U8Store>(mult, zp, store); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
        else if (bias is not null) { var o = new BiasAdd<Requantize<NoActivation, U8Store>>(bias, new(mult, zp, store)); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
        else { var o = new Requantize<NoActivation, U8Store>(mult, zp, store); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
    }

    private static void RunI8(byte[] a, byte aZero, PackedS8Weights b, float[] mult, int zp, bool relu, int[]? bias, sbyte[] dst, int m, int threads)
    {
        var store = new I8Store(dst);
        if (relu && bias is not null) { var o = new BiasAdd<Requantize<ReluActivation, I8Store>>(bias, new(mult, zp, store)); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
        else if (relu) { var o = new Requantize<ReluActivation, I8Store>(mult, zp, store); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
        else if (bias is not null) { var o = new BiasAdd<Requantize<NoActivation, I8Store>>(bias, new(mult, zp, store)); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
        else { var o = new Requantize<NoActivation, I8Store>(mult, zp, store); GemmU8S8.Multiply(a, aZero, b, ref o, m, threads); }
    }

    private static T[] Fill<T>(int count, T value)
    {
        var x = new T[count];
        Array.Fill(x, value);
        return x;
    }
}
