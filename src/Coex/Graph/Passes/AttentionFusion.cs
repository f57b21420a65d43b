using Coex.Tensors;

namespace Coex.Graphs.Passes;

/// <summary>
/// Fuses scaled dot-product attention, as exporters write it for a multi-head layer, into one
/// <c>coex.MultiHeadAttention(q, k, v)</c> node with a float <c>scale</c> attribute:
/// <code>
/// q, k, v: [B, T, H, d] (the Reshape that splits the heads)
/// scores = MatMul(Transpose(q, [0,2,1,3]), Transpose(k, [0,2,3,1]))     (or Kᵀ as two Transposes, [0,2,1,3] then [0,1,3,2])
/// scores = Div(scores, c) | Mul(scores, c)                               (optional; c a scalar constant)
/// out    = Transpose(MatMul(Softmax(scores, axis = -1), Transpose(v, [0,2,1,3])), [0,2,1,3])   → [B, Tq, H, dv]
/// </code>
/// PyTorch's exporter writes the same attention over [T, B·H, d] tensors (its Reshape of the packed Q/K/V slices), with
/// the scale applied to the queries:
/// <code>
/// scores = MatMul(Div(Transpose(q, [1,0,2]), c), Transpose(k, [1,2,0]))
/// out    = Transpose(MatMul(Softmax(scores, axis = -1), Transpose(v, [1,0,2])), [1,0,2])                 → [Tq, B·H, dv]
/// </code>
/// which is the first form with batch 1 and B·H heads, so the fused op takes q, k, v of rank 3 as [T, heads, d].
/// The fused op reads the heads in place (<see cref="Kernels.Attention.MultiHeadAttention"/>): no transposed copies, no
/// separate scaling or softmax pass, and each head's score matrix stays in cache. A mask or dropout between the
/// products or a shared intermediate leave the graph unchanged; so do 4-D batch and head dimensions that are not
/// provably equal. PyTorch's [T, B·H, d] shapes come from Shape arithmetic and are unknown when the graph is loaded, so
/// the 3-D form is fused on its structure, and the op checks the shapes when it runs: q, k and v whose head counts
/// differ (which the unfused products would broadcast when one is 1) fail with a clear error instead.
/// Run it only on graphs handed to the runtime: ONNX Runtime cannot load the fused op.
/// </summary>
public sealed class AttentionFusion : IGraphPass
{
    public const string OpType = "MultiHeadAttention";

