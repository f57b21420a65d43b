using Coex.Training.Layers;

namespace Coex.Training;

/// <summary>Widths of the <see cref="ModelZoo.LeNet"/> family.</summary>
public sealed record LeNetOptions
{
    /// <summary>Filters of the first 5×5 convolution (LeNet-5: 6).</summary>
    public int Conv1 { get; init; } = 6;
    /// <summary>Filters of the second 5×5 convolution (LeNet-5: 16).</summary>
    public int Conv2 { get; init; } = 16;
    public int Fc1 { get; init; } = 120;
    public int Fc2 { get; init; } = 84;
    /// <summary>BatchNorm after each convolution (the convolutions then drop their bias).</summary>
    public bool BatchNorm { get; init; }
    /// <summary>Dropout probability before each hidden fully connected layer; 0 disables it.</summary>
    public float Dropout { get; init; }

    /// <summary>LeNet-5 with the classic widths.</summary>
    public static LeNetOptions Classic => new();
    /// <summary>A wider, batch-normalized variant: 92.2% Fashion-MNIST test accuracy after 10 epochs (SGD, cosine, batch 64, seed 1).</summary>
    public static LeNetOptions Wide => new() { Conv1 = 16, Conv2 = 32, Fc1 = 128, Fc2 = 84, BatchNorm = true };
}

/// <summary>
/// One stage of a <see cref="ModelZoo.MobileNet"/>: <see cref="Repeats"/> blocks with output width
/// <see cref="Channels"/> (before the width multiplier); the first block has stride <see cref="Stride"/>, the rest 1.
/// </summary>
/// <param name="Expansion">Expansion ratio t: the hidden width is t × the block's input width.</param>
/// <param name="Channels">Output channels before <see cref="MobileNetOptions.Width"/> is applied.</param>
/// <param name="Repeats">Blocks in the stage (its depth).</param>
/// <param name="Stride">Stride of the first block (1 or 2).</param>
/// <param name="Kernel">Depthwise (or fused) kernel size: 3, 5 or 7.</param>
/// <param name="Fused">Fused-MBConv: one k×k convolution expands instead of 1×1 expand + k×k depthwise.</param>
public sealed record MobileNetStage(int Expansion, int Channels, int Repeats, int Stride, int Kernel = 3, bool Fused = false);

/// <summary>Architecture of the <see cref="ModelZoo.MobileNet"/> family, for 28×28 images by default.</summary>
public sealed record MobileNetOptions
{
    /// <summary>Filters of the 3×3 stem convolution (before the width multiplier).</summary>
    public int Stem { get; init; } = 16;
    /// <summary>Stride of the stem; 1 keeps 28×28 Fashion-MNIST maps at full resolution.</summary>
    public int StemStride { get; init; } = 1;
    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<MobileNetStage> Stages { get; init; } =
    [
        new(1, 16, 1, 1),
        new(4, 24, 2, 2),
        new(4, 32, 2, 2),
        new(4, 48, 1, 1),
    ];
    /// <summary>Filters of the final 1×1 convolution before pooling (before the width multiplier); 0 omits it.</summary>
    public int Head { get; init; } = 128;
    /// <summary>Width multiplier applied to every layer's channels, rounded to a multiple of 8 (as in MobileNetV2).</summary>
    public float Width { get; init; } = 1f;
    /// <summary>Dropout probability before the classifier; 0 disables it.</summary>
    public float Dropout { get; init; }

    /// <summary>The small default: about 0.1 M parameters.</summary>
    public static MobileNetOptions Small => new();

    /// <summary>A short text naming every choice, for reports and checkpoints.</summary>
    public override string ToString() =>
        $"stem{Stem}/s{StemStride} " + string.Join(" ", Stages.Select(s => $"{(s.Fused ? "F" : "")}t{s.Expansion}c{s.Channels}n{s.Repeats}s{s.Stride}k{s.Kernel}")) +
        $" head{Head} w{Width}" + (Dropout > 0 ? $" dropout {Dropout}" : "");
}

/// <summary>Image classifiers built in code, parameterized by width so a search can vary them.</summary>
public static class ModelZoo
{
    public static IReadOnlyList<string> Names => ["lenet", "lenet-classic", "mlp", "mobilenet"];

