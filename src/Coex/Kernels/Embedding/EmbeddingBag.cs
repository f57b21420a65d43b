using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Embedding;

/// <summary>How the rows of one bag are combined.</summary>
public enum EmbeddingPooling
{
    /// <summary><c>out = Σ_k w_k·row[id_k]</c> (w_k = 1 without per-sample weights).</summary>
    Sum,
    /// <summary>The sum divided by the bag's length (an empty bag gives zeros).</summary>
    Mean,
}

/// <summary>Execution knobs of <see cref="EmbeddingBag"/>; none changes the result.</summary>
public sealed record EmbeddingBagOptions
{
    /// <summary>Single thread, prefetch on.</summary>
    public static EmbeddingBagOptions Default { get; } = new();

    /// <summary>Threads on the <see cref="KernelThreads"/> team; 0 = every core. Work splits over bags.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Issue software prefetches for the rows <see cref="PrefetchDistance"/> lookups ahead.</summary>
    public bool Prefetch { get; init; } = true;

    /// <summary>How many lookups ahead to prefetch: enough to cover DRAM latency (~100 ns) at a few ns per row.</summary>
    public int PrefetchDistance { get; init; } = 16;
}

/// <summary>An embedding index or offset that would read outside its table or index list.</summary>
public sealed class EmbeddingIndexException : ArgumentException
{
    public EmbeddingIndexException(string message, string paramName) : base(message, paramName) { }
}

/// <summary>
/// Batched EmbeddingBag over one or many tables in the production "indices + offsets" layout: the ids of all bags lie
/// back to back in <c>indices</c>; bag <c>j</c> is <c>indices[offsets[j] .. offsets[j+1])</c>.
/// </summary>
/// <remarks>
/// <para>Multi-table layout (as in table-batched embedding kernels): with T tables and batch B, <c>offsets</c> has
/// <c>T·B + 1</c> entries, bag <c>j = t·B + b</c> is sample b's bag in table t, and the pooled row goes to
/// <c>output[b·stride + Σ_{t'&lt;t} dim_{t'} ..]</c> — a [B, Σ dim] matrix by default.</para>
/// <para>Every offset and every index is checked before any row is read: offsets must start at 0, never decrease and
/// end at <c>indices.Length</c>; each index must lie in its table. A violation throws
/// <see cref="EmbeddingIndexException"/> naming the table, the position and the bag; nothing is written.</para>
/// <para>Quantized rows are accumulated as <c>Σ (w·scale)·code</c> plus <c>Σ w·bias</c> added once per bag.
/// Per-sample weights are allowed with either pooling; Mean divides the weighted sum by the bag length.</para>
/// </remarks>
public static unsafe class EmbeddingBag
{
    /// <summary>Bytes of rows read below which a call stays on one thread: waking the team costs more.</summary>
    private const long ParallelBytes = 64 * 1024;

    /// <summary>One table, 32-bit ids: output is [B, dim] with B = offsets.Length − 1.</summary>
    public static void Forward(EmbeddingTable table, ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets, ReadOnlySpan<float> perSampleWeights,
        EmbeddingPooling pooling, Span<float> output, EmbeddingBagOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        Run(new ReadOnlySpan<EmbeddingTable>(ref table), indices, offsets, perSampleWeights, pooling, output, 0, options);
    }

    /// <summary>One table, 64-bit ids: output is [B, dim] with B = offsets.Length − 1.</summary>
    public static void Forward(EmbeddingTable table, ReadOnlySpan<long> indices, ReadOnlySpan<long> offsets, ReadOnlySpan<float> perSampleWeights,
        EmbeddingPooling pooling, Span<float> output, EmbeddingBagOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        Run(new ReadOnlySpan<EmbeddingTable>(ref table), indices, offsets, perSampleWeights, pooling, output, 0, options);
    }

