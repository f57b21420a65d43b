using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using Coex.Kernels.Gemm;

namespace Coex.Kernels.Conv;

/// <summary>Convolution weights prepared once for <see cref="Conv2D.Forward(ReadOnlySpan{float}, PackedConvWeights, ReadOnlySpan{float}, Span{float}, int)"/>: a validated copy of the OIHW filters.</summary>
public sealed class PackedConvWeights
{
    internal PackedConvWeights(Conv2DGeometry geometry, float[] weights)
    {
        Geometry = geometry;
        Weights = weights;
        // A one-group pointwise convolution runs the direct kernel when a vector tile fits the plane (smaller planes
        // are better served by the GEMM path's packing): its panels, once.
        if (geometry.IsPointwise && geometry.Groups == 1 && PointwiseConv.Path != Isa.Scalar
            && geometry.Height * geometry.Width >= PointwiseConv.TilePixels(PointwiseConv.Path))
        {
            PointwiseIsa = PointwiseConv.Path;
            PointwisePanels = PointwiseConv.Pack(weights, geometry.OutChannels, geometry.InChannels, PointwiseConv.PanelRows(PointwiseIsa));
        }
    }

    public Conv2DGeometry Geometry { get; }
    /// <summary>OIHW filters: group g's rows [g·OCg, (g+1)·OCg) form the GEMM's A[OCg, PatchSize] (depthwise: [C, KH·KW]).</summary>
    internal float[] Weights { get; }
    /// <summary>The <see cref="PointwiseConv"/> panels, or null when the convolution takes another path.</summary>
    internal float[]? PointwisePanels { get; }
    internal Isa PointwiseIsa { get; }
}

/// <summary>
/// 2-D convolution, NCHW in and out, float. General convolutions lower to one GEMM per (image, group):
/// <c>out[OCg, pixels] = W[OCg, patch] · col[patch, pixels]</c>, where col is the im2col matrix with one row per
/// (ic, kh, kw) — rows are contiguous runs of input for stride 1, and the product lands directly in NCHW order.
/// Depthwise convolutions run a direct kernel, since per-channel GEMMs would have M = 1.
/// </summary>
public static unsafe class Conv2D
{
    /// <summary>Prepares OIHW <paramref name="weights"/> for <paramref name="geometry"/>.</summary>
    public static PackedConvWeights Pack(ReadOnlySpan<float> weights, Conv2DGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        geometry.Validate();
        if (weights.Length != geometry.WeightLength)
            throw new ArgumentException($"Weights hold {weights.Length} floats; OIHW [{geometry.OutChannels}, {geometry.InChannelsPerGroup}, {geometry.KernelH}, {geometry.KernelW}] needs {geometry.WeightLength}.", nameof(weights));
        return new PackedConvWeights(geometry, weights.ToArray());
    }

    /// <summary>
    /// <c>output[n, oc, oh, ow] = bias[oc] + Σ input[n, ic, oh·s − pad + kh·d, ow·s − pad + kw·d] · w[oc, ic, kh, kw]</c>
    /// over the input channels of oc's group, with zero padding. <paramref name="bias"/> may be empty (no bias).
    /// </summary>
    public static void Forward(ReadOnlySpan<float> input, PackedConvWeights weights, ReadOnlySpan<float> bias, Span<float> output, int threads = 0)
        => Forward(input, weights, bias, output, float.NegativeInfinity, float.PositiveInfinity, threads);

    /// <summary>
    /// <see cref="Forward(ReadOnlySpan{float}, PackedConvWeights, ReadOnlySpan{float}, Span{float}, int)"/> followed by
    /// <c>clamp(·, clampMin, clampMax)</c> (ReLU: 0, +∞; ReLU6: 0, 6), applied while each output tile is still in cache.
    /// </summary>
    public static void Forward(ReadOnlySpan<float> input, PackedConvWeights weights, ReadOnlySpan<float> bias, Span<float> output,
        float clampMin, float clampMax, int threads = 0)
        => Forward(input, weights, bias, [], output, clampMin, clampMax, threads);

