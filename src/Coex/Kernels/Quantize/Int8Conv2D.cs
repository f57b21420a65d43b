using Coex.Kernels.Conv;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Coex.Kernels.Gemm;

namespace Coex.Kernels.Quantize;

/// <summary>
/// 2-D convolution (groups = 1) on the int8 GEMM, float in and float out: the input is quantized to u8 (given scale and
/// zero point) into a zero-point-padded NHWC copy, im2col rows of u8 patches in (kh, kw, c) order are multiplied by s8
/// weights packed in the same order, and the int32 sums are dequantized with per-channel scales, biased, clamped and
/// stored NCHW by the GEMM's output stage (<see cref="DequantizeNchw"/>).
/// </summary>
/// <remarks>
/// NHWC makes each patch row a few contiguous runs (KW·C bytes per kernel row at dilation 1), so im2col is memory copies;
/// a pointwise convolution's patches are the NHWC pixels themselves. Images are processed in chunks of about
/// <see cref="ChunkRows"/> GEMM rows to bound scratch memory.
/// </remarks>
public static unsafe class Int8Conv2D
{
    /// <summary>Target GEMM rows (output pixels) per chunk of images.</summary>
    public const int ChunkRows = 8192;

    /// <summary>Packs OIHW s8 filters as the GEMM's B[(kh·KW + kw)·C + c, oc].</summary>
    public static PackedS8Weights PackWeights(ReadOnlySpan<sbyte> oihw, int outChannels, int inChannels, int kernelH, int kernelW)
    {
        long k = (long)inChannels * kernelH * kernelW;
        if (outChannels <= 0 || k <= 0 || oihw.Length != outChannels * k)
            throw new ArgumentException($"Weights hold {oihw.Length} values; OIHW [{outChannels}, {inChannels}, {kernelH}, {kernelW}] needs {outChannels * k}.", nameof(oihw));
        var b = new sbyte[k * outChannels];
        for (int oc = 0; oc < outChannels; oc++)
            for (int c = 0; c < inChannels; c++)
                for (int y = 0; y < kernelH; y++)
                    for (int x = 0; x < kernelW; x++)
                        b[((y * kernelW + x) * inChannels + c) * outChannels + oc] = oihw[((oc * inChannels + c) * kernelH + y) * kernelW + x];
        return GemmU8S8.Pack(b, (int)k, outChannels);
    }

    /// <summary>
    /// <c>output[n, oc, p] = clamp(channelScales[oc] · Σ (q(x) − inputZero)·w + bias[oc], lower, upper)</c> where q(x) quantizes the
    /// input with (<paramref name="inputScale"/>, <paramref name="inputZero"/>) and channelScales[oc] = inputScale · weightScale[oc].
    /// <paramref name="bias"/> may be empty.
    /// </summary>
    public static void Forward(ReadOnlySpan<float> input, Conv2DGeometry g, float inputScale, int inputZero, PackedS8Weights weights,
        ReadOnlySpan<float> channelScales, ReadOnlySpan<float> bias, float lower, float upper, Span<float> output, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(weights);
        g.Validate();
        if (g.Groups != 1)
            throw new ArgumentException($"The int8 convolution runs groups = 1, got {g.Groups}.", nameof(g));
        if (input.Length != g.InputLength || output.Length != g.OutputLength)
            throw new ArgumentException($"Input holds {input.Length} and output {output.Length} floats; the geometry needs {g.InputLength} and {g.OutputLength}.", nameof(input));
        if (weights.K != g.PatchSize || weights.N != g.OutChannels)
            throw new ArgumentException($"Packed weights are {weights.K}×{weights.N}; the geometry needs {g.PatchSize}×{g.OutChannels}.", nameof(weights));
        if (channelScales.Length != g.OutChannels || (!bias.IsEmpty && bias.Length != g.OutChannels))
            throw new ArgumentException($"{channelScales.Length} scales and {bias.Length} bias values for {g.OutChannels} output channels.", nameof(channelScales));
        threads = KernelThreads.Resolve(threads);
        int c = g.InChannels, h = g.Height, w = g.Width, oh = g.OutHeight, ow = g.OutWidth, pixels = oh * ow, k = g.PatchSize, oc = g.OutChannels;
        int hp = h + g.PadTop + g.PadBottom, wp = w + g.PadLeft + g.PadRight, plane = hp * wp * c;
        int chunk = Math.Clamp((ChunkRows + pixels - 1) / pixels, 1, g.Batch);
        bool pointwise = g.IsPointwise;
        // Slack after the planes lets the im2col read short runs as whole 8- or 16-byte words.
        var padded = new byte[(long)chunk * plane + CopySlack];
        var rows = pointwise ? padded : new byte[(long)chunk * pixels * k];
        var scales = channelScales.ToArray();
        var biasCopy = bias.ToArray();
        byte zero = (byte)inputZero;
        fixed (float* pIn = input)
        fixed (float* pOut = output)
        {
            nint inAddr = (nint)pIn;
            for (int first = 0; first < g.Batch; first += chunk)
            {
                int images = Math.Min(chunk, g.Batch - first);
                int start = first;
                KernelThreads.For(images, threads, i =>
                {
                    var src = new ReadOnlySpan<float>((float*)inAddr + (long)(start + i) * c * h * w, c * h * w);
                    var dst = padded.AsSpan(i * plane, plane);
                    QuantizeNhwcPadded(src, g, inputScale, zero, dst);
                    if (!pointwise)
                        Im2Row(padded.AsSpan(i * plane, plane + CopySlack), g, rows.AsSpan(i * pixels * k, pixels * k));
                });
                int m = images * pixels;
                var stage = new DequantizeNchw(pOut + (long)first * oc * pixels, (long)images * oc * pixels, pixels, scales, biasCopy, lower, upper);
                GemmU8S8.Multiply(rows.AsSpan(0, m * k), zero, weights, ref stage, m, threads);
            }
        }
    }

