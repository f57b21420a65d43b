namespace Coex.Graphs.Passes;

/// <summary>
/// Fuses a Conv or Gemm with the Relu or constant-bound Clip that alone reads its output into one node of the Coex
/// domain — <c>coex.FusedConv</c> / <c>coex.FusedGemm</c> — whose kernel clamps its output in place, saving a pass over memory.
/// </summary>
/// <remarks>
/// ONNX has no fused Conv+activation operator, so the fused node is Coex-only: it keeps the original op's inputs and
/// attributes and adds <c>activation</c> ("Relu" or "Clip"), <c>activation_min</c> and <c>activation_max</c> (floats;
/// infinite when unbounded) and <c>onnx_opset</c> (the default-domain opset the original op was written against).
/// A <c>coex.FusedConv</c> made by <see cref="ResidualFusion"/> (a residual input, no activation yet) takes the
/// activation that follows its Add the same way.
/// The pass adds the import of domain <see cref="Domain"/> at <see cref="DomainVersion"/> to the graph.
/// Run it only on graphs handed to the runtime: ONNX Runtime cannot load the fused ops, which is why
/// <c>InferenceSession</c> applies it to its own copy of the model and the exported file never contains them.
/// </remarks>
public sealed class ActivationFusion : IGraphPass
{
    /// <summary>The domain of the fused operators.</summary>
    public const string Domain = "coex";

    /// <summary>The only version of the <see cref="Domain"/> operator set.</summary>
    public const long DomainVersion = 1;

    public string Name => "activation-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        long onnxOpset = graph.OpsetVersion("") ?? 0;
        if (onnxOpset == 0)
            return false;
        return FuseUntilDone(graph, g => TryFuseOne(g, onnxOpset));
    }

    /// <summary>
    /// Applies <paramref name="tryFuseOne"/> (one rewrite per call, false when none is left) until it finds nothing, and
    /// imports the Coex domain the fused nodes live in. The loop every fusion pass shares.
    /// </summary>
    internal static bool FuseUntilDone(Graph graph, Func<Graph, bool> tryFuseOne)
    {
        bool changed = false;
        while (tryFuseOne(graph))
            changed = true;
        if (changed && graph.OpsetVersion(Domain) is null)
            graph.OpsetImports.Add(new OpsetImport(Domain, DomainVersion));
        return changed;
    }

    private static bool TryFuseOne(Graph graph, long onnxOpset)
    {
        var facts = new GraphFacts(graph);
        foreach (var act in graph.Nodes)
        {
            if (!GraphFacts.IsOnnx(act) || act.Inputs.Count == 0 || act.Inputs[0] is not { } x || act.Outputs.Count != 1 || act.Outputs[0] is null)
                continue;
            if (!TryBounds(act, facts, onnxOpset, out float min, out float max))
                continue;
            if (!facts.HasSingleConsumer(x) || facts.Producer(x) is not { } producer || producer.Outputs.Count != 1)
                continue;
            bool plain = GraphFacts.IsOnnx(producer) && producer.OpType is "Conv" or "Gemm";
            // A Conv that ResidualFusion already joined with its Add, still without an activation: the clamp follows the sum.
            bool residualConv = producer.Domain == Domain && producer.OpType == "FusedConv" && producer.FindAttribute("activation") is null;
            if (!plain && !residualConv)
                continue;
            if (x.DType is { } dtype && dtype != Tensors.DType.F32)
                continue;
            if (plain)
            {
                producer.OpType = "Fused" + producer.OpType;
                producer.Domain = Domain;
                producer.Attributes.Add(NodeAttribute.Int("onnx_opset", onnxOpset));
            }
            producer.Attributes.Add(NodeAttribute.String("activation", act.OpType));
            producer.Attributes.Add(NodeAttribute.Float("activation_min", min));
            producer.Attributes.Add(NodeAttribute.Float("activation_max", max));
            producer.Outputs[0] = act.Outputs[0];
            graph.Nodes.Remove(act);
            return true;
        }
        return false;
    }

    /// <summary>The clamp an activation node applies, when it is Relu or a Clip whose bounds are fixed at load.</summary>
    private static bool TryBounds(Node act, GraphFacts facts, long onnxOpset, out float min, out float max)
    {
        min = float.NegativeInfinity;
        max = float.PositiveInfinity;
        if (act.OpType == "Relu" && act.Inputs.Count == 1)
        {
            min = 0f;
            return true;
        }
        if (act.OpType != "Clip")
            return false;
        if (onnxOpset < 11)
        {
            // Before opset 11 the bounds are attributes (defaulting to the float range).
            min = act.FindAttribute("min")?.AsFloat() ?? float.MinValue;
            max = act.FindAttribute("max")?.AsFloat() ?? float.MaxValue;
            return true;
        }
        for (int k = 1; k < act.Inputs.Count; k++)
        {
            if (act.Inputs[k] is null)
                continue;
            if (facts.Constant(act.Inputs[k]) is not { DType: Tensors.DType.F32, Length: 1 } bound)
                return false;
            float v = bound.AsSpan<float>()[0];
            if (k == 1)
                min = v;
            else
                max = v;
        }
        return true;
    }
}