    /// <summary>Builds a zoo model by name for <paramref name="inputShape"/> ([C, H, W]) images.</summary>
    public static Model Create(string name, int[] inputShape, int classes, int seed) => name switch
    {
        "mlp" => Mlp(inputShape, classes, seed),
        "lenet" => LeNet(inputShape, classes, seed, LeNetOptions.Wide),
        "lenet-classic" => LeNet(inputShape, classes, seed, LeNetOptions.Classic),
        "mobilenet" => MobileNet(inputShape, classes, seed, MobileNetOptions.Small),
        _ => throw new ArgumentException($"Unknown model '{name}'; the zoo has {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Flatten → Linear(In, hidden) → ReLU → Linear(hidden, hidden) → ReLU → Linear(hidden, classes).</summary>
    public static Model Mlp(int[] inputShape, int classes, int seed, int hidden = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hidden);
        var rng = new Random(seed);
        int input = inputShape.Aggregate(1, (a, b) => a * b);
        var body = new Sequential(
            new Flatten(),
            new Linear("fc1", input, hidden, rng), new Relu(),
            new Linear("fc2", hidden, hidden, rng), new Relu(),
            new Linear("fc3", hidden, classes, rng));
        return new Model("mlp", $"mlp {input}-{hidden}-{hidden}-{classes}", body, inputShape, classes);
    }

    /// <summary>
    /// LeNet-5 shape: conv5×5 (pad 2) → [BN] → ReLU → maxpool 2 → conv5×5 → [BN] → ReLU → maxpool 2 → fc → ReLU →
    /// fc → ReLU → fc. On 28×28 inputs the second pooling leaves 5×5 maps.
    /// </summary>
    public static Model LeNet(int[] inputShape, int classes, int seed, LeNetOptions? options = null)
    {
        options ??= LeNetOptions.Classic;
        if (inputShape.Length != 3)
            throw new ArgumentException($"LeNet takes [C, H, W] images; got [{string.Join(", ", inputShape)}].", nameof(inputShape));
        int h = (inputShape[1] / 2 - 4) / 2, w = (inputShape[2] / 2 - 4) / 2;
        if (h <= 0 || w <= 0)
            throw new ArgumentException($"LeNet needs images of at least 12×12; got {inputShape[1]}×{inputShape[2]}.", nameof(inputShape));
        var rng = new Random(seed);
        bool bn = options.BatchNorm;
        var modules = new List<Module> { new Conv2d("conv1", inputShape[0], options.Conv1, 5, rng, padding: 2, bias: !bn) };
        if (bn) modules.Add(new BatchNorm2d("bn1", options.Conv1));
        modules.AddRange([new Relu(), new MaxPool2d(2, 2), new Conv2d("conv2", options.Conv1, options.Conv2, 5, rng, bias: !bn)]);
        if (bn) modules.Add(new BatchNorm2d("bn2", options.Conv2));
        modules.AddRange([new Relu(), new MaxPool2d(2, 2), new Flatten()]);
        if (options.Dropout > 0) modules.Add(new Dropout(options.Dropout, seed + 1));
        modules.AddRange([new Linear("fc1", options.Conv2 * h * w, options.Fc1, rng), new Relu()]);
        if (options.Dropout > 0) modules.Add(new Dropout(options.Dropout, seed + 2));
        modules.AddRange([new Linear("fc2", options.Fc1, options.Fc2, rng), new Relu(), new Linear("fc3", options.Fc2, classes, rng)]);
        string description = $"lenet conv{options.Conv1}-conv{options.Conv2}-fc{options.Fc1}-fc{options.Fc2}-{classes}" +
            (bn ? " bn" : "") + (options.Dropout > 0 ? $" dropout {options.Dropout}" : "");
        return new Model("lenet", description, new Sequential([.. modules]), inputShape, classes);
    }

    /// <summary>
    /// MobileNetV2-style network: conv3×3 stem → BN → ReLU6 → stages of <see cref="InvertedResidual"/> blocks →
    /// [conv1×1 head → BN → ReLU6] → global average pool → [dropout] → linear classifier.
    /// </summary>
    public static Model MobileNet(int[] inputShape, int classes, int seed, MobileNetOptions? options = null)
    {
        options ??= MobileNetOptions.Small;
        if (inputShape.Length != 3)
            throw new ArgumentException($"MobileNet takes [C, H, W] images; got [{string.Join(", ", inputShape)}].", nameof(inputShape));
        if (options.Width <= 0 || options.Stem <= 0 || options.StemStride is < 1 or > 2 || options.Head < 0 || options.Stages.Count == 0)
            throw new ArgumentException($"MobileNet options need a positive width and stem, stem stride 1 or 2, head ≥ 0 and at least one stage; got {options}.", nameof(options));
        var rng = new Random(seed);
        int stem = Scale(options.Stem, options.Width);
        var modules = new List<Module>
        {
            new Conv2d("stem", inputShape[0], stem, 3, rng, stride: options.StemStride, padding: 1, bias: false),
            new BatchNorm2d("stem_bn", stem), new Relu6(),
        };
        int channels = stem, index = 0;
        foreach (var stage in options.Stages)
        {
            if (stage.Repeats <= 0 || stage.Channels <= 0 || stage.Expansion <= 0 || stage.Stride is < 1 or > 2 || stage.Kernel is not (3 or 5 or 7))
                throw new ArgumentException($"MobileNet stage {stage} needs positive repeats, channels and expansion, stride 1 or 2 and kernel 3, 5 or 7.", nameof(options));
            int output = Scale(stage.Channels, options.Width);
            for (int r = 0; r < stage.Repeats; r++)
            {
                modules.Add(InvertedResidual($"blocks.{index++}", channels, output, stage.Expansion, stage.Kernel, r == 0 ? stage.Stride : 1, stage.Fused, rng));
                channels = output;
            }
        }
        if (options.Head > 0)
        {
            int head = Scale(options.Head, options.Width);
            modules.AddRange([new Conv2d("head", channels, head, 1, rng, bias: false), new BatchNorm2d("head_bn", head), new Relu6()]);
            channels = head;
        }
        modules.Add(new GlobalAvgPool());
        modules.Add(new Flatten());
        if (options.Dropout > 0) modules.Add(new Dropout(options.Dropout, seed + 1));
        modules.Add(new Linear("classifier", channels, classes, rng));
        return new Model("mobilenet", $"mobilenet {options}", new Sequential([.. modules]), inputShape, classes);
    }

    /// <summary>
    /// One MobileNetV2 inverted-residual block, <paramref name="input"/> → <paramref name="output"/> channels with hidden
    /// width t·input: [conv1×1 expand → BN → ReLU6] (skipped when t = 1) → depthwise k×k (stride) → BN → ReLU6 →
    /// conv1×1 project → BN (linear bottleneck). Fused-MBConv replaces expand + depthwise by one k×k convolution
    /// (with t = 1 that convolution maps straight to the output, followed by BN → ReLU6). The input is added back
    /// when the stride is 1 and the channel counts match.
    /// </summary>
    public static Module InvertedResidual(string name, int input, int output, int expansion, int kernel, int stride, bool fused, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (input <= 0 || output <= 0 || expansion <= 0 || kernel <= 0 || kernel % 2 == 0 || stride <= 0)
            throw new ArgumentException($"Block {name}: channels {input}→{output}, expansion {expansion}, kernel {kernel} (odd) and stride {stride} must be positive.");
        int hidden = input * expansion, pad = kernel / 2;
        var m = new List<Module>();
        if (fused)
        {
            int width = expansion == 1 ? output : hidden;
            m.AddRange([new Conv2d($"{name}.fused", input, width, kernel, rng, stride, pad, bias: false), new BatchNorm2d($"{name}.fused_bn", width), new Relu6()]);
            if (expansion != 1)
                m.AddRange([new Conv2d($"{name}.project", hidden, output, 1, rng, bias: false), new BatchNorm2d($"{name}.project_bn", output)]);
        }
        else
        {
            if (expansion != 1)
                m.AddRange([new Conv2d($"{name}.expand", input, hidden, 1, rng, bias: false), new BatchNorm2d($"{name}.expand_bn", hidden), new Relu6()]);
            m.AddRange([
                new Conv2d($"{name}.depthwise", hidden, hidden, kernel, rng, stride, pad, groups: hidden, bias: false),
                new BatchNorm2d($"{name}.depthwise_bn", hidden), new Relu6(),
                new Conv2d($"{name}.project", hidden, output, 1, rng, bias: false), new BatchNorm2d($"{name}.project_bn", output),
            ]);
        }
        var body = new Sequential([.. m]);
        return stride == 1 && input == output ? new Residual(body) : body;
    }

    /// <summary>Channels × width, rounded to the nearest multiple of 8 but never below 90% of the exact value or below 8 (MobileNetV2's rule).</summary>
    private static int Scale(int channels, float width)
    {
        const int Divisor = 8;
        float exact = channels * width;
        int rounded = Math.Max(Divisor, (int)(exact + Divisor / 2f) / Divisor * Divisor);
        if (rounded < 0.9f * exact)
            rounded += Divisor;
        return rounded;
    }
}
