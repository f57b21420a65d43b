using Coex.Graphs;
using Coex.Hardware;
using Coex.Tensors;

namespace Coex.Tests.Hardware;

public class GraphMappingTests
{
    private static (int M, int N, int K, int Groups) Gemm(LayerShape s) => (s.M, s.N, s.K, s.Groups);

    private static LayerShape Layer(GraphLayers result, string name) => result.Layers.Single(l => l.Shape.Name == name).Shape;

    [Fact]
    public void LeNet_maps_two_convolutions_and_three_fully_connected_layers()
    {
        var result = GraphMapping.Map(BuiltinModels.LeNet(batch: 1));
        Assert.Equal(["conv1", "conv2", "fc1", "fc2", "fc3"], result.Layers.Select(l => l.Shape.Name));
        // conv1: 28×28 output (pad 2), K = 1·5·5, 6 filters. conv2: 14×14 → 10×10, K = 6·5·5, 16 filters.
        Assert.Equal((784, 6, 25, 1), Gemm(Layer(result, "conv1")));
        Assert.Equal((100, 16, 150, 1), Gemm(Layer(result, "conv2")));
        Assert.Equal(LayerKind.Conv, Layer(result, "conv2").Kind);
        Assert.Equal((1, 120, 400, 1), Gemm(Layer(result, "fc1")));
        Assert.Equal((1, 84, 120, 1), Gemm(Layer(result, "fc2")));
        Assert.Equal((1, 10, 84, 1), Gemm(Layer(result, "fc3")));
        // ReLU ×4, MaxPool ×2, Flatten: no MACs.
        Assert.Equal(7, result.NotMapped.Count);
        Assert.All(result.NotMapped, u => Assert.Contains("no multiply-accumulates", u.Reason));
        Assert.Equal(784L * 6 * 25 + 100 * 16 * 150 + 400 * 120 + 120 * 84 + 84 * 10, result.Layers.Sum(l => l.Shape.Macs));
    }

    [Fact]
    public void Batch_multiplies_M()
    {
        var result = GraphMapping.Map(BuiltinModels.LeNet(batch: 4));
        Assert.Equal(4 * 784, Layer(result, "conv1").M);
        Assert.Equal(4, Layer(result, "fc3").M);
    }

    [Fact]
    public void Depthwise_block_maps_one_gemm_per_channel()
    {
        var result = GraphMapping.Map(BuiltinModels.MobileNetV2Block());
        Assert.Equal(["expand", "depthwise", "project"], result.Layers.Select(l => l.Shape.Name));
        Assert.Equal((56 * 56, 144, 24, 1), Gemm(Layer(result, "expand")));
        // Depthwise 3×3 over 144 channels: 144 groups of K = 9, N = 1, 56×56 outputs (pad 1).
        Assert.Equal((56 * 56, 1, 9, 144), Gemm(Layer(result, "depthwise")));
        Assert.Equal((56 * 56, 24, 144, 1), Gemm(Layer(result, "project")));
        Assert.Equal(6, result.NotMapped.Count); // BN ×3, ReLU6 ×2, Add
    }

    /// <summary>An MLP written with MatMul + Add over a [2, 5, 784] sequence input, plus a batched attention product.</summary>
    [Fact]
    public void Mlp_matmuls_fold_batch_into_M_and_batched_products_become_groups()
    {
        var g = new Graph();
        var x = new Value("x", DType.F32);
        x.SetShape(2, 5, 784);
        g.Inputs.Add(x);
        var w1 = g.AddInitializer("w1", Tensor.Zeros(DType.F32, 784, 256));
        var b1 = g.AddInitializer("b1", Tensor.Zeros(DType.F32, 256));
        var w2 = g.AddInitializer("w2", Tensor.Zeros(DType.F32, 256, 10));
        Value h = new("h"), hb = new("hb"), r = new("r"), y = new("y");
        g.AddNode("MatMul", [x, w1], [h], name: "fc1");
        g.AddNode("Add", [h, b1], [hb], name: "bias1");
        g.AddNode("Relu", [hb], [r], name: "relu1");
        g.AddNode("MatMul", [r, w2], [y], name: "fc2");
        // Attention scores: q [2, 4, 5, 8] · kᵀ [2, 4, 8, 5] → 8 independent 5×8·8×5 products.
        var q = new Value("q", DType.F32);
        q.SetShape(2, 4, 5, 8);
        var kt = new Value("kt", DType.F32);
        kt.SetShape(2, 4, 8, 5);
        g.Inputs.AddRange([q, kt]);
        g.AddNode("MatMul", [q, kt], [new Value("scores")], name: "qk");
        g.Outputs.Add(y);

        var result = GraphMapping.Map(g);
        Assert.Equal((10, 256, 784, 1), Gemm(Layer(result, "fc1")));
        Assert.Equal((10, 10, 256, 1), Gemm(Layer(result, "fc2")));
        var qk = Layer(result, "qk");
        Assert.Equal((5, 5, 8, 8), Gemm(qk));
        Assert.Equal(8L * 5 * 5 * 8, qk.Macs);
        Assert.Equal(["bias1", "relu1"], result.NotMapped.Select(u => u.Node.Name));
    }

