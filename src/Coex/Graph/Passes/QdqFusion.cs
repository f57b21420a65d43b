using Coex.Tensors;

namespace Coex.Graphs.Passes;

/// <summary>
/// Turns the QDQ patterns a quantizer writes into Coex's integer layers: a Conv, Gemm or MatMul reading
/// <c>DequantizeLinear(QuantizeLinear(x))</c> (or <c>DequantizeLinear(DynamicQuantizeLinear(x))</c>) and
/// <c>DequantizeLinear(w_s8)</c> with zero weight zero points becomes one <c>coex.QConv</c> / <c>coex.QGemm</c> node that
/// quantizes x, runs the u8×s8 GEMM and dequantizes its int32 sums (with the float bias and a following Relu or
/// constant Clip fused in). The result equals the QDQ graph up to float rounding of the accumulation.
/// </summary>
/// <remarks>
/// Run it before constant folding, which would otherwise fold <c>DequantizeLinear(w_s8)</c> back into float weights.
/// Patterns outside what the kernels run (grouped convolutions, asymmetric weights, non-scalar activation parameters,
/// Gemm with transA/alpha/beta) are left as QDQ, which Coex runs in float. Like <see cref="ActivationFusion"/>, the fused
/// nodes are Coex-only and exist only in the runtime's copy of a model.
/// </remarks>
public sealed class QdqFusion : IGraphPass
{
    public string Name => "qdq-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ActivationFusion.FuseUntilDone(graph, TryFuseOne);
    }

    private static bool TryFuseOne(Graph graph)
    {
        var facts = new GraphFacts(graph);
        foreach (var node in graph.Nodes)
        {
            if (!GraphFacts.IsOnnx(node) || node.OpType is not ("Conv" or "Gemm" or "MatMul") || node.Inputs.Count < 2 || node.Outputs.Count != 1 || node.Outputs[0] is null)
                continue;
            if (!TryActivationInput(node.Inputs[0], facts, out var x, out var xScale, out var xZero))
                continue;
            if (!TryWeights(node, facts, out var wq, out var wScale))
                continue;
            if (!TryBias(node, facts, wq, out var bias))
                continue;
            var fused = new Node(node.OpType == "Conv" ? "QConv" : "QGemm", [x, xScale, xZero, wq, wScale, bias], [node.Outputs[0]], ActivationFusion.Domain, node.Name);
            if (node.OpType == "Conv")
            {
                bool valid = node.FindAttribute("auto_pad")?.AsString() == "VALID";
                foreach (var name in valid ? ["strides", "dilations", "group"] : new[] { "strides", "pads", "dilations", "group" })
                    if (node.FindAttribute(name) is { } a)
                        fused.Attributes.Add(a);
            }
            else if (node.OpType == "Gemm" && node.FindAttribute("transB") is { } t)
                fused.Attributes.Add(t);
            // A Relu or constant-bounded Clip that alone reads the output is applied as the output stage's clamp.
            var y = node.Outputs[0]!;
            Node? activation = null;
            if (facts.SoleConsumer(y) is { } next && TryBounds(next, facts, graph, out float lo, out float hi))
            {
                activation = next;
                fused.Attributes.Add(NodeAttribute.Float("activation_min", lo));
                fused.Attributes.Add(NodeAttribute.Float("activation_max", hi));
                fused.Outputs[0] = next.Outputs[0];
            }
            graph.Nodes[graph.Nodes.IndexOf(node)] = fused;
            if (activation is not null)
                graph.Nodes.Remove(activation);
            return true;
        }
        return false;
    }

    /// <summary>x, scale, zero point of <c>DQ(Q(x))</c> with constant scalar F32/U8 parameters shared by Q and DQ, or of <c>DQ(DynamicQuantizeLinear(x))</c> (scale and zero point null).</summary>
    private static bool TryActivationInput(Value? xdq, GraphFacts facts, out Value x, out Value? scale, out Value? zero)
    {
        x = null!;
        scale = zero = null;
        if (xdq is null || facts.Producer(xdq) is not { } dq || !IsOp(dq, "DequantizeLinear") || dq.Inputs.Count < 3 || dq.Inputs[0] is not { } xq)
            return false;
        if (facts.Producer(xq) is not { } q || q.Inputs.Count == 0 || q.Inputs[0] is not { } source || source.DType is not (null or DType.F32))
            return false;
        if (IsOp(q, "DynamicQuantizeLinear") && q.Outputs.Count == 3 && ReferenceEquals(dq.Inputs[1], q.Outputs[1]) && ReferenceEquals(dq.Inputs[2], q.Outputs[2]))
        {
            x = source;
            return true;
        }
        if (!IsOp(q, "QuantizeLinear") || q.Inputs.Count < 3)
            return false;
        if (facts.Constant(dq.Inputs[1]) is not { DType: DType.F32, Length: 1 } s || facts.Constant(dq.Inputs[2]) is not { DType: DType.U8, Length: 1 } z)
            return false;
        if (!SameScalar(facts, dq.Inputs[1], q.Inputs[1]) || !SameScalar(facts, dq.Inputs[2], q.Inputs[2]))
            return false;
        float sv = s.AsSpan<float>()[0];
        if (!float.IsFinite(sv) || sv <= 0)
            return false;
        _ = z;
        x = source;
        scale = dq.Inputs[1];
        zero = dq.Inputs[2];
        return true;
    }

    /// <summary>The s8 weights and scales of <c>DQ(w)</c> feeding input 1, when the zero points are 0 and per-channel scales lie on the output-channel axis.</summary>
    private static bool TryWeights(Node node, GraphFacts facts, out Value wq, out Value wScale)
    {
        wq = wScale = null!;
        if (node.Inputs[1] is not { } wdq || facts.Producer(wdq) is not { } dq || !IsOp(dq, "DequantizeLinear") || dq.Inputs.Count < 2)
            return false;
        if (facts.Constant(dq.Inputs[0]) is not { DType: DType.I8 } w || facts.Constant(dq.Inputs[1]) is not { DType: DType.F32 } s)
            return false;
        if (dq.Inputs.Count > 2 && dq.Inputs[2] is not null)
        {
            if (facts.Constant(dq.Inputs[2]) is not { DType: DType.I8 } z || z.AsSpan<sbyte>().IndexOfAnyExcept((sbyte)0) >= 0)
                return false;
        }
        int channelAxis;
        switch (node.OpType)
        {
            case "Conv":
                if (w.Rank != 4 || (node.FindAttribute("group")?.AsInt() ?? 1) != 1)
                    return false;
                if (node.FindAttribute("auto_pad")?.AsString() is { } pad && pad is not ("NOTSET" or "VALID"))
                    return false;
                channelAxis = 0;
                break;
            case "Gemm":
                if (w.Rank != 2 || (node.FindAttribute("transA")?.AsInt() ?? 0) != 0 || (node.FindAttribute("alpha")?.AsFloat() ?? 1f) != 1f
                    || (node.FindAttribute("beta")?.AsFloat() ?? 1f) != 1f)
                    return false;
                channelAxis = (node.FindAttribute("transB")?.AsInt() ?? 0) != 0 ? 0 : 1;
                break;
            default:
                if (w.Rank != 2 || node.Inputs.Count != 2)
                    return false;
                channelAxis = 1;
                break;
        }
        if (s.Length != 1)
        {
            long axis = dq.FindAttribute("axis")?.AsInt() ?? 1;
            if (axis < 0)
                axis += w.Rank;
            if (axis != channelAxis || s.Length != w.Shape[channelAxis])
                return false;
        }
        wq = dq.Inputs[0]!;
        wScale = dq.Inputs[1]!;
        return true;
    }

    /// <summary>The constant F32 bias with one value per output channel (or none).</summary>
    private static bool TryBias(Node node, GraphFacts facts, Value wq, out Value? bias)
    {
        bias = null;
        if (node.Inputs.Count < 3 || node.Inputs[2] is null)
            return true;
        var w = facts.Constant(wq)!;
        int n = node.OpType == "Conv" ? w.Shape[0] : (node.FindAttribute("transB")?.AsInt() ?? 0) != 0 ? w.Shape[0] : w.Shape[1];
        if (facts.Constant(node.Inputs[2]) is not { DType: DType.F32 } b || b.Length != n || (b.Rank == 2 && b.Shape[0] != 1) || b.Rank > 2)
            return false;
        bias = node.Inputs[2];
        return true;
    }

    private static bool TryBounds(Node act, GraphFacts facts, Graph graph, out float lo, out float hi)
    {
        lo = float.NegativeInfinity;
        hi = float.PositiveInfinity;
        if (!GraphFacts.IsOnnx(act) || act.Outputs.Count != 1 || act.Outputs[0] is null)
            return false;
        if (act.OpType == "Relu")
        {
            lo = 0;
            return true;
        }
        if (act.OpType != "Clip" || (graph.OpsetVersion("") ?? 0) < 11)
            return false;
        for (int k = 1; k < act.Inputs.Count; k++)
        {
            if (act.Inputs[k] is null)
                continue;
            if (facts.Constant(act.Inputs[k]) is not { DType: DType.F32, Length: 1 } bound)
                return false;
            if (k == 1) lo = bound.AsSpan<float>()[0];
            else hi = bound.AsSpan<float>()[0];
        }
        return lo <= hi;
    }

    private static bool SameScalar(GraphFacts facts, Value? a, Value? b)
    {
        if (a is null || b is null)
            return false;
        if (ReferenceEquals(a, b))
            return true;
        var ta = facts.Constant(a);
        var tb = facts.Constant(b);
        return ta is not null && tb is not null && ta.DType == tb.DType && ta.Length == 1 && tb.Length == 1 && ta.Bytes.SequenceEqual(tb.Bytes);
    }

    private static bool IsOp(Node node, string opType) => GraphFacts.IsOnnx(node) && node.OpType == opType;
}
