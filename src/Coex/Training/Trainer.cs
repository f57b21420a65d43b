using System.Diagnostics;
using Coex.Tensors;
using Coex.Training.Data;
using Coex.Training.Optimizers;

namespace Coex.Training;

/// <summary>Hyper-parameters of <see cref="Trainer"/>.</summary>
public sealed record TrainOptions
{
    public int Epochs { get; init; } = 5;
    public int BatchSize { get; init; } = 64;
    public float LearningRate { get; init; } = 0.05f;
    /// <summary>"sgd" (momentum, Nesterov) or "adamw".</summary>
    public string Optimizer { get; init; } = "sgd";
    public float Momentum { get; init; } = 0.9f;
    public bool Nesterov { get; init; } = true;
    public float WeightDecay { get; init; } = 5e-4f;
    /// <summary>"cosine" (5% linear warm-up, at most one epoch), "step" (×0.1 after each third of training) or "constant".</summary>
    public string Schedule { get; init; } = "cosine";
    /// <summary>Clip gradients to this global L2 norm; 0 disables clipping.</summary>
    public float ClipNorm { get; init; }
    public int Seed { get; init; } = 1;
    /// <summary>Kernel threads; 0 = every core.</summary>
    public int Threads { get; init; }
}

/// <summary>Progress after one training step.</summary>
public readonly record struct StepProgress(int Epoch, int Step, int StepsPerEpoch, float Loss, float Accuracy, double ImagesPerSecond, float LearningRate);

/// <summary>Summary of one epoch.</summary>
public sealed record EpochResult(int Epoch, float Loss, float TrainAccuracy, double Seconds, double ImagesPerSecond);

/// <summary>
/// Mini-batch training of a <see cref="Model"/> with softmax cross-entropy: forward, backward, optional clipping,
/// one optimizer step per batch, the learning rate from a schedule over all steps.
/// </summary>
public sealed class Trainer
{
    private readonly ILearningRateSchedule _schedule;
    private int _step;
    // Recycles each step's activations and gradients for the next step (see StepArena).
    private readonly StepArena _arena = new();

    public Trainer(Model model, TrainOptions options, int stepsPerEpoch)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Epochs <= 0 || options.BatchSize <= 0)
            throw new ArgumentException($"Epochs and batch size must be positive; got {options.Epochs} epochs, batch {options.BatchSize}.", nameof(options));
        if (!(options.LearningRate > 0) || !float.IsFinite(options.LearningRate))
            throw new ArgumentException($"The learning rate must be positive and finite; got {options.LearningRate}.", nameof(options));
        if (!(options.ClipNorm >= 0))
            throw new ArgumentException($"The clipping norm must be non-negative (0 = off); got {options.ClipNorm}.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepsPerEpoch);
        Model = model;
        Options = options;
        Optimizer = options.Optimizer switch
        {
            "sgd" => new Sgd(model.Parameters, options.LearningRate, options.Momentum, options.Nesterov && options.Momentum > 0, options.WeightDecay),
            "adamw" => new AdamW(model.Parameters, options.LearningRate, weightDecay: options.WeightDecay),
            _ => throw new ArgumentException($"Unknown optimizer '{options.Optimizer}'; use sgd or adamw.", nameof(options)),
        };
        int total = options.Epochs * stepsPerEpoch;
        _schedule = options.Schedule switch
        {
            "cosine" => new CosineSchedule(options.LearningRate, total, warmupSteps: Math.Min(total / 20, stepsPerEpoch)),
            "step" => new StepSchedule(options.LearningRate, Math.Max(1, total / 3), 0.1f),
            "constant" => new ConstantSchedule(options.LearningRate),
            _ => throw new ArgumentException($"Unknown schedule '{options.Schedule}'; use cosine, step or constant.", nameof(options)),
        };
    }

    public Model Model { get; }
    public TrainOptions Options { get; }
    public Optimizer Optimizer { get; }

    /// <summary>One training step on <paramref name="batch"/>; returns the batch loss and the number of correct predictions.</summary>
    public (float Loss, int Correct) Step(Batch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Optimizer.LearningRate = _schedule.At(_step++);
        // The previous step's values were all consumed before it returned (only its loss and count left it).
        _arena.Reset();
        var tape = new Tape(training: true, recording: true, Options.Threads) { Arena = _arena };
        var logits = Model.Forward(tape, new Variable(batch.Images));
        var loss = tape.SoftmaxCrossEntropy(logits, batch.Labels);
        int correct = CountCorrect(logits.Data, batch.Labels, Model.Classes);
        Optimizer.ZeroGrad();
        tape.Backward(loss);
        if (Options.ClipNorm > 0)
            GradientClipping.ClipGlobalNorm(Model.Parameters, Options.ClipNorm);
        Optimizer.Step();
        return (loss.Data[0], correct);
    }

    /// <summary>Trains one epoch of <paramref name="loader"/>, reporting after every step.</summary>
    public EpochResult TrainEpoch(DataLoader loader, int epoch, Action<StepProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(loader);
        var clock = Stopwatch.StartNew();
        double lossSum = 0;
        long seen = 0, correct = 0;
        int step = 0;
        foreach (var batch in loader.Epoch(epoch))
        {
            var (loss, right) = Step(batch);
            lossSum += (double)loss * batch.Count;
            seen += batch.Count;
            correct += right;
            step++;
            progress?.Invoke(new StepProgress(epoch, step, loader.BatchCount, (float)(lossSum / seen), (float)correct / seen,
                seen / clock.Elapsed.TotalSeconds, Optimizer.LearningRate));
        }
        double seconds = clock.Elapsed.TotalSeconds;
        return new EpochResult(epoch, (float)(lossSum / Math.Max(seen, 1)), (float)correct / Math.Max(seen, 1), seconds, seen / seconds);
    }

    /// <summary>Top-1 accuracy of <paramref name="model"/> in eval mode over <paramref name="dataset"/>.</summary>
    public static float Evaluate(Model model, ImageDataset dataset, DataOptions normalization, int batchSize = 256, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dataset);
        var loader = new DataLoader(dataset, batchSize, normalization with { CropPadding = 0, HorizontalFlip = false }, shuffle: false, seed: 0);
        long correct = 0;
        foreach (var batch in loader.Epoch(0))
        {
            var predicted = model.Predict(batch.Images, threads);
            for (int i = 0; i < batch.Count; i++)
                if (predicted[i] == batch.Labels[i]) correct++;
        }
        return dataset.Count == 0 ? 0f : (float)correct / dataset.Count;
    }

    private static int CountCorrect(ReadOnlySpan<float> logits, int[] labels, int classes)
    {
        int correct = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            var row = logits.Slice(i * classes, classes);
            int best = 0;
            for (int j = 1; j < classes; j++)
                if (row[j] > row[best]) best = j;
            if (best == labels[i]) correct++;
        }
        return correct;
    }
}
