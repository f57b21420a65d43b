using System.CommandLine;
using System.Text.Json;
using Coex.Onnx;
using Coex.Quantization;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex monitor</c>: streams batches through a quantized model and its reference, watching accuracy and activation drift.</summary>
internal static class MonitorCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("MODEL") { Description = "The float (reference) ONNX model." };
        var quantized = new Argument<string>("QUANTIZED") { Description = "Its quantized (QDQ) ONNX version, as served." };
        var data = new QuantToolData();
        var calib = new Option<string>("--calib") { Description = "Calibration data the profile is built from: fashion-mnist-train, fashion-mnist or an .npy file.", DefaultValueFactory = _ => "fashion-mnist-train" };
        var calibSamples = new Option<int>("--calib-samples") { Description = "Calibration samples.", DefaultValueFactory = _ => 1000 };
        var drift = new Option<string>("--drift") { Description = "Simulated input drift: none, shift:S, scale:K, noise:SD or a combination (scale:1.5,shift:1).", DefaultValueFactory = _ => "none" };
        var driftAfter = new Option<int>("--drift-after") { Description = "Batches served before the drift starts.", DefaultValueFactory = _ => 5 };
        var window = new Option<int>("--window") { Description = "Batches in the sliding window.", DefaultValueFactory = _ => 8 };
        var maxPsi = new Option<double>("--max-psi") { Description = "PSI above which a layer counts as shifted.", DefaultValueFactory = _ => 0.2 };
        var maxOut = new Option<double>("--max-out-of-range") { Description = "Allowed rise of a layer's share of values outside its calibrated range.", DefaultValueFactory = _ => 0.01 };
        var maxDisagree = new Option<double>("--max-disagreement") { Description = "Allowed share of samples whose top-1 differs from the reference.", DefaultValueFactory = _ => 0.03 };
        var recalibrate = new Option<bool>("--recalibrate") { Description = "After the stream, recompute activation ranges from the recent batches and re-run the budget check." };
        var budget = new Option<double>("--budget") { Description = "Budget for the check after recalibration: accuracy drop vs the reference (with labels) or disagreement share.", DefaultValueFactory = _ => 0.01 };
        var output = new Option<string?>("--out") { Description = "Where to write the recalibrated model (default: QUANTIZED with .recal.onnx) when it meets the budget." };
        var json = new Option<string?>("--json") { Description = "Also write every batch's status and the alerts as JSON here." };

        var command = new Command("monitor", "Accuracy monitor: compares a quantized model with its reference on a stream of batches, tracks NE/accuracy and per-layer activation drift (out-of-range share, PSI), alerts naming the layers, and can recalibrate. Exit code 2 when an alert was raised.");
        command.Arguments.Add(model);
        command.Arguments.Add(quantized);
        data.AddTo(command);
        foreach (var o in new Option[] { calib, calibSamples, drift, driftAfter, window, maxPsi, maxOut, maxDisagree, recalibrate, budget, output, json })
            command.Options.Add(o);
        command.SetAction(parse =>
        {
            QuantToolData.WidenWhenPiped();
            try
            {
                string modelPath = parse.GetValue(model)!, qPath = parse.GetValue(quantized)!;
                foreach (var p in new[] { modelPath, qPath })
                    if (!File.Exists(p))
                        throw new FileNotFoundException($"Model file '{p}' does not exist.", p);
                var simulated = SyntheticDrift.Parse(parse.GetValue(drift)!);
                int threads = parse.GetValue(data.Threads), after = parse.GetValue(driftAfter);
                var reference = OnnxImporter.Load(modelPath);
                var q = OnnxImporter.Load(qPath);
                var calibration = data.Load(parse, parse.GetValue(calib), parse.GetValue(calibSamples), labels: false);
                var stream = data.Load(parse);
                var options = new MonitorOptions
                {
                    Window = parse.GetValue(window),
                    MaxPsi = parse.GetValue(maxPsi),
                    MaxOutOfRangeIncrease = parse.GetValue(maxOut),
                    MaxDisagreement = parse.GetValue(maxDisagree),
                    Threads = threads,
                };
                var statuses = new List<MonitorStatus>();
                AccuracyMonitor monitor = null!;
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var profileTask = ctx.AddTask($"profiling {calibration.Sum(b => b.Input.Shape[0])} calibration samples", maxValue: 1);
                        var profile = ActivationProfile.Collect(q, calibration.Select(b => b.Input), threads: threads);
                        profileTask.Value = 1;
                        monitor = new AccuracyMonitor(reference, q, profile, options);
                        var task = ctx.AddTask("serving batches", maxValue: stream.Count);
                        for (int i = 0; i < stream.Count; i++)
                        {
                            var batch = stream[i];
                            var input = i >= after && !simulated.IsNone ? simulated.Apply(batch.Input, i) : batch.Input;
                            statuses.Add(monitor.Observe(new LabelledBatch(input, batch.Labels)));
                            task.Value = i + 1;
                        }
                    });
                Print(statuses, monitor, simulated, after);
                RecalibrationResult? recal = null;
                if (parse.GetValue(recalibrate))
                {
                    recal = monitor.Recalibrate(parse.GetValue(budget));
                    PrintRecalibration(recal);
                    if (recal.Adopted)
                    {
                        string outPath = parse.GetValue(output) ?? Path.ChangeExtension(qPath, ".recal.onnx");
                        OnnxExporter.Save(recal.Quantized, outPath);
                        AnsiConsole.MarkupLine($"recalibrated model: {Markup.Escape(outPath)}");
                    }
                }
                if (parse.GetValue(json) is { } jsonPath)
                {
                    var report = new { drift = simulated.ToString(), driftAfter = after, statuses, alerts = monitor.Alerts, recalibration = recal is null ? null : new { recal.Before, recal.After, recal.Ranges, recal.Adopted } };
                    File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, QuantToolJson.Options));
                    AnsiConsole.MarkupLine($"report: {Markup.Escape(jsonPath)}");
                }
                return monitor.Alerts.Count > 0 ? 2 : 0;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or ArgumentException or OnnxFormatException or Coex.Runtime.UnsupportedOperatorException or InvalidOperationException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return 1;
            }
        });
        return command;
    }

    private static void Print(IReadOnlyList<MonitorStatus> statuses, AccuracyMonitor monitor, SyntheticDrift drift, int after)
    {
        var table = new Table().AddColumns("batch", "input", "window", "agree", "acc q / ref", "NE q / ref", "most shifted layer (PSI)", "most clipped layer", "new alerts");
        foreach (var s in statuses)
        {
            var shifted = s.MostShifted;
            var clipped = s.Layers.MaxBy(l => l.OutOfRange - l.BaselineOutOfRange);
            var raised = monitor.Alerts.Where(a => a.Batch == s.Batch).Select(a => a.Kind.ToString()).ToList();
            table.AddRow(
                $"{s.Batch}",
                s.Batch >= after && !drift.IsNone ? "[yellow]drifted[/]" : "clean",
                $"{s.WindowSamples}",
                $"{s.Agreement:P1}",
                s.QuantizedAccuracy is { } qa ? $"{qa:P1} / {s.ReferenceAccuracy:P1}" : "—",
                s.QuantizedNe is { } qn ? $"{qn:F3} / {s.ReferenceNe:F3}" : "—",
                shifted is null ? "—" : Markup.Escape($"{shifted.Layer} ({shifted.Psi:F4})"),
                clipped is null ? "—" : Markup.Escape($"{clipped.Layer} {clipped.OutOfRange:0.00%} (cal {clipped.BaselineOutOfRange:0.00%})"),
                raised.Count == 0 ? "" : $"[red]{Markup.Escape(string.Join(", ", raised))}[/]");
        }
        AnsiConsole.MarkupLine($"drift: [bold]{Markup.Escape(drift.ToString())}[/]" + (drift.IsNone ? "" : $" from batch {after}"));
        AnsiConsole.Write(table);
        if (monitor.Alerts.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]no alerts[/]");
            return;
        }
        AnsiConsole.MarkupLine($"[red bold]{monitor.Alerts.Count} alert(s):[/]");
        foreach (var a in monitor.Alerts)
            AnsiConsole.MarkupLine($"  batch {a.Batch} [red]{a.Kind}[/]: {Markup.Escape(a.Message)}");
    }

    private static void PrintRecalibration(RecalibrationResult r)
    {
        var table = new Table().AddColumns("layer", "old range", "new range");
        foreach (var range in r.Ranges)
            table.AddRow(Markup.Escape(range.Layer), Markup.Escape($"[{range.OldLow:G4}, {range.OldHigh:G4}]"), Markup.Escape($"[{range.NewLow:G4}, {range.NewHigh:G4}]"));
        AnsiConsole.MarkupLine("[bold]recalibration on the recent batches[/]");
        AnsiConsole.Write(table);
        string Line(BudgetCheck c) => $"{c.Metric}: reference {c.Reference:P2}, quantized {c.Quantized:P2}, loss {c.Loss * 100:F2} points (budget {c.Budget * 100:F2}) on {c.Samples} samples → {(c.Passed ? "[green]within budget[/]" : "[red]over budget[/]")}";
        AnsiConsole.MarkupLine($"before: {Line(r.Before)}");
        AnsiConsole.MarkupLine($"after:  {Line(r.After)}");
        AnsiConsole.MarkupLine(r.Adopted ? "[green]the recalibrated model meets the budget; the monitor adopted it[/]" : "[red]the recalibrated model misses the budget; kept the served model[/]");
    }
}