    /// <summary>
    /// Many tables in one call, 32-bit ids: offsets has T·B + 1 entries; output row b holds the T pooled rows side by
    /// side, rows <paramref name="outputStride"/> floats apart (0 = Σ dim).
    /// </summary>
    public static void Forward(ReadOnlySpan<EmbeddingTable> tables, ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets, ReadOnlySpan<float> perSampleWeights,
        EmbeddingPooling pooling, Span<float> output, int outputStride = 0, EmbeddingBagOptions? options = null) =>
        Run(tables, indices, offsets, perSampleWeights, pooling, output, outputStride, options);

    /// <summary>Many tables in one call, 64-bit ids; see the 32-bit overload.</summary>
    public static void Forward(ReadOnlySpan<EmbeddingTable> tables, ReadOnlySpan<long> indices, ReadOnlySpan<long> offsets, ReadOnlySpan<float> perSampleWeights,
        EmbeddingPooling pooling, Span<float> output, int outputStride = 0, EmbeddingBagOptions? options = null) =>
        Run(tables, indices, offsets, perSampleWeights, pooling, output, outputStride, options);

    /// <summary>One float32 table given as [rows, dim] floats (e.g. a training parameter); output [B, dim].</summary>
    public static void ForwardF32(ReadOnlySpan<float> table, int dim, ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets, ReadOnlySpan<float> perSampleWeights,
        EmbeddingPooling pooling, Span<float> output, EmbeddingBagOptions? options = null, string name = "table")
    {
        if (dim <= 0 || table.Length == 0 || table.Length % dim != 0)
            throw new ArgumentException($"Table '{name}' of {table.Length} floats is not [rows, {dim}].", nameof(table));
        fixed (float* data = table)
        {
            var view = EmbeddingTable.View(name, (byte*)data, table.Length / dim, dim, EmbeddingPrecision.F32);
            Run(new ReadOnlySpan<EmbeddingTable>(ref view), indices, offsets, perSampleWeights, pooling, output, 0, options);
        }
    }

    /// <summary>
    /// Checks offsets and indices against <paramref name="tables"/> exactly as <c>Forward</c> does, without computing;
    /// returns the batch size B.
    /// </summary>
    public static int Validate<TIndex>(ReadOnlySpan<EmbeddingTable> tables, ReadOnlySpan<TIndex> indices, ReadOnlySpan<TIndex> offsets, ReadOnlySpan<float> perSampleWeights)
        where TIndex : unmanaged, IBinaryInteger<TIndex>
    {
        int t = tables.Length;
        if (t == 0)
            throw new ArgumentException("EmbeddingBag needs at least one table.", nameof(tables));
        if (offsets.Length < 1 || (offsets.Length - 1) % t != 0)
            throw new EmbeddingIndexException($"With {t} table(s), offsets needs T·B + 1 entries (bag starts plus the end); got {offsets.Length}.", nameof(offsets));
        int batch = (offsets.Length - 1) / t;
        if (!perSampleWeights.IsEmpty && perSampleWeights.Length != indices.Length)
            throw new ArgumentException($"Per-sample weights must match the {indices.Length} indices one to one; got {perSampleWeights.Length}.", nameof(perSampleWeights));
        if (long.CreateTruncating(offsets[0]) != 0)
            throw new EmbeddingIndexException($"offsets[0] must be 0; got {offsets[0]}.", nameof(offsets));
        if (long.CreateTruncating(offsets[^1]) != indices.Length)
            throw new EmbeddingIndexException($"The last offset (position {offsets.Length - 1}) must equal the index count {indices.Length}; got {offsets[^1]}.", nameof(offsets));
        for (int j = 0; j < offsets.Length - 1; j++)
        {
            long start = long.CreateTruncating(offsets[j]), end = long.CreateTruncating(offsets[j + 1]);
            if (end < start || end > indices.Length)
                throw new EmbeddingIndexException(
                    $"offsets[{j + 1}] = {end} (table '{tables[j / Math.Max(batch, 1)].Name}', bag {j % Math.Max(batch, 1)}) " +
                    (end < start ? $"is below offsets[{j}] = {start}: offsets must not decrease." : $"is past the {indices.Length} indices."), nameof(offsets));
        }
        for (int ti = 0; ti < t; ti++)
        {
            var table = tables[ti] ?? throw new ArgumentNullException(nameof(tables), $"Table {ti} is null.");
            _ = table.Data; // throws when disposed
            ulong rows = (ulong)table.Rows;
            int from = (int)long.CreateTruncating(offsets[ti * batch]), to = (int)long.CreateTruncating(offsets[(ti + 1) * batch]);
            for (int k = from; k < to; k++)
            {
                long id = long.CreateTruncating(indices[k]);
                if ((ulong)id >= rows)
                    throw new EmbeddingIndexException(
                        $"Index {id} at position {k} (table '{table.Name}' #{ti}, bag {BagOf(offsets, ti * batch, batch, k)}) is outside the table's rows [0, {table.Rows}).",
                        nameof(indices));
            }
        }
        return batch;
    }

