namespace Coex.RecSys;

/// <summary>How <see cref="CartesianMergePlanner"/> searches.</summary>
public enum MergeStrategy
{
    /// <summary>Repeatedly apply the cheapest merge that fits the remaining budget (any number of tables; O(n³) per step).</summary>
    Greedy,

    /// <summary>Every partition of the one-hot tables (at most <see cref="CartesianMergePlanner.MaxExactTables"/>): the most merges, then the least memory.</summary>
    Exact,
}

/// <summary>Tables looked up as one: a single table (<see cref="Tables"/> has one entry) or a Cartesian product of several.</summary>
/// <param name="Tables">Indices into the config's tables, in the order their columns appear in a merged row.</param>
/// <param name="Rows">Rows: the product of the members' rows.</param>
/// <param name="Dim">Row width: the sum of the members' dims.</param>
/// <param name="Bytes">Bytes of the (merged) table.</param>
/// <param name="Lookups">Lookups per request into it: the member's pooling for a single table, 1 for a product.</param>
public sealed record MergeGroup(IReadOnlyList<int> Tables, long Rows, int Dim, long Bytes, double Lookups)
{
    public bool IsMerged => Tables.Count > 1;
}

/// <summary>A merge plan: every table in exactly one group, with the memory and lookups before and after.</summary>
public sealed record MergePlan(RecSysConfig Config, IReadOnlyList<MergeGroup> Groups, long BytesBefore, long BudgetBytes, MergeStrategy Strategy)
{
    public long BytesAfter => Groups.Sum(g => g.Bytes);

    public long ExtraBytes => BytesAfter - BytesBefore;

    /// <summary>Extra memory as a fraction of the unmerged tables' bytes.</summary>
    public double ExtraFraction => (double)ExtraBytes / BytesBefore;

    public double LookupsBefore => Config.LookupsPerRequest;

    public double LookupsAfter => Groups.Sum(g => g.Lookups);

    /// <summary>Fraction of lookups per request the merges remove.</summary>
    public double LookupReduction => 1 - LookupsAfter / LookupsBefore;

    public IEnumerable<MergeGroup> Merged => Groups.Where(g => g.IsMerged);
}

/// <summary>
/// Chooses which embedding tables to merge into Cartesian-product tables under a memory budget (the MicroRec idea:
/// Jiang et al., "MicroRec: Efficient Recommendation Inference by Hardware and Data Structure Solutions", MLSys 2021).
/// A product of tables A (a rows × d_A) and B (b rows × d_B) has a·b rows of d_A + d_B: row (i, j) is A[i] followed by
/// B[j], found at index i·b + j, so one lookup replaces two. Every merge saves exactly one lookup per request and costs
/// a·b·(d_A + d_B) − a·d_A − b·d_B elements, so the planner looks for the most merges that fit the budget.
/// </summary>
/// <remarks>
/// Only one-hot features (pooling exactly 1) are merged. A multi-hot feature pools a bag of ids; the product of two
/// bags of sizes m and n would need m·n lookups of the merged table, and pooling those pairs sums A[i] n times and B[j]
/// m times, which is neither the original result nor cheaper. Groups may hold more than two tables (a product of a
/// product), which pays off for the many tiny tables click data has (a 3-row and a 4-row table merge into 12 rows).
/// </remarks>
public static class CartesianMergePlanner
{
    /// <summary>Most one-hot tables <see cref="MergeStrategy.Exact"/> accepts (Bell(10) = 115 975 partitions).</summary>
    public const int MaxExactTables = 10;

    /// <summary>
    /// Plans merges whose extra memory is at most <paramref name="budgetFraction"/> of the unmerged tables' bytes.
    /// <paramref name="rowBytes"/> gives the bytes of a row of a given dim (fp32 by default: 4·dim); merged products are
    /// capped at <paramref name="maxMergedRows"/> rows (indices of a merged table must fit the kernels' int32 ids).
    /// </summary>
    /// <exception cref="ArgumentException">A bad budget or config, or more one-hot tables than <see cref="MaxExactTables"/> for the exact search.</exception>
    public static MergePlan Plan(RecSysConfig config, double budgetFraction, MergeStrategy strategy = MergeStrategy.Greedy,
        Func<int, long>? rowBytes = null, long maxMergedRows = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        if (!(budgetFraction >= 0) || double.IsInfinity(budgetFraction))
            throw new ArgumentOutOfRangeException(nameof(budgetFraction), budgetFraction, "The memory budget must be a non-negative fraction of the tables' bytes.");
        if (maxMergedRows < 1)
            throw new ArgumentOutOfRangeException(nameof(maxMergedRows), maxMergedRows, "Must be at least 1.");
        rowBytes ??= dim => (long)dim * sizeof(float);
        var tables = config.Tables;
        long before = tables.Sum(t => t.Rows * rowBytes(t.Dim));
        long budget = (long)Math.Floor(before * budgetFraction);

        var oneHot = Enumerable.Range(0, tables.Count).Where(i => tables[i].IsOneHot).ToList();
        var parts = strategy switch
        {
            MergeStrategy.Greedy => Greedy(tables, oneHot, budget, rowBytes, maxMergedRows),
            MergeStrategy.Exact => Exact(tables, oneHot, budget, rowBytes, maxMergedRows),
            _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown strategy."),
        };
        var groups = new List<MergeGroup>();
        var placed = new HashSet<int>(parts.SelectMany(p => p));
        // Groups in the order of their first table, so reports read like the config.
        foreach (var part in parts.Concat(Enumerable.Range(0, tables.Count).Where(i => !placed.Contains(i)).Select(i => new List<int> { i })).OrderBy(p => p[0]))
            groups.Add(Group(tables, part, rowBytes));
        return new MergePlan(config, groups, before, budget, strategy);
    }

