using System.CommandLine;
using System.Globalization;
using Coex.Bench;
using Coex.Kernels;
using Spectre.Console;

namespace Coex.Cli;

/// <summary>
/// <c>coex bench train</c>: training throughput (images/s) of a zoo model. Its peer, PyTorch, runs in
/// <c>bench/pytorch_train_throughput.py</c>, which calls this command with <c>--json</c> and prints the ratio.
/// </summary>
internal static class BenchTrainCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = $"Zoo model ({string.Join(", ", Coex.Training.ModelZoo.Names)}).", DefaultValueFactory = _ => "lenet" };
        var batch = new Option<int>("--batch") { Description = "Images per step.", DefaultValueFactory = _ => 64 };
        var threads = new Option<int>("--threads") { Description = "Kernel threads (0 = every core).", DefaultValueFactory = _ => 0 };
        var steps = new Option<int>("--steps") { Description = "Timed steps (after 3 untimed warm-up steps).", DefaultValueFactory = _ => 30 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the result as one JSON object to this file." };
        var command = new Command("train", "Training throughput (forward + backward + SGD update) of a zoo model on Fashion-MNIST batches.")
        {
            model, batch, threads, steps, json,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(batch) <= 0 || result.GetValue(steps) <= 0)
                result.AddError("--batch and --steps must be positive.");
            if (result.GetValue(threads) is < 0 or > KernelThreads.Max)
                result.AddError($"--threads must be in [0, {KernelThreads.Max}].");
            if (result.GetValue(model) is { } m && !Coex.Training.ModelZoo.Names.Contains(m))
                result.AddError($"Unknown model '{m}'; the zoo has {string.Join(", ", Coex.Training.ModelZoo.Names)}.");
        });
        command.SetAction(parse =>
        {
            if (!Coex.Training.Data.FashionMnist.IsAvailable())
            {
                AnsiConsole.MarkupLine("[red]Fashion-MNIST is not installed: sudo apt-get install dataset-fashion-mnist[/]");
                return 1;
            }
            int n = KernelThreads.Resolve(parse.GetValue(threads));
            TrainBenchResult? r = null;
            AnsiConsole.Status().Start($"training {parse.GetValue(model)!}, batch {parse.GetValue(batch)}, {n} threads", _ =>
                r = TrainBenchmark.Run(parse.GetValue(model)!, parse.GetValue(batch), n, parse.GetValue(steps)));
            var inv = CultureInfo.InvariantCulture;
            AnsiConsole.MarkupLine($"{Markup.Escape(r!.Model)}: batch {r.Batch}, {r.Threads} threads, {r.Steps} steps: median step " +
                $"{(r.MedianStepSeconds * 1e3).ToString("0.0", inv)} ms = [bold]{r.ImagesPerSecond.ToString("0", inv)} images/s[/] (best {(r.Batch / r.BestStepSeconds).ToString("0", inv)})");
            if (parse.GetValue(json) is { } file)
                File.WriteAllText(file.FullName, System.Text.Json.JsonSerializer.Serialize(new
                {
                    model = r.Model, batch = r.Batch, threads = r.Threads, steps = r.Steps,
                    median_step_ms = r.MedianStepSeconds * 1e3, best_step_ms = r.BestStepSeconds * 1e3, images_per_second = r.ImagesPerSecond,
                }));
            return 0;
        });
        return command;
    }
}
