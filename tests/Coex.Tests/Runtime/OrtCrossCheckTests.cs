using Coex.Graphs;
using Coex.Onnx;
using Coex.Runtime;
using Coex.Tensors;
using Ort = Microsoft.ML.OnnxRuntime;

namespace Coex.Tests.Runtime;

/// <summary>
/// Small real models built in code with seeded random weights, exported with <see cref="OnnxExporter"/>, run in
/// Coex and in ONNX Runtime on the same inputs: outputs must agree to rtol 1e-4 (atol 1e-5 for values near 0).
/// </summary>
public class OrtCrossCheckTests
{
    private const double RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-5;

    public static Graph LeNet()
    {
        var m = new ModelBuilder("lenet", seed: 1);
        var x = m.Input("image", Dim.Symbolic("N"), Dim.Known(1), Dim.Known(28), Dim.Known(28));
        var h = m.Op("Relu", [m.Conv(x, 1, 6, 5, pad: 2)]);
        h = m.Op("MaxPool", [h], NodeAttribute.Ints("kernel_shape", [2, 2]), NodeAttribute.Ints("strides", [2, 2]));
        h = m.Op("Relu", [m.Conv(h, 6, 16, 5)]);
        h = m.Op("AveragePool", [h], NodeAttribute.Ints("kernel_shape", [2, 2]), NodeAttribute.Ints("strides", [2, 2]));
        h = m.Op("Flatten", [h]);
        h = m.Op("Relu", [m.Op("Gemm", [h, m.Weight(0.05f, 0, 120, 400), m.Weight(0.1f, 0, 120)], NodeAttribute.Int("transB", 1))]);
        h = m.Op("Relu", [m.Op("Gemm", [h, m.Weight(0.1f, 0, 120, 84), m.Weight(0.1f, 0, 84)])]);
        h = m.Op("Gemm", [h, m.Weight(0.1f, 0, 84, 10), m.Weight(0.1f, 0, 10)], NodeAttribute.Float("alpha", 0.5f), NodeAttribute.Float("beta", 2f));
        m.Output(m.Op("Softmax", [h], NodeAttribute.Int("axis", -1)));
        return m.Graph;
    }

    /// <summary>MobileNetV2 inverted residual: 1×1 expand, BN, ReLU6, 3×3 depthwise, BN, ReLU6, 1×1 project, BN, residual add.</summary>
    public static Graph InvertedResidual()
    {
        var m = new ModelBuilder("mbv2_block", seed: 2);
        var x = m.Input("x", Dim.Symbolic("N"), Dim.Known(16), Dim.Known(14), Dim.Known(14));
        var zero = m.Graph.AddInitializer("zero", Tensor.FromSpan<float>([0f]));
        var six = m.Graph.AddInitializer("six", Tensor.FromSpan<float>([6f]));
        var h = m.Op("Clip", [m.BatchNorm(m.Conv(x, 16, 96, 1), 96), zero, six]);
        h = m.Op("Clip", [m.BatchNorm(m.Conv(h, 96, 96, 3, pad: 1, groups: 96), 96), zero, six]);
        h = m.BatchNorm(m.Conv(h, 96, 16, 1), 16);
        m.Output(m.Op("Add", [h, x]));
        return m.Graph;
    }

    public static Graph Mlp()
    {
        var m = new ModelBuilder("mlp", seed: 3);
        var x = m.Input("x", Dim.Symbolic("N"), Dim.Known(64));
        var h = m.Op("Relu", [m.Op("Add", [m.Op("MatMul", [x, m.Weight(0.15f, 0, 64, 128)]), m.Weight(0.1f, 0, 128)])]);
        h = m.Op("Relu", [m.Op("Add", [m.Op("MatMul", [h, m.Weight(0.1f, 0, 128, 64)]), m.Weight(0.1f, 0, 64)])]);
        m.Output(m.Op("Add", [m.Op("MatMul", [h, m.Weight(0.15f, 0, 64, 10)]), m.Weight(0.1f, 0, 10)]));
        return m.Graph;
    }

    /// <summary>The built-in transformer encoder block (<see cref="BuiltinModels.TransformerBlock"/>) at a test size: 2 heads, d = 32, FFN 64.</summary>
    public static Graph SmallTransformerBlock(int batch) => BuiltinModels.TransformerBlock(batch, seed: 4, seq: 10, d: 32, heads: 2, ffn: 64);

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var model in new[] { "lenet", "mbv2_block", "mlp", "encoder" })
            foreach (int batch in new[] { 1, 5 })
                data.Add(model, batch);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coex_matches_onnx_runtime(string model, int batch)
    {
        var graph = model switch { "lenet" => LeNet(), "mbv2_block" => InvertedResidual(), "encoder" => SmallTransformerBlock(batch), _ => Mlp() };
        byte[] bytes = OnnxExporter.ToBytes(graph);
        var inputShape = graph.Inputs[0].Shape!.Select((d, k) => k == 0 ? batch : d.Size!.Value).ToArray();
        var random = new Random(batch * 7 + model.Length);
        var data = new float[inputShape.Aggregate(1, (a, b) => a * b)];
        for (int i = 0; i < data.Length; i++)
            data[i] = 2 * random.NextSingle() - 1;

        var session = new InferenceSession(bytes, new SessionOptions { Threads = 2 });
        string inputName = graph.Inputs[0].Name;
        var coex = session.Run(new Dictionary<string, Tensor> { [inputName] = Tensor.FromSpan<float>(data, inputShape) });
        var actual = coex[session.OutputNames[0]];

        using var options = new Ort.SessionOptions { IntraOpNumThreads = 1, LogSeverityLevel = Ort.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL };
        using var ort = new Ort.InferenceSession(bytes, options);
        using var input = Ort.OrtValue.CreateTensorValueFromMemory(data, [.. inputShape.Select(d => (long)d)]);
        using var runOptions = new Ort.RunOptions();
        using var results = ort.Run(runOptions, new Dictionary<string, Ort.OrtValue> { [inputName] = input }, ort.OutputNames);
        var expected = results[0].GetTensorDataAsSpan<float>().ToArray();
        var expectedShape = results[0].GetTensorTypeAndShape().Shape.Select(d => (int)d).ToArray();

        Assert.Equal(expectedShape, actual.Shape.ToArray());
        var got = actual.AsSpan<float>();
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(got[i] - expected[i]) <= AbsoluteTolerance + RelativeTolerance * Math.Abs(expected[i]),
                $"{model} batch {batch}: element {i} is {got[i]:R}, ONNX Runtime gives {expected[i]:R}.");
    }
}
