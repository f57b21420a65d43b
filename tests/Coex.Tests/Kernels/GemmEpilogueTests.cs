using Coex.Kernels;
using Coex.Kernels.Conv;
using Coex.Kernels.Gemm;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

/// <summary>The fused bias + clamp store of the float GEMM and of Conv2D against reference-then-epilogue.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class GemmEpilogueTests
{
    [Fact]
    public void Bias_and_clamp_match_a_separate_pass_over_awkward_shapes()
    {
        var rng = new Random(77);
        var isa = CpuFeatures.BestFloat;
        int cases = 0;
        foreach (int m in new[] { 1, 3, 7, 17, 65 })
            foreach (int n in new[] { 1, 3, 17, 33, 255 })
            {
                int k = cases++ % 3 == 0 ? 1100 : 17; // 1100: two K blocks of F32 weights
                var a = TestData.Floats(rng, m * k);
                var b = TestData.Floats(rng, k * n);
                // Row bias only (convolutions), column bias only (Gemm), or both; with and without a clamp.
                float[] rowBias = cases % 4 == 2 ? [] : TestData.Floats(rng, m);
                float[] colBias = cases % 4 == 3 ? [] : TestData.Floats(rng, n);
                float lo = cases % 2 == 0 ? 0f : float.NegativeInfinity, hi = cases % 4 == 1 ? float.PositiveInfinity : 0.5f;
                a[0] = float.NaN; // a NaN row must stay NaN through the clamp
                var expected = new float[m * n];
                GemmReference.F32(a, b, expected, m, n, k);
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < n; j++)
                    {
                        float v = expected[i * n + j] + (rowBias.Length > 0 ? rowBias[i] : 0) + (colBias.Length > 0 ? colBias[j] : 0);
                        expected[i * n + j] = float.IsNaN(v) ? v : Math.Min(Math.Max(v, lo), hi);
                    }
                var c = new float[m * n];
                GemmF32.Multiply(a, GemmF32.Pack(b, k, n, isa: isa), c, m,
                    new F32Epilogue { RowBias = rowBias, ColumnBias = colBias, Min = lo, Max = hi }, threads: 2);
                for (int t = 0; t < c.Length; t++)
                {
                    if (float.IsNaN(expected[t]))
                    {
                        Assert.True(float.IsNaN(c[t]), $"M={m} N={n}: C[{t}] = {c[t]}, expected NaN");
                        continue;
                    }
                    Assert.True(Math.Abs(c[t] - expected[t]) <= 1e-4f * (1 + Math.Abs(expected[t])), $"M={m} N={n} K={k}: C[{t}] = {c[t]}, expected {expected[t]}");
                }
            }
    }

    [Fact]
    public void Residual_and_gelu_match_a_separate_pass_on_every_path()
    {
        var rng = new Random(78);
        foreach (var isa in new[] { Isa.Avx512, Isa.Avx2, Isa.Scalar }.Where(CpuFeatures.Supports))
            foreach (int m in new[] { 1, 3, 17, 200 })
                foreach (int n in new[] { 1, 17, 64 })
                    foreach (bool gelu in new[] { false, true })
                    {
                        int k = m == 200 ? 1100 : 33; // 1100: two K blocks, so C holds partial sums when the residual is added
                        var a = TestData.Floats(rng, m * k);
                        var b = TestData.Floats(rng, k * n);
                        var bias = TestData.Floats(rng, n);
                        var residual = gelu ? [] : TestData.Floats(rng, m * n, 4f);
                        var expected = new float[m * n];
                        GemmReference.F32(a, b, expected, m, n, k);
                        for (int t = 0; t < expected.Length; t++)
                        {
                            double v = expected[t] + bias[t % n] + (gelu ? 0 : residual[t]);
                            expected[t] = (float)(gelu ? 0.5 * v * (1 + ErfOf(v / Math.Sqrt(2))) : v);
                        }
                        var c = new float[m * n];
                        GemmF32.Multiply(a, GemmF32.Pack(b, k, n, isa: isa), c, m, new F32Epilogue { ColumnBias = bias, Residual = residual, Gelu = gelu }, threads: 2);
                        for (int t = 0; t < c.Length; t++)
                            Assert.True(Math.Abs(c[t] - expected[t]) <= 1e-4f * (1 + Math.Abs(expected[t])), $"{isa} M={m} N={n} gelu {gelu}: C[{t}] = {c[t]}, expected {expected[t]}");
                    }
        var packed = GemmF32.Pack(new float[4 * 5], 4, 5);
        var c2 = new float[3 * 5];
        Assert.Throws<ArgumentException>(() => GemmF32.Multiply(new float[12], packed, c2, 3, new F32Epilogue { Residual = new float[14] }));
        Assert.Throws<ArgumentException>(() => GemmF32.Multiply(new float[12], packed, c2, 3, new F32Epilogue { Residual = c2 }));
    }

    /// <summary>erf by its Maclaurin series to convergence (|x| ≤ 6 here is more than enough for these products).</summary>
    private static double ErfOf(double x)
    {
        if (Math.Abs(x) > 5)
            return Math.Sign(x);
        double term = x, sum = x;
        for (int n = 1; n < 200 && Math.Abs(term) > 1e-17 * Math.Abs(sum); n++)
        {
            term *= -x * x / n;
            sum += term / (2 * n + 1);
        }
        return 2 / Math.Sqrt(Math.PI) * sum;
    }

    [Fact]
    public void Rejects_short_biases_and_nan_bounds()
    {
        var packed = GemmF32.Pack(new float[4 * 5], 4, 5);
        var a = new float[3 * 4];
        var c = new float[3 * 5];
        Assert.Throws<ArgumentException>(() => GemmF32.Multiply(a, packed, c, 3, new F32Epilogue { RowBias = new float[2] }));
        Assert.Throws<ArgumentException>(() => GemmF32.Multiply(a, packed, c, 3, new F32Epilogue { ColumnBias = new float[4] }));
        Assert.Throws<ArgumentException>(() => GemmF32.Multiply(a, packed, c, 3, new F32Epilogue { Min = float.NaN }));
    }

    [Theory]
    [InlineData(1, 3, 3, 1)] // general im2col GEMM
    [InlineData(1, 1, 1, 1)] // pointwise
    [InlineData(8, 3, 3, 8)] // depthwise
    public void Conv_clamp_matches_reference_then_relu6(int groups, int kh, int kw, int channels)
    {
        var rng = new Random(groups * 10 + kh);
        var g = new Conv2DGeometry { Batch = 3, InChannels = channels, Height = 17, Width = 17, OutChannels = groups > 1 ? channels : 5,
            KernelH = kh, KernelW = kw, PadTop = kh / 2, PadLeft = kw / 2, PadBottom = kh / 2, PadRight = kw / 2, Groups = groups };
        var x = TestData.Floats(rng, (int)g.InputLength, 3f);
        var w = TestData.Floats(rng, (int)g.WeightLength);
        var bias = TestData.Floats(rng, g.OutChannels);
        var expected = new float[g.OutputLength];
        ConvReference.Conv2D(x, w, bias, expected, g);
        for (int i = 0; i < expected.Length; i++)
            expected[i] = Math.Min(Math.Max(expected[i], 0f), 6f);
        var y = new float[g.OutputLength];
        Conv2D.Forward(x, Conv2D.Pack(w, g), bias, y, 0f, 6f, threads: 2);
        for (int i = 0; i < y.Length; i++)
            Assert.True(Math.Abs(y[i] - expected[i]) <= 1e-4f * (1 + Math.Abs(expected[i])), $"y[{i}] = {y[i]}, expected {expected[i]}");
    }
}

