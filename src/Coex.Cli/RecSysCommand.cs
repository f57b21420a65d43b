using System.CommandLine;
using System.Globalization;
using Coex.Bench;
using Coex.Kernels;
using Coex.RecSys;
using Spectre.Console;

namespace Coex.Cli;

/// <summary>
/// <c>coex recsys …</c>: recommendation-model commands. <c>bench</c> lives here; further subcommands (the merge planner's
/// <c>plan</c>) are added in <see cref="Create"/>.
/// </summary>
internal static class RecSysCommand
{
    public static Command Create()
    {
        var recsys = new Command("recsys", "Recommendation models (DLRM): serving benchmarks against ONNX Runtime, merge and bank-placement planning.");
        recsys.Add(CreateBench());
        recsys.Add(RecSysPlanCommand.Create());
        return recsys;
    }

    private static Command CreateBench()
    {
        var config = new Option<string>("--config")
        {
            Description = $"DLRM preset: {string.Join(", ", DlrmConfig.PresetNames)}.",
            DefaultValueFactory = _ => "small",
        };
        config.Validators.Add(r => { if (!DlrmConfig.PresetNames.Contains(r.GetValueOrDefault<string>())) r.AddError($"--config must be one of {string.Join(", ", DlrmConfig.PresetNames)}."); });
        var precision = EmbeddingBenchCommand.PrecisionOption(["fp32", "int8"], many: true);
        var batches = new Option<int[]>("--batch") { Description = "Request batch sizes.", DefaultValueFactory = _ => [1, 16, 256], AllowMultipleArgumentsPerToken = true };
        batches.Validators.Add(r => { if ((r.GetValueOrDefault<int[]>() ?? []).Any(b => b <= 0)) r.AddError("--batch sizes must be positive."); });
        var train = new Option<int>("--train-steps")
        {
            Description = "Train this many batch-256 steps first and report held-out log loss / NE / AUC per precision (0: untrained weights, no quality).",
            DefaultValueFactory = _ => 300,
        };
        train.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--train-steps must not be negative."); });
        var merge = new Option<bool>("--merge")
        {
            Description = "Also serve each precision on the Cartesian-product merge plan's tables, timed in the same turns: merged vs unmerged latency, lookups/request, memory.",
        };
        var budget = new Option<double>("--budget")
        {
            Description = "With --merge: extra memory the merges may use, in percent of the fp32 tables.",
            DefaultValueFactory = _ => 10,
        };
        budget.Validators.Add(r => { double v = r.GetValueOrDefault<double>(); if (!(v >= 0) || double.IsInfinity(v)) r.AddError("--budget must be a non-negative percentage."); });
        var threads = BenchCommand.ThreadsOption();
        var json = new Option<FileInfo?>("--json") { Description = "Also write one JSON object per row, one per line, to this file." };
        var command = new Command("bench", "DLRM end to end: Coex RecSysSession (fp32/fp16/int8/int4 tables) against ONNX Runtime on the exported fp32 model; latency p50/p99 per batch, throughput, lookups/s, GB/s.")
        {
            config, precision, batches, train, merge, budget, threads, json,
        };
        command.SetAction(parse =>
        {
            int n = KernelThreads.Resolve(parse.GetValue(threads));
            var cfg = DlrmConfig.FromName(parse.GetValue(config)!);
            var precisions = parse.GetValue(precision)!.Select(EmbeddingBenchCommand.ParsePrecision).Distinct().ToArray();
            BenchCommand.Header($"DLRM '{cfg.Name}': Coex RecSysSession vs ONNX Runtime (exported fp32 graph)", n);
            AnsiConsole.MarkupLine(Markup.Escape($"{cfg.Tables} tables, {cfg.TotalRows:N0} rows, dim {cfg.EmbeddingDim}, {cfg.MeanLookups} lookups/request on average, {cfg.Interaction} interaction, " +
                $"bottom [{string.Join(", ", cfg.BottomMlp)}], top [{string.Join(", ", cfg.TopMlp)}, 1]"));
            RecSysBenchResult? result = null;
            BenchCommand.WithStatus(status => result = RecSysBenchmark.Run(cfg, precisions, parse.GetValue(batches)!, n, parse.GetValue(train), progress: status,
                mergeBudget: parse.GetValue(merge) ? parse.GetValue(budget) / 100 : null));
            var r = result!;
            string F(double v, string format = "0.00") => v.ToString(format, CultureInfo.InvariantCulture);
            var table = new Table().AddColumns("precision", "batch", "Coex p50 ms", "Coex p99 ms", "ORT p50 ms", "ORT p99 ms", "ORT/Coex",
                "Coex req/s", "ORT req/s", "Coex Mlookups/s", "Coex GB/s", "ORT GB/s", "max |Δp|");
            foreach (var row in r.Rows)
                table.AddRow(EmbeddingBenchCommand.Name(row.Precision), row.Batch.ToString(CultureInfo.InvariantCulture),
                    BenchCommand.Ms(row.Coex.MedianSeconds), BenchCommand.Ms(row.Coex.P99Seconds), BenchCommand.Ms(row.Ort.MedianSeconds), BenchCommand.Ms(row.Ort.P99Seconds),
                    row.Speedup >= 1 ? $"[green]{BenchCommand.Ratio(row.Speedup)}[/]" : $"[red]{BenchCommand.Ratio(row.Speedup)}[/]",
                    F(row.CoexRequestsPerSecond, "0"), F(row.OrtRequestsPerSecond, "0"), F(row.CoexLookupsPerSecond / 1e6), F(row.CoexGBPerSecond), F(row.OrtGBPerSecond),
                    row.MaxAbsDifference.ToString("0.0e0", CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("[grey]ORT/Coex = ORT p50 ÷ Coex p50 (above 1: Coex faster). ORT runs fp32 Gather+ReduceSum over ids padded to each table's max bag (its GB/s counts the padded slots). max |Δp|: Coex at that precision vs ORT fp32 on one batch.[/]");
            if (r.Plan is { } plan)
                WriteMerged(r, plan);
            if (r.Quality.Count > 0)
            {
                var q = new Table().AddColumns("precision", "embedding MiB", "log loss", "NE", "AUC", "NE vs fp32");
                foreach (var row in r.Quality)
                    q.AddRow(EmbeddingBenchCommand.Name(row.Precision), F(row.EmbeddingBytes / (double)(1 << 20), "0.0"), F(row.LogLoss, "0.00000"), F(row.NormalizedEntropy, "0.00000"),
                        F(row.Auc, "0.0000"), (row.NeRelativeToF32 * 100).ToString("+0.000;-0.000", CultureInfo.InvariantCulture) + " %");
                AnsiConsole.MarkupLine($"Quality after {r.TrainSteps} training steps of batch 256, on 16 384 held-out samples:");
                AnsiConsole.Write(q);
            }
            if (parse.GetValue(json) is { } file)
            {
                using var writer = new StreamWriter(file.FullName);
                foreach (var row in r.Rows)
                    writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                    {
                        config = row.Config, precision = EmbeddingBenchCommand.Name(row.Precision), batch = row.Batch, threads = row.Threads,
                        coex_p50_ms = row.Coex.MedianSeconds * 1e3, coex_p99_ms = row.Coex.P99Seconds * 1e3, ort_p50_ms = row.Ort.MedianSeconds * 1e3, ort_p99_ms = row.Ort.P99Seconds * 1e3,
                        speedup = row.Speedup, coex_requests_per_s = row.CoexRequestsPerSecond, ort_requests_per_s = row.OrtRequestsPerSecond,
                        coex_lookups_per_s = row.CoexLookupsPerSecond, coex_gb_per_s = row.CoexGBPerSecond, ort_gb_per_s = row.OrtGBPerSecond, max_abs_diff = row.MaxAbsDifference,
                        merged_p50_ms = row.Merged?.Time.MedianSeconds * 1e3, merged_p99_ms = row.Merged?.Time.P99Seconds * 1e3,
                        lookups_per_call = row.Lookups, merged_lookups_per_call = row.Merged?.Lookups, merged_table_bytes = row.Merged?.TableBytes,
                        unmerged_table_bytes = row.Merged?.UnmergedTableBytes, merged_max_abs_diff = row.Merged?.MaxAbsDifference,
                    }));
                foreach (var row in r.Quality)
                    writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                    {
                        config = r.Config.Name, precision = EmbeddingBenchCommand.Name(row.Precision), train_steps = r.TrainSteps, log_loss = row.LogLoss,
                        ne = row.NormalizedEntropy, auc = row.Auc, ne_relative_to_fp32 = row.NeRelativeToF32, embedding_bytes = row.EmbeddingBytes,
                    }));
            }
            return 0;
        });
        return command;
    }

    /// <summary>The merged-vs-unmerged table: both Coex sessions were timed in the same interleaved turns.</summary>
    private static void WriteMerged(RecSysBenchResult r, MergePlan plan)
    {
        string F(double v, string format = "0.00") => v.ToString(format, CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLine(Markup.Escape($"Merge plan (budget {F(plan.BudgetBytes / (double)plan.BytesBefore * 100, "0.#")} % of fp32 tables): {plan.Merged.Count()} products of " +
            $"{plan.Merged.Sum(g => g.Tables.Count)} one-hot tables; lookups/request {F(plan.LookupsBefore, "0.#")} → {F(plan.LookupsAfter, "0.#")} " +
            $"(−{F(plan.LookupReduction * 100, "0.0")} %), fp32 memory +{F(plan.ExtraFraction * 100, "0.00")} %."));
        var table = new Table().AddColumns("precision", "batch", "unmerged p50 ms", "merged p50 ms", "merged p99 ms", "unmerged/merged",
            "lookups/req before", "after", "table MiB before", "after", "extra mem", "max |Δp|");
        foreach (var row in r.Rows)
        {
            if (row.Merged is not { } m)
                continue;
            double speedup = row.Coex.MedianSeconds / m.Time.MedianSeconds;
            table.AddRow(EmbeddingBenchCommand.Name(row.Precision), row.Batch.ToString(CultureInfo.InvariantCulture),
                BenchCommand.Ms(row.Coex.MedianSeconds), BenchCommand.Ms(m.Time.MedianSeconds), BenchCommand.Ms(m.Time.P99Seconds),
                speedup >= 1 ? $"[green]{BenchCommand.Ratio(speedup)}[/]" : $"[red]{BenchCommand.Ratio(speedup)}[/]",
                F(row.Lookups / row.Batch, "0.0"), F(m.Lookups / row.Batch, "0.0"),
                F(m.UnmergedTableBytes / (double)(1 << 20), "0.0"), F(m.TableBytes / (double)(1 << 20), "0.0"),
                (m.ExtraMemoryFraction * 100).ToString("+0.00;-0.00", CultureInfo.InvariantCulture) + " %", m.MaxAbsDifference.ToString("0.0e0", CultureInfo.InvariantCulture));
        }
        AnsiConsole.MarkupLine("Coex merged vs unmerged (same requests, same threads, interleaved turns with ORT):");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]unmerged/merged = unmerged p50 ÷ merged p50 (above 1: merging helps). Lookups are measured per request on the request pool; max |Δp|: merged vs unmerged session at that precision.[/]");
    }
}