    /// <summary>One image: NCHW floats → u8 NHWC with PadTop/PadLeft/… borders holding the zero point.</summary>
    private static void QuantizeNhwcPadded(ReadOnlySpan<float> src, Conv2DGeometry g, float scale, byte zero, Span<byte> dst)
    {
        int c = g.InChannels, h = g.Height, w = g.Width, wp = w + g.PadLeft + g.PadRight;
        if (g.PadTop + g.PadBottom + g.PadLeft + g.PadRight > 0)
            dst.Fill(zero);
        if (c == 1)
        {
            for (int y = 0; y < h; y++)
                QuantizeKernels.QuantizeU8(src.Slice(y * w, w), scale, zero, dst.Slice((y + g.PadTop) * wp + g.PadLeft, w));
            return;
        }
        var row = new byte[w];
        for (int ch = 0; ch < c; ch++)
            for (int y = 0; y < h; y++)
            {
                QuantizeKernels.QuantizeU8(src.Slice((ch * h + y) * w, w), scale, zero, row);
                int at = ((y + g.PadTop) * wp + g.PadLeft) * c + ch;
                for (int x = 0; x < w; x++, at += c)
                    dst[at] = row[x];
            }
    }

    /// <summary>Bytes past the end of the padded planes and the patch rows that short-run copies may touch.</summary>
    private const int CopySlack = 16;

    /// <summary>
    /// One image: rows[oy·OW + ox, (kh·KW + kw)·C + c] = padded[oy·sh + kh·dh, ox·sw + kw·dw, c]. Runs of at most 16 bytes are
    /// copied as one 8- or 16-byte word, which may spill into the bytes after the run, which the next run overwrites; the
    /// image's last runs are copied exactly. Reads stay within the plane plus its slack.
    /// </summary>
    private static void Im2Row(ReadOnlySpan<byte> padded, Conv2DGeometry g, Span<byte> rows)
    {
        int c = g.InChannels, wp = g.Width + g.PadLeft + g.PadRight, run = g.DilationW == 1 ? g.KernelW * c : c;
        int runsPerRow = g.DilationW == 1 ? g.KernelH : g.KernelH * g.KernelW;
        long needed = (long)g.OutHeight * g.OutWidth * g.PatchSize;
        long readable = (long)(g.Height + g.PadTop + g.PadBottom) * wp * c + CopySlack;
        if (rows.Length < needed || padded.Length < readable)
            throw new ArgumentException($"Im2Row buffers hold {rows.Length} and {padded.Length} bytes; {needed} and {readable} needed.");
        fixed (byte* src = padded)
        fixed (byte* dst = rows)
        {
            byte* d = dst, end = dst + (long)g.OutHeight * g.OutWidth * g.PatchSize;
            for (int oy = 0; oy < g.OutHeight; oy++)
                for (int ox = 0; ox < g.OutWidth; ox++)
                    for (int r = 0; r < runsPerRow; r++)
                    {
                        int kh = g.DilationW == 1 ? r : r / g.KernelW, kw = g.DilationW == 1 ? 0 : r % g.KernelW;
                        byte* s = src + ((long)(oy * g.StrideH + kh * g.DilationH) * wp + ox * g.StrideW + kw * g.DilationW) * c;
                        // Near the end of this image's rows, copy exactly: the next image's rows may be written by another thread.
                        if (run <= 8 && d + 8 <= end)
                            Unsafe.WriteUnaligned(d, Unsafe.ReadUnaligned<ulong>(s));
                        else if (run <= 16 && d + 16 <= end)
                            Unsafe.WriteUnaligned(d, Unsafe.ReadUnaligned<Vector128<byte>>(s));
                        else
                            Buffer.MemoryCopy(s, d, run, run);
                        d += run;
                    }
        }
    }
}
