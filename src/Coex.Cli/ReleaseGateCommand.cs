using System.CommandLine;
using System.Text.Json;
using Coex.Onnx;
using Coex.Quantization;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex release-gate</c>: fails (exit 1) when a new snapshot's quantized model regresses against the previous one.</summary>
internal static class ReleaseGateCommand
{
    public static Command Create()
    {
        var previous = new Argument<string>("PREVIOUS") { Description = "The previous snapshot's quantized ONNX model." };
        var candidate = new Argument<string>("CANDIDATE") { Description = "The new snapshot's quantized ONNX model." };
        var previousRef = new Option<string?>("--previous-ref") { Description = "The previous snapshot's float model (reports its quantization loss)." };
        var candidateRef = new Option<string?>("--candidate-ref") { Description = "The new snapshot's float model (adds the quantization-loss check)." };
        var data = new QuantToolData();
        var maxDrop = new Option<double>("--max-drop") { Description = "Allowed fall of quantized accuracy, in points.", DefaultValueFactory = _ => 0.5 };
        var maxNe = new Option<double>("--max-ne-increase") { Description = "Allowed relative rise of quantized NE, in percent.", DefaultValueFactory = _ => 2 };
        var maxLoss = new Option<double>("--max-quant-loss") { Description = "Allowed float-to-quantized accuracy loss of the candidate, in points.", DefaultValueFactory = _ => 1 };
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON here." };

        var command = new Command("release-gate", "Release gate: compares a new snapshot's quantized model with the previous snapshot's on the same labelled data; exits 1 on a regression.");
        command.Arguments.Add(previous);
        command.Arguments.Add(candidate);
        command.Options.Add(previousRef);
        command.Options.Add(candidateRef);
        data.AddTo(command);
        foreach (var o in new Option[] { maxDrop, maxNe, maxLoss, json })
            command.Options.Add(o);
        command.SetAction(parse =>
        {
            QuantToolData.WidenWhenPiped();
            try
            {
                ModelSnapshot Snapshot(string path, string? reference)
                {
                    foreach (var p in new[] { path, reference })
                        if (p is not null && !File.Exists(p))
                            throw new FileNotFoundException($"Model file '{p}' does not exist.", p);
                    return new ModelSnapshot(Path.GetFileName(path), OnnxImporter.Load(path), reference is null ? null : OnnxImporter.Load(reference));
                }
                var prev = Snapshot(parse.GetValue(previous)!, parse.GetValue(previousRef));
                var cand = Snapshot(parse.GetValue(candidate)!, parse.GetValue(candidateRef));
                var batches = data.Load(parse);
                var options = new ReleaseGateOptions
                {
                    MaxAccuracyDrop = parse.GetValue(maxDrop) / 100,
                    MaxNeIncrease = parse.GetValue(maxNe) / 100,
                    MaxQuantizationLoss = parse.GetValue(maxLoss) / 100,
                    Threads = parse.GetValue(data.Threads),
                };
                ReleaseGateReport report = null!;
                AnsiConsole.Status().Start($"evaluating both snapshots on {batches.Sum(b => b.Input.Shape[0])} samples", _ => report = ReleaseGate.Compare(prev, cand, batches, options));
                Print(report);
                if (parse.GetValue(json) is { } jsonPath)
                {
                    File.WriteAllText(jsonPath, JsonSerializer.Serialize(new { report.Passed, report.Summary, report.Previous, report.Candidate, report.Checks, report.CandidateOnlyWrong, report.PreviousOnlyWrong, report.AccuracyDeltaStdError }, QuantToolJson.Options));
                    AnsiConsole.MarkupLine($"report: {Markup.Escape(jsonPath)}");
                }
                return report.Passed ? 0 : 1;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or ArgumentException or OnnxFormatException or Coex.Runtime.UnsupportedOperatorException or InvalidOperationException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return 1;
            }
        });
        return command;
    }

    private static void Print(ReleaseGateReport r)
    {
        var metrics = new Table().AddColumns("snapshot", "samples", "quantized acc", "quantized NE", "float acc", "float NE");
        foreach (var m in new[] { r.Previous, r.Candidate })
            metrics.AddRow(Markup.Escape(m.Name), $"{m.Samples}", $"{m.Accuracy:P2}", $"{m.Ne:F4}", m.ReferenceAccuracy is { } a ? $"{a:P2}" : "—", m.ReferenceNe is { } n ? $"{n:F4}" : "—");
        AnsiConsole.Write(metrics);
        var checks = new Table().AddColumns("check", "previous", "candidate", "limit", "result");
        foreach (var c in r.Checks)
        {
            string F(double v) => double.IsNaN(v) ? "—" : c.Name switch
            {
                "quantized NE" => $"{v:F4}",
                "quantization loss" => $"{v * 100:F2} pt",
                _ => $"{v:P2}",
            };
            string limit = c.Name switch
            {
                "quantized accuracy" => $"drop ≤ {c.Limit * 100:F2} pt",
                "quantized NE" => $"rise ≤ {c.Limit:P1}",
                _ => $"≤ {c.Limit * 100:F2} pt",
            };
            checks.AddRow(c.Name, F(c.Previous), F(c.Candidate), limit, c.Passed ? "[green]pass[/]" : "[red]FAIL[/]");
        }
        AnsiConsole.Write(checks);
        AnsiConsole.MarkupLine($"{r.CandidateOnlyWrong} samples only the candidate gets wrong, {r.PreviousOnlyWrong} only the previous; accuracy change {(r.Candidate.Accuracy - r.Previous.Accuracy) * 100:+0.00;-0.00} ± {r.AccuracyDeltaStdError * 100:F2} points (1 s.e., paired)");
        AnsiConsole.MarkupLine(r.Passed ? $"[green bold]{Markup.Escape(r.Summary)}[/]" : $"[red bold]{Markup.Escape(r.Summary)}[/]");
    }
}