    [Fact]
    public void Gemm_transposes_and_quantized_products_map()
    {
        var g = new Graph();
        var a = new Value("a", DType.F32);
        a.SetShape(64, 3);   // transA: M = 3, K = 64
        g.Inputs.Add(a);
        var w = g.AddInitializer("w", Tensor.Zeros(DType.F32, 7, 64)); // transB: N = 7
        var gemm = g.AddNode("Gemm", [a, w], [new Value("g")], name: "gemm");
        gemm.Attributes.Add(NodeAttribute.Int("transA", 1));
        gemm.Attributes.Add(NodeAttribute.Int("transB", 1));

        var xq = new Value("xq", DType.U8);
        xq.SetShape(1, 8, 10, 10);
        g.Inputs.Add(xq);
        var wq = g.AddInitializer("wq", Tensor.Zeros(DType.I8, 16, 8, 3, 3));
        var scale = g.AddInitializer("scale", Tensor.Zeros(DType.F32, 1));
        var zpU8 = g.AddInitializer("zp_u8", Tensor.Zeros(DType.U8, 1));
        var zpI8 = g.AddInitializer("zp_i8", Tensor.Zeros(DType.I8, 1));
        g.AddNode("QLinearConv", [xq, scale, zpU8, wq, scale, zpI8, scale, zpU8], [new Value("qc")], name: "qconv");
        g.AddNode("ConvInteger", [xq, wq], [new Value("ci")], name: "convint");
        var aq = new Value("aq", DType.U8);
        aq.SetShape(4, 32);
        g.Inputs.Add(aq);
        var bq = g.AddInitializer("bq", Tensor.Zeros(DType.I8, 32, 16));
        g.AddNode("MatMulInteger", [aq, bq], [new Value("mi")], name: "mmint");
        g.AddNode("QLinearMatMul", [aq, scale, zpU8, bq, scale, zpI8, scale, zpU8], [new Value("qm")], name: "qmm");

        var result = GraphMapping.Map(g);
        Assert.Equal((3, 7, 64, 1), Gemm(Layer(result, "gemm")));
        Assert.Equal((64, 16, 72, 1), Gemm(Layer(result, "qconv")));
        Assert.Equal((64, 16, 72, 1), Gemm(Layer(result, "convint")));
        Assert.Equal((4, 16, 32, 1), Gemm(Layer(result, "mmint")));
        Assert.Equal((4, 16, 32, 1), Gemm(Layer(result, "qmm")));
        Assert.Empty(result.NotMapped);
    }

    [Fact]
    public void Same_upper_asymmetric_padding_gives_the_onnx_output_size()
    {
        // 8×8, 3×3, stride 2, SAME_UPPER: ⌈8/2⌉ = 4 outputs; total pad (4 − 1)·2 + 3 − 8 = 1, at the end.
        var g = new Graph();
        var x = new Value("x", DType.F32);
        x.SetShape(1, 2, 8, 8);
        g.Inputs.Add(x);
        var w = g.AddInitializer("w", Tensor.Zeros(DType.F32, 4, 2, 3, 3));
        var conv = g.AddNode("Conv", [x, w], [new Value("y")], name: "conv");
        conv.Attributes.Add(NodeAttribute.String("auto_pad", "SAME_UPPER"));
        conv.Attributes.Add(NodeAttribute.Ints("strides", [2, 2]));
        var layer = Layer(GraphMapping.Map(g), "conv");
        Assert.Equal((4, 4), (layer.OutHeight, layer.OutWidth));
        Assert.Equal((16, 4, 18, 1), Gemm(layer));
    }

