using System.CommandLine;
using System.Globalization;
using Coex.Bench;
using Coex.Onnx;
using Coex.Quantization;
using Coex.Training.Data;
using Spectre.Console;
using Ort = Microsoft.ML.OnnxRuntime;

namespace Coex.Cli;

/// <summary>
/// <c>coex quantize MODEL --calib DATA --budget 0.5%</c>: per-layer sensitivity and speed, a greedy and a knapsack precision
/// search under the budget, the chosen plan, and the quantized model (QDQ ONNX) with its accuracy, size and measured speedup.
/// </summary>
internal static class QuantizeCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("model") { Description = "The float ONNX model (one input, class scores as first output)." };
        var calib = new Option<string>("--calib") { Description = "Calibration data: 'fashion-mnist' (training images) or an .npy array [N, ...].", DefaultValueFactory = _ => "fashion-mnist" };
        var eval = new Option<string>("--eval") { Description = "Evaluation data: 'fashion-mnist' (test images) or an .npy array (unlabelled: use --metric sqnr).", DefaultValueFactory = _ => "fashion-mnist" };
        var evalLabels = new Option<string?>("--eval-labels") { Description = "Integer .npy labels for an .npy --eval array." };
        var budget = new Option<string>("--budget") { Description = "Largest acceptable loss, e.g. 0.5% (accuracy: percentage points; ne: relative increase; sqnr: noise/signal power).", DefaultValueFactory = _ => "0.5%" };
        var metric = new Option<string>("--metric") { Description = "accuracy, ne or sqnr.", DefaultValueFactory = _ => "accuracy" };
        var output = new Option<string?>("--out") { Description = "Where the QDQ model goes (default MODEL.q.onnx)." };
        var search = new Option<string>("--search") { Description = "greedy, knapsack or both (keep the faster plan within budget).", DefaultValueFactory = _ => "both" };
        var reduceRange = new Option<bool>("--reduce-range") { Description = "int8 weights on a 7-bit grid, for runtimes whose x86 int8 kernels saturate (ONNX Runtime without VNNI)." };
        var scheme = new Option<string>("--scheme") { Description = "auto (search per layer under the budget) or one scheme for every layer: int8, int8-tensor, int8-dynamic, int8-entropy, int8-percentile, int8-mse, fp16, bf16.", DefaultValueFactory = _ => "auto" };
        var calibImages = new Option<int>("--calib-images") { Description = "Calibration images.", DefaultValueFactory = _ => 1024 };
        var searchImages = new Option<int>("--search-images") { Description = "Evaluation images used during the search.", DefaultValueFactory = _ => 2000 };
        var finalImages = new Option<int>("--final-images") { Description = "Evaluation images for the final report (0 = all).", DefaultValueFactory = _ => 0 };
        var batch = new Option<int>("--batch") { Description = "Batch size for timing and evaluation.", DefaultValueFactory = _ => 64 };
        var threads = new Option<int>("--threads") { Description = "Kernel threads (0 = every core).", DefaultValueFactory = _ => 0 };
        var ortCheck = new Option<bool>("--ort-check") { Description = "Also run the QDQ model in ONNX Runtime and report top-1 agreement with Coex's int8 path.", DefaultValueFactory = _ => true };
        var data = new Option<string>("--data") { Description = "Directory of the Fashion-MNIST .gz files.", DefaultValueFactory = _ => FashionMnist.DefaultDirectory };

        var command = new Command("quantize", "Quantize a model: per-layer sensitivity, a precision search under an accuracy budget, a QDQ ONNX model and measured speedup.");
        command.Add(model);
        foreach (var o in new Option[] { calib, eval, evalLabels, budget, metric, output, search, scheme, reduceRange, calibImages, searchImages, finalImages, batch, threads, ortCheck, data })
            command.Options.Add(o);
        command.SetAction(pr =>
        {
            try
            {
                var settings = new Settings(pr.GetValue(model)!, pr.GetValue(calib)!, pr.GetValue(eval)!, pr.GetValue(evalLabels), ParseBudget(pr.GetValue(budget)!),
                    ParseMetric(pr.GetValue(metric)!), pr.GetValue(output), pr.GetValue(search)!, ParseScheme(pr.GetValue(scheme)!, pr.GetValue(reduceRange)), pr.GetValue(reduceRange), pr.GetValue(calibImages), pr.GetValue(searchImages),
                    pr.GetValue(finalImages), pr.GetValue(batch), pr.GetValue(threads), pr.GetValue(ortCheck), pr.GetValue(data)!);
                return Run(settings);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException or OnnxFormatException or NotSupportedException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return 1;
            }
        });
        return command;
    }

    private sealed record Settings(string Model, string Calib, string Eval, string? EvalLabels, double Budget, QualityMetric Metric, string? Out, string Search, LayerScheme? Scheme, bool ReduceRange,
        int CalibImages, int SearchImages, int FinalImages, int Batch, int Threads, bool OrtCheck, string Data);

    private static double ParseBudget(string text)
    {
        string t = text.Trim().TrimEnd('%');
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v >= 0))
            throw new ArgumentException($"--budget '{text}' is not a non-negative number like 0.5%.");
        return v;
    }

    private static LayerScheme? ParseScheme(string text, bool reduceRange) => ParseScheme(text) is { Precision: LayerPrecision.Int8 } s ? s with { ReducedRange = reduceRange } : ParseScheme(text);

    private static LayerScheme? ParseScheme(string text) => text.ToLowerInvariant() switch
    {
        "auto" => null,
        "int8" => LayerScheme.Int8(),
        "int8-tensor" => LayerScheme.Int8(perChannel: false),
        "int8-dynamic" => LayerScheme.Int8Dynamic(),
        "int8-entropy" => LayerScheme.Int8(CalibrationMethod.Entropy),
        "int8-percentile" => LayerScheme.Int8(CalibrationMethod.Percentile),
        "int8-mse" => LayerScheme.Int8(CalibrationMethod.Mse),
        "fp16" => LayerScheme.Fp16,
        "bf16" => LayerScheme.Bf16,
        _ => throw new ArgumentException($"--scheme '{text}' is not auto, int8, int8-tensor, int8-dynamic, int8-entropy, int8-percentile, int8-mse, fp16 or bf16."),
    };

    private static QualityMetric ParseMetric(string text) => text.ToLowerInvariant() switch
    {
        "accuracy" => QualityMetric.Accuracy,
        "ne" => QualityMetric.Ne,
        "sqnr" => QualityMetric.Sqnr,
        _ => throw new ArgumentException($"--metric '{text}' is not accuracy, ne or sqnr."),
    };

    private static ICalibrationDataReader Reader(string spec, string split, int count, int batch, string dataDir, string? labels, DataOptions? normalization)
    {
        if (spec == "fashion-mnist")
            return ImageDatasetReader.FashionMnist(split, count, batch, dataDir, normalization);
        if (!File.Exists(spec))
            throw new FileNotFoundException($"Data '{spec}' is neither 'fashion-mnist' nor an existing .npy file.", spec);
        return new NpyReader(spec, batch, labels);
    }

    private static int Run(Settings s)
    {
        if (!File.Exists(s.Model))
            throw new FileNotFoundException($"Model '{s.Model}' does not exist.", s.Model);
        if (s.Search is not ("greedy" or "knapsack" or "both"))
            throw new ArgumentException($"--search '{s.Search}' is not greedy, knapsack or both.");
        if (s.Batch <= 0 || s.CalibImages <= 0 || s.SearchImages <= 0)
            throw new ArgumentException("--batch, --calib-images and --search-images must be positive.");
        int threads = Kernels.KernelThreads.Resolve(s.Threads);
        string outPath = s.Out ?? Path.ChangeExtension(s.Model, null) + ".q.onnx";
        var graph = Quantizer.Prepare(OnnxImporter.Load(s.Model));
        DataOptions? normalization = s.Calib == "fashion-mnist" || s.Eval == "fashion-mnist" ? ImageDatasetReader.FashionMnistNormalization(s.Data) : null;
        var calibReader = Reader(s.Calib, "train", s.CalibImages, s.Batch, s.Data, null, normalization);
        var evalReader = Reader(s.Eval, "test", s.FinalImages, s.Batch, s.Data, s.EvalLabels, normalization);
        var finalBatches = evalReader.Batches().ToList();
        var searchBatches = TakeImages(finalBatches, s.SearchImages);
        var timingBatch = finalBatches[0].Input;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Path.GetFileName(s.Model))}[/]: calibration {Markup.Escape(calibReader.Description)}; evaluation {Markup.Escape(evalReader.Description)} " +
            $"({searchBatches.Sum(b => b.Input.Shape[0])} during the search); budget {s.Budget}% {s.Metric.ToString().ToLowerInvariant()}; {threads} threads; timing batch {timingBatch.Shape[0]}");

        var timing = new TimingOptions(WarmupCalls: 2, MinSeconds: 0.25, MinCalls: 5, SettleSeconds: 0.01, WarmupSeconds: 0.2);
        Func<IReadOnlyList<Action>, double[]> timer = actions => [.. InterleavedTimer.Measure(actions, timing).Select(t => t.MedianSeconds)];

        Calibration calibration = null!;
        PrecisionSearch searcher = null!;
        IReadOnlyList<LayerOption> sensitivity = [];
        var outcomes = new List<SearchOutcome>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var layers = Quantizer.FindLayers(graph);
                int calibBatches = (s.CalibImages + s.Batch - 1) / s.Batch;
                var cal = ctx.AddTask("calibrate", maxValue: calibBatches);
                calibration = Quantizer.Calibrate(graph, layers, calibReader, calibBatches, threads, b => cal.Value = b);
                cal.Value = cal.MaxValue;
                searcher = new PrecisionSearch(graph, calibration, searchBatches, timingBatch, timer,
                    new PrecisionSearchOptions
                    {
                        Metric = s.Metric, Budget = s.Budget, Threads = threads,
                        Candidates = [.. new PrecisionSearchOptions().Candidates.Select(c => c.Precision == LayerPrecision.Int8 ? c with { ReducedRange = s.ReduceRange } : c)],
                    });
                if (s.Scheme is { } uniform)
                {
                    var plan = Quantizer.UniformPlan(graph, uniform);
                    outcomes.Add(new SearchOutcome($"uniform {uniform}", plan, searcher.Loss(plan), 0, 1));
                    return;
                }
                var sens = ctx.AddTask("sensitivity", maxValue: 1);
                sensitivity = searcher.Sensitivity((done, total) => { sens.MaxValue = total; sens.Value = done; });
                var find = ctx.AddTask("search", maxValue: s.Search == "both" ? 2 : 1);
                if (s.Search is "greedy" or "both") { outcomes.Add(searcher.Greedy(sensitivity)); find.Increment(1); }
                if (s.Search is "knapsack" or "both") { outcomes.Add(searcher.Knapsack(sensitivity)); find.Increment(1); }
            });

        if (sensitivity.Count > 0)
            PrintSensitivity(searcher, sensitivity);
        // Among the plans within budget, keep the one measured fastest (a uniform scheme is kept whatever its loss).
        var valid = s.Scheme is null ? outcomes.Where(o => o.Loss <= s.Budget).ToList() : outcomes;
        var times = searcher.Time([.. outcomes.Select(o => o.Plan)]);
        if (s.Scheme is not null && searcher.Layers.Any(l => !Quantizer.HasInt8Kernel(l)))
            AnsiConsole.MarkupLine($"[grey]{searcher.Layers.Count(l => !Quantizer.HasInt8Kernel(l))} grouped convolutions have no int8 kernel in Coex and stay fp32 in a uniform int8 plan.[/]");
        var summary = new Table().AddColumns("search", "layers int8/fp16/fp32", $"loss ({s.Metric.ToString().ToLowerInvariant()})", "evaluations", "ms/batch", "speedup");
        summary.AddRow("fp32", "", "0", "", $"{times[0] * 1e3:F2}", "1.00×");
        for (int i = 0; i < outcomes.Count; i++)
        {
            var o = outcomes[i];
            summary.AddRow(o.Method, Counts(searcher, o.Plan), $"{o.Loss:F3}", $"{o.Evaluations}", $"{times[i + 1] * 1e3:F2}", $"{times[0] / times[i + 1]:F2}×");
        }
        AnsiConsole.Write(summary);
        var chosen = valid.Count == 0 ? null : valid.MinBy(o => times[outcomes.IndexOf(o) + 1]);
        if (chosen is null)
        {
            AnsiConsole.MarkupLine("[yellow]No plan met the budget; the model stays fp32.[/]");
            chosen = new SearchOutcome("fp32", new QuantizationPlan(), 0, 0, 0);
        }
        PrintPlan(searcher, chosen, sensitivity);

        var qgraph = searcher.Build(chosen.Plan);
        OnnxExporter.Save(qgraph, outPath);
        var fp32 = ModelEvaluation.Evaluate(graph, finalBatches, threads);
        var q = ModelEvaluation.Evaluate(qgraph, finalBatches, threads);
        var final = searcher.Time(chosen.Plan);
        long fp32Bytes = ModelEvaluation.WeightBytes(graph), qBytes = ModelEvaluation.WeightBytes(qgraph);
        int images = finalBatches.Sum(b => b.Input.Shape[0]);
        AnsiConsole.MarkupLine($"[bold]final[/] ({images} evaluation images, plan '{chosen.Method}'):");
        if (fp32.Labels is not null)
            AnsiConsole.MarkupLine($"  accuracy fp32 {fp32.Accuracy:P2} → quantized [bold]{q.Accuracy:P2}[/] ({(q.Accuracy - fp32.Accuracy) * 100:+0.00;-0.00} pp); NE {fp32.NormalizedEntropy:F4} → {q.NormalizedEntropy:F4}");
        AnsiConsole.MarkupLine($"  output SQNR {ModelEvaluation.SqnrDb(q, fp32):F1} dB; top-1 agreement with fp32 {q.Agreement(fp32):P2}");
        AnsiConsole.MarkupLine($"  weights {fp32Bytes / 1024.0:F1} KiB → {qBytes / 1024.0:F1} KiB ({(double)fp32Bytes / Math.Max(1, qBytes):F2}× smaller)");
        AnsiConsole.MarkupLine($"  latency at batch {timingBatch.Shape[0]}, {threads} threads: Coex fp32 {final[0] * 1e3:F2} ms, Coex quantized {final[1] * 1e3:F2} ms → [bold]{final[0] / final[1]:F2}× speedup[/]");
        if (s.OrtCheck)
        {
            double agreement = OrtAgreement(outPath, finalBatches, q, threads);
            AnsiConsole.MarkupLine($"  ONNX Runtime on the QDQ model vs Coex's int8 path: same top-1 on [bold]{agreement:P2}[/] of {images} images");
        }
        AnsiConsole.MarkupLine($"QDQ model: {Markup.Escape(outPath)}");
        return 0;
    }

    private static List<LabelledBatch> TakeImages(List<LabelledBatch> batches, int images)
    {
        var taken = new List<LabelledBatch>();
        int count = 0;
        foreach (var b in batches)
        {
            if (count >= images) break;
            taken.Add(b);
            count += b.Input.Shape[0];
        }
        return taken;
    }

    private static string Counts(PrecisionSearch searcher, QuantizationPlan plan)
    {
        int i8 = searcher.Layers.Count(l => plan[l.Name].Precision == LayerPrecision.Int8);
        int f16 = searcher.Layers.Count(l => plan[l.Name].Precision is LayerPrecision.Fp16 or LayerPrecision.Bf16);
        return $"{i8}/{f16}/{searcher.Layers.Count - i8 - f16}";
    }

    private static void PrintSensitivity(PrecisionSearch searcher, IReadOnlyList<LayerOption> sensitivity)
    {
        var schemes = searcher.Options.Candidates;
        var table = new Table().Title("per-layer sensitivity: loss with only this layer quantized / measured gain");
        table.AddColumn("layer");
        table.AddColumn("op");
        table.AddColumn("MACs/img");
        foreach (var sc in schemes)
            table.AddColumn(sc.ToString());
        table.AddColumn("int8 gain ms");
        foreach (var layer in searcher.Layers)
        {
            var row = new List<string> { Markup.Escape(layer.Name), layer.OpType, $"{layer.Macs:N0}" };
            foreach (var sc in schemes)
                row.Add($"{sensitivity.First(o => o.Layer == layer.Name && o.Scheme == sc).Loss:F3}");
            var int8 = sensitivity.First(o => o.Layer == layer.Name && o.Scheme.Precision == LayerPrecision.Int8);
            row.Add($"{int8.GainSeconds * 1e3:+0.000;-0.000}");
            table.AddRow([.. row]);
        }
        AnsiConsole.Write(table);
    }

    private static void PrintPlan(PrecisionSearch searcher, SearchOutcome chosen, IReadOnlyList<LayerOption> sensitivity)
    {
        var table = new Table().Title($"chosen plan ({chosen.Method}), measured loss {chosen.Loss:F3}").AddColumns("layer", "op", "scheme", "single-layer loss", "gain ms");
        foreach (var layer in searcher.Layers)
        {
            var scheme = chosen.Plan[layer.Name];
            var o = sensitivity.FirstOrDefault(x => x.Layer == layer.Name && x.Scheme == scheme);
            table.AddRow(Markup.Escape(layer.Name), layer.OpType, scheme.ToString(), o is null ? "" : $"{o.Loss:F3}", o is null ? "" : $"{o.GainSeconds * 1e3:+0.000;-0.000}");
        }
        AnsiConsole.Write(table);
    }

    private static double OrtAgreement(string path, List<LabelledBatch> batches, EvalResult coex, int threads)
    {
        using var options = new Ort.SessionOptions { LogSeverityLevel = Ort.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, IntraOpNumThreads = threads };
        using var session = new Ort.InferenceSession(path, options);
        string input = session.InputMetadata.Keys.First();
        var outputs = new List<float>();
        foreach (var b in batches)
        {
            var t = new Ort.Tensors.DenseTensor<float>(b.Input.AsSpan<float>().ToArray(), [.. b.Input.Shape]);
            using var r = session.Run([Ort.NamedOnnxValue.CreateFromTensor(input, t)]);
            outputs.AddRange(r.First().AsEnumerable<float>());
        }
        return new EvalResult([.. outputs], null, coex.Classes).Agreement(coex);
    }
}
