using Coex.Graphs;
using Coex.Graphs.Passes;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Tests.Graphs.Passes;

public class GraphPassTests
{
    private static Graph NewGraph()
    {
        var g = new Graph { Name = "t" };
        g.OpsetImports.Add(new OpsetImport("", 17));
        return g;
    }

    private static Value Input(Graph g, string name, params int[] shape)
    {
        var v = new Value(name, DType.F32);
        v.SetShape(shape);
        g.Inputs.Add(v);
        return v;
    }

    private static Value Random(Graph g, string name, Random rng, float offset, params int[] shape)
    {
        int count = shape.Aggregate(1, (a, b) => a * b);
        var data = TestData.Floats(rng, count).Select(x => x + offset).ToArray();
        return g.AddInitializer(name, Tensor.FromSpan<float>(data, shape));
    }

    private static Value Out(Graph g, Node node, int index = 0)
    {
        var v = node.Outputs[index]!;
        return v;
    }

    private static Node Add(Graph g, string op, Value?[] inputs, string output, params NodeAttribute[] attributes)
    {
        var node = g.AddNode(op, inputs, [new Value(output)], name: output);
        node.Attributes.AddRange(attributes);
        return node;
    }

    /// <summary>Conv(3→4, 3×3, bias) → BN with random statistics → Relu, plus a dead Sigmoid branch.</summary>
    private static Graph ConvBnRelu(int seed = 1)
    {
        var rng = new Random(seed);
        var g = NewGraph();
        var x = Input(g, "x", 2, 3, 8, 8);
        var w = Random(g, "w", rng, 0f, 4, 3, 3, 3);
        var b = Random(g, "b", rng, 0f, 4);
        var conv = Add(g, "Conv", [x, w, b], "conv", NodeAttribute.Ints("pads", [1, 1, 1, 1]));
        var bn = Add(g, "BatchNormalization", [Out(g, conv), Random(g, "scale", rng, 1f, 4), Random(g, "shift", rng, 0f, 4),
            Random(g, "mean", rng, 0f, 4), Random(g, "var", rng, 2f, 4)], "bn", NodeAttribute.Float("epsilon", 1e-3f));
        var relu = Add(g, "Relu", [Out(g, bn)], "y");
        Add(g, "Sigmoid", [x], "dead");
        g.Outputs.Add(Out(g, relu));
        ShapeInference.InferShapes(g);
        return g;
    }

    private static Tensor RandomInput(Value input, int seed)
    {
        var shape = input.Shape!.Select(d => d.Size!.Value).ToArray();
        var data = TestData.Floats(new Random(seed), shape.Aggregate(1, (a, b) => a * b), 3f);
        return Tensor.FromSpan<float>(data, shape);
    }

    private static void AssertSameOutputs(Graph graph, double tolerance = 1e-5)
    {
        var inputs = graph.Inputs.Where(i => !graph.Initializers.Any(init => init.Value == i))
            .ToDictionary(i => i.Name, i => RandomInput(i, 7));
        var plain = new InferenceSession(graph, new SessionOptions { Threads = 1, OptimizationLevel = OptimizationLevel.None }).Run(inputs);
        foreach (var level in new[] { OptimizationLevel.Basic, OptimizationLevel.All })
        {
            var optimized = new InferenceSession(graph, new SessionOptions { Threads = 1, OptimizationLevel = level }).Run(inputs);
            foreach (var (name, expected) in plain)
            {
                var e = expected.AsSpan<float>();
                var a = optimized[name].AsSpan<float>();
                Assert.Equal(expected.Shape.ToArray(), optimized[name].Shape.ToArray());
                for (int i = 0; i < e.Length; i++)
                    Assert.True(Math.Abs(e[i] - a[i]) <= tolerance * (1 + Math.Abs(e[i])), $"{level} {name}[{i}]: {a[i]} vs {e[i]}");
            }
        }
    }

    [Fact]
    public void Dead_node_removal_drops_unreachable_nodes_and_unused_initializers()
    {
        var g = ConvBnRelu();
        g.AddInitializer("unused", Tensor.Zeros(DType.F32, 3));
        Assert.True(new DeadNodeRemoval().Run(g));
        Assert.Equal(["Conv", "BatchNormalization", "Relu"], g.Nodes.Select(n => n.OpType));
        Assert.DoesNotContain(g.Initializers, i => i.Value.Name == "unused");
        Assert.False(new DeadNodeRemoval().Run(g));
    }

