using Coex.Kernels.Pool;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

/// <summary>The vector max pool against the window-by-window reference, over widths around the vector lengths.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class MaxPoolVectorTests
{
    [Theory]
    [InlineData(2, 2, 0, false)]
    [InlineData(2, 2, 0, true)]
    [InlineData(3, 2, 1, false)]
    [InlineData(3, 2, 1, true)]
    [InlineData(3, 1, 1, false)]
    [InlineData(2, 1, 0, false)]
    [InlineData(5, 3, 2, true)]
    [InlineData(4, 2, 0, true)]
    public void Matches_the_reference_over_awkward_widths(int kernel, int stride, int pad, bool ceil)
    {
        var rng = new Random(kernel * 100 + stride * 10 + pad);
        foreach (int w in new[] { 1, 3, 10, 17, 28, 33, 64, 255 })
            foreach (int h in new[] { 1, 5, 17 })
            {
                var g = new Pool2DGeometry { Batch = 2, Channels = 3, Height = h, Width = w, KernelH = Math.Min(kernel, h + pad), KernelW = kernel,
                    StrideH = stride, StrideW = stride, PadTop = h + pad >= kernel ? pad : 0, PadLeft = pad, PadBottom = h + pad >= kernel ? pad : 0, PadRight = pad, CeilMode = ceil };
                if (g.KernelW > w + 2 * pad || g.PadTop >= g.KernelH || g.OutHeight <= 0 || g.OutWidth <= 0)
                    continue;
                var x = TestData.Floats(rng, (int)g.InputLength, 10f);
                // A NaN and a run of −∞ must come through exactly as in the reference.
                x[rng.Next(x.Length)] = float.NaN;
                x[rng.Next(x.Length)] = float.NegativeInfinity;
                var expected = new float[g.OutputLength];
                var actual = new float[g.OutputLength];
                PoolReference.MaxPool(x, expected, g);
                PoolKernels.MaxPool(x, actual, g, threads: 2);
                Assert.Equal(expected, actual);
            }
    }

    [Fact]
    public void Rejects_mismatched_buffers()
    {
        var g = new Pool2DGeometry { Batch = 1, Channels = 1, Height = 4, Width = 4, KernelH = 2, KernelW = 2, StrideH = 2, StrideW = 2 };
        Assert.Throws<ArgumentException>(() => PoolKernels.MaxPool(new float[15], new float[4], g, threads: 1));
        Assert.Throws<ArgumentException>(() => PoolKernels.MaxPool(new float[16], new float[5], g, threads: 1));
    }
}
