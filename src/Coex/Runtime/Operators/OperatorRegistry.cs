using Coex.Graphs;

namespace Coex.Runtime.Operators;

/// <summary>Builds a kernel for one node, validating its attributes and pre-packing constant inputs.</summary>
internal delegate Kernel OperatorFactory(BuildContext context);

/// <summary>
/// The operators Coex runs, looked up by (domain, op type, opset). Each entry covers a range of opset versions
/// of its domain; semantics that changed between versions are handled by the factory, which sees the opset.
/// </summary>
internal static class OperatorRegistry
{
    private readonly record struct Entry(int FirstOpset, int LastOpset, OperatorFactory Factory);

    /// <summary>The newest default-domain opset any entry is written against (ONNX 1.14).</summary>
    public const int LatestOpset = 19;

    private static readonly Dictionary<(string Domain, string OpType), List<Entry>> s_entries = Build();

    /// <summary>Op types of the default domain with at least one entry, sorted; Constant, If and Loop too (the session handles them itself).</summary>
    public static IReadOnlyList<string> SupportedOperators { get; } =
        [.. s_entries.Keys.Where(k => k.Domain.Length == 0).Select(k => k.OpType).Concat(["Constant", "If", "Loop"]).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The factory for <paramref name="node"/> at <paramref name="opset"/>; throws <see cref="UnsupportedOperatorException"/> when there is none.</summary>
    public static OperatorFactory Resolve(Node node, long opset)
    {
        string domain = node.Domain == "ai.onnx" ? "" : node.Domain;
        if (!s_entries.TryGetValue((domain, node.OpType), out var entries))
            throw new UnsupportedOperatorException(node.OpType, node.Domain, opset);
        foreach (var e in entries)
        {
            if (opset >= e.FirstOpset && opset <= e.LastOpset)
                return e.Factory;
        }
        throw new UnsupportedOperatorException(node.OpType, node.Domain, opset,
            $"Coex implements opsets {string.Join(", ", entries.Select(e => $"{e.FirstOpset}–{e.LastOpset}"))}");
    }

    private static Dictionary<(string, string), List<Entry>> Build()
    {
        var map = new Dictionary<(string, string), List<Entry>>();
        void Add(string opType, int first, int last, OperatorFactory factory)
        {
            if (!map.TryGetValue(("", opType), out var list))
                map[("", opType)] = list = [];
            list.Add(new Entry(first, last, factory));
        }
        ElementwiseOps.Register(Add);
        MathOps.Register(Add);
        ShapeOps.Register(Add);
        NnOps.Register(Add);
        ReduceOps.Register(Add);
        IndexingOps.Register(Add);
        LossOps.Register(Add);
        ResizeOps.Register(Add);
        RecurrentOps.Register(Add);
        DetectionOps.Register(Add);
        QuantizedOps.Register(Add);
        foreach (var (opType, factory) in FusedOps.Entries())
            map[(Graphs.Passes.ActivationFusion.Domain, opType)] = [new Entry(1, (int)Graphs.Passes.ActivationFusion.DomainVersion, factory)];
        foreach (var (opType, factory) in QdqFusedOps.Entries())
            map[(Graphs.Passes.ActivationFusion.Domain, opType)] = [new Entry(1, (int)Graphs.Passes.ActivationFusion.DomainVersion, factory)];
        return map;
    }
}

/// <summary>Adds a registry entry: op type, first and last supported opset, factory.</summary>
internal delegate void RegisterOperator(string opType, int firstOpset, int lastOpset, OperatorFactory factory);
