using Coex.Kernels.Conv;
using Coex.Training.Kernels;

namespace Coex.Tests.Training;

public class ConvBackwardTests
{
    [Theory]
    [InlineData(2, 5, 9, 7, 3, 1, 1, 1)]
    [InlineData(1, 3, 11, 10, 5, 2, 2, 1)]
    [InlineData(3, 4, 6, 6, 3, 2, 0, 2)]
    [InlineData(2, 3, 1, 1, 3, 1, 1, 1)]
    [InlineData(2, 3, 3, 17, 3, 2, 1, 1)]
    [InlineData(1, 2, 17, 3, 5, 2, 2, 1)]
    [InlineData(1, 2, 28, 28, 3, 2, 1, 1)]
    [InlineData(1, 2, 14, 14, 7, 1, 3, 1)]
    [InlineData(1, 2, 9, 9, 3, 3, 1, 1)]
    [InlineData(1, 2, 7, 7, 3, 1, 4, 1)] // pad beyond the kernel's reach: the scalar fallback
    public void Direct_depthwise_matches_the_gemm_lowering(int batch, int channels, int h, int w, int k, int stride, int pad, int dilation)
    {
        var g = new Conv2DGeometry
        {
            Batch = batch, InChannels = channels, Height = h, Width = w, OutChannels = channels, KernelH = k, KernelW = k, Groups = channels,
            StrideH = stride, StrideW = stride, PadTop = pad, PadLeft = pad, PadBottom = pad + (h % 2), PadRight = pad, DilationH = dilation, DilationW = dilation,
        };
        var rng = new Random(batch * 100 + k);
        var x = TestData.Floats(rng, (int)g.InputLength);
        var weights = TestData.Floats(rng, (int)g.WeightLength);
        var dy = TestData.Floats(rng, (int)g.OutputLength);
        foreach (int threads in new[] { 1, 2 })
        {
            var (dxA, dxB) = (new float[g.InputLength], new float[g.InputLength]);
            ConvBackward.InputGrad(dy, weights, g, dxA, threads);
            DepthwiseConvBackward.InputGrad(dy, weights, g, dxB, threads);
            var (dwA, dwB, dbA, dbB) = (new float[g.WeightLength], new float[g.WeightLength], new float[channels], new float[channels]);
            ConvBackward.WeightGrad(x, dy, g, dwA, dbA, threads);
            DepthwiseConvBackward.WeightGrad(x, dy, g, dwB, dbB, threads);
            for (int i = 0; i < dxA.Length; i++)
                Assert.True(Math.Abs(dxA[i] - dxB[i]) <= 1e-4f, $"dx[{i}]: {dxA[i]} vs {dxB[i]}");
            for (int i = 0; i < dwA.Length; i++)
                Assert.True(Math.Abs(dwA[i] - dwB[i]) <= 1e-3f, $"dw[{i}]: {dwA[i]} vs {dwB[i]}");
            for (int i = 0; i < channels; i++)
                Assert.True(Math.Abs(dbA[i] - dbB[i]) <= 1e-3f, $"db[{i}]: {dbA[i]} vs {dbB[i]}");
        }
    }

    [Fact]
    public void Mismatched_buffers_are_refused()
    {
        var g = new Conv2DGeometry { Batch = 1, InChannels = 2, Height = 4, Width = 4, OutChannels = 3, KernelH = 3, KernelW = 3 };
        Assert.Throws<ArgumentException>(() => ConvBackward.InputGrad(new float[g.OutputLength - 1], new float[g.WeightLength], g, new float[g.InputLength]));
        Assert.Throws<ArgumentException>(() => ConvBackward.WeightGrad(new float[g.InputLength], new float[g.OutputLength], g, new float[g.WeightLength], new float[2]));
        Assert.Throws<ArgumentException>(() => DepthwiseConvBackward.InputGrad(new float[g.OutputLength], new float[g.WeightLength], g, new float[g.InputLength]));
    }
}
