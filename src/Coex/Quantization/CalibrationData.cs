using Coex.Tensors;
using Coex.Training.Data;

namespace Coex.Quantization;

/// <summary>Labelled batches a model is calibrated or evaluated on: the input tensor and, when known, the class of each row.</summary>
public sealed record LabelledBatch(Tensor Input, int[]? Labels);

/// <summary>A source of model inputs for calibration and evaluation. Enumerating it again replays the same batches.</summary>
public interface ICalibrationDataReader
{
    /// <summary>A short description for reports ("fashion-mnist test, 2000 images").</summary>
    string Description { get; }

    /// <summary>The batches, in a fixed order.</summary>
    IEnumerable<LabelledBatch> Batches();
}

/// <summary>
/// Any <see cref="ImageDataset"/> the trainer can load, normalized as the trainer does (<c>(pixel/255 − mean) / std</c>),
/// in order (no shuffling), as [N, C, H, W] batches with labels.
/// </summary>
public sealed class ImageDatasetReader : ICalibrationDataReader
{
    private readonly ImageDataset _data;
    private readonly DataOptions _normalization;
    private readonly int _batchSize;

    public ImageDatasetReader(ImageDataset data, DataOptions normalization, int batchSize = 64, string description = "images")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(normalization);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _data = data;
        _normalization = normalization with { CropPadding = 0, HorizontalFlip = false };
        _batchSize = batchSize;
        Description = $"{description}, {data.Count} images";
    }

    public string Description { get; }

    public int Count => _data.Count;

    public IEnumerable<LabelledBatch> Batches()
    {
        var loader = new DataLoader(_data, _batchSize, _normalization, shuffle: false, seed: 0);
        foreach (var b in loader.Epoch(0))
            yield return new LabelledBatch(b.Images, b.Labels);
    }

    /// <summary>
    /// The first <paramref name="count"/> (0: all) images of the Fashion-MNIST <paramref name="split"/> ("train" or "test") in
    /// <paramref name="directory"/>, normalized with the training set's pixel mean and std (the trainer's normalization).
    /// </summary>
    public static ImageDatasetReader FashionMnist(string split, int count, int batchSize = 64, string? directory = null, DataOptions? normalization = null)
    {
        var data = split switch
        {
            "train" => Training.Data.FashionMnist.LoadTrain(directory),
            "test" => Training.Data.FashionMnist.LoadTest(directory),
            _ => throw new ArgumentException($"Unknown Fashion-MNIST split '{split}'; use train or test.", nameof(split)),
        };
        normalization ??= FashionMnistNormalization(directory);
        if (count > 0 && count < data.Count)
            data = data.Take(count);
        return new ImageDatasetReader(data, normalization, batchSize, $"fashion-mnist {split}");
    }

    /// <summary>The normalization <c>coex train</c> applies: the pixel mean and std of the training images.</summary>
    public static DataOptions FashionMnistNormalization(string? directory = null)
    {
        var (mean, std) = Training.Data.FashionMnist.LoadTrain(directory).PixelStatistics();
        return new DataOptions { Mean = mean, Std = std };
    }
}

/// <summary>
/// Batches cut from one .npy array along its first axis (F32, any rank ≥ 1), optionally with an int label array of the same
/// length; used as the model's input as is.
/// </summary>
public sealed class NpyReader : ICalibrationDataReader
{
    private readonly Tensor _data;
    private readonly int[]? _labels;
    private readonly int _batchSize;

    public NpyReader(string path, int batchSize = 64, string? labelsPath = null)
        : this(Npy.Load(path), labelsPath is null ? null : LoadLabels(labelsPath), batchSize, Path.GetFileName(path)) { }

    public NpyReader(Tensor data, int[]? labels, int batchSize = 64, string name = "array")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (data.DType != DType.F32 || data.Rank < 1 || data.Shape[0] == 0)
            throw new ArgumentException($"Calibration data must be a non-empty F32 array with a batch axis, got {data}.", nameof(data));
        if (labels is not null && labels.Length != data.Shape[0])
            throw new ArgumentException($"{labels.Length} labels for {data.Shape[0]} samples.", nameof(labels));
        _data = data;
        _labels = labels;
        _batchSize = batchSize;
        Description = $"{name}, {data.Shape[0]} samples";
    }

    public string Description { get; }

    public IEnumerable<LabelledBatch> Batches()
    {
        int n = _data.Shape[0], row = (int)(_data.Length / n);
        var all = _data.AsSpan<float>().ToArray();
        for (int start = 0; start < n; start += _batchSize)
        {
            int count = Math.Min(_batchSize, n - start);
            int[] shape = [count, .. _data.Shape[1..]];
            var t = Tensor.FromSpan<float>(all.AsSpan(start * row, count * row), shape);
            yield return new LabelledBatch(t, _labels?[start..(start + count)]);
        }
    }

    private static int[] LoadLabels(string path)
    {
        var t = Npy.Load(path);
        return t.DType switch
        {
            DType.I64 => [.. t.AsSpan<long>().ToArray().Select(v => (int)v)],
            DType.I32 => t.AsSpan<int>().ToArray(),
            DType.U8 => [.. t.AsSpan<byte>().ToArray().Select(v => (int)v)],
            _ => throw new ArgumentException($"Labels in '{path}' must be an integer array, got {t.DType}."),
        };
    }
}
