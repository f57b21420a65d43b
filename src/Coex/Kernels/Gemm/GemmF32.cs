using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Coex.Tensors;

namespace Coex.Kernels.Gemm;

/// <summary>
/// Float GEMM <c>C[M,N] = A[M,K] · B[K,N]</c>, all row-major, with B packed once into panels
/// (<see cref="PackedWeights"/>) stored as F32, F16 or BF16 and widened to F32 on the fly.
/// </summary>
/// <remarks>
/// Blocking: K in equal blocks of at most <see cref="KBlock"/>, M in blocks of <see cref="MBlock"/> rows read in place, N in
/// groups of panels; each (M block, N group) is one task on the thread pool. Fewer than MR rows run a
/// register-blocked GEMV over the same panels. The ISA path is fixed when the weights are packed.
/// </remarks>
public static unsafe class GemmF32
{
    /// <summary>
    /// Most rows of K per block of F32 weights. A block's 32-column B panel (128 KB at 1024 rows) streams from L2 with
    /// prefetching; fewer, longer blocks save C's reloads and stores between blocks. Measured in turns in one process
    /// (1 thread): 1024 against 256 was 1.00–1.10× faster on ten shapes (64×784×256: 1.05×; 784×1024×1024: 1.10×).
    /// </summary>
    public const int KBlock = 1024;
    /// <summary>
    /// Most rows of K per block of F16/BF16 weights, whose panels are widened into a scratch panel that must stay in L1:
    /// at 1024 rows a single-row product took 1.2× as long.
    /// </summary>
    public const int WidenedKBlock = 256;
    /// <summary>Rows of A one task sweeps per B panel (kept in L2).</summary>
    public const int MBlock = 192;
    /// <summary>Multiply-adds each thread must get before a product is split (about 2–3 µs of work on one core).</summary>
    public const int MinMacsPerThread = 1 << 18;

    /// <summary>The path new packings use in this process.</summary>
    public static Isa DefaultIsa => CpuFeatures.BestFloat;

    /// <summary>Packs row-major B[K,N] floats for the multiply; <paramref name="format"/> F16/BF16 rounds to nearest even.</summary>
    public static PackedWeights Pack(ReadOnlySpan<float> b, int k, int n, DType format = DType.F32, Isa? isa = null)
    {
        CheckDims(k, n);
        if (b.Length < (long)k * n)
            throw new ArgumentException($"B holds {b.Length} floats; K×N = {k}×{n} needs {(long)k * n}.", nameof(b));
        if (format is not (DType.F32 or DType.F16 or DType.BF16))
            throw new ArgumentException($"Float GEMM weights can be F32, F16 or BF16, not {format}.", nameof(format));
        var path = isa ?? DefaultIsa;
        if (path == Isa.AvxVnni || !CpuFeatures.Supports(path))
            throw new ArgumentException($"The {path} path cannot run float GEMM in this process ({CpuFeatures.Describe()}).", nameof(isa));
        // Equal K blocks: K = 1100 runs as 2 × 550 rather than 1024 + 76, whose short tail block would pay a full pass
        // of C loads and stores for 76 k.
        int limit = format == DType.F32 ? KBlock : WidenedKBlock;
        int blocks = Math.Max(1, (k + limit - 1) / limit);
        var packed = new PackedWeights(format, k, n, path, PanelWidth(path), Math.Max(1, (k + blocks - 1) / blocks));
        Fill(packed, b);
        return packed;
    }

    /// <summary>
    /// Packs new values of B into <paramref name="packed"/>, reusing its storage: for operands packed on every call
    /// (im2col matrices), where allocating a fresh packing each time would churn the pinned heap.
    /// </summary>
    public static void Repack(PackedWeights packed, ReadOnlySpan<float> b)
    {
        ArgumentNullException.ThrowIfNull(packed);
        if (b.Length < (long)packed.K * packed.N)
            throw new ArgumentException($"B holds {b.Length} floats; K×N = {packed.K}×{packed.N} needs {(long)packed.K * packed.N}.", nameof(b));
        Fill(packed, b);
    }

