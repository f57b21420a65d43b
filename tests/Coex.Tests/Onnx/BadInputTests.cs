using Coex.Graphs;
using Coex.Onnx;
using Coex.Onnx.Proto;
using Coex.Tensors;
using Google.Protobuf;
using DataType = Coex.Onnx.Proto.TensorProto.Types.DataType;

namespace Coex.Tests.Onnx;

/// <summary>Every kind of bad input is refused with <see cref="OnnxFormatException"/> and a message naming what and where.</summary>
public class BadInputTests
{
    /// <summary>x: F32[2, 3] + w (initializer) -> y.</summary>
    private static ModelProto ValidModel()
    {
        var g = new Graph { Name = "main" };
        g.OpsetImports.Add(new OpsetImport("", 13));
        var x = new Value("x", DType.F32);
        x.SetShape(2, 3);
        g.Inputs.Add(x);
        var w = g.AddInitializer("w", Tensor.FromSpan<float>([1, 2, 3, 4, 5, 6], 2, 3));
        var y = new Value("y", DType.F32);
        g.AddNode("Add", [x, w], [y], name: "add");
        g.Outputs.Add(y);
        return ModelProto.Parser.ParseFrom(OnnxExporter.ToBytes(g));
    }

    private static OnnxFormatException Refused(ModelProto model) => Refused(model.ToByteArray());

