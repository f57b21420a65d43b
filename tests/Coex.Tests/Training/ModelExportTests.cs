using Coex.Graphs;
using Coex.Onnx;
using Coex.Runtime;
using Coex.Tensors;
using Coex.Training;
using Coex.Training.Data;
using Ort = Microsoft.ML.OnnxRuntime;

namespace Coex.Tests.Training;

public class ModelExportTests
{
    private const double Rtol = 1e-4, Atol = 1e-4;

    /// <summary>Seeded normal-ish images [n, 1, 28, 28] and labels, so no dataset is needed.</summary>
    internal static Batch RandomBatch(int n, int seed, int[]? shape = null)
    {
        shape ??= [1, 28, 28];
        var rng = new Random(seed);
        var images = Tensor.Zeros(DType.F32, [n, .. shape]);
        var d = images.AsSpan<float>();
        for (int i = 0; i < d.Length; i++)
            d[i] = (float)(rng.NextDouble() * 2 - 1) * 1.5f;
        return new Batch(images, [.. Enumerable.Range(0, n).Select(_ => rng.Next(10))]);
    }

    /// <summary>A few SGD steps on random batches: moves weights and BatchNorm running statistics off their initial values.</summary>
    internal static void TrainSteps(Model model, int steps, int seed)
    {
        if (steps == 0)
            return;
        var trainer = new Trainer(model, new TrainOptions { Epochs = 1, LearningRate = 0.05f, Threads = 2 }, steps);
        for (int s = 0; s < steps; s++)
            trainer.Step(RandomBatch(16, seed + s, model.InputShape));
    }

    /// <summary>Asserts Coex's runtime and ONNX Runtime both reproduce the training engine's eval-mode logits.</summary>
    internal static void AssertExportMatches(Model model, bool fold, int seed)
    {
        var images = RandomBatch(5, seed, model.InputShape).Images;
        var expected = model.Forward(new Tape(training: false, recording: false, threads: 2), new Variable(images)).Data.ToArray();

        var graph = ModelExport.ToGraph(model, new ModelExportOptions { FoldBatchNorm = fold });
        Assert.Equal("input", graph.Inputs.Single().Name);
        Assert.Equal("N", graph.Inputs[0].Shape![0].Symbol);
        if (fold)
            Assert.DoesNotContain(graph.Nodes, n => n.OpType == "BatchNormalization");
        byte[] bytes = OnnxExporter.ToBytes(graph);

        var session = new Coex.Runtime.InferenceSession(bytes, new SessionOptions { Threads = 2 });
        var coex = session.Run(new Dictionary<string, Tensor> { ["input"] = images })["logits"];
        Assert.Equal([5, model.Classes], coex.Shape.ToArray());
        AssertClose($"{model.Name} coex fold={fold}", expected, coex.AsSpan<float>().ToArray());

        using var options = new Ort.SessionOptions { IntraOpNumThreads = 1, LogSeverityLevel = Ort.OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL };
        using var ort = new Ort.InferenceSession(bytes, options);
        float[] data = images.AsSpan<float>().ToArray();
        using var input = Ort.OrtValue.CreateTensorValueFromMemory(data, [.. images.Shape.ToArray().Select(d => (long)d)]);
        using var runOptions = new Ort.RunOptions();
        using var results = ort.Run(runOptions, new Dictionary<string, Ort.OrtValue> { ["input"] = input }, ["logits"]);
        AssertClose($"{model.Name} ort fold={fold}", expected, results[0].GetTensorDataAsSpan<float>().ToArray());
    }

    private static void AssertClose(string what, float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Atol + Rtol * Math.Abs(expected[i]),
                $"{what}: logit {i}: training engine {expected[i]:G7}, exported {actual[i]:G7}.");
    }

    [Theory]
    [InlineData("lenet", 0, false)]
    [InlineData("lenet", 0, true)]
    [InlineData("lenet", 4, false)]
    [InlineData("lenet", 4, true)]
    [InlineData("lenet-classic", 3, false)]
    [InlineData("mlp", 0, false)]
    [InlineData("mlp", 3, true)]
    public void Exported_model_reproduces_eval_mode_logits_in_coex_and_onnx_runtime(string name, int steps, bool fold)
    {
        var model = ModelZoo.Create(name, [1, 28, 28], 10, seed: 7);
        TrainSteps(model, steps, seed: 11);
        AssertExportMatches(model, fold, seed: 13);
    }

    [Fact]
    public void Dropout_is_omitted_and_pools_keep_their_geometry()
    {
        var model = ModelZoo.LeNet([1, 28, 28], 10, seed: 1, LeNetOptions.Classic with { Dropout = 0.3f });
        var graph = ModelExport.ToGraph(model, new ModelExportOptions { Batch = 3 });
        Assert.DoesNotContain(graph.Nodes, n => n.OpType == "Dropout");
        Assert.Equal(3, graph.Inputs[0].Shape![0].Size);
        Assert.Equal([3, 10], graph.Outputs[0].Shape!.Select(d => d.Size!.Value));
        AssertExportMatches(model, fold: false, seed: 2);
    }

    [Fact]
    public void Export_copies_weights_so_later_training_does_not_change_the_graph()
    {
        var model = ModelZoo.Create("mlp", [1, 28, 28], 10, seed: 1);
        var graph = ModelExport.ToGraph(model);
        float before = graph.Initializers[0].Tensor.AsSpan<float>()[0];
        model.Parameters[0].Value.AsSpan<float>()[0] += 1f;
        Assert.Equal(before, graph.Initializers[0].Tensor.AsSpan<float>()[0]);
    }

    [Fact]
    public void Save_writes_a_file_that_reloads()
    {
        var model = ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 1);
        string path = Path.Combine(Path.GetTempPath(), $"coex-export-{Guid.NewGuid():N}.onnx");
        try
        {
            ModelExport.Save(model, path, new ModelExportOptions { FoldBatchNorm = true });
            var graph = OnnxImporter.Load(path);
            GraphValidator.Validate(graph);
            Assert.Equal("logits", graph.Outputs.Single().Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
