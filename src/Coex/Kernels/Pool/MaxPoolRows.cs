using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Pool;

/// <summary>
/// Max pooling as two vector passes per output row: a vertical max of the window's input rows into a scratch row
/// bordered with −∞ (so padding never wins and no column needs clipping), then a horizontal max over each window
/// of that row. Stride 1 reads shifted vectors; stride 2 (the common 2×2/2 and 3×3/2 pools) deinterleaves even lanes
/// with one permute; other strides read the scratch row with scalar code. NaN propagates like the scalar reference.
/// </summary>
internal static unsafe class MaxPoolRows
{
    /// <summary>Floats of slack after a scratch row, so a stride-2 vector may read past the last window.</summary>
    private const int Slack = 64;

    [ThreadStatic] private static float[]? t_row;
    [ThreadStatic] private static float[]? t_outRow;

    /// <summary>Planes [p0, p1) of NCHW <paramref name="input"/> into <paramref name="output"/> (both whole tensors).</summary>
    public static void Planes(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g, int p0, int p1)
    {
        if (g is { KernelH: 2, KernelW: 2, StrideH: 2, StrideW: 2, PadTop: 0, PadLeft: 0, PadBottom: 0, PadRight: 0 }
            && g.OutHeight * 2 <= g.Height && g.OutWidth * 2 <= g.Width)
        {
            TwoByTwo(input, output, g, p0, p1);
            return;
        }
        int oh = g.OutHeight, ow = g.OutWidth, plane = g.Height * g.Width;
        // The scratch row spans every padded column any window touches (ceil mode can reach past the right pad).
        int rowLength = Math.Max(g.PadLeft + g.Width, (ow - 1) * g.StrideW + g.KernelW);
        var row = t_row;
        if (row is null || row.Length < rowLength + Slack)
            t_row = row = GC.AllocateArray<float>(rowLength + Slack, pinned: true);
        // Whole vectors of outputs land here first, so a row needs no scalar tail; then count floats are copied out.
        var outRow = t_outRow;
        if (outRow is null || outRow.Length < ow + Slack)
            t_outRow = outRow = GC.AllocateArray<float>(ow + Slack, pinned: true);
        fixed (float* pIn = input)
        fixed (float* pOut = output)
        fixed (float* r = row)
        fixed (float* o = outRow)
        {
            new Span<float>(r, rowLength + Slack).Fill(float.NegativeInfinity);
            float* inEnd = pIn + input.Length;
            for (int p = p0; p < p1; p++)
            {
                float* src = pIn + (long)p * plane;
                float* dst = pOut + (long)p * oh * ow;
                for (int y = 0; y < oh; y++)
                {
                    int h0 = y * g.StrideH - g.PadTop;
                    int hs = Math.Max(h0, 0), h1 = Math.Min(h0 + g.KernelH, g.Height);
                    VerticalMax(src + (long)hs * g.Width, g.Width, h1 - hs, r + g.PadLeft, inEnd);
                    Horizontal(r, g.KernelW, g.StrideW, o, ow);
                    Buffer.MemoryCopy(o, dst + (long)y * ow, (long)ow * sizeof(float), (long)ow * sizeof(float));
                }
            }
        }
    }

    /// <summary>
    /// The 2×2, stride-2, unpadded pool (LeNet's, and most CNNs'), read straight from the input: per 8 outputs, two
    /// vertical maxima of 16 floats, then even and odd lanes against each other. A row of at least 8 outputs ends with an
    /// overlapping vector instead of a scalar tail; shorter rows are scalar. Every window lies inside the input.
    /// </summary>
    private static void TwoByTwo(ReadOnlySpan<float> input, Span<float> output, Pool2DGeometry g, int p0, int p1)
    {
        int oh = g.OutHeight, ow = g.OutWidth, w = g.Width, plane = g.Height * w;
        fixed (float* pIn = input)
        fixed (float* pOut = output)
        {
            for (int p = p0; p < p1; p++)
            {
                float* src = pIn + (long)p * plane;
                float* dst = pOut + (long)p * oh * ow;
                for (int y = 0; y < oh; y++, dst += ow)
                    TwoByTwoRow(src + (long)2 * y * w, src + (long)(2 * y + 1) * w, dst, ow);
            }
        }
    }

