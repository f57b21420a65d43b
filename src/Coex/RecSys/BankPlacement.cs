using Coex.Hardware;

namespace Coex.RecSys;

/// <summary>Something to place in a bank: a table, a merged table, or a row range (shard) of a table too big for one bank.</summary>
/// <param name="Name">Table name(s), with a shard suffix for shards.</param>
/// <param name="Bytes">Bytes it occupies.</param>
/// <param name="Lookups">Row reads per request it can receive (a shard counts its table's full pooling: any id may land in it).</param>
/// <param name="RowBytes">Bytes per row read.</param>
public sealed record PlacementItem(string Name, long Bytes, double Lookups, long RowBytes)
{
    /// <summary>The items of a merge plan's groups (rows of <paramref name="rowBytes"/>(dim) bytes), tables larger than a bank split into equal row shards.</summary>
    public static IReadOnlyList<PlacementItem> FromPlan(MergePlan plan, MemoryBankSpec banks, Func<int, long>? rowBytes = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(banks);
        banks.Validate();
        rowBytes ??= dim => (long)dim * sizeof(float);
        var items = new List<PlacementItem>();
        foreach (var g in plan.Groups)
        {
            string name = string.Join("×", g.Tables.Select(t => plan.Config.Tables[t].Name));
            long row = rowBytes(g.Dim), bytes = g.Rows * row;
            if (row > banks.CapacityBytes)
                throw new ArgumentException($"A row of '{name}' ({row} bytes) is larger than a {banks.Name} bank ({banks.CapacityBytes} bytes).");
            if (bytes <= banks.CapacityBytes)
            {
                items.Add(new PlacementItem(name, bytes, g.Lookups, row));
                continue;
            }
            long rowsPerBank = banks.CapacityBytes / row;
            long shards = (g.Rows + rowsPerBank - 1) / rowsPerBank;
            long rowsPerShard = (g.Rows + shards - 1) / shards;
            for (long s = 0; s < shards; s++)
            {
                long rows = Math.Min(rowsPerShard, g.Rows - s * rowsPerShard);
                items.Add(new PlacementItem($"{name}[{s + 1}/{shards}]", rows * row, g.Lookups, row));
            }
        }
        return items;
    }
}

/// <summary>Copies of hot multi-hot tables, so their lookups can be served by several banks at once.</summary>
public static class TableReplication
{
    /// <summary>
    /// Replaces every item doing more lookups per request than an even share of all lookups over the banks by k copies
    /// that each serve 1/k of them (a request sends its bag's ids to the copies in turn), k = ⌈lookups / share⌉ at
    /// most one per bank, hottest first, while the copies fit in <paramref name="memoryFraction"/> of all banks' bytes.
    /// </summary>
    /// <remarks>
    /// Without copies a table that alone does L lookups keeps some bank busy for L rounds however the rest is placed:
    /// a one-hot table never does more than one, but a multi-hot history or tag list (pooling 10–100) does.
    /// </remarks>
    public static IReadOnlyList<PlacementItem> Replicate(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks, double memoryFraction = 0.9)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(banks);
        banks.Validate();
        double share = Math.Max(1, Math.Ceiling(items.Sum(i => i.Lookups) / banks.Banks));
        long budget = (long)(banks.TotalBytes * memoryFraction) - items.Sum(i => i.Bytes);
        var copies = new int[items.Count];
        Array.Fill(copies, 1);
        foreach (int i in Enumerable.Range(0, items.Count).OrderByDescending(i => items[i].Lookups))
        {
            int k = (int)Math.Min(banks.Banks, Math.Ceiling(items[i].Lookups / share));
            while (k > 1 && (k - 1) * items[i].Bytes > budget)
                k--;
            copies[i] = k;
            budget -= (k - 1) * items[i].Bytes;
        }
        var result = new List<PlacementItem>();
        for (int i = 0; i < items.Count; i++)
        {
            if (copies[i] == 1)
            {
                result.Add(items[i]);
                continue;
            }
            for (int c = 0; c < copies[i]; c++)
                result.Add(items[i] with { Name = $"{items[i].Name} (copy {c + 1}/{copies[i]})", Lookups = items[i].Lookups / copies[i] });
        }
        return result;
    }
}

