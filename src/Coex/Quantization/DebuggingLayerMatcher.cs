using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// One layer output present in both models: <see cref="Reference"/> in the float graph and, in the quantized graph,
/// <see cref="Quantized"/> — the value the downstream operators read (the DequantizeLinear output when the layer's
/// output is quantized) — and <see cref="Quantizer"/>, the QDQ pair applied to it, if any.
/// </summary>
/// <param name="Name">The layer's name for reports: the reference node's name, or its output value's name.</param>
/// <param name="OpType">The reference node's op type ("Input" for a graph input).</param>
/// <param name="Predecessors">Indices (into the matched list) of the layers whose outputs the reference node reads.</param>
public sealed record MatchedLayer(string Name, string OpType, Value Reference, Value Quantized, QdqLink? Quantizer, IReadOnlyList<int> Predecessors);

/// <summary>
/// Pairs the layers of a float model with those of its quantized (QDQ) version.
/// </summary>
/// <remarks>
/// A node of the quantized graph other than QuantizeLinear/DequantizeLinear is matched to a float node, in this
/// order of preference: (1) a node with an output of the same name and the same op type (QDQ insertion keeps
/// names); (2) a node of the same name and op type; (3) the k-th still unmatched node of that op type in graph order.
/// Each matched output becomes a <see cref="MatchedLayer"/>; a graph input that the quantized model quantizes is one too.
/// The float graph's topological order is kept.
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
        var matchOf = new Dictionary<Node, Node>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<Node>(ReferenceEqualityComparer.Instance);

        // (1) same output name and op type.
        var qByOutput = new Dictionary<string, Node>();
        foreach (var n in qNodes)
            foreach (var o in n.Outputs)
                if (o is not null)
                    qByOutput.TryAdd(o.Name, n);
        foreach (var r in refNodes)
        {
            var hit = r.Outputs.Select(o => o is null ? null : qByOutput.GetValueOrDefault(o.Name)).FirstOrDefault(n => n is not null);
            if (hit is not null && hit.OpType == r.OpType && taken.Add(hit))
                matchOf[r] = hit;
        }
        // (2) same node name and op type, when the name is unique in the quantized graph.
        var qByName = qNodes.Where(n => n.Name.Length > 0).GroupBy(n => n.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First());
        foreach (var r in refNodes.Where(r => !matchOf.ContainsKey(r) && r.Name.Length > 0))
        {
            if (qByName.TryGetValue(r.Name, out var hit) && hit.OpType == r.OpType && taken.Add(hit))
                matchOf[r] = hit;
        }
        // (3) the k-th unmatched node of each op type.
        foreach (var group in refNodes.Where(r => !matchOf.ContainsKey(r)).GroupBy(r => r.OpType))
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
        foreach (var r in refNodes)
        {
            if (!matchOf.TryGetValue(r, out var q))
                continue;
            var predecessors = r.Inputs.Where(v => v is not null && layerOfValue.ContainsKey(v)).Select(v => layerOfValue[v!]).Distinct().ToArray();
            int outputs = Math.Min(r.Outputs.Count, q.Outputs.Count);
            for (int o = 0; o < outputs; o++)
            {
                if (r.Outputs[o] is not { } rv || q.Outputs[o] is not { } qv || rv.DType is { } t && t != DType.F32 || qv.DType is { } u && u != DType.F32)
                    continue;
                var pair = qdq.QuantizerOf(qv);
                string name = r.Name.Length > 0 ? r.Name : rv.Name;
                if (outputs > 1 && o > 0)
                    name += $":{o}";
                layerOfValue[rv] = layers.Count;
                layers.Add(new MatchedLayer(name, r.OpType, rv, pair?.Output ?? qv, pair, predecessors));
            }
        }
        var unmatched = qNodes.Where(q => !taken.Contains(q)).ToList();
        return (layers, unmatched);
    }

    private static bool IsLayer(Node node) => node.OpType != "Constant";
}
