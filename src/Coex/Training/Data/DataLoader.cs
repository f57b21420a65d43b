using Coex.Tensors;

namespace Coex.Training.Data;

/// <summary>One mini-batch: normalized images [Count, C, H, W] and their labels.</summary>
public sealed record Batch(Tensor Images, int[] Labels)
{
    public int Count => Labels.Length;
}

/// <summary>Per-pixel normalization and augmentation applied as a batch is assembled.</summary>
public sealed record DataOptions
{
    /// <summary>Pixels are scaled to [0, 1], then <c>(v − Mean) / Std</c>.</summary>
    public float Mean { get; init; }
    public float Std { get; init; } = 1f;
    /// <summary>Random crop: pad each side with <see cref="CropPadding"/> zeros (the normalized value of pixel 0) and crop back to size at a random offset. 0 disables it.</summary>
    public int CropPadding { get; init; }
    /// <summary>Mirror each image left-right with probability 1/2.</summary>
    public bool HorizontalFlip { get; init; }
}

/// <summary>
/// Yields mini-batches from an <see cref="ImageDataset"/>: a seeded shuffle per epoch, normalization and optional
/// augmentation. Epoch e of a loader with seed s always yields the same batches.
/// </summary>
public sealed class DataLoader
{
    public DataLoader(ImageDataset dataset, int batchSize, DataOptions options, bool shuffle, int seed, bool dropLast = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (!(options.Std > 0) || !float.IsFinite(options.Mean))
            throw new ArgumentException($"Normalization needs a finite mean and a positive std; got mean {options.Mean}, std {options.Std}.", nameof(options));
        if (options.CropPadding < 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.CropPadding, "Crop padding must be non-negative.");
        Dataset = dataset;
        BatchSize = batchSize;
        Options = options;
        Shuffle = shuffle;
        Seed = seed;
        DropLast = dropLast;
    }

    public ImageDataset Dataset { get; }
    public int BatchSize { get; }
    public DataOptions Options { get; }
    public bool Shuffle { get; }
    public int Seed { get; }
    public bool DropLast { get; }

    /// <summary>Batches per epoch.</summary>
    public int BatchCount => DropLast ? Dataset.Count / BatchSize : (Dataset.Count + BatchSize - 1) / BatchSize;

    /// <summary>The batches of epoch <paramref name="epoch"/>.</summary>
    public IEnumerable<Batch> Epoch(int epoch)
    {
        var order = Enumerable.Range(0, Dataset.Count).ToArray();
        // One generator per epoch, derived from (seed, epoch): an epoch can be replayed without replaying the ones before it.
        // The mix is fixed arithmetic (HashCode is randomized per process and would break cross-run determinism).
        var rng = new Random(EpochSeed(Seed, epoch));
        if (Shuffle)
            rng.Shuffle(order);
        for (int b = 0; b < BatchCount; b++)
        {
            int start = b * BatchSize, count = Math.Min(BatchSize, order.Length - start);
            yield return Assemble(order.AsSpan(start, count), rng);
        }
    }

    /// <summary>A SplitMix64-style mix of (seed, epoch) into a non-negative generator seed.</summary>
    internal static int EpochSeed(int seed, int epoch)
    {
        ulong z = unchecked((ulong)(uint)seed << 32 | (uint)epoch) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private Batch Assemble(ReadOnlySpan<int> indices, Random rng)
    {
        var ds = Dataset;
        int c = ds.Channels, h = ds.Height, w = ds.Width, size = ds.ImageSize;
        var images = Tensor.Zeros(DType.F32, indices.Length, c, h, w);
        var dst = images.AsSpan<float>();
        var labels = new int[indices.Length];
        float scale = 1f / (255f * Options.Std), offset = -Options.Mean / Options.Std;
        int pad = Options.CropPadding;
        for (int i = 0; i < indices.Length; i++)
        {
            var src = ds.Image(indices[i]);
            var image = dst.Slice(i * size, size);
            labels[i] = ds.Label(indices[i]);
            // Augmentation draws come from the epoch's generator after the shuffle, so an epoch is reproducible as a whole.
            int dy = pad > 0 ? rng.Next(2 * pad + 1) - pad : 0;
            int dx = pad > 0 ? rng.Next(2 * pad + 1) - pad : 0;
            bool flip = Options.HorizontalFlip && rng.Next(2) == 1;
            for (int ch = 0; ch < c; ch++)
                for (int y = 0; y < h; y++)
                {
                    int sy = y + dy;
                    for (int x = 0; x < w; x++)
                    {
                        int sx = (flip ? w - 1 - x : x) + dx;
                        byte v = (uint)sy < (uint)h && (uint)sx < (uint)w ? src[(ch * h + sy) * w + sx] : (byte)0;
                        image[(ch * h + y) * w + x] = v * scale + offset;
                    }
                }
        }
        return new Batch(images, labels);
    }
}
