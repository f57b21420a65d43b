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
    public static void MaxPool(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g) => MaxPool(input, output, g, threads: 1);

    /// <summary>
    /// <see cref="MaxPool(ReadOnlySpan{float}, Span{float}, Pool2DGeometry)"/> on up to <paramref name="threads"/> threads
    /// (0 = every core), split by planes.
    /// </summary>
    public static unsafe void MaxPool(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g, int threads)
    {
        Check(input, output, g);
        threads = KernelThreads.Resolve(threads);
        int planes = g.Batch * g.Channels;
        // Enough planes per task to amortize a task hand-off: 64 K input floats, ~5 µs on the 2×2 path (a LeNet batch-1
        // pool is one task; under load, every hand-off to a descheduled worker cost more than the whole pool).
        int perTask = Math.Max(1, Math.Min((planes + threads - 1) / threads, Math.Max(1, 65536 / (g.Height * g.Width))));
        int tasks = (planes + perTask - 1) / perTask;
        if (tasks == 1)
        {
            MaxPoolRows.Planes(input, output, g, 0, planes);
            return;
        }
        fixed (float* pIn = input)
        fixed (float* pOut = output)
        {
            nint inAddr = (nint)pIn, outAddr = (nint)pOut;
            int inLen = input.Length, outLen = output.Length;
            KernelThreads.For(tasks, threads, t => MaxPoolRows.Planes(new((void*)inAddr, inLen), new((void*)outAddr, outLen), g,
                t * perTask, Math.Min(planes, (t + 1) * perTask)));
        }
    }

    /// <summary>Mean over each window; the divisor counts padding only when <see cref="Pool2DGeometry.CountIncludePad"/>.</summary>
    public static void AveragePool(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g) => AveragePlanes(input, output, g);

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

    private static void Check(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g)
    {
        ArgumentNullException.ThrowIfNull(g);
        g.Validate();
        if (input.Length != g.InputLength || output.Length != g.OutputLength)
            throw new ArgumentException($"Pooling needs {g.InputLength} inputs and {g.OutputLength} outputs; got {input.Length} and {output.Length}.");
    }

    private static void AveragePlanes(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g)
    {
        Check(input, output, g);
        int oh = g.OutHeight, ow = g.OutWidth, plane = g.Height * g.Width;
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
                    dst[y * ow + x] = AverageWindow(src, g, hs, h1, padH, x);
            }
        }
    }

    /// <summary>One output of a window that may be clipped by the border.</summary>
    private static float AverageWindow(ReadOnlySpan<float> src, Pool2DGeometry g, int hs, int h1, int padH, int x)
    {
        int w0 = x * g.StrideW - g.PadLeft;
        int w1 = Math.Min(w0 + g.KernelW, g.Width), ws = Math.Max(w0, 0);
        // The padded window (for count_include_pad) ends at the pad border, not beyond it.
        int padW = Math.Min(w0 + g.KernelW, g.Width + g.PadRight) - w0;
        double sum = 0;
        for (int h = hs; h < h1; h++)
            for (int w = ws; w < w1; w++)
                sum += src[h * g.Width + w];
        int divisor = g.CountIncludePad ? padH * padW : (h1 - hs) * (w1 - ws);
        return (float)(sum / divisor);
    }
}
