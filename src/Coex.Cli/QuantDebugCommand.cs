using System.CommandLine;
using System.Text.Json;
using Coex.Onnx;
using Coex.Quantization;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex quant-debug</c>: per-layer error of a quantized (QDQ) model against its float original.</summary>
internal static class QuantDebugCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("MODEL") { Description = "The float ONNX model." };
        var quantized = new Argument<string>("QUANTIZED") { Description = "Its quantized (QDQ) ONNX version." };
        var data = new QuantToolData();
        var jump = new Option<double>("--jump-db") { Description = "A layer jumps when its SQNR is this many dB below its worst input layer's.", DefaultValueFactory = _ => 10 };
        var plot = new Option<string?>("--plot") { Description = "PNG of per-layer SQNR (default: QUANTIZED with .sqnr.png)." };
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON here." };
        var rescale = new Option<string?>("--rescale") { Description = "What-if: multiply the scale of quantized activations before debugging, e.g. maxpool_out=0.05 (comma-separated; value or node names)." };
        var save = new Option<string?>("--save-quantized") { Description = "With --rescale: write the rescaled quantized model here." };

        var command = new Command("quant-debug", "Numeric debugger: per-layer SQNR, max/mean abs error and saturation of a quantized model vs its float model, and the layer where error first jumps.");
        command.Arguments.Add(model);
        command.Arguments.Add(quantized);
        data.AddTo(command);
        command.Options.Add(jump);
        command.Options.Add(plot);
        command.Options.Add(json);
        command.Options.Add(rescale);
        command.Options.Add(save);
        command.SetAction(parse =>
        {
            QuantToolData.WidenWhenPiped();
            try
            {
                string modelPath = parse.GetValue(model)!, qPath = parse.GetValue(quantized)!;
                foreach (var p in new[] { modelPath, qPath })
                    if (!File.Exists(p))
                        throw new FileNotFoundException($"Model file '{p}' does not exist.", p);
                var reference = OnnxImporter.Load(modelPath);
                var q = OnnxImporter.Load(qPath);
                if (parse.GetValue(rescale) is { } changes)
                {
                    foreach (var change in changes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        int eq = change.LastIndexOf('=');
                        if (eq <= 0 || !float.TryParse(change[(eq + 1)..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float factor))
                            throw new ArgumentException($"--rescale takes NAME=FACTOR; got '{change}'.");
                        q = Recalibration.Rescale(q, change[..eq], factor);
                        AnsiConsole.MarkupLine($"[yellow]what-if:[/] scale of '{Markup.Escape(change[..eq])}' × {factor}");
                    }
                    if (parse.GetValue(save) is { } savePath)
                    {
                        OnnxExporter.Save(q, savePath);
                        AnsiConsole.MarkupLine($"rescaled model: {Markup.Escape(savePath)}");
                    }
                }
                var batches = data.Load(parse);
                int total = batches.Sum(b => b.Input.Shape[0]);
                NumericDebugReport report = null!;
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("running both models", maxValue: total);
                        report = NumericDebugger.Run(reference, q, batches.Select(b => b.Input),
                            new NumericDebugOptions { JumpDb = parse.GetValue(jump), Threads = parse.GetValue(data.Threads) }, done => task.Value = done);
                    });
                Print(report, modelPath, qPath);
                string plotPath = parse.GetValue(plot) ?? Path.ChangeExtension(qPath, ".sqnr.png");
                QuantDebugPlot.Save(plotPath, report, Path.GetFileName(qPath));
                AnsiConsole.MarkupLine($"plot: {Markup.Escape(plotPath)}");
                if (parse.GetValue(json) is { } jsonPath)
                {
                    File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, QuantToolJson.Options));
                    AnsiConsole.MarkupLine($"report: {Markup.Escape(jsonPath)}");
                }
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or ArgumentException or OnnxFormatException or Coex.Runtime.UnsupportedOperatorException or InvalidOperationException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return 1;
            }
        });
        return command;
    }

    private static void Print(NumericDebugReport report, string modelPath, string qPath)
    {
        var table = new Table().AddColumns("#", "layer", "op", "SQNR dB", "drop", "max|err|", "mean|err|", "clipped", "quant range", "fp32 range");
        for (int i = 0; i < report.Layers.Count; i++)
        {
            var l = report.Layers[i];
            string style = l.Jump ? "red bold" : "";
            string Cell(string s) => style.Length == 0 ? Markup.Escape(s) : $"[{style}]{Markup.Escape(s)}[/]";
            table.AddRow(Cell($"{i}"), Cell(l.Name), Cell(ShortOp(l.OpType)), Cell(Db(l.SqnrDb)), Cell(Db(l.DropDb)), Cell($"{l.MaxAbsError:G3}"), Cell($"{l.MeanAbsError:G3}"),
                Cell(l.SaturationFraction is { } s ? $"{s:P2}" : "—"),
                Cell(l.RangeLow is { } lo ? $"{lo:G3}..{l.RangeHigh:G3}" : "—"),
                Cell($"{l.ReferenceMin:G3}..{l.ReferenceMax:G3}"));
        }
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Path.GetFileName(qPath))}[/] vs [bold]{Markup.Escape(Path.GetFileName(modelPath))}[/] on {report.Samples} samples");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"median layer SQNR {Db(report.MedianSqnrDb)} dB" +
            (report.Top1Agreement is { } a ? $"; top-1 agreement of the outputs {a:P2}" : ""));
        if (report.FirstJump is { } jump)
            AnsiConsole.MarkupLine($"[red]error first jumps at layer '{Markup.Escape(jump.Name)}'[/] ({jump.OpType}): {Db(jump.SqnrDb)} dB, {Db(jump.DropDb)} dB below its input" +
                (jump.SaturationFraction is { } s ? $", {s:P2} of its values clipped" : ""));
        else
            AnsiConsole.MarkupLine($"[green]no layer's SQNR drops more than {report.JumpDb:0.#} dB below its input's[/]");
        if (report.UnmatchedNodes.Count > 0)
            AnsiConsole.MarkupLine($"[yellow]{report.UnmatchedNodes.Count} quantized-model nodes matched nothing:[/] {Markup.Escape(string.Join(", ", report.UnmatchedNodes.Take(10)))}");
    }

    /// <summary>"BatchNormalization/Conv" (a Conv with the BatchNorm folded in) reads "Conv+BN" in the table.</summary>
    private static string ShortOp(string op) => op.Replace("BatchNormalization/Conv", "Conv+BN").Replace("BatchNormalization", "BatchNorm");

    internal static string Db(double db) => double.IsPositiveInfinity(db) ? "∞" : double.IsNegativeInfinity(db) ? "-∞" : double.IsNaN(db) ? "NaN" : $"{db:F1}";
}
