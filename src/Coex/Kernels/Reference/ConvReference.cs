using Coex.Kernels.Conv;

namespace Coex.Kernels.Reference;

/// <summary>Direct seven-loop convolution accumulated in double: the oracle for <see cref="Conv2D"/>.</summary>
public static class ConvReference
{
    public static void Conv2D(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output, Conv2DGeometry g)
    {
        int icg = g.InChannelsPerGroup, ocg = g.OutChannelsPerGroup;
        for (int n = 0; n < g.Batch; n++)
            for (int oc = 0; oc < g.OutChannels; oc++)
            {
                int group = oc / ocg;
                for (int y = 0; y < g.OutHeight; y++)
                    for (int x = 0; x < g.OutWidth; x++)
                    {
                        double sum = bias.IsEmpty ? 0 : bias[oc];
                        for (int ic = 0; ic < icg; ic++)
                            for (int kh = 0; kh < g.KernelH; kh++)
                                for (int kw = 0; kw < g.KernelW; kw++)
                                {
                                    int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
                                    int iw = x * g.StrideW - g.PadLeft + kw * g.DilationW;
                                    if (ih < 0 || ih >= g.Height || iw < 0 || iw >= g.Width)
                                        continue;
                                    double v = input[((n * g.InChannels + group * icg + ic) * g.Height + ih) * g.Width + iw];
                                    sum += v * weights[((oc * icg + ic) * g.KernelH + kh) * g.KernelW + kw];
                                }
                        output[((n * g.OutChannels + oc) * g.OutHeight + y) * g.OutWidth + x] = (float)sum;
                    }
            }
    }
}
