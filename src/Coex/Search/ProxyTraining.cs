using System.Diagnostics;
using Coex.Hardware;
using Coex.Quantization;
using Coex.Training;
using Coex.Training.Data;

namespace Coex.Search;

/// <summary>
/// The fixed budget of a proxy training: the first <see cref="TrainImages"/> Fashion-MNIST training images for
/// <see cref="Epochs"/> epochs, accuracy on the next <see cref="ValidationImages"/> training images (held out; the
/// test split is never used for selection, only to re-score a finished search's fronts, <see cref="ScoreOnTestSet"/>).
/// </summary>
public sealed record ProxyTrainingOptions
{
    public int TrainImages { get; init; } = 2048;
    public int ValidationImages { get; init; } = 1000;
    public int Epochs { get; init; } = 1;
    public int BatchSize { get; init; } = 32;
    /// <summary>0.01: at 0.05 (and 0.02) the networks with 7×7 kernels and 64 filters diverged within the first epoch
    /// (training loss above chance), so the proxy ranked the largest networks of the space below the smallest.</summary>
    public float LearningRate { get; init; } = 0.01f;
    /// <summary>Kernel threads; 0 = every core.</summary>
    public int Threads { get; init; }
    /// <summary>Seed of weight initialization and shuffling: the same architecture always trains to the same weights.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Fashion-MNIST directory; null = the Debian package's.</summary>
    public string? DataDirectory { get; init; }
    /// <summary>Score on the first <see cref="ValidationImages"/> of the 10,000 test images instead of held-out
    /// training images: for <see cref="FrontRescoring"/> after a search, never for selection.</summary>
    public bool ScoreOnTestSet { get; init; }

    public void Validate()
    {
        if (TrainImages <= 0 || ValidationImages <= 0 || Epochs <= 0 || BatchSize <= 0)
            throw new ArgumentException($"Proxy training needs positive image counts, epochs and batch size; got {TrainImages} train, {ValidationImages} validation, {Epochs} epochs, batch {BatchSize}.");
        if (!(LearningRate > 0) || !float.IsFinite(LearningRate))
            throw new ArgumentException($"The proxy training's learning rate must be positive and finite; got {LearningRate}.");
        if (ScoreOnTestSet ? TrainImages > 60000 || ValidationImages > 10000 : TrainImages + ValidationImages > 60000)
            throw new ArgumentException(ScoreOnTestSet
                ? $"Fashion-MNIST has 60000 training and 10000 test images; {TrainImages} and {ValidationImages} requested."
                : $"Fashion-MNIST has 60000 training images; {TrainImages} + {ValidationImages} requested.");
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
/// Short proxy training on Fashion-MNIST (<see cref="ProxyTrainingOptions"/>), then accuracy with the weights and the
/// activations fake-quantized to the design's bits (<see cref="QuantizedModel"/>). Trained models are kept (by
/// architecture) so other bit widths reuse them.
/// </summary>
public sealed class ProxyTrainer : IAccuracyEvaluator
{
    /// <summary>Training images the activation ranges are calibrated on (the first of the training images).</summary>
    public const int CalibrationImages = 256;

    private readonly ImageDataset _train, _validation;
    private readonly DataOptions _normalization;
    private readonly ImageDatasetReader _calibration;
    private readonly IReadOnlyList<LabelledBatch> _validationBatches;
    private readonly Dictionary<string, (QuantizedModel Model, double Fp32, double Seconds)> _trained = [];

    public ProxyTrainer(ProxyTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        var all = FashionMnist.LoadTrain(options.DataDirectory);
        _train = all.Take(options.TrainImages);
        _validation = options.ScoreOnTestSet ? FashionMnist.LoadTest(options.DataDirectory).Take(options.ValidationImages)
            : all.Subset(Enumerable.Range(options.TrainImages, options.ValidationImages).ToArray());
        var (mean, std) = _train.PixelStatistics();
        _normalization = new DataOptions { Mean = mean, Std = std };
        _calibration = new ImageDatasetReader(_train.Take(CalibrationImages), _normalization, description: "calibration");
        _validationBatches = new ImageDatasetReader(_validation, _normalization, batchSize: 250, description: "validation").Batches().ToList();
    }

    public ProxyTrainingOptions Options { get; }

    /// <summary>Reports each training step (step, steps) of the training in flight.</summary>
    public Action<int, int>? StepProgress { get; set; }

    /// <summary>The architecture trained (once; later calls return the same model) and ready to evaluate at any bits.</summary>
    public QuantizedModel Train(ArchitectureSpace space, int[] arch, CancellationToken cancel = default) => Trained(space, arch, cancel).Model;

    private (QuantizedModel Model, double Fp32, double Seconds) Trained(ArchitectureSpace space, int[] arch, CancellationToken cancel)
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
            var quantized = new QuantizedModel(model, _calibration, _validationBatches, Options.Threads);
            trained = (quantized, fp32, clock.Elapsed.TotalSeconds);
            _trained[key] = trained;
        }
        return trained;
    }

    public AccuracyResult Evaluate(ArchitectureSpace space, int[] arch, int[] weightBits, int[] activationBits, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(weightBits);
        ArgumentNullException.ThrowIfNull(activationBits);
        var trained = Trained(space, arch, cancel);
        double accuracy = trained.Model.Accuracy(layer =>
        {
            int stage = space.StageOf(arch, layer);
            return new BitWidths(weightBits[stage], activationBits[stage]);
        });
        return new AccuracyResult(accuracy, trained.Fp32, trained.Seconds);
    }
}