    /// <summary>
    /// <c>output = clamp(conv(input) + bias + residual, clampMin, clampMax)</c>: the convolution with a residual tensor of
    /// the output's shape added before the clamp (a ResNet or MobileNetV2 skip connection), written once.
    /// <paramref name="residual"/> may be empty (none); it must not overlap <paramref name="output"/>.
    /// </summary>
    public static void Forward(ReadOnlySpan<float> input, PackedConvWeights weights, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual,
        Span<float> output, float clampMin, float clampMax, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var g = weights.Geometry;
        CheckInputBiasClamp(g, input, bias, clampMin, clampMax);
        if (output.Length != g.OutputLength)
            throw new ArgumentException($"Output holds {output.Length} floats; [{g.Batch}, {g.OutChannels}, {g.OutHeight}, {g.OutWidth}] needs {g.OutputLength}.", nameof(output));
        if (!residual.IsEmpty && residual.Length != output.Length)
            throw new ArgumentException($"Residual holds {residual.Length} floats; it must match the output's {output.Length} or be empty.", nameof(residual));
        if (residual.Overlaps(output))
            throw new ArgumentException("Residual must not overlap the output.", nameof(residual));
        threads = KernelThreads.Resolve(threads);
        if (weights.PointwisePanels is { } panels)
        {
            Pointwise(input, weights, panels, bias, residual, output, clampMin, clampMax, threads);
            return;
        }
        if (!residual.IsEmpty)
        {
            // Other paths have no residual in their epilogue: convolve unclamped, then add and clamp in one pass.
            Forward(input, weights, bias, [], output, float.NegativeInfinity, float.PositiveInfinity, threads);
            AddResidual(output, residual, clampMin, clampMax);
            return;
        }
        fixed (float* pIn = input)
        fixed (float* pBias = bias)
        fixed (float* pOut = output)
        fixed (float* pFilters = weights.Weights)
        {
            // Task bodies run on other threads and cannot capture spans; the buffers stay pinned until every task ends.
            nint inAddr = (nint)pIn, biasAddr = bias.IsEmpty ? 0 : (nint)pBias, outAddr = (nint)pOut, filterAddr = (nint)pFilters;
            int inLen = input.Length, outLen = output.Length, biasLen = bias.Length;
            var filters = weights.Weights;
            if (g.IsDepthwise)
            {
                int plane = g.Height * g.Width, outPlane = g.OutHeight * g.OutWidth, taps = g.KernelH * g.KernelW, channels = g.InChannels;
                var dims = new DepthwiseConv.Dims(g);
                KernelThreads.For(g.Batch * channels, threads, task =>
                {
                    int c = task % channels;
                    DepthwiseConv.Plane(dims, (float*)inAddr + (long)task * plane, (float*)filterAddr + c * taps,
                        biasAddr == 0 ? 0f : ((float*)biasAddr)[c], (float*)outAddr + (long)task * outPlane, clampMin, clampMax);
                });
            }
            else if (StemConv.Applies(g))
            {
                int inImage = g.InChannels * g.Height * g.Width, outImage = g.OutChannels * g.OutHeight * g.OutWidth;
                KernelThreads.For(g.Batch, threads, image =>
                    StemConv.Image(g, (float*)inAddr + (long)image * inImage, (float*)filterAddr, (float*)biasAddr,
                        (float*)outAddr + (long)image * outImage, clampMin, clampMax));
            }
            else if (g.Groups == 1 && (ImagesPerChunk(g) > 1 || !g.IsPointwise))
            {
                // Images side by side in N: a small convolution (LeNet conv1: M = 6, K = 25, 784 pixels) fills GEMM tiles
                // only when several images share one product. Chunks are tasks; a single chunk lets its GEMM use the threads.
                // A non-pointwise convolution takes this path even one image at a time: it builds im2col into the packing directly.
                int perChunk = ImagesPerChunk(g);
                int chunks = (g.Batch + perChunk - 1) / perChunk;
                int inner = chunks >= threads ? 1 : threads;
                KernelThreads.For(chunks, threads, chunk =>
                    ImageChunkGemm(g, new((void*)inAddr, inLen), filters, new((void*)biasAddr, biasLen), new((void*)outAddr, outLen),
                        chunk * perChunk, Math.Min(g.Batch, (chunk + 1) * perChunk), inner, clampMin, clampMax));
            }
            else
            {
                // Many (image, group) products: one per task. A single one: let its GEMM use the threads.
                int tasks = g.Batch * g.Groups;
                int inner = tasks >= threads ? 1 : threads;
                KernelThreads.For(tasks, threads, task =>
                    GroupGemm(g, new((void*)inAddr, inLen), filters, new((void*)biasAddr, biasLen), new((void*)outAddr, outLen),
                        task / g.Groups, task % g.Groups, inner, clampMin, clampMax));
            }
        }
    }