    /// <summary>
    /// One output row of the 2×2, stride-2 pool: <c>dst[x] = max(r0[2x], r0[2x + 1], r1[2x], r1[2x + 1])</c> for x &lt; ow;
    /// both input rows must hold at least 2·ow floats (a convolution fused with its pool hands in rows of its own scratch).
    /// </summary>
    internal static void TwoByTwoRow(float* r0, float* r1, float* dst, int ow)
    {
        if (Avx2.IsSupported && ow >= 8)
        {
            var even = Vector256.Create(0, 2, 4, 6, 1, 3, 5, 7);
            // Reads [2x, 2x + 16) of both rows: 2x + 16 ≤ 2·OW.
            for (int x = 0; x < ow; x += 8)
            {
                int at = Math.Min(x, ow - 8);
                var lo = Max(Vector256.Load(r0 + 2 * at), Vector256.Load(r1 + 2 * at));
                var hi = Max(Vector256.Load(r0 + 2 * at + 8), Vector256.Load(r1 + 2 * at + 8));
                // Per vector [evens | odds] of its 8 floats, then the evens of both and the odds of both.
                lo = Avx2.PermuteVar8x32(lo, even);
                hi = Avx2.PermuteVar8x32(hi, even);
                Max(Avx2.Permute2x128(lo, hi, 0x20), Avx2.Permute2x128(lo, hi, 0x31)).Store(dst + at);
            }
            return;
        }
        if (Sse.IsSupported && ow >= 4)
        {
            // LeNet's second pool (5 outputs a row) on 128-bit vectors, the last one overlapping: a scalar max on random
            // data mispredicts its branch often enough to cost more than the convolution before it.
            for (int x = 0; x < ow; x += 4)
            {
                int at = Math.Min(x, ow - 4);
                var lo = Max(Vector128.Load(r0 + 2 * at), Vector128.Load(r1 + 2 * at));
                var hi = Max(Vector128.Load(r0 + 2 * at + 4), Vector128.Load(r1 + 2 * at + 4));
                Max(Sse.Shuffle(lo, hi, 0b10_00_10_00), Sse.Shuffle(lo, hi, 0b11_01_11_01)).Store(dst + at);
            }
            return;
        }
        for (int x = 0; x < ow; x++)
            dst[x] = Max(Max(r0[2 * x], r0[2 * x + 1]), Max(r1[2 * x], r1[2 * x + 1]));
    }