    [Fact]
    public void Dead_node_removal_keeps_initializers_that_are_graph_inputs()
    {
        var g = NewGraph();
        var x = Input(g, "x", 2);
        var d = g.AddInitializer("d", Tensor.Zeros(DType.F32, 2));
        g.Inputs.Add(d);
        var relu = Add(g, "Relu", [x], "y");
        g.Outputs.Add(Out(g, relu));
        Assert.False(new DeadNodeRemoval().Run(g));
        Assert.Single(g.Initializers);
    }

    [Fact]
    public void BatchNorm_folds_into_conv_with_new_weights_and_bias()
    {
        var g = ConvBnRelu();
        Assert.True(new BatchNormFolding().Run(g));
        Assert.Equal(["Conv", "Relu", "Sigmoid"], g.Nodes.Select(n => n.OpType));
        Assert.Equal(["w_bnfolded", "b_bnfolded"], g.Nodes[0].Inputs.Skip(1).Select(v => v!.Name));
        Assert.Same(g.Nodes[1].Inputs[0], g.Nodes[0].Outputs[0]);
        GraphValidator.Validate(g);
    }

    [Fact]
    public void BatchNorm_is_not_folded_when_the_conv_output_has_another_reader()
    {
        var g = ConvBnRelu();
        var conv = g.Nodes[0];
        Add(g, "Tanh", [conv.Outputs[0]], "other");
        g.Outputs.Add(g.Nodes[^1].Outputs[0]!);
        Assert.False(new BatchNormFolding().Run(g));
    }

    [Fact]
    public void Activation_fusion_makes_a_coex_fused_conv()
    {
        var g = ConvBnRelu();
        new BatchNormFolding().Run(g);
        Assert.True(new ActivationFusion().Run(g));
        Assert.Equal(["FusedConv", "Sigmoid"], g.Nodes.Select(n => n.OpType));
        var fused = g.Nodes[0];
        Assert.Equal(ActivationFusion.Domain, fused.Domain);
        Assert.Equal("Relu", fused.FindAttribute("activation")!.AsString());
        Assert.Equal(0f, fused.FindAttribute("activation_min")!.AsFloat());
        Assert.Same(g.Outputs[0], fused.Outputs[0]);
        Assert.Equal(1, g.OpsetVersion(ActivationFusion.Domain));
    }

    [Fact]
    public void Constant_folding_evaluates_constant_subexpressions_and_static_shapes()
    {
        var g = NewGraph();
        var x = Input(g, "x", 2, 3);
        var a = g.AddInitializer("a", Tensor.FromSpan<float>([1f, 2f, 3f], 3));
        var twice = Add(g, "Add", [a, a], "twice");
        var shape = Add(g, "Shape", [x], "shape");
        var reshaped = Add(g, "Reshape", [x, Out(g, shape)], "reshaped");
        var sum = Add(g, "Add", [Out(g, reshaped), Out(g, twice)], "y");
        g.Outputs.Add(Out(g, sum));
        ShapeInference.InferShapes(g);

        Assert.True(new ConstantFolding().Run(g));
        Assert.Equal(["Reshape", "Add"], g.Nodes.Select(n => n.OpType));
        Assert.Equal([2f, 4f, 6f], g.Initializers.Single(i => i.Value.Name == "twice").Tensor.AsSpan<float>().ToArray());
        Assert.Equal([2L, 3L], g.Initializers.Single(i => i.Value.Name == "shape").Tensor.AsSpan<long>().ToArray());
        GraphValidator.Validate(g);
    }

    [Fact]
    public void Constant_folding_leaves_overridable_initializers_alone()
    {
        var g = NewGraph();
        var a = g.AddInitializer("a", Tensor.FromSpan<float>([1f], 1));
        g.Inputs.Add(a);
        var neg = Add(g, "Neg", [a], "y");
        g.Outputs.Add(Out(g, neg));
        Assert.False(new ConstantFolding().Run(g));
    }

    [Fact]
    public void A_pass_that_breaks_the_graph_is_named()
    {
        var g = ConvBnRelu();
        var e = Assert.Throws<InvalidGraphException>(() => new PassManager([new DeadNodeRemoval(), new BreakingPass()]).Run(g));
        Assert.Contains("'breaker'", e.Message);
    }

    private sealed class BreakingPass : IGraphPass
    {
        public string Name => "breaker";

        public bool Run(Graph graph)
        {
            graph.Nodes.RemoveAt(0);
            return true;
        }
    }

