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
        var recsys = new Command("recsys", "Recommendation models (DLRM): serving benchmarks against ONNX Runtime.");
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
        // Hook for the Cartesian-product merge planner: when it lands, --merge builds the session on merged tables.
        var threads = BenchCommand.ThreadsOption();
        var json = new Option<FileInfo?>("--json") { Description = "Also write one JSON object per row, one per line, to this file." };
        var command = new Command("bench", "DLRM end to end: Coex RecSysSession (fp32/fp16/int8/int4 tables) against ONNX Runtime on the exported fp32 model; latency p50/p99 per batch, throughput, lookups/s, GB/s.")
        {
            config, precision, batches, train, threads, json,
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
            BenchCommand.WithStatus(status => result = RecSysBenchmark.Run(cfg, precisions, parse.GetValue(batches)!, n, parse.GetValue(train), progress: status));
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
}
