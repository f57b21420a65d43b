using Coex.Graphs;
using Coex.Onnx;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Tests.Runtime;

public class InferenceSessionTests
{
    private static Graph ReluChain(int length, int size)
    {
        var g = new Graph { Name = "chain" };
        g.OpsetImports.Add(new OpsetImport("", 17));
        var x = new Value("x", DType.F32, [Dim.Symbolic("N"), Dim.Known(size)]);
        g.Inputs.Add(x);
        var v = x;
        for (int i = 0; i < length; i++)
        {
            var next = new Value($"h{i}");
            g.AddNode(i % 2 == 0 ? "Relu" : "Neg", [v], [next]);
            v = next;
        }
        g.Outputs.Add(v);
        return g;
    }

    private static Dictionary<string, Tensor> Input(string name, Tensor t) => new() { [name] = t };

    [Fact]
    public void Metadata_lists_inputs_and_outputs_with_types_and_shapes()
    {
        var session = new InferenceSession(OrtCrossCheckTests.LeNet());
        Assert.Equal(["image"], session.InputNames);
        var input = Assert.Single(session.InputMetadata);
        Assert.Equal(DType.F32, input.ElementType);
        Assert.Equal("N", input.Shape![0].Symbol);
        Assert.Equal(28, input.Shape[3].Size);
        Assert.Single(session.OutputNames);
    }

