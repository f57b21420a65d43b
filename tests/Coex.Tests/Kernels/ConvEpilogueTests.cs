using Coex.Kernels.Conv;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

/// <summary>
/// The direct pointwise and depthwise convolution paths against <see cref="ConvReference"/>, with the fused epilogue
/// (bias, residual, clamp) on and off, over awkward channel counts, plane sizes, strides and pads.
/// </summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class ConvEpilogueTests
{
    public static TheoryData<string> Cases() => new(CaseTable.Keys);

    private static readonly Dictionary<string, Conv2DGeometry> CaseTable = BuildCases();

    private static Dictionary<string, Conv2DGeometry> BuildCases()
    {
        var cases = new Dictionary<string, Conv2DGeometry>();
        // Pointwise: planes below, at and past a tile (32 or 16 pixels), channels off every panel height.
        foreach (var (ic, oc) in new[] { (1, 3), (3, 17), (17, 1), (24, 144), (255, 13) })
            foreach (var (h, w) in new[] { (1, 1), (3, 17), (17, 17), (6, 6) })
                cases[$"pointwise {ic}->{oc} {h}x{w}"] = Geo(2, ic, h, w, oc, 1, 1);
        // Depthwise: stride 1 and 2, pads 0/1/asymmetric, widths below, at and past the vector widths.
        foreach (int c in new[] { 1, 3, 17 })
            foreach (var (h, w) in new[] { (1, 1), (3, 3), (17, 17), (5, 40), (9, 33) })
                foreach (int stride in new[] { 1, 2 })
                    foreach (int pad in new[] { 0, 1 })
                    {
                        var g = Geo(2, c, h, w, c, 3, 3, pad, stride) with { Groups = c };
                        if (g.Height + 2 * pad >= 3 && g.Width + 2 * pad >= 3)
                            cases[$"depthwise c{c} {h}x{w} s{stride} p{pad}"] = g;
                    }
        cases["depthwise 5x5 asymmetric pad s2"] = Geo(1, 4, 23, 37, 4, 5, 5, stride: 2) with { Groups = 4, PadTop = 2, PadLeft = 1, PadBottom = 0, PadRight = 3 };
        // Stride 2 splits each row into even and odd columns: an odd left pad swaps the halves, a dilation of 2 keeps
        // every tap in one half, and 70 columns take the 512-bit, 256-bit and scalar parts of the split.
        cases["depthwise 3x3 s2 dilated along W, odd left pad"] = Geo(1, 3, 11, 70, 3, 3, 3, stride: 2) with { Groups = 3, DilationW = 2, PadLeft = 3, PadRight = 2, PadTop = 1, PadBottom = 1 };
        cases["depthwise 3x3 s2, 15 wide: 8 outputs, the split's scalar rows"] = Geo(1, 3, 7, 15, 3, 3, 3, pad: 1, stride: 2) with { Groups = 3 };
        cases["depthwise 5x5 s2, pad 4 left and none right"] = Geo(1, 2, 6, 51, 2, 5, 5, stride: 2) with { Groups = 2, PadLeft = 4, PadRight = 0, PadTop = 2, PadBottom = 2 };
        cases["depthwise 3x3 dilated 2"] = Geo(1, 3, 19, 41, 3, 3, 3, pad: 2) with { Groups = 3, DilationH = 2, DilationW = 2 };
        cases["depthwise 3x3 stride 3"] = Geo(1, 2, 20, 50, 2, 3, 3, pad: 1, stride: 3) with { Groups = 2 };
        cases["depthwise 255 channels"] = Geo(1, 255, 7, 9, 255, 3, 3, pad: 1) with { Groups = 255 };
        cases["general 3x3 (residual by a pass)"] = Geo(1, 3, 9, 11, 5, 3, 3, pad: 1);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_reference_with_bias_residual_and_clamp(string name)
    {
        var g = CaseTable[name];
        var rng = new Random(name.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var input = TestData.Floats(rng, (int)g.InputLength);
        var weights = TestData.Floats(rng, (int)g.WeightLength);
        var packed = Conv2D.Pack(weights, g);
        var plain = new float[g.OutputLength];
        float tol = 1e-5f * g.PatchSize + 1e-5f;
        foreach (var bias in new[] { Array.Empty<float>(), TestData.Floats(rng, g.OutChannels) })
        {
            ConvReference.Conv2D(input, weights, bias, plain, g);
            foreach (var residual in new[] { Array.Empty<float>(), TestData.Floats(rng, (int)g.OutputLength) })
                foreach (var (lo, hi) in new[] { (float.NegativeInfinity, float.PositiveInfinity), (0f, 0.5f) })
                    foreach (int threads in new[] { 1, 2 })
                    {
                        var actual = new float[g.OutputLength];
                        Array.Fill(actual, float.NaN);
                        Conv2D.Forward(input, packed, bias, residual, actual, lo, hi, threads);
                        for (int i = 0; i < plain.Length; i++)
                        {
                            float expected = Math.Clamp(plain[i] + (residual.Length == 0 ? 0f : residual[i]), lo, hi);
                            Assert.True(Math.Abs(expected - actual[i]) <= tol,
                                $"{name} (bias {bias.Length > 0}, residual {residual.Length > 0}, clamp [{lo}, {hi}], {threads} threads): out[{i}] = {actual[i]}, expected {expected}");
                        }
                    }
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    public void Nan_passes_the_clamp(int kernel, int groups)
    {
        var g = Geo(1, 3, 8, 40, 3, kernel, kernel, pad: kernel / 2) with { Groups = groups };
        var input = new float[g.InputLength];
        input[2 * 40 + 5] = float.NaN;
        var output = new float[g.OutputLength];
        Conv2D.Forward(input, Conv2D.Pack(new float[g.WeightLength], g), [], output, 0f, 6f, threads: 1);
        Assert.True(float.IsNaN(output[2 * 40 + 5]), "a NaN input must give a NaN output through the ReLU6 clamp");
        Assert.Equal(0f, output[2 * 40 + 20]);
    }

    public static TheoryData<int, int, int, int, int, int, int, int> PooledCases() => new()
    {
        // batch, in channels, height, width, out channels, kernel, pad, stride
        { 64, 1, 28, 28, 6, 5, 2, 1 },  // LeNet conv1: pooled rows of 14 (the vector path)
        { 3, 6, 14, 14, 16, 5, 0, 1 },  // LeNet conv2: pooled 5×5 (scalar rows)
        { 2, 3, 17, 35, 5, 3, 1, 1 },   // odd output sizes: the last row and column are dropped
        { 1, 2, 9, 40, 3, 3, 0, 1 },    // one image, pooled rows of 19
        { 2, 4, 12, 12, 7, 3, 1, 2 },   // stride 2: convolve whole, then pool
        { 2, 8, 6, 10, 3, 1, 0, 1 },    // pointwise: its own kernel, then pool
    };

    [Theory]
    [MemberData(nameof(PooledCases))]
    public void Pooled_convolution_matches_reference_conv_then_max_pool(int n, int c, int h, int w, int oc, int kernel, int pad, int stride)
    {
        var g = Geo(n, c, h, w, oc, kernel, kernel, pad, stride);
        var rng = new Random(h * 100 + w);
        var input = TestData.Floats(rng, (int)g.InputLength);
        var weights = TestData.Floats(rng, (int)g.WeightLength);
        var bias = TestData.Floats(rng, oc);
        input[^1] = float.NaN; // a NaN must reach the pooled output of the window that sees it, if any
        var conv = new float[g.OutputLength];
        ConvReference.Conv2D(input, weights, bias, conv, g);
        for (int i = 0; i < conv.Length; i++)
            conv[i] = float.IsNaN(conv[i]) ? conv[i] : Math.Max(conv[i], 0f);
        var pool = new Coex.Kernels.Pool.Pool2DGeometry { Batch = n, Channels = oc, Height = g.OutHeight, Width = g.OutWidth, KernelH = 2, KernelW = 2, StrideH = 2, StrideW = 2 };
        var expected = new float[pool.OutputLength];
        PoolReference.MaxPool(conv, expected, pool);
        foreach (int threads in new[] { 1, 2 })
        {
            var actual = new float[expected.Length];
            Array.Fill(actual, -7f);
            Conv2D.ForwardMaxPool2x2(input, Conv2D.Pack(weights, g), bias, actual, 0f, float.PositiveInfinity, threads);
            for (int i = 0; i < expected.Length; i++)
                Assert.True(float.IsNaN(expected[i]) ? float.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= 1e-5f * g.PatchSize + 1e-5f,
                    $"{g.OutHeight}x{g.OutWidth} pooled, {threads} threads: out[{i}] = {actual[i]}, expected {expected[i]}");
        }
        Assert.Throws<ArgumentException>(() => Conv2D.ForwardMaxPool2x2(input, Conv2D.Pack(weights, g), bias, new float[expected.Length + 1], 0f, 6f));
    }

    [Fact]
    public void Bad_residual_is_refused()
    {
        var g = Geo(1, 4, 6, 6, 4, 1, 1);
        var packed = Conv2D.Pack(new float[g.WeightLength], g);
        var output = new float[g.OutputLength];
        Assert.Throws<ArgumentException>(() => Conv2D.Forward(new float[g.InputLength], packed, [], new float[g.OutputLength - 1], output, 0f, 6f));
        Assert.Throws<ArgumentException>(() => Conv2D.Forward(new float[g.InputLength], packed, [], output, output, 0f, 6f));
    }

    private static Conv2DGeometry Geo(int n, int c, int h, int w, int oc, int kh, int kw, int pad = 0, int stride = 1) => new()
    {
        Batch = n, InChannels = c, Height = h, Width = w, OutChannels = oc, KernelH = kh, KernelW = kw,
        PadTop = pad, PadLeft = pad, PadBottom = pad, PadRight = pad, StrideH = stride, StrideW = stride,
    };
}
