using Coex.Kernels.Norms;
using Coex.Kernels.Pool;

namespace Coex.Tests.Kernels;

[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class PoolAndSoftmaxTests
{
    private static readonly float[] Grid4x4 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

    private static Pool2DGeometry Geo(int k, int s, int pad = 0, bool ceil = false, bool includePad = false) => new()
    {
        Batch = 1, Channels = 1, Height = 4, Width = 4, KernelH = k, KernelW = k, StrideH = s, StrideW = s,
        PadTop = pad, PadLeft = pad, PadBottom = pad, PadRight = pad, CeilMode = ceil, CountIncludePad = includePad,
    };

    [Fact]
    public void Max_and_average_2x2_stride_2()
    {
        var o = new float[4];
        PoolKernels.MaxPool(Grid4x4, o, Geo(2, 2));
        Assert.Equal([6f, 8, 14, 16], o);
        PoolKernels.AveragePool(Grid4x4, o, Geo(2, 2));
        Assert.Equal([3.5f, 5.5f, 11.5f, 13.5f], o);
    }

    [Fact]
    public void Ceil_mode_keeps_the_partial_window()
    {
        var g = Geo(3, 2, ceil: true);
        Assert.Equal(2, g.OutHeight); // floor mode would give 1
        var o = new float[4];
        PoolKernels.MaxPool(Grid4x4, o, g);
        Assert.Equal([11f, 12, 15, 16], o);
    }

    [Fact]
    public void Average_divisor_with_and_without_padding()
    {
        var o = new float[16];
        PoolKernels.AveragePool(Grid4x4, o, Geo(3, 1, pad: 1));
        Assert.Equal((1 + 2 + 5 + 6) / 4f, o[0]);
        PoolKernels.AveragePool(Grid4x4, o, Geo(3, 1, pad: 1, includePad: true));
        Assert.Equal((1 + 2 + 5 + 6) / 9f, o[0]);
        PoolKernels.MaxPool([-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16], o, Geo(3, 1, pad: 1));
        Assert.Equal(-1f, o[0]); // padding never wins a max
    }

    [Fact]
    public void Max_pool_matches_a_clipped_window_reference_on_odd_geometries()
    {
        var rng = new Random(3);
        foreach (var (h, w, k, s, pad, ceil) in new[] { (9, 11, 3, 2, 1, true), (7, 4, 5, 2, 2, true), (13, 13, 2, 2, 0, false), (5, 17, 3, 1, 1, false), (4, 4, 4, 3, 0, true) })
        {
            var g = new Pool2DGeometry { Batch = 2, Channels = 3, Height = h, Width = w, KernelH = k, KernelW = k, StrideH = s, StrideW = s,
                PadTop = pad, PadLeft = pad, PadBottom = pad, PadRight = pad, CeilMode = ceil };
            var x = TestData.Floats(rng, (int)g.InputLength);
            x[5] = float.NaN;
            var y = new float[g.OutputLength];
            PoolKernels.MaxPool(x, y, g);
            int oh = g.OutHeight, ow = g.OutWidth;
            for (int p = 0; p < 6; p++)
                for (int i = 0; i < oh; i++)
                    for (int j = 0; j < ow; j++)
                    {
                        float best = float.NegativeInfinity;
                        for (int a = i * s - pad; a < i * s - pad + k; a++)
                            for (int b = j * s - pad; b < j * s - pad + k; b++)
                                if (a >= 0 && a < h && b >= 0 && b < w)
                                {
                                    float v = x[p * h * w + a * w + b];
                                    best = float.IsNaN(v) || float.IsNaN(best) ? float.NaN : Math.Max(best, v);
                                }
                        Assert.Equal(best, y[p * oh * ow + i * ow + j]);
                    }
        }
    }

    [Fact]
    public void Global_average_and_bad_shapes()
    {
        var o = new float[2];
        PoolKernels.GlobalAveragePool([1, 2, 3, 4, 10, 20, 30, 40], o, 2, 4);
        Assert.Equal([2.5f, 25f], o);
        Assert.Throws<ArgumentException>(() => PoolKernels.MaxPool(Grid4x4, new float[3], Geo(2, 2)));
        Assert.Throws<ArgumentException>(() => PoolKernels.MaxPool(Grid4x4, new float[4], Geo(2, 2) with { StrideH = 0 }));
    }

    [Fact]
    public void Softmax_is_stable_and_sums_to_one()
    {
        float[] x = [1000f, 1001f, 1002f, -5f, 0f, 5f];
        var y = new float[6];
        SoftmaxKernels.Softmax(x, y, 3);
        double[] e = [Math.Exp(-2), Math.Exp(-1), 1];
        for (int i = 0; i < 3; i++)
            Assert.Equal(e[i] / e.Sum(), y[i], 6);
        Assert.Equal(1.0, y[3] + y[4] + y[5], 6);
        var logY = new float[6];
        SoftmaxKernels.Softmax(x, logY, 3, log: true);
        for (int i = 0; i < 6; i++)
            Assert.Equal(Math.Log(y[i]), logY[i], 4);
        SoftmaxKernels.Softmax([float.NaN, 1f], y.AsSpan(0, 2), 2);
        Assert.True(float.IsNaN(y[0]) && float.IsNaN(y[1]));
        Assert.Throws<ArgumentException>(() => SoftmaxKernels.Softmax(new float[5], new float[5], 3));
    }

    [Fact]
    public void Layer_norm_normalizes_each_row()
    {
        float[] x = [1, 2, 3, 4, -2, 0, 2, 4];
        var y = new float[8];
        SoftmaxKernels.LayerNorm(x, [1, 1, 1, 1], [0, 0, 0, 10], y, 4, 1e-5f);
        double sd = Math.Sqrt(1.25 + 1e-5);
        Assert.Equal((1 - 2.5) / sd, y[0], 5);
        Assert.Equal((4 - 2.5) / sd + 10, y[3], 5);
        Assert.Equal((-2 - 1) / Math.Sqrt(5 + 1e-5), y[4], 5);
    }
}
