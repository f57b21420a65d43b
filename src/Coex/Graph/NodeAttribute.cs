using Coex.Tensors;

namespace Coex.Graphs;

/// <summary>The kind of value a <see cref="NodeAttribute"/> holds (the ONNX attribute types Coex models).</summary>
public enum AttributeKind
{
    Float,
    Int,
    String,
    Tensor,
    Graph,
    Floats,
    Ints,
    Strings,
    Tensors,
    Graphs,
}

/// <summary>A named, typed, immutable operator attribute: a scalar, a tensor, a subgraph, or a list of one of these.</summary>
public sealed class NodeAttribute
{
    private readonly object _value;

    private NodeAttribute(string name, AttributeKind kind, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Kind = kind;
        _value = value;
    }

    public string Name { get; }

    public AttributeKind Kind { get; }

    public static NodeAttribute Float(string name, float value) => new(name, AttributeKind.Float, value);

    public static NodeAttribute Int(string name, long value) => new(name, AttributeKind.Int, value);

    public static NodeAttribute String(string name, string value) => new(name, AttributeKind.String, value ?? throw new ArgumentNullException(nameof(value)));

    public static NodeAttribute Tensor(string name, Tensor value) => new(name, AttributeKind.Tensor, value ?? throw new ArgumentNullException(nameof(value)));

    public static NodeAttribute Graph(string name, Graph value) => new(name, AttributeKind.Graph, value ?? throw new ArgumentNullException(nameof(value)));

    public static NodeAttribute Floats(string name, IEnumerable<float> values) => new(name, AttributeKind.Floats, ToArray(values));

    public static NodeAttribute Ints(string name, IEnumerable<long> values) => new(name, AttributeKind.Ints, ToArray(values));

    public static NodeAttribute Strings(string name, IEnumerable<string> values) => new(name, AttributeKind.Strings, ToArray(values));

    public static NodeAttribute Tensors(string name, IEnumerable<Tensor> values) => new(name, AttributeKind.Tensors, ToArray(values));

    public static NodeAttribute Graphs(string name, IEnumerable<Graph> values) => new(name, AttributeKind.Graphs, ToArray(values));

    public float AsFloat() => As<float>(AttributeKind.Float);

    public long AsInt() => As<long>(AttributeKind.Int);

    public string AsString() => As<string>(AttributeKind.String);

    public Tensor AsTensor() => As<Tensor>(AttributeKind.Tensor);

    public Graph AsGraph() => As<Graph>(AttributeKind.Graph);

    public IReadOnlyList<float> AsFloats() => As<float[]>(AttributeKind.Floats);

    public IReadOnlyList<long> AsInts() => As<long[]>(AttributeKind.Ints);

    public IReadOnlyList<string> AsStrings() => As<string[]>(AttributeKind.Strings);

    public IReadOnlyList<Tensor> AsTensors() => As<Tensor[]>(AttributeKind.Tensors);

    public IReadOnlyList<Graph> AsGraphs() => As<Graph[]>(AttributeKind.Graphs);

    /// <summary>The subgraphs this attribute holds (none unless it is a graph or graph list).</summary>
    public IEnumerable<Graph> Subgraphs => Kind switch
    {
        AttributeKind.Graph => [(Graph)_value],
        AttributeKind.Graphs => (Graph[])_value,
        _ => [],
    };

    public override string ToString() => $"{Name}: {Kind}";

    private T As<T>(AttributeKind kind)
    {
        if (Kind != kind)
            throw new InvalidOperationException($"Attribute '{Name}' holds {Kind}, not {kind}.");
        return (T)_value;
    }

    private static T[] ToArray<T>(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        if (!typeof(T).IsValueType && Array.IndexOf(array, default) >= 0)
            throw new ArgumentException("Attribute lists cannot contain null.", nameof(values));
        return array;
    }
}
