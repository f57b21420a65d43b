using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coex.Kernels.Gemm;

/// <summary>
/// Quantized GEMM <c>C[M,N] = Σ_k (A[i,k] − aZeroPoint)·B[k,j]</c> with A u8 (asymmetric) and B s8 (symmetric,
/// zero point 0), all row-major, accumulated exactly in int32: ONNX <c>MatMulInteger</c> with b_zero_point = 0.
/// </summary>
/// <remarks>
/// <para>B is packed once (<see cref="PackedS8Weights"/>) together with its column sums, so the activation zero point
/// costs one multiply-subtract per output: Σ (a − z)·b = Σ a·b − z·Σ b. Raw sums wrap in int32; the result is exact
/// modulo 2³², hence exact whenever the true result fits int32 (always for K ≤ 65793 = ⌊(2³¹−1)/(255·128)⌋).</para>
/// <para>Blocking: K in blocks of <see cref="KBlock"/>, M in blocks of <see cref="MBlock"/> rows packed per task, N in groups of
/// panels; each (M block, N group) is one task accumulating into a per-thread int32 tile, after which the output
/// pipeline (<see cref="IOutputStage"/>) runs on each finished row. Fewer than MR rows run a row kernel over the same panels.</para>
/// <para>Paths, fixed when the weights are packed: <see cref="Isa.AvxVnni"/> (256-bit vpdpbusd on byte quads),
/// <see cref="Isa.Avx512"/> (512-bit vpmaddwd on s16 pairs; needs AVX-512BW), <see cref="Isa.Avx2"/> (256-bit vpmaddwd)
/// and <see cref="Isa.Scalar"/>. All are bit-exact; none uses the saturating vpmaddubsw.</para>
/// </remarks>
public static unsafe class GemmU8S8
{
    /// <summary>Rows of K per cache block (a multiple of 4 so only the last block ends in a partial K group).</summary>
    public const int KBlock = 512;
    /// <summary>Rows of A packed per task; a multiple of every MR (4, 6, 8).</summary>
    public const int MBlock = 96;

    /// <summary>The path new packings use when none is named: the overall fastest supported path, <see cref="ChooseIsa"/> for a mid-size product.</summary>
    public static Isa DefaultIsa => ChooseIsa(256, 1024, 1024);

    /// <summary>
    /// The supported path measured fastest for an M×K by K×N product. Packing is per weight matrix, so a caller that
    /// knows its typical M passes it here and hands the result to <see cref="Pack"/>.
    /// </summary>
    /// <remarks>
    /// Measured on one core of a 2-core AVX-512/AVX-VNNI x86-64 (GOP/s, best of 3, VNNI / AVX-512BW / AVX2):
    /// 1×512×512 124 / 82 / 62; 64×512×512 257 / 112 / 82; 256×1024×1024 284 / 132 / 110; 1024³ 274 / 139 / 88;
    /// 3136×64×576 196 / 63 / 51. 256-bit vpdpbusd does 4 k per lane in one instruction where 512-bit vpmaddwd needs
    /// 2 k per lane plus a separate add, and the s8 panels are half the bytes of s16 ones, so AVX-VNNI wins every shape
    /// class, GEMV included; AVX-512BW in turn beats AVX2 everywhere. The shape arguments are kept so a future path
    /// (e.g. 512-bit VNNI) can win only some classes without changing callers.
    /// </remarks>
    public static Isa ChooseIsa(int m, int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (CpuFeatures.HasAvxVnni)
            return Isa.AvxVnni;
        if (CpuFeatures.HasAvx512)
            return Isa.Avx512;
        return CpuFeatures.HasAvx2Fma ? Isa.Avx2 : Isa.Scalar;
    }

