using System.CommandLine;
using Coex.Quantization;
using Coex.Tensors;
using Coex.Training.Data;

namespace Coex.Cli;

/// <summary>
/// The data options shared by <c>quant-debug</c>, <c>monitor</c> and <c>release-gate</c>: Fashion-MNIST (normalized as
/// <c>coex train</c> does) or a float32 .npy array, cut into batches.
/// </summary>
internal sealed class QuantToolData
{
    public const string FashionMnistName = "fashion-mnist";

    public Option<string> Data { get; } = new("--data") { Description = $"'{FashionMnistName}' (the test set) or a float32 .npy file [N, ...] of model inputs.", DefaultValueFactory = _ => FashionMnistName };
    public Option<string?> Labels { get; } = new("--labels") { Description = "With an .npy --data: an .npy file of N integer class labels." };
    public Option<int> Samples { get; } = new("--samples") { Description = "Samples to use (0 = all).", DefaultValueFactory = _ => 1000 };
    public Option<int> Batch { get; } = new("--batch") { Description = "Batch size.", DefaultValueFactory = _ => 100 };
    public Option<int> Threads { get; } = new("--threads") { Description = "Kernel threads (0 = all cores).", DefaultValueFactory = _ => 0 };
    public Option<string> FashionDirectory { get; } = new("--fashion-dir") { Description = "Directory of the Fashion-MNIST .gz files.", DefaultValueFactory = _ => FashionMnist.DefaultDirectory };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Data, Labels, Samples, Batch, Threads, FashionDirectory })
            command.Options.Add(o);
    }

    /// <summary>The batches the options describe, loaded into memory.</summary>
    public IReadOnlyList<LabeledBatch> Load(ParseResult parse, string? data = null, int? skip = null)
    {
        data ??= parse.GetValue(Data)!;
        int samples = parse.GetValue(Samples), batch = parse.GetValue(Batch);
        if (samples < 0 || batch <= 0)
            throw new ArgumentException($"--samples must be non-negative and --batch positive; got {samples} and {batch}.");
        if (data.Equals(FashionMnistName, StringComparison.OrdinalIgnoreCase) || data.Equals(FashionMnistName + "-train", StringComparison.OrdinalIgnoreCase))
        {
            string dir = parse.GetValue(FashionDirectory)!;
            var set = data.EndsWith("-train", StringComparison.OrdinalIgnoreCase) ? FashionMnist.LoadTrain(dir) : FashionMnist.LoadTest(dir);
            int first = Math.Min(skip ?? 0, set.Count);
            int count = samples == 0 ? set.Count - first : Math.Min(samples, set.Count - first);
            var subset = set.Subset(Enumerable.Range(first, count).ToArray());
            var loader = new DataLoader(subset, batch, FashionMnistNormalization(dir), shuffle: false, seed: 0);
            return [.. loader.Epoch(0).Select(b => new LabeledBatch(b.Images, b.Labels))];
        }
        if (!File.Exists(data))
            throw new FileNotFoundException($"Data file '{data}' does not exist (use '{FashionMnistName}' or an .npy file).", data);
        var x = Npy.Load(data);
        if (x.DType != DType.F32 || x.Rank < 1)
            throw new ArgumentException($"'{data}' must hold a float32 array [N, ...]; it holds {x}.");
        int[]? labels = null;
        if (parse.GetValue(Labels) is { } labelPath)
            labels = ReadLabels(labelPath, x.Shape[0]);
        int n = samples == 0 ? x.Shape[0] : Math.Min(samples, x.Shape[0]);
        int rowSize = (int)(x.Length / Math.Max(1, x.Shape[0]));
        var rows = x.Shape[1..].ToArray();
        var batches = new List<LabeledBatch>();
        for (int start = 0; start < n; start += batch)
        {
            int count = Math.Min(batch, n - start);
            var t = Tensor.FromSpan<float>(x.AsSpan<float>().Slice(start * rowSize, count * rowSize), [count, .. rows]);
            batches.Add(new LabeledBatch(t, labels?[start..(start + count)]));
        }
        return batches;
    }

    /// <summary>
    /// The normalization <c>coex train</c> applies (the ONNX model does not carry it): mean and standard deviation of the
    /// training pixels. Train computes them on its training split (the set minus 5000 held-out images); the full set's
    /// statistics agree to about 1e-4.
    /// </summary>
    public static DataOptions FashionMnistNormalization(string directory)
    {
        var (mean, std) = FashionMnist.LoadTrain(directory).PixelStatistics();
        return new DataOptions { Mean = mean, Std = std };
    }

    private static int[] ReadLabels(string path, int expected)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Labels file '{path}' does not exist.", path);
        var t = Npy.Load(path);
        if (t.Rank != 1 || t.Shape[0] != expected)
            throw new ArgumentException($"'{path}' must hold {expected} labels in one dimension; it holds {t}.");
        return t.DType switch
        {
            DType.I64 => [.. t.AsSpan<long>().ToArray().Select(v => checked((int)v))],
            DType.I32 => t.AsSpan<int>().ToArray(),
            DType.U8 => [.. t.AsSpan<byte>().ToArray().Select(v => (int)v)],
            _ => throw new ArgumentException($"'{path}' must hold integer labels; it holds {t.DType}."),
        };
    }
}
