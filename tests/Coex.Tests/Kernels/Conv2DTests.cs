using Coex.Kernels.Conv;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class Conv2DTests
{
    public static TheoryData<string> Cases() => new(CaseTable.Keys);

    private static readonly Dictionary<string, Conv2DGeometry> CaseTable = new()
    {
        ["3x3 same pad"] = Geo(2, 3, 9, 11, 5, 3, 3, pad: 1),
        ["1x1 pointwise"] = Geo(1, 17, 7, 7, 31, 1, 1),
        ["5x5 stride 2 asym pad"] = Geo(1, 4, 17, 13, 8, 5, 5, stride: 2) with { PadTop = 2, PadLeft = 1, PadBottom = 0, PadRight = 3 },
        ["dilated 3x3"] = Geo(1, 2, 15, 15, 3, 3, 3, pad: 2) with { DilationH = 2, DilationW = 2 },
        ["grouped"] = Geo(2, 8, 6, 6, 12, 3, 3, pad: 1) with { Groups = 4 },
        ["depthwise 3x3"] = Geo(2, 16, 10, 19, 16, 3, 3, pad: 1) with { Groups = 16 },
        ["depthwise 5x5 stride 2"] = Geo(1, 7, 17, 17, 7, 5, 5, pad: 2, stride: 2) with { Groups = 7 },
        ["depthwise 7x7 dilated"] = Geo(1, 3, 20, 20, 3, 7, 7, pad: 3) with { Groups = 3, DilationH = 2, DilationW = 1 },
        ["depthwise 3x3 dilated along W, asymmetric pad"] = Geo(2, 5, 12, 21, 5, 3, 3) with { Groups = 5, DilationW = 2, PadLeft = 2, PadRight = 1, PadTop = 1, StrideH = 2 },
        ["depthwise 5x5 narrow output"] = Geo(1, 4, 9, 6, 4, 5, 5, pad: 2) with { Groups = 4 },
        ["kernel larger than input"] = Geo(1, 2, 3, 3, 4, 5, 5, pad: 2),
        ["1x1 on 1x1"] = Geo(3, 1, 1, 1, 1, 1, 1),
        ["many pixels (im2col chunks)"] = Geo(1, 8, 30, 31, 17, 3, 3, pad: 1),
        ["LeNet conv1, images side by side"] = Geo(5, 1, 28, 28, 6, 5, 5, pad: 2),
        ["LeNet conv2, 17 images per chunk"] = Geo(19, 6, 14, 14, 16, 5, 5),
        ["patch past one K block"] = Geo(3, 120, 7, 9, 5, 3, 3, pad: 1), // 1080 rows: two F32 K blocks
        ["stride 2, rows of 16+ outputs (vector gather)"] = Geo(2, 3, 9, 70, 5, 3, 3, pad: 1, stride: 2),
        ["stem: 1 channel 5x5 stride 2, 16 output channels, asymmetric pad"] = Geo(3, 1, 11, 40, 16, 5, 5, stride: 2) with { PadLeft = 2, PadRight = 1, PadTop = 2 },
        ["stem: 3 channels 3x3 stride 2, 70 outputs a row (two column blocks)"] = Geo(1, 3, 8, 140, 6, 3, 3, pad: 1, stride: 2),
        ["stride 2, dilated along W, 33 outputs a row"] = Geo(1, 2, 7, 67, 4, 3, 3, stride: 2) with { DilationW = 2, PadRight = 2 },
        ["stride 2, dilated, several images"] = Geo(4, 3, 13, 11, 7, 3, 3, stride: 2) with { DilationH = 2, PadLeft = 3, PadBottom = 1 },
        ["one-pixel output rows"] = Geo(3, 2, 5, 1, 3, 3, 1, pad: 1) with { PadLeft = 0, PadRight = 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_reference(string name)
    {
        var g = CaseTable[name];
        var rng = new Random(name.Length * 7919);
        var input = TestData.Floats(rng, (int)g.InputLength);
        var weights = TestData.Floats(rng, (int)g.WeightLength);
        foreach (var bias in new[] { Array.Empty<float>(), TestData.Floats(rng, g.OutChannels) })
            foreach (int threads in new[] { 1, 2 })
            {
                var expected = new float[g.OutputLength];
                ConvReference.Conv2D(input, weights, bias, expected, g);
                var actual = new float[g.OutputLength];
                Array.Fill(actual, float.NaN);
                Conv2D.Forward(input, Conv2D.Pack(weights, g), bias, actual, threads);
                float tol = 1e-5f * g.PatchSize + 1e-5f;
                for (int i = 0; i < expected.Length; i++)
                    Assert.True(Math.Abs(expected[i] - actual[i]) <= tol, $"{name}: out[{i}] = {actual[i]}, expected {expected[i]}");
            }
    }

    [Fact]
    public void Stem_convolution_clamps_and_keeps_nan()
    {
        var g = Geo(2, 3, 9, 50, 7, 3, 3, pad: 1, stride: 2);
        var rng = new Random(31);
        var input = TestData.Floats(rng, (int)g.InputLength, 3f);
        input[5] = float.NaN; // image 0, channel 0, row 0: reaches outputs of every channel
        var weights = TestData.Floats(rng, (int)g.WeightLength);
        var bias = TestData.Floats(rng, g.OutChannels);
        var expected = new float[g.OutputLength];
        ConvReference.Conv2D(input, weights, bias, expected, g);
        for (int i = 0; i < expected.Length; i++)
            expected[i] = float.IsNaN(expected[i]) ? expected[i] : Math.Clamp(expected[i], 0f, 6f);
        var actual = new float[g.OutputLength];
        Conv2D.Forward(input, Conv2D.Pack(weights, g), bias, actual, 0f, 6f, threads: 2);
        Assert.Contains(actual, float.IsNaN);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(float.IsNaN(expected[i]) ? float.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= 3e-4f, $"out[{i}] = {actual[i]}, expected {expected[i]}");
    }

    [Fact]
    public void Inconsistent_geometry_and_buffers_are_refused()
    {
        Assert.Throws<ArgumentException>(() => (Geo(1, 6, 5, 5, 4, 3, 3) with { Groups = 4 }).Validate());
        Assert.Throws<ArgumentException>(() => Geo(1, 1, 2, 2, 1, 5, 5).Validate()); // kernel does not fit
        Assert.Throws<ArgumentException>(() => (Geo(1, 1, 5, 5, 1, 3, 3) with { StrideH = 0 }).Validate());
        var g = Geo(1, 2, 5, 5, 3, 3, 3);
        Assert.Throws<ArgumentException>(() => Conv2D.Pack(new float[g.WeightLength - 1], g));
        var w = Conv2D.Pack(new float[g.WeightLength], g);
        Assert.Throws<ArgumentException>(() => Conv2D.Forward(new float[g.InputLength + 1], w, [], new float[g.OutputLength]));
        Assert.Throws<ArgumentException>(() => Conv2D.Forward(new float[g.InputLength], w, [], new float[g.OutputLength - 1]));
        Assert.Throws<ArgumentException>(() => Conv2D.Forward(new float[g.InputLength], w, new float[2], new float[g.OutputLength]));
    }

    private static Conv2DGeometry Geo(int n, int c, int h, int w, int oc, int kh, int kw, int pad = 0, int stride = 1) => new()
    {
        Batch = n, InChannels = c, Height = h, Width = w, OutChannels = oc, KernelH = kh, KernelW = kw,
        PadTop = pad, PadLeft = pad, PadBottom = pad, PadRight = pad, StrideH = stride, StrideW = stride,
    };
}
