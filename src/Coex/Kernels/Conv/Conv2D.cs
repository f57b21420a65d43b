using System.Numerics;
using System.Runtime.InteropServices;
using Coex.Kernels.Gemm;

namespace Coex.Kernels.Conv;

/// <summary>Convolution weights packed once for <see cref="Conv2D.Forward"/>: one GEMM panel set per group, or raw depthwise filters.</summary>
public sealed class PackedConvWeights
{
    internal PackedConvWeights(Conv2DGeometry geometry, PackedWeights[] groups, float[]? depthwise)
    {
        Geometry = geometry;
        Groups = groups;
        Depthwise = depthwise;
    }

    public Conv2DGeometry Geometry { get; }
    /// <summary>Per group: B[PatchSize, OutChannelsPerGroup] with row k = (ic, kh, kw) in OIHW order.</summary>
    internal PackedWeights[] Groups { get; }
    /// <summary>Depthwise filters [C, KH, KW] when the geometry is depthwise, else null.</summary>
    internal float[]? Depthwise { get; }
}

/// <summary>
/// 2-D convolution, NCHW in and out, float. General convolutions lower to GEMM over im2col patches
/// (rows = output pixels, columns = patch elements) against weights packed as the GEMM's B; depthwise
/// convolutions run a direct kernel, since per-channel GEMMs would have N = 1.
/// </summary>
public static unsafe class Conv2D
{
    /// <summary>Output pixels per im2col chunk: the chunk (pixels × patch) stays in L2 and is one parallel task.</summary>
    private const int PixelChunk = 96;

    /// <summary>Packs OIHW <paramref name="weights"/> for <paramref name="geometry"/>.</summary>
    public static PackedConvWeights Pack(ReadOnlySpan<float> weights, Conv2DGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        geometry.Validate();
        if (weights.Length != geometry.WeightLength)
            throw new ArgumentException($"Weights hold {weights.Length} floats; OIHW [{geometry.OutChannels}, {geometry.InChannelsPerGroup}, {geometry.KernelH}, {geometry.KernelW}] needs {geometry.WeightLength}.", nameof(weights));
        if (geometry.IsDepthwise)
            return new PackedConvWeights(geometry, [], weights.ToArray());
        int k = geometry.PatchSize, ocg = geometry.OutChannelsPerGroup;
        var groups = new PackedWeights[geometry.Groups];
        var b = new float[k * ocg];
        for (int g = 0; g < geometry.Groups; g++)
        {
            // B[k, oc] = W[g·ocg + oc, k]: the transpose of the group's weight rows.
            for (int oc = 0; oc < ocg; oc++)
            {
                var row = weights.Slice((g * ocg + oc) * k, k);
                for (int p = 0; p < k; p++)
                    b[p * ocg + oc] = row[p];
            }
            groups[g] = GemmF32.Pack(b, k, ocg);
        }
        return new PackedConvWeights(geometry, groups, null);
    }

    /// <summary>
    /// <c>output[n, oc, oh, ow] = bias[oc] + Σ input[n, ic, oh·s − pad + kh·d, ow·s − pad + kw·d] · w[oc, ic, kh, kw]</c>
    /// over the input channels of oc's group, with zero padding. <paramref name="bias"/> may be empty (no bias).
    /// </summary>
    public static void Forward(ReadOnlySpan<float> input, PackedConvWeights weights, ReadOnlySpan<float> bias, Span<float> output, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var g = weights.Geometry;
        if (input.Length != g.InputLength)
            throw new ArgumentException($"Input holds {input.Length} floats; NCHW [{g.Batch}, {g.InChannels}, {g.Height}, {g.Width}] needs {g.InputLength}.", nameof(input));
        if (output.Length != g.OutputLength)
            throw new ArgumentException($"Output holds {output.Length} floats; [{g.Batch}, {g.OutChannels}, {g.OutHeight}, {g.OutWidth}] needs {g.OutputLength}.", nameof(output));
        if (!bias.IsEmpty && bias.Length != g.OutChannels)
            throw new ArgumentException($"Bias holds {bias.Length} floats; expected {g.OutChannels} (one per output channel) or none.", nameof(bias));
        threads = KernelThreads.Resolve(threads);
        fixed (float* pIn = input)
        fixed (float* pBias = bias)
        fixed (float* pOut = output)
        {
            // Task bodies run on other threads and cannot capture spans; the buffers stay pinned until every task ends.
            nint inAddr = (nint)pIn, biasAddr = bias.IsEmpty ? 0 : (nint)pBias, outAddr = (nint)pOut;
            int inLen = input.Length, outLen = output.Length, biasLen = bias.Length;
            if (weights.Depthwise is { } filters)
                KernelThreads.For(g.Batch * g.InChannels, threads, task =>
                    DepthwisePlane(g, new((void*)inAddr, inLen), filters, new((void*)biasAddr, biasLen), new((void*)outAddr, outLen), task));
            else
            {
                int pixels = g.OutHeight * g.OutWidth, chunks = (pixels + PixelChunk - 1) / PixelChunk;
                KernelThreads.For(g.Batch * g.Groups * chunks, threads, task =>
                {
                    int chunk = task % chunks, group = task / chunks % g.Groups, n = task / chunks / g.Groups;
                    GemmChunk(g, new((void*)inAddr, inLen), weights.Groups[group], new((void*)biasAddr, biasLen), new((void*)outAddr, outLen),
                        n, group, chunk * PixelChunk, Math.Min(pixels, (chunk + 1) * PixelChunk));
                });
            }
        }
    }

