using Coex.Tensors;

namespace Coex.Kernels.Gemm;

/// <summary>
/// A weight matrix B[K, N] (row-major) rearranged once into the panel layout a float GEMM micro-kernel streams.
/// </summary>
/// <remarks>
/// Layout: K is cut into equal blocks of <see cref="KBlock"/> rows (the last may be shorter); within a block of kc rows starting at row p0,
/// column panel j (columns j·NR … j·NR+NR−1, zero-padded past N) is kc·NR contiguous elements, row after row.
/// The panel starts at element p0·PaddedN + j·kc·NR. Elements are F32, F16 or BF16 per <see cref="Format"/>;
/// 16-bit formats are widened to F32 one panel at a time inside the GEMM (F32 accumulation throughout).
/// </remarks>
public sealed class PackedWeights
{
    internal PackedWeights(DType format, int k, int n, Isa isa, int panelWidth, int kBlock)
    {
        Format = format;
        K = k;
        N = n;
        Isa = isa;
        PanelWidth = panelWidth;
        KBlock = kBlock;
        Panels = (n + panelWidth - 1) / panelWidth;
        Data = new AlignedBuffer(format.ByteCount((long)k * PaddedN));
    }

    /// <summary>Element type of the stored weights (F32, F16 or BF16).</summary>
    public DType Format { get; }
    public int K { get; }
    public int N { get; }
    /// <summary>The kernel path the panels were laid out for; the GEMM runs this path.</summary>
    public Isa Isa { get; }
    /// <summary>Columns per panel (the micro-kernel's NR).</summary>
    public int PanelWidth { get; }
    /// <summary>Rows of K per cache block.</summary>
    public int KBlock { get; }
    public int Panels { get; }
    /// <summary>N rounded up to whole panels.</summary>
    public int PaddedN => Panels * PanelWidth;
    /// <summary>Bytes the packed weights occupy.</summary>
    public long Bytes => Data.Length;

    internal AlignedBuffer Data { get; }

    /// <summary>Element offset of panel <paramref name="panel"/> within the K block starting at row <paramref name="p0"/> of height <paramref name="kc"/>.</summary>
    internal long PanelOffset(int p0, int kc, int panel) => (long)p0 * PaddedN + (long)panel * kc * PanelWidth;
}
