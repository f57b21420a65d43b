using Coex.Graphs;
using Coex.Graphs.Passes;
using Coex.Runtime;
using Coex.Tensors;
using Coex.Tests.Runtime;

namespace Coex.Tests.Graphs.Passes;

/// <summary><see cref="ResidualFusion"/> and <see cref="InvertedResidualFusion"/>: what they rewrite, and that the fused session computes what the plain one does.</summary>
public class BlockFusionTests
{
    [Fact]
    public void MobileNetV2_block_becomes_one_inverted_residual_node()
    {
        var g = BuiltinModels.MobileNetV2Block(batch: 1).CopyForRewrite();
        InferenceSession.Optimizer(OptimizationLevel.All).Run(g);
        GraphValidator.Validate(g);
        var node = Assert.Single(g.Nodes);
        Assert.Equal((ActivationFusion.Domain, InvertedResidualFusion.OpType), (node.Domain, node.OpType));
        Assert.Same(g.Inputs[0], node.Inputs[0]);
        Assert.Same(g.Inputs[0], node.Inputs[7]); // the skip connection
        Assert.Equal(6f, node.FindAttribute("expand_max")!.AsFloat());
        Assert.Equal(float.PositiveInfinity, node.FindAttribute("project_max")!.AsFloat());
    }

    [Fact]
    public void Conv_add_relu_becomes_a_fused_conv_with_residual_and_activation()
    {
        var g = ResNetBlock(broadcastResidual: false);
        InferenceSession.Optimizer(OptimizationLevel.All).Run(g);
        GraphValidator.Validate(g);
        var node = Assert.Single(g.Nodes);
        Assert.Equal("FusedConv", node.OpType);
        Assert.Equal(4, node.Inputs.Count);
        Assert.Same(g.Inputs[0], node.Inputs[3]);
        Assert.Equal("Relu", node.FindAttribute("activation")!.AsString());
    }

    [Fact]
    public void A_constant_added_to_a_conv_is_not_a_residual()
    {
        var m = new ModelBuilder("bias_add", seed: 4);
        var x = m.Input("x", Dim.Known(1), Dim.Known(3), Dim.Known(6), Dim.Known(6));
        m.Output(m.Op("Add", [m.Conv(x, 3, 3, 3, pad: 1), m.Weight(0.1f, 0, 3, 1, 1)]));
        Assert.False(new ResidualFusion().Run(m.Graph));
    }

    public static TheoryData<string, int> Models() => new()
    {
        { "mobilenetv2-block", 1 }, { "mobilenetv2-block", 3 }, { "resnet", 2 }, { "resnet-broadcast", 2 }, { "stride-2 block", 2 },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Fused_session_matches_the_unoptimized_one(string model, int batch)
    {
        var graph = model switch
        {
            "mobilenetv2-block" => BuiltinModels.MobileNetV2Block(batch),
            "resnet" => ResNetBlock(broadcastResidual: false, batch),
            "stride-2 block" => Stride2Block(batch),
            _ => ResNetBlock(broadcastResidual: true, batch),
        };
        var rng = new Random(batch + model.Length);
        var inputs = new Dictionary<string, Tensor>();
        foreach (var input in graph.Inputs)
        {
            var shape = input.Shape!.Select(d => d.Size!.Value).ToArray();
            inputs[input.Name] = Tensor.FromSpan<float>(TestData.Floats(rng, shape.Aggregate(1, (a, b) => a * b), 3f), shape);
        }
        var plain = new InferenceSession(graph, new SessionOptions { OptimizationLevel = OptimizationLevel.None, Threads = 1 }).Run(inputs);
        var fused = new InferenceSession(graph, new SessionOptions { Threads = 2 }).Run(inputs);
        var expected = plain.Values.Single().AsSpan<float>();
        var actual = fused.Values.Single().AsSpan<float>();
        Assert.Equal(plain.Values.Single().Shape.ToArray(), fused.Values.Single().Shape.ToArray());
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-4f + 1e-4f * Math.Abs(expected[i]), $"{model}: out[{i}] = {actual[i]}, expected {expected[i]}");
    }

    [Fact]
    public void Stride_2_block_becomes_one_inverted_residual_node()
    {
        var g = Stride2Block(1);
        InferenceSession.Optimizer(OptimizationLevel.All).Run(g);
        var node = Assert.Single(g.Nodes);
        Assert.Equal(InvertedResidualFusion.OpType, node.OpType);
        Assert.Equal([2L, 2L], node.FindAttribute("depthwise_strides")!.AsInts());
        Assert.Null(node.Inputs[7]);
    }

    /// <summary>MobileNetV2's downsampling block: 1×1 8→48, ReLU6, 3×3 depthwise stride 2, ReLU6, 1×1 48→16, no residual.</summary>
    private static Coex.Graphs.Graph Stride2Block(int batch)
    {
        var m = new ModelBuilder("mbv2_stride2", seed: 6);
        var x = m.Input("x", Dim.Known(batch), Dim.Known(8), Dim.Known(19), Dim.Known(21));
        var zero = m.Graph.AddInitializer("zero", Tensor.FromSpan<float>([0f]));
        var six = m.Graph.AddInitializer("six", Tensor.FromSpan<float>([6f]));
        var h = m.Op("Clip", [m.Conv(x, 8, 48, 1), zero, six]);
        h = m.Op("Clip", [m.Conv(h, 48, 48, 3, pad: 1, stride: 2, groups: 48), zero, six]);
        m.Output(m.Conv(h, 48, 16, 1));
        return m.Graph;
    }

    /// <summary>x → Conv 3×3 → BN → Add(skip) → Relu; the skip is x, or a [C, 1, 1] graph input that broadcasts.</summary>
    private static Coex.Graphs.Graph ResNetBlock(bool broadcastResidual, int batch = 1)
    {
        var m = new ModelBuilder("resnet_block", seed: 5);
        var x = m.Input("x", Dim.Known(batch), Dim.Known(8), Dim.Known(9), Dim.Known(9));
        var skip = broadcastResidual ? m.Input("skip", Dim.Known(8), Dim.Known(1), Dim.Known(1)) : x;
        var h = m.BatchNorm(m.Conv(x, 8, 8, 3, pad: 1), 8);
        m.Output(m.Op("Relu", [m.Op("Add", [h, skip])]));
        return m.Graph;
    }
}
