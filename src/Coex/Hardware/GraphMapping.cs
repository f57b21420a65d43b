using Coex.Graphs;

namespace Coex.Hardware;

/// <summary>A graph node an accelerator runs, as the operand dimensions it works on.</summary>
/// <param name="Node">The node of the graph.</param>
/// <param name="Shape">Its GEMM view, named after the node.</param>
public sealed record MappedLayer(Node Node, LayerShape Shape);

/// <summary>A graph node that became no layer, and why.</summary>
public sealed record UnmappedNode(Node Node, string Reason);

/// <summary>The result of <see cref="GraphMapping.Map"/>: the layers in graph order and the nodes left out.</summary>
public sealed record GraphLayers(IReadOnlyList<MappedLayer> Layers, IReadOnlyList<UnmappedNode> NotMapped);

/// <summary>
/// Turns the MAC-bearing nodes of a <see cref="Graph"/> into <see cref="LayerShape"/>s: Conv, ConvInteger and
/// QLinearConv (grouped and depthwise included) into the im2col view, Gemm, MatMul, MatMulInteger and
/// QLinearMatMul into GEMMs, and Gather from a 2-D initializer (an embedding lookup) into an embedding layer.
/// Every other node is listed as not mapped, with the reason.
/// </summary>
/// <remarks>
/// Shapes come from <see cref="ShapeInference"/>, which <see cref="Map"/> runs first (it fills in the graph's value
/// shapes in place); a MAC node whose operand shapes stay unknown is listed as not mapped rather than guessed.
/// Hardware reads the graph only: nothing here runs a kernel.
/// </remarks>
public static class GraphMapping
{
    /// <summary>Infers shapes, then maps every node of <paramref name="graph"/> (see the type's summary).</summary>
    /// <exception cref="InvalidGraphException">Shape inference found a contradiction.</exception>
    public static GraphLayers Map(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ShapeInference.InferShapes(graph);
        var initializers = graph.Initializers.Select(i => i.Value).ToHashSet();
        var layers = new List<MappedLayer>();
        var skipped = new List<UnmappedNode>();
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            string name = LayerName(node, i);
            try
            {
                var (shape, reason) = Graph.NormalizeDomain(node.Domain).Length != 0
                    ? (null, $"operator domain '{node.Domain}' is not standard ONNX")
                    : node.OpType switch
                    {
                        "Conv" or "ConvInteger" => Conv(node, name, x: 0, w: 1),
                        "QLinearConv" => Conv(node, name, x: 0, w: 3),
                        "Gemm" => Gemm(node, name),
                        "MatMul" or "MatMulInteger" => MatMul(node, name, a: 0, b: 1),
                        "QLinearMatMul" => MatMul(node, name, a: 0, b: 3),
                        "Gather" => Gather(node, name, initializers),
                        _ => (null, "no multiply-accumulates (not a convolution, matrix product or embedding lookup)"),
                    };
                if (shape is not null)
                    layers.Add(new MappedLayer(node, shape));
                else
                    skipped.Add(new UnmappedNode(node, reason!));
            }
            catch (ArgumentException e)
            {
                // The factories refuse empty or out-of-range layers; such a node is reported, not fatal.
                skipped.Add(new UnmappedNode(node, e.Message));
            }
        }
        return new GraphLayers(layers, skipped);
    }

    private static (LayerShape?, string?) Conv(Node node, string name, int x, int w)
    {
        if (!TryKnown(node, x, out var xs, out var why) || !TryKnown(node, w, out var ws, out why))
            return (null, why);
        if (xs.Length is not (3 or 4))
            return (null, $"{xs.Length - 2}-D convolution; only 1-D and 2-D convolutions map onto the array");
        // A 1-D convolution is a 2-D one over an image of height 1.
        bool oneD = xs.Length == 3;
        int height = oneD ? 1 : xs[2], width = xs[^1];
        int kh = oneD ? 1 : ws[2], kw = ws[^1];
        var strides = Ints(node, "strides");
        var dilations = Ints(node, "dilations");
        int sh = oneD ? 1 : At(strides, 0), sw = At(strides, oneD ? 0 : 1);
        int dh = oneD ? 1 : At(dilations, 0), dw = At(dilations, oneD ? 0 : 1);
        var (ph0, ph1) = oneD ? (0, 0) : Pads(node, 0, xs.Length - 2, height, kh, sh, dh);
        var (pw0, pw1) = Pads(node, oneD ? 0 : 1, xs.Length - 2, width, kw, sw, dw);
        // LayerShape.Conv pads symmetrically. Asymmetric padding (SAME with an odd total, or explicit) is folded
        // into the input size: the output size is then exact and the input bytes include the padded border.
        if (ph0 != ph1)
            (height, ph0) = (height + ph0 + ph1, 0);
        if (pw0 != pw1)
            (width, pw0) = (width + pw0 + pw1, 0);
        int groups = (int)(IntAttr(node, "group") ?? 1);
        return (LayerShape.Conv(name, xs[0], xs[1], height, width, ws[0], kh, kw, sh, sw, ph0, pw0, groups, dh, dw), null);
    }

    /// <summary>Begin and end padding of spatial axis <paramref name="axis"/> of <paramref name="spatial"/>: explicit
    /// pads, or for SAME_UPPER/SAME_LOWER the total <c>max(0, (⌈in/s⌉ − 1)·s + ek − in)</c> split with the odd
    /// element at the end (UPPER) or the beginning (LOWER).</summary>
    private static (int Begin, int End) Pads(Node node, int axis, int spatial, int input, int kernel, int stride, int dilation)
    {
        string autoPad = node.FindAttribute("auto_pad")?.AsString() ?? "NOTSET";
        if (autoPad is "SAME_UPPER" or "SAME_LOWER")
        {
            long output = (input + stride - 1L) / stride;
            long total = Math.Max(0, (output - 1) * stride + (kernel - 1L) * dilation + 1 - input);
            int small = (int)(total / 2), large = (int)(total - total / 2);
            return autoPad == "SAME_UPPER" ? (small, large) : (large, small);
        }
        if (autoPad == "VALID" || Ints(node, "pads") is not { } pads)
            return (0, 0);
        return ((int)pads[axis], (int)pads[spatial + axis]);
    }

    private static (LayerShape?, string?) Gemm(Node node, string name)
    {
        if (!TryKnown(node, 0, out var a, out var why) || !TryKnown(node, 1, out var b, out why))
            return (null, why);
        bool transA = (IntAttr(node, "transA") ?? 0) != 0, transB = (IntAttr(node, "transB") ?? 0) != 0;
        int m = transA ? a[1] : a[0], k = transA ? a[0] : a[1], n = transB ? b[0] : b[1];
        return (LayerShape.Gemm(name, m, n, k), null);
    }

    /// <summary>
    /// numpy matmul as GEMMs. When the right operand has no batch dimensions (weights shared by every batch item, the
    /// usual fully connected layer), the batch folds into M: one GEMM reads the weights once. Otherwise every batch
    /// item multiplies its own matrices (attention scores), which is a grouped GEMM: the grouped 1×1 convolution over
    /// an M×1 image gives exactly that view, one group per batch item.
    /// </summary>
    private static (LayerShape?, string?) MatMul(Node node, string name, int a, int b)
    {
        if (!TryKnown(node, a, out var sa, out var why) || !TryKnown(node, b, out var sb, out why))
            return (null, why);
        int m = sa.Length == 1 ? 1 : sa[^2], k = sa[^1], n = sb.Length == 1 ? 1 : sb[^1];
        long batchA = Product(sa.Length > 2 ? sa[..^2] : []), batchB = Product(sb.Length > 2 ? sb[..^2] : []);
        if (batchB == 1)
            return (LayerShape.Gemm(name, Checked(batchA * m, "batch × M"), n, k), null);
        var output = node.Outputs.ElementAtOrDefault(0)?.Shape;
        long batch = Math.Max(batchA, batchB);
        if (output is not null && output.All(d => d.IsKnown))
            batch = Product([.. output.Take(output.Count - (sa.Length > 1 ? 1 : 0) - (sb.Length > 1 ? 1 : 0)).Select(d => d.Size!.Value)]);
        int groups = Checked(batch, "batch");
        return (LayerShape.Conv(name, batch: 1, channels: Checked((long)k * groups, "K × batch"), height: m, width: 1,
            outChannels: Checked((long)n * groups, "N × batch"), kernelH: 1, kernelW: 1, groups: groups), null);
    }

    private static (LayerShape?, string?) Gather(Node node, string name, HashSet<Value> initializers)
    {
        var data = node.Inputs.ElementAtOrDefault(0);
        if (data is null || !initializers.Contains(data))
            return (null, "gathers from a computed tensor, not an embedding table (initializer)");
        if (!TryKnown(node, 0, out var table, out var why) || !TryKnown(node, 1, out var indices, out why))
            return (null, why);
        if (table.Length != 2 || (IntAttr(node, "axis") ?? 0) != 0)
            return (null, $"gathers along axis {IntAttr(node, "axis") ?? 0} of a rank-{table.Length} table; an embedding lookup gathers rows of a 2-D table");
        int rows = Checked(Product(indices), "lookups");
        return (LayerShape.Embedding(name, rows, table[1], bags: rows), null);
    }

    private static bool TryKnown(Node node, int input, out int[] dims, out string? why)
    {
        var value = node.Inputs.ElementAtOrDefault(input);
        var shape = value?.Shape;
        if (value is null || shape is null || shape.Any(d => !d.IsKnown))
        {
            dims = [];
            why = value is null
                ? $"input {input} is missing"
                : $"shape of '{value.Name}' is not known ({(shape is null ? "unknown rank" : $"[{string.Join(", ", shape)}]")})";
            return false;
        }
        dims = [.. shape.Select(d => d.Size!.Value)];
        why = null;
        return true;
    }

    private static string LayerName(Node node, int index)
    {
        if (node.Name.Length > 0)
            return node.Name;
        var output = node.Outputs.FirstOrDefault(o => o is not null);
        return output?.Name ?? $"{node.OpType}_{index}";
    }

    private static long? IntAttr(Node node, string name) => node.FindAttribute(name) is { Kind: AttributeKind.Int } a ? a.AsInt() : null;

    private static IReadOnlyList<long>? Ints(Node node, string name) => node.FindAttribute(name) is { Kind: AttributeKind.Ints } a ? a.AsInts() : null;

    private static int At(IReadOnlyList<long>? values, int i) => values is not null && i < values.Count ? (int)values[i] : 1;

    private static long Product(int[] dims)
    {
        long p = 1;
        foreach (int d in dims)
            p *= d;
        return p;
    }

    private static int Checked(long value, string what) =>
        value is > 0 and <= int.MaxValue ? (int)value : throw new ArgumentException($"{what} = {value} is outside 1..{int.MaxValue}.");
}
