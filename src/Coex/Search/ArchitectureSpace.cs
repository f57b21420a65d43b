using Coex.Training;
using Coex.Training.Layers;

namespace Coex.Search;

/// <summary>
/// A family of networks as a <see cref="SearchSpace"/>: decodes a point into a trainable <see cref="Model"/> and
/// says which stage each layer belongs to (quantization bits are chosen per stage).
/// </summary>
public abstract class ArchitectureSpace
{
    public abstract SearchSpace Space { get; }

    /// <summary>Stages the network is divided into for per-stage bit widths.</summary>
    public abstract int Stages { get; }

    /// <summary>The network at <paramref name="point"/> for [C, H, W] images; weights initialized from <paramref name="seed"/>.</summary>
    public abstract Model Build(int[] point, int[] inputShape, int classes, int seed);

    /// <summary>The stage of a layer, by the node name <see cref="ModelExport"/> gives it.</summary>
    public abstract int StageOf(int[] point, string layerName);

    /// <summary>The space by name: "lenet" or "mobilenet".</summary>
    public static ArchitectureSpace Create(string name) => name switch
    {
        "lenet" => new LeNetSpace(),
        "mobilenet" => new MobileNetSpace(),
        _ => throw new ArgumentException($"Unknown model space '{name}'; use lenet or mobilenet.", nameof(name)),
    };
}

/// <summary>
/// LeNet-style CNN space: <see cref="Layers"/> convolution layers, each a kernel (1/3/5/7, padded to keep the map
/// size) and a filter count (24/36/48/64), with BatchNorm and ReLU; 2×2 max pooling after every layer but the last;
/// then flatten and one linear classifier. Each convolution is one stage; the classifier joins the last.
/// </summary>
public sealed class LeNetSpace : ArchitectureSpace
{
    public static readonly int[] Kernels = [1, 3, 5, 7];
    public static readonly int[] Filters = [24, 36, 48, 64];

    public LeNetSpace(int layers = 3)
    {
        if (layers is < 1 or > 3)
            throw new ArgumentOutOfRangeException(nameof(layers), layers, "The LeNet-style space has 1 to 3 convolution layers (28×28 inputs pool twice).");
        Layers = layers;
        var dims = new List<Dimension>();
        for (int i = 0; i < layers; i++)
        {
            dims.Add(new Dimension($"conv{i}.kernel", Kernels));
            dims.Add(new Dimension($"conv{i}.filters", Filters));
        }
        Space = new SearchSpace("lenet", dims);
    }

    public int Layers { get; }
    public override SearchSpace Space { get; }
    public override int Stages => Layers;

    public override Model Build(int[] point, int[] inputShape, int classes, int seed)
    {
        Space.Check(point);
        ArgumentNullException.ThrowIfNull(inputShape);
        if (inputShape.Length != 3)
            throw new ArgumentException($"LeNet-style networks take [C, H, W] images; got [{string.Join(", ", inputShape)}].", nameof(inputShape));
        var rng = new Random(seed);
        var modules = new List<Module>();
        int channels = inputShape[0], h = inputShape[1], w = inputShape[2];
        var parts = new List<string>();
        for (int i = 0; i < Layers; i++)
        {
            int k = Kernels[point[2 * i]], f = Filters[point[2 * i + 1]];
            modules.AddRange([new Conv2d($"conv{i}", channels, f, k, rng, padding: k / 2, bias: false), new BatchNorm2d($"bn{i}", f), new Relu()]);
            if (i < Layers - 1)
            {
                modules.Add(new MaxPool2d(2, 2));
                h /= 2; w /= 2;
            }
            channels = f;
            parts.Add($"k{k}f{f}");
        }
        if (h <= 0 || w <= 0)
            throw new ArgumentException($"Images of {inputShape[1]}×{inputShape[2]} are too small for {Layers} layers.", nameof(inputShape));
        modules.AddRange([new Flatten(), new Linear("fc", channels * h * w, classes, rng)]);
        return new Model("lenet-space", $"cnn {string.Join("-", parts)}", new Sequential([.. modules]), inputShape, classes);
    }

    public override int StageOf(int[] point, string layerName) =>
        layerName.StartsWith("conv", StringComparison.Ordinal) && int.TryParse(layerName.AsSpan(4), out int i) && i < Layers ? i : Layers - 1;
}

/// <summary>
/// MobileNet family space over <see cref="ModelZoo.MobileNet"/>: per stage of <see cref="MobileNetOptions.Small"/>
/// the block type (MBConv or fused-MBConv), kernel 3/5/7, expansion 1/3/6 and depth 1–3, plus one width multiplier
/// (0.5/0.75/1.0). The stem joins stage 0, the head and classifier the last stage.
/// </summary>
public sealed class MobileNetSpace : ArchitectureSpace
{
    private static readonly IReadOnlyList<MobileNetStage> Base = MobileNetOptions.Small.Stages;

    public MobileNetSpace()
    {
        var dims = new List<Dimension>();
        for (int s = 0; s < Base.Count; s++)
        {
            dims.Add(new Dimension($"stage{s}.block", [0, 1], ["MBConv", "Fused"]));
            dims.Add(new Dimension($"stage{s}.kernel", [3, 5, 7]));
            dims.Add(new Dimension($"stage{s}.expansion", [1, 3, 6]));
            dims.Add(new Dimension($"stage{s}.depth", [1, 2, 3]));
        }
        dims.Add(new Dimension("width", [50, 75, 100], ["0.5", "0.75", "1.0"]));
        Space = new SearchSpace("mobilenet", dims);
    }

    public override SearchSpace Space { get; }
    public override int Stages => Base.Count;

    /// <summary>The zoo options at <paramref name="point"/>.</summary>
    public MobileNetOptions Options(int[] point)
    {
        Space.Check(point);
        var stages = new MobileNetStage[Base.Count];
        for (int s = 0; s < stages.Length; s++)
            stages[s] = Base[s] with
            {
                Fused = Space.Value(point, $"stage{s}.block") == 1,
                Kernel = Space.Value(point, $"stage{s}.kernel"),
                Expansion = Space.Value(point, $"stage{s}.expansion"),
                Repeats = Space.Value(point, $"stage{s}.depth"),
            };
        return MobileNetOptions.Small with { Stages = stages, Width = Space.Value(point, "width") / 100f };
    }

    public override Model Build(int[] point, int[] inputShape, int classes, int seed) =>
        ModelZoo.MobileNet(inputShape, classes, seed, Options(point));

    /// <summary>Block index → stage, for the depths at <paramref name="point"/>.</summary>
    public int[] BlockStages(int[] point)
    {
        var options = Options(point);
        return options.Stages.SelectMany((s, i) => Enumerable.Repeat(i, s.Repeats)).ToArray();
    }

    public override int StageOf(int[] point, string layerName)
    {
        if (layerName.StartsWith("stem", StringComparison.Ordinal))
            return 0;
        if (layerName.StartsWith("blocks.", StringComparison.Ordinal))
        {
            int end = layerName.IndexOf('.', 7);
            if (int.TryParse(end < 0 ? layerName.AsSpan(7) : layerName.AsSpan(7, end - 7), out int block))
            {
                var stages = BlockStages(point);
                if (block < stages.Length)
                    return stages[block];
            }
        }
        return Stages - 1;
    }
}
