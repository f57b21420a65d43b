using Coex.Graphs;
using Coex.Quantization;
using Coex.Tensors;

namespace Coex.Tests.Quantization;

public class DebuggingTests
{
    [Fact]
    public void Sqnr_of_known_vectors()
    {
        float[] r = [1, 2, 3, 4];
        float[] q = [1.1f, 1.9f, 3.1f, 3.9f];
        // Σ r² = 30, Σ e² = 4 · 0.01 = 0.04 → 10·log10(750) = 28.75 dB.
        Assert.Equal(10 * Math.Log10(750), ErrorStatistics.Sqnr(r, q), 3);
        Assert.True(double.IsPositiveInfinity(ErrorStatistics.Sqnr(r, r)));
        // Noise as large as the signal: 0 dB; ten times smaller amplitude: 20 dB.
        Assert.Equal(0, ErrorStatistics.Sqnr(r, new float[4]), 9);
        Assert.Equal(20, ErrorStatistics.Sqnr(r, r.Select(v => v * 1.1f).ToArray()), 4);
        Assert.True(double.IsNaN(ErrorStatistics.Sqnr(r, [1, 2, float.NaN, 4])));
        Assert.Throws<ArgumentException>(() => ErrorStatistics.Sqnr(r, [1, 2]));

        var stats = new ErrorStatistics();
        stats.Add(r, q);
        stats.Add([10f], [10.5f]);
        Assert.Equal(0.5, stats.MaxAbsError, 6);
        Assert.Equal((0.4 + 0.5) / 5, stats.MeanAbsError, 6);
        // Accumulated over both adds: (30 + 100) / (0.04 + 0.25).
        Assert.Equal(10 * Math.Log10(130 / 0.29), stats.SqnrDb, 3);
        Assert.True(double.IsNaN(new ErrorStatistics().SqnrDb));
    }

    [Fact]
    public void Saturation_counts_values_outside_the_quantized_range_per_channel()
    {
        var qdq = QdqFor(Tensor.FromSpan<float>([0.1f, 1f], 2), Tensor.FromSpan<byte>([0, 128], 2), axis: 1);
        var pair = Assert.Single(qdq.Pairs);
        // Channel 0 represents [0, 25.5], channel 1 [-128, 127].
        Assert.Equal(0f, pair.Low(0));
        Assert.Equal(25.5f, pair.High(0), 4);
        Assert.Equal(-128f, pair.Low(1));
        var x = Tensor.FromSpan<float>([-1f, 30f, 5f, 20f, -200f, 0f, 200f, 127f], 1, 2, 4);
        Assert.Equal(4, NumericDebugger.CountOutside(x, pair));
        Assert.Throws<ArgumentException>(() => NumericDebugger.CountOutside(Tensor.Zeros(DType.F32, 1, 3, 4), pair));
    }

    [Fact]
    public void Healthy_qdq_lenet_has_no_jump_and_high_sqnr()
    {
        var fp32 = QuantToolsFixtures.Float;
        var calibration = QuantToolsFixtures.TrainBatch(256).Images;
        var q = QuantToolsFixtures.Qdq(fp32, calibration);
        var report = NumericDebugger.Run(fp32, q, QuantToolsFixtures.TestBatches(128, 2).Select(b => b.Images), new NumericDebugOptions { Threads = 2 });

        Assert.Equal(256, report.Samples);
        Assert.Empty(report.UnmatchedNodes);
        Assert.Null(report.FirstJump);
        // Input, conv1, relu, pool, conv2, relu, pool, flatten, fc1, relu, fc2, relu, fc3 (logits, not quantized).
        Assert.Equal(13, report.Layers.Count);
        Assert.Equal("Input", report.Layers[0].OpType);
        Assert.All(report.Layers, l => Assert.True(l.SqnrDb > 15, $"{l.Name}: {l.SqnrDb:F1} dB"));
        Assert.All(report.Layers.Where(l => l.OpType == "Relu"), l => Assert.NotNull(l.SaturationFraction));
        Assert.Null(report.Layers[^1].SaturationFraction);
        Assert.True(report.Top1Agreement > 0.97, $"top-1 agreement {report.Top1Agreement:P1}");
    }

    [Theory]
    [InlineData(0.02f)]  // a far too small scale: most values clip
    [InlineData(40f)]    // a far too large scale: a handful of levels cover the range
    public void Debugger_pinpoints_a_layer_quantized_with_a_terrible_scale(float multiplier)
    {
        var fp32 = QuantToolsFixtures.Float;
        var conv2 = fp32.Nodes.First(n => n.OpType == "Conv" && n.Name.Contains("conv2"));
        var calibration = QuantToolsFixtures.TrainBatch(256).Images;
        var q = QuantToolsFixtures.Qdq(fp32, calibration, new Dictionary<string, float> { [conv2.Outputs[0]!.Name] = multiplier });
        var report = NumericDebugger.Run(fp32, q, QuantToolsFixtures.TestBatches(128, 1).Select(b => b.Images), new NumericDebugOptions { Threads = 2 });

        var jump = report.FirstJump;
        Assert.True(jump is not null, string.Join("\n", report.Layers.Select(l => $"{l.Name} {l.SqnrDb:F1} drop {l.DropDb:F1} sat {l.SaturationFraction:P1} [{l.RangeLow}, {l.RangeHigh}] ref [{l.ReferenceMin}, {l.ReferenceMax}]")));
        Assert.Equal(conv2.Name, jump.Name);
        // Later layers inherit the error but do not add a jump of their own.
        Assert.Single(report.Layers, l => l.Jump);
        if (multiplier < 1)
            Assert.True(jump.SaturationFraction > 0.1, $"saturation {jump.SaturationFraction:P1}");
        var before = report.Layers.TakeWhile(l => l != jump).ToList();
        Assert.All(before, l => Assert.True(l.SqnrDb > jump.SqnrDb + 10, $"{l.Name} {l.SqnrDb:F1} dB vs {jump.SqnrDb:F1} dB"));
    }

