namespace Coex.RecSys;

/// <summary>
/// The embedding tables of a <see cref="MergePlan"/>, built: each merged group as one fp32 Cartesian-product table,
/// each other table as it was. <see cref="Pool"/> answers a request with the same vectors the unmerged tables give.
/// </summary>
/// <remarks>
/// Layout of a product of members t1..tk (rows r1..rk): row ((i1·r2 + i2)·r3 + i3)… holds t1[i1], t2[i2], … side by
/// side, so a merged id is the members' ids read as digits in mixed radix (r1, …, rk).
/// </remarks>
public sealed class MergedTables
{
    private readonly MergePlan _plan;
    private readonly float[][] _groupWeights;
    private readonly int[] _columnOfTable;

    /// <summary>Builds the plan's tables from the unmerged fp32 weights (<paramref name="weights"/>[t] is table t, rows × dim, row-major).</summary>
    /// <exception cref="ArgumentException">A weight array does not match its table's shape, or a merged table is too large to build in memory.</exception>
    public MergedTables(MergePlan plan, IReadOnlyList<float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(weights);
        var tables = plan.Config.Tables;
        if (weights.Count != tables.Count)
            throw new ArgumentException($"{weights.Count} weight arrays for {tables.Count} tables.", nameof(weights));
        for (int t = 0; t < tables.Count; t++)
        {
            if (weights[t] is null || weights[t].LongLength != tables[t].Rows * tables[t].Dim)
                throw new ArgumentException($"Table '{tables[t].Name}' needs {tables[t].Rows} × {tables[t].Dim} weights, got {weights[t]?.LongLength ?? 0}.", nameof(weights));
        }
        _plan = plan;
        _columnOfTable = new int[tables.Count];
        int column = 0;
        for (int t = 0; t < tables.Count; t++)
        {
            _columnOfTable[t] = column;
            column += tables[t].Dim;
        }
        OutputWidth = column;
        _groupWeights = [.. plan.Groups.Select(g => g.IsMerged ? BuildProduct(g, tables, weights) : weights[g.Tables[0]])];
    }

    /// <summary>Width of a pooled request: the sum of all tables' dims, in config order.</summary>
    public int OutputWidth { get; }

    public MergePlan Plan => _plan;

    /// <summary>The weights of group <paramref name="group"/> (rows × dim, row-major).</summary>
    public ReadOnlySpan<float> GroupWeights(int group) => _groupWeights[group];

    /// <summary>The row of a merged group that holds the rows <paramref name="memberIds"/> of its members (one id per member, in group order).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An id is outside its member table.</exception>
    public static long MergedIndex(MergeGroup group, IReadOnlyList<EmbeddingTableSpec> tables, ReadOnlySpan<long> memberIds)
    {
        if (memberIds.Length != group.Tables.Count)
            throw new ArgumentException($"{memberIds.Length} ids for a group of {group.Tables.Count} tables.", nameof(memberIds));
        long index = 0;
        for (int k = 0; k < memberIds.Length; k++)
        {
            var t = tables[group.Tables[k]];
            if ((ulong)memberIds[k] >= (ulong)t.Rows)
                throw new ArgumentOutOfRangeException(nameof(memberIds), $"Id {memberIds[k]} is outside table '{t.Name}' ({t.Rows} rows).");
            index = index * t.Rows + memberIds[k];
        }
        return index;
    }

    /// <summary>
    /// One request's pooled embeddings, in config order, into <paramref name="output"/> (<see cref="OutputWidth"/> floats):
    /// table t's sum over <paramref name="ids"/>[t]. Merged (one-hot) tables take exactly one id each and are read with
    /// one lookup per group. Returns the number of row lookups made.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong number of bags, a one-hot table of a merged group given other than one id, or an id out of range.</exception>
    public int Pool(IReadOnlyList<long[]> ids, Span<float> output)
    {
        var tables = _plan.Config.Tables;
        if (ids.Count != tables.Count)
            throw new ArgumentException($"{ids.Count} id lists for {tables.Count} tables.", nameof(ids));
        if (output.Length != OutputWidth)
            throw new ArgumentException($"The output needs {OutputWidth} floats, got {output.Length}.", nameof(output));
        output.Clear();
        int lookups = 0;
        Span<long> memberIds = stackalloc long[16];
        for (int g = 0; g < _plan.Groups.Count; g++)
        {
            var group = _plan.Groups[g];
            var w = _groupWeights[g];
            if (!group.IsMerged)
            {
                int t = group.Tables[0];
                var dst = output.Slice(_columnOfTable[t], tables[t].Dim);
                foreach (long id in ids[t])
                {
                    if ((ulong)id >= (ulong)tables[t].Rows)
                        throw new ArgumentOutOfRangeException(nameof(ids), $"Id {id} is outside table '{tables[t].Name}' ({tables[t].Rows} rows).");
                    var row = w.AsSpan((int)(id * tables[t].Dim), tables[t].Dim);
                    for (int d = 0; d < row.Length; d++)
                        dst[d] += row[d];
                    lookups++;
                }
                continue;
            }
            Span<long> mids = group.Tables.Count <= memberIds.Length ? memberIds[..group.Tables.Count] : new long[group.Tables.Count];
            for (int k = 0; k < group.Tables.Count; k++)
            {
                int t = group.Tables[k];
                if (ids[t].Length != 1)
                    throw new ArgumentException($"Table '{tables[t].Name}' is merged (one-hot) but the request has {ids[t].Length} ids for it.", nameof(ids));
                mids[k] = ids[t][0];
            }
            long merged = MergedIndex(group, tables, mids);
            var mergedRow = w.AsSpan((int)(merged * group.Dim), group.Dim);
            int offset = 0;
            foreach (int t in group.Tables)
            {
                mergedRow.Slice(offset, tables[t].Dim).CopyTo(output.Slice(_columnOfTable[t], tables[t].Dim));
                offset += tables[t].Dim;
            }
            lookups++;
        }
        return lookups;
    }

    /// <summary>The Cartesian product of a group's members: every combination of their rows, side by side.</summary>
    public static float[] BuildProduct(MergeGroup group, IReadOnlyList<EmbeddingTableSpec> tables, IReadOnlyList<float[]> weights)
    {
        long elements = group.Rows * group.Dim;
        if (elements > Array.MaxLength)
            throw new ArgumentException($"The merged table of {string.Join(" × ", group.Tables.Select(t => tables[t].Name))} has {group.Rows} rows × {group.Dim}; too large to build in memory.");
        var product = new float[elements];
        int k = group.Tables.Count;
        var digits = new long[k];
        for (long row = 0; row < group.Rows; row++)
        {
            // digits = row in mixed radix (last member fastest).
            long rest = row;
            for (int m = k - 1; m >= 0; m--)
            {
                long r = tables[group.Tables[m]].Rows;
                digits[m] = rest % r;
                rest /= r;
            }
            int column = 0;
            for (int m = 0; m < k; m++)
            {
                int t = group.Tables[m], dim = tables[t].Dim;
                weights[t].AsSpan((int)(digits[m] * dim), dim).CopyTo(product.AsSpan((int)(row * group.Dim + column), dim));
                column += dim;
            }
        }
        return product;
    }
}
