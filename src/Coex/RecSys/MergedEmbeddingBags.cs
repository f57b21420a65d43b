using Coex.Kernels.Embedding;

namespace Coex.RecSys;

/// <summary>
/// The groups of a <see cref="MergedTables"/> as <see cref="EmbeddingTable"/>s in one precision, looked up for a
/// batch in one multi-table <see cref="EmbeddingBag"/> call: a merged group costs one lookup per sample, its id the
/// members' ids in mixed radix. Quantized merged rows share one scale and bias across all their members' columns.
/// </summary>
/// <remarks>
/// Output row b holds the groups' pooled rows side by side in group order; <see cref="ColumnOfTable"/> says where
/// each config table's columns are. Tables are pooled by sum (a one-hot table's sum is its row).
/// </remarks>
public sealed class MergedEmbeddingBags : IDisposable
{
    private readonly MergePlan _plan;
    private readonly EmbeddingTable[] _tables;
    /// <summary>Per group, each member's weight in the merged id (the product of the rows of the members after it).</summary>
    private readonly long[][] _strides;
    private long[] _indices = [];
    private long[] _offsets = [];
    // Scratch of the int32 (serving) path, grown only when a call needs more: steady traffic allocates nothing.
    private int[] _servingIndices = [];
    private int[] _servingOffsets = [];

    public MergedEmbeddingBags(MergedTables merged, EmbeddingPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(merged);
        _plan = merged.Plan;
        var config = _plan.Config.Tables;
        _tables = new EmbeddingTable[_plan.Groups.Count];
        var columns = new int[config.Count];
        int column = 0;
        for (int g = 0; g < _plan.Groups.Count; g++)
        {
            var group = _plan.Groups[g];
            if (group.Rows > int.MaxValue)
                throw new ArgumentException($"Group {g} has {group.Rows} rows; embedding tables hold at most {int.MaxValue}.");
            string name = string.Join("×", group.Tables.Select(t => config[t].Name));
            _tables[g] = EmbeddingTable.FromFloats(name, merged.GroupWeights(g), (int)group.Rows, group.Dim, precision);
            foreach (int t in group.Tables)
            {
                columns[t] = column;
                column += config[t].Dim;
            }
        }
        _strides = [.. _plan.Groups.Select(g =>
        {
            var strides = new long[g.Tables.Count];
            long stride = 1;
            for (int m = g.Tables.Count - 1; m >= 0; m--)
            {
                strides[m] = stride;
                stride *= config[g.Tables[m]].Rows;
            }
            return strides;
        })];
        ColumnOfTable = columns;
        OutputWidth = column;
        Precision = precision;
    }

    public MergePlan Plan => _plan;

    public EmbeddingPrecision Precision { get; }

    /// <summary>Floats per output row: the sum of all tables' dims.</summary>
    public int OutputWidth { get; }

    /// <summary>Where config table t's columns start in an output row.</summary>
    public IReadOnlyList<int> ColumnOfTable { get; }

    /// <summary>Bytes of all group tables.</summary>
    public long TableBytes => _tables.Sum(t => t.ByteLength);

    /// <summary>The group tables, in group order (a single table keeps its config table's name).</summary>
    public IReadOnlyList<EmbeddingTable> Tables => _tables;

