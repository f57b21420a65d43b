using Coex.Graphs;
using Coex.Graphs.Passes;
using Coex.Onnx;
using Coex.Runtime;
using Coex.Tensors;
using Ort = Microsoft.ML.OnnxRuntime;

namespace Coex.Tests.Runtime;

/// <summary>
/// The DLRM-style fixture exported by PyTorch 1.13 (tests/fixtures/make_dlrm_fixture.py): three nn.EmbeddingBag
/// (sum, mean, sum; one empty bag) that the exporter writes as ONNX Loops. Coex must reproduce PyTorch's outputs both
/// running the Loops as they are and after <see cref="EmbeddingBagFusion"/> replaced them by coex.EmbeddingBag.
/// </summary>
public class PyTorchEmbeddingBagTests
{
    private const double RelativeTolerance = 1e-5, AbsoluteTolerance = 1e-6;

    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "fixtures", "dlrm_small");

    private static string ModelPath => Path.Combine(Dir, "dlrm_small.onnx");

    private static readonly string[] InputNames = ["dense", "indices_0", "offsets_0", "indices_1", "offsets_1", "indices_2", "offsets_2"];

    private static readonly string[] OutputNames = ["probability", "bag_0", "bag_1", "bag_2"];

    private static Dictionary<string, Tensor> Inputs() => InputNames.ToDictionary(n => n, n => Npy.Load(Path.Combine(Dir, n + ".npy")));

    [Fact]
    public void The_export_holds_one_loop_per_embedding_bag()
    {
        var graph = OnnxImporter.Load(ModelPath);
        Assert.Equal(3, graph.Nodes.Count(n => n.OpType == "Loop"));
    }

    [Theory]
    [InlineData(OptimizationLevel.None)]
    [InlineData(OptimizationLevel.Basic)]
    public void Plain_loops_match_pytorch(OptimizationLevel level) => AssertMatchesPyTorch(new InferenceSession(ModelPath, new SessionOptions { OptimizationLevel = level, Threads = 1 }));

    [Fact]
    public void Fused_embedding_bags_match_pytorch() => AssertMatchesPyTorch(new InferenceSession(ModelPath, new SessionOptions { Threads = 1 }));

    [Fact]
    public void Fusion_replaces_every_loop_by_a_coex_embedding_bag_with_the_right_mode()
    {
        var graph = OnnxImporter.Load(ModelPath);
        var rewritten = graph.CopyForRewrite();
        var changed = new PassManager([new EmbeddingBagFusion(), new DeadNodeRemoval()]).Run(rewritten);
        Assert.Contains("embedding-bag-fusion", changed);
        Assert.DoesNotContain(rewritten.Nodes, n => n.OpType == "Loop");
        var bags = rewritten.Nodes.Where(n => n.OpType == EmbeddingBagFusion.OpType && n.Domain == ActivationFusion.Domain).ToList();
        Assert.Equal(["sum", "mean", "sum"], bags.Select(b => b.FindAttribute("mode")!.AsString()));
        Assert.Equal(["bags.0.weight", "indices_0", "offsets_0"], bags[0].Inputs.Select(v => v!.Name));
        // The bounds arithmetic that fed the loops is gone too.
        Assert.True(rewritten.Nodes.Count < graph.Nodes.Count - 3 * 8, $"{graph.Nodes.Count} nodes before, {rewritten.Nodes.Count} after.");
    }

    [Fact]
    public void A_loop_that_is_not_an_embedding_bag_is_left_alone()
    {
        var graph = OnnxImporter.Load(ModelPath);
        // Make the first bag's body reduce with ReduceMax (mode='max' has no native twin here): no longer the pattern.
        var loop = graph.Nodes.First(n => n.OpType == "Loop");
        var body = loop.FindAttribute("body")!.AsGraph();
        body.Nodes.First(n => n.OpType == "ReduceSum").OpType = "ReduceMax";
        var rewritten = graph.CopyForRewrite();
        new EmbeddingBagFusion().Run(rewritten);
        Assert.Equal(1, rewritten.Nodes.Count(n => n.OpType == "Loop"));
        Assert.Equal(2, rewritten.Nodes.Count(n => n.OpType == EmbeddingBagFusion.OpType));
    }

    [Fact]
    public void Onnx_runtime_agrees_on_the_loops()
    {
        var expected = Inputs();
        using var options = new Ort.SessionOptions { IntraOpNumThreads = 1, LogSeverityLevel = Ort.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL };
        using var ort = new Ort.InferenceSession(ModelPath, options);
        var values = new Dictionary<string, Ort.OrtValue>();
        try
        {
            foreach (var (name, t) in expected)
            {
                values[name] = t.DType == DType.F32
                    ? Ort.OrtValue.CreateTensorValueFromMemory(t.AsSpan<float>().ToArray(), [.. t.Shape.ToArray().Select(d => (long)d)])
                    : Ort.OrtValue.CreateTensorValueFromMemory(t.AsSpan<long>().ToArray(), [.. t.Shape.ToArray().Select(d => (long)d)]);
            }
            using var runOptions = new Ort.RunOptions();
            using var results = ort.Run(runOptions, values, OutputNames);
            var coex = new InferenceSession(ModelPath, new SessionOptions { OptimizationLevel = OptimizationLevel.Basic, Threads = 1 }).Run(expected);
            for (int k = 0; k < OutputNames.Length; k++)
                AssertClose(results[k].GetTensorDataAsSpan<float>().ToArray(), coex[OutputNames[k]].AsSpan<float>().ToArray(), $"{OutputNames[k]} vs ONNX Runtime");
        }
        finally
        {
            foreach (var v in values.Values)
                v.Dispose();
        }
    }

    [Fact]
    public void An_out_of_range_id_is_refused_naming_table_and_position()
    {
        var session = new InferenceSession(ModelPath, new SessionOptions { Threads = 1 });
        var inputs = Inputs();
        var ids = inputs["indices_1"].AsSpan<long>().ToArray();
        ids[4] = 30; // table 1 has 30 rows
        inputs["indices_1"] = Tensor.FromSpan<long>(ids, ids.Length);
        var e = Assert.Throws<InvalidOperationException>(() => session.Run(inputs));
        Assert.Contains("bags.1.weight", e.Message);
        Assert.Contains("position 4", e.Message);
    }

    [Fact]
    public void Decreasing_offsets_are_refused()
    {
        var session = new InferenceSession(ModelPath, new SessionOptions { Threads = 1 });
        var inputs = Inputs();
        inputs["offsets_2"] = Tensor.FromSpan<long>([0, 2, 1, 3, 4], 5);
        var e = Assert.Throws<InvalidOperationException>(() => session.Run(inputs));
        Assert.Contains("bag 1", e.Message);
    }

    private static void AssertMatchesPyTorch(InferenceSession session)
    {
        var outputs = session.Run(Inputs());
        foreach (string name in OutputNames)
        {
            var expected = Npy.Load(Path.Combine(Dir, name + ".npy"));
            Assert.Equal(expected.Shape.ToArray(), outputs[name].Shape.ToArray());
            AssertClose(expected.AsSpan<float>().ToArray(), outputs[name].AsSpan<float>().ToArray(), name);
        }
    }

    private static void AssertClose(float[] expected, float[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(actual[i] - expected[i]) <= AbsoluteTolerance + RelativeTolerance * Math.Abs(expected[i]),
                $"{what}: element {i} is {actual[i]:R}, expected {expected[i]:R}.");
    }
}
