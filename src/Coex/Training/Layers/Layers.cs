using Coex.Tensors;

namespace Coex.Training.Layers;

/// <summary>A building block of a model: parameters, persistent buffers and a forward pass recorded on a tape.</summary>
public abstract class Module
{
    public abstract Variable Forward(Tape tape, Variable x);

    /// <summary>Trainable parameters, in a fixed order.</summary>
    public virtual IEnumerable<Parameter> Parameters() => [];

    /// <summary>Non-trainable state saved with the model (BatchNorm running statistics), by name.</summary>
    public virtual IEnumerable<(string Name, Tensor Tensor)> Buffers() => [];

    /// <summary>Kaiming-uniform values in ±sqrt(6 / fanIn): keeps activation variance through ReLU layers.</summary>
    protected static Tensor KaimingUniform(Random rng, int fanIn, params int[] shape)
    {
        var t = Tensor.Zeros(DType.F32, shape);
        float bound = MathF.Sqrt(6f / fanIn);
        var d = t.AsSpan<float>();
        for (int i = 0; i < d.Length; i++)
            d[i] = (rng.NextSingle() * 2 - 1) * bound;
        return t;
    }

    protected static Tensor Filled(float value, params int[] shape)
    {
        var t = Tensor.Zeros(DType.F32, shape);
        t.AsSpan<float>().Fill(value);
        return t;
    }
}

/// <summary>Modules applied in order.</summary>
public sealed class Sequential(params Module[] modules) : Module
{
    public IReadOnlyList<Module> Modules { get; } = modules;

    public override Variable Forward(Tape tape, Variable x)
    {
        foreach (var m in Modules)
            x = m.Forward(tape, x);
        return x;
    }

    public override IEnumerable<Parameter> Parameters() => Modules.SelectMany(m => m.Parameters());
    public override IEnumerable<(string Name, Tensor Tensor)> Buffers() => Modules.SelectMany(m => m.Buffers());
}

/// <summary><c>y = x·wᵀ + b</c>, w [Out, In] (see <see cref="Tape.Linear"/>).</summary>
public sealed class Linear : Module
{
    public Linear(string name, int inFeatures, int outFeatures, Random rng, bool bias = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFeatures);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outFeatures);
        Weight = new Parameter($"{name}.weight", KaimingUniform(rng, inFeatures, outFeatures, inFeatures));
        Bias = bias ? new Parameter($"{name}.bias", Filled(0f, outFeatures)) { NoWeightDecay = true } : null;
    }

    public Parameter Weight { get; }
    public Parameter? Bias { get; }

    public override Variable Forward(Tape tape, Variable x) => tape.Linear(x, Weight, Bias);
    public override IEnumerable<Parameter> Parameters() => Bias is null ? [Weight] : [Weight, Bias];
}

/// <summary>2-D convolution with square kernel, stride and symmetric padding (see <see cref="Tape.Conv2d"/>).</summary>
public sealed class Conv2d : Module
{
    public Conv2d(string name, int inChannels, int outChannels, int kernel, Random rng, int stride = 1, int padding = 0, int groups = 1, bool bias = true)
    {
        if (inChannels <= 0 || outChannels <= 0 || kernel <= 0 || groups <= 0 || inChannels % groups != 0 || outChannels % groups != 0)
            throw new ArgumentException($"Conv2d {name}: channels {inChannels}→{outChannels}, kernel {kernel} and groups {groups} must be positive with groups dividing both channel counts.");
        Stride = stride;
        Padding = padding;
        Groups = groups;
        int fanIn = inChannels / groups * kernel * kernel;
        Weight = new Parameter($"{name}.weight", KaimingUniform(rng, fanIn, outChannels, inChannels / groups, kernel, kernel));
        Bias = bias ? new Parameter($"{name}.bias", Filled(0f, outChannels)) { NoWeightDecay = true } : null;
    }

    public Parameter Weight { get; }
    public Parameter? Bias { get; }
    public int Stride { get; }
    public int Padding { get; }
    public int Groups { get; }

    public override Variable Forward(Tape tape, Variable x) => tape.Conv2d(x, Weight, Bias, Stride, Padding, Groups);
    public override IEnumerable<Parameter> Parameters() => Bias is null ? [Weight] : [Weight, Bias];
}

/// <summary>Per-channel batch normalization with running statistics (see <see cref="Tape.BatchNorm2d"/>).</summary>
public sealed class BatchNorm2d(string name, int channels, float momentum = 0.1f, float epsilon = 1e-5f) : Module
{
    /// <summary>The name prefix of this layer's tensors.</summary>
    public string Name { get; } = name;
    public Parameter Gamma { get; } = new($"{name}.weight", Filled(1f, channels)) { NoWeightDecay = true };
    public Parameter Beta { get; } = new($"{name}.bias", Filled(0f, channels)) { NoWeightDecay = true };
    public Tensor RunningMean { get; } = Filled(0f, channels);
    public Tensor RunningVar { get; } = Filled(1f, channels);
    public float Momentum { get; } = momentum;
    public float Epsilon { get; } = epsilon;

    public override Variable Forward(Tape tape, Variable x) => tape.BatchNorm2d(x, Gamma, Beta, RunningMean, RunningVar, Momentum, Epsilon);
    public override IEnumerable<Parameter> Parameters() => [Gamma, Beta];
    public override IEnumerable<(string Name, Tensor Tensor)> Buffers() => [($"{Name}.running_mean", RunningMean), ($"{Name}.running_var", RunningVar)];
}

public sealed class Relu : Module
{
    public override Variable Forward(Tape tape, Variable x) => tape.Relu(x);
}

public sealed class Relu6 : Module
{
    public override Variable Forward(Tape tape, Variable x) => tape.Relu6(x);
}

/// <summary>Max pooling over square windows.</summary>
public sealed class MaxPool2d(int kernel, int stride, int padding = 0) : Module
{
    public int Kernel { get; } = kernel;
    public int Stride { get; } = stride;
    public int Padding { get; } = padding;

    public override Variable Forward(Tape tape, Variable x) => tape.MaxPool2d(x, Kernel, Stride, Padding);
}

/// <summary>Average pooling over square windows; padded positions are not counted in the divisor.</summary>
public sealed class AvgPool2d(int kernel, int stride, int padding = 0) : Module
{
    public int Kernel { get; } = kernel;
    public int Stride { get; } = stride;
    public int Padding { get; } = padding;

    public override Variable Forward(Tape tape, Variable x) => tape.AvgPool2d(x, Kernel, Stride, Padding);
}

public sealed class GlobalAvgPool : Module
{
    public override Variable Forward(Tape tape, Variable x) => tape.GlobalAvgPool(x);
}

public sealed class Flatten : Module
{
    public override Variable Forward(Tape tape, Variable x) => tape.Flatten(x);
}

/// <summary><c>y = x + Inner(x)</c>: a residual connection; <see cref="Inner"/> must keep the shape of its input.</summary>
public sealed class Residual(Module inner) : Module
{
    public Module Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public override Variable Forward(Tape tape, Variable x) => tape.Add(x, Inner.Forward(tape, x));
    public override IEnumerable<Parameter> Parameters() => Inner.Parameters();
    public override IEnumerable<(string Name, Tensor Tensor)> Buffers() => Inner.Buffers();
}

/// <summary>Dropout with its own generator seeded at construction, so a seeded model drops the same units every run.</summary>
public sealed class Dropout(float p, int seed) : Module
{
    private readonly Random _rng = new(seed);

    public float P { get; } = p;

    public override Variable Forward(Tape tape, Variable x) => tape.Dropout(x, P, _rng);
}
