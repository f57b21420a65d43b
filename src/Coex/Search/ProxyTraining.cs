using System.Diagnostics;
using Coex.Quantization;
using Coex.Training;
using Coex.Training.Data;

namespace Coex.Search;

/// <summary>
/// The fixed budget of a proxy training: the first <see cref="TrainImages"/> Fashion-MNIST training images for
/// <see cref="Epochs"/> epochs, accuracy on the next <see cref="ValidationImages"/> training images (held out; the
/// test split is never used for selection).
/// </summary>
public sealed record ProxyTrainingOptions
{
    public int TrainImages { get; init; } = 2048;
    public int ValidationImages { get; init; } = 1000;
    public int Epochs { get; init; } = 1;
    public int BatchSize { get; init; } = 32;
    public float LearningRate { get; init; } = 0.05f;
    /// <summary>Kernel threads; 0 = every core.</summary>
    public int Threads { get; init; }
    /// <summary>Seed of weight initialization and shuffling: the same architecture always trains to the same weights.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Fashion-MNIST directory; null = the Debian package's.</summary>
    public string? DataDirectory { get; init; }

    public void Validate()
    {
        if (TrainImages <= 0 || ValidationImages <= 0 || Epochs <= 0 || BatchSize <= 0)
            throw new ArgumentException($"Proxy training needs positive image counts, epochs and batch size; got {TrainImages} train, {ValidationImages} validation, {Epochs} epochs, batch {BatchSize}.");
        if (TrainImages + ValidationImages > 60000)
            throw new ArgumentException($"Fashion-MNIST has 60000 training images; {TrainImages} + {ValidationImages} requested.");
    }
}

/// <summary>What <see cref="IAccuracyEvaluator"/> measured for one (architecture, bits) pair.</summary>
public sealed record AccuracyResult(double Accuracy, double Fp32Accuracy, double TrainSeconds);

/// <summary>Trains an architecture and measures its accuracy at given bit widths (the slow, expensive step).</summary>
public interface IAccuracyEvaluator
{
    /// <summary>Accuracy of <paramref name="arch"/> with per-stage weight/activation bits; throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancel"/> fires mid-training.</summary>
    AccuracyResult Evaluate(ArchitectureSpace space, int[] arch, int[] weightBits, int[] activationBits, CancellationToken cancel);
}

/// <summary>
/// Short proxy training on Fashion-MNIST (<see cref="ProxyTrainingOptions"/>), then accuracy after quantizing the
/// weights to the design's bits. Trained models are kept (by architecture) so other bit widths reuse them.
/// </summary>
public sealed class ProxyTrainer : IAccuracyEvaluator
{
    private readonly ImageDataset _train, _validation;
    private readonly DataOptions _normalization;
    private readonly Dictionary<string, (Model Model, double Fp32, double Seconds)> _trained = [];

    public ProxyTrainer(ProxyTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        var all = FashionMnist.LoadTrain(options.DataDirectory);
        _train = all.Take(options.TrainImages);
        _validation = all.Subset(Enumerable.Range(options.TrainImages, options.ValidationImages).ToArray());
        var (mean, std) = _train.PixelStatistics();
        _normalization = new DataOptions { Mean = mean, Std = std };
    }

    public ProxyTrainingOptions Options { get; }

    /// <summary>Reports each training step (step, steps) of the training in flight.</summary>
    public Action<int, int>? StepProgress { get; set; }

    public AccuracyResult Evaluate(ArchitectureSpace space, int[] arch, int[] weightBits, int[] activationBits, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(space);
        string key = SearchSpace.Key(arch);
        if (!_trained.TryGetValue(key, out var trained))
        {
            var clock = Stopwatch.StartNew();
            var model = space.Build(arch, [_train.Channels, _train.Height, _train.Width], _train.Classes, Options.Seed);
            var loader = new DataLoader(_train, Options.BatchSize, _normalization, shuffle: true, seed: Options.Seed);
            var trainer = new Trainer(model, new TrainOptions
            {
                Epochs = Options.Epochs, BatchSize = Options.BatchSize, LearningRate = Options.LearningRate,
                Seed = Options.Seed, Threads = Options.Threads,
            }, loader.BatchCount);
            int steps = Options.Epochs * loader.BatchCount, done = 0;
            for (int epoch = 0; epoch < Options.Epochs; epoch++)
                trainer.TrainEpoch(loader, epoch, _ =>
                {
                    cancel.ThrowIfCancellationRequested();
                    StepProgress?.Invoke(++done, steps);
                });
            double fp32 = Trainer.Evaluate(model, _validation, _normalization, threads: Options.Threads);
            trained = (model, fp32, clock.Elapsed.TotalSeconds);
            _trained[key] = trained;
        }
        double accuracy = WeightBitsAll(weightBits, 32)
            ? trained.Fp32
            : QuantizedAccuracy(trained.Model, name => weightBits[space.StageOf(arch, name)], activationBits, _validation, _normalization, Options.Threads);
        return new AccuracyResult(accuracy, trained.Fp32, trained.Seconds);
    }

    private static bool WeightBitsAll(int[] bits, int value) => bits.All(b => b >= value);

    /// <summary>
    /// Accuracy of a trained <paramref name="model"/> with every convolution and linear weight quantized per output
    /// channel, symmetric, to the bits of its layer (<paramref name="weightBitsOfLayer"/> by layer name), then
    /// dequantized; the model's weights are restored afterwards.
    /// </summary>
    /// <remarks>
    /// The one place the search turns bits into accuracy, on the quantization toolkit's <see cref="FakeQuant"/>.
    /// Per-stage weight widths need the trained model's parameters, so this does not go through
    /// <c>BitWidthEvaluation.Accuracy</c>, which takes one width pair for a whole graph. Activation bits are not
    /// simulated here: they change the hardware cost only.
    /// </remarks>
    public static double QuantizedAccuracy(Model model, Func<string, int> weightBitsOfLayer, int[] activationBits,
        ImageDataset data, DataOptions normalization, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(weightBitsOfLayer);
        _ = activationBits;
        var saved = new List<(Parameter Parameter, float[] Values)>();
        try
        {
            foreach (var p in model.Parameters)
            {
                if (p.Value.Rank < 2 || !p.Name.EndsWith(".weight", StringComparison.Ordinal))
                    continue;
                var values = p.Value.AsSpan<float>();
                saved.Add((p, values.ToArray()));
                FakeQuant.Symmetric(p.Value, weightBitsOfLayer(p.Name[..^".weight".Length]), axis: 0).AsSpan<float>().CopyTo(values);
            }
            return Trainer.Evaluate(model, data, normalization, threads: threads);
        }
        finally
        {
            foreach (var (p, values) in saved)
                values.CopyTo(p.Value.AsSpan<float>());
        }
    }
}
