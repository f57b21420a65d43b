using Coex.Tensors;

namespace Coex.Graphs.Passes;

/// <summary>Who reads each value and which values are fixed constants, computed once for a pass's rewrite.</summary>
internal sealed class GraphFacts
{
    private readonly Dictionary<Value, int> _readers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, Tensor> _constants = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Value> _outputs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, Node> _producers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, Node> _lastReader = new(ReferenceEqualityComparer.Instance);

    public GraphFacts(Graph graph)
    {
        var inputs = new HashSet<Value>(graph.Inputs, ReferenceEqualityComparer.Instance);
        foreach (var init in graph.Initializers)
        {
            // An initializer that is also a graph input is an overridable default, not a constant.
            if (!inputs.Contains(init.Value))
                _constants[init.Value] = init.Tensor;
        }
        foreach (var node in graph.Nodes)
        {
            foreach (var v in node.Inputs)
            {
                if (v is not null)
                {
                    _readers[v] = _readers.GetValueOrDefault(v) + 1;
                    _lastReader[v] = node;
                }
            }
            foreach (var v in node.Outputs)
            {
                if (v is not null)
                    _producers[v] = node;
            }
            foreach (var v in SubgraphReads(node))
                _readers[v] = _readers.GetValueOrDefault(v) + 1;
        }
        foreach (var v in graph.Outputs)
            _outputs.Add(v);
    }

    /// <summary>How many node inputs (subgraph reads included) read <paramref name="value"/>.</summary>
    public int Readers(Value value) => _readers.GetValueOrDefault(value);

    /// <summary>True when <paramref name="value"/> feeds exactly one node input and is not a graph output, so its producer may be rewritten.</summary>
    public bool HasSingleConsumer(Value value) => Readers(value) == 1 && !_outputs.Contains(value);

    /// <summary>The node that alone reads <paramref name="value"/> (as a direct input), when <see cref="HasSingleConsumer"/> holds; else null.</summary>
    public Node? SoleConsumer(Value value) => HasSingleConsumer(value) ? _lastReader.GetValueOrDefault(value) : null;

    /// <summary>The node that writes <paramref name="value"/>, or null for graph inputs and initializers.</summary>
    public Node? Producer(Value value) => _producers.GetValueOrDefault(value);

    /// <summary>The contents of <paramref name="value"/> when it is an initializer no graph input overrides; else null.</summary>
    public Tensor? Constant(Value? value) => value is not null && _constants.TryGetValue(value, out var t) ? t : null;

    /// <summary>Every value read by a node inside the subgraphs of <paramref name="node"/>, at any depth (outer values included).</summary>
    public static IEnumerable<Value> SubgraphReads(Node node)
    {
        foreach (var attribute in node.Attributes)
        {
            foreach (var sub in attribute.Subgraphs)
            {
                foreach (var inner in sub.Nodes)
                {
                    foreach (var v in inner.Inputs)
                    {
                        if (v is not null)
                            yield return v;
                    }
                    foreach (var v in SubgraphReads(inner))
                        yield return v;
                }
                foreach (var v in sub.Outputs)
                    yield return v;
            }
        }
    }

    /// <summary>True for the default ONNX domain ("" or "ai.onnx").</summary>
    public static bool IsOnnx(Node node) => node.Domain is "" or "ai.onnx";
}