    /// <summary>Packs row-major s8 B[K,N] for <paramref name="isa"/> (default <see cref="DefaultIsa"/>) and computes its column sums.</summary>
    /// <exception cref="ArgumentException"><paramref name="b"/> is shorter than K×N, or the path cannot run in this process.</exception>
    public static PackedS8Weights Pack(ReadOnlySpan<sbyte> b, int k, int n, Isa? isa = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (b.Length < (long)k * n)
            throw new ArgumentException($"B holds {b.Length} values; K×N = {k}×{n} needs {(long)k * n}.", nameof(b));
        var path = isa ?? DefaultIsa;
        if (!CpuFeatures.Supports(path))
            throw new ArgumentException($"The {path} path cannot run int8 GEMM in this process ({CpuFeatures.Describe()}).", nameof(isa));
        (int nr, bool widened) = path switch
        {
            Isa.AvxVnni => (AvxVnniS8Kernel.NR, AvxVnniS8Kernel.Widened),
            Isa.Avx512 => (Avx512S8Kernel.NR, Avx512S8Kernel.Widened),
            Isa.Avx2 => (Avx2S8Kernel.NR, Avx2S8Kernel.Widened),
            _ => (ScalarS8Kernel.NR, ScalarS8Kernel.Widened),
        };
        int kg = widened ? 2 : 4;
        // Split K into equal blocks of at most KBlock (multiples of 4): K = 576 runs as 288 + 288, not 512 + 64,
        // whose short tail block would pay a full accumulator load/store for 64 k.
        int blocks = Math.Max(1, (k + KBlock - 1) / KBlock);
        int kBlock = Math.Min(KBlock, ((k + blocks - 1) / blocks + 3) / 4 * 4);
        var packed = new PackedS8Weights(k, n, path, nr, kg, Math.Max(kBlock, 4));
        var sums = packed.ColumnSumArray;
        for (int p = 0; p < k; p++)
        {
            var row = b.Slice(p * n, n);
            for (int j = 0; j < n; j++)
                sums[j] = unchecked(sums[j] + row[j]);
        }

        Span<byte> dst = packed.Data.Span;
        for (int p0 = 0; p0 < k; p0 += packed.KBlock)
        {
            int kc = Math.Min(packed.KBlock, k - p0), groups = (kc + kg - 1) / kg;
            for (int panel = 0; panel < packed.Panels; panel++)
            {
                int offset = (int)packed.PanelOffset(p0, kc, panel);
                int cols = Math.Min(nr, n - panel * nr);
                for (int g = 0; g < groups; g++)
                    for (int t = 0; t < kg; t++)
                    {
                        int p = g * kg + t;
                        if (p >= kc)
                            break; // the buffer starts zeroed: missing k stay 0
                        var src = b.Slice((p0 + p) * n + panel * nr, cols);
                        for (int c = 0; c < cols; c++)
                        {
                            int at = offset + (g * nr + c) * 4;
                            if (widened)
                                MemoryMarshal.Write(dst.Slice(at + 2 * t, 2), (short)src[c]);
                            else
                                dst[at + t] = (byte)src[c];
                        }
                    }
            }
        }
        return packed;
    }

    /// <summary>
    /// <c>c[i,j] = Σ_k (a[i,k] − aZeroPoint)·b[k,j]</c> for i &lt; <paramref name="m"/>, exact in int32 (see remarks on the type);
    /// <paramref name="a"/> is M×K and <paramref name="c"/> M×N, row-major. Worker threads: <paramref name="threads"/>; 0 uses every core.
    /// </summary>
    /// <exception cref="ArgumentException">A or C is too short for M, N, K; <paramref name="m"/> or <paramref name="threads"/> is negative.</exception>
    public static void MultiplyS32(ReadOnlySpan<byte> a, byte aZeroPoint, PackedS8Weights b, Span<int> c, int m, int threads = 0)
    {
        CheckInputs(a, b, m, threads);
        if (c.Length < (long)m * b.N)
            throw new ArgumentException($"C holds {c.Length} values; M×N = {m}×{b.N} needs {(long)m * b.N}.", nameof(c));
        fixed (int* pc = c)
            Execute(a, aZeroPoint, b, new S32PointerStore(pc), m, KernelThreads.Resolve(threads));
    }