    /// <summary>NaN-propagating max: NaN in either operand wins, like the scalar reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Max(Vector512<float> a, Vector512<float> b)
        => Vector512.ConditionalSelect(Vector512.Equals(a, a), Avx512F.Max(a, b), a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Max(Vector256<float> a, Vector256<float> b)
        => Vector256.ConditionalSelect(Vector256.Equals(a, a), Avx.Max(a, b), a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> Max(Vector128<float> a, Vector128<float> b)
        => Vector128.ConditionalSelect(Vector128.Equals(a, a), Sse.Max(a, b), a);

    /// <summary>NaN-propagating scalar max without a data-dependent branch (random inputs mispredict one half the time).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Max(float a, float b) => MathF.Max(a, b);

    /// <summary>
    /// <c>dst[w] = max over r &lt; rows of src[r·width + w]</c>. The last vector may run past <paramref name="width"/>
    /// (reading the next row, never past <paramref name="inEnd"/>); the 16 floats after the row are reset to −∞.
    /// </summary>
    private static void VerticalMax(float* src, int width, int rows, float* dst, float* inEnd)
    {
        int w = 0;
        float* lastRow = src + (long)(rows - 1) * width;
        if (Avx512F.IsSupported)
            for (; w < width && lastRow + w + 16 <= inEnd; w += 16)
            {
                var m = Vector512.Load(src + w);
                for (int r = 1; r < rows; r++)
                    m = Max(m, Vector512.Load(src + (long)r * width + w));
                m.Store(dst + w);
            }
        if (Avx.IsSupported)
            for (; w <= width - 8; w += 8)
            {
                var m = Vector256.Load(src + w);
                for (int r = 1; r < rows; r++)
                    m = Max(m, Vector256.Load(src + (long)r * width + w));
                m.Store(dst + w);
            }
        for (; w < width; w++)
        {
            float m = src[w];
            for (int r = 1; r < rows; r++)
                m = Max(m, src[(long)r * width + w]);
            dst[w] = m;
        }
        new Span<float>(dst + width, 16).Fill(float.NegativeInfinity);
    }

    /// <summary>
    /// <c>dst[x] = max over k &lt; kernel of row[x·stride + k]</c> for x &lt; count; whole vectors may write up to 15
    /// floats past count (<paramref name="dst"/> has the slack) and read past the row's end into its slack.
    /// </summary>
    private static void Horizontal(float* row, int kernel, int stride, float* dst, int count)
    {
        int x = 0;
        if (stride == 1)
        {
            if (Avx512F.IsSupported)
                for (; x < count; x += 16)
                {
                    var m = Vector512.Load(row + x);
                    for (int k = 1; k < kernel; k++)
                        m = Max(m, Vector512.Load(row + x + k));
                    m.Store(dst + x);
                }
            if (Avx.IsSupported)
                for (; x <= count - 8; x += 8)
                {
                    var m = Vector256.Load(row + x);
                    for (int k = 1; k < kernel; k++)
                        m = Max(m, Vector256.Load(row + x + k));
                    m.Store(dst + x);
                }
        }
        else if (stride == 2)
        {
            // Each vector of outputs reads twice its width of the row (plus kernel − 1) and keeps the even lanes;
            // the reads stay inside the row's slack because x·2 + kernel + 2·lanes ≤ rowLength + Slack.
            if (Avx512F.IsSupported && kernel <= Slack - 32)
            {
                var even = Vector512.Create(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
                for (; x < count; x += 16)
                {
                    float* at = row + 2 * x;
                    var m = Avx512F.PermuteVar16x32x2(Vector512.Load(at), even, Vector512.Load(at + 16));
                    for (int k = 1; k < kernel; k++)
                        m = Max(m, Avx512F.PermuteVar16x32x2(Vector512.Load(at + k), even, Vector512.Load(at + k + 16)));
                    m.Store(dst + x);
                }
            }
            if (Avx2.IsSupported && kernel <= Slack - 16)
            {
                // Per 128-bit half, evens first: [0,2,4,6 | 1,3,5,7]; then the low halves of both vectors join.
                var split = Vector256.Create(0, 2, 4, 6, 1, 3, 5, 7);
                for (; x <= count - 8; x += 8)
                {
                    float* at = row + 2 * x;
                    var m = Evens(at, split);
                    for (int k = 1; k < kernel; k++)
                        m = Max(m, Evens(at + k, split));
                    m.Store(dst + x);
                }
            }
        }
        for (; x < count; x++)
        {
            float* at = row + (long)x * stride;
            float m = at[0];
            for (int k = 1; k < kernel; k++)
                m = Max(m, at[k]);
            dst[x] = m;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Evens(float* at, Vector256<int> split)
    {
        var lo = Avx2.PermuteVar8x32(Vector256.Load(at), split);
        var hi = Avx2.PermuteVar8x32(Vector256.Load(at + 8), split);
        return Avx2.Permute2x128(lo, hi, 0x20);
    }
}
