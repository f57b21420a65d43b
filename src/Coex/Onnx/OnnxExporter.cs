using Coex.Graphs;
using Coex.Onnx.Proto;
using Coex.Tensors;
using Google.Protobuf;
using AttributeType = Coex.Onnx.Proto.AttributeProto.Types.AttributeType;

namespace Coex.Onnx;

/// <summary>
/// Writes Coex <see cref="Graph"/>s as ONNX files (serialized <c>ModelProto</c>s) and <see cref="Tensor"/>s as
/// serialized <c>TensorProto</c>s. What <see cref="OnnxImporter"/> keeps, this writes back, so loading,
/// saving and loading again gives an equal graph with bit-identical initializers.
/// </summary>
/// <remarks>
/// Tensors are written as little-endian <c>raw_data</c>. Node outputs whose element type or shape is known
/// are recorded in <c>value_info</c>. The IR version is the graph's <see cref="ModelMetadata.IrVersion"/>, or,
/// for graphs built in code, <see cref="DefaultIrVersion"/> (<see cref="Int4IrVersion"/> if any tensor is INT4).
/// </remarks>
public static class OnnxExporter
{
    /// <summary>IR version written for graphs that do not carry one: IR 8 (ONNX 1.10–1.12, opsets up to 17).</summary>
    public const long DefaultIrVersion = 8;

    /// <summary>IR version written for graphs without one that hold INT4 data, which IR 10 introduced.</summary>
    public const long Int4IrVersion = 10;

