namespace Coex.Training.Data;

/// <summary>
/// Labelled single-size images stored as bytes (0–255), channel-major per image ([Count, Channels, Height, Width]).
/// </summary>
public sealed class ImageDataset
{
    private readonly byte[] _pixels;
    private readonly int[] _labels;

    /// <summary>Wraps <paramref name="pixels"/> (Count·Channels·Height·Width bytes) and one label in [0, classes) per image.</summary>
    public ImageDataset(byte[] pixels, int[] labels, int channels, int height, int width, int classes)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        if (channels <= 0 || height <= 0 || width <= 0 || classes <= 0)
            throw new ArgumentException($"Image shape {channels}×{height}×{width} and class count {classes} must be positive.");
        long imageSize = (long)channels * height * width;
        if (pixels.Length != labels.Length * imageSize)
            throw new ArgumentException($"{labels.Length} labels need {labels.Length * imageSize} pixel bytes of {channels}×{height}×{width} images; got {pixels.Length}.", nameof(pixels));
        for (int i = 0; i < labels.Length; i++)
            if ((uint)labels[i] >= (uint)classes)
                throw new ArgumentException($"Label {i} is {labels[i]}, outside [0, {classes}).", nameof(labels));
        _pixels = pixels;
        _labels = labels;
        Channels = channels;
        Height = height;
        Width = width;
        Classes = classes;
    }

    public int Count => _labels.Length;
    public int Channels { get; }
    public int Height { get; }
    public int Width { get; }
    public int Classes { get; }
    /// <summary>Bytes of one image: Channels·Height·Width.</summary>
    public int ImageSize => Channels * Height * Width;

    /// <summary>The bytes of image <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Image(int index) => _pixels.AsSpan(index * ImageSize, ImageSize);

    public int Label(int index) => _labels[index];

    /// <summary>A dataset holding copies of the images at <paramref name="indices"/>, in that order.</summary>
    public ImageDataset Subset(ReadOnlySpan<int> indices)
    {
        var pixels = new byte[indices.Length * ImageSize];
        var labels = new int[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(indices), indices[i], $"Index {i} is {indices[i]}, outside [0, {Count}).");
            Image(indices[i]).CopyTo(pixels.AsSpan(i * ImageSize));
            labels[i] = _labels[indices[i]];
        }
        return new ImageDataset(pixels, labels, Channels, Height, Width, Classes);
    }

    /// <summary>The first <paramref name="count"/> images (or all, if fewer).</summary>
    public ImageDataset Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Subset(Enumerable.Range(0, Math.Min(count, Count)).ToArray());
    }

    /// <summary>
    /// Splits off a held-out validation set of <paramref name="validationCount"/> images chosen by a seeded shuffle;
    /// the rest (in original order) is the training set.
    /// </summary>
    public (ImageDataset Train, ImageDataset Validation) Split(int validationCount, int seed)
    {
        if (validationCount < 0 || validationCount >= Count)
            throw new ArgumentOutOfRangeException(nameof(validationCount), validationCount, $"Validation size must be in [0, {Count}).");
        var order = Enumerable.Range(0, Count).ToArray();
        new Random(seed).Shuffle(order);
        var validation = order[..validationCount];
        var train = order[validationCount..];
        Array.Sort(validation);
        Array.Sort(train);
        return (Subset(train), Subset(validation));
    }

    /// <summary>Mean and standard deviation of all pixel values scaled to [0, 1], computed in double.</summary>
    public (float Mean, float Std) PixelStatistics()
    {
        double sum = 0, sumSq = 0;
        foreach (byte b in _pixels)
        {
            double v = b / 255.0;
            sum += v;
            sumSq += v * v;
        }
        double n = Math.Max(1, _pixels.Length);
        double mean = sum / n;
        return ((float)mean, (float)Math.Sqrt(Math.Max(sumSq / n - mean * mean, 1e-12)));
    }
}