    public string Name => "attention-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ActivationFusion.FuseUntilDone(graph, TryFuseOne);
    }

    private static bool TryFuseOne(Graph graph)
    {
        var facts = new GraphFacts(graph);
        foreach (var softmax in graph.Nodes)
            if (softmax.OpType == "Softmax" && GraphFacts.IsOnnx(softmax) && TryFuse(graph, facts, softmax))
                return true;
        return false;
    }

    /// <summary>The transposes around the products: to heads (q, v and the merge back), to Kᵀ, or Kᵀ from the heads.</summary>
    private sealed record Layout(int Rank, long[] Heads, long[] KeysT, long[] LastTwo);

    private static readonly Layout Batched = new(4, [0, 2, 1, 3], [0, 2, 3, 1], [0, 1, 3, 2]);
    private static readonly Layout TokenMajor = new(3, [1, 0, 2], [1, 2, 0], [0, 2, 1]);

    private static bool TryFuse(Graph graph, GraphFacts facts, Node softmax) =>
        TryFuse(graph, facts, softmax, Batched) || TryFuse(graph, facts, softmax, TokenMajor);

    private static bool TryFuse(Graph graph, GraphFacts facts, Node softmax, Layout layout)
    {
        var removed = new List<Node> { softmax };
        // Softmax over the last axis of the score tensor.
        if (softmax.Inputs.Count != 1 || softmax.Inputs[0] is not { } scaled || softmax.Outputs.Count != 1 || softmax.Outputs[0] is not { } probabilities)
            return false;
        if (softmax.FindAttribute("axis")?.AsInt() is not { } axis || (axis != -1 && axis != layout.Rank - 1))
            return false;
        // The optional constant scale of the scores.
        if (SoleProducer(facts, scaled) is not { } producer)
            return false;
        float scale = 1f;
        if (Scaling(facts, producer) is { } scoreScale)
        {
            scale = scoreScale.Factor;
            removed.Add(producer);
            producer = SoleProducer(facts, scoreScale.Of);
        }
        if (producer is not { OpType: "MatMul", Inputs.Count: 2 } scoreProduct || !GraphFacts.IsOnnx(scoreProduct) || scoreProduct.Inputs[0] is not { } queries)
            return false;
        removed.Add(scoreProduct);
        // ... or of the queries (PyTorch divides them before the product).
        if (SoleProducer(facts, queries) is { } queryProducer && Scaling(facts, queryProducer) is { } queryScale)
        {
            scale *= queryScale.Factor;
            removed.Add(queryProducer);
            queries = queryScale.Of;
        }
        if (!float.IsFinite(scale))
            return false;
        if (HeadsOf(facts, queries, layout.Heads, removed) is not { } q || KeysOf(facts, scoreProduct.Inputs[1], layout, removed) is not { } k)
            return false;
        // softmax → MatMul(·, heads of v) → Transpose back to [B, T, H, dv] (or [T, heads, dv]).
        if (facts.SoleConsumer(probabilities) is not { OpType: "MatMul", Inputs.Count: 2 } mix || !GraphFacts.IsOnnx(mix)
            || !ReferenceEquals(mix.Inputs[0], probabilities) || mix.Outputs.Count != 1 || mix.Outputs[0] is not { } mixed)
            return false;
        removed.Add(mix);
        if (HeadsOf(facts, mix.Inputs[1], layout.Heads, removed) is not { } v)
            return false;
        if (facts.SoleConsumer(mixed) is not { OpType: "Transpose" } merge || !GraphFacts.IsOnnx(merge) || !IsPerm(merge, layout.Heads) || merge.Outputs.Count != 1)
            return false;
        if (layout.Rank == 4 ? !ShapesAgree(q, k, v) : !MayAgree(q, k, v))
            return false;
        var fused = new Node(OpType, [q, k, v], [merge.Outputs[0]], ActivationFusion.Domain, merge.Name);
        fused.Attributes.Add(NodeAttribute.Float("scale", scale));
        graph.Nodes[graph.Nodes.IndexOf(merge)] = fused;
        foreach (var node in removed)
            graph.Nodes.Remove(node);
        return true;
    }

    /// <summary><paramref name="heads"/> = Transpose(x, perm) with a single reader; returns x and records the Transpose.</summary>
    private static Value? HeadsOf(GraphFacts facts, Value? heads, long[] perm, List<Node> removed)
    {
        if (heads is null || SoleProducer(facts, heads) is not { OpType: "Transpose" } t || !GraphFacts.IsOnnx(t) || !IsPerm(t, perm) || t.Inputs[0] is not { } x)
            return null;
        removed.Add(t);
        return x;
    }

    /// <summary>Kᵀ per head: Transpose(k, [0,2,3,1]), or Transpose(Transpose(k, [0,2,1,3]), [0,1,3,2]) (3-D: [1,2,0], or [1,0,2] then [0,2,1]).</summary>
    private static Value? KeysOf(GraphFacts facts, Value? keysT, Layout layout, List<Node> removed)
    {
        if (keysT is null || SoleProducer(facts, keysT) is not { OpType: "Transpose" } t || !GraphFacts.IsOnnx(t))
            return null;
        if (IsPerm(t, layout.KeysT) && t.Inputs[0] is { } k)
        {
            removed.Add(t);
            return k;
        }
        if (!IsPerm(t, layout.LastTwo))
            return null;
        removed.Add(t);
        return HeadsOf(facts, t.Inputs[0], layout.Heads, removed);
    }

    /// <summary><paramref name="node"/> = Div(x, c) or Mul(x, c) / Mul(c, x) with c a float scalar constant: x and the factor.</summary>
    private static (Value Of, float Factor)? Scaling(GraphFacts facts, Node node)
    {
        if (node.OpType is not ("Div" or "Mul") || !GraphFacts.IsOnnx(node) || node.Inputs.Count != 2)
            return null;
        int constantAt = node.OpType == "Div" ? 1 : facts.Constant(node.Inputs[1]) is not null ? 1 : 0;
        if (ScalarOf(facts, node.Inputs[constantAt]) is not { } c || node.Inputs[1 - constantAt] is not { } x)
            return null;
        return (x, node.OpType == "Div" ? 1f / c : c);
    }

    /// <summary>The producer of <paramref name="value"/> when that value has one reader and is not a graph output.</summary>
    private static Node? SoleProducer(GraphFacts facts, Value value) =>
        facts.HasSingleConsumer(value) && facts.Producer(value) is { Outputs.Count: 1 } node ? node : null;

    private static bool IsPerm(Node transpose, long[] perm) =>
        transpose.Inputs.Count == 1 && transpose.FindAttribute("perm")?.AsInts() is { } p && p.SequenceEqual(perm);

    private static float? ScalarOf(GraphFacts facts, Value? v) =>
        facts.Constant(v) is { DType: DType.F32, Length: 1 } t ? t.AsSpan<float>()[0] : null;

    /// <summary>q [B, Tq, H, dk], k [B, Tk, H, dk], v [B, Tk, H, dv]: the dimensions the products pair up must be provably equal.</summary>
    private static bool ShapesAgree(Value q, Value k, Value v)
    {
        if (q.Shape is not { Count: 4 } qs || k.Shape is not { Count: 4 } ks || v.Shape is not { Count: 4 } vs)
            return false;
        if (q.DType is not (null or DType.F32) || k.DType is not (null or DType.F32) || v.DType is not (null or DType.F32))
            return false;
        return Same(qs[0], ks[0]) && Same(ks[0], vs[0]) && Same(qs[2], ks[2]) && Same(ks[2], vs[2]) && Same(qs[3], ks[3]) && Same(ks[1], vs[1]);
    }

    /// <summary>q [Tq, N, dk], k [Tk, N, dk], v [Tk, N, dv] where known: float, rank 3, and no known dimensions that differ.</summary>
    private static bool MayAgree(Value q, Value k, Value v)
    {
        if (q.DType is not (null or DType.F32) || k.DType is not (null or DType.F32) || v.DType is not (null or DType.F32))
            return false;
        if (q.Shape is { Count: not 3 } || k.Shape is { Count: not 3 } || v.Shape is { Count: not 3 })
            return false;
        return Compatible(q, 1, k, 1) && Compatible(k, 1, v, 1) && Compatible(q, 2, k, 2) && Compatible(k, 0, v, 0);
    }

    private static bool Compatible(Value a, int da, Value b, int db) =>
        a.Shape is not { } sa || b.Shape is not { } sb || !sa[da].IsKnown || !sb[db].IsKnown || sa[da] == sb[db];

    private static bool Same(Dim a, Dim b) => (a.IsKnown || a.Symbol is not null) && a == b;
}
