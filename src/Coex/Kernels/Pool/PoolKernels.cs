namespace Coex.Kernels.Pool;

/// <summary>Window of a 2-D pooling over NCHW planes.</summary>
public sealed record Pool2DGeometry
{
    public required int Batch { get; init; }
    public required int Channels { get; init; }
    public required int Height { get; init; }
    public required int Width { get; init; }
    public required int KernelH { get; init; }
    public required int KernelW { get; init; }
    public int StrideH { get; init; } = 1;
    public int StrideW { get; init; } = 1;
    public int PadTop { get; init; }
    public int PadLeft { get; init; }
    public int PadBottom { get; init; }
    public int PadRight { get; init; }
    /// <summary>ONNX ceil_mode: round the output size up, so a last partial window is kept.</summary>
    public bool CeilMode { get; init; }
    /// <summary>AveragePool: count padded positions in the divisor (ONNX count_include_pad).</summary>
    public bool CountIncludePad { get; init; }

    public int OutHeight => OutSize(Height, PadTop, PadBottom, KernelH, StrideH);
    public int OutWidth => OutSize(Width, PadLeft, PadRight, KernelW, StrideW);
    public long InputLength => (long)Batch * Channels * Height * Width;
    public long OutputLength => (long)Batch * Channels * OutHeight * OutWidth;

    private int OutSize(int size, int padBegin, int padEnd, int kernel, int stride)
    {
        int span = size + padBegin + padEnd - kernel;
        if (span < 0)
            return 0;
        int o = (CeilMode ? (span + stride - 1) / stride : span / stride) + 1;
        // In ceil mode the last window must still start inside the input or its leading padding (ONNX and PyTorch rule).
        if (CeilMode && (o - 1) * stride >= size + padBegin)
            o--;
        return o;
    }

    public void Validate()
    {
        if (Batch <= 0 || Channels <= 0 || Height <= 0 || Width <= 0 || KernelH <= 0 || KernelW <= 0 || StrideH <= 0 || StrideW <= 0)
            throw new ArgumentException($"Pooling sizes must be positive: input {Batch}×{Channels}×{Height}×{Width}, kernel {KernelH}×{KernelW}, stride {StrideH}×{StrideW}.");
        if (PadTop < 0 || PadLeft < 0 || PadBottom < 0 || PadRight < 0 || PadTop >= KernelH || PadBottom >= KernelH || PadLeft >= KernelW || PadRight >= KernelW)
            throw new ArgumentException($"Pads must be non-negative and smaller than the kernel (pads {PadTop},{PadLeft},{PadBottom},{PadRight}; kernel {KernelH}×{KernelW}).");
        if (OutHeight <= 0 || OutWidth <= 0)
            throw new ArgumentException($"Kernel {KernelH}×{KernelW} does not fit the padded {Height}×{Width} input.");
    }
}

/// <summary>Max, average and global-average pooling over NCHW float tensors.</summary>
public static class PoolKernels
{
    /// <summary>Max over each window (padding never wins); a window with NaN yields NaN.</summary>
    public static void MaxPool(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g) => Pool(input, output, g, max: true);

    /// <summary>Mean over each window; the divisor counts padding only when <see cref="Pool2DGeometry.CountIncludePad"/>.</summary>
    public static void AveragePool(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g) => Pool(input, output, g, max: false);

    /// <summary><c>output[n, c] = mean over h, w of input[n, c, h, w]</c>, summed in double.</summary>
    public static void GlobalAveragePool(ReadOnlySpan<float> input, Span<float> output, int planes, int planeSize)
    {
        if (planes < 0 || planeSize <= 0 || input.Length != (long)planes * planeSize || output.Length < planes)
            throw new ArgumentException($"GlobalAveragePool needs {planes}×{planeSize} inputs and {planes} outputs; got {input.Length} and {output.Length}.");
        for (int p = 0; p < planes; p++)
        {
            double sum = 0;
            foreach (float v in input.Slice(p * planeSize, planeSize))
                sum += v;
            output[p] = (float)(sum / planeSize);
        }
    }

    private static void Pool(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g, bool max)
    {
        ArgumentNullException.ThrowIfNull(g);
        g.Validate();
        if (input.Length != g.InputLength || output.Length != g.OutputLength)
            throw new ArgumentException($"Pooling needs {g.InputLength} inputs and {g.OutputLength} outputs; got {input.Length} and {output.Length}.");
        int oh = g.OutHeight, ow = g.OutWidth, plane = g.Height * g.Width;
        // Output columns whose window lies inside [0, Width): their inner loop needs no clipping.
        int xlo = Math.Min(ow, (g.PadLeft + g.StrideW - 1) / g.StrideW);
        int room = g.Width - g.KernelW + g.PadLeft; // last window start (in padded coordinates) that still fits
        int xhi = room < 0 ? xlo : Math.Max(xlo, Math.Min(ow, room / g.StrideW + 1));
        for (int p = 0; p < g.Batch * g.Channels; p++)
        {
            var src = input.Slice(p * plane, plane);
            var dst = output.Slice(p * oh * ow, oh * ow);
            for (int y = 0; y < oh; y++)
            {
                int h0 = y * g.StrideH - g.PadTop;
                int hs = Math.Max(h0, 0), h1 = Math.Min(h0 + g.KernelH, g.Height);
                int padH = Math.Min(h0 + g.KernelH, g.Height + g.PadBottom) - h0;
                for (int x = 0; x < ow; x++)
                {
                    if (x == xlo && max)
                    {
                        // Interior run of a max pool: full windows, no divisor, no clipping.
                        for (; x < xhi; x++)
                        {
                            int w0 = x * g.StrideW - g.PadLeft;
                            float best = float.NegativeInfinity;
                            for (int h = hs; h < h1; h++)
                            {
                                var row = src.Slice(h * g.Width + w0, g.KernelW);
                                foreach (float v in row)
                                    best = v > best || float.IsNaN(v) ? v : best;
                            }
                            dst[y * ow + x] = best;
                        }
                        if (x >= ow)
                            break;
                    }
                    dst[y * ow + x] = Window(src, g, max, h0, hs, h1, padH, x);
                }
            }
        }
    }

    /// <summary>One output of a window that may be clipped by the border; NaN wins a max.</summary>
    private static float Window(ReadOnlySpan<float> src, Pool2DGeometry g, bool max, int h0, int hs, int h1, int padH, int x)
    {
        int w0 = x * g.StrideW - g.PadLeft;
        int w1 = Math.Min(w0 + g.KernelW, g.Width), ws = Math.Max(w0, 0);
        // The padded window (for count_include_pad) ends at the pad border, not beyond it.
        int padW = Math.Min(w0 + g.KernelW, g.Width + g.PadRight) - w0;
        float best = float.NegativeInfinity;
        double sum = 0;
        for (int h = hs; h < h1; h++)
            for (int w = ws; w < w1; w++)
            {
                float v = src[h * g.Width + w];
                if (max) best = float.IsNaN(v) || v > best ? v : best;
                else sum += v;
            }
        int divisor = g.CountIncludePad ? padH * padW : (h1 - hs) * (w1 - ws);
        return max ? best : (float)(sum / divisor);
    }
}
