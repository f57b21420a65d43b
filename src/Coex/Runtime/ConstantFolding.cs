using Coex.Graphs;
using Coex.Graphs.Passes;
using Coex.Tensors;

namespace Coex.Runtime;

/// <summary>
/// Evaluates, once, every node whose inputs are all constants (initializers no graph input overrides, or outputs of
/// nodes already folded), and replaces its outputs with initializers; a Shape node whose input has a fully known static
/// shape folds too. Evaluation runs the node on Coex's own kernels, which is why this pass lives in the runtime (the
/// graph layer knows nothing of kernels).
/// </summary>
/// <remarks>
/// Nodes with subgraphs, random generators and ops outside the default domain are left alone, as is any node whose
/// folded outputs would exceed <see cref="MaxFoldedElements"/> elements (folding ConstantOfShape into a huge
/// initializer would trade a cheap op for memory). A node that fails to evaluate is left for run time, where its error
/// is reported with the model's inputs in hand.
/// </remarks>
public sealed class ConstantFolding : IGraphPass
{
    /// <summary>Largest output, in elements, a folded node may produce (16 M floats = 64 MB).</summary>
    public const long MaxFoldedElements = 1 << 24;

    private static readonly HashSet<string> s_neverFold =
        ["RandomNormal", "RandomUniform", "RandomNormalLike", "RandomUniformLike", "Multinomial", "Bernoulli", "If", "Loop", "Scan", "SequenceConstruct"];

    public string Name => "constant-folding";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var facts = new GraphFacts(graph);
        var constants = new Dictionary<Value, Tensor>(ReferenceEqualityComparer.Instance);
        foreach (var init in graph.Initializers)
        {
            if (facts.Constant(init.Value) is { } t)
                constants[init.Value] = t;
        }
        long opset = graph.OpsetVersion("") ?? 0;
        bool changed = false;
        for (int n = 0; n < graph.Nodes.Count; n++)
        {
            var node = graph.Nodes[n];
            if (!GraphFacts.IsOnnx(node) || s_neverFold.Contains(node.OpType) || node.Attributes.Any(a => a.Subgraphs.Any()) || opset == 0)
                continue;
            if (node.Outputs.All(o => o is null))
                continue;
            Tensor?[]? results = node.OpType == "Shape" && node.Inputs.Count == 1 ? FoldShape(node, opset) : null;
            if (results is null)
            {
                if (node.Inputs.Any(v => v is not null && !constants.ContainsKey(v)))
                    continue;
                results = Evaluate(graph, node, constants);
            }
            if (results is null || results.Sum(r => r?.Length ?? 0) > MaxFoldedElements)
                continue;
            for (int k = 0; k < node.Outputs.Count; k++)
            {
                if (node.Outputs[k] is not { } output || results[k] is not { } tensor)
                    continue;
                output.DType = tensor.DType;
                output.SetShape(tensor.Shape);
                graph.Initializers.Add(new Initializer(output, tensor));
                constants[output] = tensor;
            }
            graph.Nodes.RemoveAt(n--);
            changed = true;
        }
        return changed;
    }

    /// <summary>Shape of a value whose shape is fully known, honouring opset 15's start/end slice; null when any dimension is unknown.</summary>
    private static Tensor?[]? FoldShape(Node node, long opset)
    {
        if (node.Inputs[0]?.Shape is not { } shape || shape.Any(d => d.Size is null))
            return null;
        long[] dims = [.. shape.Select(d => (long)d.Size!.Value)];
        int rank = dims.Length;
        long start = opset >= 15 ? node.FindAttribute("start")?.AsInt() ?? 0 : 0;
        long end = opset >= 15 ? node.FindAttribute("end")?.AsInt() ?? rank : rank;
        if (start < 0)
            start += rank;
        if (end < 0)
            end += rank;
        start = Math.Clamp(start, 0, rank);
        end = Math.Clamp(end, start, rank);
        long[] slice = dims[(int)start..(int)end];
        return [Tensor.FromSpan<long>(slice, slice.Length)];
    }

    /// <summary>Runs <paramref name="node"/> alone on its constant inputs; null when it cannot run.</summary>
    private static Tensor?[]? Evaluate(Graph graph, Node node, Dictionary<Value, Tensor> constants)
    {
        var single = new Graph { Name = "constant-folding" };
        single.OpsetImports.AddRange(graph.OpsetImports);
        var seen = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        foreach (var v in node.Inputs)
        {
            if (v is not null && seen.Add(v))
                single.Initializers.Add(new Initializer(v, constants[v]));
        }
        single.Nodes.Add(node);
        foreach (var o in node.Outputs)
        {
            if (o is not null)
                single.Outputs.Add(o);
        }
        try
        {
            var session = new InferenceSession(single, new SessionOptions { Threads = 1, OptimizationLevel = OptimizationLevel.None });
            var outputs = session.Run(new Dictionary<string, Tensor>());
            return [.. node.Outputs.Select(o => o is null ? null : outputs[o.Name])];
        }
        catch (Exception e) when (e is InvalidGraphException or UnsupportedOperatorException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
