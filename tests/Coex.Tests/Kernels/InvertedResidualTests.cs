using Coex.Kernels.Conv;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

/// <summary>The banded inverted-residual block against three <see cref="ConvReference"/> convolutions with the clamps and residual applied in between.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class InvertedResidualTests
{
    [Theory]
    [InlineData(2, 3, 17, 1, 1, 3, 1)]      // 1×1 plane: every band is narrower than a tile
    [InlineData(1, 1, 3, 3, 3, 3, 1)]       // one channel in and out
    [InlineData(2, 17, 24, 17, 17, 3, 1)]   // odd sizes, several bands
    [InlineData(1, 24, 144, 56, 56, 3, 1)]  // the MobileNetV2 56×56 stage
    [InlineData(1, 5, 13, 5, 40, 5, 2)]     // 5×5 filter, dilation 2, short wide plane
    [InlineData(3, 8, 16, 7, 7, 3, 1)]      // 7×7 plane: bands of several rows
    [InlineData(1, 24, 144, 56, 56, 3, 1, 2)] // the stride-2 block that halves the plane
    [InlineData(2, 3, 17, 17, 17, 3, 1, 2)]   // odd plane at stride 2: the last row's filter reaches the bottom pad
    [InlineData(1, 5, 13, 9, 40, 5, 1, 2)]    // 5×5 at stride 2
    [InlineData(1, 4, 8, 6, 3, 3, 1, 2)]      // 3 columns: narrower than any vector
    public void Matches_three_reference_convolutions(int batch, int channels, int hidden, int h, int w, int k, int dilation, int stride = 1)
    {
        var rng = new Random(batch * 1000 + channels * 31 + hidden + h * 7 + w);
        int pad = (k - 1) * dilation / 2;
        var expand = Geo(batch, channels, h, w, hidden, 1, 0, 0, 1, 1);
        var depthwise = Geo(batch, hidden, h, w, hidden, k, pad, (k - 1) * dilation - pad, dilation, hidden) with { StrideH = stride, StrideW = stride };
        var project = Geo(batch, hidden, depthwise.OutHeight, depthwise.OutWidth, channels, 1, 0, 0, 1, 1);
        var x = TestData.Floats(rng, (int)expand.InputLength);
        var w1 = TestData.Floats(rng, (int)expand.WeightLength, 0.5f);
        var w2 = TestData.Floats(rng, (int)depthwise.WeightLength);
        var w3 = TestData.Floats(rng, (int)project.WeightLength, 0.3f);
        var b1 = TestData.Floats(rng, hidden);
        var b2 = TestData.Floats(rng, hidden);
        var b3 = TestData.Floats(rng, channels);
        var block = InvertedResidual.Pack(expand, w1, depthwise, w2, project, w3);
        foreach (bool clamp in new[] { false, true })
            foreach (bool residual in stride == 1 ? new[] { false, true } : [false])
                foreach (int threads in new[] { 1, 2 })
                {
                    var c1 = clamp ? new ClampRange(0f, 6f) : ClampRange.None;
                    var c2 = clamp ? new ClampRange(0f, 1f) : ClampRange.None;
                    var c3 = clamp ? new ClampRange(-0.5f, 0.5f) : ClampRange.None;
                    var e = Reference(x, w1, b1, expand, c1, null);
                    var d = Reference(e, w2, b2, depthwise, c2, null);
                    var expected = Reference(d, w3, b3, project, c3, residual ? x : null);
                    var actual = new float[expected.Length];
                    Array.Fill(actual, float.NaN);
                    InvertedResidual.Forward(x, block, b1, c1, b2, c2, b3, residual ? x : [], c3, actual, threads);
                    float tol = 2e-4f * hidden;
                    for (int i = 0; i < expected.Length; i++)
                        Assert.True(Math.Abs(expected[i] - actual[i]) <= tol,
                            $"clamp {clamp}, residual {residual}, {threads} threads: out[{i}] = {actual[i]}, expected {expected[i]}");
                }
    }

    [Fact]
    public void Mismatched_blocks_and_buffers_are_refused()
    {
        var expand = Geo(1, 4, 6, 6, 8, 1, 0, 0, 1, 1);
        var strided = Geo(1, 8, 6, 6, 8, 3, 1, 1, 1, 8) with { StrideH = 2, StrideW = 2 };
        var project = Geo(1, 8, 6, 6, 4, 1, 0, 0, 1, 1);
        Assert.False(InvertedResidual.Fits(expand, strided, project));
        Assert.Throws<ArgumentException>(() => InvertedResidual.Pack(expand, new float[32], strided, new float[72], project, new float[32]));
        var depthwise = strided with { StrideH = 1, StrideW = 1 };
        Assert.Throws<ArgumentException>(() => InvertedResidual.Pack(expand, new float[31], depthwise, new float[72], project, new float[32]));
        var block = InvertedResidual.Pack(expand, new float[32], depthwise, new float[72], project, new float[32]);
        var x = new float[expand.InputLength];
        var y = new float[project.OutputLength];
        Assert.Throws<ArgumentException>(() => InvertedResidual.Forward(x, block, [], ClampRange.None, [], ClampRange.None, [], [], ClampRange.None, new float[y.Length - 1]));
        Assert.Throws<ArgumentException>(() => InvertedResidual.Forward(x, block, new float[3], ClampRange.None, [], ClampRange.None, [], [], ClampRange.None, y));
        Assert.Throws<ArgumentException>(() => InvertedResidual.Forward(x, block, [], ClampRange.None, [], ClampRange.None, [], y, ClampRange.None, y));
        Assert.Throws<ArgumentException>(() => InvertedResidual.Forward(x, block, [], new ClampRange(float.NaN, 1f), [], ClampRange.None, [], [], ClampRange.None, y));
    }

    private static float[] Reference(float[] input, float[] weights, float[] bias, Conv2DGeometry g, ClampRange clamp, float[]? residual)
    {
        var y = new float[g.OutputLength];
        ConvReference.Conv2D(input, weights, bias, y, g);
        for (int i = 0; i < y.Length; i++)
            y[i] = Math.Clamp(y[i] + (residual is null ? 0f : residual[i]), clamp.Min, clamp.Max);
        return y;
    }

    private static Conv2DGeometry Geo(int n, int c, int h, int w, int oc, int k, int padBegin, int padEnd, int dilation, int groups) => new()
    {
        Batch = n, InChannels = c, Height = h, Width = w, OutChannels = oc, KernelH = k, KernelW = k, Groups = groups,
        PadTop = padBegin, PadLeft = padBegin, PadBottom = padEnd, PadRight = padEnd, DilationH = dilation, DilationW = dilation,
    };
}
