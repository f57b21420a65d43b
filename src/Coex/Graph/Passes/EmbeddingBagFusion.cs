using Coex.Tensors;

namespace Coex.Graphs.Passes;

/// <summary>
/// Recognizes the ONNX <c>Loop</c> that PyTorch's exporter writes for <c>nn.EmbeddingBag(mode='sum'|'mean')</c> with
/// offsets and replaces it by one Coex-domain node, <c>coex.EmbeddingBag(weight, indices, offsets)</c> with attribute
/// <c>mode</c>, which the runtime runs as a native embedding-bag kernel instead of one nested graph run per bag.
/// </summary>
/// <remarks>
/// The pattern (PyTorch 1.13, opsets 11–16), with <c>X</c> the indices, <c>W</c> the table and <c>off</c> the offsets:
/// <code>
///   A = Concat(off, Unsqueeze(Gather(Shape(X), 0)))       bag bounds, [batch + 1]
///   B = Slice(A, [1], [big], [0], [1])                    A[1:]
///   M = Gather(Shape(B), 0)                               trip count = batch
///   Loop(M, true) body(i, cond):
///       ids  = Slice(X, Unsqueeze(Gather(A, i)), Unsqueeze(Gather(B, i)), [0])
///       scan = ReduceSum|ReduceMean(Gather(W, ids), axes=[0], keepdims=0)
///       cond_out = Cast|Identity(true) or cond
/// </code>
/// Anything that differs (per-sample weights, mode='max', include_last_offset, other bounds) is left as a Loop,
/// which still runs correctly, only slower. Two differences from the literal Loop, both in PyTorch's favour: an
/// empty bag in mode 'mean' gives zeros (PyTorch's definition) where ReduceMean over no rows gives NaN, and offsets
/// that are not non-decreasing and within the indices are refused with an error where Slice would clamp them.
/// The node's domain is <see cref="ActivationFusion.Domain"/>; like the fused ops, it is for Coex's runtime only.
/// </remarks>
public sealed class EmbeddingBagFusion : IGraphPass
{
    /// <summary>The Coex-domain op type the pass creates.</summary>
    public const string OpType = "EmbeddingBag";