    /// <summary>
    /// Computes the same int32 sums as <see cref="MultiplyS32"/> and feeds each finished row segment through the output
    /// pipeline <paramref name="output"/> (e.g. <c>BiasAdd&lt;Requantize&lt;ReluActivation, U8Store&gt;&gt;</c>), which the JIT
    /// specializes and inlines. Stages must be safe to run concurrently on disjoint segments.
    /// </summary>
    /// <exception cref="ArgumentException">A or a buffer of the pipeline is too short, a pipeline parameter is invalid, or a count is negative.</exception>
    public static void Multiply<TOutput>(ReadOnlySpan<byte> a, byte aZeroPoint, PackedS8Weights b, ref TOutput output, int m, int threads = 0)
        where TOutput : struct, IOutputStage
    {
        CheckInputs(a, b, m, threads);
        output.Validate(m, b.N);
        Execute(a, aZeroPoint, b, output, m, KernelThreads.Resolve(threads));
    }

    private static void CheckInputs(ReadOnlySpan<byte> a, PackedS8Weights b, int m, int threads)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        if (a.Length < (long)m * b.K)
            throw new ArgumentException($"A holds {a.Length} values; M×K = {m}×{b.K} needs {(long)m * b.K}.", nameof(a));
    }

    private static void Execute<TOutput>(ReadOnlySpan<byte> a, byte zeroPoint, PackedS8Weights b, TOutput output, int m, int threads)
        where TOutput : struct, IOutputStage
    {
        if (m == 0 || b.N == 0)
            return;
        fixed (byte* pa = a)
        {
            switch (b.Isa)
            {
                case Isa.AvxVnni: Run<AvxVnniS8Kernel, TOutput>(pa, zeroPoint, b, output, m, threads); break;
                case Isa.Avx512: Run<Avx512S8Kernel, TOutput>(pa, zeroPoint, b, output, m, threads); break;
                case Isa.Avx2: Run<Avx2S8Kernel, TOutput>(pa, zeroPoint, b, output, m, threads); break;
                default: Run<ScalarS8Kernel, TOutput>(pa, zeroPoint, b, output, m, threads); break;
            }
        }
    }

    [ThreadStatic] private static int[]? t_scratch;

    /// <summary>Per-thread pinned scratch (64-byte aligned): the int32 accumulator tile, then the packed A block.</summary>
    private static int* Scratch(long ints) => GemmTasks.Scratch(ref t_scratch, ints);

    private static void Run<TKernel, TOutput>(byte* a, byte zeroPoint, PackedS8Weights b, TOutput output, int m, int threads)
        where TKernel : struct, IS8MicroKernel
        where TOutput : struct, IOutputStage
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        bool rowMode = m < mr;
        int mBlocks = rowMode ? 1 : (m + MBlock - 1) / MBlock;
        int panelsPerTask = GemmTasks.PanelsPerTask(mBlocks, b.Panels, nr, threads);
        int nGroups = (b.Panels + panelsPerTask - 1) / panelsPerTask;
        nint pa = (nint)a, pdata = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(b.Data.Span));

        KernelThreads.For(mBlocks * nGroups, threads, task =>
        {
            int mb = task / nGroups, ng = task % nGroups;
            int j0 = ng * panelsPerTask, j1 = Math.Min(b.Panels, j0 + panelsPerTask);
            int i0 = mb * MBlock, i1 = rowMode ? m : Math.Min(m, i0 + MBlock);
            Block<TKernel, TOutput>((byte*)pa, zeroPoint, (byte*)pdata, b, output, i0, i1, j0, j1, rowMode);
        });
    }

    private static void Block<TKernel, TOutput>(byte* a, byte zeroPoint, byte* data, PackedS8Weights b, TOutput output,
        int i0, int i1, int j0, int j1, bool rowMode)
        where TKernel : struct, IS8MicroKernel
        where TOutput : struct, IOutputStage
    {
        int nr = TKernel.NR, k = b.K, n = b.N, kg = b.KGroup;
        // Row mode packs each row as its own one-row panel and runs the row kernel.
        int mr = rowMode ? 1 : TKernel.MR;
        int rows = i1 - i0, rowsPadded = (rows + mr - 1) / mr * mr;
        int ldacc = (j1 - j0) * nr;
        long accInts = (long)rowsPadded * ldacc;
        int kBlock = b.KBlock;
        int* acc = Scratch(accInts + (long)rowsPadded * (kBlock / kg) + 16);
        int* packedA = acc + ((accInts + 15) & ~15L);

        if (k == 0)
            new Span<int>(acc, (int)accInts).Clear();
        for (int p0 = 0; p0 < k; p0 += kBlock)
        {
            int kc = Math.Min(kBlock, k - p0), groups = (kc + kg - 1) / kg;
            PackA(a + (long)i0 * k + p0, k, rows, kc, mr, TKernel.Widened, packedA);
            for (int j = j0; j < j1; j++)
            {
                int* panel = (int*)(data + b.PanelOffset(p0, kc, j));
                int* accColumn = acc + (j - j0) * nr;
                if (rowMode)
                {
                    for (int i = 0; i < rows; i++)
                        TKernel.Row(packedA + i * groups, panel, groups, accColumn + (long)i * ldacc, p0 > 0);
                }
                else
                {
                    for (int ip = 0; ip < rowsPadded; ip += mr)
                        TKernel.Tile(packedA + ip * groups, panel, groups, accColumn + (long)ip * ldacc, ldacc, p0 > 0);
                }
            }
        }

        int column = j0 * nr, cols = Math.Min(n, j1 * nr) - column;
        ReadOnlySpan<int> sums = b.ColumnSumArray.AsSpan(column, cols);
        for (int i = 0; i < rows; i++)
        {
            var values = new Span<int>(acc + (long)i * ldacc, cols);
            SubtractZeroPoint(values, zeroPoint, sums);
            output.Process(values, i0 + i, column, n);
        }
    }

    /// <summary>values[j] −= zeroPoint·sums[j] (wrapping): turns Σ a·b into Σ (a − z)·b.</summary>
    private static void SubtractZeroPoint(Span<int> values, int zeroPoint, ReadOnlySpan<int> sums)
    {
        if (zeroPoint == 0)
            return;
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var z = Vector256.Create(zeroPoint);
            ref int v = ref MemoryMarshal.GetReference(values);
            ref int s = ref MemoryMarshal.GetReference(sums);
            for (; j <= values.Length - 8; j += 8)
                (Vector256.LoadUnsafe(ref v, (nuint)j) - z * Vector256.LoadUnsafe(ref s, (nuint)j)).StoreUnsafe(ref v, (nuint)j);
        }
        for (; j < values.Length; j++)
            values[j] = unchecked(values[j] - zeroPoint * sums[j]);
    }

    /// <summary>
    /// Packs rows×kc of u8 A (row stride lda) into MR-row panels of K-group words: per group, one word per row —
    /// four bytes (k quads) or, when <paramref name="widened"/>, two zero-extended s16 (k pairs). Missing k and rows are 0.
    /// </summary>
    private static void PackA(byte* a, int lda, int rows, int kc, int mr, bool widened, int* dst)
    {
        int kg = widened ? 2 : 4, groups = (kc + kg - 1) / kg, full = kc / kg;
        for (int i0 = 0; i0 < rows; i0 += mr)
        {
            int r = Math.Min(mr, rows - i0);
            for (int i = 0; i < r; i++)
            {
                byte* src = a + (long)(i0 + i) * lda;
                int* d = dst + i;
                if (widened)
                {
                    for (int g = 0; g < full; g++)
                        d[g * mr] = src[2 * g] | (src[2 * g + 1] << 16);
                    if (full < groups)
                        d[full * mr] = src[2 * full];
                }
                else
                {
                    for (int g = 0; g < full; g++)
                        d[g * mr] = Unsafe.ReadUnaligned<int>(src + 4 * g);
                    if (full < groups)
                    {
                        int word = 0;
                        for (int t = 0; t < kc - 4 * full; t++)
                            word |= src[4 * full + t] << (8 * t);
                        d[full * mr] = word;
                    }
                }
            }
            for (int i = r; i < mr; i++)
                for (int g = 0; g < groups; g++)
                    dst[g * mr + i] = 0;
            dst += mr * groups;
        }
    }
}
