using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// N-dimensional window operators as direct loops: pooling for the cases the 2-D pool kernel does not cover
/// (3-D windows, dilations, MaxPool's Indices output, uint8/int8 inputs) and ConvTranspose. Correctness first:
/// these run the ONNX definitions element by element.
/// </summary>
internal static class SpatialOps
{
    /// <summary>Output size, pad begin and pad end of one spatial axis of a pooling window (ONNX rules incl. ceil_mode and auto_pad).</summary>
    public static (int Out, int PadBegin, int PadEnd) PoolAxis(string autoPad, int size, int kernel, int stride, int dilation, int padBegin, int padEnd, bool ceil)
    {
        int span = (kernel - 1) * dilation + 1;
        switch (autoPad)
        {
            case "SAME_UPPER":
            case "SAME_LOWER":
            {
                int o = (size + stride - 1) / stride;
                int total = Math.Max(0, (o - 1) * stride + span - size);
                int small = total / 2;
                return autoPad == "SAME_UPPER" ? (o, small, total - small) : (o, total - small, small);
            }
            case "VALID":
                return ((size - span) / stride + 1, 0, 0);
            case "NOTSET":
            {
                int room = size + padBegin + padEnd - span;
                int o = (ceil ? (room + stride - 1) / stride : room / stride) + 1;
                // In ceil mode the last window must start inside the input or its leading padding.
                if (ceil && (o - 1) * stride >= size + padBegin)
                    o--;
                return (o, padBegin, padEnd);
            }
            default:
                throw new ArgumentException($"auto_pad '{autoPad}' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID.");
        }
    }

    /// <summary>
    /// Max or average pooling over any number of spatial axes into outputs[0]; outputs[1] (MaxPool Indices, if wanted) receives, for each
    /// max, the flat row-major index of the winning input element (first winner on ties).
    /// </summary>
    public static Tensor Pool(RunContext c, Tensor x, bool max, long[] kernel, long[]? strides, long[]? dilations, long[]? pads, string autoPad,
        bool ceil, bool countIncludePad, Tensor?[] outputs, bool columnMajorIndices = false)
    {
        int spatial = kernel.Length;
        if (x.Rank != spatial + 2)
            throw new ArgumentException($"A {spatial}-D pooling window needs a rank-{spatial + 2} input, got {x}.");
        var inSize = x.Shape[2..].ToArray();
        var outSize = new int[spatial];
        var begin = new int[spatial];
        var end = new int[spatial];
        var stride = new int[spatial];
        var dilation = new int[spatial];
        for (int d = 0; d < spatial; d++)
        {
            stride[d] = strides is null ? 1 : (int)strides[d];
            dilation[d] = dilations is null ? 1 : (int)dilations[d];
            (outSize[d], begin[d], end[d]) = PoolAxis(autoPad, inSize[d], (int)kernel[d], stride[d], dilation[d],
                pads is null ? 0 : (int)pads[d], pads is null ? 0 : (int)pads[d + spatial], ceil);
        }
        int planes = x.Shape[0] * x.Shape[1], inPlane = Count(inSize), outPlane = Count(outSize);
        int[] shape = [x.Shape[0], x.Shape[1], .. outSize];
        var y = c.Allocate(x.DType, shape);
        Tensor? idx = outputs.Length > 1 ? c.Allocate(DType.I64, shape) : null;
        var inStrides = Strides(inSize);
        var window = Enumerable.Range(0, spatial).Select(d => (int)kernel[d]).ToArray();
        int windowCount = Count(window);
        var outIndex = new int[spatial];
        var kIndex = new int[spatial];
        for (int o = 0; o < outPlane; o++)
        {
            int rem = o;
            for (int d = spatial - 1; d >= 0; d--) { outIndex[d] = rem % outSize[d]; rem /= outSize[d]; }
            for (int p = 0; p < planes; p++)
            {
                double best = double.NegativeInfinity, sum = 0;
                long bestAt = -1;
                int valid = 0, padded = 0;
                for (int w = 0; w < windowCount; w++)
                {
                    int wr = w;
                    for (int d = spatial - 1; d >= 0; d--) { kIndex[d] = wr % window[d]; wr /= window[d]; }
                    int off = 0;
                    bool inside = true, inPadded = true;
                    for (int d = 0; d < spatial; d++)
                    {
                        int pos = outIndex[d] * stride[d] - begin[d] + kIndex[d] * dilation[d];
                        if (pos < 0 || pos >= inSize[d]) inside = false;
                        // count_include_pad counts positions within the explicit pads, not the ceil-mode overhang.
                        if (pos < -begin[d] || pos >= inSize[d] + end[d]) inPadded = false;
                        off += pos * inStrides[d];
                    }
                    if (inPadded) padded++;
                    if (!inside) continue;
                    valid++;
                    double v = Get(x, p * inPlane + off);
                    sum += v;
                    if (v > best || double.IsNaN(v) && !double.IsNaN(best) || bestAt < 0)
                    {
                        best = v;
                        bestAt = (long)p * inPlane + (columnMajorIndices ? ColumnMajor(off, inSize, inStrides) : off);
                    }
                }
                int at = p * outPlane + o;
                if (max)
                {
                    Set(y, at, best);
                    if (idx is not null) idx.AsSpan<long>()[at] = bestAt;
                }
                else
                    Set(y, at, sum / (countIncludePad ? padded : valid));
            }
        }
        outputs[0] = y;
        if (idx is not null) outputs[1] = idx;
        return y;
    }

