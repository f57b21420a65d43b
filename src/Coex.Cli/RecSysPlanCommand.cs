using System.CommandLine;
using System.Globalization;
using Coex.Bench;
using Coex.Bench.RecSys;
using Coex.Hardware;
using Coex.Kernels.Embedding;
using Coex.RecSys;
using ScottPlot;
using Spectre.Console;

namespace Coex.Cli;

/// <summary>
/// <c>coex recsys plan</c>: which embedding tables to merge into Cartesian products under a memory budget, and how to
/// place the (merged) tables on parallel memory banks, against naive placements; optionally the measured CPU latency
/// of merged vs unmerged lookups and a PNG of per-bank load.
/// </summary>
internal static class RecSysPlanCommand
{
    private static readonly string[] Precisions = ["fp32", "fp16", "int8", "int4"];

    public static Command Create()
    {
        var config = new Option<string>("--config")
        {
            Description = $"Model config: a preset ({string.Join(", ", RecSysConfig.PresetNames)}) or a JSON file.",
            DefaultValueFactory = _ => "small",
        };
        var banks = new Option<string>("--banks")
        {
            Description = $"Memory banks: {string.Join(", ", MemoryBankPresets.All.Select(b => b.Name))}.",
            DefaultValueFactory = _ => "hbm32",
        };
        var budget = new Option<double>("--budget") { Description = "Extra memory merging may use, in percent of the tables' bytes.", DefaultValueFactory = _ => 10 };
        var precision = new Option<string>("--precision") { Description = "Row format the tables are stored in: fp32, fp16, int8, int4 (sets the bytes per row).", DefaultValueFactory = _ => "fp32" };
        var exact = new Option<bool>("--exact") { Description = $"Search every partition of the one-hot tables (at most {CartesianMergePlanner.MaxExactTables}) instead of greedy merging." };
        var plot = new Option<string?>("--plot") { Description = "Save a PNG of per-bank lookup time: optimized vs naive placement of the merged tables." };
        var measure = new Option<bool>("--measure") { Description = "Also measure CPU latency of merged vs unmerged lookups (builds the tables in memory)." };
        var batch = new Option<int>("--batch") { Description = "With --measure: requests per batch.", DefaultValueFactory = _ => 256 };
        var threads = new Option<int>("--threads") { Description = "With --measure: threads for the lookups.", DefaultValueFactory = _ => 1 };

        var command = new Command("plan", "Plan Cartesian-product table merges and bank placement for a recommendation model.");
        foreach (var o in new Option[] { config, banks, budget, precision, exact, plot, measure, batch, threads })
            command.Options.Add(o);
        command.SetAction(parse =>
        {
            if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 140)
                AnsiConsole.Profile.Width = 140;
            try
            {
                return Run(parse.GetValue(config)!, parse.GetValue(banks)!, parse.GetValue(budget), parse.GetValue(precision)!, parse.GetValue(exact),
                    parse.GetValue(plot), parse.GetValue(measure), parse.GetValue(batch), parse.GetValue(threads));
            }
            catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string configArg, string banksArg, double budgetPct, string precisionArg, bool exact, string? plotPath, bool measure, int batch, int threads)
    {
        if (!(budgetPct >= 0) || double.IsInfinity(budgetPct))
            throw new ArgumentException($"--budget must be a non-negative percentage, got {budgetPct}.");
        if (batch < 1)
            throw new ArgumentException($"--batch must be at least 1, got {batch}.");
        if (threads < 1)
            throw new ArgumentException($"--threads must be at least 1, got {threads}.");
        var precision = precisionArg switch
        {
            "fp32" => EmbeddingPrecision.F32,
            "fp16" => EmbeddingPrecision.F16,
            "int8" => EmbeddingPrecision.Int8,
            "int4" => EmbeddingPrecision.Int4,
            _ => throw new ArgumentException($"--precision must be one of {string.Join(", ", Precisions)}, got '{precisionArg}'."),
        };
        var config = configArg.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(configArg)
            ? RecSysConfig.Load(configArg)
            : RecSysConfig.Preset(configArg);
        var spec = MemoryBankPresets.Get(banksArg);
        var plan = RecSysPlan.Build(config, spec, budgetPct / 100, precision, exact ? MergeStrategy.Exact : MergeStrategy.Greedy);
        var merge = plan.Merge;

        AnsiConsole.MarkupLineInterpolated($"[bold]{config.Name}[/]: {config.Tables.Count} tables ({config.Tables.Count(t => t.IsOneHot)} one-hot), {Bytes(merge.BytesBefore)} at {precisionArg}, {merge.LookupsBefore:0.##} lookups per request");
        AnsiConsole.MarkupLineInterpolated($"merge budget {budgetPct:0.##}% = {Bytes(merge.BudgetBytes)}, {merge.Strategy.ToString().ToLowerInvariant()} search");
        var mergeTable = new Table().AddColumns("merged tables", "rows", "dim", "bytes", "extra bytes");
        foreach (var g in merge.Merged)
        {
            long members = g.Tables.Sum(t => config.Tables[t].Rows * RecSysPlan.RowBytes(precision)(config.Tables[t].Dim));
            mergeTable.AddRow(Markup.Escape(string.Join(" × ", g.Tables.Select(t => $"{config.Tables[t].Name} ({config.Tables[t].Rows})"))),
                g.Rows.ToString("N0", CultureInfo.InvariantCulture), g.Dim.ToString(CultureInfo.InvariantCulture), Bytes(g.Bytes), Bytes(g.Bytes - members));
        }
        if (merge.Merged.Any())
            AnsiConsole.Write(mergeTable);
        else
            AnsiConsole.MarkupLine("no merge fits the budget");
        AnsiConsole.MarkupLineInterpolated($"lookups per request: [bold]{merge.LookupsBefore:0.##} → {merge.LookupsAfter:0.##}[/] ({merge.LookupReduction:P1} fewer); memory {Bytes(merge.BytesBefore)} → {Bytes(merge.BytesAfter)} ([bold]+{merge.ExtraFraction:P2}[/])");
        AnsiConsole.WriteLine();

        AnsiConsole.MarkupLineInterpolated($"[bold]{spec.Name}[/]: {spec.Banks} banks × {Bytes(spec.CapacityBytes)}, {spec.AccessLatencyNs:0.#} ns latency, {spec.BandwidthGBps:0.#} GB/s each");
        var compare = new Table().AddColumns("tables", "placement", "max rounds", "latency (ns)", "busiest bank", "banks used");
        foreach (var o in plan.Placements)
        {
            string tables = o.Merged ? "merged" : "unmerged";
            string method = o.Method switch { PlacementMethod.RoundRobin => "round-robin", PlacementMethod.InOrderFill => "in-order fill", _ => "optimized (LPT + local search)" }
                + (o.Replicated ? " + hot-table copies" : "");
            if (o.Placement is not { } p)
            {
                compare.AddRow(tables, method, "-", "-", Markup.Escape(Short(o.Failure!)), "-");
                continue;
            }
            int busiest = Array.IndexOf(p.BankNs.ToArray(), p.LatencyNs);
            compare.AddRow(tables, method, p.MaxRounds.ToString("0.##", CultureInfo.InvariantCulture), p.LatencyNs.ToString("F0", CultureInfo.InvariantCulture),
                $"#{busiest}", p.BankBytes.Count(b => b > 0).ToString(CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(compare);

        if (plan.Best is { } best)
        {
            var banksTable = new Table().AddColumns("bank", "tables", "bytes", "fill", "rounds", "ns");
            for (int b = 0; b < spec.Banks; b++)
            {
                if (best.BankBytes[b] == 0)
                    continue;
                banksTable.AddRow(b.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", best.ItemsIn(b))), Bytes(best.BankBytes[b]),
                    ((double)best.BankBytes[b] / spec.CapacityBytes).ToString("P0", CultureInfo.InvariantCulture),
                    best.BankLookups[b].ToString("0.##", CultureInfo.InvariantCulture), best.BankNs[b].ToString("F0", CultureInfo.InvariantCulture));
            }
            AnsiConsole.MarkupLine("best placement of the merged tables:");
            AnsiConsole.Write(banksTable);
            if (plotPath is not null)
            {
                SavePlot(plotPath, plan);
                AnsiConsole.MarkupLineInterpolated($"per-bank load plot: {plotPath}");
            }
        }
        else if (plotPath is not null)
            AnsiConsole.MarkupLine("[yellow]no plot: the merged tables do not fit these banks[/]");

        if (measure)
            Measure(merge, precision, batch, threads);
        return 0;
    }

    private static void Measure(MergePlan merge, EmbeddingPrecision precision, int batch, int threads)
    {
        MergeLookupResult? r = null;
        AnsiConsole.Status().Start("building tables and measuring lookups", _ => r = MergeLookupBenchmark.Run(merge, precision, batch, threads));
        var result = r!;
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLineInterpolated($"[bold]CPU lookups[/], {result.Config}, {precision}, batch {batch}, {threads} thread(s), Zipf({MergeLookupBenchmark.ZipfExponent}) ids, {MergeLookupBenchmark.DistinctRequests} distinct requests cycled, same batches both ways (interleaved timing):");
        var t = new Table().AddColumns("tables", "lookups per batch", "table bytes", "median µs", "p99 µs", "ns per request");
        t.AddRow("unmerged", result.UnmergedLookups.ToString("N0", CultureInfo.InvariantCulture), Bytes(result.UnmergedBytes),
            (result.Unmerged.MedianSeconds * 1e6).ToString("F1", CultureInfo.InvariantCulture), (result.Unmerged.P99Seconds * 1e6).ToString("F1", CultureInfo.InvariantCulture),
            (result.Unmerged.MedianSeconds * 1e9 / batch).ToString("F0", CultureInfo.InvariantCulture));
        t.AddRow("merged", result.MergedLookups.ToString("N0", CultureInfo.InvariantCulture), Bytes(result.MergedBytes),
            (result.Merged.MedianSeconds * 1e6).ToString("F1", CultureInfo.InvariantCulture), (result.Merged.P99Seconds * 1e6).ToString("F1", CultureInfo.InvariantCulture),
            (result.Merged.MedianSeconds * 1e9 / batch).ToString("F0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(t);
        AnsiConsole.MarkupLineInterpolated($"merged is [bold]{result.Speedup:F2}×[/] the speed of unmerged (above 1 = faster)");
    }

    private static void SavePlot(string path, RecSysPlan plan)
    {
        var spec = plan.Banks;
        var plot = new Plot();
        plot.Title($"{plan.Config.Name} on {spec.Name}: per-bank lookup time per request (merged tables)");
        plot.XLabel("bank");
        plot.YLabel("ns per request (one access at a time per bank)");
        var series = plan.Placements.Where(p => p.Merged && p.Placement is not null).ToList();
        ScottPlot.Color[] colors = [Colors.Orange, Colors.Gray, Colors.SteelBlue, Colors.SeaGreen];
        double width = 0.8 / Math.Max(1, series.Count);
        for (int s = 0; s < series.Count; s++)
        {
            var p = series[s].Placement!;
            double[] x = [.. Enumerable.Range(0, spec.Banks).Select(b => b - 0.4 + width * (s + 0.5))];
            var bars = plot.Add.Bars(x, p.BankNs.ToArray());
            bars.Color = colors[s % colors.Length];
            string method = series[s].Method switch { PlacementMethod.RoundRobin => "round-robin", PlacementMethod.InOrderFill => "in-order fill", _ => "optimized" }
                + (series[s].Replicated ? " + copies" : "");
            bars.LegendText = $"{method}: busiest bank {p.LatencyNs:F0} ns, {p.MaxRounds:0.##} rounds";
            foreach (var bar in bars.Bars)
                bar.Size = width;
        }
        int step = spec.Banks <= 32 ? 1 : 4;
        double[] ticks = [.. Enumerable.Range(0, spec.Banks).Where(b => b % step == 0).Select(b => (double)b)];
        plot.Axes.Bottom.SetTicks(ticks, [.. ticks.Select(t => t.ToString("0", CultureInfo.InvariantCulture))]);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
            Directory.CreateDirectory(dir);
        plot.SavePng(path, 1400, 700);
    }

    private static string Short(string message) => message.Length <= 60 ? message : message[..57] + "...";

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.##} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.##} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} B",
    };
}