    private static void Fill(PackedWeights packed, ReadOnlySpan<float> b)
    {
        int k = packed.K, n = packed.N, nr = packed.PanelWidth;
        var format = packed.Format;
        var dst = packed.Data.Span;
        Span<float> row = stackalloc float[nr];
        for (int p0 = 0; p0 < k; p0 += packed.KBlock)
        {
            int kc = Math.Min(packed.KBlock, k - p0);
            // Row-major walk of B: reading it in order keeps the prefetcher streaming when B is cold (im2col
            // operands are packed on every call); the scattered writes land in the packed buffer, which stays cached.
            for (int p = 0; p < kc; p++)
            {
                for (int j = 0; j < packed.Panels; j++)
                {
                    long offset = packed.PanelOffset(p0, kc, j);
                    int cols = Math.Min(nr, n - j * nr);
                    row.Clear();
                    b.Slice((p0 + p) * n + j * nr, cols).CopyTo(row);
                    long at = offset + (long)p * nr;
                    switch (format)
                    {
                        case DType.F32:
                            row.CopyTo(MemoryMarshal.Cast<byte, float>(dst).Slice((int)at, nr));
                            break;
                        case DType.F16:
                            FloatConversions.ToHalf(row, MemoryMarshal.Cast<byte, Half>(dst).Slice((int)at, nr));
                            break;
                        default:
                            FloatConversions.ToBFloat16(row, MemoryMarshal.Cast<byte, BFloat16>(dst).Slice((int)at, nr));
                            break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// <c>c[i,j] = Σ_k a[i,k]·b[k,j]</c> for i &lt; <paramref name="m"/>; <paramref name="a"/> is M×K and <paramref name="c"/> M×N, row-major.
    /// NaN and infinity propagate as in IEEE arithmetic (summation order differs from a naive loop).
    /// </summary>
    /// <remarks>Worker threads: <paramref name="threads"/>; 0 uses every core.</remarks>
    public static void Multiply(ReadOnlySpan<float> a, PackedWeights b, Span<float> c, int m, int threads = 0)
        => Multiply(a, b, c, m, new F32Epilogue(), threads);

    /// <summary>
    /// <see cref="Multiply(ReadOnlySpan{float}, PackedWeights, Span{float}, int, int)"/>, then <paramref name="epilogue"/>
    /// (bias and clamp) on each tile of C as it is finished, instead of extra passes over C.
    /// </summary>
    public static void Multiply(ReadOnlySpan<float> a, PackedWeights b, Span<float> c, int m, F32Epilogue epilogue, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (!epilogue.RowBias.IsEmpty && epilogue.RowBias.Length < m)
            throw new ArgumentException($"The row bias holds {epilogue.RowBias.Length} floats; C has {m} rows.", nameof(epilogue));
        if (!epilogue.ColumnBias.IsEmpty && epilogue.ColumnBias.Length < b.N)
            throw new ArgumentException($"The column bias holds {epilogue.ColumnBias.Length} floats; C has {b.N} columns.", nameof(epilogue));
        if (float.IsNaN(epilogue.Min) || float.IsNaN(epilogue.Max))
            throw new ArgumentException("Clamp bounds must not be NaN.", nameof(epilogue));
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        if (!epilogue.Residual.IsEmpty && epilogue.Residual.Length < (long)m * b.N)
            throw new ArgumentException($"The residual holds {epilogue.Residual.Length} floats; C is {m}×{b.N}.", nameof(epilogue));
        if (!epilogue.Residual.IsEmpty && epilogue.Residual.Overlaps(c[..(int)Math.Min(c.Length, (long)m * b.N)]))
            throw new ArgumentException("The residual overlaps C; C holds partial sums before the residual is added.", nameof(epilogue));
        if (a.Length < (long)m * b.K)
            throw new ArgumentException($"A holds {a.Length} floats; M×K = {m}×{b.K} needs {(long)m * b.K}.", nameof(a));
        if (c.Length < (long)m * b.N)
            throw new ArgumentException($"C holds {c.Length} floats; M×N = {m}×{b.N} needs {(long)m * b.N}.", nameof(c));
        if (a[..(m * b.K)].Overlaps(c[..(m * b.N)]))
            throw new ArgumentException("C overlaps A; the GEMM reads A while writing C, so it cannot run in place.", nameof(c));
        // A product too small to share stays on the calling thread: handing work to another thread costs microseconds,
        // and on a loaded machine a descheduled worker holds the caller far longer (LeNet's 400×120 layer at batch 1).
        threads = Math.Min(KernelThreads.Resolve(threads), (int)Math.Clamp((long)m * b.N * b.K / MinMacsPerThread, 1, KernelThreads.Max));
        if (m == 0 || b.N == 0)
            return;
        fixed (float* pa = a)
        fixed (float* pc = c)
        fixed (float* rowBias = epilogue.RowBias)
        fixed (float* colBias = epilogue.ColumnBias)
        fixed (float* residual = epilogue.Residual)
        {
            var epi = new PinnedEpilogue(epilogue.RowBias.IsEmpty ? null : rowBias, epilogue.ColumnBias.IsEmpty ? null : colBias, epilogue.Min, epilogue.Max,
                epilogue.Residual.IsEmpty ? null : residual, epilogue.Gelu);
            if (b.K == 0)
            {
                c[..(m * b.N)].Clear();
                if (epi.Any)
                    epi.Apply(pc, b.N, m, b.N, 0, 0);
                return;
            }
            switch (b.Isa, b.Format)
            {
                case (Isa.Avx512, DType.F32): Run<Avx512F32Kernel, F32Panels>(pa, b, pc, m, threads, epi); break;
                case (Isa.Avx512, DType.F16): Run<Avx512F32Kernel, F16Panels>(pa, b, pc, m, threads, epi); break;
                case (Isa.Avx512, DType.BF16): Run<Avx512F32Kernel, BF16Panels>(pa, b, pc, m, threads, epi); break;
                case (Isa.Avx2, DType.F32): Run<Avx2F32Kernel, F32Panels>(pa, b, pc, m, threads, epi); break;
                case (Isa.Avx2, DType.F16): Run<Avx2F32Kernel, F16Panels>(pa, b, pc, m, threads, epi); break;
                case (Isa.Avx2, DType.BF16): Run<Avx2F32Kernel, BF16Panels>(pa, b, pc, m, threads, epi); break;
                case (Isa.Scalar, DType.F32): Run<ScalarF32Kernel, F32Panels>(pa, b, pc, m, threads, epi); break;
                case (Isa.Scalar, DType.F16): Run<ScalarF32Kernel, F16Panels>(pa, b, pc, m, threads, epi); break;
                default: Run<ScalarF32Kernel, BF16Panels>(pa, b, pc, m, threads, epi); break;
            }
        }
    }

    /// <summary>
    /// Convenience: packs <paramref name="b"/> (K×N floats) and multiplies. The packing goes into the calling thread's
    /// <see cref="ScratchPacking"/>, so operands packed on every call (batched MatMul of two activations) allocate nothing.
    /// </summary>
    public static void Multiply(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int n, int k, int threads = 0)
    {
        CheckDims(k, n);
        var packed = ScratchPacking(k, n);
        Repack(packed, b);
        Multiply(a, packed, c, m, threads);
    }

    [ThreadStatic] private static List<PackedWeights>? t_scratchPackings;
    private const int ScratchPackingsKept = 8;

    /// <summary>
    /// An F32 packing of K×N owned by the calling thread, for operands packed on every call (im2col matrices, activations):
    /// a model alternates a few shapes, and re-allocating a multi-megabyte pinned packing each call cost more than the
    /// product (MobileNetV2 project conv: 1.8 ms instead of 0.4). The last <see cref="ScratchPackingsKept"/> shapes are kept.
    /// Its contents are whatever the thread last packed into it.
    /// </summary>
    internal static PackedWeights ScratchPacking(int k, int n)
    {
        var list = t_scratchPackings ??= [];
        for (int i = 0; i < list.Count; i++)
            if (list[i].K == k && list[i].N == n)
                return list[i];
        if (list.Count == ScratchPackingsKept)
            list.RemoveAt(0);
        var packed = Pack(new float[(long)k * n], k, n);
        list.Add(packed);
        return packed;
    }

    internal static int PanelWidth(Isa isa) => isa switch
    {
        Isa.Avx512 => Avx512F32Kernel.NR,
        Isa.Avx2 => Avx2F32Kernel.NR,
        _ => ScalarF32Kernel.NR,
    };

    private static void CheckDims(int k, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
    }

    [ThreadStatic] private static float[]? t_scratch;

    /// <summary>Per-thread pinned scratch: one widened B panel and one edge tile.</summary>
    private static float* Scratch(int floats) => GemmTasks.Scratch(ref t_scratch, floats);

    private static void Run<TKernel, TPanels>(float* a, PackedWeights b, float* c, int m, int threads, PinnedEpilogue epi)
        where TKernel : struct, IF32MicroKernel
        where TPanels : struct, IPanelSource
    {
        int mr = TKernel.MR, nr = TKernel.NR, k = b.K, n = b.N;
        bool rowMode = m < PaddedTileRows(mr);
        int mBlocks = rowMode ? 1 : (m + MBlock - 1) / MBlock;
        int panelsPerTask = GemmTasks.PanelsPerTask(mBlocks, b.Panels, nr, threads);
        int nGroups = (b.Panels + panelsPerTask - 1) / panelsPerTask;
        byte* data = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(b.Data.Span));
        if (threads <= 1)
        {
            // One thread: run the tasks in a loop, without the closure and job a parallel call allocates.
            for (int task = 0; task < mBlocks * nGroups; task++)
                RunTask<TKernel, TPanels>(a, data, b, c, m, rowMode, task, nGroups, panelsPerTask, epi);
            return;
        }
        RunParallel<TKernel, TPanels>((nint)a, b, (nint)c, m, threads, rowMode, mBlocks, nGroups, panelsPerTask, (nint)data, epi);
    }

    private static void RunTask<TKernel, TPanels>(float* a, byte* data, PackedWeights b, float* c, int m, bool rowMode, int task, int nGroups, int panelsPerTask, PinnedEpilogue epi)
        where TKernel : struct, IF32MicroKernel
        where TPanels : struct, IPanelSource
    {
        int mb = task / nGroups, ng = task % nGroups;
        int j0 = ng * panelsPerTask, j1 = Math.Min(b.Panels, j0 + panelsPerTask);
        if (rowMode)
            RowBlock<TKernel, TPanels>(a, data, b, c, m, j0, j1, epi);
        else
            TileBlock<TKernel, TPanels>(a, data, b, c, mb * MBlock, Math.Min(m, (mb + 1) * MBlock), j0, j1, epi);
    }

    private static void RunParallel<TKernel, TPanels>(nint pa, PackedWeights b, nint pc, int m, int threads, bool rowMode, int mBlocks, int nGroups, int panelsPerTask, nint pdata, PinnedEpilogue epi)
        where TKernel : struct, IF32MicroKernel
        where TPanels : struct, IPanelSource
    {
        KernelThreads.For(mBlocks * nGroups, threads,
            task => RunTask<TKernel, TPanels>((float*)pa, (byte*)pdata, b, (float*)pc, m, rowMode, task, nGroups, panelsPerTask, epi));
    }

    private static void RowBlock<TKernel, TPanels>(float* a, byte* data, PackedWeights b, float* c, int m, int j0, int j1, PinnedEpilogue epi)
        where TKernel : struct, IF32MicroKernel
        where TPanels : struct, IPanelSource
    {
        int nr = TKernel.NR, k = b.K, n = b.N;
        float* scratch = Scratch(b.KBlock * nr + nr);
        float* panelScratch = scratch;
        float* edge = scratch + b.KBlock * nr;
        for (int p0 = 0; p0 < k; p0 += b.KBlock)
        {
            int kc = Math.Min(b.KBlock, k - p0);
            bool last = p0 + kc >= k;
            for (int j = j0; j < j1; j++)
            {
                float* panel = TPanels.Panel(data, b.PanelOffset(p0, kc, j), kc * nr, panelScratch);
                int cols = Math.Min(nr, n - j * nr);
                for (int i = 0; i < m; i++)
                {
                    float* crow = c + (long)i * n + j * nr;
                    if (cols == nr)
                        TKernel.Row(a + (long)i * k + p0, panel, kc, crow, p0 > 0);
                    else
                    {
                        TKernel.Row(a + (long)i * k + p0, panel, kc, edge, false);
                        AddEdge(edge, nr, crow, n, 1, cols, p0 > 0);
                    }
                    if (last && epi.Any)
                        epi.Apply(crow, n, 1, cols, i, j * nr);
                }
            }
        }
    }

    private static void TileBlock<TKernel, TPanels>(float* a, byte* data, PackedWeights b, float* c, int i0, int i1, int j0, int j1, PinnedEpilogue epi)
        where TKernel : struct, IF32MicroKernel
        where TPanels : struct, IPanelSource
    {
        int mr = TKernel.MR, nr = TKernel.NR, k = b.K, n = b.N;
        float* scratch = Scratch(b.KBlock * nr + mr * nr + mr * b.KBlock);
        float* panelScratch = scratch;
        float* edge = panelScratch + b.KBlock * nr;
        float* paddedA = edge + mr * nr;
        int fullRows = i0 + (i1 - i0) / mr * mr, tailRows = i1 - fullRows;
        bool paddedTail = tailRows >= PaddedTileRows(mr);
        for (int p0 = 0; p0 < k; p0 += b.KBlock)
        {
            int kc = Math.Min(b.KBlock, k - p0);
            bool accumulate = p0 > 0, last = p0 + kc >= k;
            // Whole tiles take the epilogue in registers, inside the micro-kernel; edge and tail tiles after AddEdge.
            PinnedEpilogue* finish = last && epi.Any ? &epi : null;
            if (paddedTail)
                PadTailRows(a, k, p0, kc, fullRows, tailRows, mr, paddedA);
            for (int j = j0; j < j1; j++)
            {
                float* panel = TPanels.Panel(data, b.PanelOffset(p0, kc, j), kc * nr, panelScratch);
                int cols = Math.Min(nr, n - j * nr);
                for (int i = i0; i < fullRows; i += mr)
                {
                    float* arows = a + (long)i * k + p0;
                    float* ctile = c + (long)i * n + j * nr;
                    if (cols == nr)
                        TKernel.Tile(arows, k, panel, kc, ctile, n, accumulate, finish, i, j * nr);
                    else
                    {
                        TKernel.Tile(arows, k, panel, kc, edge, nr, false, null, 0, 0);
                        AddEdge(edge, nr, ctile, n, mr, cols, accumulate);
                        if (finish != null)
                            epi.Apply(ctile, n, mr, cols, i, j * nr);
                    }
                }
                if (paddedTail)
                {
                    float* ctile = c + (long)fullRows * n + j * nr;
                    TKernel.Tile(paddedA, kc, panel, kc, edge, nr, false, null, 0, 0);
                    AddEdge(edge, nr, ctile, n, tailRows, cols, accumulate);
                    if (last && epi.Any)
                        epi.Apply(ctile, n, tailRows, cols, fullRows, j * nr);
                    continue;
                }
                // Rows left over after whole tiles run the single-row kernel on the same panel.
                for (int i = fullRows; i < i1; i++)
                {
                    float* crow = c + (long)i * n + j * nr;
                    if (cols == nr)
                        TKernel.Row(a + (long)i * k + p0, panel, kc, crow, accumulate);
                    else
                    {
                        TKernel.Row(a + (long)i * k + p0, panel, kc, edge, false);
                        AddEdge(edge, nr, crow, n, 1, cols, accumulate);
                    }
                    if (last && epi.Any)
                        epi.Apply(crow, n, 1, cols, i, j * nr);
                }
            }
        }
    }

    /// <summary>
    /// Fewest rows that run as one zero-padded tile rather than one single-row call each: the single-row kernel is bound
    /// by its loads. Measured (1 thread, K = 100, N = 512): a padded tile cost as much as 3.5 single rows on AVX-512
    /// (MR = 8) and 3 on AVX2 (MR = 6); LeNet conv1's 6 rows (K = 25, N = 784) took 2.5 µs padded against 8 as rows.
    /// </summary>
    internal static int PaddedTileRows(int mr) => Math.Max(2, mr / 2);

    /// <summary>
    /// The leftover rows [fullRows, fullRows + tailRows) of A (row stride k), columns [p0, p0 + kc), zero-padded to a
    /// whole tile of <paramref name="mr"/> rows at row stride kc: one tile per panel instead of one single-row call per row.
    /// </summary>
    internal static void PadTailRows(float* a, int k, int p0, int kc, int fullRows, int tailRows, int mr, float* paddedA)
    {
        for (int r = 0; r < mr; r++)
        {
            var dst = new Span<float>(paddedA + r * kc, kc);
            if (r < tailRows)
                new ReadOnlySpan<float>(a + (long)(fullRows + r) * k + p0, kc).CopyTo(dst);
            else
                dst.Clear();
        }
    }

    /// <summary>C[rows×cols] (+)= an edge tile computed into scratch (row stride ldt).</summary>
    internal static void AddEdge(float* tile, int ldt, float* c, int ldc, int rows, int cols, bool accumulate)
    {
        for (int i = 0; i < rows; i++)
        {
            float* src = tile + i * ldt, dst = c + (long)i * ldc;
            int j = 0;
            if (Vector256.IsHardwareAccelerated)
                for (; j <= cols - 8; j += 8)
                    (accumulate ? Vector256.Load(dst + j) + Vector256.Load(src + j) : Vector256.Load(src + j)).Store(dst + j);
            for (; j < cols; j++)
                dst[j] = accumulate ? dst[j] + src[j] : src[j];
        }
    }
}