    /// <summary>The column-major (storage_order = 1) offset of the element at row-major offset <paramref name="off"/> within one plane.</summary>
    private static int ColumnMajor(int off, int[] size, int[] rowStrides)
    {
        int result = 0, stride = 1;
        for (int d = 0; d < size.Length; d++)
        {
            result += off / rowStrides[d] % size[d] * stride;
            stride *= size[d];
        }
        return result;
    }

    public static Kernel ConvTranspose(BuildContext b)
    {
        b.RequireType(0, DType.F32);
        var kernelAttr = b.Ints("kernel_shape");
        var stridesAttr = b.Ints("strides");
        var dilationsAttr = b.Ints("dilations");
        var padsAttr = b.Ints("pads");
        var outputPadding = b.Ints("output_padding");
        var outputShape = b.Ints("output_shape");
        string autoPad = b.String("auto_pad", "NOTSET");
        int groups = (int)b.Int("group", 1);
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            var w = i[1]!;
            var bias = i.Length > 2 ? i[2] : null;
            int spatial = x.Rank - 2, n = x.Shape[0], ci = x.Shape[1], ocg = w.Shape[1], oc = ocg * groups, icg = ci / groups;
            var inSize = x.Shape[2..].ToArray();
            var k = w.Shape[2..].ToArray();
            if (kernelAttr is not null && !kernelAttr.Select(v => (int)v).SequenceEqual(k))
                throw new ArgumentException($"ConvTranspose kernel_shape [{string.Join(", ", kernelAttr)}] disagrees with weights {w}.");
            var outSize = new int[spatial];
            var begin = new int[spatial];
            var stride = new int[spatial];
            var dil = new int[spatial];
            for (int d = 0; d < spatial; d++)
            {
                stride[d] = stridesAttr is null ? 1 : (int)stridesAttr[d];
                dil[d] = dilationsAttr is null ? 1 : (int)dilationsAttr[d];
                int outPad = outputPadding is null ? 0 : (int)outputPadding[d];
                int full = stride[d] * (inSize[d] - 1) + outPad + (k[d] - 1) * dil[d] + 1;
                if (outputShape is not null || autoPad is "SAME_UPPER" or "SAME_LOWER")
                {
                    int target = outputShape is not null ? (int)outputShape[^(spatial - d)] : inSize[d] * stride[d];
                    int total = full - target;
                    // SAME_UPPER puts the extra pad at the end; otherwise (SAME_LOWER, explicit output_shape) at the start.
                    // Floor division, as the ONNX reference: a negative total (output_shape larger than the natural size) grows the end.
                    int half = (int)Math.Floor(total / 2.0);
                    begin[d] = autoPad == "SAME_UPPER" ? half : total - half;
                    outSize[d] = target;
                }
                else
                {
                    int pb = padsAttr is null || autoPad == "VALID" ? 0 : (int)padsAttr[d], pe = padsAttr is null || autoPad == "VALID" ? 0 : (int)padsAttr[d + spatial];
                    begin[d] = pb;
                    outSize[d] = full - pb - pe;
                }
            }
            int[] shape = [n, oc, .. outSize];
            var y = ctx.Allocate(DType.F32, shape);
            var ys = y.AsSpan<float>();
            var xs = x.AsSpan<float>();
            var ws = w.AsSpan<float>();
            int inPlane = Count(inSize), outPlane = Count(outSize), kCount = Count(k);
            var outStrides = Strides(outSize);
            var pos = new int[spatial];
            var kp = new int[spatial];
            for (int img = 0; img < n; img++)
                for (int ch = 0; ch < ci; ch++)
                {
                    int g = ch / icg;
                    for (int p = 0; p < inPlane; p++)
                    {
                        float v = xs[(img * ci + ch) * inPlane + p];
                        int pr = p;
                        for (int d = spatial - 1; d >= 0; d--) { pos[d] = pr % inSize[d]; pr /= inSize[d]; }
                        for (int kk = 0; kk < kCount; kk++)
                        {
                            int kr = kk, off = 0;
                            bool inside = true;
                            for (int d = spatial - 1; d >= 0; d--) { kp[d] = kr % k[d]; kr /= k[d]; }
                            for (int d = 0; d < spatial && inside; d++)
                            {
                                int op = pos[d] * stride[d] - begin[d] + kp[d] * dil[d];
                                inside = op >= 0 && op < outSize[d];
                                off += op * outStrides[d];
                            }
                            if (!inside) continue;
                            for (int oo = 0; oo < ocg; oo++)
                                ys[(img * oc + g * ocg + oo) * outPlane + off] += v * ws[(ch * ocg + oo) * kCount + kk];
                        }
                    }
                }
            if (bias is not null)
            {
                var bs = bias.AsSpan<float>();
                for (int img = 0; img < n; img++)
                    for (int ch = 0; ch < oc; ch++)
                        foreach (ref float v in ys.Slice((img * oc + ch) * outPlane, outPlane))
                            v += bs[ch];
            }
            o[0] = y;
        };
    }

    /// <summary>MaxUnpool: zeros of the unpooled shape with each X value stored at its flat index from I.</summary>
    public static Kernel MaxUnpool(BuildContext b)
    {
        var kernel = b.Ints("kernel_shape") ?? throw b.Unsupported("kernel_shape is required");
        var strides = b.Ints("strides");
        var pads = b.Ints("pads");
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            var indices = i[1]!;
            int spatial = kernel.Length;
            // Indices are flat positions in the unpooled shape the pooling geometry implies; an explicit output_shape
            // (which may be larger) keeps each value at the same coordinates.
            var natural = ShapeOf(x);
            for (int d = 0; d < spatial; d++)
            {
                int s = strides is null ? 1 : (int)strides[d];
                int pb = pads is null ? 0 : (int)pads[d], pe = pads is null ? 0 : (int)pads[d + spatial];
                natural[d + 2] = (x.Shape[d + 2] - 1) * s + (int)kernel[d] - pb - pe;
            }
            int[] shape = i.Length > 2 && i[2] is { } outShape ? [.. Longs(outShape).Select(v => checked((int)v))] : natural;
            if (shape.Length != natural.Length)
                throw new ArgumentException($"MaxUnpool output_shape has rank {shape.Length}; the input has rank {natural.Length}.");
            var y = ctx.Allocate(x.DType, shape);
            var naturalStrides = Strides(natural);
            var outStrides = Strides(shape);
            var idx = indices.AsSpan<long>();
            long naturalCount = Count(natural);
            for (int k = 0; k < idx.Length; k++)
            {
                if ((ulong)idx[k] >= (ulong)naturalCount)
                    throw new ArgumentException($"MaxUnpool index {idx[k]} is outside the unpooled input of {naturalCount} elements.");
                long at = 0, rem = idx[k];
                for (int d = 0; d < shape.Length; d++)
                {
                    long coord = rem / naturalStrides[d];
                    rem %= naturalStrides[d];
                    if (coord >= shape[d])
                        throw new ArgumentException($"MaxUnpool index {idx[k]} falls outside output_shape [{string.Join(", ", shape)}].");
                    at += coord * outStrides[d];
                }
                Set(y, (int)at, Get(x, k));
            }
            o[0] = y;
        };
    }

    /// <summary>
    /// GridSample (2-D): output[n, c, i, j] samples X[n, c] at the grid's normalized (x, y) ∈ [−1, 1]² with nearest,
    /// bilinear or bicubic (A = −0.75) interpolation and zeros, border or reflection padding, as the ONNX reference.
    /// </summary>
    public static Kernel GridSample(BuildContext b)
    {
        b.RequireType(0, DType.F32);
        string mode = b.String("mode", "bilinear"), padding = b.String("padding_mode", "zeros");
        bool alignCorners = b.Int("align_corners", 0) != 0;
        if (mode is not ("bilinear" or "nearest" or "bicubic") || padding is not ("zeros" or "border" or "reflection"))
            throw b.Unsupported($"mode '{mode}' with padding_mode '{padding}'");
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            var grid = i[1]!;
            if (x.Rank != 4 || grid.Rank != 4)
                throw new ArgumentException($"GridSample runs 2-D: X must be N×C×H×W and the grid N×H×W×2, got {x} and {grid}.");
            int n = x.Shape[0], channels = x.Shape[1], h = x.Shape[2], w = x.Shape[3], oh = grid.Shape[1], ow = grid.Shape[2];
            var src = x.AsSpan<float>().ToArray();
            var g = grid.AsSpan<float>().ToArray();
            var y = ctx.Allocate(DType.F32, n, channels, oh, ow);
            var dst = y.AsSpan<float>();
            // Sampling borders: pixel centres with align_corners, pixel edges without.
            double xMin = alignCorners ? 0 : -0.5, xMax = alignCorners ? w - 1 : w - 0.5;
            double yMin = alignCorners ? 0 : -0.5, yMax = alignCorners ? h - 1 : h - 0.5;
            double Denormalize(double v, int length) => alignCorners ? (v + 1) / 2 * (length - 1) : ((v + 1) * length - 1) / 2;
            double Pad(double v, int length, double lo, double hi) => padding switch
            {
                "border" => Math.Clamp(v, 0, length - 1),
                "reflection" => Reflect(v, lo, hi),
                _ => v,
            };
            for (int img = 0; img < n; img++)
                for (int ch = 0; ch < channels; ch++)
                {
                    int plane = (img * channels + ch) * h * w;
                    double Pixel(long r, long col)
                    {
                        if (padding == "zeros")
                            return r >= 0 && r < h && col >= 0 && col < w ? src[plane + r * w + col] : 0;
                        if (padding == "border")
                            return src[plane + Math.Clamp(r, 0, h - 1) * w + Math.Clamp(col, 0, w - 1)];
                        long rr = (long)Reflect(r, yMin, yMax), cc = (long)Reflect(col, xMin, xMax);
                        return src[plane + Math.Clamp(rr, 0, h - 1) * w + Math.Clamp(cc, 0, w - 1)];
                    }
                    for (int oy = 0; oy < oh; oy++)
                        for (int ox = 0; ox < ow; ox++)
                        {
                            int at = ((img * oh + oy) * ow + ox) * 2;
                            double sx = Denormalize(g[at], w), sy = Denormalize(g[at + 1], h);
                            double value;
                            if (mode == "nearest")
                            {
                                sx = Math.Round(sx, MidpointRounding.ToEven);
                                sy = Math.Round(sy, MidpointRounding.ToEven);
                                value = Pixel((long)Pad(sy, h, yMin, yMax), (long)Pad(sx, w, xMin, xMax));
                            }
                            else if (mode == "bilinear")
                            {
                                sx = Pad(sx, w, xMin, xMax);
                                sy = Pad(sy, h, yMin, yMax);
                                long x1 = (long)Math.Floor(sx), y1 = (long)Math.Floor(sy);
                                double dx1 = sx - x1, dx2 = x1 + 1 - sx, dy1 = sy - y1, dy2 = y1 + 1 - sy;
                                value = dy2 * dx2 * Pixel(y1, x1) + dy2 * dx1 * Pixel(y1, x1 + 1) + dy1 * dx2 * Pixel(y1 + 1, x1) + dy1 * dx1 * Pixel(y1 + 1, x1 + 1);
                            }
                            else
                            {
                                sx = Pad(sx, w, xMin, xMax);
                                sy = Pad(sy, h, yMin, yMax);
                                long x0 = (long)Math.Floor(sx) - 1, y0 = (long)Math.Floor(sy) - 1;
                                var cx = CubicCoefficients(sx - x0 - 1);
                                var cy = CubicCoefficients(sy - y0 - 1);
                                value = 0;
                                for (int r = 0; r < 4; r++)
                                    for (int col = 0; col < 4; col++)
                                        value += cy[r] * cx[col] * Pixel(y0 + r, x0 + col);
                            }
                            dst[((img * channels + ch) * oh + oy) * ow + ox] = (float)value;
                        }
                }
            o[0] = y;
        };
    }

    /// <summary>Reflects <paramref name="v"/> back into [lo, hi] as many times as needed.</summary>
    private static double Reflect(double v, double lo, double hi)
    {
        double range = hi - lo;
        if (range <= 0)
            return lo;
        if (v < lo)
        {
            double dx = lo - v;
            long k = (long)(dx / range);
            double r = dx - k * range;
            return k % 2 == 0 ? lo + r : hi - r;
        }
        if (v > hi)
        {
            double dx = v - hi;
            long k = (long)(dx / range);
            double r = dx - k * range;
            return k % 2 == 0 ? hi - r : lo + r;
        }
        return v;
    }

    /// <summary>Cubic convolution weights (A = −0.75) of the four taps around a point at fraction <paramref name="t"/>.</summary>
    private static double[] CubicCoefficients(double t)
    {
        const double A = -0.75;
        double s = 1 - t;
        return
        [
            ((A * (t + 1) - 5 * A) * (t + 1) + 8 * A) * (t + 1) - 4 * A,
            ((A + 2) * t - (A + 3)) * t * t + 1,
            ((A + 2) * s - (A + 3)) * s * s + 1,
            ((A * (s + 1) - 5 * A) * (s + 1) + 8 * A) * (s + 1) - 4 * A,
        ];
    }
}
