using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;

namespace Coex.Tests.Onnx;

public class RoundTripTests
{
    [Fact]
    public void Graph_with_every_feature_round_trips_equal_and_bit_exact()
    {
        var original = SampleGraphs.Everything();
        GraphValidator.Validate(original);
        byte[] first = OnnxExporter.ToBytes(original);
        var loaded = OnnxImporter.Load(first);

        // The importer fills in the IR version the exporter chose; everything else must match exactly.
        Assert.Equal(OnnxExporter.Int4IrVersion, loaded.Metadata.IrVersion);
        original.Metadata.IrVersion = loaded.Metadata.IrVersion;
        Assert.Null(GraphComparer.FirstDifference(original, loaded));
        Assert.Equal(first, OnnxExporter.ToBytes(loaded));
    }

    [Fact]
    public void Values_shared_across_scopes_stay_shared_after_import()
    {
        var loaded = OnnxImporter.Load(OnnxExporter.ToBytes(SampleGraphs.Everything()));
        var dropout = loaded.Nodes.Single(n => n.OpType == "Dropout");
        var ifNode = loaded.Nodes.Single(n => n.OpType == "If");
        var then = ifNode.FindAttribute("then_branch")!.AsGraph();
        Assert.Same(dropout.Outputs[0], then.Nodes[0].Inputs[0]);
        Assert.Same(dropout.Outputs[0], ifNode.FindAttribute("else_branch")!.AsGraph().Outputs[0]);
        Assert.Null(dropout.Inputs[1]);
        Assert.Null(dropout.Outputs[1]);
    }

    [Fact]
    public void Save_and_load_through_a_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"coex-roundtrip-{Guid.NewGuid():N}.onnx");
        try
        {
            var original = SampleGraphs.Everything();
            original.Metadata.IrVersion = 9;
            OnnxExporter.Save(original, path);
            Assert.Null(GraphComparer.FirstDifference(original, OnnxImporter.Load(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_dtype_round_trips_as_a_tensor_proto()
    {
        foreach (var (name, tensor) in SampleGraphs.TensorsOfEveryDType())
        {
            var back = OnnxImporter.LoadTensor(OnnxExporter.TensorToBytes(tensor, name));
            Assert.Null(GraphComparer.CompareTensor(tensor, back, name));
        }
    }

    [Fact]
    public void Tensor_file_keeps_its_name()
    {
        string path = Path.Combine(Path.GetTempPath(), $"coex-tensor-{Guid.NewGuid():N}.pb");
        try
        {
            var t = Tensor.FromSpan<int>([1, 2, 3], 3);
            OnnxExporter.SaveTensor(t, path, "input_0");
            var back = OnnxImporter.LoadTensor(path, out string name);
            Assert.Equal("input_0", name);
            Assert.Equal([1, 2, 3], back.AsSpan<int>().ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Graph_without_int4_gets_the_default_ir_version()
    {
        var g = new Graph();
        var x = new Value("x", DType.F32);
        g.Inputs.Add(x);
        g.Outputs.Add(x);
        g.OpsetImports.Add(new OpsetImport("", 13));
        Assert.Equal(OnnxExporter.DefaultIrVersion, OnnxImporter.Load(OnnxExporter.ToBytes(g)).Metadata.IrVersion);
    }

    [Fact]
    public void Export_refuses_an_invalid_graph()
    {
        var g = new Graph();
        g.Outputs.Add(new Value("nowhere"));
        Assert.Throws<InvalidGraphException>(() => OnnxExporter.ToBytes(g));
    }
}
