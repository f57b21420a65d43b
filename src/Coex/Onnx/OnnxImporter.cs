using Coex.Graphs;
using Coex.Onnx.Proto;
using Coex.Tensors;
using Google.Protobuf;
using AttributeType = Coex.Onnx.Proto.AttributeProto.Types.AttributeType;

namespace Coex.Onnx;

/// <summary>
/// Reads ONNX files (serialized <c>ModelProto</c>s) into validated Coex <see cref="Graph"/>s, and
/// serialized <c>TensorProto</c>s (the <c>.pb</c> files of ONNX test data) into <see cref="Tensor"/>s.
/// </summary>
/// <remarks>
/// Any malformed, truncated, inconsistent or unsupported input raises <see cref="OnnxFormatException"/>
/// with a message naming the item at fault; nothing is allocated beyond what the input's bytes justify.
/// Refused: external data, sparse tensors, non-tensor value types (sequence, map, optional), model-local
/// functions, and data types Coex has no <see cref="DType"/> for. Dropped: training info, quantization
/// annotations, doc strings of values and attributes, and the names of tensors held in attributes.
/// Nodes are put in topological order if the file did not have them so.
/// </remarks>
public static class OnnxImporter
{
    /// <summary>Largest file accepted: protobuf messages cannot exceed 2 GiB.</summary>
    public const long MaxFileBytes = int.MaxValue;

    // Each subgraph level costs three message levels (GraphProto > NodeProto > AttributeProto), plus a few
    // for the model and tensors; deeper input is refused by the parser before it can exhaust the stack.
    private const int RecursionLimit = 3 * (GraphValidator.MaxNesting + 1) + 8;

    /// <summary>Loads the ONNX model at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="OnnxFormatException">The file is not a valid ONNX model Coex can represent.</exception>
    public static Graph Load(string path) => Load(ReadFile(path), $"'{path}'");

    /// <summary>Loads an ONNX model from its serialized bytes.</summary>
    /// <exception cref="OnnxFormatException">The bytes are not a valid ONNX model Coex can represent.</exception>
    public static Graph Load(ReadOnlySpan<byte> model) => Load(model.ToArray(), "the model");

    /// <summary>Loads the serialized <c>TensorProto</c> at <paramref name="path"/>.</summary>
    public static Tensor LoadTensor(string path) => LoadTensor(path, out _);

    /// <summary>Loads the serialized <c>TensorProto</c> at <paramref name="path"/>, also returning the name it carries ("" if none).</summary>
    public static Tensor LoadTensor(string path, out string name) => LoadTensor(ReadFile(path), $"'{path}'", out name);

    /// <summary>Loads a serialized <c>TensorProto</c>.</summary>
    public static Tensor LoadTensor(ReadOnlySpan<byte> tensor) => LoadTensor(tensor.ToArray(), "the tensor proto", out _);

    private static Tensor LoadTensor(byte[] bytes, string source, out string name)
    {
        var proto = Parse(TensorProto.Parser, bytes, source);
        name = proto.Name;
        return TensorCodec.Decode(proto, proto.Name.Length > 0 ? $"tensor '{proto.Name}' in {source}" : $"the tensor in {source}");
    }

    private static Graph Load(byte[] bytes, string source)
    {
        var model = Parse(ModelProto.Parser, bytes, source);
        if (model.Graph is null)
            throw new OnnxFormatException($"{source} is not an ONNX model: it has no graph.");
        if (model.IrVersion <= 0)
            throw new OnnxFormatException($"{source} is not an ONNX model: ir_version is {(model.HasIrVersion ? model.IrVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing")}.");
        if (model.Functions.Count > 0)
            throw new OnnxFormatException($"{source} defines {model.Functions.Count} model-local function(s); Coex does not support ONNX functions.");

        var graph = ImportGraph(model.Graph, outer: null, where: source, depth: 0);
        foreach (var opset in model.OpsetImport)
        {
            if (opset.Version <= 0)
                throw new OnnxFormatException($"{source} imports opset domain '{opset.Domain}' at version {opset.Version}; versions start at 1.");
            graph.OpsetImports.Add(new OpsetImport(opset.Domain, opset.Version));
        }
        var meta = graph.Metadata;
        meta.IrVersion = model.IrVersion;
        meta.ProducerName = model.ProducerName;
        meta.ProducerVersion = model.ProducerVersion;
        meta.Domain = model.Domain;
        meta.ModelVersion = model.ModelVersion;
        meta.DocString = model.DocString;
        foreach (var entry in model.MetadataProps)
            meta.Properties.Add(new(entry.Key, entry.Value));

