using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Conv;

/// <summary>
/// The scratch-row layout of the stride-2 kernels: a zero-padded row stored as its even columns, then (from
/// <c>half</c>) its odd ones. Output column x of a stride-2 filter reads padded columns 2x + k, which in this layout
/// are <c>x + Offset(k)</c>: consecutive outputs read consecutive floats, so a tap is one plain vector load instead of
/// two loads and a permute. Rows are whole 64-byte lines and the input starts on one, so the copy's stores are aligned
/// (unaligned ones made it twice as slow as a plain row copy).
/// </summary>
internal readonly struct SplitColumns
{
    /// <summary>Scratch column of padded column 0: chosen so the first input column starts both halves on a 64-byte line.</summary>
    public readonly int Shift;
    /// <summary>Floats per half (a multiple of 16, so every row starts on a line when the scratch does); a row is 2·Half.</summary>
    public readonly int Half;

    /// <summary>
    /// The layout for rows of <paramref name="paddedWidth"/> columns whose input starts at column <paramref name="padLeft"/>,
    /// read by vectors of output columns up to <paramref name="outputs"/> with taps up to <paramref name="reach"/> columns
    /// right of 2x.
    /// </summary>
    public SplitColumns(int padLeft, int paddedWidth, int outputs, int reach)
    {
        Shift = (32 - padLeft % 32) % 32;
        int need = Math.Max((paddedWidth + Shift + 1) / 2, outputs + (reach + Shift) / 2 + 1);
        Half = (need + 15) & ~15;
    }

    public int RowStride => 2 * Half;

    /// <summary>The first 64-byte line boundary at or after <paramref name="p"/>: scratch arrays hold 16 floats of slack for it.</summary>
    public static unsafe float* LineAligned(float* p) => (float*)(((nint)p + 63) & ~(nint)63);

    /// <summary>Where padded column 2x + <paramref name="c"/> lies, relative to x: in its parity's half, at its index / 2.</summary>
    public int Offset(int c) => ((c + Shift) & 1) * Half + ((c + Shift) >> 1);

    /// <summary>
    /// Copies the <paramref name="h"/> input rows of <paramref name="w"/> floats into split scratch rows: input column i
    /// (padded column <paramref name="pl"/> + i) goes to <c>row[Offset(pl + i)]</c>, so the even inputs land in one half
    /// and the odd ones in the other. Rows of 16 or more floats run in vectors whose last one overlaps its
    /// neighbour from an even column, so no write lands outside the input's own positions.
    /// </summary>
    public unsafe void Rows(float* src, int w, int h, float* padded, int pl)
    {
        int rs = RowStride, firstAt = Offset(pl), secondAt = Offset(pl + 1);
        int wide = CpuFeatures.HasAvx512 && w >= 32 ? 32 : CpuFeatures.HasAvx2Fma && w >= 16 ? 16 : 0;
        var evens = Vector512.Create(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        var odds = Vector512.Create(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
        for (int y = 0; y < h; y++)
        {
            float* from = src + (long)y * w, first = padded + (long)y * rs + firstAt, second = padded + (long)y * rs + secondAt;
            if (wide == 32)
                for (int i = 0; i < w; i += 32)
                {
                    int at = Math.Min(i, (w - 32) & ~1);
                    var lo = Avx512F.LoadVector512(from + at);
                    var hi = Avx512F.LoadVector512(from + at + 16);
                    Avx512F.Store(first + at / 2, Avx512F.PermuteVar16x32x2(lo, evens, hi));
                    Avx512F.Store(second + at / 2, Avx512F.PermuteVar16x32x2(lo, odds, hi));
                }
            else if (wide == 16)
                for (int i = 0; i < w; i += 16)
                {
                    // Per 128-bit lane [a0 a2 b0 b2 | a4 a6 b4 b6], then the 64-bit pairs in order: a0 a2 a4 a6 b0 b2 b4 b6.
                    int at = Math.Min(i, (w - 16) & ~1);
                    var a = Avx.LoadVector256(from + at);
                    var b = Avx.LoadVector256(from + at + 8);
                    Avx.Store(first + at / 2, Avx2.Permute4x64(Avx.Shuffle(a, b, 0b10_00_10_00).AsDouble(), 0b11_01_10_00).AsSingle());
                    Avx.Store(second + at / 2, Avx2.Permute4x64(Avx.Shuffle(a, b, 0b11_01_11_01).AsDouble(), 0b11_01_10_00).AsSingle());
                }
            else
                for (int i = 0; i < w; i++)
                    (i % 2 == 0 ? first : second)[i / 2] = from[i];
            // An odd row's last (even) input: the overlapping vector starts at an even column and stops one short of it.
            if ((w & 1) == 1)
                first[w / 2] = from[w - 1];
        }
    }
}
