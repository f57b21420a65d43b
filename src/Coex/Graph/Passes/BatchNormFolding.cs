using Coex.Tensors;

namespace Coex.Graphs.Passes;

/// <summary>
/// Folds an inference-mode BatchNormalization into the Conv or Gemm that feeds it. With
/// s[c] = scale[c] / √(var[c] + ε) and t[c] = B[c] − mean[c]·s[c], BN(y)[c] = s[c]·y[c] + t[c]; since y[c] is linear
/// in the weights of output channel c, scaling those weights by s[c] and setting bias' = s·bias + t gives the same result.
/// </summary>
/// <remarks>
/// Applies only when the producer's output feeds nothing but the BN (and is not a graph output), every BN parameter,
/// weight and bias is an F32 constant, and the BN computes only its first output. Folded tensors are new initializers, so
/// weights shared with other nodes are untouched. MatMul with a constant 2-D weight (optionally followed by Add of a
/// constant bias) on a 2-D input becomes a Gemm carrying the folded bias. Gemm folds when its C is absent, a scalar, or a per-column vector
/// ([M] or [1, M]); other broadcast shapes of C are left alone.
/// </remarks>
public sealed class BatchNormFolding : IGraphPass
{
    public string Name => "batchnorm-folding";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        bool changed = false;
        // Each fold changes the reader counts, so recompute facts after every rewrite.
        while (TryFoldOne(graph))
            changed = true;
        return changed;
    }

    private static bool TryFoldOne(Graph graph)
    {
        var facts = new GraphFacts(graph);
        foreach (var bn in graph.Nodes)
        {
            if (bn.OpType != "BatchNormalization" || !GraphFacts.IsOnnx(bn) || bn.Inputs.Count < 5 || bn.Inputs[0] is not { } y)
                continue;
            if (bn.FindAttribute("training_mode")?.AsInt() is { } training && training != 0)
                continue;
            if (bn.Outputs.Skip(1).Any(o => o is not null) || bn.Outputs.Count == 0 || bn.Outputs[0] is null)
                continue;
            if (!facts.HasSingleConsumer(y) || facts.Producer(y) is not { } producer || !GraphFacts.IsOnnx(producer))
                continue;
            var p = new Tensor?[4];
            for (int k = 0; k < 4; k++)
                p[k] = F32Vector(facts.Constant(bn.Inputs[k + 1]));
            if (p.Any(t => t is null) || p.Any(t => t!.Length != p[0]!.Length))
                continue;
            float epsilon = bn.FindAttribute("epsilon")?.AsFloat() ?? 1e-5f;
            int channels = (int)p[0]!.Length;
            var s = new float[channels];
            var t = new float[channels];
            var scale = p[0]!.AsSpan<float>();
            var shift = p[1]!.AsSpan<float>();
            var mean = p[2]!.AsSpan<float>();
            var variance = p[3]!.AsSpan<float>();
            for (int c = 0; c < channels; c++)
            {
                // Double keeps the fold's own rounding below the kernel's, so folded and unfolded agree to float precision.
                double sc = scale[c] / Math.Sqrt((double)variance[c] + epsilon);
                s[c] = (float)sc;
                t[c] = (float)(shift[c] - mean[c] * sc);
            }
            Node? added = null;
            bool folded = producer.OpType switch
            {
                "Conv" => FoldConv(graph, facts, producer, s, t),
                "Gemm" => FoldGemm(graph, facts, producer, s, t),
                "MatMul" => FoldMatMul(graph, facts, producer, bias: null, s, t),
                "Add" => TryMatMulAdd(facts, producer, out var matMul, out var bias)
                    && FoldMatMul(graph, facts, added = matMul, bias, s, t),
                _ => false,
            };
            if (!folded)
                continue;
            // The producer (for MatMul + Add: the MatMul, now a Gemm carrying the bias) writes the BN's output; the BN goes.
            if (added is not null)
            {
                graph.Nodes.Remove(producer);
                producer = added;
            }
            producer.Outputs[0] = bn.Outputs[0];
            graph.Nodes.Remove(bn);
            return true;
        }
        return false;
    }

    private static bool FoldConv(Graph graph, GraphFacts facts, Node conv, float[] s, float[] t)
    {
        if (facts.Constant(conv.Inputs.ElementAtOrDefault(1)) is not { DType: DType.F32, Rank: >= 3 } w || w.Shape[0] != s.Length)
            return false;
        Tensor? bias = null;
        if (conv.Inputs.Count > 2 && conv.Inputs[2] is not null)
        {
            bias = F32Vector(facts.Constant(conv.Inputs[2]));
            if (bias is null || bias.Length != s.Length)
                return false;
        }
        var newW = Tensor.Zeros(DType.F32, [.. w.Shape]);
        var src = w.AsSpan<float>();
        var dst = newW.AsSpan<float>();
        int perChannel = (int)(w.Length / s.Length);
        for (int c = 0; c < s.Length; c++)
        {
            for (int k = 0; k < perChannel; k++)
                dst[c * perChannel + k] = src[c * perChannel + k] * s[c];
        }
        var newB = FoldedBias(bias, s, t);
        var wValue = graph.AddInitializer(FreshName(graph, conv.Inputs[1]!.Name + "_bnfolded"), newW);
        var bValue = graph.AddInitializer(FreshName(graph, (conv.Inputs.Count > 2 && conv.Inputs[2] is { } b ? b.Name : conv.Inputs[1]!.Name + "_bias") + "_bnfolded"), newB);
        conv.Inputs[1] = wValue;
        while (conv.Inputs.Count < 3)
            conv.Inputs.Add(null);
        conv.Inputs[2] = bValue;
        return true;
    }

    private static bool FoldGemm(Graph graph, GraphFacts facts, Node gemm, float[] s, float[] t)
    {
        // Gemm's output is [N, M] and BN's channel axis is 1, so channel c is column c of the output.
        if (facts.Constant(gemm.Inputs.ElementAtOrDefault(1)) is not { DType: DType.F32, Rank: 2 } b)
            return false;
        bool transB = (gemm.FindAttribute("transB")?.AsInt() ?? 0) != 0;
        int m = transB ? b.Shape[0] : b.Shape[1];
        if (m != s.Length)
            return false;
        float beta = gemm.FindAttribute("beta")?.AsFloat() ?? 1f;
        Tensor? c = null;
        if (gemm.Inputs.Count > 2 && gemm.Inputs[2] is not null)
        {
            c = facts.Constant(gemm.Inputs[2]);
            if (c is not { DType: DType.F32 } || !(c.Length == 1 || (c.Length == m && (c.Rank == 1 || (c.Rank == 2 && c.Shape[0] == 1)))))
                return false;
        }
        var newB = Tensor.Zeros(DType.F32, [.. b.Shape]);
        var src = b.AsSpan<float>();
        var dst = newB.AsSpan<float>();
        for (int row = 0; row < b.Shape[0]; row++)
        {
            for (int col = 0; col < b.Shape[1]; col++)
            {
                int channel = transB ? row : col;
                dst[row * b.Shape[1] + col] = src[row * b.Shape[1] + col] * s[channel];
            }
        }
        // The new bias already includes beta, so the folded Gemm uses beta = 1.
        var newC = Tensor.Zeros(DType.F32, m);
        var cs = newC.AsSpan<float>();
        ReadOnlySpan<float> old = c is null ? [] : c.AsSpan<float>();
        for (int ch = 0; ch < m; ch++)
        {
            float before = c is null ? 0f : beta * old[c.Length == 1 ? 0 : ch];
            cs[ch] = before * s[ch] + t[ch];
        }
        string cName = c is null ? gemm.Inputs[1]!.Name + "_bias" : gemm.Inputs[2]!.Name;
        gemm.Inputs[1] = graph.AddInitializer(FreshName(graph, gemm.Inputs[1]!.Name + "_bnfolded"), newB);
        while (gemm.Inputs.Count < 3)
            gemm.Inputs.Add(null);
        gemm.Inputs[2] = graph.AddInitializer(FreshName(graph, cName + "_bnfolded"), newC);
        gemm.Attributes.RemoveAll(a => a.Name == "beta");
        return true;
    }

    /// <summary>True when <paramref name="add"/> is MatMul output + constant F32 bias (either order) and the MatMul feeds only the Add.</summary>
    private static bool TryMatMulAdd(GraphFacts facts, Node add, out Node matMul, out Tensor bias)
    {
        matMul = null!;
        bias = null!;
        if (add.Inputs.Count != 2 || add.Inputs[0] is null || add.Inputs[1] is null)
            return false;
        for (int side = 0; side < 2; side++)
        {
            var product = add.Inputs[side]!;
            if (F32Vector(facts.Constant(add.Inputs[1 - side])) is { } b && facts.HasSingleConsumer(product)
                && facts.Producer(product) is { } p && p.OpType == "MatMul" && GraphFacts.IsOnnx(p))
            {
                matMul = p;
                bias = b;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// MatMul(X, W) [+ bias] → BN as one Gemm(X, W', s·bias + t). Exact only when X is 2-D, so that BN's channel axis
    /// (axis 1) is MatMul's output column; higher-rank products are left alone.
    /// </summary>
    private static bool FoldMatMul(Graph graph, GraphFacts facts, Node matMul, Tensor? bias, float[] s, float[] t)
    {
        if (matMul.Inputs.Count != 2 || matMul.Inputs[0]?.Shape is not { Count: 2 })
            return false;
        if (facts.Constant(matMul.Inputs[1]) is not { DType: DType.F32, Rank: 2 } w || w.Shape[1] != s.Length)
            return false;
        // A bias broadcasts along the product's columns only when it is a scalar or ends in the column axis at rank ≤ 2.
        if (bias is not null && bias.Length != 1 && (bias.Rank > 2 || bias.Shape[^1] != s.Length))
            return false;
        var newW = Tensor.Zeros(DType.F32, [.. w.Shape]);
        var src = w.AsSpan<float>();
        var dst = newW.AsSpan<float>();
        int m = s.Length;
        for (int row = 0; row < w.Shape[0]; row++)
        {
            for (int col = 0; col < m; col++)
                dst[row * m + col] = src[row * m + col] * s[col];
        }
        var newC = Tensor.Zeros(DType.F32, m);
        var cs = newC.AsSpan<float>();
        ReadOnlySpan<float> b = bias is null ? [] : bias.AsSpan<float>();
        for (int c = 0; c < m; c++)
            cs[c] = (bias is null ? 0f : b[bias.Length == 1 ? 0 : c]) * s[c] + t[c];
        string wName = matMul.Inputs[1]!.Name;
        matMul.OpType = "Gemm";
        matMul.Inputs[1] = graph.AddInitializer(FreshName(graph, wName + "_bnfolded"), newW);
        matMul.Inputs.Add(graph.AddInitializer(FreshName(graph, wName + "_bias_bnfolded"), newC));
        return true;
    }

    private static Tensor FoldedBias(Tensor? bias, float[] s, float[] t)
    {
        var result = Tensor.Zeros(DType.F32, s.Length);
        var r = result.AsSpan<float>();
        ReadOnlySpan<float> b = bias is null ? [] : bias.AsSpan<float>();
        for (int c = 0; c < s.Length; c++)
            r[c] = (bias is null ? 0f : b[c]) * s[c] + t[c];
        return result;
    }

    /// <summary>The tensor when it is an F32 constant with one axis of channels (any rank whose other axes are 1); else null.</summary>
    private static Tensor? F32Vector(Tensor? tensor)
    {
        if (tensor is not { DType: DType.F32 } || tensor.Length == 0)
            return null;
        int nonUnit = 0;
        foreach (int d in tensor.Shape)
        {
            if (d != 1)
                nonUnit++;
        }
        return nonUnit <= 1 ? tensor : null;
    }

    /// <summary>A value name not yet used by the graph's initializers, inputs or node outputs.</summary>
    internal static string FreshName(Graph graph, string wanted)
    {
        var used = new HashSet<string>(graph.Initializers.Select(i => i.Value.Name).Concat(graph.Inputs.Select(v => v.Name))
            .Concat(graph.Nodes.SelectMany(n => n.Outputs).Where(v => v is not null).Select(v => v!.Name)));
        string name = wanted;
        for (int i = 1; used.Contains(name); i++)
            name = $"{wanted}_{i}";
        return name;
    }
}
