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

    public Option<string> Data { get; } = new("--data") { Description = $"'{FashionMnistName}' (the test set; '{FashionMnistName}-train' for the training set), normalized as coex train does, or a float32 .npy file [N, ...] of model inputs.", DefaultValueFactory = _ => FashionMnistName };
    public Option<string?> Labels { get; } = new("--labels") { Description = "With an .npy --data: an .npy file of N integer class labels." };
    public Option<int> Samples { get; } = new("--samples") { Description = "Samples to use (0 = all).", DefaultValueFactory = _ => 1000 };
    public Option<int> Batch { get; } = new("--batch") { Description = "Batch size.", DefaultValueFactory = _ => 100 };
    public Option<int> Threads { get; } = new("--threads") { Description = "Kernel threads (0 = all cores).", DefaultValueFactory = _ => 0 };
    public Option<string> FashionDirectory { get; } = new("--fashion-dir") { Description = "Directory of the Fashion-MNIST .gz files.", DefaultValueFactory = _ => FashionMnist.DefaultDirectory };

    /// <summary>Piped output would wrap the per-layer tables at Spectre's default 80 columns; widen it, as <c>estimate</c> does.</summary>
    public static void WidenWhenPiped()
    {
        const int PipedWidth = 150;
        if (Console.IsOutputRedirected && Spectre.Console.AnsiConsole.Profile.Width < PipedWidth)
            Spectre.Console.AnsiConsole.Profile.Width = PipedWidth;
    }

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Data, Labels, Samples, Batch, Threads, FashionDirectory })
            command.Options.Add(o);
    }

    /// <summary>The batches the options describe (or <paramref name="data"/> and <paramref name="samples"/> instead of --data and --samples), loaded into memory.</summary>
    /// <param name="labels">Read --labels for an .npy file (off for calibration data, which needs none).</param>
    public IReadOnlyList<LabelledBatch> Load(ParseResult parse, string? data = null, int? samples = null, bool labels = true)
    {
        data ??= parse.GetValue(Data)!;
        int limit = samples ?? parse.GetValue(Samples), batch = parse.GetValue(Batch);
        if (limit < 0 || batch <= 0)
            throw new ArgumentException($"--samples must be non-negative and --batch positive; got {limit} and {batch}.");
        string dir = parse.GetValue(FashionDirectory)!;
        ICalibrationDataReader reader = data.ToLowerInvariant() switch
        {
            FashionMnistName or FashionMnistName + "-test" => ImageDatasetReader.FashionMnist("test", limit, batch, dir),
            FashionMnistName + "-train" => ImageDatasetReader.FashionMnist("train", limit, batch, dir),
            _ when File.Exists(data) => new NpyReader(data, batch, labels ? parse.GetValue(Labels) : null),
            _ => throw new FileNotFoundException($"Data file '{data}' does not exist (use '{FashionMnistName}', '{FashionMnistName}-train' or an .npy file).", data),
        };
        var batches = new List<LabelledBatch>();
        int n = 0;
        foreach (var b in reader.Batches())
        {
            int rows = b.Input.Shape[0];
            if (limit > 0 && n >= limit)
                break;
            if (limit > 0 && n + rows > limit)
            {
                int keep = limit - n, row = (int)(b.Input.Length / rows);
                var input = Tensor.FromSpan<float>(b.Input.AsSpan<float>()[..(keep * row)], [keep, .. b.Input.Shape[1..].ToArray()]);
                batches.Add(new LabelledBatch(input, b.Labels?[..keep]));
                break;
            }
            batches.Add(b);
            n += rows;
        }
        if (batches.Count == 0)
            throw new ArgumentException($"'{data}' holds no samples.");
        return batches;
    }
}
