using Coex.Hardware;
using Coex.RecSys;
using Xunit.Abstractions;

namespace Coex.Tests.RecSys;

public class BankPlacementTests(ITestOutputHelper output)
{
    private static MemoryBankSpec Banks(int n, long capacity) => new("test", n, capacity, 10, 1);

    private static PlacementItem[] RandomItems(Random rng, int count, int maxBytes) =>
        [.. Enumerable.Range(0, count).Select(i => new PlacementItem($"t{i}", rng.Next(1, maxBytes), rng.Next(1, 4), rng.Next(1, 5) * 16))];

    /// <summary>Optimum by plain enumeration of all banks^items assignments: the oracle for the exact search.</summary>
    private static double BruteForcePeak(IReadOnlyList<PlacementItem> items, MemoryBankSpec banks)
    {
        double best = double.PositiveInfinity;
        int total = (int)Math.Pow(banks.Banks, items.Count);
        for (int code = 0; code < total; code++)
        {
            var ns = new double[banks.Banks];
            var used = new long[banks.Banks];
            int c = code;
            for (int i = 0; i < items.Count; i++, c /= banks.Banks)
            {
                ns[c % banks.Banks] += items[i].Lookups * banks.AccessNs(items[i].RowBytes);
                used[c % banks.Banks] += items[i].Bytes;
            }
            if (used.All(u => u <= banks.CapacityBytes))
                best = Math.Min(best, ns.Max());
        }
        return best;
    }

    [Fact]
    public void Exact_placement_matches_brute_force_and_the_optimizer_stays_close()
    {
        var rng = new Random(3);
        double worstRatio = 1;
        for (int trial = 0; trial < 40; trial++)
        {
            int banksCount = rng.Next(2, 4), count = rng.Next(1, 8);
            var items = RandomItems(rng, count, 100);
            // Capacity from loose to tight (but feasible: at least the largest item and a fair share).
            long capacity = Math.Max(items.Max(i => i.Bytes), (long)(items.Sum(i => i.Bytes) * (0.6 + rng.NextDouble()) / banksCount) + 1);
            var banks = Banks(banksCount, capacity);
            double oracle = BruteForcePeak(items, banks);
            if (double.IsPositiveInfinity(oracle))
            {
                Assert.Throws<ArgumentException>(() => BankPlacement.Place(items, banks, PlacementMethod.Exact));
                continue;
            }
            var exact = BankPlacement.Place(items, banks, PlacementMethod.Exact);
            Assert.Equal(oracle, exact.LatencyNs, 9);
            Placement optimized;
            try
            {
                optimized = BankPlacement.Place(items, banks, PlacementMethod.Optimized);
            }
            catch (ArgumentException)
            {
                continue; // a tight packing the heuristics missed; the capacity test below covers feasibility
            }
            Assert.True(optimized.LatencyNs >= oracle - 1e-9);
            worstRatio = Math.Max(worstRatio, optimized.LatencyNs / oracle);
            foreach (var p in new[] { exact, optimized })
                Assert.All(p.BankBytes, b => Assert.True(b <= capacity));
        }
        output.WriteLine($"optimized / optimal latency, worst of 40 random cases: {worstRatio:F3}");
    }

    [Fact]
    public void Without_binding_capacity_the_optimizer_keeps_the_LPT_bound()
    {
        var rng = new Random(8);
        for (int trial = 0; trial < 40; trial++)
        {
            int m = rng.Next(2, 4);
            var items = RandomItems(rng, rng.Next(m + 1, 9), 10);
            var banks = Banks(m, 1000);
            double optimum = BruteForcePeak(items, banks);
            var optimized = BankPlacement.Place(items, banks, PlacementMethod.Optimized);
            // Graham: LPT is within 4/3 - 1/(3m) of the optimum; local search only improves on it.
            Assert.True(optimized.LatencyNs <= (4.0 / 3 - 1.0 / (3 * m)) * optimum + 1e-9, $"trial {trial}: {optimized.LatencyNs} vs optimum {optimum}.");
        }
    }