    /// <summary>The group of <paramref name="members"/> (a single table stays as it is).</summary>
    public static MergeGroup Group(IReadOnlyList<EmbeddingTableSpec> tables, IReadOnlyList<int> members, Func<int, long> rowBytes)
    {
        if (members.Count == 1)
        {
            var t = tables[members[0]];
            return new MergeGroup([members[0]], t.Rows, t.Dim, t.Rows * rowBytes(t.Dim), t.Pooling);
        }
        long rows = Product(tables, members);
        int dim = members.Sum(m => tables[m].Dim);
        return new MergeGroup([.. members], rows, dim, checked(rows * rowBytes(dim)), 1);
    }

    private static List<List<int>> Greedy(IReadOnlyList<EmbeddingTableSpec> tables, List<int> oneHot, long budget, Func<int, long> rowBytes, long maxRows)
    {
        var groups = oneHot.Select(i => new List<int> { i }).ToList();
        var bytes = groups.Select(g => Group(tables, g, rowBytes).Bytes).ToList();
        long spent = 0;
        while (true)
        {
            int bestA = -1, bestB = -1;
            long bestExtra = long.MaxValue;
            for (int a = 0; a < groups.Count; a++)
            {
                for (int b = a + 1; b < groups.Count; b++)
                {
                    var rows = ProductOrNull(tables, [.. groups[a], .. groups[b]], maxRows);
                    if (rows is null)
                        continue;
                    int dim = groups[a].Sum(m => tables[m].Dim) + groups[b].Sum(m => tables[m].Dim);
                    long extra = rows.Value * rowBytes(dim) - bytes[a] - bytes[b];
                    if (extra < bestExtra)
                        (bestA, bestB, bestExtra) = (a, b, extra);
                }
            }
            // The cheapest merge does not fit, so none does.
            if (bestA < 0 || spent + bestExtra > budget)
                break;
            spent += bestExtra;
            groups[bestA].AddRange(groups[bestB]);
            groups[bestA].Sort();
            bytes[bestA] = Group(tables, groups[bestA], rowBytes).Bytes;
            groups.RemoveAt(bestB);
            bytes.RemoveAt(bestB);
        }
        return [.. groups.Where(g => g.Count > 1)];
    }

    private static List<List<int>> Exact(IReadOnlyList<EmbeddingTableSpec> tables, List<int> oneHot, long budget, Func<int, long> rowBytes, long maxRows)
    {
        if (oneHot.Count > MaxExactTables)
            throw new ArgumentException($"The exact merge search takes at most {MaxExactTables} one-hot tables; this config has {oneHot.Count}. Use the greedy strategy.");
        var best = new List<List<int>>();
        int bestMerges = 0;
        long bestExtra = 0;
        var current = new List<List<int>>();

        // Each table joins an existing group or opens a new one (restricted growth), so each partition is seen once.
        // A group's extra bytes only grow as members join, so a partial partition over budget is abandoned.
        void Visit(int k, long extra)
        {
            if (extra > budget)
                return;
            if (k == oneHot.Count)
            {
                int merges = oneHot.Count - current.Count;
                if (merges > bestMerges || merges == bestMerges && extra < bestExtra)
                {
                    (bestMerges, bestExtra) = (merges, extra);
                    best = [.. current.Where(g => g.Count > 1).Select(g => new List<int>(g))];
                }
                return;
            }
            int t = oneHot[k];
            for (int g = 0; g < current.Count; g++)
            {
                var group = current[g];
                long old = ExtraOf(group);
                group.Add(t);
                if (ProductOrNull(tables, group, maxRows) is not null)
                    Visit(k + 1, extra - old + ExtraOf(group));
                group.RemoveAt(group.Count - 1);
            }
            current.Add([t]);
            Visit(k + 1, extra);
            current.RemoveAt(current.Count - 1);
        }
        long ExtraOf(List<int> group) => group.Count == 1 ? 0 : Group(tables, group, rowBytes).Bytes - group.Sum(m => tables[m].Rows * rowBytes(tables[m].Dim));

        Visit(0, 0);
        return best;
    }

    private static long Product(IReadOnlyList<EmbeddingTableSpec> tables, IEnumerable<int> members)
    {
        long rows = 1;
        foreach (int m in members)
            rows = checked(rows * tables[m].Rows);
        return rows;
    }

    private static long? ProductOrNull(IReadOnlyList<EmbeddingTableSpec> tables, IEnumerable<int> members, long maxRows)
    {
        long rows = 1;
        foreach (int m in members)
        {
            if (tables[m].Rows > maxRows / rows)
                return null;
            rows *= tables[m].Rows;
        }
        return rows;
    }
}