    private static OnnxFormatException Refused(byte[] bytes)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<OnnxFormatException>(() => OnnxImporter.Load(bytes));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Refusing bad input must not cost more memory than the input itself (plus parser overhead).
        Assert.True(allocated < 16L * bytes.Length + (4 << 20), $"Refusing {bytes.Length} bytes allocated {allocated} bytes.");
        return e;
    }

    [Fact]
    public void Valid_model_loads()
    {
        var g = OnnxImporter.Load(ValidModel().ToByteArray());
        Assert.Equal("Add", g.Nodes.Single().OpType);
    }

    [Fact]
    public void Missing_file_is_file_not_found()
    {
        Assert.Throws<FileNotFoundException>(() => OnnxImporter.Load("/nonexistent/coex/model.onnx"));
        Assert.Throws<FileNotFoundException>(() => OnnxImporter.LoadTensor("/nonexistent/coex/input_0.pb"));
    }

    [Fact]
    public void Empty_input_is_not_a_model()
    {
        Assert.Contains("no graph", Refused([]).Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_bytes_are_refused(int seed)
    {
        var rng = new Random(seed);
        for (int i = 0; i < 50; i++)
            Refused(TestData.Bytes(rng, rng.Next(1, 4096)));
    }

    [Fact]
    public void Other_file_formats_are_refused()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        byte[] zip = [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0]; // a PyTorch checkpoint is a zip
        Refused(png);
        Refused(zip);
        Refused("ir_version: 8\ngraph { name: \"text format\" }\n"u8.ToArray());
    }

    [Fact]
    public void Every_truncation_is_refused_or_still_a_valid_model()
    {
        byte[] bytes = ValidModel().ToByteArray();
        int refused = 0;
        for (int length = 0; length < bytes.Length; length++)
        {
            try
            {
                GraphValidator.Validate(OnnxImporter.Load(bytes.AsSpan(0, length)));
            }
            catch (OnnxFormatException)
            {
                refused++;
            }
        }
        // A cut on a field boundary can leave a well-formed smaller model; nearly every other cut must fail.
        Assert.True(refused > bytes.Length * 9 / 10, $"Only {refused} of {bytes.Length} truncations refused.");
    }

    [Fact]
    public void Truncated_file_names_the_problem()
    {
        string path = Path.Combine(Path.GetTempPath(), $"coex-truncated-{Guid.NewGuid():N}.onnx");
        try
        {
            byte[] bytes = ValidModel().ToByteArray();
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var e = Assert.Throws<OnnxFormatException>(() => OnnxImporter.Load(path));
            Assert.Contains(path, e.Message);
            Assert.IsType<InvalidProtocolBufferException>(e.InnerException);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Negative_dim_is_refused()
    {
        var m = ValidModel();
        m.Graph.Initializer[0].Dims[0] = -2;
        var e = Refused(m);
        Assert.Contains("initializer 'w'", e.Message);
        Assert.Contains("dimension 0 = -2", e.Message);
    }

    [Fact]
    public void Negative_dim_in_a_declared_shape_is_refused()
    {
        var m = ValidModel();
        m.Graph.Input[0].Type.TensorType.Shape.Dim[1].DimValue = -1;
        var e = Refused(m);
        Assert.Contains("value 'x'", e.Message);
        Assert.Contains("dimension 1 = -1", e.Message);
    }

    [Fact]
    public void Huge_dims_are_refused_before_allocating()
    {
        var m = ValidModel();
        var w = m.Graph.Initializer[0];
        w.Dims.Clear();
        w.Dims.AddRange([int.MaxValue, int.MaxValue, int.MaxValue]);
        Assert.Contains("more elements than a Coex tensor can hold", Refused(m).Message);

        w.Dims.Clear();
        w.Dims.Add(1L << 40);
        Assert.Contains("larger than Coex supports", Refused(m).Message);

        // Fits in a tensor, but the 24 bytes of data cannot back 2^28 elements.
        w.Dims.Clear();
        w.Dims.Add(1 << 28);
        var e = Refused(m);
        Assert.Contains("needs 1073741824 bytes, but raw_data holds 24", e.Message);
    }

    [Fact]
    public void Raw_data_size_disagreeing_with_shape_is_refused()
    {
        var m = ValidModel();
        m.Graph.Initializer[0].RawData = ByteString.CopyFrom(new byte[20]);
        var e = Refused(m);
        Assert.Contains("initializer 'w'", e.Message);
        Assert.Contains("[2, 3] of FLOAT, which needs 24 bytes, but raw_data holds 20", e.Message);
    }

    [Fact]
    public void Missing_data_is_refused()
    {
        var m = ValidModel();
        m.Graph.Initializer[0].ClearRawData();
        Assert.Contains("holds no data", Refused(m).Message);
    }

    [Fact]
    public void Cycle_is_refused_naming_a_node_on_it()
    {
        var m = ValidModel();
        // add reads b; neg reads y (add's output) and writes b.
        m.Graph.Node[0].Input[1] = "b";
        m.Graph.Node.Add(new NodeProto { OpType = "Neg", Name = "neg", Input = { "y" }, Output = { "b" } });
        var e = Refused(m);
        Assert.Contains("cycle", e.Message);
        Assert.Matches("'(add|neg)'", e.Message);
    }

    [Fact]
    public void Dangling_input_is_refused()
    {
        var m = ValidModel();
        m.Graph.Node[0].Input[1] = "ghost";
        var e = Refused(m);
        Assert.Contains("'ghost'", e.Message);
        Assert.Contains("dangling", e.Message);
        Assert.Contains("'add'", e.Message);
    }

    [Fact]
    public void Unproduced_graph_output_is_refused()
    {
        var m = ValidModel();
        m.Graph.Output[0].Name = "nowhere";
        Assert.Contains("graph output 'nowhere'", Refused(m).Message);
    }

    [Fact]
    public void Value_produced_twice_is_refused()
    {
        var m = ValidModel();
        m.Graph.Node.Add(new NodeProto { OpType = "Neg", Name = "again", Input = { "x" }, Output = { "y" } });
        Assert.Contains("'y' is produced twice", Refused(m).Message);
    }

    [Fact]
    public void Unknown_data_type_is_refused()
    {
        var m = ValidModel();
        m.Graph.Initializer[0].DataType = 99;
        Assert.Contains("unknown data type code 99", Refused(m).Message);

        m = ValidModel();
        m.Graph.Input[0].Type.TensorType.ElemType = 1234;
        var e = Refused(m);
        Assert.Contains("value 'x'", e.Message);
        Assert.Contains("1234", e.Message);
    }

    [Fact]
    public void Unsupported_data_type_is_refused_by_name()
    {
        var m = ValidModel();
        var w = m.Graph.Initializer[0];
        w.DataType = (int)DataType.Double;
        w.RawData = ByteString.CopyFrom(new byte[48]);
        var e = Refused(m);
        Assert.Contains("initializer 'w'", e.Message);
        Assert.Contains("DOUBLE", e.Message);

        var s = new TensorProto { Name = "names", DataType = (int)DataType.String, Dims = { 1 }, StringData = { ByteString.CopyFromUtf8("a") } };
        Assert.Contains("STRING", Assert.Throws<OnnxFormatException>(() => OnnxImporter.LoadTensor(s.ToByteArray())).Message);
    }

    [Fact]
    public void External_data_is_refused()
    {
        var m = ValidModel();
        var w = m.Graph.Initializer[0];
        w.ClearRawData();
        w.DataLocation = TensorProto.Types.DataLocation.External;
        w.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = "weights.bin" });
        var e = Refused(m);
        Assert.Contains("external data", e.Message);
        Assert.Contains("weights.bin", e.Message);
    }

    [Fact]
    public void Non_tensor_values_sparse_tensors_and_functions_are_refused()
    {
        var m = ValidModel();
        m.Graph.Input[0].Type = new TypeProto { SequenceType = ByteString.CopyFrom(8, 1) };
        Assert.Contains("sequence", Refused(m).Message);

        m = ValidModel();
        m.Graph.SparseInitializer.Add(ByteString.Empty);
        Assert.Contains("sparse", Refused(m).Message);

        m = ValidModel();
        m.Functions.Add(ByteString.Empty);
        Assert.Contains("function", Refused(m).Message);

        m = ValidModel();
        m.Graph.Node[0].Attribute.Add(new AttributeProto { Name = "sp", Type = AttributeProto.Types.AttributeType.SparseTensor, SparseTensor = ByteString.Empty });
        Assert.Contains("attribute 'sp'", Refused(m).Message);
    }

    [Fact]
    public void Missing_ir_version_is_refused()
    {
        var m = ValidModel();
        m.ClearIrVersion();
        Assert.Contains("ir_version", Refused(m).Message);
    }

    [Fact]
    public void Attribute_of_type_tensor_without_a_tensor_is_refused()
    {
        var m = ValidModel();
        m.Graph.Node[0].Attribute.Add(new AttributeProto { Name = "value", Type = AttributeProto.Types.AttributeType.Tensor });
        var e = Refused(m);
        Assert.Contains("attribute 'value'", e.Message);
        Assert.Contains("holds no tensor", e.Message);
    }

    [Fact]
    public void Huge_length_prefixes_are_refused_without_allocating_them()
    {
        // Field 7 (graph), wire type 2, claiming 2^31 - 16 bytes that are not there.
        byte[] graph = [0x3A, 0xF0, 0xFF, 0xFF, 0xFF, 0x07, 1, 2, 3];
        Assert.IsType<InvalidProtocolBufferException>(Refused(graph).InnerException);

        // A valid model followed by an initializer claiming a gigabyte of packed float_data.
        var m = ValidModel();
        byte[] valid = m.ToByteArray();
        // graph (7) { initializer (5) { float_data (4, packed) length 2^30 } }
        byte[] tail = [0x3A, 0x08, 0x2A, 0x06, 0x22, 0x80, 0x80, 0x80, 0x80, 0x04];
        Refused([.. valid, .. tail]);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        // Subgraphs nested well past the limit: If { then_branch: If { then_branch: ... } }.
        GraphProto inner = new() { Name = "leaf" };
        for (int depth = 0; depth < 200; depth++)
        {
            var node = new NodeProto { OpType = "If", Name = $"if{depth}", Input = { "c" } };
            node.Attribute.Add(new AttributeProto { Name = "then_branch", Type = AttributeProto.Types.AttributeType.Graph, G = inner });
            inner = new GraphProto { Name = $"g{depth}", Node = { node } };
        }
        var m = ValidModel();
        m.Graph.Node[0].Attribute.Add(new AttributeProto { Name = "then_branch", Type = AttributeProto.Types.AttributeType.Graph, G = inner });
        Assert.Contains("nest", Refused(m).Message, StringComparison.OrdinalIgnoreCase);

        // Just past the importer's own limit, but within the parser's: refused by the importer by depth.
        inner = new GraphProto { Name = "leaf" };
        for (int depth = 0; depth <= GraphValidator.MaxNesting; depth++)
        {
            var node = new NodeProto { OpType = "If", Name = $"if{depth}" };
            node.Attribute.Add(new AttributeProto { Name = "then_branch", Type = AttributeProto.Types.AttributeType.Graph, G = inner });
            inner = new GraphProto { Name = $"g{depth}", Node = { node } };
        }
        m = ValidModel();
        m.Graph.Node[0].Attribute.Add(new AttributeProto { Name = "then_branch", Type = AttributeProto.Types.AttributeType.Graph, G = inner });
        Assert.Contains($"nested more than {GraphValidator.MaxNesting} deep", Refused(m).Message);

        // Raw wire bytes nesting graph > node > attribute > graph ... 3,000 levels deep, with consistent lengths.
        byte[] level = [];
        for (int i = 0; i < 3_000; i++)
        {
            byte tag = (i % 3) switch
            {
                0 => 0x32, // AttributeProto.g (6) holding the graph so far
                1 => 0x2A, // NodeProto.attribute (5)
                _ => 0x0A, // GraphProto.node (1)
            };
            level = [tag, .. Varint(level.Length), .. level];
        }
        level = [0x08, 0x08, 0x3A, .. Varint(level.Length), .. level]; // ir_version 8, graph (7)
        Assert.Contains("nest", Refused(level).Message, StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] Varint(int value)
    {
        var bytes = new List<byte>();
        uint v = (uint)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }
        bytes.Add((byte)v);
        return [.. bytes];
    }
}