    /// <summary>Sizes the serving path's scratch for batches up to <paramref name="maxBatch"/> with up to <paramref name="maxIds"/> ids.</summary>
    public void Reserve(int maxBatch, int maxIds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBatch);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIds);
        if (_servingOffsets.Length < _plan.Groups.Count * maxBatch + 1)
            _servingOffsets = new int[_plan.Groups.Count * maxBatch + 1];
        if (_servingIndices.Length < maxIds)
            _servingIndices = new int[maxIds];
    }

    /// <summary>
    /// The serving layout: int ids of all config tables back to back (table-major) with T·B + 1 <paramref name="offsets"/>,
    /// exactly what the unmerged multi-table <see cref="EmbeddingBag"/> takes. Writes each sample's groups side by side
    /// into <paramref name="output"/>, rows <paramref name="outputStride"/> floats apart (0 = <see cref="OutputWidth"/>).
    /// Allocates nothing once <see cref="Reserve"/> (or an earlier call) has sized the scratch. Returns the lookups made.
    /// </summary>
    /// <exception cref="EmbeddingIndexException">Bad offsets, a merged member with other than one id, or an id out of range (naming the table and position).</exception>
    public int Forward(ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets, Span<float> output, int outputStride = 0, EmbeddingBagOptions? options = null)
    {
        var config = _plan.Config.Tables;
        int tables = config.Count;
        if (offsets.Length < 1 || (offsets.Length - 1) % tables != 0)
            throw new EmbeddingIndexException($"With {tables} tables, offsets needs T·B + 1 entries; got {offsets.Length}.", nameof(offsets));
        int batch = (offsets.Length - 1) / tables;
        if (offsets[0] != 0 || offsets[^1] != indices.Length)
            throw new EmbeddingIndexException($"Offsets must run from 0 to the {indices.Length} ids; got {offsets[0]} … {offsets[^1]}.", nameof(offsets));
        for (int j = 0; j < offsets.Length - 1; j++)
            if (offsets[j + 1] < offsets[j])
                throw new EmbeddingIndexException($"offsets[{j + 1}] = {offsets[j + 1]} (table '{config[j / Math.Max(batch, 1)].Name}') is below offsets[{j}] = {offsets[j]}: offsets must not decrease.", nameof(offsets));
        int total = 0;
        for (int g = 0; g < _plan.Groups.Count; g++) // no foreach: an interface enumerator would allocate per call
        {
            var group = _plan.Groups[g];
            total += group.IsMerged ? batch : offsets[(group.Tables[0] + 1) * batch] - offsets[group.Tables[0] * batch];
        }
        Reserve(batch, total);

        int k = 0, bag = 0;
        for (int g = 0; g < _plan.Groups.Count; g++)
        {
            var group = _plan.Groups[g];
            if (!group.IsMerged)
            {
                // Ids copied as they are; EmbeddingBag checks them against the table below.
                int t = group.Tables[0], from = offsets[t * batch];
                for (int b = 0; b < batch; b++)
                    _servingOffsets[bag++] = k + offsets[t * batch + b] - from;
                int count = offsets[(t + 1) * batch] - from;
                indices.Slice(from, count).CopyTo(_servingIndices.AsSpan(k));
                k += count;
                continue;
            }
            var strides = _strides[g];
            for (int b = 0; b < batch; b++)
            {
                long merged = 0;
                for (int m = 0; m < group.Tables.Count; m++)
                {
                    int t = group.Tables[m], start = offsets[t * batch + b];
                    if (offsets[t * batch + b + 1] - start != 1)
                        throw new EmbeddingIndexException($"Table '{config[t].Name}' is merged (one-hot) but sample {b} has {offsets[t * batch + b + 1] - start} ids for it.", nameof(indices));
                    int id = indices[start];
                    if ((ulong)(long)id >= (ulong)config[t].Rows)
                        throw new EmbeddingIndexException($"Index {id} at position {start} (table '{config[t].Name}', bag {b}) is outside the table's rows [0, {config[t].Rows}).", nameof(indices));
                    merged += id * strides[m];
                }
                _servingOffsets[bag++] = k;
                _servingIndices[k++] = (int)merged; // < group rows ≤ int.MaxValue (checked when built)
            }
        }
        _servingOffsets[bag] = k;
        EmbeddingBag.Forward(_tables, _servingIndices.AsSpan(0, k), _servingOffsets.AsSpan(0, bag + 1), [], EmbeddingPooling.Sum, output, outputStride, options);
        return k;
    }

    /// <summary>
    /// Pools a batch of <paramref name="batch"/> samples into <paramref name="output"/> ([batch, <see cref="OutputWidth"/>]):
    /// per config table t, <paramref name="indices"/>[t] holds all samples' ids back to back and <paramref name="offsets"/>[t]
    /// the batch + 1 bag bounds. Members of a merged group must have exactly one id per sample. Returns the row lookups made.
    /// </summary>
    /// <exception cref="ArgumentException">Mismatched inputs, a merged member with other than one id, or an id out of range (naming the table).</exception>
    public long Forward(IReadOnlyList<long[]> indices, IReadOnlyList<long[]> offsets, int batch, Span<float> output, EmbeddingBagOptions? options = null)
    {
        var config = _plan.Config.Tables;
        if (indices.Count != config.Count || offsets.Count != config.Count)
            throw new ArgumentException($"Expected ids and offsets for {config.Count} tables, got {indices.Count} and {offsets.Count}.");
        if (batch < 0)
            throw new ArgumentOutOfRangeException(nameof(batch), batch, "The batch cannot be negative.");
        for (int t = 0; t < config.Count; t++)
        {
            if (offsets[t].Length != batch + 1 || offsets[t][0] != 0 || offsets[t][^1] != indices[t].Length)
                throw new ArgumentException($"Table '{config[t].Name}': offsets must be {batch} + 1 bounds from 0 to {indices[t].Length}.", nameof(offsets));
        }
        long total = 0;
        foreach (var g in _plan.Groups)
            total += g.IsMerged ? batch : indices[g.Tables[0]].Length;
        if (_indices.Length < total)
            _indices = new long[total];
        if (_offsets.Length < _plan.Groups.Count * batch + 1)
            _offsets = new long[_plan.Groups.Count * batch + 1];

        long k = 0;
        int bag = 0;
        for (int g = 0; g < _plan.Groups.Count; g++)
        {
            var group = _plan.Groups[g];
            if (!group.IsMerged)
            {
                int t = group.Tables[0];
                for (int b = 0; b < batch; b++)
                    _offsets[bag++] = k + offsets[t][b];
                indices[t].CopyTo(_indices, k);
                k += indices[t].Length;
                continue;
            }
            // Merged id = Σ id_m · stride_m (mixed radix, last member fastest), each id checked against its member's rows.
            var strides = _strides[g];
            for (int b = 0; b < batch; b++)
            {
                long merged = 0;
                for (int m = 0; m < group.Tables.Count; m++)
                {
                    int t = group.Tables[m];
                    var bounds = offsets[t];
                    long start = bounds[b];
                    if (bounds[b + 1] - start != 1)
                        throw new ArgumentException($"Table '{config[t].Name}' is merged (one-hot) but sample {b} has {bounds[b + 1] - start} ids for it.", nameof(indices));
                    long id = indices[t][start];
                    if ((ulong)id >= (ulong)config[t].Rows)
                        throw new ArgumentOutOfRangeException(nameof(indices), $"Id {id} of sample {b} is outside table '{config[t].Name}' ({config[t].Rows} rows).");
                    merged += id * strides[m];
                }
                _offsets[bag++] = k;
                _indices[k++] = merged;
            }
            continue;
        }
        _offsets[bag] = k;
        EmbeddingBag.Forward(_tables, _indices.AsSpan(0, (int)k), _offsets.AsSpan(0, bag + 1), [], EmbeddingPooling.Sum, output, 0, options);
        return k;
    }

    public void Dispose()
    {
        foreach (var t in _tables)
            t.Dispose();
    }
}