    [Fact]
    public void Every_method_respects_capacity_and_places_every_item_once()
    {
        var rng = new Random(4);
        var items = RandomItems(rng, 40, 1000);
        var banks = Banks(6, items.Sum(i => i.Bytes) / 4);
        foreach (var method in new[] { PlacementMethod.RoundRobin, PlacementMethod.InOrderFill, PlacementMethod.Optimized })
        {
            var p = BankPlacement.Place(items, banks, method);
            Assert.Equal(items.Length, p.BankOf.Count);
            Assert.All(p.BankBytes, b => Assert.True(b <= banks.CapacityBytes, $"{method}: {b} bytes in a bank of {banks.CapacityBytes}."));
            Assert.Equal(items.Sum(i => i.Lookups), p.BankLookups.Sum(), 9);
        }
    }

    [Fact]
    public void Optimized_placement_beats_naive_on_the_presets()
    {
        foreach (var spec in MemoryBankPresets.All)
        {
            var plan = CartesianMergePlanner.Plan(RecSysConfig.Small, 0.10);
            var items = PlacementItem.FromPlan(plan, spec);
            var optimized = BankPlacement.Place(items, spec, PlacementMethod.Optimized);
            var roundRobin = BankPlacement.Place(items, spec, PlacementMethod.RoundRobin);
            var fill = BankPlacement.Place(items, spec, PlacementMethod.InOrderFill);
            output.WriteLine($"{spec.Name}: {items.Count} items; max rounds optimized {optimized.MaxRounds} ({optimized.LatencyNs:F0} ns), round-robin {roundRobin.MaxRounds} ({roundRobin.LatencyNs:F0} ns), in-order {fill.MaxRounds} ({fill.LatencyNs:F0} ns)");
            Assert.True(optimized.LatencyNs <= roundRobin.LatencyNs + 1e-9 && optimized.LatencyNs <= fill.LatencyNs + 1e-9);
            // A lower bound no placement beats: total work spread evenly, and the costliest single item.
            double bound = Math.Max(optimized.BankNs.Sum() / spec.Banks, items.Max(i => i.Lookups * spec.AccessNs(i.RowBytes)));
            Assert.True(optimized.LatencyNs >= bound - 1e-9);
        }
        var hbm = BankPlacement.Place(PlacementItem.FromPlan(CartesianMergePlanner.Plan(RecSysConfig.Small, 0), MemoryBankPresets.Hbm32), MemoryBankPresets.Hbm32, PlacementMethod.Optimized);
        // 26 tables on 32 channels: each table alone, so the busiest channel serves the largest pooling factor.
        Assert.Equal(RecSysConfig.Small.Tables.Max(t => t.Pooling), hbm.MaxRounds);
    }

    [Fact]
    public void Merging_lowers_the_busiest_channel_on_ddr4()
    {
        var spec = MemoryBankPresets.Ddr4;
        var before = BankPlacement.Place(PlacementItem.FromPlan(CartesianMergePlanner.Plan(RecSysConfig.ManySmall, 0), spec), spec, PlacementMethod.Optimized);
        var after = BankPlacement.Place(PlacementItem.FromPlan(CartesianMergePlanner.Plan(RecSysConfig.ManySmall, 0.10), spec), spec, PlacementMethod.Optimized);
        output.WriteLine($"ddr4 many-small: max rounds {before.MaxRounds} -> {after.MaxRounds}, {before.LatencyNs:F0} -> {after.LatencyNs:F0} ns");
        Assert.True(after.MaxRounds < before.MaxRounds);
    }

