using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Conv;

/// <summary>
/// Direct stride-2 convolution for few input channels (a network's first layer: 3 channels, 3×3): its im2col product has
/// K = 27, so building and packing the im2col matrix costs more than the multiply-adds. Here each output row is computed
/// from the zero-padded input rows in place, four output channels × four vectors of 16 columns at a time (16
/// accumulators). The rows are stored split into even and odd columns (<see cref="SplitColumns"/>), so each tap's
/// stride-2 columns are one plain load per vector. AVX-512 only.
/// </summary>
internal static unsafe class StemConv
{
    /// <summary>Largest patch (input channels · KH · KW) this kernel takes.</summary>
    public const int MaxPatch = 32;

    private const int Lanes = 16, Columns = 4 * Lanes, ChannelBlock = 4;

    public static bool Applies(Conv2DGeometry g) =>
        Avx512F.IsSupported && g.Groups == 1 && g.StrideH == 2 && g.StrideW == 2 && g.DilationH == 1 && g.DilationW == 1
        && g.PatchSize <= MaxPatch && g.OutWidth >= Lanes;

    [ThreadStatic] private static float[]? t_padded;
    [ThreadStatic] private static (int Channels, int Height, int Width, int PadTop, int PadLeft, int Rows, int RowStride) t_bordersFor;
    [ThreadStatic] private static float[]? t_rows;

    /// <summary>One image: <paramref name="input"/> [C, H, W] → <paramref name="output"/> [OC, OH, OW], bias and clamp applied.</summary>
    public static void Image(Conv2DGeometry g, float* input, float* weights, float* bias, float* output, float clampMin, float clampMax)
    {
        int hp = g.Height + g.PadTop + g.PadBottom, wp = g.Width + g.PadLeft + g.PadRight;
        int ow = g.OutWidth, oh = g.OutHeight, roundedWidth = (ow + Lanes - 1) / Lanes * Lanes;
        var split = new SplitColumns(g.PadLeft, wp, roundedWidth, g.KernelW - 1);
        int rs = split.RowStride;
        long paddedLength = (long)g.InChannels * hp * rs + 16;
        var padded = t_padded;
        if (padded is null || padded.Length < paddedLength)
        {
            // Pinned, so the line-aligned start below stays at one place in the array; zeroed, like a cleared layout.
            t_padded = padded = GC.AllocateArray<float>((int)paddedLength, pinned: true);
            t_bordersFor = default;
        }
        var rows = t_rows is { } r && r.Length >= ChannelBlock * roundedWidth ? r : t_rows = GC.AllocateUninitializedArray<float>(ChannelBlock * roundedWidth, pinned: true);
        float* pad = SplitColumns.LineAligned((float*)Unsafe.AsPointer(ref padded[0]));
        float* rowOut = (float*)Unsafe.AsPointer(ref rows[0]);
        // Only the input's own positions are written, so the zeros around them, set once per layout, stay.
        var layout = (g.InChannels, g.Height, g.Width, g.PadTop, g.PadLeft, hp, rs);
        if (t_bordersFor != layout)
        {
            Array.Clear(padded);
            t_bordersFor = layout;
        }
        for (int c = 0; c < g.InChannels; c++)
            split.Rows(input + (long)c * g.Height * g.Width, g.Width, g.Height, pad + ((long)c * hp + g.PadTop) * rs, g.PadLeft);
        int patch = g.PatchSize, taps = g.KernelH * g.KernelW, plane = oh * ow;
        Span<int> tapOffsets = stackalloc int[MaxPatch];
        for (int t = 0; t < patch; t++)
            tapOffsets[t] = (t / taps) * hp * rs + (t % taps / g.KernelW) * rs + split.Offset(t % g.KernelW);
        for (int oc0 = 0; oc0 < g.OutChannels; oc0 += ChannelBlock)
        {
            int channels = Math.Min(ChannelBlock, g.OutChannels - oc0);
            // Missing channels of the last block read channel oc0's weights again; their rows are not stored.
            float* w0 = weights + (long)oc0 * patch;
            float* w1 = weights + (long)(oc0 + Math.Min(1, channels - 1)) * patch;
            float* w2 = weights + (long)(oc0 + Math.Min(2, channels - 1)) * patch;
            float* w3 = weights + (long)(oc0 + Math.Min(3, channels - 1)) * patch;
            for (int y = 0; y < oh; y++)
            {
                float* top = pad + (long)y * 2 * rs;
                int x0 = 0;
                for (; x0 + Columns <= roundedWidth; x0 += Columns)
                    Block(top + x0, tapOffsets, patch, w0, w1, w2, w3, rowOut + x0, roundedWidth, four: true);
                // Three vectors left: one block without its fourth; one or two: a vector at a time (one vector per pass is
                // bound by its broadcasts, so it was 71% of a 48-column stem's time when every row went that way).
                if (roundedWidth - x0 == Columns - Lanes)
                {
                    Block(top + x0, tapOffsets, patch, w0, w1, w2, w3, rowOut + x0, roundedWidth, four: false);
                    x0 = roundedWidth;
                }
                for (; x0 < roundedWidth; x0 += Lanes)
                    Vector(top + x0, tapOffsets, patch, w0, w1, w2, w3, rowOut + x0, roundedWidth);
                for (int c = 0; c < channels; c++)
                {
                    float add = bias == null ? 0f : bias[oc0 + c];
                    float* src = rowOut + c * roundedWidth, dst = output + (long)(oc0 + c) * plane + (long)y * ow;
                    Finish(src, dst, ow, add, clampMin, clampMax);
                }
            }
        }
    }

