using Coex.Graphs.Passes;
using Coex.Onnx;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Tests.Runtime;

/// <summary>
/// A transformer encoder layer exported by PyTorch 1.13 (tests/fixtures/make_encoder_fixture.py): attention written the
/// exporter's way (packed Q/K/V MatMul, Slices with ends computed from Shape ops, [tokens, batch·heads, head_dim]
/// reshapes and transposes, symbolic batch). Coex must reproduce PyTorch's output at every optimization level.
/// </summary>
public class PyTorchEncoderTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "fixtures", "encoder_small");

    private static string ModelPath => Path.Combine(Dir, "encoder_small.onnx");

    public static TheoryData<OptimizationLevel, int> Settings() => new()
    {
        { OptimizationLevel.None, 1 },
        { OptimizationLevel.Basic, 1 },
        { OptimizationLevel.All, 1 },
        { OptimizationLevel.All, 2 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Matches_pytorch(OptimizationLevel level, int threads)
    {
        var tokens = Npy.Load(Path.Combine(Dir, "tokens.npy"));
        var expected = Npy.Load(Path.Combine(Dir, "out.npy")).AsSpan<float>().ToArray();
        var session = new InferenceSession(ModelPath, new SessionOptions { OptimizationLevel = level, Threads = threads });
        using var result = session.Run(new Dictionary<string, Tensor> { ["tokens"] = tokens });
        AssertClose(expected, result["out"].AsSpan<float>());

        // One sequence alone (batch 1, the symbolic dimension at another size) gives that sequence's rows.
        int perSequence = expected.Length / tokens.Shape[0];
        var first = Tensor.Zeros(DType.F32, [1, tokens.Shape[1], tokens.Shape[2]]);
        tokens.AsSpan<float>()[..perSequence].CopyTo(first.AsSpan<float>());
        using var single = session.Run(new Dictionary<string, Tensor> { ["tokens"] = first });
        AssertClose(expected.AsSpan(0, perSequence), single["out"].AsSpan<float>());
    }

    [Fact]
    public void Attention_fusion_takes_the_exporters_layout()
    {
        var graph = OnnxImporter.Load(ModelPath);
        var rewritten = graph.CopyForRewrite();
        Assert.Contains("attention-fusion", InferenceSession.Optimizer(OptimizationLevel.All).Run(rewritten));
        var fused = Assert.Single(rewritten.Nodes, n => n.OpType == AttentionFusion.OpType && n.Domain == ActivationFusion.Domain);
        // The query Div by √(head dim) = √8 became the scale; the softmax and four of the six transposes are gone (the
        // two left turn [B, T, D] into [T, B, D] and back around the whole block).
        Assert.Equal(1 / MathF.Sqrt(8), fused.FindAttribute("scale")!.AsFloat(), 1e-6f);
        Assert.DoesNotContain(rewritten.Nodes, n => n.OpType is "Softmax");
        Assert.Equal(graph.Nodes.Count(n => n.OpType == "Transpose") - 4, rewritten.Nodes.Count(n => n.OpType == "Transpose"));
    }

    [Fact]
    public void A_softmax_over_another_axis_is_not_attention()
    {
        var graph = OnnxImporter.Load(ModelPath).CopyForRewrite();
        var softmax = graph.Nodes.Single(n => n.OpType == "Softmax");
        softmax.Attributes.RemoveAll(a => a.Name == "axis");
        softmax.Attributes.Add(Coex.Graphs.NodeAttribute.Int("axis", 1));
        InferenceSession.Optimizer(OptimizationLevel.All).Run(graph);
        Assert.DoesNotContain(graph.Nodes, n => n.OpType == AttentionFusion.OpType);
        Assert.Single(graph.Nodes, n => n.OpType == "Softmax");
    }

    private static void AssertClose(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5 + 1e-4 * Math.Abs(expected[i]), $"out[{i}] = {actual[i]:R}, PyTorch {expected[i]:R}");
    }
}
