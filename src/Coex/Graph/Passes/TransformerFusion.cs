using Coex.Tensors;

namespace Coex.Graphs.Passes;

/// <summary>
/// Fuses the element-wise tails exporters write around a transformer's matrix products into Coex-domain ops, each one
/// pass over memory instead of several:
/// <list type="bullet">
/// <item><c>MatMul(x, W) → Add(·, b)</c> with constant W [K, N] and constant b of N values (leading dims 1) becomes
/// <c>coex.MatMulBias(x, W, b)</c>: the GEMM adds b to each output tile as it finishes.</item>
/// <item><c>Div(u, √2) → Erf → Add(·, 1) → Mul(u, ·) → Mul(·, 0.5)</c> (exact GELU, as PyTorch exports it) becomes
/// <c>coex.Gelu(u)</c>.</item>
/// <item><c>coex.MatMulBias → coex.Gelu</c> becomes one MatMulBias with <c>activation = "Gelu"</c>, applied per tile.</item>
/// <item><c>coex.MatMulBias → Add(·, r)</c>, r of the product's own shape (a residual connection), becomes MatMulBias
/// with r as a fourth input, added per tile.</item>
/// </list>
/// Every intermediate must feed only the next node of its pattern. Like <see cref="ActivationFusion"/>, run it only
/// on graphs handed to the runtime: ONNX Runtime cannot load the fused ops.
/// </summary>
public sealed class TransformerFusion : IGraphPass
{
    public const string MatMulBias = "MatMulBias";
    public const string Gelu = "Gelu";
    /// <summary>The MatMulBias attribute naming the activation its epilogue applies ("Gelu"), absent for none.</summary>
    public const string Activation = "activation";

