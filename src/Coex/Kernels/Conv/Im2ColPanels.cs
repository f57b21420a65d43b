using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Coex.Kernels.Gemm;
using Coex.Tensors;

namespace Coex.Kernels.Conv;

/// <summary>
/// Builds the im2col matrix of several images straight into the float GEMM's packed B layout
/// (<see cref="PackedWeights"/>): row r = (ic·KH + kh)·KW + kw, column (image, oh·OW + ow).
/// </summary>
/// <remarks>
/// The images are first copied into a zero-bordered scratch, so no column needs a bounds check; then each im2col row
/// is gathered into a contiguous scratch row (for stride 1, one short copy per output row, done in whole vectors that
/// may run past their end: the next copy overwrites the excess) and scattered into the panels in whole-panel copies.
/// Small convolutions (LeNet: 5×5 over 28×28 or 14×14) spent four fifths of their time in a per-element version of this.
/// </remarks>
internal static unsafe class Im2ColPanels
{
    /// <summary>Floats of slack after the scratch buffers: a vector copy may read and write up to 15 floats past its end.</summary>
    private const int Slack = 16;

    [ThreadStatic] private static float[]? t_padded;
    [ThreadStatic] private static float[]? t_row;

    /// <summary>
    /// Fills every row of <paramref name="packed"/> (K = PatchSize, N = (n1 − n0)·OH·OW, F32, groups 1) with the im2col
    /// matrix of images [n0, n1) of the NCHW <paramref name="input"/> (the whole batch).
    /// </summary>
    public static void Fill(Conv2DGeometry g, ReadOnlySpan<float> input, int n0, int n1, PackedWeights packed)
    {
        int images = n1 - n0, pixels = g.OutHeight * g.OutWidth, n = images * pixels;
        if (g.Groups != 1 || packed.Format != DType.F32 || packed.K != g.PatchSize || packed.N != n)
            throw new ArgumentException($"The packing is {packed.K}×{packed.N} {packed.Format}; images [{n0}, {n1}) of this convolution need {g.PatchSize}×{n} F32 (groups 1).", nameof(packed));
        if (n0 < 0 || n1 > g.Batch || images <= 0 || input.Length != g.InputLength)
            throw new ArgumentOutOfRangeException(nameof(n0), $"Images [{n0}, {n1}) of a batch of {g.Batch} (input of {input.Length} floats).");
        int hp = g.Height + g.PadTop + g.PadBottom, wp = g.Width + g.PadLeft + g.PadRight;
        long paddedPlane = (long)hp * wp, paddedImage = g.InChannels * paddedPlane;
        var padded = Scratch(ref t_padded, images * paddedImage + Slack);
        var row = Scratch(ref t_row, packed.PaddedN + Slack);
        fixed (float* pIn = input)
        fixed (float* pPad = padded)
        fixed (float* pRow = row)
        fixed (byte* pData = packed.Data.Span)
        {
            PadImages(g, pIn + (long)n0 * g.InChannels * g.Height * g.Width, images, pPad, hp, wp);
            int kernelArea = g.KernelH * g.KernelW, ow = g.OutWidth, oh = g.OutHeight;
            for (int r = 0; r < g.PatchSize; r++)
            {
                int ic = r / kernelArea, kh = r / g.KernelW % g.KernelH, kw = r % g.KernelW;
                for (int i = 0; i < images; i++)
                {
                    float* src = pPad + i * paddedImage + ic * paddedPlane + (long)kh * g.DilationH * wp + kw * g.DilationW;
                    float* dst = pRow + (long)i * pixels;
                    for (int y = 0; y < oh; y++, dst += ow)
                    {
                        float* at = src + (long)y * g.StrideH * wp;
                        if (g.StrideW == 1)
                            CopyWhole(at, dst, ow);
                        else
                            for (int x = 0; x < ow; x++)
                                dst[x] = at[(long)x * g.StrideW];
                    }
                }
                // The last panel's columns past N must be zero (its tile products are discarded, but NaN garbage is not harmless).
                new Span<float>(pRow + n, packed.PaddedN - n).Clear();
                Scatter(packed, (float*)pData, r, pRow);
            }
        }
    }

    /// <summary>Copies each image's channels into <paramref name="dst"/> as zero-bordered [hp, wp] planes.</summary>
    private static void PadImages(Conv2DGeometry g, float* src, int images, float* dst, int hp, int wp)
    {
        int h = g.Height, w = g.Width, planes = images * g.InChannels;
        if (g.PadTop + g.PadBottom + g.PadLeft + g.PadRight == 0)
        {
            Buffer.MemoryCopy(src, dst, (long)planes * h * w * sizeof(float), (long)planes * h * w * sizeof(float));
            return;
        }
        for (int p = 0; p < planes; p++, src += h * w, dst += (long)hp * wp)
        {
            new Span<float>(dst, g.PadTop * wp).Clear();
            new Span<float>(dst + (long)(g.PadTop + h) * wp, g.PadBottom * wp).Clear();
            for (int y = 0; y < h; y++)
            {
                float* line = dst + (long)(g.PadTop + y) * wp;
                new Span<float>(line, g.PadLeft).Clear();
                Buffer.MemoryCopy(src + (long)y * w, line + g.PadLeft, (long)w * sizeof(float), (long)w * sizeof(float));
                new Span<float>(line + g.PadLeft + w, g.PadRight).Clear();
            }
        }
    }

    /// <summary>
    /// <c>dst[0..count) = src[0..count)</c> in whole 8-float vectors: reads and writes up to 7 floats past the end
    /// (the callers' buffers have <see cref="Slack"/>, and a later copy overwrites what lands past the end).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyWhole(float* src, float* dst, int count)
    {
        for (int x = 0; x < count; x += 8)
            Vector256.Store(Vector256.Load(src + x), dst + x);
    }

    /// <summary>Writes the contiguous row <paramref name="values"/> (PaddedN floats) as row <paramref name="r"/> of every panel.</summary>
    private static void Scatter(PackedWeights packed, float* data, int r, float* values)
    {
        int nr = packed.PanelWidth, p0 = r / packed.KBlock * packed.KBlock, kc = Math.Min(packed.KBlock, packed.K - p0);
        float* dst = data + packed.PanelOffset(p0, kc, 0) + (long)(r - p0) * nr;
        long panelStride = (long)kc * nr;
        for (int j = 0; j < packed.Panels; j++, dst += panelStride, values += nr)
            for (int c = 0; c < nr; c += 8) // NR is a multiple of 8 on every path
                Vector256.Store(Vector256.Load(values + c), dst + c);
    }

    private static float[] Scratch(ref float[]? field, long length)
    {
        var s = field;
        if (s is null || s.Length < length)
            field = s = new float[length];
        return s;
    }
}
