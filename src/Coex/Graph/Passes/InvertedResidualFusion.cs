namespace Coex.Graphs.Passes;

/// <summary>
/// Fuses the three convolutions of a MobileNetV2 inverted-residual block — 1×1 expand → depthwise (any stride) → 1×1
/// project, each a Conv or a <c>coex.FusedConv</c> with its clamp and (project only) residual —
/// into one <c>coex.InvertedResidual</c>, which the runtime runs band by band so the wide expanded tensors stay in cache.
/// </summary>
/// <remarks>
/// Run after <see cref="ResidualFusion"/> and <see cref="ActivationFusion"/>. Inputs of the fused node:
/// X, W1, B1, W2, B2, W3, B3, R (biases and R may be absent); weights must be F32 constants. Attributes:
/// <c>depthwise_pads</c> (top, left, bottom, right), <c>depthwise_dilations</c>, <c>depthwise_strides</c>, and <c>expand_min/max</c>,
/// <c>depthwise_min/max</c>, <c>project_min/max</c> (the clamps; infinite when none). Each intermediate must feed only
/// the next convolution. Runtime-only, like the other fused nodes.
/// </remarks>
public sealed class InvertedResidualFusion : IGraphPass
{
    /// <summary>Op type of the fused node (domain <see cref="ActivationFusion.Domain"/>).</summary>
    public const string OpType = "InvertedResidual";

    public string Name => "inverted-residual-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ActivationFusion.FuseUntilDone(graph, TryFuseOne);
    }

    private static bool TryFuseOne(Graph graph)
    {
        var facts = new GraphFacts(graph);
        foreach (var project in graph.Nodes)
        {
            if (!IsConv(project, facts, out var w3) || !IsPointwise(project, w3) || project.Inputs[0] is not { } mid2)
                continue;
            if (!facts.HasSingleConsumer(mid2) || facts.Producer(mid2) is not { } depthwise || !IsConv(depthwise, facts, out var w2, anyStride: true))
                continue;
            if (depthwise.Inputs.Count > 3 || depthwise.Inputs[0] is not { } mid1 || !facts.HasSingleConsumer(mid1))
                continue;
            if (facts.Producer(mid1) is not { } expand || !IsConv(expand, facts, out var w1) || !IsPointwise(expand, w1) || expand.Inputs.Count > 3)
                continue;
            int hidden = w1.Shape[0];
            if (w2.Shape[0] != hidden || w2.Shape[1] != 1 || Int(depthwise, "group", 1) != hidden || w3.Shape[1] != hidden)
                continue;
            if (!DepthwiseWindow(depthwise, w2, out var pads, out var dilations, out var strides))
                continue;
            var inputs = new List<Value?> { expand.Inputs[0], expand.Inputs[1], Input(expand, 2), depthwise.Inputs[1], Input(depthwise, 2),
                project.Inputs[1], Input(project, 2), Input(project, 3) };
            var fused = new Node(OpType, inputs, [project.Outputs[0]], ActivationFusion.Domain, project.Name);
            fused.Attributes.Add(NodeAttribute.Ints("depthwise_pads", pads));
            fused.Attributes.Add(NodeAttribute.Ints("depthwise_dilations", dilations));
            fused.Attributes.Add(NodeAttribute.Ints("depthwise_strides", strides));
            AddClamp(fused, "expand", expand);
            AddClamp(fused, "depthwise", depthwise);
            AddClamp(fused, "project", project);
            graph.Nodes[graph.Nodes.IndexOf(project)] = fused;
            graph.Nodes.Remove(depthwise);
            graph.Nodes.Remove(expand);
            return true;
        }
        return false;
    }

    /// <summary>A float Conv (ONNX, or coex.FusedConv with a Relu/Clip or no activation) with constant 4-D weights and one output.</summary>
    private static bool IsConv(Node node, GraphFacts facts, out Tensors.Tensor weights, bool anyStride = false)
    {
        weights = null!;
        bool onnx = GraphFacts.IsOnnx(node) && node.OpType == "Conv" && node.Inputs.Count <= 3;
        bool fused = node.Domain == ActivationFusion.Domain && node.OpType == "FusedConv" && node.Inputs.Count <= 4;
        if (!(onnx || fused) || node.Outputs.Count != 1 || node.Outputs[0] is null || node.Inputs.Count < 2 || node.Inputs[0] is null)
            return false;
        if (node.FindAttribute("auto_pad") is { } autoPad && autoPad.AsString() is not ("" or "NOTSET"))
            return false;
        if (!anyStride && Ints(node, "strides") is { } strides && strides.Any(s => s != 1))
            return false;
        if (facts.Constant(node.Inputs[1]) is not { DType: Tensors.DType.F32, Rank: 4 } w)
            return false;
        weights = w;
        return true;
    }

    private static bool IsPointwise(Node node, Tensors.Tensor weights) =>
        weights.Shape[2] == 1 && weights.Shape[3] == 1 && Int(node, "group", 1) == 1
        && (Ints(node, "pads") is not { } pads || pads.All(p => p == 0));

    /// <summary>The depthwise window, when the kernel takes it: 2-D, positive strides and dilations, vertical pads within the filter's extent.</summary>
    private static bool DepthwiseWindow(Node node, Tensors.Tensor weights, out long[] pads, out long[] dilations, out long[] strides)
    {
        pads = Ints(node, "pads") ?? [0, 0, 0, 0];
        dilations = Ints(node, "dilations") ?? [1, 1];
        strides = Ints(node, "strides") ?? [1, 1];
        if (pads.Length != 4 || dilations.Length != 2 || strides.Length != 2 || pads.Any(p => p < 0) || dilations.Any(d => d < 1) || strides.Any(s => s < 1))
            return false;
        long extent = (weights.Shape[2] - 1) * dilations[0];
        return pads[0] <= extent && pads[2] <= extent;
    }

    private static void AddClamp(Node fused, string prefix, Node conv)
    {
        fused.Attributes.Add(NodeAttribute.Float(prefix + "_min", conv.FindAttribute("activation_min")?.AsFloat() ?? float.NegativeInfinity));
        fused.Attributes.Add(NodeAttribute.Float(prefix + "_max", conv.FindAttribute("activation_max")?.AsFloat() ?? float.PositiveInfinity));
    }

    private static Value? Input(Node node, int index) => index < node.Inputs.Count ? node.Inputs[index] : null;

    private static long Int(Node node, string name, long fallback) => node.FindAttribute(name)?.AsInt() ?? fallback;

    private static long[]? Ints(Node node, string name) => node.FindAttribute(name)?.AsInts().ToArray();
}