    /// <summary>The bag (sample) within table <paramref name="firstBag"/>'s run that holds index position <paramref name="k"/>.</summary>
    private static int BagOf<TIndex>(ReadOnlySpan<TIndex> offsets, int firstBag, int batch, int k) where TIndex : unmanaged, IBinaryInteger<TIndex>
    {
        for (int b = 0; b < batch; b++)
            if (long.CreateTruncating(offsets[firstBag + b + 1]) > k)
                return b;
        return batch - 1;
    }

    private static void Run<TIndex>(ReadOnlySpan<EmbeddingTable> tables, ReadOnlySpan<TIndex> indices, ReadOnlySpan<TIndex> offsets, ReadOnlySpan<float> weights,
        EmbeddingPooling pooling, Span<float> output, int outputStride, EmbeddingBagOptions? options)
        where TIndex : unmanaged, IBinaryInteger<TIndex>
    {
        options ??= EmbeddingBagOptions.Default;
        if (options.PrefetchDistance < 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.PrefetchDistance, "The prefetch distance must not be negative.");
        if (pooling is not (EmbeddingPooling.Sum or EmbeddingPooling.Mean))
            throw new ArgumentOutOfRangeException(nameof(pooling), pooling, "Unknown pooling.");
        int threads = KernelThreads.Resolve(options.Threads);
        int batch = Validate(tables, indices, offsets, weights);
        int totalDim = 0;
        long bytes = 0; // row bytes this call reads
        for (int t = 0; t < tables.Length; t++)
        {
            totalDim += tables[t].Dim;
            bytes += tables[t].RowBytes * (long.CreateTruncating(offsets[(t + 1) * batch]) - long.CreateTruncating(offsets[t * batch]));
        }
        if (outputStride == 0)
            outputStride = totalDim;
        if (outputStride < totalDim)
            throw new ArgumentOutOfRangeException(nameof(outputStride), outputStride, $"Output rows must hold the {totalDim} pooled values of all tables.");
        long need = batch == 0 ? 0 : (long)(batch - 1) * outputStride + totalDim;
        if (output.Length < need)
            throw new ArgumentException($"The output holds {output.Length} floats; {batch} bags of {totalDim} with stride {outputStride} need {need}.", nameof(output));
        if (batch == 0)
            return;
        int distance = options.Prefetch ? options.PrefetchDistance : 0;
        fixed (TIndex* ids = indices)
        fixed (TIndex* offs = offsets)
        fixed (float* w = weights)
        fixed (float* outp = output)
        {
            var job = new Job<TIndex>
            {
                Indices = ids, Offsets = offs, Weights = weights.IsEmpty ? null : w, Output = outp,
                Batch = batch, Stride = outputStride, Mean = pooling == EmbeddingPooling.Mean, Distance = distance,
            };
            if (threads <= 1 || bytes < ParallelBytes)
            {
                int column = 0;
                for (int t = 0; t < tables.Length; t++)
                {
                    job.Pool(tables[t], t, column, 0, batch);
                    column += tables[t].Dim;
                }
            }
            else
            {
                RunParallel(tables, job, threads);
            }
        }
    }