    [ThreadStatic] private static float[]? t_patches;
    [ThreadStatic] private static float[]? t_result;

    private static void GemmChunk(Conv2DGeometry g, ReadOnlySpan<float> input, PackedWeights b, ReadOnlySpan<float> bias, Span<float> output, int n, int group, int p0, int p1)
    {
        int k = g.PatchSize, ocg = g.OutChannelsPerGroup, rows = p1 - p0, ow = g.OutWidth, pixels = g.OutHeight * ow;
        var patches = t_patches is { } tp && tp.Length >= rows * k ? tp : t_patches = new float[PixelChunk * k];
        var result = t_result is { } tr && tr.Length >= rows * ocg ? tr : t_result = new float[PixelChunk * ocg];
        int icg = g.InChannelsPerGroup, plane = g.Height * g.Width;
        int inBase = (n * g.InChannels + group * icg) * plane;
        for (int r = 0; r < rows; r++)
        {
            int oh = (p0 + r) / ow, owi = (p0 + r) % ow;
            int ih0 = oh * g.StrideH - g.PadTop, iw0 = owi * g.StrideW - g.PadLeft;
            var row = patches.AsSpan(r * k, k);
            int at = 0;
            for (int ic = 0; ic < icg; ic++)
            {
                int chBase = inBase + ic * plane;
                for (int kh = 0; kh < g.KernelH; kh++)
                {
                    int ih = ih0 + kh * g.DilationH;
                    bool rowInside = (uint)ih < (uint)g.Height;
                    for (int kw = 0; kw < g.KernelW; kw++, at++)
                    {
                        int iw = iw0 + kw * g.DilationW;
                        row[at] = rowInside && (uint)iw < (uint)g.Width ? input[chBase + ih * g.Width + iw] : 0f;
                    }
                }
            }
        }
        GemmF32.Multiply(patches.AsSpan(0, rows * k), b, result.AsSpan(0, rows * ocg), rows, threads: 1);
        // Scatter pixel-major GEMM rows into NCHW planes.
        for (int oc = 0; oc < ocg; oc++)
        {
            int channel = group * ocg + oc;
            float add = bias.IsEmpty ? 0f : bias[channel];
            int outBase = (n * g.OutChannels + channel) * pixels + p0;
            for (int r = 0; r < rows; r++)
                output[outBase + r] = result[r * ocg + oc] + add;
        }
    }

    private static void DepthwisePlane(Conv2DGeometry g, ReadOnlySpan<float> input, float[] filters, ReadOnlySpan<float> bias, Span<float> output, int task)
    {
        int c = task % g.InChannels;
        int oh = g.OutHeight, ow = g.OutWidth;
        var src = input.Slice(task * g.Height * g.Width, g.Height * g.Width);
        var dst = output.Slice(task * oh * ow, oh * ow);
        var w = filters.AsSpan(c * g.KernelH * g.KernelW, g.KernelH * g.KernelW);
        dst.Fill(bias.IsEmpty ? 0f : bias[c]);
        for (int y = 0; y < oh; y++)
        {
            var outRow = dst.Slice(y * ow, ow);
            for (int kh = 0; kh < g.KernelH; kh++)
            {
                int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
                if ((uint)ih >= (uint)g.Height)
                    continue;
                var inRow = src.Slice(ih * g.Width, g.Width);
                for (int kw = 0; kw < g.KernelW; kw++)
                {
                    int offset = kw * g.DilationW - g.PadLeft;
                    // Output columns whose input column ow·s + offset lies inside the row.
                    int lo = offset >= 0 ? 0 : (-offset + g.StrideW - 1) / g.StrideW;
                    int hi = Math.Min(ow, (g.Width - 1 - offset) / g.StrideW + 1);
                    if (g.Width - 1 - offset < 0 || lo >= hi)
                        continue;
                    AxpyStrided(w[kh * g.KernelW + kw], inRow, lo * g.StrideW + offset, g.StrideW, outRow.Slice(lo, hi - lo));
                }
            }
        }
    }

    /// <summary><c>y[i] += a · x[start + i·stride]</c>.</summary>
    private static void AxpyStrided(float a, ReadOnlySpan<float> x, int start, int stride, Span<float> y)
    {
        int i = 0;
        if (stride == 1 && Vector.IsHardwareAccelerated)
        {
            var xs = MemoryMarshal.Cast<float, Vector<float>>(x.Slice(start, y.Length));
            var ys = MemoryMarshal.Cast<float, Vector<float>>(y);
            var va = new Vector<float>(a);
            for (int v = 0; v < ys.Length; v++)
                ys[v] = Vector.FusedMultiplyAdd(va, xs[v], ys[v]);
            i = ys.Length * Vector<float>.Count;
        }
        for (; i < y.Length; i++)
            y[i] += a * x[start + i * stride];
    }
}
