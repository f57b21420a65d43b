using Coex.Kernels.Pool;

namespace Coex.Kernels.Reference;

/// <summary>Window-by-window max pooling with explicit clipping: the oracle for <see cref="PoolKernels.MaxPool(ReadOnlySpan{float}, Span{float}, Pool2DGeometry, int)"/>.</summary>
public static class PoolReference
{
    /// <summary>Max over the in-bounds part of each window; NaN anywhere in a window yields NaN.</summary>
    public static void MaxPool(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g)
    {
        ArgumentNullException.ThrowIfNull(g);
        g.Validate();
        int oh = g.OutHeight, ow = g.OutWidth;
        for (int p = 0; p < g.Batch * g.Channels; p++)
            for (int y = 0; y < oh; y++)
                for (int x = 0; x < ow; x++)
                {
                    float best = float.NegativeInfinity;
                    for (int kh = 0; kh < g.KernelH; kh++)
                        for (int kw = 0; kw < g.KernelW; kw++)
                        {
                            int h = y * g.StrideH - g.PadTop + kh, w = x * g.StrideW - g.PadLeft + kw;
                            if ((uint)h >= (uint)g.Height || (uint)w >= (uint)g.Width)
                                continue;
                            float v = input[(p * g.Height + h) * g.Width + w];
                            best = float.IsNaN(v) || float.IsNaN(best) ? float.NaN : Math.Max(best, v);
                        }
                    output[(p * oh + y) * ow + x] = best;
                }
    }
}
