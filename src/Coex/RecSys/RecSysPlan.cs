using Coex.Hardware;
using Coex.Kernels.Embedding;

namespace Coex.RecSys;

/// <summary>One placement method's outcome, or why it could not place the tables.</summary>
public sealed record PlacementOutcome(PlacementMethod Method, bool Merged, Placement? Placement, string? Failure, bool Replicated = false);

/// <summary>
/// What <c>coex recsys plan</c> reports: the merge plan for a config under a budget, and the tables placed on a bank
/// preset before and after merging, by the optimizer and by the naive methods.
/// </summary>
public sealed record RecSysPlan(RecSysConfig Config, MemoryBankSpec Banks, EmbeddingPrecision Precision, MergePlan Merge, IReadOnlyList<PlacementOutcome> Placements)
{
    /// <summary>The optimized placement of the merged tables (with hot tables replicated when that is faster), or null when they do not fit.</summary>
    public Placement? Best => Placements.Where(p => p.Merged && p.Method == PlacementMethod.Optimized && p.Placement is not null)
        .Select(p => p.Placement!).OrderBy(p => p.LatencyNs).FirstOrDefault();

    /// <summary>Bytes of a row of a given dim in <paramref name="precision"/>.</summary>
    public static Func<int, long> RowBytes(EmbeddingPrecision precision) => dim => RowWiseQuantization.RowBytes(precision, dim);

    /// <summary>Plans merges with extra memory at most <paramref name="budgetFraction"/> and places unmerged and merged tables every way.</summary>
    public static RecSysPlan Build(RecSysConfig config, MemoryBankSpec banks, double budgetFraction, EmbeddingPrecision precision = EmbeddingPrecision.F32,
        MergeStrategy strategy = MergeStrategy.Greedy)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(banks);
        var rowBytes = RowBytes(precision);
        var merge = CartesianMergePlanner.Plan(config, budgetFraction, strategy, rowBytes);
        var unmerged = CartesianMergePlanner.Plan(config, 0, MergeStrategy.Greedy, rowBytes);
        var outcomes = new List<PlacementOutcome>();
        foreach (var (plan, merged) in new[] { (unmerged, false), (merge, true) })
        {
            IReadOnlyList<PlacementItem>? items = null;
            string? itemFailure = null;
            try
            {
                items = PlacementItem.FromPlan(plan, banks, rowBytes);
            }
            catch (ArgumentException e)
            {
                itemFailure = e.Message;
            }
            foreach (var method in new[] { PlacementMethod.RoundRobin, PlacementMethod.InOrderFill, PlacementMethod.Optimized })
            {
                if (items is null)
                {
                    outcomes.Add(new PlacementOutcome(method, merged, null, itemFailure));
                    continue;
                }
                try
                {
                    outcomes.Add(new PlacementOutcome(method, merged, BankPlacement.Place(items, banks, method), null));
                }
                catch (ArgumentException e)
                {
                    outcomes.Add(new PlacementOutcome(method, merged, null, e.Message));
                }
            }
            if (items is not null)
            {
                var replicated = TableReplication.Replicate(items, banks);
                if (replicated.Count > items.Count)
                {
                    try
                    {
                        outcomes.Add(new PlacementOutcome(PlacementMethod.Optimized, merged, BankPlacement.Place(replicated, banks, PlacementMethod.Optimized), null, Replicated: true));
                    }
                    catch (ArgumentException e)
                    {
                        outcomes.Add(new PlacementOutcome(PlacementMethod.Optimized, merged, null, e.Message, Replicated: true));
                    }
                }
            }
        }
        return new RecSysPlan(config, banks, precision, merge, outcomes);
    }
}