/// <summary>How tables were assigned to banks.</summary>
public enum PlacementMethod
{
    /// <summary>Naive: table i to bank i mod N (the next bank with room when that one is full).</summary>
    RoundRobin,

    /// <summary>Naive: fill bank 0 in table order, then bank 1, and so on.</summary>
    InOrderFill,

    /// <summary>Longest-processing-time-first greedy, then moves and swaps off the busiest bank while they help.</summary>
    Optimized,

    /// <summary>Branch and bound over every assignment (small cases only).</summary>
    Exact,
}

/// <summary>An assignment of items to banks with its per-bank load and the request's lookup-latency estimate.</summary>
public sealed class Placement
{
    internal Placement(MemoryBankSpec spec, IReadOnlyList<PlacementItem> items, int[] bankOf, PlacementMethod method)
    {
        Spec = spec;
        Items = items;
        BankOf = bankOf;
        Method = method;
        var bytes = new long[spec.Banks];
        var lookups = new double[spec.Banks];
        var ns = new double[spec.Banks];
        for (int i = 0; i < items.Count; i++)
        {
            int b = bankOf[i];
            bytes[b] += items[i].Bytes;
            lookups[b] += items[i].Lookups;
            ns[b] += items[i].Lookups * spec.AccessNs(items[i].RowBytes);
        }
        (BankBytes, BankLookups, BankNs) = (bytes, lookups, ns);
    }

    public MemoryBankSpec Spec { get; }

    public IReadOnlyList<PlacementItem> Items { get; }

    /// <summary>The bank of each item.</summary>
    public IReadOnlyList<int> BankOf { get; }

    public PlacementMethod Method { get; }

    public IReadOnlyList<long> BankBytes { get; }

    /// <summary>Lookup rounds per request of each bank: the row reads it serves one after another.</summary>
    public IReadOnlyList<double> BankLookups { get; }

    /// <summary>ns each bank is busy per request.</summary>
    public IReadOnlyList<double> BankNs { get; }

    /// <summary>The busiest bank's lookup rounds per request.</summary>
    public double MaxRounds => BankLookups.Max();

    /// <summary>Estimated embedding-lookup latency of one request: banks work in parallel, so the busiest bank's time.</summary>
    public double LatencyNs => BankNs.Max();

    /// <summary>Names of the items in bank <paramref name="bank"/>.</summary>
    public IEnumerable<string> ItemsIn(int bank) => Enumerable.Range(0, Items.Count).Where(i => BankOf[i] == bank).Select(i => Items[i].Name);
}

/// <summary>
/// Places embedding tables on parallel memory banks so the busiest bank does as few (and as cheap) lookups per
/// request as possible, within each bank's capacity: the request waits for its slowest bank.
/// </summary>
public static class BankPlacement
{
    /// <summary>Most items <see cref="PlacementMethod.Exact"/> accepts.</summary>
    public const int MaxExactItems = 14;

