using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Coex.Kernels.Gemm;
using Coex.Tensors;

namespace Coex.Kernels.Conv;

/// <summary>
/// Builds the im2col matrix of several images straight into the float GEMM's packed B layout
/// (<see cref="PackedWeights"/>): row r = (ic·KH + kh)·KW + kw, column (image, oh·OW + ow). Strided convolutions use
/// it; stride 1 reads its input in place instead (<see cref="ShiftedRowsGemm"/>).
/// </summary>
/// <remarks>
/// The images are first copied into a zero-bordered scratch (<see cref="PadImages"/>), so no column needs a bounds
/// check; each im2col row is gathered into a contiguous scratch row, then written to the panels in whole-panel copies
/// (a per-element version of this cost LeNet-sized convolutions four fifths of their time).
/// </remarks>
internal static unsafe class Im2ColPanels
{
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
        // Slack past the last plane: the stride-2 gather loads whole vector pairs, one float past its last needed one.
        var padded = Scratch(ref t_padded, images * paddedImage + 2 * Vector512<float>.Count);
        var row = Scratch(ref t_row, packed.PaddedN);
        int kernelArea = g.KernelH * g.KernelW, ow = g.OutWidth, oh = g.OutHeight;
        fixed (float* pIn = input)
        fixed (float* pPad = padded)
        fixed (float* pRow = row)
        fixed (byte* pData = packed.Data.Span)
        {
            PadImages(g, pIn + (long)n0 * g.InChannels * g.Height * g.Width, images, pPad);
            for (int r = 0; r < g.PatchSize; r++)
            {
                int ic = r / kernelArea, kh = r / g.KernelW % g.KernelH, kw = r % g.KernelW;
                float* dst = pRow;
                for (int i = 0; i < images; i++)
                {
                    // In bounds: the last element read is ((OH − 1)·sh + (KH − 1)·dh)·Wp + (OW − 1)·sw + (KW − 1)·dw < Hp·Wp.
                    float* src = pPad + i * paddedImage + ic * paddedPlane + (long)kh * g.DilationH * wp + kw * g.DilationW;
                    for (int y = 0; y < oh; y++, dst += ow)
                    {
                        float* at = src + (long)y * g.StrideH * wp;
                        int x = g.StrideW == 2 ? EvenLanes(at, dst, ow) : 0;
                        for (; x < ow; x++)
                            dst[x] = at[(long)x * g.StrideW];
                    }
                }
                // The last panel's columns past N must be zero (their products are discarded, but NaN garbage is not harmless).
                new Span<float>(pRow + n, packed.PaddedN - n).Clear();
                Scatter(packed, (float*)pData, r, pRow);
            }
        }
    }

    /// <summary>
    /// Copies the channels of <paramref name="images"/> images at <paramref name="src"/> into <paramref name="dst"/> as
    /// zero-bordered [H + PadTop + PadBottom, W + PadLeft + PadRight] planes.
    /// </summary>
    public static void PadImages(Conv2DGeometry g, float* src, int images, float* dst)
    {
        int h = g.Height, w = g.Width, planes = images * g.InChannels, hp = h + g.PadTop + g.PadBottom, wp = w + g.PadLeft + g.PadRight;
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
    /// dst[x] = at[2x] for whole vectors of x &lt; <paramref name="count"/> (two loads and one permute per 16 outputs instead of
    /// 16 scalar copies); returns how many it wrote. Reads at[0 .. 2·written], one float past the last one it keeps.
    /// </summary>
    private static int EvenLanes(float* at, float* dst, int count)
    {
        if (!Avx512F.IsSupported)
            return 0;
        var evens = Vector512.Create(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        int x = 0;
        for (; x <= count - 16; x += 16)
            Avx512F.PermuteVar16x32x2(Avx512F.LoadVector512(at + 2 * x), evens, Avx512F.LoadVector512(at + 2 * x + 16)).Store(dst + x);
        return x;
    }

    /// <summary>Writes the contiguous row <paramref name="values"/> (PaddedN floats) as row <paramref name="r"/> of every panel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