        try
        {
            GraphValidator.SortTopologically(graph);
            GraphValidator.Validate(graph);
        }
        catch (InvalidGraphException e)
        {
            throw new OnnxFormatException($"{source}: {e.Message}", e);
        }
        return graph;
    }

    private static T Parse<T>(MessageParser<T> parser, byte[] bytes, string source) where T : IMessage<T>
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var input = CodedInputStream.CreateWithLimits(stream, int.MaxValue, RecursionLimit);
            var message = parser.ParseFrom(input);
            // ParseFrom(CodedInputStream) stops quietly at an end-group tag; anything left over is not part of a message.
            if (!input.IsAtEnd)
                throw new OnnxFormatException($"{source} is not a valid ONNX protobuf: parsing stopped at byte {input.Position} of {bytes.Length}.");
            return message;
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new OnnxFormatException($"{source} is not a valid ONNX protobuf ({bytes.Length} bytes): {e.Message}", e);
        }
    }

    private static byte[] ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException($"No ONNX file at '{path}'.", path);
        if (info.Length > MaxFileBytes)
            throw new OnnxFormatException($"'{path}' is {info.Length} bytes; an ONNX protobuf cannot exceed {MaxFileBytes} bytes (external data is not supported).");
        return File.ReadAllBytes(path);
    }

    /// <summary>Names visible in one graph, chained to the enclosing graph's.</summary>
    private sealed class NameScope(NameScope? parent)
    {
        public Dictionary<string, Value> Local { get; } = [];

        public Value? Find(string name) => Local.TryGetValue(name, out var v) ? v : parent?.Find(name);
    }

    private static Graph ImportGraph(GraphProto proto, NameScope? outer, string where, int depth)
    {
        where = proto.Name.Length > 0 ? $"{where} > graph '{proto.Name}'" : $"{where} > graph";
        if (depth > GraphValidator.MaxNesting)
            throw new OnnxFormatException($"{where}: subgraphs are nested more than {GraphValidator.MaxNesting} deep.");
        if (proto.SparseInitializer.Count > 0)
            throw new OnnxFormatException($"{where} has {proto.SparseInitializer.Count} sparse initializer(s); Coex does not support sparse tensors.");

        var graph = new Graph { Name = proto.Name, DocString = proto.DocString };
        var scope = new NameScope(outer);
        var producedBy = new Dictionary<string, string>();
        void Define(Value value, string producer)
        {
            if (producedBy.TryGetValue(value.Name, out var first))
                throw new OnnxFormatException($"{where}: value '{value.Name}' is produced twice, by {first} and by {producer}.");
            producedBy.Add(value.Name, producer);
            scope.Local.Add(value.Name, value);
        }

        for (int i = 0; i < proto.Initializer.Count; i++)
        {
            var t = proto.Initializer[i];
            if (t.Name.Length == 0)
                throw new OnnxFormatException($"{where}: initializer {i} has no name.");
            var tensor = TensorCodec.Decode(t, $"{where}: initializer '{t.Name}'");
            var value = new Value(t.Name, tensor.DType);
            value.SetShape(tensor.Shape);
            Define(value, "an initializer");
            graph.Initializers.Add(new Initializer(value, tensor));
        }

        var initializedInputs = new HashSet<Value>();
        for (int i = 0; i < proto.Input.Count; i++)
        {
            var info = proto.Input[i];
            if (info.Name.Length == 0)
                throw new OnnxFormatException($"{where}: graph input {i} has no name.");
            if (scope.Local.TryGetValue(info.Name, out var initialized) && producedBy[info.Name] == "an initializer")
            {
                if (!initializedInputs.Add(initialized))
                    throw new OnnxFormatException($"{where}: graph input '{info.Name}' is listed twice.");
                ApplyType(initialized, info, where);
                graph.Inputs.Add(initialized);
                continue;
            }
            var value = new Value(info.Name);
            ApplyType(value, info, where);
            Define(value, "a graph input");
            graph.Inputs.Add(value);
        }

        var nodeOutputs = new List<Value?>[proto.Node.Count];
        for (int n = 0; n < proto.Node.Count; n++)
        {
            var node = proto.Node[n];
            var outputs = new List<Value?>(node.Output.Count);
            foreach (string name in node.Output)
            {
                if (name.Length == 0)
                {
                    outputs.Add(null);
                    continue;
                }
                var value = new Value(name);
                Define(value, $"node {n} ({DescribeNode(node)})");
                outputs.Add(value);
            }
            nodeOutputs[n] = outputs;
        }

        var producedHere = new HashSet<Value>(nodeOutputs.SelectMany(o => o).OfType<Value>());
        foreach (var info in proto.ValueInfo)
        {
            // value_info entries for names nothing here produces are stale annotations; they carry nothing to keep.
            if (scope.Local.TryGetValue(info.Name, out var value) && producedHere.Contains(value))
                ApplyType(value, info, where);
        }

        // Names no one produces become unproduced values, so the validator reports them as dangling with full context.
        var dangling = new Dictionary<string, Value>();
        Value Resolve(string name) => scope.Find(name) ?? (dangling.TryGetValue(name, out var v) ? v : dangling[name] = new Value(name));

        foreach (var info in proto.Output)
        {
            if (info.Name.Length == 0)
                throw new OnnxFormatException($"{where}: a graph output has no name.");
            var value = Resolve(info.Name);
            if (producedHere.Contains(value) || dangling.ContainsKey(info.Name))
                ApplyType(value, info, where);
            graph.Outputs.Add(value);
        }

        for (int n = 0; n < proto.Node.Count; n++)
        {
            var p = proto.Node[n];
            if (p.OpType.Length == 0)
                throw new OnnxFormatException($"{where}: node {n} ({DescribeNode(p)}) has no op_type.");
            var inputs = p.Input.Select(name => name.Length == 0 ? null : Resolve(name));
            var node = new Node(p.OpType, inputs, nodeOutputs[n], p.Domain, p.Name) { DocString = p.DocString };
            string nodeWhere = $"{where} > node {n} ({DescribeNode(p)})";
            foreach (var a in p.Attribute)
                node.Attributes.Add(ImportAttribute(a, scope, nodeWhere, depth));
            graph.Nodes.Add(node);
        }
        return graph;
    }

    private static string DescribeNode(NodeProto node)
    {
        string op = node.Domain.Length == 0 ? node.OpType : $"{node.Domain}.{node.OpType}";
        return node.Name.Length > 0 ? $"'{node.Name}' {op}" : op;
    }

    private static void ApplyType(Value value, ValueInfoProto info, string where)
    {
        var type = info.Type;
        if (type is null)
            return;
        string what = $"{where}: value '{info.Name}'";
        switch (type.ValueCase)
        {
            case TypeProto.ValueOneofCase.None:
                return;
            case TypeProto.ValueOneofCase.TensorType:
                break;
            case TypeProto.ValueOneofCase.SequenceType:
                throw new OnnxFormatException($"{what} is a sequence; Coex supports tensor values only.");
            case TypeProto.ValueOneofCase.MapType:
                throw new OnnxFormatException($"{what} is a map; Coex supports tensor values only.");
            case TypeProto.ValueOneofCase.OptionalType:
                throw new OnnxFormatException($"{what} is optional-typed; Coex supports tensor values only.");
            case TypeProto.ValueOneofCase.SparseTensorType:
                throw new OnnxFormatException($"{what} is a sparse tensor; Coex supports dense tensors only.");
            default:
                throw new OnnxFormatException($"{what} has an unknown kind of type.");
        }

        var tensorType = type.TensorType;
        if (tensorType.ElemType != 0)
            value.DType = OnnxTypes.ToDType(tensorType.ElemType, what);
        if (tensorType.Shape is null)
            return;
        var dims = new Dim[tensorType.Shape.Dim.Count];
        for (int d = 0; d < dims.Length; d++)
        {
            var dim = tensorType.Shape.Dim[d];
            dims[d] = dim.ValueCase switch
            {
                TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue when dim.DimValue < 0 =>
                    throw new OnnxFormatException($"{what} has dimension {d} = {dim.DimValue}; dimensions must be non-negative."),
                TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue when dim.DimValue > int.MaxValue =>
                    throw new OnnxFormatException($"{what} has dimension {d} = {dim.DimValue}, larger than Coex supports ({int.MaxValue})."),
                TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue => Dim.Known((int)dim.DimValue),
                TensorShapeProto.Types.Dimension.ValueOneofCase.DimParam when dim.DimParam.Length > 0 => Dim.Symbolic(dim.DimParam),
                _ => Dim.Unknown,
            };
        }
        value.Shape = dims;
    }

    private static NodeAttribute ImportAttribute(AttributeProto a, NameScope scope, string where, int depth)
    {
        if (a.Name.Length == 0)
            throw new OnnxFormatException($"{where}: an attribute has no name.");
        string what = $"{where} attribute '{a.Name}'";
        if (a.HasRefAttrName)
            throw new OnnxFormatException($"{what} refers to function attribute '{a.RefAttrName}'; Coex does not support ONNX functions.");
        var type = a.HasType && a.Type != AttributeType.Undefined ? a.Type : InferType(a, what);
        switch (type)
        {
            case AttributeType.Float:
                return NodeAttribute.Float(a.Name, a.F);
            case AttributeType.Int:
                return NodeAttribute.Int(a.Name, a.I);
            case AttributeType.String:
                return NodeAttribute.String(a.Name, a.S.ToStringUtf8());
            case AttributeType.Tensor:
                return NodeAttribute.Tensor(a.Name, TensorCodec.Decode(a.T ?? throw Missing(what, "tensor"), what));
            case AttributeType.Graph:
                return NodeAttribute.Graph(a.Name, ImportGraph(a.G ?? throw Missing(what, "graph"), scope, what, depth + 1));
            case AttributeType.Floats:
                return NodeAttribute.Floats(a.Name, a.Floats);
            case AttributeType.Ints:
                return NodeAttribute.Ints(a.Name, a.Ints);
            case AttributeType.Strings:
                return NodeAttribute.Strings(a.Name, a.Strings.Select(s => s.ToStringUtf8()));
            case AttributeType.Tensors:
                return NodeAttribute.Tensors(a.Name, a.Tensors.Select((t, i) => TensorCodec.Decode(t, $"{what} tensor {i}")));
            case AttributeType.Graphs:
                return NodeAttribute.Graphs(a.Name, a.Graphs.Select((g, i) => ImportGraph(g, scope, $"{what} graph {i}", depth + 1)).ToList());
            case AttributeType.SparseTensor:
            case AttributeType.SparseTensors:
                throw new OnnxFormatException($"{what} holds sparse tensors; Coex does not support sparse tensors.");
            case AttributeType.TypeProto:
            case AttributeType.TypeProtos:
                throw new OnnxFormatException($"{what} holds type protos; Coex does not support type-valued attributes.");
            default:
                throw new OnnxFormatException($"{what} has unknown attribute type {(int)type}.");
        }
    }

    /// <summary>The type of an attribute written without one (files from before IR version 3 may omit it): the one field that is set.</summary>
    private static AttributeType InferType(AttributeProto a, string what)
    {
        var present = new List<AttributeType>();
        if (a.HasF) present.Add(AttributeType.Float);
        if (a.HasI) present.Add(AttributeType.Int);
        if (a.HasS) present.Add(AttributeType.String);
        if (a.T is not null) present.Add(AttributeType.Tensor);
        if (a.G is not null) present.Add(AttributeType.Graph);
        if (a.Floats.Count > 0) present.Add(AttributeType.Floats);
        if (a.Ints.Count > 0) present.Add(AttributeType.Ints);
        if (a.Strings.Count > 0) present.Add(AttributeType.Strings);
        if (a.Tensors.Count > 0) present.Add(AttributeType.Tensors);
        if (a.Graphs.Count > 0) present.Add(AttributeType.Graphs);
        if (a.HasSparseTensor || a.SparseTensors.Count > 0) present.Add(AttributeType.SparseTensor);
        if (a.HasTp || a.TypeProtos.Count > 0) present.Add(AttributeType.TypeProto);
        return present.Count == 1
            ? present[0]
            : throw new OnnxFormatException($"{what} has no type and {(present.Count == 0 ? "no value" : $"values of {present.Count} kinds")}.");
    }

    private static OnnxFormatException Missing(string what, string kind) => new($"{what} is of type {kind.ToUpperInvariant()} but holds no {kind}.");
}
