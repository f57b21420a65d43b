using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Tests.Runtime;

/// <summary>Builds small opset-17 float models in code with seeded random weights.</summary>
internal sealed class ModelBuilder
{
    private readonly Random _random;
    private int _next;

    public ModelBuilder(string name, int seed)
    {
        _random = new Random(seed);
        Graph.OpsetImports.Add(new OpsetImport("", 17));
        Graph.Name = name;
    }

    public Graph Graph { get; } = new();

    public Value Input(string name, params Dim[] shape)
    {
        var v = new Value(name, DType.F32, shape);
        Graph.Inputs.Add(v);
        return v;
    }

    public void Output(Value v) => Graph.Outputs.Add(v);

    /// <summary>A constant of uniform values in [−scale, scale] (or [lo, lo + 2·scale] when <paramref name="offset"/> is set).</summary>
    public Value Weight(float scale, float offset, params int[] shape)
    {
        var data = new float[shape.Aggregate(1, (a, b) => a * b)];
        for (int i = 0; i < data.Length; i++)
            data[i] = offset + scale * (2 * _random.NextSingle() - 1);
        return Graph.AddInitializer($"w{_next++}", Tensor.FromSpan<float>(data, shape));
    }

    public Value Op(string opType, Value?[] inputs, params NodeAttribute[] attributes)
    {
        var output = new Value($"{opType.ToLowerInvariant()}{_next++}");
        var node = Graph.AddNode(opType, inputs, [output]);
        node.Attributes.AddRange(attributes);
        return output;
    }

    public Value Conv(Value x, int inChannels, int outChannels, int kernel, int pad = 0, int stride = 1, int groups = 1)
    {
        var w = Weight(1f / MathF.Sqrt(inChannels / groups * kernel * kernel), 0, outChannels, inChannels / groups, kernel, kernel);
        var b = Weight(0.1f, 0, outChannels);
        return Op("Conv", [x, w, b], NodeAttribute.Ints("pads", [pad, pad, pad, pad]), NodeAttribute.Ints("strides", [stride, stride]),
            NodeAttribute.Int("group", groups), NodeAttribute.Ints("kernel_shape", [kernel, kernel]));
    }

    public Value BatchNorm(Value x, int channels) =>
        Op("BatchNormalization", [x, Weight(0.2f, 1f, channels), Weight(0.1f, 0, channels), Weight(0.1f, 0, channels), Weight(0.2f, 1f, channels)],
            NodeAttribute.Float("epsilon", 1e-5f));
}
