namespace Coex.Graphs.Passes;

/// <summary>
/// Folds a 2×2, stride-2 MaxPool (no pads, floor rounding, no indices output) into the <c>coex.FusedConv</c> that alone
/// feeds it, as the attribute <c>max_pool_2x2 = 1</c>: the convolution kernel then pools its own output rows while they
/// are in cache and writes only the pooled tensor (LeNet-style Conv → ReLU → MaxPool stacks; a quarter of the writes and
/// no second pass). Run it after <see cref="ActivationFusion"/>, on graphs handed to the runtime only.
/// </summary>
public sealed class PoolFusion : IGraphPass
{
    public const string Attribute = "max_pool_2x2";

    public string Name => "pool-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ActivationFusion.FuseUntilDone(graph, TryFuseOne);
    }

    private static bool TryFuseOne(Graph graph)
    {
        var facts = new GraphFacts(graph);
        foreach (var pool in graph.Nodes)
        {
            if (pool.OpType != "MaxPool" || !GraphFacts.IsOnnx(pool) || pool.Inputs.Count != 1 || pool.Inputs[0] is not { } x || !IsPlainTwoByTwo(pool))
                continue;
            if (pool.Outputs.Count is 0 || pool.Outputs[0] is null || pool.Outputs.Skip(1).Any(o => o is not null))
                continue;
            if (!facts.HasSingleConsumer(x) || facts.Producer(x) is not { OpType: "FusedConv", Outputs.Count: 1 } conv || conv.Domain != ActivationFusion.Domain)
                continue;
            // A residual joins the output before the clamp; the pooled kernel has no residual input.
            if (conv.Inputs.Count > 3 || conv.FindAttribute(Attribute) is not null || x.Shape is not { Count: 4 })
                continue;
            conv.Attributes.Add(NodeAttribute.Int(Attribute, 1));
            conv.Outputs[0] = pool.Outputs[0];
            graph.Nodes.Remove(pool);
            return true;
        }
        return false;
    }

    /// <summary>kernel 2×2, strides 2×2, no padding, floor rounding, no dilation.</summary>
    private static bool IsPlainTwoByTwo(Node pool)
    {
        static bool Ints(Node n, string name, long[]? expected, bool required)
        {
            var a = n.FindAttribute(name);
            if (a is null)
                return !required;
            return expected is not null && a.Kind == AttributeKind.Ints && a.AsInts().SequenceEqual(expected);
        }
        if (!Ints(pool, "kernel_shape", [2, 2], required: true) || !Ints(pool, "strides", [2, 2], required: true))
            return false;
        if (pool.FindAttribute("pads") is { } pads && (pads.Kind != AttributeKind.Ints || pads.AsInts().Any(p => p != 0)))
            return false;
        if (!Ints(pool, "dilations", [1, 1], required: false))
            return false;
        if (pool.FindAttribute("ceil_mode") is { } ceil && (ceil.Kind != AttributeKind.Int || ceil.AsInt() != 0))
            return false;
        return pool.FindAttribute("auto_pad") is not { } autoPad || autoPad.Kind == AttributeKind.String && autoPad.AsString() is "NOTSET" or "VALID";
    }
}