    /// <summary>The checks every forward entry point shares: input size, bias length, clamp bounds.</summary>
    private static void CheckInputBiasClamp(Conv2DGeometry g, ReadOnlySpan<float> input, ReadOnlySpan<float> bias, float clampMin, float clampMax)
    {
        if (input.Length != g.InputLength)
            throw new ArgumentException($"Input holds {input.Length} floats; NCHW [{g.Batch}, {g.InChannels}, {g.Height}, {g.Width}] needs {g.InputLength}.", nameof(input));
        if (!bias.IsEmpty && bias.Length != g.OutChannels)
            throw new ArgumentException($"Bias holds {bias.Length} floats; expected {g.OutChannels} (one per output channel) or none.", nameof(bias));
        if (float.IsNaN(clampMin) || float.IsNaN(clampMax))
            throw new ArgumentException("Clamp bounds must not be NaN.", nameof(clampMin));
    }

    /// <summary>
    /// <c>clamp(conv(input) + bias)</c> followed by a 2×2, stride-2 max pool (ONNX MaxPool: kernel 2, strides 2, no pads,
    /// floor), written only as the pooled [N, OC, OH/2, OW/2]. Stride-1 convolutions pool straight from the product's
    /// rows (LeNet's pooled layers), so the full-resolution output never goes to memory; others convolve whole, then pool.
    /// </summary>
    public static void ForwardMaxPool2x2(ReadOnlySpan<float> input, PackedConvWeights weights, ReadOnlySpan<float> bias, Span<float> output,
        float clampMin, float clampMax, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var g = weights.Geometry;
        if (g.OutHeight < 2 || g.OutWidth < 2)
            throw new ArgumentException($"A 2×2 pool needs a convolution output of at least 2×2, not {g.OutHeight}×{g.OutWidth}.", nameof(weights));
        long pooled = (long)g.Batch * g.OutChannels * (g.OutHeight / 2) * (g.OutWidth / 2);
        CheckInputBiasClamp(g, input, bias, clampMin, clampMax);
        if (output.Length != pooled)
            throw new ArgumentException($"Output holds {output.Length} floats; the pooled [{g.Batch}, {g.OutChannels}, {g.OutHeight / 2}, {g.OutWidth / 2}] needs {pooled}.", nameof(output));
        threads = KernelThreads.Resolve(threads);
        bool shifted = weights.PointwisePanels is null && !g.IsDepthwise && g.Groups == 1 && g.StrideH == 1 && g.StrideW == 1
            && (ImagesPerChunk(g) > 1 || !g.IsPointwise);
        if (!shifted)
        {
            var full = new float[g.OutputLength];
            Forward(input, weights, bias, full, clampMin, clampMax, threads);
            var pool = new Pool.Pool2DGeometry
            {
                Batch = g.Batch, Channels = g.OutChannels, Height = g.OutHeight, Width = g.OutWidth, KernelH = 2, KernelW = 2, StrideH = 2, StrideW = 2,
            };
            Pool.PoolKernels.MaxPool(full, output, pool, threads);
            return;
        }
        fixed (float* pIn = input)
        fixed (float* pBias = bias)
        fixed (float* pOut = output)
        {
            nint inAddr = (nint)pIn, biasAddr = bias.IsEmpty ? 0 : (nint)pBias, outAddr = (nint)pOut;
            int inLen = input.Length, outLen = output.Length, biasLen = bias.Length;
            var filters = weights.Weights;
            int perChunk = ImagesPerChunk(g), chunks = (g.Batch + perChunk - 1) / perChunk;
            KernelThreads.For(chunks, threads, chunk =>
                ShiftedChunk(g, new((void*)inAddr, inLen), filters, new((void*)biasAddr, biasLen), new((void*)outAddr, outLen),
                    chunk * perChunk, Math.Min(g.Batch, (chunk + 1) * perChunk), clampMin, clampMax, maxPool2x2: true));
        }
    }

    /// <summary>Pixels per task of the pointwise kernel when several threads share an image: a few tiles, enough to amortize a task.</summary>
    private const int PointwiseTaskPixels = 256;

