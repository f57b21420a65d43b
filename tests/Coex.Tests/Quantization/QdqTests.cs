using Coex.Graphs;
using Coex.Onnx;
using Coex.Quantization;
using Coex.Runtime;
using Coex.Tensors;
using Coex.Training;
using Coex.Training.Data;
using Ort = Microsoft.ML.OnnxRuntime;

namespace Coex.Tests.Quantization;

/// <summary>QDQ rewriting: the exported model runs in ONNX Runtime with Coex's outputs, and fusion really runs the int8 kernels.</summary>
public class QdqTests
{
    private static readonly Lazy<(Graph Graph, Tensor Images, Calibration Calibration)> s_lenet = new(() =>
    {
        var graph = Quantizer.Prepare(ModelExport.ToGraph(ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 1)));
        var data = FashionMnist.LoadTest().Take(128);
        var reader = new ImageDatasetReader(data, new DataOptions { Mean = 0.286f, Std = 0.353f }, batchSize: 64);
        var calibration = Quantizer.Calibrate(graph, Quantizer.FindLayers(graph), reader, threads: 2);
        var images = reader.Batches().Last().Input;
        return (graph, images, calibration);
    });

    public static TheoryData<string> Schemes => ["int8 ch minmax", "int8 t entropy", "int8 ch percentile", "int8 ch mse", "int8 dyn", "int8 asym", "fp16", "bf16"];

    private static LayerScheme Parse(string name) => name switch
    {
        "int8 ch minmax" => LayerScheme.Int8(),
        "int8 t entropy" => LayerScheme.Int8(CalibrationMethod.Entropy, perChannel: false),
        "int8 ch percentile" => LayerScheme.Int8(CalibrationMethod.Percentile),
        "int8 ch mse" => LayerScheme.Int8(CalibrationMethod.Mse),
        "int8 dyn" => LayerScheme.Int8Dynamic(),
        "int8 asym" => LayerScheme.Int8(symmetricWeights: false),
        "fp16" => LayerScheme.Fp16,
        "bf16" => LayerScheme.Bf16,
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Qdq_export_runs_in_onnx_runtime_with_the_outputs_of_coex(string scheme)
    {
        var (graph, images, calibration) = s_lenet.Value;
        var q = Quantizer.Quantize(graph, QuantizationPlan.Uniform(Parse(scheme)), calibration);
        byte[] bytes = OnnxExporter.ToBytes(q);
        var fp32 = Run(graph, images, OptimizationLevel.Basic);
        var unfused = Run(OnnxImporter.Load(bytes), images, OptimizationLevel.Basic);
        var fused = Run(OnnxImporter.Load(bytes), images, OptimizationLevel.All);
        float[] ort;
        using (var options = new Ort.SessionOptions { LogSeverityLevel = Ort.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, IntraOpNumThreads = 1 })
        using (var session = new Ort.InferenceSession(bytes, options))
        {
            var input = new Ort.Tensors.DenseTensor<float>(images.AsSpan<float>().ToArray(), [.. images.Shape]);
            using var results = session.Run([Ort.NamedOnnxValue.CreateFromTensor("input", input)]);
            ort = [.. results.First().AsEnumerable<float>()];
        }
        float range = fp32.Max(Math.Abs);
        // ORT and Coex quantize identically; float accumulation order can flip a rare rounding in a later layer.
        Assert.True(MaxDiff(ort, unfused) <= 0.02f * range, $"{scheme}: ORT vs Coex QDQ differ by {MaxDiff(ort, unfused)} (logit range {range})");
        Assert.True(MaxDiff(fused, unfused) <= 0.02f * range, $"{scheme}: fused vs unfused differ by {MaxDiff(fused, unfused)}");
        Assert.True(Agreement(ort, fused) >= 0.95, $"{scheme}: top-1 agreement ORT vs Coex fused {Agreement(ort, fused):P1}");
        // And, without range clipping (which an untrained model's activations do not reward), quantization changed the model only a little.
        if (!scheme.Contains("entropy") && !scheme.Contains("percentile") && !scheme.Contains("mse"))
            Assert.True(MaxDiff(fused, fp32) <= 0.2f * range, $"{scheme}: quantized vs fp32 differ by {MaxDiff(fused, fp32)} (range {range})");
    }

    [Fact]
    public void Fusion_replaces_every_symmetric_int8_layer_with_an_int8_kernel()
    {
        var (graph, images, calibration) = s_lenet.Value;
        var layers = Quantizer.FindLayers(graph);
        Assert.Equal(["Conv", "Conv", "Gemm", "Gemm", "Gemm"], layers.Select(l => l.OpType));
        var q = Quantizer.Quantize(graph, QuantizationPlan.Uniform(LayerScheme.Int8()), calibration);
        Assert.Equal(layers.Count, q.Nodes.Count(n => n.OpType == "DequantizeLinear" && q.Initializers.Any(i => ReferenceEquals(i.Value, n.Inputs[0]))));
        var optimized = q.CopyForRewrite();
        InferenceSession.Optimizer(OptimizationLevel.All).Run(optimized);
        Assert.Equal(2, optimized.Nodes.Count(n => n.Domain == "coex" && n.OpType == "QConv"));
        Assert.Equal(3, optimized.Nodes.Count(n => n.Domain == "coex" && n.OpType == "QGemm"));
        Assert.DoesNotContain(optimized.Nodes, n => n.OpType is "QuantizeLinear" or "DequantizeLinear");
        // The session really runs them.
        var session = new InferenceSession(q, new Coex.Runtime.SessionOptions { EnableProfiling = true, Threads = 2 });
        session.Run(new Dictionary<string, Tensor> { ["input"] = images });
        Assert.Equal(2, session.Profile["QConv"].Calls);
        Assert.Equal(3, session.Profile["QGemm"].Calls);
        Assert.False(session.Profile.ContainsKey("Conv"));
        // Asymmetric weights are not what the u8×s8 GEMM runs: left as QDQ (and still correct, see the theory above).
        var asym = Quantizer.Quantize(graph, QuantizationPlan.Uniform(LayerScheme.Int8(symmetricWeights: false)), calibration).CopyForRewrite();
        InferenceSession.Optimizer(OptimizationLevel.All).Run(asym);
        Assert.DoesNotContain(asym.Nodes, n => n.Domain == "coex" && n.OpType is "QConv" or "QGemm");
    }

    [Fact]
    public void A_plan_quantizes_only_the_layers_it_names()
    {
        var (graph, _, calibration) = s_lenet.Value;
        var layers = Quantizer.FindLayers(graph);
        var plan = new QuantizationPlan().With(layers[1].Name, LayerScheme.Int8()).With(layers[3].Name, LayerScheme.Fp16);
        var q = Quantizer.Quantize(graph, plan, calibration);
        Assert.Single(q.Nodes, n => n.OpType == "QuantizeLinear");
        Assert.Single(q.Nodes, n => n.OpType == "Cast");
        Assert.Equal(graph.Nodes.Count + 3 + 1, q.Nodes.Count); // Q + DQ(x) + DQ(w), Cast
        // The original graph is untouched.
        Assert.DoesNotContain(graph.Nodes, n => n.OpType is "QuantizeLinear" or "Cast");
    }

    [Fact]
    public void Static_int8_without_calibration_is_refused_clearly()
    {
        var (graph, _, _) = s_lenet.Value;
        var e = Assert.Throws<ArgumentException>(() => Quantizer.Quantize(graph, QuantizationPlan.Uniform(LayerScheme.Int8()), null));
        Assert.Contains("calibrat", e.Message);
        // Dynamic int8 needs none.
        Assert.NotNull(Quantizer.Quantize(graph, QuantizationPlan.Uniform(LayerScheme.Int8Dynamic()), null));
    }

    private static float[] Run(Graph g, Tensor x, OptimizationLevel level)
    {
        var s = new InferenceSession(g, new Coex.Runtime.SessionOptions { OptimizationLevel = level, Threads = 2 });
        return s.Run(new Dictionary<string, Tensor> { ["input"] = x })["logits"].AsSpan<float>().ToArray();
    }

    private static float MaxDiff(float[] a, float[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    private static double Agreement(float[] a, float[] b)
    {
        int rows = a.Length / 10, same = 0;
        for (int r = 0; r < rows; r++)
            if (ArgMax(a.AsSpan(r * 10, 10)) == ArgMax(b.AsSpan(r * 10, 10))) same++;
        return (double)same / rows;
    }

    private static int ArgMax(ReadOnlySpan<float> v)
    {
        int best = 0;
        for (int i = 1; i < v.Length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