    [Fact]
    public void Tables_larger_than_a_bank_are_split_into_shards_that_fit()
    {
        var spec = MemoryBankPresets.Hbm32;
        var config = CartesianMergeTests.Config((10_000_000, 16, 1), (3, 16, 1), (5_000_000, 32, 4));
        var plan = CartesianMergePlanner.Plan(config, 0);
        var items = PlacementItem.FromPlan(plan, spec);
        Assert.All(items, i => Assert.True(i.Bytes <= spec.CapacityBytes));
        Assert.Equal(plan.BytesAfter, items.Sum(i => i.Bytes));
        Assert.Contains(items, i => i.Name == "T0[1/3]");
        Assert.Equal(3, items.Count(i => i.Name.StartsWith("T2[", StringComparison.Ordinal) && i.Lookups == 4));
        var p = BankPlacement.Place(items, spec, PlacementMethod.Optimized);
        Assert.All(p.BankBytes, b => Assert.True(b <= spec.CapacityBytes));
    }

    [Fact]
    public void Tables_that_do_not_fit_are_refused_with_sizes()
    {
        var spec = MemoryBankPresets.Sram;
        var e = Assert.Throws<ArgumentException>(() => BankPlacement.Place(PlacementItem.FromPlan(CartesianMergePlanner.Plan(RecSysConfig.Medium, 0), spec), spec, PlacementMethod.Optimized));
        Assert.Contains("sram", e.Message);
        Assert.Throws<ArgumentException>(() => BankPlacement.Place([new PlacementItem("big", 200, 1, 4)], Banks(2, 100), PlacementMethod.RoundRobin));
        Assert.Throws<ArgumentException>(() => BankPlacement.Place(RandomItems(new Random(1), 20, 10), Banks(2, 1000), PlacementMethod.Exact));
        Assert.Throws<ArgumentException>(() => MemoryBankPresets.Get("hbm3"));
        Assert.Throws<ArgumentException>(() => BankPlacement.Place([], new MemoryBankSpec("bad", 0, 1, 1, 1), PlacementMethod.Optimized));
    }

    [Fact]
    public void In_order_fill_piles_small_tables_into_one_bank()
    {
        var spec = MemoryBankPresets.Hbm32;
        var items = PlacementItem.FromPlan(CartesianMergePlanner.Plan(RecSysConfig.Small, 0), spec);
        var fill = BankPlacement.Place(items, spec, PlacementMethod.InOrderFill);
        Assert.Equal(RecSysConfig.Small.LookupsPerRequest, fill.MaxRounds);
        Assert.Equal(RecSysConfig.Small.LookupsPerRequest * spec.AccessNs(8 * 4), fill.LatencyNs, 6);
    }
}

public class TableReplicationTests
{
    [Fact]
    public void Copies_of_a_hot_multi_hot_table_cut_the_busiest_bank()
    {
        var spec = MemoryBankPresets.Hbm32;
        var items = PlacementItem.FromPlan(CartesianMergePlanner.Plan(RecSysConfig.Small, 0.10), spec);
        var plain = BankPlacement.Place(items, spec, PlacementMethod.Optimized);
        var replicated = TableReplication.Replicate(items, spec);
        var withCopies = BankPlacement.Place(replicated, spec, PlacementMethod.Optimized);
        Assert.Equal(RecSysConfig.Small.Tables.Max(t => t.Pooling), plain.MaxRounds);
        Assert.True(withCopies.MaxRounds < plain.MaxRounds / 2, $"{plain.MaxRounds} rounds without copies, {withCopies.MaxRounds} with.");
        // Copies split a table's lookups, never add any; they cost memory only.
        Assert.Equal(items.Sum(i => i.Lookups), replicated.Sum(i => i.Lookups), 9);
        Assert.True(replicated.Sum(i => i.Bytes) <= spec.TotalBytes * 0.9);
    }

    [Fact]
    public void One_hot_tables_and_a_full_memory_get_no_copies()
    {
        var spec = new MemoryBankSpec("tiny", 4, 100, 10, 1);
        PlacementItem[] items = [new("a", 90, 8, 4), new("b", 90, 1, 4), new("c", 90, 1, 4), new("d", 90, 1, 4)];
        Assert.Equal(items, TableReplication.Replicate(items, spec));
        PlacementItem[] oneHot = [new("a", 10, 1, 4), new("b", 10, 1, 4)];
        Assert.Equal(oneHot, TableReplication.Replicate(oneHot, spec));
    }
}
