using Coex.Graphs;
using Coex.Onnx;
using Coex.Runtime;
using Coex.Tensors;
using Ort = Microsoft.ML.OnnxRuntime;

namespace Coex.Tests.Runtime;

/// <summary>
/// A Loop with a trip count, an early-exit condition, a loop-carried value, a scan output and a body that reads an
/// outer initializer, run in Coex and in ONNX Runtime for trip counts 0 (empty scan output), 1, 3 (the condition
/// stops it) and more.
/// </summary>
public class LoopOrtTests
{
    /// <summary>
    /// x_{i+1} = x_i · w + i (w an outer constant); the body continues while i &lt; stop - 1 (stop an outer input);
    /// scan output s_i = x_{i+1} summed over its 3 elements, kept as [1].
    /// </summary>
    private static Graph Model()
    {
        var g = new Graph { Name = "loop" };
        g.OpsetImports.Add(new OpsetImport("", 13));
        var m = new Value("M", DType.I64, []);
        var stop = new Value("stop", DType.I64, []);
        var x0 = new Value("x0", DType.F32, [Dim.Known(3)]);
        g.Inputs.AddRange([m, stop, x0]);
        var w = g.AddInitializer("w", Tensor.FromSpan<float>([0.5f, -1.5f, 2f], 3));
        var one = g.AddInitializer("one", Tensor.FromSpan<long>([1L]));
        var stopMinusOne = new Value("stop_minus_one", DType.I64, []);
        g.AddNode("Sub", [stop, one], [stopMinusOne]);
        var cond0 = g.AddInitializer("cond0", Tensor.FromSpan<bool>([true]));

        var body = new Graph { Name = "body" };
        var i = new Value("i", DType.I64, []);
        var condIn = new Value("cond_in", DType.Bool, []);
        var xIn = new Value("x_in", DType.F32, [Dim.Known(3)]);
        body.Inputs.AddRange([i, condIn, xIn]);
        var iF = new Value("i_f", DType.F32, []);
        body.AddNode("Cast", [i], [iF]).Attributes.Add(NodeAttribute.Int("to", 1));
        var scaled = new Value("scaled", DType.F32, [Dim.Known(3)]);
        body.AddNode("Mul", [xIn, w], [scaled]);
        var xOut = new Value("x_out", DType.F32, [Dim.Known(3)]);
        body.AddNode("Add", [scaled, iF], [xOut]);
        var condOut = new Value("cond_out", DType.Bool, []);
        body.AddNode("Less", [i, stopMinusOne], [condOut]);
        var axes = body.AddInitializer("axes", Tensor.FromSpan<long>([0L], 1));
        var total = new Value("total", DType.F32, [Dim.Known(1)]);
        body.AddNode("ReduceSum", [xOut, axes], [total]).Attributes.Add(NodeAttribute.Int("keepdims", 1));
        body.Outputs.AddRange([condOut, xOut, total]);

        var xFinal = new Value("x_final", DType.F32, [Dim.Known(3)]);
        var scan = new Value("scan", DType.F32, [Dim.Symbolic("iterations"), Dim.Known(1)]);
        g.AddNode("Loop", [m, cond0, x0], [xFinal, scan]).Attributes.Add(NodeAttribute.Graph("body", body));
        g.Outputs.AddRange([xFinal, scan]);
        return g;
    }

    [Theory]
    [InlineData(0L, 10L)]
    [InlineData(1L, 10L)]
    [InlineData(5L, 3L)]
    [InlineData(6L, 10L)]
    public void Coex_loop_matches_onnx_runtime(long tripCount, long stop)
    {
        byte[] bytes = OnnxExporter.ToBytes(Model());
        float[] x0 = [1f, 2f, -0.25f];
        var session = new InferenceSession(bytes, new SessionOptions { Threads = 1 });
        var coex = session.Run(new Dictionary<string, Tensor>
        {
            ["M"] = Tensor.FromSpan<long>([tripCount]),
            ["stop"] = Tensor.FromSpan<long>([stop]),
            ["x0"] = Tensor.FromSpan<float>(x0, 3),
        });

        using var options = new Ort.SessionOptions { IntraOpNumThreads = 1, LogSeverityLevel = Ort.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL };
        using var ort = new Ort.InferenceSession(bytes, options);
        using var mValue = Ort.OrtValue.CreateTensorValueFromMemory(new[] { tripCount }, []);
        using var stopValue = Ort.OrtValue.CreateTensorValueFromMemory(new[] { stop }, []);
        using var xValue = Ort.OrtValue.CreateTensorValueFromMemory(x0, [3]);
        using var runOptions = new Ort.RunOptions();
        using var results = ort.Run(runOptions, new Dictionary<string, Ort.OrtValue> { ["M"] = mValue, ["stop"] = stopValue, ["x0"] = xValue }, ["x_final", "scan"]);
        for (int k = 0; k < 2; k++)
        {
            var expectedShape = results[k].GetTensorTypeAndShape().Shape.Select(d => (int)d).ToArray();
            var actual = coex[k == 0 ? "x_final" : "scan"];
            Assert.Equal(expectedShape, actual.Shape.ToArray());
            var expected = results[k].GetTensorDataAsSpan<float>().ToArray();
            var got = actual.AsSpan<float>().ToArray();
            for (int e = 0; e < expected.Length; e++)
                Assert.True(Math.Abs(got[e] - expected[e]) <= 1e-5f * (1 + Math.Abs(expected[e])), $"output {k} element {e}: {got[e]} vs {expected[e]}.");
        }
        long iterations = Math.Min(tripCount, stop);
        Assert.Equal(iterations, coex["scan"].Shape[0]);
    }
}