    private static void Pointwise(ReadOnlySpan<float> input, PackedConvWeights weights, float[] panels, ReadOnlySpan<float> bias, ReadOnlySpan<float> residual,
        Span<float> output, float clampMin, float clampMax, int threads)
    {
        var g = weights.Geometry;
        int pixels = g.Height * g.Width;
        int chunks = threads == 1 ? 1 : (pixels + PointwiseTaskPixels - 1) / PointwiseTaskPixels;
        int chunkPixels = (pixels + chunks - 1) / chunks;
        var isa = weights.PointwiseIsa;
        fixed (float* pIn = input)
        fixed (float* pPanels = panels)
        fixed (float* pBias = bias)
        fixed (float* pRes = residual)
        fixed (float* pOut = output)
        {
            nint inAddr = (nint)pIn, panelAddr = (nint)pPanels, biasAddr = bias.IsEmpty ? 0 : (nint)pBias;
            nint resAddr = residual.IsEmpty ? 0 : (nint)pRes, outAddr = (nint)pOut;
            KernelThreads.For(g.Batch * chunks, threads, task =>
            {
                int n = task / chunks, c = task % chunks;
                long inAt = (long)n * g.InChannels * pixels, outAt = (long)n * g.OutChannels * pixels;
                PointwiseConv.Forward(isa, (float*)inAddr + inAt, pixels, (float*)panelAddr, (float*)biasAddr,
                    resAddr == 0 ? null : (float*)resAddr + outAt, (float*)outAddr + outAt, pixels,
                    g.InChannels, g.OutChannels, pixels, c * chunkPixels, Math.Min(pixels, (c + 1) * chunkPixels), clampMin, clampMax);
            });
        }
    }

    /// <summary><c>output = clamp(output + residual, min, max)</c>, NaN kept.</summary>
    private static void AddResidual(Span<float> output, ReadOnlySpan<float> residual, float clampMin, float clampMax)
    {
        int[] shape = [output.Length];
        Elementwise.ElementwiseKernels.Binary<Elementwise.AddOperator>(output, shape, residual, shape, output);
        if (!float.IsNegativeInfinity(clampMin) || !float.IsPositiveInfinity(clampMax))
            Elementwise.AffineKernels.Clamp(output, clampMin, clampMax, output);
    }

    [ThreadStatic] private static float[]? t_columns;

    /// <summary>The im2col operand's packing: the calling thread's reusable one for this shape.</summary>
    private static PackedWeights ColumnPacking(int k, int n) => GemmF32.ScratchPacking(k, n);

    /// <summary>Columns one chunk's GEMM aims for: enough to fill tiles, few enough that its packing stays in L2.</summary>
    private const int ChunkColumns = 2048;

    private static int ImagesPerChunk(Conv2DGeometry g)
    {
        int pixels = ColumnsPerImage(g);
        long fit = Math.Max(1, ChunkColumns / pixels);
        // The packed operand (K × columns) should stay well inside L2.
        while (fit > 1 && (long)g.PatchSize * fit * pixels * sizeof(float) > (1 << 20))
            fit--;
        return (int)Math.Min(fit, g.Batch);
    }

    [ThreadStatic] private static float[]? t_chunkOutput;
    [ThreadStatic] private static float[]? t_paddedImages;
    [ThreadStatic] private static int[]? t_rowOffsets;

    /// <summary>
    /// GEMM columns per image: the output pixels, and for stride 1 also the Wp − OW columns after each output row but
    /// the last, since stride 1 computes output rows at the padded input width Wp (see <see cref="ShiftedChunk"/>).
    /// </summary>
    private static int ColumnsPerImage(Conv2DGeometry g) =>
        g.StrideH == 1 && g.StrideW == 1 ? (g.OutHeight - 1) * (g.Width + g.PadLeft + g.PadRight) + g.OutWidth : g.OutHeight * g.OutWidth;

