using Coex.Tensors;

namespace Coex.Graphs;

/// <summary>
/// A dataflow graph: <see cref="Nodes"/> in topological order over <see cref="Value"/>s, fed by
/// <see cref="Inputs"/> and <see cref="Initializers"/> and yielding <see cref="Outputs"/>. Subgraphs
/// (bodies of If/Loop/Scan) are graphs too, held in node attributes; they may read values of the graphs
/// around them.
/// </summary>
/// <remarks>
/// The graph is a plain mutable structure; <see cref="GraphValidator"/> checks that it is well formed.
/// </remarks>
public sealed class Graph
{
    public string Name { get; set; } = "";

    public string DocString { get; set; } = "";

    public List<Value> Inputs { get; } = [];

    public List<Value> Outputs { get; } = [];

    public List<Node> Nodes { get; } = [];

    /// <summary>Values with constant contents. One may also be listed in <see cref="Inputs"/>, which makes it an overridable default.</summary>
    public List<Initializer> Initializers { get; } = [];

    /// <summary>Operator sets the graph's nodes are written against (top-level graphs only; subgraphs inherit).</summary>
    public List<OpsetImport> OpsetImports { get; } = [];

    /// <summary>Model-level facts carried through import and export (top-level graphs only).</summary>
    public ModelMetadata Metadata { get; set; } = new();

    /// <summary>The version of <paramref name="domain"/> this graph imports, or null. "" and "ai.onnx" are the same domain.</summary>
    public long? OpsetVersion(string domain)
    {
        string wanted = NormalizeDomain(domain);
        foreach (var o in OpsetImports)
        {
            if (NormalizeDomain(o.Domain) == wanted)
                return o.Version;
        }
        return null;
    }

    /// <summary>Adds an initializer holding <paramref name="tensor"/> and returns its value (typed and shaped like the tensor).</summary>
    public Value AddInitializer(string name, Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        var value = new Value(name, tensor.DType);
        value.SetShape(tensor.Shape);
        Initializers.Add(new Initializer(value, tensor));
        return value;
    }

    /// <summary>Appends a node and returns it.</summary>
    public Node AddNode(string opType, IEnumerable<Value?> inputs, IEnumerable<Value?> outputs, string domain = "", string name = "")
    {
        var node = new Node(opType, inputs, outputs, domain, name);
        Nodes.Add(node);
        return node;
    }

    /// <summary>
    /// A copy with its own lists and its own top-level nodes (so passes may rewrite it freely) that shares the
    /// <see cref="Value"/>s, initializer tensors and subgraphs of this graph, which passes do not modify.
    /// </summary>
    public Graph CopyForRewrite()
    {
        var copy = new Graph { Name = Name, DocString = DocString, Metadata = Metadata };
        copy.Inputs.AddRange(Inputs);
        copy.Outputs.AddRange(Outputs);
        copy.Initializers.AddRange(Initializers);
        copy.OpsetImports.AddRange(OpsetImports);
        foreach (var node in Nodes)
        {
            var n = new Node(node.OpType, node.Inputs, node.Outputs, node.Domain, node.Name) { DocString = node.DocString };
            n.Attributes.AddRange(node.Attributes);
            copy.Nodes.Add(n);
        }
        return copy;
    }

    public override string ToString() => $"Graph '{Name}': {Inputs.Count} inputs, {Initializers.Count} initializers, {Nodes.Count} nodes, {Outputs.Count} outputs";

    internal static string NormalizeDomain(string domain) => domain == "ai.onnx" ? "" : domain;
}

/// <summary>A value with constant contents.</summary>
public sealed class Initializer
{
    public Initializer(Value value, Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(tensor);
        Value = value;
        Tensor = tensor;
    }

    public Value Value { get; }

    public Tensor Tensor { get; }

    public override string ToString() => $"{Value.Name} = {Tensor}";
}

/// <summary>An operator set a model uses: <see cref="Domain"/> ("" is standard ONNX) at <see cref="Version"/>.</summary>
public readonly record struct OpsetImport(string Domain, long Version);

/// <summary>Model-level facts of an ONNX file that Coex carries through unchanged.</summary>
public sealed class ModelMetadata
{
    /// <summary>The ONNX IR version of the file (0 when the graph was not loaded from one).</summary>
    public long IrVersion { get; set; }

    public string ProducerName { get; set; } = "";

    public string ProducerVersion { get; set; } = "";

    public string Domain { get; set; } = "";

    public long ModelVersion { get; set; }

    public string DocString { get; set; } = "";

    /// <summary>Free-form key/value metadata, in file order.</summary>
    public List<KeyValuePair<string, string>> Properties { get; } = [];
}
