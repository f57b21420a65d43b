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
/// The fused op reads the heads in place (<see cref="Kernels.Attention.MultiHeadAttention"/>): no transposed copies, no
/// separate scaling or softmax pass, and each head's score matrix stays in cache. A mask or dropout between the
/// products, a shared intermediate, or batch and head dimensions that are not provably equal leave the graph unchanged.
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

    private static bool TryFuse(Graph graph, GraphFacts facts, Node softmax)
    {
        var removed = new List<Node> { softmax };
        // Softmax over the last axis of a 4-D score tensor.
        if (softmax.Inputs.Count != 1 || softmax.Inputs[0] is not { } scaled || softmax.Outputs.Count != 1 || softmax.Outputs[0] is not { } probabilities)
            return false;
        if (softmax.FindAttribute("axis")?.AsInt() is not (-1 or 3))
            return false;
        // The optional constant scale.
        if (SoleProducer(facts, scaled) is not { } producer)
            return false;
        float scale = 1f;
        var scores = scaled;
        if (producer.OpType is "Div" or "Mul" && GraphFacts.IsOnnx(producer) && producer.Inputs.Count == 2)
        {
            int constantAt = producer.OpType == "Div" ? 1 : facts.Constant(producer.Inputs[1]) is not null ? 1 : 0;
            if (ScalarOf(facts, producer.Inputs[constantAt]) is not { } c || producer.Inputs[1 - constantAt] is not { } product)
                return false;
            scale = producer.OpType == "Div" ? 1f / c : c;
            if (!float.IsFinite(scale))
                return false;
            scores = product;
            removed.Add(producer);
            producer = SoleProducer(facts, scores);
        }
        if (producer is not { OpType: "MatMul", Inputs.Count: 2 } scoreProduct || !GraphFacts.IsOnnx(scoreProduct))
            return false;
        removed.Add(scoreProduct);
        if (HeadsOf(facts, scoreProduct.Inputs[0], [0, 2, 1, 3], removed) is not { } q || KeysOf(facts, scoreProduct.Inputs[1], removed) is not { } k)
            return false;
        // softmax → MatMul(·, heads of v) → Transpose back to [B, T, H, dv].
        if (facts.SoleConsumer(probabilities) is not { OpType: "MatMul", Inputs.Count: 2 } mix || !GraphFacts.IsOnnx(mix)
            || !ReferenceEquals(mix.Inputs[0], probabilities) || mix.Outputs.Count != 1 || mix.Outputs[0] is not { } mixed)
            return false;
        removed.Add(mix);
        if (HeadsOf(facts, mix.Inputs[1], [0, 2, 1, 3], removed) is not { } v)
            return false;
        if (facts.SoleConsumer(mixed) is not { OpType: "Transpose" } merge || !GraphFacts.IsOnnx(merge) || !IsPerm(merge, [0, 2, 1, 3]) || merge.Outputs.Count != 1)
            return false;
        if (!ShapesAgree(q, k, v))
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

    /// <summary>Kᵀ per head: Transpose(k, [0,2,3,1]), or Transpose(Transpose(k, [0,2,1,3]), [0,1,3,2]).</summary>
    private static Value? KeysOf(GraphFacts facts, Value? keysT, List<Node> removed)
    {
        if (keysT is null || SoleProducer(facts, keysT) is not { OpType: "Transpose" } t || !GraphFacts.IsOnnx(t))
            return null;
        if (IsPerm(t, [0, 2, 3, 1]) && t.Inputs[0] is { } k)
        {
            removed.Add(t);
            return k;
        }
        if (!IsPerm(t, [0, 1, 3, 2]))
            return null;
        removed.Add(t);
        return HeadsOf(facts, t.Inputs[0], [0, 2, 1, 3], removed);
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

    private static bool Same(Dim a, Dim b) => (a.IsKnown || a.Symbol is not null) && a == b;
}