    /// <summary>
    /// Images [n0, n1). Stride 1: <see cref="ShiftedChunk"/>. Otherwise one GEMM <c>C[OC, images·pixels] = W · col</c>, the
    /// im2col matrix built straight into the packed operand (<see cref="Im2ColPanels"/>); bias and clamp run in the GEMM's
    /// epilogue. C is the output itself for one image, else a scratch copied out per image.
    /// </summary>
    private static void ImageChunkGemm(Conv2DGeometry g, ReadOnlySpan<float> input, float[] weights, ReadOnlySpan<float> bias, Span<float> output,
        int n0, int n1, int threads, float clampMin, float clampMax)
    {
        if (g.StrideH == 1 && g.StrideW == 1)
        {
            ShiftedChunk(g, input, weights, bias, output, n0, n1, clampMin, clampMax, maxPool2x2: false);
            return;
        }
        int k = g.PatchSize, oc = g.OutChannels, pixels = g.OutHeight * g.OutWidth, images = n1 - n0, n = images * pixels;
        var packed = ColumnPacking(k, n);
        Im2ColPanels.Fill(g, input, n0, n1, packed);
        var epilogue = new F32Epilogue { RowBias = bias, Min = clampMin, Max = clampMax };
        if (images == 1)
        {
            GemmF32.Multiply(weights, packed, output.Slice(n0 * oc * pixels, oc * pixels), oc, epilogue, threads);
            return;
        }
        var c = ChunkOutput(oc * n);
        GemmF32.Multiply(weights, packed, c.AsSpan(0, oc * n), oc, epilogue, threads);
        for (int i = 0; i < images; i++)
            for (int o = 0; o < oc; o++)
                c.AsSpan(o * n + i * pixels, pixels).CopyTo(output.Slice(((n0 + i) * oc + o) * pixels, pixels));
    }

    private static float[] ChunkOutput(int length)
    {
        var c = t_chunkOutput;
        if (c is null || c.Length < length)
            t_chunkOutput = c = new float[length];
        return c;
    }

    /// <summary>
    /// Stride 1, one image at a time: over the zero-padded image (width Wp), im2col row (ic, kh, kw) at column y·Wp + x is
    /// the padded plane read from offset ic·plane + kh·dh·Wp + kw·dw, so <see cref="ShiftedRowsGemm"/> reads the input in
    /// place: no im2col matrix, no packing (those cost LeNet's convolutions more than their products). The product covers
    /// (OH − 1)·Wp + OW columns, of which each row's last Wp − OW are discarded on the way out (LeNet: 1.14× and 1.4× the
    /// needed columns, still far cheaper than building the matrix).
    /// </summary>
    /// <remarks>
    /// <paramref name="maxPool2x2"/>: the output is the 2×2, stride-2 max pool of the clamped convolution, pooled straight
    /// from the product's rows, so the full-resolution output is never written.
    /// </remarks>
    private static void ShiftedChunk(Conv2DGeometry g, ReadOnlySpan<float> input, float[] weights, ReadOnlySpan<float> bias, Span<float> output,
        int n0, int n1, float clampMin, float clampMax, bool maxPool2x2)
    {
        int k = g.PatchSize, oc = g.OutChannels, oh = g.OutHeight, ow = g.OutWidth, pixels = oh * ow, images = n1 - n0;
        int hp = g.Height + g.PadTop + g.PadBottom, wp = g.Width + g.PadLeft + g.PadRight, span = ColumnsPerImage(g);
        long paddedImage = (long)g.InChannels * hp * wp;
        // Slack: the product's loads run up to a tile width past the last column of the last image.
        var padded = t_paddedImages;
        if (padded is null || padded.Length < images * paddedImage + ShiftedRowsGemm.ReadSlack)
            t_paddedImages = padded = new float[images * paddedImage + ShiftedRowsGemm.ReadSlack];
        var offsets = t_rowOffsets;
        if (offsets is null || offsets.Length < k)
            t_rowOffsets = offsets = new int[k];
        int kernelArea = g.KernelH * g.KernelW;
        for (int r = 0; r < k; r++)
        {
            int ic = r / kernelArea, kh = r / g.KernelW % g.KernelH, kw = r % g.KernelW;
            offsets[r] = (ic * hp + kh * g.DilationH) * wp + kw * g.DilationW;
        }
        var c = ChunkOutput(oc * span);
        fixed (float* pIn = input)
        fixed (float* pPad = padded)
        fixed (float* pBias = bias)
        fixed (float* pc = c)
        {
            Im2ColPanels.PadImages(g, pIn + (long)n0 * g.InChannels * g.Height * g.Width, images, pPad);
            var epilogue = new PinnedEpilogue(bias.IsEmpty ? null : pBias, null, clampMin, clampMax);
            for (int i = 0; i < images; i++)
            {
                ShiftedRowsGemm.Multiply(weights, pPad + i * paddedImage, offsets.AsSpan(0, k), span, pc, span, oc, epilogue, GemmF32.DefaultIsa);
                if (maxPool2x2)
                {
                    int ph = oh / 2, pw = ow / 2;
                    fixed (float* pOut = output)
                        for (int o = 0; o < oc; o++)
                        {
                            float* rows = pc + (long)o * span, dst = pOut + ((long)(n0 + i) * oc + o) * ph * pw;
                            for (int y = 0; y < ph; y++)
                                Pool.MaxPoolRows.TwoByTwoRow(rows + (long)2 * y * wp, rows + (long)(2 * y + 1) * wp, dst + y * pw, pw);
                        }
                    continue;
                }
                for (int o = 0; o < oc; o++)
                {
                    var dst = output.Slice(((n0 + i) * oc + o) * pixels, pixels);
                    for (int y = 0; y < oh; y++)
                        new ReadOnlySpan<float>(pc + (long)o * span + y * wp, ow).CopyTo(dst.Slice(y * ow, ow));
                }
            }
        }
    }

