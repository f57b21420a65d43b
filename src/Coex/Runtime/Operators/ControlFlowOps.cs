using Coex.Graphs;
using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// If and Loop: each body graph becomes a nested <see cref="InferenceSession"/> built at load. Values a body reads
/// from the graphs around it ("free" values) become extra inputs of the body session and extra hidden inputs of
/// the node's step, so the outer memory plan keeps them alive until the node has run.
/// </summary>
internal static class ControlFlowOps
{
    /// <summary>A body session and the outer values it reads, in the order its extra inputs are fed.</summary>
    private sealed record Body(InferenceSession Session, Value[] Free, string[] OutputNames);

    /// <summary>True when the node is a control-flow op this class builds (it needs the enclosing graph, not just a BuildContext).</summary>
    public static bool Handles(Node node) => Graph.NormalizeDomain(node.Domain).Length == 0 && node.OpType is "If" or "Loop";

    /// <summary>Builds the kernel; <paramref name="hiddenInputs"/> are outer values the step must also pass in (after the node's own inputs).</summary>
    public static Kernel Build(Node node, long opset, Graph outer, SessionOptions options, out Value[] hiddenInputs)
    {
        if (node.OpType == "If")
        {
            var then = Compile(node, "then_branch", outer, options, opset);
            var otherwise = Compile(node, "else_branch", outer, options, opset);
            hiddenInputs = [.. then.Free.Concat(otherwise.Free).Distinct()];
            var hidden = hiddenInputs;
            return (ctx, i, o) =>
            {
                var branch = GetLong(i[0]!, 0) != 0 ? then : otherwise;
                var results = branch.Session.Run(Feeds(branch, hidden, i, node.Inputs.Count));
                for (int k = 0; k < o.Length && k < branch.OutputNames.Length; k++)
                    o[k] = results[branch.OutputNames[k]];
            };
        }
        var body = Compile(node, "body", outer, options, opset);
        hiddenInputs = body.Free;
        int carried = node.Inputs.Count - 2;
        var bodyInputs = node.FindAttribute("body")!.AsGraph().Inputs;
        var bodyOutputs = node.FindAttribute("body")!.AsGraph().Outputs;
        if (bodyInputs.Count != carried + 2)
            throw new UnsupportedOperatorException(node.OpType, node.Domain, opset, $"the body takes {bodyInputs.Count} inputs; 2 + {carried} loop-carried values expected");
        return (ctx, i, o) =>
        {
            long max = i[0] is { } m ? GetLong(m, 0) : long.MaxValue;
            bool cond = i[1] is not { } c0 || GetLong(c0, 0) != 0;
            var state = Enumerable.Range(0, carried).Select(k => i[2 + k]!).ToArray();
            int scans = body.OutputNames.Length - 1 - carried;
            var scanned = Enumerable.Range(0, scans).Select(_ => new List<Tensor>()).ToArray();
            for (long iteration = 0; iteration < max && cond; iteration++)
            {
                var feeds = Feeds(body, body.Free, i, node.Inputs.Count);
                feeds[bodyInputs[0].Name] = Tensor.FromSpan<long>([iteration]);
                feeds[bodyInputs[1].Name] = Tensor.FromSpan<bool>([cond]);
                for (int k = 0; k < carried; k++)
                    feeds[bodyInputs[2 + k].Name] = state[k];
                var results = body.Session.Run(feeds);
                cond = GetLong(results[body.OutputNames[0]], 0) != 0;
                for (int k = 0; k < carried; k++)
                    state[k] = results[body.OutputNames[1 + k]];
                for (int k = 0; k < scans; k++)
                    scanned[k].Add(results[body.OutputNames[1 + carried + k]]);
            }
            for (int k = 0; k < carried && k < o.Length; k++)
                o[k] = state[k];
            for (int k = 0; k < scans && carried + k < o.Length; k++)
                o[carried + k] = Stack(ctx, scanned[k], bodyOutputs[1 + carried + k]);
        };
    }

    private static Dictionary<string, Tensor> Feeds(Body body, Value[] hidden, Tensor?[] inputs, int ownInputs)
    {
        var feeds = new Dictionary<string, Tensor>();
        foreach (var v in body.Free)
            feeds[v.Name] = inputs[ownInputs + Array.IndexOf(hidden, v)] ?? throw new InvalidOperationException($"Outer value '{v.Name}' is not available.");
        return feeds;
    }

    /// <summary>
    /// Scan outputs: the per-iteration tensors stacked along a new leading axis. With no iterations the result is
    /// [0, ...] when the body declares the scanned value's type and full shape (as ONNX Runtime does); else an error.
    /// </summary>
    private static Tensor Stack(RunContext ctx, List<Tensor> parts, Value declared)
    {
        if (parts.Count == 0)
        {
            if (declared.DType is { } dtype && declared.Shape is { } shape && shape.All(d => d.IsKnown))
                return ctx.Allocate(dtype, [0, .. shape.Select(d => d.Size!.Value)]);
            throw new InvalidOperationException($"A Loop that ran no iterations has scan output '{declared.Name}' of unknown shape (the body does not declare its type and full shape).");
        }
        var first = parts[0];
        var r = ctx.Allocate(first.DType, [parts.Count, .. first.Shape]);
        int bytes = first.ByteLength;
        for (int k = 0; k < parts.Count; k++)
        {
            if (!parts[k].Shape.SequenceEqual(first.Shape))
                throw new InvalidOperationException($"Loop scan output changes shape between iterations: {first} then {parts[k]}.");
            parts[k].Bytes.CopyTo(r.Bytes.Slice(k * bytes, bytes));
        }
        return r;
    }

    private static Body Compile(Node node, string attribute, Graph outer, SessionOptions options, long opset)
    {
        var sub = node.FindAttribute(attribute)?.AsGraph()
            ?? throw new UnsupportedOperatorException(node.OpType, node.Domain, opset, $"attribute '{attribute}' is missing");
        var free = FreeValues(sub).ToArray();
        // The body as a standalone graph: its own inputs, then the outer values it reads; opsets are inherited.
        var standalone = new Graph { Name = sub.Name };
        standalone.Inputs.AddRange(sub.Inputs);
        standalone.Inputs.AddRange(free);
        standalone.Initializers.AddRange(sub.Initializers);
        standalone.Nodes.AddRange(sub.Nodes);
        standalone.Outputs.AddRange(sub.Outputs);
        standalone.OpsetImports.AddRange(outer.OpsetImports);
        return new Body(new InferenceSession(standalone, options), free, [.. sub.Outputs.Select(v => v.Name)]);
    }

    /// <summary>Values <paramref name="g"/> (or any graph nested in it) reads but does not define, in first-use order.</summary>
    private static List<Value> FreeValues(Graph g)
    {
        var defined = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        foreach (var v in g.Inputs) defined.Add(v);
        foreach (var init in g.Initializers) defined.Add(init.Value);
        foreach (var n in g.Nodes)
            foreach (var v in n.Outputs)
                if (v is not null) defined.Add(v);
        var free = new List<Value>();
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        void Use(Value v)
        {
            if (!defined.Contains(v) && seen.Add(v))
                free.Add(v);
        }
        foreach (var n in g.Nodes)
        {
            foreach (var v in n.Inputs)
                if (v is not null) Use(v);
            foreach (var a in n.Attributes)
                foreach (var sg in a.Subgraphs)
                    foreach (var v in FreeValues(sg)) Use(v);
        }
        foreach (var v in g.Outputs) Use(v);
        return free;
    }
}