    /// <summary>
    /// Four channels × 64 output columns of one output row (48 unless <paramref name="four"/>), from split input row
    /// pointer <paramref name="at"/> (padded column 2·x0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block(float* at, ReadOnlySpan<int> tapOffsets, int patch, float* w0, float* w1, float* w2, float* w3,
        float* dst, int ldd, bool four)
    {
        Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
        Vector512<float> c0 = default, c1 = default, c2 = default, c3 = default, d0 = default, d1 = default, d2 = default, d3 = default;
        for (int t = 0; t < patch; t++)
        {
            float* src = at + tapOffsets[t];
            var x0 = Avx512F.LoadVector512(src);
            var x1 = Avx512F.LoadVector512(src + 16);
            var x2 = Avx512F.LoadVector512(src + 32);
            var x3 = four ? Avx512F.LoadVector512(src + 48) : default;
            var w = Vector512.Create(w0[t]);
            a0 = Avx512F.FusedMultiplyAdd(x0, w, a0); a1 = Avx512F.FusedMultiplyAdd(x1, w, a1); a2 = Avx512F.FusedMultiplyAdd(x2, w, a2); a3 = Avx512F.FusedMultiplyAdd(x3, w, a3);
            w = Vector512.Create(w1[t]);
            b0 = Avx512F.FusedMultiplyAdd(x0, w, b0); b1 = Avx512F.FusedMultiplyAdd(x1, w, b1); b2 = Avx512F.FusedMultiplyAdd(x2, w, b2); b3 = Avx512F.FusedMultiplyAdd(x3, w, b3);
            w = Vector512.Create(w2[t]);
            c0 = Avx512F.FusedMultiplyAdd(x0, w, c0); c1 = Avx512F.FusedMultiplyAdd(x1, w, c1); c2 = Avx512F.FusedMultiplyAdd(x2, w, c2); c3 = Avx512F.FusedMultiplyAdd(x3, w, c3);
            w = Vector512.Create(w3[t]);
            d0 = Avx512F.FusedMultiplyAdd(x0, w, d0); d1 = Avx512F.FusedMultiplyAdd(x1, w, d1); d2 = Avx512F.FusedMultiplyAdd(x2, w, d2); d3 = Avx512F.FusedMultiplyAdd(x3, w, d3);
        }
        a0.Store(dst); a1.Store(dst + 16); a2.Store(dst + 32);
        b0.Store(dst + ldd); b1.Store(dst + ldd + 16); b2.Store(dst + ldd + 32);
        c0.Store(dst + 2 * ldd); c1.Store(dst + 2 * ldd + 16); c2.Store(dst + 2 * ldd + 32);
        d0.Store(dst + 3 * ldd); d1.Store(dst + 3 * ldd + 16); d2.Store(dst + 3 * ldd + 32);
        if (four)
        {
            a3.Store(dst + 48);
            b3.Store(dst + ldd + 48);
            c3.Store(dst + 2 * ldd + 48);
            d3.Store(dst + 3 * ldd + 48);
        }
    }

    /// <summary><see cref="Block"/> for one vector of 16 output columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Vector(float* at, ReadOnlySpan<int> tapOffsets, int patch, float* w0, float* w1, float* w2, float* w3,
        float* dst, int ldd)
    {
        Vector512<float> a = default, b = default, c = default, d = default;
        for (int t = 0; t < patch; t++)
        {
            float* src = at + tapOffsets[t];
            var x = Avx512F.LoadVector512(src);
            a = Avx512F.FusedMultiplyAdd(x, Vector512.Create(w0[t]), a);
            b = Avx512F.FusedMultiplyAdd(x, Vector512.Create(w1[t]), b);
            c = Avx512F.FusedMultiplyAdd(x, Vector512.Create(w2[t]), c);
            d = Avx512F.FusedMultiplyAdd(x, Vector512.Create(w3[t]), d);
        }
        a.Store(dst);
        b.Store(dst + ldd);
        c.Store(dst + 2 * ldd);
        d.Store(dst + 3 * ldd);
    }

    /// <summary>
    /// dst[x] = clamp(src[x] + add) for x &lt; n, NaN kept (as ONNX Clip): the copy out of the row scratch and the epilogue
    /// in one pass. <see cref="Gemm.PinnedEpilogue"/> works in place, and applying it to the scratch then copying was slower.
    /// </summary>
    private static void Finish(float* src, float* dst, int n, float add, float lo, float hi)
    {
        var vadd = Vector512.Create(add);
        var vlo = Vector512.Create(lo);
        var vhi = Vector512.Create(hi);
        int x = 0;
        for (; x <= n - Lanes; x += Lanes)
        {
            var v = Vector512.Load(src + x) + vadd;
            Vector512.ConditionalSelect(Vector512.Equals(v, v), Vector512.Min(Vector512.Max(v, vlo), vhi), v).Store(dst + x);
        }
        for (; x < n; x++)
        {
            float v = src[x] + add;
            dst[x] = float.IsNaN(v) ? v : MathF.Min(MathF.Max(v, lo), hi);
        }
    }
}
