using Coex.Kernels.Pool;

namespace Coex.Training.Kernels;

/// <summary>Gradients of <see cref="PoolKernels"/>' max, average and global-average pooling.</summary>
public static class PoolBackward
{
    /// <summary>
    /// <c>dInput[argmax of window] += dOutput[window]</c>; the argmax is the first position in row-major window
    /// order holding the maximum (the one the forward kernel reports), recomputed from <paramref name="input"/>.
    /// <paramref name="dInput"/> is overwritten.
    /// </summary>
    public static void MaxPool(ReadOnlySpan<float> input, ReadOnlySpan<float> dOutput, Span<float> dInput, Pool2DGeometry g)
    {
        Check(input.Length, dOutput.Length, dInput.Length, g);
        dInput.Clear();
        int oh = g.OutHeight, ow = g.OutWidth, plane = g.Height * g.Width;
        bool window2 = g.KernelH == 2 && g.KernelW == 2 && g.StrideH == 2 && g.StrideW == 2 && g.PadTop == 0 && g.PadLeft == 0
            && 2 * oh <= g.Height && 2 * ow <= g.Width;
        for (int p = 0; p < g.Batch * g.Channels; p++)
        {
            var src = input.Slice(p * plane, plane);
            var dst = dInput.Slice(p * plane, plane);
            var dy = dOutput.Slice(p * oh * ow, oh * ow);
            if (window2)
            {
                // The common 2×2/2 window, every window whole: the same first-maximum rule, without bounds logic.
                for (int y = 0; y < oh; y++)
                {
                    int top = 2 * y * g.Width, bottom = top + g.Width;
                    for (int x = 0; x < ow; x++)
                    {
                        int best = top + 2 * x;
                        float v = src[best];
                        if (src[top + 2 * x + 1] > v || (float.IsNaN(src[top + 2 * x + 1]) && !float.IsNaN(v))) { best = top + 2 * x + 1; v = src[best]; }
                        if (src[bottom + 2 * x] > v || (float.IsNaN(src[bottom + 2 * x]) && !float.IsNaN(v))) { best = bottom + 2 * x; v = src[best]; }
                        if (src[bottom + 2 * x + 1] > v || (float.IsNaN(src[bottom + 2 * x + 1]) && !float.IsNaN(v))) best = bottom + 2 * x + 1;
                        dst[best] += dy[y * ow + x];
                    }
                }
                continue;
            }
            for (int y = 0; y < oh; y++)
                for (int x = 0; x < ow; x++)
                {
                    int h0 = y * g.StrideH - g.PadTop, w0 = x * g.StrideW - g.PadLeft;
                    int h1 = Math.Min(h0 + g.KernelH, g.Height), w1 = Math.Min(w0 + g.KernelW, g.Width);
                    int best = -1;
                    float bestValue = float.NegativeInfinity;
                    for (int h = Math.Max(h0, 0); h < h1; h++)
                        for (int w = Math.Max(w0, 0); w < w1; w++)
                        {
                            float v = src[h * g.Width + w];
                            if (best < 0 || v > bestValue || (float.IsNaN(v) && !float.IsNaN(bestValue)))
                            {
                                best = h * g.Width + w;
                                bestValue = v;
                            }
                        }
                    if (best >= 0)
                        dst[best] += dy[y * ow + x];
                }
        }
    }

    /// <summary><c>dInput[i] = Σ over windows containing i of dOutput[window] / divisor(window)</c>; overwritten.</summary>
    public static void AveragePool(ReadOnlySpan<float> dOutput, Span<float> dInput, Pool2DGeometry g)
    {
        Check((int)g.InputLength, dOutput.Length, dInput.Length, g);
        dInput.Clear();
        int oh = g.OutHeight, ow = g.OutWidth, plane = g.Height * g.Width;
        for (int p = 0; p < g.Batch * g.Channels; p++)
        {
            var dst = dInput.Slice(p * plane, plane);
            var dy = dOutput.Slice(p * oh * ow, oh * ow);
            for (int y = 0; y < oh; y++)
                for (int x = 0; x < ow; x++)
                {
                    // The same window and divisor rule as PoolKernels.AveragePool.
                    int h0 = y * g.StrideH - g.PadTop, w0 = x * g.StrideW - g.PadLeft;
                    int h1 = Math.Min(h0 + g.KernelH, g.Height), w1 = Math.Min(w0 + g.KernelW, g.Width);
                    int padH = Math.Min(h0 + g.KernelH, g.Height + g.PadBottom) - h0;
                    int padW = Math.Min(w0 + g.KernelW, g.Width + g.PadRight) - w0;
                    int hs = Math.Max(h0, 0), ws = Math.Max(w0, 0);
                    int divisor = g.CountIncludePad ? padH * padW : (h1 - hs) * (w1 - ws);
                    float share = dy[y * ow + x] / divisor;
                    for (int h = hs; h < h1; h++)
                        for (int w = ws; w < w1; w++)
                            dst[h * g.Width + w] += share;
                }
        }
    }

    /// <summary><c>dInput[p, i] = dOutput[p] / planeSize</c> for each plane p; overwritten.</summary>
    public static void GlobalAveragePool(ReadOnlySpan<float> dOutput, Span<float> dInput, int planes, int planeSize)
    {
        if (planes < 0 || planeSize <= 0 || dOutput.Length != planes || dInput.Length != (long)planes * planeSize)
            throw new ArgumentException($"GlobalAveragePool backward needs {planes} output and {(long)planes * planeSize} input gradients; got {dOutput.Length} and {dInput.Length}.");
        for (int p = 0; p < planes; p++)
            dInput.Slice(p * planeSize, planeSize).Fill(dOutput[p] / planeSize);
    }

    private static void Check(int input, int dOutput, int dInput, Pool2DGeometry g)
    {
        ArgumentNullException.ThrowIfNull(g);
        g.Validate();
        if (input != g.InputLength || dInput != g.InputLength || dOutput != g.OutputLength)
            throw new ArgumentException($"Pooling backward needs {g.InputLength} inputs/input gradients and {g.OutputLength} output gradients; got {input}, {dInput} and {dOutput}.");
    }
}