    public string Name => "embedding-bag-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        long opset = graph.OpsetVersion("") ?? 0;
        if (opset < 11)
            return false;
        bool changed = false;
        for (int n = 0; n < graph.Nodes.Count; n++)
        {
            var loop = graph.Nodes[n];
            if (!GraphFacts.IsOnnx(loop) || loop.OpType != "Loop")
                continue;
            var match = Match(graph, loop);
            if (match is null)
                continue;
            var bag = new Node(OpType, [match.Value.Weight, match.Value.Indices, match.Value.Offsets], [loop.Outputs[0]], ActivationFusion.Domain, loop.Name);
            bag.Attributes.Add(NodeAttribute.String("mode", match.Value.Mode));
            graph.Nodes[n] = bag;
            changed = true;
        }
        if (changed && graph.OpsetVersion(ActivationFusion.Domain) is null)
            graph.OpsetImports.Add(new OpsetImport(ActivationFusion.Domain, ActivationFusion.DomainVersion));
        // The bounds and trip-count nodes now feed nothing; dead-node removal (which sessions run next) drops them.
        return changed;
    }

    private readonly record struct BagMatch(Value Weight, Value Indices, Value Offsets, string Mode);

    private static BagMatch? Match(Graph graph, Node loop)
    {
        if (loop.Inputs.Count != 2 || loop.Outputs.Count != 1 || loop.Outputs[0] is null || loop.Inputs[0] is not { } tripCount)
            return null;
        if (loop.FindAttribute("body") is not { Kind: AttributeKind.Graph } bodyAttr)
            return null;
        var body = bodyAttr.AsGraph();
        if (body.Inputs.Count != 2 || body.Outputs.Count != 2)
            return null;
        var outer = new Scope(graph, null);
        var inner = new Scope(body, outer);
        var iteration = body.Inputs[0];
        var condIn = body.Inputs[1];

        // The loop runs exactly M times: its condition starts true and stays true.
        if (loop.Inputs[1] is { } cond0 && !IsTrue(outer.ConstantOf(cond0)))
            return null;
        var condOut = body.Outputs[0];
        while (inner.Producer(condOut) is { OpType: "Cast" or "Identity", Inputs: [{ } source] })
            condOut = source;
        if (condOut != condIn && !IsTrue(inner.ConstantOf(condOut)))
            return null;

        // scan = Reduce(Gather(W, Slice(X, start, end, [0])), axes=[0], keepdims=0)
        if (inner.Producer(body.Outputs[1]) is not { } reduce || reduce.OpType is not ("ReduceSum" or "ReduceMean"))
            return null;
        if (reduce.FindAttribute("keepdims")?.AsInt() != 0 || !ReducesAxisZero(reduce, inner, opset: graph.OpsetVersion("") ?? 0))
            return null;
        if (inner.Producer(reduce.Inputs[0]) is not { OpType: "Gather", Inputs: [{ } weight, { } ids] } gatherRows || Axis(gatherRows) != 0)
            return null;
        if (!outer.IsVisible(weight) || weight.DType is { } wt && wt != DType.F32 || weight.Shape is { Count: not 2 })
            return null;
        if (inner.Producer(ids) is not { OpType: "Slice" } slice || slice.Inputs.Count < 3 || slice.Inputs[0] is not { } indices)
            return null;
        if (!outer.IsVisible(indices) || slice.Inputs.Count > 3 && !IsInts(inner.ConstantOf(slice.Inputs[3]), 0))
            return null;
        if (slice.Inputs.Count > 4 && slice.Inputs[4] is { } steps && !IsInts(inner.ConstantOf(steps), 1))
            return null;
        if (BoundSource(inner, slice.Inputs[1], iteration) is not { } starts || BoundSource(inner, slice.Inputs[2], iteration) is not { } ends)
            return null;

        // starts = Concat(offsets, [len(X)]), ends = starts[1:], M = len(ends).
        if (outer.Producer(starts) is not { OpType: "Concat", Inputs: [{ } offsets, { } total] } concat || concat.FindAttribute("axis")?.AsInt() != 0)
            return null;
        if (!IsLengthOf(outer, Unsqueezed(outer, total), indices))
            return null;
        if (outer.Producer(ends) is not { OpType: "Slice" } tail || tail.Inputs.Count < 3 || tail.Inputs[0] != starts
            || !IsInts(outer.ConstantOf(tail.Inputs[1]), 1) || outer.ConstantOf(tail.Inputs[2]) is not { } endTensor || Longs(endTensor) is not [>= int.MaxValue]
            || tail.Inputs.Count > 3 && !IsInts(outer.ConstantOf(tail.Inputs[3]), 0)
            || tail.Inputs.Count > 4 && tail.Inputs[4] is { } tailSteps && !IsInts(outer.ConstantOf(tailSteps), 1))
            return null;
        if (!IsLengthOf(outer, tripCount, ends) && !IsLengthOf(outer, tripCount, offsets))
            return null;
        return new BagMatch(weight, indices, offsets, reduce.OpType == "ReduceSum" ? "sum" : "mean");
    }

    /// <summary>The outer tensor <c>T</c> when <paramref name="bound"/> is <c>Unsqueeze(Gather(T, iteration), [0])</c>.</summary>
    private static Value? BoundSource(Scope inner, Value? bound, Value iteration)
    {
        var element = Unsqueezed(inner, bound);
        if (element is null || inner.Producer(element) is not { OpType: "Gather", Inputs: [{ } source, { } index] } gather || index != iteration || Axis(gather) != 0)
            return null;
        return inner.Outer!.IsVisible(source) ? source : null;
    }

    /// <summary><c>x</c> when <paramref name="value"/> is <c>Unsqueeze(x, [0])</c> (axes as input from opset 13, as attribute before).</summary>
    private static Value? Unsqueezed(Scope scope, Value? value)
    {
        if (value is null || scope.Producer(value) is not { OpType: "Unsqueeze", Inputs.Count: >= 1 } unsqueeze || unsqueeze.Inputs[0] is not { } x)
            return null;
        var axes = unsqueeze.FindAttribute("axes")?.AsInts().ToArray()
            ?? (unsqueeze.Inputs.Count > 1 && scope.ConstantOf(unsqueeze.Inputs[1]) is { } t ? Longs(t) : null);
        return axes is [0] ? x : null;
    }

    /// <summary>True when <paramref name="value"/> is <c>Gather(Shape(of), 0)</c>: the length of <paramref name="of"/>.</summary>
    private static bool IsLengthOf(Scope scope, Value? value, Value of) =>
        value is not null
        && scope.Producer(value) is { OpType: "Gather", Inputs: [{ } shape, { } index] } gather && Axis(gather) == 0
        && IsInts(scope.ConstantOf(index), 0)
        && scope.Producer(shape) is { OpType: "Shape", Inputs: [{ } x] } shapeNode && x == of
        && shapeNode.FindAttribute("start") is null && shapeNode.FindAttribute("end") is null;

    private static bool ReducesAxisZero(Node reduce, Scope scope, long opset)
    {
        // ReduceSum takes axes as an input from opset 13; ReduceMean from opset 18. Earlier, an attribute.
        if (reduce.FindAttribute("axes") is { } attr)
            return attr.AsInts() is [0];
        if (reduce.Inputs.Count > 1 && reduce.Inputs[1] is { } axes)
            return IsInts(scope.ConstantOf(axes), 0);
        return false;
    }

    private static long Axis(Node gather) => gather.FindAttribute("axis")?.AsInt() ?? 0;

    private static bool IsTrue(Tensor? t) => t is { Length: 1 } && Longs(t) is [not 0];

    private static bool IsInts(Tensor? t, params long[] expected) => t is not null && Longs(t) is { } v && v.SequenceEqual(expected);

    private static long[]? Longs(Tensor t) => t.DType switch
    {
        DType.I64 => t.AsSpan<long>().ToArray(),
        DType.I32 => [.. t.AsSpan<int>().ToArray().Select(x => (long)x)],
        DType.Bool => [.. t.AsSpan<bool>().ToArray().Select(x => x ? 1L : 0L)],
        _ => null,
    };

    /// <summary>Producers and constants of one graph, chained to the graph around it.</summary>
    private sealed class Scope
    {
        private readonly Dictionary<Value, Node> _producers = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<Value> _defined = new(ReferenceEqualityComparer.Instance);
        private readonly GraphFacts _facts;

        public Scope(Graph graph, Scope? outer)
        {
            Outer = outer;
            _facts = new GraphFacts(graph);
            foreach (var v in graph.Inputs) _defined.Add(v);
            foreach (var i in graph.Initializers) _defined.Add(i.Value);
            foreach (var node in graph.Nodes)
            {
                foreach (var o in node.Outputs)
                {
                    if (o is null)
                        continue;
                    _producers[o] = node;
                    _defined.Add(o);
                }
            }
        }

        public Scope? Outer { get; }

        /// <summary>The default-domain node producing <paramref name="value"/> in this graph (not outer ones), or null.</summary>
        public Node? Producer(Value? value) =>
            value is not null && _producers.TryGetValue(value, out var n) && GraphFacts.IsOnnx(n) ? n : null;

        /// <summary>True when <paramref name="value"/> is defined in this graph or one around it.</summary>
        public bool IsVisible(Value value) => _defined.Contains(value) || Outer?.IsVisible(value) == true;

        /// <summary>The fixed contents of <paramref name="value"/>: an initializer or a Constant node's value, here or outside.</summary>
        public Tensor? ConstantOf(Value? value)
        {
            if (value is null)
                return null;
            if (_facts.Constant(value) is { } t)
                return t;
            if (Producer(value) is { OpType: "Constant" } c && c.FindAttribute("value") is { Kind: AttributeKind.Tensor } a)
                return a.AsTensor();
            return _defined.Contains(value) ? null : Outer?.ConstantOf(value);
        }
    }
}
