using System.Diagnostics;
using Coex.Training;
using Coex.Training.Data;

namespace Coex.Bench;

/// <summary>Training throughput of one zoo model: forward + backward + optimizer update per step, on real batches.</summary>
/// <param name="Model">Zoo model name.</param>
/// <param name="Batch">Images per step.</param>
/// <param name="Threads">Kernel threads.</param>
/// <param name="Steps">Timed steps.</param>
/// <param name="MedianStepSeconds">Median wall time of one step.</param>
/// <param name="BestStepSeconds">Fastest step.</param>
public sealed record TrainBenchResult(string Model, int Batch, int Threads, int Steps, double MedianStepSeconds, double BestStepSeconds)
{
    /// <summary>Images per second at the median step time.</summary>
    public double ImagesPerSecond => Batch / MedianStepSeconds;
}

/// <summary>
/// Times <see cref="Trainer.Step"/> (SGD with Nesterov momentum and weight decay, the `coex train` defaults) on the first
/// Fashion-MNIST training batches, after untimed warm-up steps. The peer (PyTorch) runs the same architecture and
/// optimizer in <c>bench/pytorch_train_throughput.py</c>, which calls this through <c>coex bench train --json</c>.
/// </summary>
public static class TrainBenchmark
{
    public static TrainBenchResult Run(string model, int batch, int threads, int steps, int warmup = 3, string? dataDirectory = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        var data = FashionMnist.LoadTrain(dataDirectory).Take(batch * (steps + warmup));
        var loader = new DataLoader(data, batch, new DataOptions { Mean = 0.286f, Std = 0.353f }, shuffle: false, seed: 1, dropLast: true);
        if (loader.BatchCount < steps + warmup)
            throw new ArgumentException($"Fashion-MNIST has too few images for {steps + warmup} batches of {batch}.");
        var net = ModelZoo.Create(model, [1, 28, 28], 10, seed: 1);
        var trainer = new Trainer(net, new TrainOptions { Epochs = 1, BatchSize = batch, Threads = threads, Schedule = "constant" }, loader.BatchCount);
        var times = new List<double>();
        int i = 0;
        foreach (var b in loader.Epoch(0))
        {
            long start = Stopwatch.GetTimestamp();
            trainer.Step(b);
            if (i++ >= warmup)
                times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        times.Sort();
        return new TrainBenchResult(model, batch, threads, times.Count, times[times.Count / 2], times[0]);
    }
}
