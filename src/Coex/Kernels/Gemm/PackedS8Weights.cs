using Coex.Tensors;

namespace Coex.Kernels.Gemm;

/// <summary>
/// A signed 8-bit weight matrix B[K, N] (row-major, zero point 0) rearranged once into the panel layout the
/// int8 micro-kernels stream, with its column sums precomputed for the activation zero-point correction.
/// </summary>
/// <remarks>
/// <para>Every path stores B as 32-bit <em>words</em>; a word holds <see cref="KGroup"/> consecutive k of one column:</para>
/// <list type="bullet">
/// <item><see cref="Isa.AvxVnni"/> and <see cref="Isa.Scalar"/>: 4 bytes, b[k..k+3, n] as s8 (k ascending),
/// the operand layout of vpdpbusd.</item>
/// <item><see cref="Isa.Avx2"/> and <see cref="Isa.Avx512"/>: 2 little-endian s16, b[k, n] then b[k+1, n]
/// (sign-extended), the operand layout of vpmaddwd.</item>
/// </list>
/// <para>K is cut into blocks of <see cref="KBlock"/> rows (a multiple of 4, so only the last block can end in a
/// partial group). Within a block of kc rows starting at row p0 there are g = ⌈kc / KGroup⌉ groups; column panel
/// j (columns j·NR … j·NR+NR−1, NR = <see cref="PanelWidth"/>) is g·NR words, group after group, each group NR
/// words in column order. The panel starts at byte 4·((p0 / KGroup)·PaddedN + j·g·NR). Columns past N and
/// k past K are zero, so they add nothing to any dot product.</para>
/// <para><see cref="ColumnSums"/>[n] = Σ_k b[k, n] in int32 (wrapping), used as
/// Σ_k (a − z)·b = Σ_k a·b − z·ColumnSums[n]. Weights are symmetric (zero point 0), as production int8
/// libraries quantize them, so no per-row activation sums are needed.</para>
/// </remarks>
public sealed class PackedS8Weights
{
    internal PackedS8Weights(int k, int n, Isa isa, int panelWidth, int kGroup, int kBlock)
    {
        K = k;
        N = n;
        Isa = isa;
        PanelWidth = panelWidth;
        KGroup = kGroup;
        KBlock = kBlock;
        Panels = (n + panelWidth - 1) / panelWidth;
        long groups = (k + kGroup - 1) / kGroup;
        long bytes = 4 * groups * PaddedN;
        if (bytes > AlignedBuffer.MaxBytes)
            throw new ArgumentException($"Packed K×N = {k}×{n} weights would need {bytes} bytes, more than the {AlignedBuffer.MaxBytes}-byte limit.");
        Data = new AlignedBuffer(bytes);
        ColumnSumArray = new int[n];
    }

    public int K { get; }
    public int N { get; }
    /// <summary>The kernel path the panels were laid out for; the GEMM runs this path.</summary>
    public Isa Isa { get; }
    /// <summary>Columns per panel (the micro-kernel's NR).</summary>
    public int PanelWidth { get; }
    /// <summary>Consecutive k values stored in one 32-bit word: 4 (s8 quads) or 2 (s16 pairs).</summary>
    public int KGroup { get; }
    /// <summary>Rows of K per cache block.</summary>
    public int KBlock { get; }
    public int Panels { get; }
    /// <summary>N rounded up to whole panels.</summary>
    public int PaddedN => Panels * PanelWidth;
    /// <summary>Bytes the packed weights occupy (column sums not included).</summary>
    public long Bytes => Data.Length;
    /// <summary>Σ_k b[k, n] for every column n, in wrapping int32 arithmetic.</summary>
    public ReadOnlySpan<int> ColumnSums => ColumnSumArray;

    internal AlignedBuffer Data { get; }
    internal int[] ColumnSumArray { get; }

    /// <summary>Byte offset of panel <paramref name="panel"/> within the K block starting at row <paramref name="p0"/> of height <paramref name="kc"/>.</summary>
    internal long PanelOffset(int p0, int kc, int panel)
        => 4 * ((long)(p0 / KGroup) * PaddedN + (long)panel * ((kc + KGroup - 1) / KGroup) * PanelWidth);
}