    public string Name => "transformer-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ActivationFusion.FuseUntilDone(graph, TryFuseOne);
    }

    private static bool TryFuseOne(Graph graph)
    {
        var facts = new GraphFacts(graph);
        Node? Next(Node node, string opType) =>
            node.Outputs.Count == 1 && node.Outputs[0] is { } o && facts.SoleConsumer(o) is { } next
            && next.OpType == opType && GraphFacts.IsOnnx(next) && next.Outputs.Count == 1 ? next : null;

        foreach (var node in graph.Nodes)
        {
            if (!GraphFacts.IsOnnx(node))
                continue;
            if (node.OpType == "MatMul" && TryMatMulBias(graph, facts, node, Next(node, "Add")))
                return true;
            if (node.OpType == "Erf" && TryGelu(graph, facts, node, Next))
                return true;
        }
        foreach (var node in graph.Nodes)
        {
            if (node.OpType != MatMulBias || node.Domain != ActivationFusion.Domain || node.Outputs.Count != 1 || node.Outputs[0] is not { } y
                || facts.SoleConsumer(y) is not { Outputs.Count: 1 } next)
                continue;
            bool activated = node.FindAttribute(Activation) is not null;
            if (next.OpType == Gelu && next.Domain == ActivationFusion.Domain && !activated)
            {
                node.Attributes.Add(NodeAttribute.String(Activation, Gelu));
                node.Outputs[0] = next.Outputs[0];
                graph.Nodes.Remove(next);
                return true;
            }
            // The residual joins before the activation in the epilogue, so a product that already has one takes none.
            if (next.OpType == "Add" && GraphFacts.IsOnnx(next) && node.Inputs.Count == 3 && !activated
                && Other(next, y) is { } residual && SameShape(residual, y) && residual.DType is DType.F32 && next.Outputs[0] is { } sum)
            {
                node.Inputs.Add(residual);
                node.Outputs[0] = sum;
                // The fused node takes the Add's place: the residual may be computed after the product.
                graph.Nodes.Remove(node);
                graph.Nodes[graph.Nodes.IndexOf(next)] = node;
                return true;
            }
        }
        return false;
    }

    /// <summary>True when both shapes are fully known (sizes or named symbols) and equal: the Add cannot broadcast.</summary>
    private static bool SameShape(Value a, Value b) =>
        a.Shape is { } sa && b.Shape is { } sb && sa.Count == sb.Count && sa.Zip(sb).All(p => (p.First.IsKnown || p.First.Symbol is not null) && p.First == p.Second);

    private static bool TryMatMulBias(Graph graph, GraphFacts facts, Node matMul, Node? add)
    {
        if (add is null || matMul.Inputs.Count != 2 || matMul.Inputs[0] is not { } x || add.Inputs.Count != 2)
            return false;
        if (facts.Constant(matMul.Inputs[1]) is not { DType: DType.F32, Rank: 2 } w || x.DType is not (null or DType.F32))
            return false;
        var product = matMul.Outputs[0];
        var biasValue = ReferenceEquals(add.Inputs[0], product) ? add.Inputs[1] : add.Inputs[0];
        if (facts.Constant(biasValue) is not { DType: DType.F32 } bias || bias.Length != w.Shape[1] || bias.Shape[^1] != w.Shape[1])
            return false;
        // The bias may not add dimensions: [N] always fits; [1, …, 1, N] only when x has at least that rank.
        if (bias.Rank > 1 && (x.Shape is not { } xs || xs.Count < bias.Rank))
            return false;
        matMul.OpType = MatMulBias;
        matMul.Domain = ActivationFusion.Domain;
        matMul.Inputs.Add(biasValue);
        matMul.Outputs[0] = add.Outputs[0];
        graph.Nodes.Remove(add);
        return true;
    }

    private static bool TryGelu(Graph graph, GraphFacts facts, Node erf, Func<Node, string, Node?> next)
    {
        // Backwards: the Div feeding the Erf, and u.
        if (erf.Inputs.Count != 1 || erf.Inputs[0] is not { } scaled || !facts.HasSingleConsumer(scaled))
            return false;
        var div = facts.Producer(scaled) is { Outputs.Count: 1 } producer ? producer : null;
        if (div is null || div.OpType != "Div" || !GraphFacts.IsOnnx(div) || div.Inputs.Count != 2 || div.Inputs[0] is not { } u
            || !IsScalar(facts, div.Inputs[1], MathF.Sqrt(2f)) || u.DType is not (null or DType.F32))
            return false;
        // Forwards: + 1, × u, × 0.5.
        if (next(erf, "Add") is not { } addOne || !OtherIsScalar(facts, addOne, erf.Outputs[0]!, 1f))
            return false;
        if (next(addOne, "Mul") is not { } timesU || !ReferenceEquals(Other(timesU, addOne.Outputs[0]!), u))
            return false;
        if (next(timesU, "Mul") is not { } half || !OtherIsScalar(facts, half, timesU.Outputs[0]!, 0.5f))
            return false;
        half.OpType = Gelu;
        half.Domain = ActivationFusion.Domain;
        half.Inputs.Clear();
        half.Inputs.Add(u);
        half.Attributes.Clear();
        graph.Nodes.Remove(div);
        graph.Nodes.Remove(erf);
        graph.Nodes.Remove(addOne);
        graph.Nodes.Remove(timesU);
        return true;
    }

    /// <summary>The input of two-input <paramref name="node"/> that is not <paramref name="known"/> (null when neither or both are).</summary>
    private static Value? Other(Node node, Value known)
    {
        if (node.Inputs.Count != 2)
            return null;
        bool first = ReferenceEquals(node.Inputs[0], known), second = ReferenceEquals(node.Inputs[1], known);
        return first == second ? null : first ? node.Inputs[1] : node.Inputs[0];
    }

    private static bool OtherIsScalar(GraphFacts facts, Node node, Value known, float value) => IsScalar(facts, Other(node, known), value);

    /// <summary>True when <paramref name="v"/> is a one-element float constant within a float rounding of <paramref name="value"/>.</summary>
    private static bool IsScalar(GraphFacts facts, Value? v, float value) =>
        facts.Constant(v) is { DType: DType.F32, Length: 1, Rank: <= 1 } t && Math.Abs(t.AsSpan<float>()[0] - value) <= 1e-6f * Math.Abs(value);
}
