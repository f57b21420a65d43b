using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;
using Microsoft.ML.OnnxRuntime;

namespace Coex.Tests.Graphs;

public class BuiltinModelsTests
{
    [Theory]
    [InlineData("lenet", new[] { 1, 1, 28, 28 }, new[] { 1, 10 })]
    [InlineData("mobilenetv2-block", new[] { 1, 24, 56, 56 }, new[] { 1, 24, 56, 56 })]
    [InlineData("mlp", new[] { 1, 784 }, new[] { 1, 10 })]
    [InlineData("transformer-block", new[] { 1, 64, 128 }, new[] { 1, 64, 128 })]
    public void Builtin_models_are_valid_shaped_and_run_in_onnx_runtime(string name, int[] input, int[] output)
    {
        var graph = BuiltinModels.Create(name);
        GraphValidator.Validate(graph);
        Assert.Equal(input, graph.Inputs.Single().Shape!.Select(d => d.Size!.Value));
        Assert.Equal(output, graph.Outputs.Single().Shape!.Select(d => d.Size!.Value));

        // Exported, the model reloads with the same shapes and ONNX Runtime accepts and runs it.
        byte[] bytes = OnnxExporter.ToBytes(graph);
        var reloaded = OnnxImporter.Load(bytes);
        ShapeInference.InferShapes(reloaded);
        Assert.Equal(output, reloaded.Outputs.Single().Shape!.Select(d => d.Size!.Value));

        using var options = new SessionOptions { LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, IntraOpNumThreads = 1 };
        using var session = new InferenceSession(bytes, options);
        var data = new float[input.Aggregate(1, (a, b) => a * b)];
        using var value = OrtValue.CreateTensorValueFromMemory(data, [.. input.Select(d => (long)d)]);
        using var results = session.Run(new RunOptions(), [graph.Inputs[0].Name], [value], [graph.Outputs[0].Name]);
        Assert.Equal(output.Select(d => (long)d), results[0].GetTensorTypeAndShape().Shape);
    }

    [Fact]
    public void Same_seed_same_weights_and_batch_sets_the_input()
    {
        var a = BuiltinModels.LeNet(seed: 3);
        var b = BuiltinModels.LeNet(seed: 3);
        Assert.Equal(a.Initializers[0].Tensor.AsSpan<float>().ToArray(), b.Initializers[0].Tensor.AsSpan<float>().ToArray());
        Assert.NotEqual(a.Initializers[0].Tensor.AsSpan<float>().ToArray(), BuiltinModels.LeNet(seed: 4).Initializers[0].Tensor.AsSpan<float>().ToArray());
        Assert.Equal(8, BuiltinModels.Create("LeNet", batch: 8).Inputs[0].Shape![0].Size);
        Assert.Equal(DType.F32, a.Outputs[0].DType);
    }

    [Fact]
    public void Transformer_block_refuses_heads_that_do_not_divide_the_width()
    {
        var e = Assert.Throws<ArgumentException>(() => BuiltinModels.TransformerBlock(d: 30, heads: 4));
        Assert.Contains("heads 4", e.Message);
    }

    [Fact]
    public void Unknown_name_lists_the_builtin_models()
    {
        var e = Assert.Throws<ArgumentException>(() => BuiltinModels.Create("resnet"));
        Assert.Contains("'resnet'", e.Message);
        Assert.Contains("lenet, mobilenetv2-block, mlp, transformer-block", e.Message);
    }
}