    [Fact]
    public void Session_does_not_modify_the_callers_graph()
    {
        var g = ConvBnRelu();
        _ = new InferenceSession(g);
        Assert.Equal(["Conv", "BatchNormalization", "Relu", "Sigmoid"], g.Nodes.Select(n => n.OpType));
        Assert.Equal("", g.Nodes[0].Domain);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Optimized_conv_bn_relu_matches_unoptimized(int seed) => AssertSameOutputs(ConvBnRelu(seed));

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(true, false)]
    public void Optimized_gemm_bn_clip_matches_unoptimized(bool transB, bool withC)
    {
        var rng = new Random(5);
        var g = NewGraph();
        var x = Input(g, "x", 3, 6);
        var w = transB ? Random(g, "w", rng, 0f, 5, 6) : Random(g, "w", rng, 0f, 6, 5);
        Value?[] inputs = withC ? [x, w, Random(g, "c", rng, 0f, 5)] : [x, w];
        var gemm = Add(g, "Gemm", inputs, "gemm", NodeAttribute.Int("transB", transB ? 1 : 0), NodeAttribute.Float("beta", 0.5f), NodeAttribute.Float("alpha", 1.5f));
        var bn = Add(g, "BatchNormalization", [Out(g, gemm), Random(g, "scale", rng, 1f, 5), Random(g, "shift", rng, 0f, 5),
            Random(g, "mean", rng, 0f, 5), Random(g, "var", rng, 2f, 5)], "bn");
        var lo = g.AddInitializer("lo", Tensor.FromSpan<float>([-0.5f]));
        var hi = g.AddInitializer("hi", Tensor.FromSpan<float>([0.75f]));
        var clip = Add(g, "Clip", [Out(g, bn), lo, hi], "y");
        g.Outputs.Add(Out(g, clip));
        ShapeInference.InferShapes(g);

        var copy = g.CopyForRewrite();
        InferenceSession.Optimizer(OptimizationLevel.All).Run(copy);
        Assert.Equal(["FusedGemm"], copy.Nodes.Select(n => n.OpType));
        AssertSameOutputs(g);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void MatMul_with_optional_bias_and_bn_becomes_one_gemm(bool withBias, bool biasFirst)
    {
        var rng = new Random(9);
        var g = NewGraph();
        var x = Input(g, "x", 4, 6);
        var mm = Add(g, "MatMul", [x, Random(g, "w", rng, 0f, 6, 5)], "mm");
        var product = Out(g, mm);
        if (withBias)
        {
            var bias = Random(g, "bias", rng, 0f, 5);
            product = Out(g, Add(g, "Add", biasFirst ? [bias, product] : [product, bias], "biased"));
        }
        var bn = Add(g, "BatchNormalization", [product, Random(g, "scale", rng, 1f, 5), Random(g, "shift", rng, 0f, 5),
            Random(g, "mean", rng, 0f, 5), Random(g, "var", rng, 2f, 5)], "y");
        g.Outputs.Add(Out(g, bn));
        ShapeInference.InferShapes(g);

        var copy = g.CopyForRewrite();
        Assert.True(new BatchNormFolding().Run(copy));
        Assert.Equal(["Gemm"], copy.Nodes.Select(n => n.OpType));
        Assert.Same(g.Outputs[0], copy.Nodes[0].Outputs[0]);
        AssertSameOutputs(g);
    }

    [Fact]
    public void MatMul_on_a_3d_input_is_not_folded()
    {
        var rng = new Random(9);
        var g = NewGraph();
        var x = Input(g, "x", 2, 5, 6);
        var mm = Add(g, "MatMul", [x, Random(g, "w", rng, 0f, 6, 5)], "mm");
        var bn = Add(g, "BatchNormalization", [Out(g, mm), Random(g, "scale", rng, 1f, 5), Random(g, "shift", rng, 0f, 5),
            Random(g, "mean", rng, 0f, 5), Random(g, "var", rng, 2f, 5)], "y");
        g.Outputs.Add(Out(g, bn));
        ShapeInference.InferShapes(g);
        Assert.False(new BatchNormFolding().Run(g));
    }

    [Fact]
    public void Mobilenet_block_folds_every_bn_and_fuses_every_relu6()
    {
        var g = BuiltinModels.MobileNetV2Block();
        InferenceSession.Optimizer(OptimizationLevel.All).Run(g);
        // The BN-folded, ReLU6-fused convolutions and the residual Add end in one inverted-residual node.
        Assert.Equal([InvertedResidualFusion.OpType], g.Nodes.Select(n => n.OpType));
        Assert.Equal(6f, g.Nodes[0].FindAttribute("expand_max")!.AsFloat());
        Assert.Equal(6f, g.Nodes[0].FindAttribute("depthwise_max")!.AsFloat());
    }

    [Fact]
    public void Transformer_fusion_turns_matmul_bias_and_erf_gelu_into_coex_ops()
    {
        var g = BuiltinModels.TransformerBlock(batch: 2, seq: 5, d: 16, heads: 2, ffn: 32);
        int matMuls = g.Nodes.Count(n => n.OpType == "MatMul"), adds = g.Nodes.Count(n => n.OpType == "Add");
        Assert.True(new TransformerFusion().Run(g));
        GraphValidator.Validate(g);
        // Six dense layers (q, k, v, out, ffn1, ffn2) take their bias; the two attention products have none.
        Assert.Equal(6, g.Nodes.Count(n => n.OpType == TransformerFusion.MatMulBias && n.Domain == ActivationFusion.Domain));
        Assert.Equal(matMuls - 6, g.Nodes.Count(n => n.OpType == "MatMul"));
        // GELU went into the first feed-forward product, the two residual Adds into the products before them.
        Assert.DoesNotContain(g.Nodes, n => n.OpType is "Erf" or TransformerFusion.Gelu);
        var ffn1 = Assert.Single(g.Nodes, n => n.FindAttribute(TransformerFusion.Activation) is not null);
        Assert.Equal(TransformerFusion.Gelu, ffn1.FindAttribute(TransformerFusion.Activation)!.AsString());
        Assert.Equal(2, g.Nodes.Count(n => n.OpType == TransformerFusion.MatMulBias && n.Inputs.Count == 4));
        Assert.Equal(adds - 6 - 1 - 2, g.Nodes.Count(n => n.OpType == "Add"));
        Assert.False(new TransformerFusion().Run(g));
    }

    [Fact]
    public void Transformer_fusion_leaves_a_gelu_whose_intermediate_is_read_elsewhere()
    {
        var g = BuiltinModels.TransformerBlock(batch: 1, seq: 3, d: 8, heads: 2, ffn: 8);
        // Expose the Erf output as a graph output: fusing would lose it.
        var erf = g.Nodes.Single(n => n.OpType == "Erf");
        g.Outputs.Add(erf.Outputs[0]!);
        new TransformerFusion().Run(g);
        Assert.Contains(g.Nodes, n => n.OpType == "Erf");
        Assert.DoesNotContain(g.Nodes, n => n.OpType == TransformerFusion.Gelu);
        AssertSameOutputs(g);
    }

    [Fact]
    public void Transformer_fusion_adds_no_residual_that_would_broadcast_or_follow_the_activation()
    {
        var g = BuiltinModels.TransformerBlock(batch: 1, seq: 3, d: 8, heads: 2, ffn: 8);
        // Make the first residual a broadcast: [1, 1, 8] against the product's [1, 3, 8].
        var add = g.Nodes.Single(n => n.Name == "residual1");
        var row = g.AddInitializer("row", Tensor.FromSpan<float>([1, 2, 3, 4, 5, 6, 7, 8], 1, 1, 8));
        add.Inputs[0] = row;
        new TransformerFusion().Run(g);
        Assert.Contains(g.Nodes, n => n.Name == "residual1");
        Assert.Single(g.Nodes, n => n.OpType == TransformerFusion.MatMulBias && n.Inputs.Count == 4); // the second residual only
        AssertSameOutputs(g);
    }

    [Fact]
    public void Transformer_fusion_takes_a_residual_computed_after_the_product()
    {
        // y = x·W + b, then r = Neg(x) in node order after the product, then y + r.
        var g = new Graph { Name = "late-residual" };
        g.OpsetImports.Add(new OpsetImport("", 17));
        var x = new Value("x", DType.F32);
        x.SetShape(2, 3);
        g.Inputs.Add(x);
        var w = g.AddInitializer("w", Tensor.FromSpan<float>([1, 2, 3, 4, 5, 6], 3, 2));
        var b = g.AddInitializer("b", Tensor.FromSpan<float>([0.5f, -0.5f], 2));
        var product = new Value("product", DType.F32); product.SetShape(2, 2);
        var y = new Value("y", DType.F32); y.SetShape(2, 2);
        var r = new Value("r", DType.F32); r.SetShape(2, 2);
        var sum = new Value("sum", DType.F32); sum.SetShape(2, 2);
        var half = g.AddInitializer("slice_w", Tensor.FromSpan<float>([1, 0, 0, 1, 0, 0], 3, 2));
        g.Nodes.Add(new Node("MatMul", [x, w], [product], name: "mm"));
        g.Nodes.Add(new Node("Add", [product, b], [y], name: "bias"));
        g.Nodes.Add(new Node("MatMul", [x, half], [r], name: "late"));
        g.Nodes.Add(new Node("Add", [y, r], [sum], name: "residual"));
        g.Outputs.Add(sum);
        Assert.True(new TransformerFusion().Run(g));
        GraphValidator.Validate(g);
        Assert.Single(g.Nodes, n => n.OpType == TransformerFusion.MatMulBias && n.Inputs.Count == 4);
        AssertSameOutputs(g);
    }

    [Fact]
    public void Attention_fusion_replaces_head_transposes_scale_softmax_and_products_with_one_node()
    {
        var g = BuiltinModels.TransformerBlock(batch: 2, seq: 5, d: 16, heads: 2, ffn: 32);
        Assert.True(new AttentionFusion().Run(g));
        GraphValidator.Validate(g);
        var fused = Assert.Single(g.Nodes, n => n.OpType == AttentionFusion.OpType && n.Domain == ActivationFusion.Domain);
        Assert.Equal(1f / MathF.Sqrt(8f), fused.FindAttribute("scale")!.AsFloat(), 6);
        foreach (var gone in new[] { "Softmax", "Transpose", "Div" })
            Assert.DoesNotContain(g.Nodes, n => n.OpType == gone && n.Name != "gelu_div");
        Assert.Equal(6, g.Nodes.Count(n => n.OpType == "MatMul")); // the six dense layers only
        Assert.False(new AttentionFusion().Run(g));
        AssertSameOutputs(BuiltinModels.TransformerBlock(batch: 2, seq: 5, d: 16, heads: 2, ffn: 32));
    }

    [Fact]
    public void Attention_fusion_leaves_a_masked_or_shared_attention_alone()
    {
        // A mask added to the scores: the fused op has no mask input.
        var masked = BuiltinModels.TransformerBlock(batch: 1, seq: 3, d: 8, heads: 2, ffn: 8);
        var softmax = masked.Nodes.Single(n => n.OpType == "Softmax");
        var scores = softmax.Inputs[0]!;
        var maskedScores = new Value("masked_scores", DType.F32, scores.Shape);
        var mask = masked.AddInitializer("mask", Tensor.FromSpan<float>([0f, -1e9f, 0f], 1, 1, 1, 3));
        masked.Nodes.Insert(masked.Nodes.IndexOf(softmax), new Node("Add", [scores, mask], [maskedScores], name: "mask_add"));
        softmax.Inputs[0] = maskedScores;
        Assert.False(new AttentionFusion().Run(masked));
        AssertSameOutputs(masked);
        // The probabilities read elsewhere too (a graph output): fusing would lose them.
        var shared = BuiltinModels.TransformerBlock(batch: 1, seq: 3, d: 8, heads: 2, ffn: 8);
        shared.Outputs.Add(shared.Nodes.Single(n => n.OpType == "Softmax").Outputs[0]!);
        Assert.False(new AttentionFusion().Run(shared));
        AssertSameOutputs(shared);
    }

    [Fact]
    public void Pool_fusion_folds_each_two_by_two_max_pool_into_its_convolution()
    {
        var g = BuiltinModels.LeNet(batch: 2);
        InferenceSession.Optimizer(OptimizationLevel.All).Run(g);
        Assert.DoesNotContain(g.Nodes, n => n.OpType == "MaxPool");
        Assert.Equal(2, g.Nodes.Count(n => n.OpType == "FusedConv" && n.FindAttribute(PoolFusion.Attribute)?.AsInt() == 1));
        // A pool with ceil rounding, or one whose input is read elsewhere too, stays.
        var ceil = BuiltinModels.LeNet(batch: 1);
        ceil.Nodes.First(n => n.OpType == "MaxPool").Attributes.Add(NodeAttribute.Int("ceil_mode", 1));
        var shared = BuiltinModels.LeNet(batch: 1);
        shared.Outputs.Add(shared.Nodes.First(n => n.OpType == "MaxPool").Inputs[0]!);
        foreach (var kept in new[] { ceil, shared })
        {
            InferenceSession.Optimizer(OptimizationLevel.All).Run(kept);
            Assert.Single(kept.Nodes, n => n.OpType == "MaxPool");
        }
        AssertSameOutputs(ceil);
        AssertSameOutputs(shared);
    }

    [Theory]
    [InlineData("lenet", 1)]
    [InlineData("mobilenetv2-block", 1)]
    [InlineData("mlp", 1)]
    [InlineData("lenet", 3)]
    [InlineData("transformer-block", 2)]
    public void Builtin_models_give_the_same_outputs_at_every_level(string name, int batch) => AssertSameOutputs(BuiltinModels.Create(name, batch));
}