    /// <summary>Splits (table, bag range) pairs over the team: a few tasks per thread so a descheduled worker costs little.</summary>
    private static void RunParallel<TIndex>(ReadOnlySpan<EmbeddingTable> tables, Job<TIndex> job, int threads) where TIndex : unmanaged, IBinaryInteger<TIndex>
    {
        var list = tables.ToArray();
        var columns = new int[list.Length];
        for (int t = 1; t < list.Length; t++)
            columns[t] = columns[t - 1] + list[t - 1].Dim;
        int wanted = 4 * threads;
        int chunks = Math.Clamp((wanted + list.Length - 1) / list.Length, 1, job.Batch);
        KernelThreads.For(list.Length * chunks, threads, task =>
        {
            int t = task / chunks, c = task % chunks;
            int b0 = (int)((long)job.Batch * c / chunks), b1 = (int)((long)job.Batch * (c + 1) / chunks);
            job.Pool(list[t], t, columns[t], b0, b1);
        });
    }

    /// <summary>Raw views of one validated call; every index behind these pointers has been checked.</summary>
    private struct Job<TIndex> where TIndex : unmanaged, IBinaryInteger<TIndex>
    {
        public TIndex* Indices;
        public TIndex* Offsets;
        public float* Weights;
        public float* Output;
        public int Batch, Stride, Distance;
        public bool Mean;

        /// <summary>Bags [b0, b1) of table number <paramref name="t"/>, written at column <paramref name="column"/>.</summary>
        public readonly void Pool(EmbeddingTable table, int t, int column, int b0, int b1)
        {
            switch (table.Precision)
            {
                case EmbeddingPrecision.F32: Pool<F32Rows>(table, t, column, b0, b1); break;
                case EmbeddingPrecision.F16: Pool<F16Rows>(table, t, column, b0, b1); break;
                case EmbeddingPrecision.Int8: Pool<Int8Rows>(table, t, column, b0, b1); break;
                case EmbeddingPrecision.Int4: Pool<Int4Rows>(table, t, column, b0, b1); break;
                default: Pool<Int2Rows>(table, t, column, b0, b1); break;
            }
        }

        private readonly void Pool<TRows>(EmbeddingTable table, int t, int column, int b0, int b1) where TRows : struct, IRowFormat
        {
            if (TRows.HasLoad16 && Vector512.IsHardwareAccelerated && Avx512F.IsSupported && table.Dim % 16 == 0 && table.Dim <= 64)
            {
                PoolInRegisters<TRows>(table, t, column, b0, b1);
                return;
            }
            byte* data = table.Data;
            long rowBytes = table.RowBytes;
            int dim = table.Dim;
            TIndex* offsets = Offsets + (long)t * Batch;
            long last = long.CreateTruncating(offsets[b1]);
            for (int b = b0; b < b1; b++)
            {
                long start = long.CreateTruncating(offsets[b]), end = long.CreateTruncating(offsets[b + 1]);
                float* acc = Output + (long)b * Stride + column;
                new Span<float>(acc, dim).Clear();
                float biasSum = 0;
                for (long k = start; k < end; k++)
                {
                    long ahead = k + Distance;
                    if (Distance > 0 && ahead < last)
                        Prefetch(data + long.CreateTruncating(Indices[ahead]) * rowBytes, rowBytes);
                    float weight = Weights == null ? 1f : Weights[k];
                    TRows.Accumulate(data + long.CreateTruncating(Indices[k]) * rowBytes, weight, acc, dim, ref biasSum);
                }
                long count = end - start;
                if (TRows.HasBias && biasSum != 0f)
                    AddScalar(acc, dim, biasSum);
                if (Mean && count > 1)
                    Scale(acc, dim, 1f / count);
            }
        }