    [Fact]
    public void Loads_from_path_bytes_and_graph_alike()
    {
        var graph = OrtCrossCheckTests.Mlp();
        byte[] bytes = OnnxExporter.ToBytes(graph);
        string path = Path.Combine(Path.GetTempPath(), $"coex-mlp-{Environment.ProcessId}.onnx");
        File.WriteAllBytes(path, bytes);
        try
        {
            var x = Tensor.FromSpan<float>(Enumerable.Range(0, 128).Select(i => MathF.Sin(i)).ToArray(), 2, 64);
            var a = new InferenceSession(graph).Run(Input("x", x)).Values.Single().AsSpan<float>().ToArray();
            var b = new InferenceSession(bytes).Run(Input("x", x)).Values.Single().AsSpan<float>().ToArray();
            var c = new InferenceSession(path).Run(Input("x", x)).Values.Single().AsSpan<float>().ToArray();
            Assert.Equal(a, b);
            Assert.Equal(a, c);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_inputs_are_refused_with_argument_exceptions_naming_the_problem()
    {
        var session = new InferenceSession(ReluChain(2, 4));
        var good = Tensor.Zeros(DType.F32, 3, 4);
        Assert.Contains("Missing input 'x'", Assert.Throws<ArgumentException>(() => session.Run(new Dictionary<string, Tensor>())).Message);
        Assert.Contains("no input 'y'", Assert.Throws<ArgumentException>(() => session.Run(new Dictionary<string, Tensor> { ["x"] = good, ["y"] = good })).Message);
        Assert.Contains("must be F32, got I32", Assert.Throws<ArgumentException>(() => session.Run(Input("x", Tensor.Zeros(DType.I32, 3, 4)))).Message);
        Assert.Contains("rank 2", Assert.Throws<ArgumentException>(() => session.Run(Input("x", Tensor.Zeros(DType.F32, 12)))).Message);
        Assert.Contains("dimension 1 must be 4, got 5", Assert.Throws<ArgumentException>(() => session.Run(Input("x", Tensor.Zeros(DType.F32, 3, 5)))).Message);
        Assert.Contains("no output 'nope'", Assert.Throws<ArgumentException>(() => session.Run(Input("x", good), ["nope"])).Message);
        // The symbolic batch dimension takes any size.
        Assert.Equal([7, 4], session.Run(Input("x", Tensor.Zeros(DType.F32, 7, 4))).Values.Single().Shape.ToArray());
    }

    [Fact]
    public void Unsupported_operators_fail_at_load_naming_op_domain_and_opset()
    {
        var g = ReluChain(1, 4);
        g.Nodes[0].OpType = "Einsum";
        var e = Assert.Throws<UnsupportedOperatorException>(() => new InferenceSession(g));
        Assert.Contains("Einsum", e.Message);
        Assert.Contains("ai.onnx", e.Message);
        Assert.Contains("opset 17", e.Message);
        Assert.Equal(17, e.Opset);

        var custom = ReluChain(1, 4);
        custom.OpsetImports.Add(new OpsetImport("com.example", 3));
        custom.Nodes[0].Domain = "com.example";
        e = Assert.Throws<UnsupportedOperatorException>(() => new InferenceSession(custom));
        Assert.Equal(("Relu", "com.example", 3L), (e.OpType, e.Domain, e.Opset));
    }

    [Fact]
    public void Intermediate_buffers_are_reused_within_and_across_runs()
    {
        const int size = 1 << 16;
        var session = new InferenceSession(ReluChain(12, size), new SessionOptions { Threads = 1 });
        var x = Tensor.FromSpan<float>(Enumerable.Range(0, size).Select(i => i % 7 - 3f).ToArray(), 1, size);
        var first = session.Run(Input("x", x)).Values.Single();
        long afterFirst = session.IntermediateBytesAllocated;
        // Twelve nodes, but each intermediate dies as the next is made: a few buffers serve the whole chain.
        Assert.True(afterFirst <= 3L * size * sizeof(float), $"{afterFirst} bytes allocated for a chain of 12 nodes over {size * 4}-byte tensors.");
        var second = session.Run(Input("x", x)).Values.Single();
        Assert.True(session.IntermediateBytesAllocated <= afterFirst + size * sizeof(float), "the second run should reuse the first run's buffers (one more for the returned output).");
        // The first run's output is the caller's: later runs must not overwrite it.
        Assert.Equal(first.AsSpan<float>().ToArray(), second.AsSpan<float>().ToArray());
        var expected = x.AsSpan<float>().ToArray();
        for (int i = 0; i < 12; i++)
            expected = [.. expected.Select(v => i % 2 == 0 ? MathF.Max(v, 0) : -v)];
        Assert.Equal(expected, first.AsSpan<float>().ToArray());
    }

    [Fact]
    public void Disposed_results_give_their_storage_to_later_runs()
    {
        const int size = 1 << 16;
        var session = new InferenceSession(ReluChain(4, size), new SessionOptions { Threads = 1 });
        var x = Tensor.FromSpan<float>(Enumerable.Range(0, size).Select(i => i % 5 - 2f).ToArray(), 1, size);
        var kept = session.Run(Input("x", x));
        var expected = kept.Values.Single().AsSpan<float>().ToArray();
        using (session.Run(Input("x", x))) { }
        long steady = session.IntermediateBytesAllocated;
        for (int i = 0; i < 5; i++)
        {
            using var r = session.Run(Input("x", x));
            Assert.Equal(expected, r.Values.Single().AsSpan<float>().ToArray());
        }
        // Disposed outputs came back: five more runs allocated nothing. The undisposed result is untouched.
        Assert.Equal(steady, session.IntermediateBytesAllocated);
        Assert.Equal(expected, kept.Values.Single().AsSpan<float>().ToArray());
        var twice = session.Run(Input("x", x));
        twice.Dispose();
        twice.Dispose();
        using var a = session.Run(Input("x", x));
        using var b = session.Run(Input("x", x));
        // A double dispose must not hand one buffer to two runs.
        Assert.False(ReferenceEquals(a.Values.Single().Buffer, b.Values.Single().Buffer));
    }

    [Fact]
    public void Two_outputs_viewing_one_buffer_go_back_once()
    {
        var g = ReluChain(1, 8);
        g.Outputs.Add(g.Outputs[0]);
        var session = new InferenceSession(g, new SessionOptions { Threads = 1 });
        var x = Tensor.FromSpan<float>(Enumerable.Range(0, 8).Select(i => i - 4f).ToArray(), 1, 8);
        session.Run(Input("x", x)).Dispose();
        using var a = session.Run(Input("x", x));
        using var b = session.Run(Input("x", x));
        Assert.False(ReferenceEquals(a.Values.First().Buffer, b.Values.First().Buffer));
    }

    [Fact]
    public void Runs_only_return_the_requested_outputs()
    {
        var g = ReluChain(2, 3);
        g.Outputs.Insert(0, g.Nodes[0].Outputs[0]!);
        var session = new InferenceSession(g);
        var x = Tensor.FromSpan<float>([-1f, 0.5f, 2f], 1, 3);
        var all = session.Run(Input("x", x));
        Assert.Equal(2, all.Count);
        var one = session.Run(Input("x", x), ["h0"]);
        Assert.Equal([0f, 0.5f, 2f], Assert.Single(one).Value.AsSpan<float>().ToArray());
    }

    [Fact]
    public void Initializers_listed_as_inputs_are_overridable_defaults()
    {
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", 13));
        var x = new Value("x", DType.F32, [Dim.Known(2)]);
        g.Inputs.Add(x);
        var bias = g.AddInitializer("bias", Tensor.FromSpan<float>([10f, 20f], 2));
        g.Inputs.Add(bias);
        var y = new Value("y");
        g.AddNode("Add", [x, bias], [y]);
        g.Outputs.Add(y);
        var session = new InferenceSession(g);
        Assert.Equal(["x"], session.InputNames);
        var xs = Tensor.FromSpan<float>([1f, 2f], 2);
        Assert.Equal([11f, 22f], session.Run(Input("x", xs))["y"].AsSpan<float>().ToArray());
        Assert.Equal([2f, 3f], session.Run(new Dictionary<string, Tensor> { ["x"] = xs, ["bias"] = Tensor.FromSpan<float>([1f, 1f], 2) })["y"].AsSpan<float>().ToArray());
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void Softmax_follows_the_opset_semantics(int opset)
    {
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", opset));
        var x = new Value("x", DType.F32, [Dim.Known(2), Dim.Known(2), Dim.Known(2)]);
        g.Inputs.Add(x);
        var y = new Value("y");
        g.AddNode("Softmax", [x], [y]).Attributes.Add(NodeAttribute.Int("axis", 1));
        g.Outputs.Add(y);
        var data = new float[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        var result = new InferenceSession(g).Run(Input("x", Tensor.FromSpan<float>(data, 2, 2, 2)))["y"].AsSpan<float>().ToArray();
        float[] expected = new float[8];
        for (int b = 0; b < 2; b++)
        {
            if (opset < 13)
            {
                // Coerced to 2-D: each batch's 4 values form one row.
                var row = data.Skip(b * 4).Take(4).Select(MathF.Exp).ToArray();
                for (int k = 0; k < 4; k++) expected[b * 4 + k] = row[k] / row.Sum();
            }
            else
            {
                for (int inner = 0; inner < 2; inner++)
                {
                    float e0 = MathF.Exp(data[b * 4 + inner]), e1 = MathF.Exp(data[b * 4 + 2 + inner]);
                    expected[b * 4 + inner] = e0 / (e0 + e1);
                    expected[b * 4 + 2 + inner] = e1 / (e0 + e1);
                }
            }
        }
        for (int k = 0; k < 8; k++)
            Assert.Equal(expected[k], result[k], 1e-6f);
    }

    [Fact]
    public void An_output_viewing_a_constant_is_a_copy_so_callers_cannot_alter_the_model()
    {
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", 13));
        var w = g.AddInitializer("w", Tensor.FromSpan<float>([1f, 2f, 3f, 4f], 2, 2));
        var shape = g.AddInitializer("shape", Tensor.FromSpan<long>([4], 1));
        var y = new Value("y");
        g.AddNode("Reshape", [w, shape], [y]);
        g.Outputs.Add(y);
        var session = new InferenceSession(g);
        var first = session.Run(new Dictionary<string, Tensor>())["y"];
        first.AsSpan<float>().Fill(-1f);
        Assert.Equal([1f, 2f, 3f, 4f], session.Run(new Dictionary<string, Tensor>())["y"].AsSpan<float>().ToArray());
    }

    private static Graph Single(int opset, string op, Tensor input, Action<Graph, Node> configure, int outputs = 1)
    {
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", opset));
        var x = new Value("x", input.DType, [.. input.Shape.ToArray().Select(Dim.Known)]);
        g.Inputs.Add(x);
        var outs = Enumerable.Range(0, outputs).Select(k => new Value($"y{k}")).ToArray();
        var node = g.AddNode(op, [x], outs);
        configure(g, node);
        g.Outputs.AddRange(outs);
        return g;
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void Axes_move_from_attributes_to_inputs_at_opset_13(int opset)
    {
        var x = Tensor.FromSpan<float>([1, 2, 3, 4, 5, 6], 1, 2, 3);
        void Axes(Graph g, Node n, string attr, long[] values)
        {
            if (opset < 13)
                n.Attributes.Add(NodeAttribute.Ints(attr, values));
            else
                n.Inputs.Add(g.AddInitializer($"{attr}_{n.OpType}", Tensor.FromSpan<long>(values, values.Length)));
        }
        Tensor Run(Graph g, int output = 0) => new InferenceSession(g).Run(new Dictionary<string, Tensor> { ["x"] = x })[$"y{output}"];

        Assert.Equal([2, 3], Run(Single(opset, "Squeeze", x, (g, n) => Axes(g, n, "axes", [0]))).Shape.ToArray());
        Assert.Equal([1, 2, 1, 3], Run(Single(opset, "Unsqueeze", x, (g, n) => Axes(g, n, "axes", [2]))).Shape.ToArray());
        var sum = Run(Single(opset, "ReduceSum", x, (g, n) => { Axes(g, n, "axes", [2]); n.Attributes.Add(NodeAttribute.Int("keepdims", 0)); }));
        Assert.Equal([6f, 15f], sum.AsSpan<float>().ToArray());
        var split = Single(opset, "Split", x, (g, n) => { n.Attributes.Add(NodeAttribute.Int("axis", 2)); Axes(g, n, "split", [1, 2]); }, outputs: 2);
        Assert.Equal([1f, 4f], Run(split, 0).AsSpan<float>().ToArray());
        Assert.Equal([2f, 3f, 5f, 6f], Run(split, 1).AsSpan<float>().ToArray());
    }

    [Fact]
    public void Clip_bounds_are_inputs_from_opset_11_and_either_may_be_omitted()
    {
        var x = Tensor.FromSpan<float>([-5f, 0.5f, 9f, float.NaN], 4);
        var onlyMax = Single(13, "Clip", x, (g, n) => { n.Inputs.Add(null); n.Inputs.Add(g.AddInitializer("hi", Tensor.FromSpan<float>([1f]))); });
        var r = new InferenceSession(onlyMax).Run(new Dictionary<string, Tensor> { ["x"] = x })["y0"].AsSpan<float>().ToArray();
        Assert.Equal(-5f, r[0]);
        Assert.Equal(0.5f, r[1]);
        Assert.Equal(1f, r[2]);
        Assert.True(float.IsNaN(r[3]));
        var old = Single(6, "Clip", x, (_, n) => { n.Attributes.Add(NodeAttribute.Float("min", 0f)); n.Attributes.Add(NodeAttribute.Float("max", 6f)); });
        Assert.Equal([0f, 0.5f, 6f], new InferenceSession(old).Run(new Dictionary<string, Tensor> { ["x"] = x })["y0"].AsSpan<float>().ToArray()[..3]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void If_branches_read_values_of_the_enclosing_graph(bool condition)
    {
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", 13));
        var x = new Value("x", DType.F32, [Dim.Known(2)]);
        var cond = new Value("cond", DType.Bool, []);
        g.Inputs.AddRange([x, cond]);
        var offset = g.AddInitializer("offset", Tensor.FromSpan<float>([10f, 20f], 2));
        var doubled = new Value("doubled");
        g.AddNode("Add", [x, x], [doubled]);

        var then = new Graph { Name = "then" };
        var t = new Value("t");
        then.AddNode("Add", [doubled, offset], [t]); // reads an outer node output and an outer initializer
        then.Outputs.Add(t);
        var otherwise = new Graph { Name = "else" };
        var e = new Value("e");
        otherwise.AddNode("Neg", [x], [e]);
        otherwise.Outputs.Add(e);

        var y = new Value("y");
        var node = g.AddNode("If", [cond], [y]);
        node.Attributes.Add(NodeAttribute.Graph("then_branch", then));
        node.Attributes.Add(NodeAttribute.Graph("else_branch", otherwise));
        g.Outputs.Add(y);

        var session = new InferenceSession(g);
        var result = session.Run(new Dictionary<string, Tensor> { ["x"] = Tensor.FromSpan<float>([1f, 2f], 2), ["cond"] = Tensor.FromSpan<bool>([condition]) });
        Assert.Equal(condition ? [12f, 24f] : new[] { -1f, -2f }, result["y"].AsSpan<float>().ToArray());
    }
}
