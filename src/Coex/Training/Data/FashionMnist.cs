using Coex.Tensors;

namespace Coex.Training.Data;

/// <summary>
/// Fashion-MNIST (Zalando, 28×28 grey images, 10 classes; 60000 train, 10000 test) as installed by
/// Debian's <c>dataset-fashion-mnist</c> package.
/// </summary>
public static class FashionMnist
{
    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> installs the gzip IDX files.</summary>
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    public const int Classes = 10;

    /// <summary>Class names by label.</summary>
    public static readonly IReadOnlyList<string> ClassNames =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>True when the four files are present in <paramref name="directory"/>.</summary>
    public static bool IsAvailable(string? directory = null)
    {
        directory ??= DefaultDirectory;
        return new[] { "train", "t10k" }.All(s => File.Exists(ImagesPath(directory, s)) && File.Exists(LabelsPath(directory, s)));
    }

    /// <summary>The 60000-image training split.</summary>
    public static ImageDataset LoadTrain(string? directory = null) => Load("train", directory);

    /// <summary>The 10000-image test split.</summary>
    public static ImageDataset LoadTest(string? directory = null) => Load("t10k", directory);

    private static string ImagesPath(string directory, string split) => Path.Combine(directory, $"{split}-images-idx3-ubyte.gz");
    private static string LabelsPath(string directory, string split) => Path.Combine(directory, $"{split}-labels-idx1-ubyte.gz");

    private static ImageDataset Load(string split, string? directory)
    {
        directory ??= DefaultDirectory;
        string imagesPath = ImagesPath(directory, split), labelsPath = LabelsPath(directory, split);
        foreach (var path in new[] { imagesPath, labelsPath })
            if (!File.Exists(path))
                throw new FileNotFoundException(
                    $"Fashion-MNIST file '{path}' is missing. Install the data set with: sudo apt-get install dataset-fashion-mnist", path);
        var images = IdxReader.Read(imagesPath);
        var labels = IdxReader.Read(labelsPath);
        if (images.DType != DType.U8 || images.Rank != 3)
            throw new InvalidDataException($"'{imagesPath}' should hold u8 images [N, H, W]; it holds {images}.");
        if (labels.DType != DType.U8 || labels.Rank != 1 || labels.Shape[0] != images.Shape[0])
            throw new InvalidDataException($"'{labelsPath}' should hold {images.Shape[0]} u8 labels; it holds {labels}.");
        var labelValues = new int[labels.Shape[0]];
        var src = labels.AsSpan<byte>();
        for (int i = 0; i < labelValues.Length; i++)
            labelValues[i] = src[i];
        return new ImageDataset(images.AsSpan<byte>().ToArray(), labelValues, 1, images.Shape[1], images.Shape[2], Classes);
    }
}
