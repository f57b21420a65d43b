using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// One layer output present in both models: <see cref="Reference"/> in the float graph and, in the quantized graph,
/// <see cref="Quantized"/> — the value the downstream operators read (the DequantizeLinear output when the layer's
/// output is quantized) — and <see cref="Quantizer"/>, the QDQ pair applied to it, if any.
/// </summary>
/// <param name="Name">The layer's name for reports: the reference node's name, or its output value's name.</param>
/// <param name="OpType">The reference node's op type ("Input" for a graph input; "BatchNormalization/Conv" when the quantized node differs).</param>
/// <param name="Predecessors">Indices (into the matched list) of the layers whose outputs the reference node reads.</param>
public sealed record MatchedLayer(string Name, string OpType, Value Reference, Value Quantized, QdqLink? Quantizer, IReadOnlyList<int> Predecessors);

/// <summary>
/// Pairs the layers of a float model with those of its quantized (QDQ) version.
/// </summary>
/// <remarks>
/// A float node output pairs with the output of a quantized-graph node (other than QuantizeLinear/DequantizeLinear)
/// (1) of the same value name, whatever the op (QDQ insertion keeps names; a Conv with a BatchNorm folded into it
/// takes over the BatchNorm's output). A float node none of whose outputs paired so is matched to a remaining
/// quantized node (2) of the same node name and op type, else (3) the k-th remaining node of that op type in graph
/// order, output by output. Each pair becomes a <see cref="MatchedLayer"/>; a graph input that the quantized model
/// quantizes is one too. A layer's predecessors are the nearest layers upstream of its inputs, looking through float
/// nodes without a counterpart. The float graph's topological order is kept.
/// </remarks>
public static class LayerMatcher
{
    /// <summary>Matched layers in the float graph's order, and the quantized graph's compute nodes nothing matched.</summary>
    public static (IReadOnlyList<MatchedLayer> Layers, IReadOnlyList<Node> Unmatched) Match(Graph reference, Graph quantized)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(quantized);
        var qdq = new QdqStructure(quantized);
        var refNodes = reference.Nodes.Where(IsLayer).ToList();
        var qNodes = quantized.Nodes.Where(n => IsLayer(n) && !QdqStructure.IsQdqNode(n)).ToList();
        // Value pairs (reference value → quantized value) and the quantized node producing each paired value.
        var pairOf = new Dictionary<Value, (Value Quantized, Node QNode)>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<Node>(ReferenceEqualityComparer.Instance);

        // (1) same value name: QDQ insertion keeps names, and folding a BatchNorm into its Conv hands the Conv the
        // BatchNorm's output, so the folded Conv pairs with the float BatchNorm, whose output it computes.
        var qByOutput = new Dictionary<string, (Value, Node)>();
        foreach (var n in qNodes)
            foreach (var o in n.Outputs)
                if (o is not null)
                    qByOutput.TryAdd(o.Name, (o, n));
        foreach (var r in refNodes)
            foreach (var o in r.Outputs)
                if (o is not null && qByOutput.TryGetValue(o.Name, out var hit))
                {
                    pairOf[o] = hit;
                    taken.Add(hit.Item2);
                }

        // (2) same node name and op type, (3) the k-th remaining node of each op type; for nodes none of whose outputs paired by name.
        var refLeft = refNodes.Where(r => !r.Outputs.Any(o => o is not null && pairOf.ContainsKey(o))).ToList();
        var matchOf = new Dictionary<Node, Node>(ReferenceEqualityComparer.Instance);
        var qByName = qNodes.Where(n => n.Name.Length > 0 && !taken.Contains(n)).GroupBy(n => n.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First());
        foreach (var r in refLeft.Where(r => r.Name.Length > 0))
        {
            if (qByName.TryGetValue(r.Name, out var hit) && hit.OpType == r.OpType && taken.Add(hit))
                matchOf[r] = hit;
        }
        foreach (var group in refLeft.Where(r => !matchOf.ContainsKey(r)).GroupBy(r => r.OpType))
        {
            var candidates = new Queue<Node>(qNodes.Where(q => q.OpType == group.Key && !taken.Contains(q)));
            foreach (var r in group)
            {
                if (candidates.Count == 0)
                    break;
                var hit = candidates.Dequeue();
                taken.Add(hit);
                matchOf[r] = hit;
            }
        }
        foreach (var (r, q) in matchOf)
            for (int o = 0; o < Math.Min(r.Outputs.Count, q.Outputs.Count); o++)
                if (r.Outputs[o] is { } rv && q.Outputs[o] is { } qv)
                    pairOf[rv] = (qv, q);

        var layers = new List<MatchedLayer>();
        var layerOfValue = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        var qInputs = quantized.Inputs.ToDictionary(v => v.Name);
        var initialized = new HashSet<string>(reference.Initializers.Select(i => i.Value.Name));
        foreach (var input in reference.Inputs.Where(v => !initialized.Contains(v.Name)))
        {
            if (qInputs.TryGetValue(input.Name, out var qInput) && qdq.QuantizerOf(qInput) is { } pair)
            {
                layerOfValue[input] = layers.Count;
                layers.Add(new MatchedLayer(input.Name, "Input", input, pair.Output, pair, []));
            }
        }
        var producer = new Dictionary<Value, Node>(ReferenceEqualityComparer.Instance);
        foreach (var r in refNodes)
            foreach (var o in r.Outputs)
                if (o is not null)
                    producer[o] = r;
        var ancestors = new Dictionary<Value, int[]>(ReferenceEqualityComparer.Instance);
        // The nearest layers upstream of a value, looking through float nodes that have no quantized counterpart.
        int[] LayersFeeding(Value v, int depth)
        {
            if (layerOfValue.TryGetValue(v, out int layer))
                return [layer];
            if (ancestors.TryGetValue(v, out var known))
                return known;
            var found = depth > 256 || !producer.TryGetValue(v, out var node) ? []
                : node.Inputs.Where(i => i is not null).SelectMany(i => LayersFeeding(i!, depth + 1)).Distinct().ToArray();
            ancestors[v] = found;
            return found;
        }
        foreach (var r in refNodes)
        {
            var predecessors = r.Inputs.Where(v => v is not null).SelectMany(v => LayersFeeding(v!, 0)).Distinct().Order().ToArray();
            for (int o = 0; o < r.Outputs.Count; o++)
            {
                if (r.Outputs[o] is not { } rv || !pairOf.TryGetValue(rv, out var hit) || rv.DType is { } t && t != DType.F32 || hit.Quantized.DType is { } u && u != DType.F32)
                    continue;
                var pair = qdq.QuantizerOf(hit.Quantized);
                string name = r.Name.Length > 0 ? r.Name : rv.Name;
                if (r.Outputs.Count > 1 && o > 0)
                    name += $":{o}";
                string op = hit.QNode.OpType == r.OpType ? r.OpType : $"{r.OpType}/{hit.QNode.OpType}";
                layerOfValue[rv] = layers.Count;
                layers.Add(new MatchedLayer(name, op, rv, pair?.Output ?? hit.Quantized, pair, predecessors));
            }
        }
        // Nodes that only convert constants (a Cast of fp16 weights to float) are weight storage, not layers.
        var constants = new HashSet<Value>(quantized.Initializers.Select(i => i.Value), ReferenceEqualityComparer.Instance);
        var unmatched = qNodes.Where(q => !taken.Contains(q) && !q.Inputs.All(v => v is null || constants.Contains(v))).ToList();
        return (layers, unmatched);
    }

    private static bool IsLayer(Node node) => node.OpType != "Constant";
}