    [Fact]
    public void Embedding_lookup_from_an_initializer_maps_and_other_gathers_do_not()
    {
        var g = new Graph();
        var table = g.AddInitializer("table", Tensor.Zeros(DType.F32, 1000, 64));
        var ids = new Value("ids", DType.I64);
        ids.SetShape(2, 7);
        g.Inputs.Add(ids);
        var emb = new Value("emb");
        g.AddNode("Gather", [table, ids], [emb], name: "lookup");
        var picked = new Value("picked");
        g.AddNode("Gather", [emb, ids], [picked], name: "regather");

        var result = GraphMapping.Map(g);
        var layer = Layer(result, "lookup");
        Assert.Equal(LayerKind.Embedding, layer.Kind);
        Assert.Equal((14, 64), (layer.M, layer.N));
        Assert.Equal(14L * 64, layer.WeightElements);
        var skipped = Assert.Single(result.NotMapped);
        Assert.Equal("regather", skipped.Node.Name);
        Assert.Contains("not an embedding table", skipped.Reason);
    }

    [Fact]
    public void Unknown_shapes_are_listed_with_the_value_at_fault()
    {
        var g = new Graph();
        var x = new Value("x", DType.F32, [Dim.Symbolic("N"), Dim.Known(3), Dim.Known(8), Dim.Known(8)]);
        g.Inputs.Add(x);
        var w = g.AddInitializer("w", Tensor.Zeros(DType.F32, 4, 3, 3, 3));
        g.AddNode("Conv", [x, w], [new Value("y")], name: "conv");
        var skipped = Assert.Single(GraphMapping.Map(g).NotMapped);
        Assert.Contains("'x'", skipped.Reason);
        Assert.Contains("[N, 3, 8, 8]", skipped.Reason);
    }

    [Fact]
    public void Mapped_layers_evaluate_on_every_preset()
    {
        foreach (var name in BuiltinModels.Names)
        {
            var layers = GraphMapping.Map(BuiltinModels.Create(name)).Layers;
            foreach (var spec in AcceleratorPresets.Systolic.Values)
            {
                var costs = layers.Select(l => SystolicArrayModel.Evaluate(l.Shape, BitWidths.Int8, spec)).ToArray();
                var total = SystolicArrayModel.Summarize(costs, spec, BitWidths.Int8);
                Assert.Equal(layers.Sum(l => l.Shape.Macs), total.Macs);
                Assert.True(total.TotalCycles > 0);
            }
        }
    }
}

public class GraphEstimateTests
{
    [Fact]
    public void Estimate_costs_every_mapped_layer_and_sums_them()
    {
        var spec = AcceleratorPresets.Eyeriss;
        var e = GraphEstimate.Evaluate(BuiltinModels.LeNet(), spec, BitWidths.Int8);
        Assert.Equal(5, e.Layers.Count);
        Assert.Equal(7, e.NotMapped.Count);
        foreach (var l in e.Layers)
            Assert.Equal(SystolicArrayModel.Evaluate(l.Layer.Shape, BitWidths.Int8, spec), l.Cost);
        Assert.Equal(e.Layers.Sum(l => l.Cost.TotalCycles), e.Totals.TotalCycles);
        Assert.Equal(e.Layers.Sum(l => l.Cost.DramBytes), e.Totals.DramBytes);
    }

    [Fact]
    public void Halving_bit_widths_never_lowers_intensity()
    {
        var spec = AcceleratorPresets.EdgeTpu;
        var layers = GraphMapping.Map(BuiltinModels.MobileNetV2Block());
        var w8 = GraphEstimate.Evaluate(layers, spec, BitWidths.Int8);
        var w4 = GraphEstimate.Evaluate(layers, spec, new BitWidths(4, 4));
        foreach (var (a, b) in w8.Layers.Zip(w4.Layers))
        {
            Assert.True(b.Cost.DramBytes <= a.Cost.DramBytes, a.Layer.Shape.Name);
            Assert.True(b.Cost.Intensity >= a.Cost.Intensity, a.Layer.Shape.Name);
        }
    }
}