/// <summary>Convolutions whose images share one GEMM (side by side in N), over chunk boundaries and partial last chunks.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class ConvImageChunkTests
{
    [Theory]
    [InlineData(5, 1, 28, 6, 5, 2, 1)]  // LeNet conv1: two images per chunk, a partial last chunk
    [InlineData(19, 6, 14, 16, 5, 0, 1)] // LeNet conv2: 16 images per chunk, then 3
    [InlineData(3, 3, 17, 4, 3, 1, 2)]   // stride 2, odd size
    [InlineData(9, 8, 7, 5, 1, 0, 1)]    // pointwise on a 7×7 map
    public void Matches_the_reference(int batch, int channels, int size, int outChannels, int kernel, int pad, int stride)
    {
        var rng = new Random(batch * 31 + channels);
        var g = new Conv2DGeometry { Batch = batch, InChannels = channels, Height = size, Width = size, OutChannels = outChannels,
            KernelH = kernel, KernelW = kernel, PadTop = pad, PadLeft = pad, PadBottom = pad, PadRight = pad, StrideH = stride, StrideW = stride };
        var x = TestData.Floats(rng, (int)g.InputLength);
        var w = TestData.Floats(rng, (int)g.WeightLength);
        var bias = TestData.Floats(rng, outChannels);
        var expected = new float[g.OutputLength];
        ConvReference.Conv2D(x, w, bias, expected, g);
        foreach (int threads in new[] { 1, 2 })
        {
            var y = new float[g.OutputLength];
            Conv2D.Forward(x, Conv2D.Pack(w, g), bias, y, threads);
            for (int i = 0; i < y.Length; i++)
                Assert.True(Math.Abs(y[i] - expected[i]) <= 1e-4f * (1 + Math.Abs(expected[i])), $"threads {threads}: y[{i}] = {y[i]}, expected {expected[i]}");
        }
    }
}