    [Fact]
    public void A_float_model_with_batchnorm_pairs_with_a_quantized_model_that_folded_it()
    {
        // The quantizer's preparation folds each BatchNorm into its convolution, which then writes the BatchNorm's output value.
        var unfolded = QuantToolsFixtures.FloatWithBatchNorm;
        var folded = Quantizer.Prepare(unfolded);
        Assert.DoesNotContain(folded.Nodes, n => n.OpType == "BatchNormalization");
        Assert.Contains(unfolded.Nodes, n => n.OpType == "BatchNormalization");
        var q = QuantToolsFixtures.Qdq(folded, QuantToolsFixtures.TrainBatch(128).Images);
        var report = NumericDebugger.Run(unfolded, q, QuantToolsFixtures.TestBatches(64, 1).Select(b => b.Images), new NumericDebugOptions { Threads = 2 });
        // The pre-BatchNorm convolution outputs have no counterpart; the BatchNorm outputs pair with the folded convolutions.
        Assert.DoesNotContain(report.Layers, l => l.OpType == "Conv");
        Assert.Equal(2, report.Layers.Count(l => l.OpType == "BatchNormalization/Conv"));
        Assert.Null(report.FirstJump);
        Assert.All(report.Layers, l => Assert.True(l.SqnrDb > 15, $"{l.Name}: {l.SqnrDb:F1} dB"));
        // The first ReLU reads the first BatchNorm layer.
        var bn = report.Layers.First(l => l.OpType == "BatchNormalization/Conv");
        var (layers, _) = LayerMatcher.Match(unfolded, q);
        int bnIndex = layers.ToList().FindIndex(l => l.Name == bn.Name);
        Assert.Equal([bnIndex], layers[bnIndex + 1].Predecessors);
    }

    [Fact]
    public void Matcher_pairs_renamed_outputs_by_node_name_then_by_op_order()
    {
        var fp32 = QuantToolsFixtures.Float;
        var q = QuantToolsFixtures.Qdq(fp32, QuantToolsFixtures.TrainBatch(32).Images);
        // Rename every compute output in the quantized copy and blank the names of Relu nodes: names then op order must still pair them.
        var renamed = new Graph { Name = q.Name };
        renamed.OpsetImports.AddRange(q.OpsetImports);
        renamed.Inputs.AddRange(q.Inputs);
        renamed.Initializers.AddRange(q.Initializers);
        var map = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        Value? Map(Value? v) => v is null ? null : map.GetValueOrDefault(v, v);
        foreach (var node in q.Nodes)
        {
            bool qdqNode = QdqStructure.IsQdqNode(node);
            var outputs = node.Outputs.Select(o => o is null || qdqNode || q.Outputs.Contains(o) ? o : map[o] = new Value("renamed_" + o.Name, o.DType)).ToList();
            var copy = renamed.AddNode(node.OpType, node.Inputs.Select(Map), outputs, node.Domain, node.OpType == "Relu" ? "" : node.Name);
            copy.Attributes.AddRange(node.Attributes);
        }
        renamed.Outputs.AddRange(q.Outputs);
        GraphValidator.Validate(renamed);

        var (layers, unmatched) = LayerMatcher.Match(fp32, renamed);
        Assert.Empty(unmatched);
        Assert.Equal(13, layers.Count);
        Assert.All(layers.Skip(1).SkipLast(1), l => Assert.NotNull(l.Quantizer));
        Assert.All(layers.Skip(1).SkipLast(1), l => Assert.StartsWith("renamed_", l.Quantizer!.Source.Name));
        var relus = layers.Where(l => l.OpType == "Relu").ToList();
        Assert.Equal(4, relus.Count);
        // Each layer reads the one before it.
        for (int i = 1; i < layers.Count; i++)
            Assert.Equal([i - 1], layers[i].Predecessors);
    }

    [Fact]
    public void Models_with_nothing_in_common_fail_clearly()
    {
        var a = new Graph();
        a.OpsetImports.Add(new OpsetImport("", 17));
        var x = new Value("x", DType.F32, [Dim.Known(2)]);
        a.Inputs.Add(x);
        var y = new Value("y", DType.F32);
        a.AddNode("Relu", [x], [y]);
        a.Outputs.Add(y);
        var b = new Graph();
        b.OpsetImports.Add(new OpsetImport("", 17));
        b.Inputs.Add(x);
        var z = new Value("z", DType.F32);
        b.AddNode("Sigmoid", [x], [z]);
        b.Outputs.Add(z);
        var e = Assert.Throws<ArgumentException>(() => NumericDebugger.Run(a, b, [Tensor.Zeros(DType.F32, 2)]));
        Assert.Contains("No layer", e.Message);
        Assert.Throws<ArgumentException>(() => NumericDebugger.Run(a, a, []));
    }

    private static QdqStructure QdqFor(Tensor scale, Tensor zero, int axis)
    {
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", 17));
        var x = new Value("x", DType.F32);
        g.Inputs.Add(x);
        var s = g.AddInitializer("s", scale);
        var z = g.AddInitializer("z", zero);
        var qv = new Value("q", zero.DType);
        var dq = new Value("dq", DType.F32);
        g.AddNode("QuantizeLinear", [x, s, z], [qv]).Attributes.Add(NodeAttribute.Int("axis", axis));
        g.AddNode("DequantizeLinear", [qv, s, z], [dq]).Attributes.Add(NodeAttribute.Int("axis", axis));
        g.Outputs.Add(dq);
        return new QdqStructure(g);
    }
}
