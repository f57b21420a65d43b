using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Coex.Training;
using Coex.Training.Data;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex train</c>: trains a zoo model on Fashion-MNIST, saves a checkpoint and a JSON report.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = $"Model to train: {string.Join(", ", ModelZoo.Names)}.", DefaultValueFactory = _ => "lenet" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training set.", DefaultValueFactory = _ => 5 };
        var batch = new Option<int>("--batch") { Description = "Mini-batch size.", DefaultValueFactory = _ => 64 };
        var lr = new Option<float>("--lr") { Description = "Peak learning rate.", DefaultValueFactory = _ => 0.05f };
        var optimizer = new Option<string>("--optimizer") { Description = "sgd (Nesterov momentum 0.9) or adamw.", DefaultValueFactory = _ => "sgd" };
        var schedule = new Option<string>("--schedule") { Description = "cosine, step or constant.", DefaultValueFactory = _ => "cosine" };
        var weightDecay = new Option<float>("--weight-decay") { Description = "Weight decay (L2 for sgd, decoupled for adamw).", DefaultValueFactory = _ => 5e-4f };
        var clip = new Option<float>("--clip") { Description = "Clip gradients to this global norm (0 = off).", DefaultValueFactory = _ => 0f };
        var augment = new Option<bool>("--augment") { Description = "Random crop (pad 2) and horizontal flip." };
        var seed = new Option<int>("--seed") { Description = "Seed for initialization, shuffling, augmentation and the validation split.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Kernel threads (0 = all cores).", DefaultValueFactory = _ => 0 };
        var validation = new Option<int>("--validation") { Description = "Training images held out for validation.", DefaultValueFactory = _ => 5000 };
        var limit = new Option<int>("--limit") { Description = "Use only the first N training images (0 = all), for quick runs.", DefaultValueFactory = _ => 0 };
        var data = new Option<string>("--data") { Description = "Directory of the Fashion-MNIST .gz files.", DefaultValueFactory = _ => FashionMnist.DefaultDirectory };
        var output = new Option<string?>("--out") { Description = "Checkpoint path (default <model>.ckpt); with a .onnx path the ONNX model is written there and the checkpoint beside it (.ckpt). The JSON report goes beside it." };

        var command = new Command("train", "Train a model from the zoo on Fashion-MNIST.");
        foreach (var o in new Option[] { model, epochs, batch, lr, optimizer, schedule, weightDecay, clip, augment, seed, threads, validation, limit, data, output })
            command.Options.Add(o);
        command.SetAction(parseResult =>
        {
            var options = new TrainOptions
            {
                Epochs = parseResult.GetValue(epochs),
                BatchSize = parseResult.GetValue(batch),
                LearningRate = parseResult.GetValue(lr),
                Optimizer = parseResult.GetValue(optimizer)!,
                Schedule = parseResult.GetValue(schedule)!,
                WeightDecay = parseResult.GetValue(weightDecay),
                ClipNorm = parseResult.GetValue(clip),
                Seed = parseResult.GetValue(seed),
                Threads = parseResult.GetValue(threads),
            };
            string name = parseResult.GetValue(model)!;
            string outPath = parseResult.GetValue(output) ?? $"{name}.ckpt";
            try
            {
                return Run(name, options, parseResult.GetValue(augment), parseResult.GetValue(validation), parseResult.GetValue(limit), parseResult.GetValue(data)!, outPath);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or ArgumentException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string name, TrainOptions options, bool augment, int validationCount, int limit, string dataDirectory, string outPath)
    {
        var total = Stopwatch.StartNew();
        if (options.Epochs <= 0 || options.BatchSize <= 0)
            throw new ArgumentException($"--epochs and --batch must be positive; got {options.Epochs} and {options.BatchSize}.");
        var full = FashionMnist.LoadTrain(dataDirectory);
        var test = FashionMnist.LoadTest(dataDirectory);
        if (limit > 0)
            full = full.Take(limit);
        validationCount = Math.Min(validationCount, full.Count / 5);
        var (train, validation) = full.Split(validationCount, options.Seed);
        var (mean, std) = train.PixelStatistics();
        var normalization = new DataOptions { Mean = mean, Std = std };
        var augmented = augment ? normalization with { CropPadding = 2, HorizontalFlip = true } : normalization;
        var loader = new DataLoader(train, options.BatchSize, augmented, shuffle: true, seed: options.Seed);
        var net = ModelZoo.Create(name, [train.Channels, train.Height, train.Width], train.Classes, options.Seed);
        var trainer = new Trainer(net, options, loader.BatchCount);
        int threadCount = Coex.Kernels.KernelThreads.Resolve(options.Threads);
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(net.Description)}[/]: {net.ParameterCount:N0} parameters; {train.Count} train / {validation.Count} validation / {test.Count} test images; " +
            $"batch {options.BatchSize}, {options.Optimizer} lr {options.LearningRate} ({options.Schedule}), {threadCount} threads");

        var epochs = new List<EpochResult>();
        var validationAccuracy = new List<float>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                for (int e = 0; e < options.Epochs; e++)
                {
                    var task = ctx.AddTask($"epoch {e + 1}/{options.Epochs}", maxValue: loader.BatchCount);
                    var result = trainer.TrainEpoch(loader, e, p =>
                    {
                        task.Value = p.Step;
                        if (p.Step % 10 == 0 || p.Step == p.StepsPerEpoch)
                            task.Description = $"epoch {e + 1}/{options.Epochs} loss {p.Loss:F3} acc {p.Accuracy:P1} {p.ImagesPerSecond:F0} img/s";
                    });
                    float val = Trainer.Evaluate(net, validation, normalization, threads: options.Threads);
                    epochs.Add(result);
                    validationAccuracy.Add(val);
                    task.Description = $"epoch {e + 1}/{options.Epochs} loss {result.Loss:F3} train {result.TrainAccuracy:P1} val {val:P2} {result.ImagesPerSecond:F0} img/s";
                }
            });
        float testAccuracy = Trainer.Evaluate(net, test, normalization, threads: options.Threads);
        double trainSeconds = epochs.Sum(e => e.Seconds);
        double imagesPerSecond = epochs.Sum(e => e.ImagesPerSecond * e.Seconds) / Math.Max(trainSeconds, 1e-9);

        var table = new Table().AddColumns("epoch", "loss", "train acc", "val acc", "seconds", "images/s");
        for (int e = 0; e < epochs.Count; e++)
            table.AddRow($"{e + 1}", $"{epochs[e].Loss:F4}", $"{epochs[e].TrainAccuracy:P2}", $"{validationAccuracy[e]:P2}", $"{epochs[e].Seconds:F1}", $"{epochs[e].ImagesPerSecond:F0}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"validation accuracy [bold]{validationAccuracy[^1]:P2}[/], test accuracy [bold green]{testAccuracy:P2}[/] " +
            $"({trainSeconds / 60:F1} min training, {imagesPerSecond:F0} images/s)");

        // With an .onnx path the ONNX model goes there and the checkpoint beside it, so neither overwrites the other.
        string? onnxPath = outPath.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase) ? outPath : null;
        if (onnxPath is not null)
        {
            outPath = Path.ChangeExtension(outPath, ".ckpt");
            ModelExport.Save(net, onnxPath);
        }
        Checkpoint.Save(net, outPath);
        string reportPath = Path.ChangeExtension(outPath, ".json");
        var report = new
        {
            model = name,
            description = net.Description,
            parameters = net.ParameterCount,
            epochs = options.Epochs,
            batch = options.BatchSize,
            lr = options.LearningRate,
            optimizer = options.Optimizer,
            schedule = options.Schedule,
            weightDecay = options.WeightDecay,
            augment,
            seed = options.Seed,
            threads = threadCount,
            trainImages = train.Count,
            validationImages = validation.Count,
            trainAccuracy = epochs[^1].TrainAccuracy,
            validationAccuracy = validationAccuracy[^1],
            testAccuracy,
            trainSeconds,
            totalSeconds = total.Elapsed.TotalSeconds,
            imagesPerSecond,
            perEpoch = epochs.Select((e, i) => new { epoch = i + 1, loss = e.Loss, trainAccuracy = e.TrainAccuracy, validationAccuracy = validationAccuracy[i], seconds = e.Seconds, imagesPerSecond = e.ImagesPerSecond }),
        };
        File.WriteAllText(reportPath, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        AnsiConsole.MarkupLine($"checkpoint: {Markup.Escape(outPath)}, report: {Markup.Escape(reportPath)}" +
            (onnxPath is null ? "" : $", ONNX model: {Markup.Escape(onnxPath)}"));
        return 0;
    }
}
