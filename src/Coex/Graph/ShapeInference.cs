using Coex.Tensors;

namespace Coex.Graphs;

/// <summary>
/// Static shape inference: fills <see cref="Value.DType"/> and <see cref="Value.Shape"/> of node outputs from the
/// graph inputs' shapes and the initializers, node by node in graph order.
/// </summary>
/// <remarks>
/// <para>Rules follow the ONNX operator specifications (opset 11–18 where they differ, e.g. axes given as an
/// attribute or as an input). Supported: Conv, ConvInteger, QLinearConv, MaxPool, AveragePool (ceil_mode),
/// Global*Pool, Gemm, MatMul (batched broadcasting), MatMulInteger, QLinearMatMul, numpy-broadcasting binary and
/// variadic ops, shape-preserving unary ops (activations, normalizations, Q/DQ, Cast), Flatten, Reshape,
/// Transpose, Concat, Squeeze, Unsqueeze, Gather, Shape, Constant, ConstantOfShape, Reduce*, ArgMax/ArgMin.</para>
/// <para>An operator it does not know, or an input whose shape is unknown, leaves the outputs as they were (no
/// exception): inference is best effort. A definite contradiction — known dimensions that cannot agree, such as a
/// Conv channel mismatch or a MatMul reduction mismatch — throws <see cref="InvalidGraphException"/> naming the
/// node and the dimensions. Shapes already declared on outputs (ONNX value_info) are merged with the inferred
/// ones: an inferred known size fills a declared unknown one, and two different known sizes are a contradiction.</para>
/// <para>Small integer tensors (initializers, Constant nodes and Shape outputs of fully known shapes) are tracked
/// as constants, so Reshape, Squeeze, Unsqueeze and Reduce* read shape and axes operands that come from them.
/// Subgraphs (If, Loop, Scan bodies) are not entered.</para>
/// </remarks>
public static class ShapeInference
{
    /// <summary>True when shape inference has a rule for the standard ONNX operator <paramref name="opType"/>.</summary>
    public static bool IsSupported(string opType) => ShapeRules.Supported.Contains(opType);

    /// <summary>Infers the output types and shapes of every node of <paramref name="graph"/>, in place.</summary>
    /// <exception cref="InvalidGraphException">Known dimensions contradict each other at some node.</exception>
    public static void InferShapes(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var context = new InferenceContext();
        foreach (var init in graph.Initializers)
            context.TrackConstant(init.Value, init.Tensor);
        foreach (var node in graph.Nodes)
        {
            try
            {
                ShapeRules.Infer(node, context);
            }
            catch (ShapeContradiction e)
            {
                throw new InvalidGraphException($"Shape inference: node {node.Describe()}: {e.Message}");
            }
        }
    }

    /// <summary>
    /// Sets the shapes of the named graph inputs to <paramref name="inputShapes"/> (fixing symbolic dimensions
    /// such as a batch size), then infers every node output as <see cref="InferShapes(Graph)"/> does.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a graph input, a size is negative, or a shape contradicts
    /// the input's declared rank or known sizes.</exception>
    public static void InferShapes(Graph graph, IReadOnlyDictionary<string, int[]> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(inputShapes);
        foreach (var (name, dims) in inputShapes)
        {
            var input = graph.Inputs.FirstOrDefault(v => v.Name == name) ?? throw new ArgumentException(
                $"'{name}' is not an input of the graph; its inputs are: {string.Join(", ", graph.Inputs.Select(v => $"'{v.Name}'"))}.", nameof(inputShapes));
            ArgumentNullException.ThrowIfNull(dims, nameof(inputShapes));
            if (Array.Exists(dims, d => d < 0))
                throw new ArgumentException($"Input '{name}' shape [{string.Join(", ", dims)}] has a negative dimension.", nameof(inputShapes));
            if (input.Shape is { } declared)
            {
                bool agrees = declared.Count == dims.Length;
                for (int d = 0; agrees && d < dims.Length; d++)
                    agrees = declared[d].Size is not { } size || size == dims[d];
                if (!agrees)
                    throw new ArgumentException(
                        $"Input '{name}' is declared [{string.Join(", ", declared)}]; the shape [{string.Join(", ", dims)}] given for it does not fit.", nameof(inputShapes));
            }
            input.SetShape(dims);
        }
        InferShapes(graph);
    }
}

/// <summary>A definite disagreement between known dimensions, reported with the node that caused it.</summary>
internal sealed class ShapeContradiction(string message) : Exception(message);

/// <summary>What inference knows besides the values' own types and shapes: the contents of small integer constants.</summary>
internal sealed class InferenceContext
{
    private readonly Dictionary<Value, long[]> _constants = [];

    public long[]? Constant(Value? value) => value is not null && _constants.TryGetValue(value, out var c) ? c : null;

    public void SetConstant(Value value, long[] contents) => _constants[value] = contents;

    public void TrackConstant(Value value, Tensor tensor)
    {
        if (tensor.Length > MaxLength || tensor.Rank > 1)
            return;
        if (tensor.DType == DType.I64)
            _constants[value] = tensor.AsSpan<long>().ToArray();
        else if (tensor.DType == DType.I32)
        {
            var ints = tensor.AsSpan<int>();
            var longs = new long[ints.Length];
            for (int i = 0; i < ints.Length; i++)
                longs[i] = ints[i];
            _constants[value] = longs;
        }
    }

    /// <summary>Largest integer tensor tracked as a constant: shape and axes operands are short.</summary>
    public const int MaxLength = 64;
}