    /// <summary>Places <paramref name="items"/> on <paramref name="banks"/> by <paramref name="method"/>.</summary>
    /// <exception cref="ArgumentException">The items do not fit (the message gives the sizes), or too many items for the exact search.</exception>
    public static Placement Place(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks, PlacementMethod method)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(banks);
        banks.Validate();
        long total = items.Sum(i => i.Bytes);
        var tooBig = items.FirstOrDefault(i => i.Bytes > banks.CapacityBytes);
        if (tooBig is not null)
            throw new ArgumentException($"'{tooBig.Name}' ({tooBig.Bytes} bytes) is larger than one {banks.Name} bank ({banks.CapacityBytes} bytes); split it first (PlacementItem.FromPlan does).");
        if (total > banks.TotalBytes)
            throw new ArgumentException($"The tables need {total} bytes; {banks.Banks} {banks.Name} banks hold {banks.TotalBytes}.");
        int[] bankOf = method switch
        {
            PlacementMethod.RoundRobin => RoundRobin(items, banks),
            PlacementMethod.InOrderFill => InOrderFill(items, banks),
            PlacementMethod.Optimized => Optimized(items, banks),
            PlacementMethod.Exact => Exact(items, banks),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown placement method."),
        };
        return new Placement(banks, items, bankOf, method);
    }

    private static double Cost(PlacementItem item, MemoryBankSpec banks) => item.Lookups * banks.AccessNs(item.RowBytes);

    private static int[] RoundRobin(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks)
    {
        var free = Enumerable.Repeat(banks.CapacityBytes, banks.Banks).ToArray();
        var bankOf = new int[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            int b = Enumerable.Range(0, banks.Banks).Select(k => (i + k) % banks.Banks).FirstOrDefault(k => free[k] >= items[i].Bytes, -1);
            if (b < 0)
                throw NoRoom(items[i], banks, "round-robin");
            bankOf[i] = b;
            free[b] -= items[i].Bytes;
        }
        return bankOf;
    }

    private static int[] InOrderFill(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks)
    {
        var bankOf = new int[items.Count];
        int bank = 0;
        long free = banks.CapacityBytes;
        for (int i = 0; i < items.Count; i++)
        {
            while (items[i].Bytes > free)
            {
                if (++bank == banks.Banks)
                    throw NoRoom(items[i], banks, "in-order fill");
                free = banks.CapacityBytes;
            }
            bankOf[i] = bank;
            free -= items[i].Bytes;
        }
        return bankOf;
    }

    private static int[] Optimized(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks)
    {
        var cost = items.Select(i => Cost(i, banks)).ToArray();
        // LPT: costliest first, each to the least loaded bank with room; if capacity makes that fail, first-fit by size.
        var bankOf = Greedy(items, banks, cost, [.. Enumerable.Range(0, items.Count).OrderByDescending(i => cost[i]).ThenByDescending(i => items[i].Bytes)], leastLoaded: true)
            ?? Greedy(items, banks, cost, [.. Enumerable.Range(0, items.Count).OrderByDescending(i => items[i].Bytes)], leastLoaded: false)
            ?? throw new ArgumentException($"Neither LPT nor first-fit-decreasing packed the {items.Count} tables ({items.Sum(i => i.Bytes)} bytes) into {banks.Banks} {banks.Name} banks of {banks.CapacityBytes} bytes.");
        ImproveLocally(items, banks, cost, bankOf);
        return bankOf;
    }

    private static int[]? Greedy(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks, double[] cost, int[] order, bool leastLoaded)
    {
        var load = new double[banks.Banks];
        var free = Enumerable.Repeat(banks.CapacityBytes, banks.Banks).ToArray();
        var bankOf = new int[items.Count];
        foreach (int i in order)
        {
            int best = -1;
            for (int b = 0; b < banks.Banks; b++)
            {
                if (free[b] < items[i].Bytes)
                    continue;
                if (best < 0 || leastLoaded && (load[b] < load[best] || load[b] == load[best] && free[b] > free[best]))
                    best = b;
                if (!leastLoaded)
                    break;
            }
            if (best < 0)
                return null;
            bankOf[i] = best;
            load[best] += cost[i];
            free[best] -= items[i].Bytes;
        }
        return bankOf;
    }

    /// <summary>
    /// Moves or swaps items off the busiest bank while that lowers it without making the other bank as busy; each step
    /// lowers the sum of squared loads, so it ends.
    /// </summary>
    private static void ImproveLocally(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks, double[] cost, int[] bankOf)
    {
        var load = new double[banks.Banks];
        var used = new long[banks.Banks];
        for (int i = 0; i < items.Count; i++)
        {
            load[bankOf[i]] += cost[i];
            used[bankOf[i]] += items[i].Bytes;
        }
        const double Epsilon = 1e-9;
        for (int step = 0; step < 100_000; step++)
        {
            int top = Array.IndexOf(load, load.Max());
            double bestPeak = load[top];
            int moveItem = -1, swapItem = -1, target = -1;
            for (int i = 0; i < items.Count; i++)
            {
                if (bankOf[i] != top)
                    continue;
                for (int b = 0; b < banks.Banks; b++)
                {
                    if (b == top)
                        continue;
                    if (used[b] + items[i].Bytes <= banks.CapacityBytes)
                    {
                        double peak = Math.Max(load[top] - cost[i], load[b] + cost[i]);
                        if (peak < bestPeak - Epsilon)
                            (bestPeak, moveItem, swapItem, target) = (peak, i, -1, b);
                    }
                    for (int j = 0; j < items.Count; j++)
                    {
                        if (bankOf[j] != b || cost[j] >= cost[i])
                            continue;
                        if (used[b] - items[j].Bytes + items[i].Bytes > banks.CapacityBytes || used[top] - items[i].Bytes + items[j].Bytes > banks.CapacityBytes)
                            continue;
                        double peak = Math.Max(load[top] - cost[i] + cost[j], load[b] + cost[i] - cost[j]);
                        if (peak < bestPeak - Epsilon)
                            (bestPeak, moveItem, swapItem, target) = (peak, i, j, b);
                    }
                }
            }
            if (moveItem < 0)
                return;
            Move(moveItem, target);
            if (swapItem >= 0)
                Move(swapItem, top);
        }

        void Move(int i, int to)
        {
            int from = bankOf[i];
            load[from] -= cost[i];
            used[from] -= items[i].Bytes;
            load[to] += cost[i];
            used[to] += items[i].Bytes;
            bankOf[i] = to;
        }
    }

    private static int[] Exact(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks)
    {
        if (items.Count > MaxExactItems)
            throw new ArgumentException($"The exact placement takes at most {MaxExactItems} items; got {items.Count}. Use the optimized method.");
        var cost = items.Select(i => Cost(i, banks)).ToArray();
        var order = Enumerable.Range(0, items.Count).OrderByDescending(i => cost[i]).ToArray();
        var load = new double[banks.Banks];
        var used = new long[banks.Banks];
        var current = new int[items.Count];
        int[]? best = null;
        double bestPeak = double.PositiveInfinity;

        void Visit(int k, double peak)
        {
            if (peak >= bestPeak)
                return;
            if (k == order.Length)
            {
                (bestPeak, best) = (peak, (int[])current.Clone());
                return;
            }
            int i = order[k];
            bool triedEmpty = false;
            for (int b = 0; b < banks.Banks; b++)
            {
                // Empty banks are interchangeable: trying one is enough.
                if (used[b] == 0 && load[b] == 0)
                {
                    if (triedEmpty)
                        continue;
                    triedEmpty = true;
                }
                if (used[b] + items[i].Bytes > banks.CapacityBytes)
                    continue;
                load[b] += cost[i];
                used[b] += items[i].Bytes;
                current[i] = b;
                Visit(k + 1, Math.Max(peak, load[b]));
                load[b] -= cost[i];
                used[b] -= items[i].Bytes;
            }
        }

        Visit(0, 0);
        return best ?? throw new ArgumentException($"No assignment fits the {items.Count} tables into {banks.Banks} {banks.Name} banks of {banks.CapacityBytes} bytes.");
    }

    private static ArgumentException NoRoom(PlacementItem item, MemoryBankSpec banks, string method) =>
        new($"{method}: no {banks.Name} bank has room for '{item.Name}' ({item.Bytes} bytes) after the tables before it.");
}
