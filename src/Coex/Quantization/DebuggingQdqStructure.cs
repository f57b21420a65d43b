using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// One QuantizeLinear → DequantizeLinear pair of a QDQ graph applied to a float value: <see cref="Source"/> is
/// quantized with <see cref="Scale"/> and <see cref="ZeroPoint"/> (per tensor, or per element of <see cref="Axis"/>)
/// into [<see cref="QMin"/>, <see cref="QMax"/>] and read back as <see cref="Output"/>, which is what the consumers see.
/// </summary>
public sealed record QdqLink(Value Source, Node Quantize, Node Dequantize, Value Output, float[] Scale, long[] ZeroPoint, int Axis, int QMin, int QMax)
{
    /// <summary>True when one scale covers the whole tensor.</summary>
    public bool PerTensor => Scale.Length == 1;

    /// <summary>The smallest value channel <paramref name="c"/> represents without clipping: s·(qmin − z).</summary>
    public float Low(int c = 0) => Scale[c] * (QMin - ZeroPoint[c]);

    /// <summary>The largest value channel <paramref name="c"/> represents without clipping: s·(qmax − z).</summary>
    public float High(int c = 0) => Scale[c] * (QMax - ZeroPoint[c]);

    /// <summary>The element type of the quantized tensor (U8 or I8).</summary>
    public DType QuantizedType => QMin == 0 ? DType.U8 : DType.I8;
}

/// <summary>
/// Finds the QDQ structure of a graph: which float values pass through a QuantizeLinear → DequantizeLinear pair,
/// whether they are weights (initializers) or activations, and the scale and zero point used.
/// </summary>
/// <remarks>
/// Scales and zero points must be initializers (as ONNX Runtime's quantizer and most exporters write them); a pair
/// whose parameters are computed at run time is not listed. Only U8 and I8 quantization is recognised.
/// </remarks>
public sealed class QdqStructure
{
    private readonly Dictionary<Value, QdqLink> _bySource = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, QdqLink> _byOutput = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Value> _weightDequantized = new(ReferenceEqualityComparer.Instance);

    public QdqStructure(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        var constants = new Dictionary<Value, Tensor>(ReferenceEqualityComparer.Instance);
        foreach (var init in graph.Initializers)
            constants[init.Value] = init.Tensor;
        var inputs = new HashSet<Value>(graph.Inputs, ReferenceEqualityComparer.Instance);
        Tensor? Constant(Value? v) => v is not null && !inputs.Contains(v) && constants.TryGetValue(v, out var t) ? t : null;

        var consumers = new Dictionary<Value, List<Node>>(ReferenceEqualityComparer.Instance);
        foreach (var node in graph.Nodes)
            foreach (var input in node.Inputs)
                if (input is not null)
                {
                    if (!consumers.TryGetValue(input, out var list))
                        consumers[input] = list = [];
                    list.Add(node);
                }

        var pairs = new List<QdqLink>();
        foreach (var q in graph.Nodes)
        {
            if (!IsOp(q, "QuantizeLinear") || q.Inputs.Count < 2 || q.Inputs[0] is not { } source || q.Outputs[0] is not { } quantized)
                continue;
            if (Constant(q.Inputs[1]) is not { DType: DType.F32 } scale)
                continue;
            var zero = q.Inputs.Count > 2 ? Constant(q.Inputs[2]) : null;
            if (q.Inputs.Count > 2 && q.Inputs[2] is not null && zero is null)
                continue;
            if (zero is not null && zero.DType is not (DType.U8 or DType.I8))
                continue;
            foreach (var dq in consumers.GetValueOrDefault(quantized) ?? [])
            {
                if (!IsOp(dq, "DequantizeLinear") || !ReferenceEquals(dq.Inputs[0], quantized) || dq.Outputs[0] is not { } output)
                    continue;
                long axis = q.FindAttribute("axis")?.AsInt() ?? 1;
                var scales = scale.AsSpan<float>().ToArray();
                var zeros = new long[scales.Length];
                if (zero is not null)
                    for (int c = 0; c < zeros.Length; c++)
                        zeros[c] = zero.DType == DType.U8 ? zero.AsSpan<byte>()[zero.Length == 1 ? 0 : c] : zero.AsSpan<sbyte>()[zero.Length == 1 ? 0 : c];
                bool signed = zero?.DType == DType.I8;
                var pair = new QdqLink(source, q, dq, output, scales, zeros, (int)axis, signed ? -128 : 0, signed ? 127 : 255);
                pairs.Add(pair);
                _bySource.TryAdd(source, pair);
                _byOutput[output] = pair;
                if (Constant(source) is not null)
                    _weightDequantized.Add(output);
            }
        }
        // Weights stored already quantized: DequantizeLinear of an integer initializer.
        foreach (var dq in graph.Nodes)
        {
            if (IsOp(dq, "DequantizeLinear") && Constant(dq.Inputs[0]) is not null && dq.Outputs[0] is { } w)
                _weightDequantized.Add(w);
        }
        Pairs = pairs;
        var weights = new HashSet<Value>(constants.Keys, ReferenceEqualityComparer.Instance);
        ActivationPairs = [.. pairs.Where(p => !weights.Contains(p.Source) || inputs.Contains(p.Source))];
    }

    public Graph Graph { get; }

    /// <summary>Every QDQ pair, weights and activations, in graph order of the QuantizeLinear.</summary>
    public IReadOnlyList<QdqLink> Pairs { get; }

    /// <summary>The pairs applied to activations (graph inputs and node outputs, not initializers).</summary>
    public IReadOnlyList<QdqLink> ActivationPairs { get; }

    /// <summary>The first pair quantizing <paramref name="source"/>, or null.</summary>
    public QdqLink? QuantizerOf(Value source) => _bySource.GetValueOrDefault(source);

    /// <summary>The pair whose DequantizeLinear writes <paramref name="output"/>, or null.</summary>
    public QdqLink? PairWritingTo(Value output) => _byOutput.GetValueOrDefault(output);

    /// <summary>True when <paramref name="value"/> is a dequantized weight (the output of DequantizeLinear over a constant).</summary>
    public bool IsDequantizedWeight(Value value) => _weightDequantized.Contains(value);

    /// <summary>Follows DequantizeLinear ← QuantizeLinear pairs back to the float value they quantize.</summary>
    public Value Unwrap(Value value)
    {
        for (int guard = 0; guard < 64 && _byOutput.TryGetValue(value, out var pair); guard++)
            value = pair.Source;
        return value;
    }

    /// <summary>True for QuantizeLinear and DequantizeLinear of the default domain.</summary>
    public static bool IsQdqNode(Node node) => IsOp(node, "QuantizeLinear") || IsOp(node, "DequantizeLinear");

    private static bool IsOp(Node node, string opType) => node.OpType == opType && (node.Domain.Length == 0 || node.Domain == "ai.onnx");
}