    private static void GroupGemm(Conv2DGeometry g, ReadOnlySpan<float> input, float[] weights, ReadOnlySpan<float> bias, Span<float> output,
        int n, int group, int threads, float clampMin, float clampMax)
    {
        int k = g.PatchSize, ocg = g.OutChannelsPerGroup, pixels = g.OutHeight * g.OutWidth;
        var groupInput = input.Slice((n * g.InChannels + group * g.InChannelsPerGroup) * g.Height * g.Width, g.InChannelsPerGroup * g.Height * g.Width);
        // A pointwise convolution's im2col matrix is the input itself: pack it directly.
        ReadOnlySpan<float> operand = groupInput;
        if (!g.IsPointwise)
        {
            var columns = t_columns ?? [];
            if (columns.Length < k * pixels)
                t_columns = columns = new float[k * pixels];
            Im2Col(g, groupInput, columns);
            operand = columns.AsSpan(0, k * pixels);
        }
        var packed = ColumnPacking(k, pixels);
        GemmF32.Repack(packed, operand);
        var dst = output.Slice((n * g.OutChannels + group * ocg) * pixels, ocg * pixels);
        var epilogue = new F32Epilogue { RowBias = bias.IsEmpty ? [] : bias.Slice(group * ocg, ocg), Min = clampMin, Max = clampMax };
        GemmF32.Multiply(weights.AsSpan(group * ocg * k, ocg * k), packed, dst, ocg, epilogue, threads);
    }

    /// <summary>
    /// <c>columns[(ic·KH + kh)·KW + kw, oh·OW + ow] = input[ic, oh·s − pad + kh·d, ow·s − pad + kw·d]</c>, zero outside the input.
    /// For stride 1 each output row is one contiguous copy between its zero borders.
    /// </summary>
    private static void Im2Col(Conv2DGeometry g, ReadOnlySpan<float> input, Span<float> columns)
    {
        int pixels = g.OutHeight * g.OutWidth;
        for (int row = 0; row < g.PatchSize; row++)
            Im2ColRow(g, input, row, columns.Slice(row * pixels, pixels));
    }

    /// <summary>Row <paramref name="row"/> = (ic·KH + kh)·KW + kw of the im2col matrix of one image's group input.</summary>
    private static void Im2ColRow(Conv2DGeometry g, ReadOnlySpan<float> input, int row, Span<float> dst)
    {
        int oh = g.OutHeight, ow = g.OutWidth;
        int kw = row % g.KernelW, kh = row / g.KernelW % g.KernelH, ic = row / (g.KernelW * g.KernelH);
        int offset = kw * g.DilationW - g.PadLeft;
        // Output columns whose input column x·s + offset lies inside [0, W).
        int lo = offset >= 0 ? 0 : Math.Min(ow, (-offset + g.StrideW - 1) / g.StrideW);
        int hi = g.Width - 1 - offset < 0 ? 0 : Math.Min(ow, (g.Width - 1 - offset) / g.StrideW + 1);
        hi = Math.Max(hi, lo);
        for (int y = 0; y < oh; y++)
        {
            var outRow = dst.Slice(y * ow, ow);
            int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
            if ((uint)ih >= (uint)g.Height)
            {
                outRow.Clear();
                continue;
            }
            var inRow = input.Slice((ic * g.Height + ih) * g.Width, g.Width);
            outRow[..lo].Clear();
            outRow[hi..].Clear();
            if (g.StrideW == 1)
                inRow.Slice(lo + offset, hi - lo).CopyTo(outRow[lo..hi]);
            else
                for (int x = lo; x < hi; x++)
                    outRow[x] = inRow[x * g.StrideW + offset];
        }
    }
}