    /// <summary>Serializes <paramref name="graph"/> as an ONNX model.</summary>
    /// <exception cref="InvalidGraphException">The graph is not well formed (see <see cref="GraphValidator"/>).</exception>
    public static byte[] ToBytes(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        GraphValidator.Validate(graph);
        var meta = graph.Metadata;
        bool usesInt4 = false;
        var model = new ModelProto { Graph = ExportGraph(graph, ref usesInt4) };
        // Unset fields stay unset (proto2 keeps presence), so files carry only what the graph has.
        if (meta.ProducerName.Length > 0)
            model.ProducerName = meta.ProducerName;
        if (meta.ProducerVersion.Length > 0)
            model.ProducerVersion = meta.ProducerVersion;
        if (meta.Domain.Length > 0)
            model.Domain = meta.Domain;
        if (meta.ModelVersion != 0)
            model.ModelVersion = meta.ModelVersion;
        if (meta.DocString.Length > 0)
            model.DocString = meta.DocString;
        model.IrVersion = meta.IrVersion > 0 ? meta.IrVersion : usesInt4 ? Int4IrVersion : DefaultIrVersion;
        foreach (var opset in graph.OpsetImports)
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = opset.Domain, Version = opset.Version });
        foreach (var (key, value) in meta.Properties)
            model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        return model.ToByteArray();
    }

    /// <summary>Writes <paramref name="graph"/> as an ONNX file at <paramref name="path"/>.</summary>
    public static void Save(Graph graph, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllBytes(path, ToBytes(graph));
    }

    /// <summary>Serializes <paramref name="tensor"/> as a <c>TensorProto</c> named <paramref name="name"/>.</summary>
    public static byte[] TensorToBytes(Tensor tensor, string name = "")
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(name);
        return TensorCodec.Encode(tensor, name).ToByteArray();
    }

    /// <summary>Writes <paramref name="tensor"/> as a serialized <c>TensorProto</c> file, as ONNX test data stores inputs and outputs.</summary>
    public static void SaveTensor(Tensor tensor, string path, string name = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllBytes(path, TensorToBytes(tensor, name));
    }

    private static GraphProto ExportGraph(Graph graph, ref bool usesInt4)
    {
        var proto = new GraphProto { Name = graph.Name };
        if (graph.DocString.Length > 0)
            proto.DocString = graph.DocString;
        foreach (var init in graph.Initializers)
        {
            usesInt4 |= init.Tensor.DType == DType.I4;
            proto.Initializer.Add(TensorCodec.Encode(init.Tensor, init.Value.Name));
        }
        foreach (var input in graph.Inputs)
            proto.Input.Add(ValueInfo(input));
        foreach (var output in graph.Outputs)
            proto.Output.Add(ValueInfo(output));

        var outputs = graph.Outputs.ToHashSet();
        foreach (var node in graph.Nodes)
        {
            var p = new NodeProto { OpType = node.OpType };
            if (node.Name.Length > 0)
                p.Name = node.Name;
            if (node.Domain.Length > 0)
                p.Domain = node.Domain;
            if (node.DocString.Length > 0)
                p.DocString = node.DocString;
            foreach (var input in node.Inputs)
                p.Input.Add(input?.Name ?? "");
            foreach (var output in node.Outputs)
                p.Output.Add(output?.Name ?? "");
            foreach (var attribute in node.Attributes)
                p.Attribute.Add(ExportAttribute(attribute, ref usesInt4));
            proto.Node.Add(p);

            foreach (var output in node.Outputs)
            {
                if (output is not null && !outputs.Contains(output) && (output.DType is not null || output.Shape is not null))
                    proto.ValueInfo.Add(ValueInfo(output));
            }
        }
        return proto;
    }

    private static ValueInfoProto ValueInfo(Value value)
    {
        var info = new ValueInfoProto { Name = value.Name };
        if (value.DType is null && value.Shape is null)
            return info;
        var tensorType = new TypeProto.Types.Tensor();
        if (value.DType is { } dtype)
            tensorType.ElemType = OnnxTypes.FromDType(dtype);
        if (value.Shape is { } shape)
        {
            tensorType.Shape = new TensorShapeProto();
            foreach (var dim in shape)
            {
                var d = new TensorShapeProto.Types.Dimension();
                if (dim.Size is { } size)
                    d.DimValue = size;
                else if (dim.Symbol is { } symbol)
                    d.DimParam = symbol;
                tensorType.Shape.Dim.Add(d);
            }
        }
        info.Type = new TypeProto { TensorType = tensorType };
        return info;
    }

    private static AttributeProto ExportAttribute(NodeAttribute attribute, ref bool usesInt4)
    {
        var p = new AttributeProto { Name = attribute.Name };
        switch (attribute.Kind)
        {
            case AttributeKind.Float:
                p.Type = AttributeType.Float;
                p.F = attribute.AsFloat();
                break;
            case AttributeKind.Int:
                p.Type = AttributeType.Int;
                p.I = attribute.AsInt();
                break;
            case AttributeKind.String:
                p.Type = AttributeType.String;
                p.S = ByteString.CopyFromUtf8(attribute.AsString());
                break;
            case AttributeKind.Tensor:
                p.Type = AttributeType.Tensor;
                usesInt4 |= attribute.AsTensor().DType == DType.I4;
                p.T = TensorCodec.Encode(attribute.AsTensor(), "");
                break;
            case AttributeKind.Graph:
                p.Type = AttributeType.Graph;
                p.G = ExportGraph(attribute.AsGraph(), ref usesInt4);
                break;
            case AttributeKind.Floats:
                p.Type = AttributeType.Floats;
                p.Floats.AddRange(attribute.AsFloats());
                break;
            case AttributeKind.Ints:
                p.Type = AttributeType.Ints;
                p.Ints.AddRange(attribute.AsInts());
                break;
            case AttributeKind.Strings:
                p.Type = AttributeType.Strings;
                p.Strings.AddRange(attribute.AsStrings().Select(ByteString.CopyFromUtf8));
                break;
            case AttributeKind.Tensors:
                p.Type = AttributeType.Tensors;
                foreach (var t in attribute.AsTensors())
                {
                    usesInt4 |= t.DType == DType.I4;
                    p.Tensors.Add(TensorCodec.Encode(t, ""));
                }
                break;
            case AttributeKind.Graphs:
                p.Type = AttributeType.Graphs;
                foreach (var g in attribute.AsGraphs())
                    p.Graphs.Add(ExportGraph(g, ref usesInt4));
                break;
            default:
                throw new InvalidOperationException($"Unhandled attribute kind {attribute.Kind}.");
        }
        return p;
    }
}