        /// <summary>
        /// Rows of 16, 32, 48 or 64 values on AVX-512: the bag's sum stays in up to four zmm registers and the output row
        /// is written once, instead of being loaded and stored for every lookup.
        /// </summary>
        private readonly void PoolInRegisters<TRows>(EmbeddingTable table, int t, int column, int b0, int b1) where TRows : struct, IRowFormat
        {
            byte* data = table.Data;
            long rowBytes = table.RowBytes;
            int dim = table.Dim;
            TIndex* offsets = Offsets + (long)t * Batch;
            long last = long.CreateTruncating(offsets[b1]);
            for (int b = b0; b < b1; b++)
            {
                long start = long.CreateTruncating(offsets[b]), end = long.CreateTruncating(offsets[b + 1]);
                var a0 = Vector512<float>.Zero;
                var a1 = Vector512<float>.Zero;
                var a2 = Vector512<float>.Zero;
                var a3 = Vector512<float>.Zero;
                float biasSum = 0;
                for (long k = start; k < end; k++)
                {
                    long ahead = k + Distance;
                    if (Distance > 0 && ahead < last)
                        Prefetch(data + long.CreateTruncating(Indices[ahead]) * rowBytes, rowBytes);
                    byte* row = data + long.CreateTruncating(Indices[k]) * rowBytes;
                    var factor = Vector512.Create(TRows.Factor(row, Weights == null ? 1f : Weights[k], dim, ref biasSum));
                    a0 = Vector512.FusedMultiplyAdd(TRows.Load16(row, 0), factor, a0);
                    if (dim > 16) a1 = Vector512.FusedMultiplyAdd(TRows.Load16(row, 16), factor, a1);
                    if (dim > 32) a2 = Vector512.FusedMultiplyAdd(TRows.Load16(row, 32), factor, a2);
                    if (dim > 48) a3 = Vector512.FusedMultiplyAdd(TRows.Load16(row, 48), factor, a3);
                }
                long count = end - start;
                var bias = Vector512.Create(biasSum);
                var scale = Vector512.Create(Mean && count > 1 ? 1f / count : 1f);
                float* acc = Output + (long)b * Stride + column;
                ((a0 + bias) * scale).Store(acc);
                if (dim > 16) ((a1 + bias) * scale).Store(acc + 16);
                if (dim > 32) ((a2 + bias) * scale).Store(acc + 32);
                if (dim > 48) ((a3 + bias) * scale).Store(acc + 48);
            }
        }
    }

    /// <summary>Prefetches every cache line of one row into all cache levels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch(byte* row, long bytes)
    {
        if (!Sse.IsSupported)
            return;
        for (long at = 0; at < bytes; at += 64)
            Sse.Prefetch0(row + at);
        // A row that starts mid-line spills into one more line.
        Sse.Prefetch0(row + bytes - 1);
    }

    /// <summary><c>acc[c] += value</c>.</summary>
    private static void AddScalar(float* acc, int dim, float value)
    {
        int c = 0;
        if (Vector256.IsHardwareAccelerated)
            for (var v = Vector256.Create(value); c <= dim - 8; c += 8)
                (Vector256.Load(acc + c) + v).Store(acc + c);
        for (; c < dim; c++)
            acc[c] += value;
    }

    /// <summary><c>acc[c] *= factor</c>.</summary>
    private static void Scale(float* acc, int dim, float factor)
    {
        int c = 0;
        if (Vector256.IsHardwareAccelerated)
            for (var v = Vector256.Create(factor); c <= dim - 8; c += 8)
                (Vector256.Load(acc + c) * v).Store(acc + c);
        for (; c < dim; c++)
            acc[c] *= factor;
    }
}
