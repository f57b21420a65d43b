using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Tests.Onnx;

/// <summary>Structural equality of graphs for round-trip tests: names, types, shapes, attributes, and initializer bytes.</summary>
internal static class GraphComparer
{
    /// <summary>A description of the first difference between <paramref name="a"/> and <paramref name="b"/>, or null if they are equal.</summary>
    public static string? FirstDifference(Graph a, Graph b)
    {
        if (!a.OpsetImports.SequenceEqual(b.OpsetImports))
            return "opset imports differ";
        var (ma, mb) = (a.Metadata, b.Metadata);
        if (ma.IrVersion != mb.IrVersion || ma.ProducerName != mb.ProducerName || ma.ProducerVersion != mb.ProducerVersion
            || ma.Domain != mb.Domain || ma.ModelVersion != mb.ModelVersion || ma.DocString != mb.DocString
            || !ma.Properties.SequenceEqual(mb.Properties))
            return "model metadata differs";
        return CompareGraph(a, b, "graph");
    }

    private static string? CompareGraph(Graph a, Graph b, string where)
    {
        if (a.Name != b.Name || a.DocString != b.DocString)
            return $"{where}: name or doc string differs ('{a.Name}' vs '{b.Name}')";
        return CompareValues(a.Inputs, b.Inputs, $"{where} inputs")
            ?? CompareValues(a.Outputs, b.Outputs, $"{where} outputs")
            ?? CompareInitializers(a, b, where)
            ?? CompareNodes(a, b, where);
    }

    private static string? CompareValues(IReadOnlyList<Value?> a, IReadOnlyList<Value?> b, string where)
    {
        if (a.Count != b.Count)
            return $"{where}: {a.Count} vs {b.Count} values";
        for (int i = 0; i < a.Count; i++)
        {
            string? d = CompareValue(a[i], b[i], $"{where}[{i}]");
            if (d is not null)
                return d;
        }
        return null;
    }

    private static string? CompareValue(Value? a, Value? b, string where)
    {
        if (a is null || b is null)
            return a is null && b is null ? null : $"{where}: one value is omitted";
        if (a.Name != b.Name || a.DType != b.DType)
            return $"{where}: {a} vs {b}";
        if ((a.Shape is null) != (b.Shape is null) || (a.Shape is not null && !a.Shape.SequenceEqual(b.Shape!)))
            return $"{where}: {a} vs {b}";
        return null;
    }

    private static string? CompareInitializers(Graph a, Graph b, string where)
    {
        if (a.Initializers.Count != b.Initializers.Count)
            return $"{where}: {a.Initializers.Count} vs {b.Initializers.Count} initializers";
        for (int i = 0; i < a.Initializers.Count; i++)
        {
            string? d = CompareValue(a.Initializers[i].Value, b.Initializers[i].Value, $"{where} initializer {i}")
                ?? CompareTensor(a.Initializers[i].Tensor, b.Initializers[i].Tensor, $"{where} initializer '{a.Initializers[i].Value.Name}'");
            if (d is not null)
                return d;
        }
        return null;
    }

    public static string? CompareTensor(Tensor a, Tensor b, string where)
    {
        if (a.DType != b.DType || !a.Shape.SequenceEqual(b.Shape))
            return $"{where}: {a} vs {b}";
        if (!a.Bytes.SequenceEqual(b.Bytes))
            return $"{where}: contents differ";
        return null;
    }

    private static string? CompareNodes(Graph a, Graph b, string where)
    {
        if (a.Nodes.Count != b.Nodes.Count)
            return $"{where}: {a.Nodes.Count} vs {b.Nodes.Count} nodes";
        for (int i = 0; i < a.Nodes.Count; i++)
        {
            var (na, nb) = (a.Nodes[i], b.Nodes[i]);
            string nodeWhere = $"{where} node {i} {na.Describe()}";
            if (na.OpType != nb.OpType || na.Domain != nb.Domain || na.Name != nb.Name || na.DocString != nb.DocString)
                return $"{nodeWhere}: vs {nb.Describe()}";
            string? d = CompareValues(na.Inputs, nb.Inputs, $"{nodeWhere} inputs")
                ?? CompareValues(na.Outputs, nb.Outputs, $"{nodeWhere} outputs");
            if (d is not null)
                return d;
            if (na.Attributes.Count != nb.Attributes.Count)
                return $"{nodeWhere}: {na.Attributes.Count} vs {nb.Attributes.Count} attributes";
            for (int k = 0; k < na.Attributes.Count; k++)
            {
                d = CompareAttribute(na.Attributes[k], nb.Attributes[k], $"{nodeWhere} attribute '{na.Attributes[k].Name}'");
                if (d is not null)
                    return d;
            }
        }
        return null;
    }

    private static string? CompareAttribute(NodeAttribute a, NodeAttribute b, string where)
    {
        if (a.Name != b.Name || a.Kind != b.Kind)
            return $"{where}: {a} vs {b}";
        bool same = a.Kind switch
        {
            // Bitwise, so NaN payloads and signed zeros count.
            AttributeKind.Float => BitConverter.SingleToInt32Bits(a.AsFloat()) == BitConverter.SingleToInt32Bits(b.AsFloat()),
            AttributeKind.Int => a.AsInt() == b.AsInt(),
            AttributeKind.String => a.AsString() == b.AsString(),
            AttributeKind.Floats => a.AsFloats().Select(BitConverter.SingleToInt32Bits).SequenceEqual(b.AsFloats().Select(BitConverter.SingleToInt32Bits)),
            AttributeKind.Ints => a.AsInts().SequenceEqual(b.AsInts()),
            AttributeKind.Strings => a.AsStrings().SequenceEqual(b.AsStrings()),
            _ => true,
        };
        if (!same)
            return $"{where}: values differ";
        return a.Kind switch
        {
            AttributeKind.Tensor => CompareTensor(a.AsTensor(), b.AsTensor(), where),
            AttributeKind.Tensors => a.AsTensors().Count != b.AsTensors().Count ? $"{where}: tensor counts differ"
                : a.AsTensors().Zip(b.AsTensors()).Select((p, i) => CompareTensor(p.First, p.Second, $"{where} tensor {i}")).FirstOrDefault(d => d is not null),
            AttributeKind.Graph => CompareGraph(a.AsGraph(), b.AsGraph(), $"{where} graph"),
            AttributeKind.Graphs => a.AsGraphs().Count != b.AsGraphs().Count ? $"{where}: graph counts differ"
                : a.AsGraphs().Zip(b.AsGraphs()).Select((p, i) => CompareGraph(p.First, p.Second, $"{where} graph {i}")).FirstOrDefault(d => d is not null),
            _ => null,
        };
    }
}
