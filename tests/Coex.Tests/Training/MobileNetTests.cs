using Coex.Tensors;
using Coex.Training;
using Coex.Training.Data;
using Coex.Training.Layers;

namespace Coex.Tests.Training;

public class MobileNetTests
{
    private static Variable Images(int n, int c, int h, int w, int seed) =>
        new(ModelExportTests.RandomBatch(n, seed, [c, h, w]).Images);

    [Fact]
    public void Default_mobilenet_maps_images_to_logits()
    {
        var model = ModelZoo.Create("mobilenet", [1, 28, 28], 10, seed: 1);
        var logits = model.Forward(new Tape(training: true, recording: false, threads: 2), Images(3, 1, 28, 28, 1));
        Assert.Equal([3, 10], logits.Shape.ToArray());
        Assert.All(logits.Data.ToArray(), v => Assert.True(float.IsFinite(v)));
        Assert.InRange(model.ParameterCount, 20_000, 500_000);
        Assert.Contains(model.Body.Parameters(), p => p.Name == "blocks.0.depthwise.weight");
    }

    [Theory]
    [InlineData(false, 1, 1, 8, 8)]   // t = 1: depthwise + project, residual
    [InlineData(false, 4, 2, 8, 16)]  // expand, stride 2
    [InlineData(true, 4, 1, 8, 8)]    // fused-MBConv with residual
    [InlineData(true, 1, 2, 8, 16)]   // fused, no expansion
    public void Block_output_shape_follows_stride_and_channels(bool fused, int t, int stride, int input, int output)
    {
        var block = ModelZoo.InvertedResidual("b", input, output, t, 5, stride, fused, new Random(1));
        Assert.Equal(stride == 1 && input == output, block is Residual);
        var y = block.Forward(new Tape(training: true, recording: false, threads: 2), Images(2, input, 9, 9, 2));
        int size = stride == 1 ? 9 : 5;
        Assert.Equal([2, output, size, size], y.Shape.ToArray());
    }

    [Fact]
    public void Width_multiplier_and_depth_change_the_network()
    {
        var options = new MobileNetOptions
        {
            Width = 0.5f,
            Stages = [new(1, 16, 1, 1, 7), new(6, 24, 3, 2, 5, Fused: true), new(4, 40, 2, 2)],
            Head = 0,
        };
        var model = ModelZoo.MobileNet([1, 28, 28], 10, seed: 1, options);
        Assert.Equal(6, model.Body.Parameters().Select(p => p.Name).Where(n => n.StartsWith("blocks.")).Select(n => n.Split('.')[1]).Distinct().Count());
        Assert.Contains(model.Parameters, p => p.Name == "blocks.1.fused.weight");
        // Width 0.5 halves the 16-channel stem and first stage to 8; the first block is a 7×7 depthwise over them.
        Assert.Equal([8, 1, 7, 7], model.Parameters.Single(p => p.Name == "blocks.0.depthwise.weight").Value.Shape.ToArray());
        var logits = model.Forward(new Tape(training: false, recording: false, threads: 2), Images(2, 1, 28, 28, 3));
        Assert.Equal([2, 10], logits.Shape.ToArray());
        Assert.True(model.ParameterCount < ModelZoo.MobileNet([1, 28, 28], 10, 1, options with { Width = 1f }).ParameterCount);
    }

    [Fact]
    public void Bad_options_are_refused_with_the_stage()
    {
        var options = new MobileNetOptions { Stages = [new(4, 24, 1, 1, Kernel: 4)] };
        var e = Assert.Throws<ArgumentException>(() => ModelZoo.MobileNet([1, 28, 28], 10, 1, options));
        Assert.Contains("Kernel = 4", e.Message);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void Inverted_residual_block_gradients_match_finite_differences(bool fused, int seed)
    {
        var block = ModelZoo.InvertedResidual("b", 3, 3, 2, 3, 1, fused, new Random(seed));
        var x = new Variable(ModelExportTests.RandomBatch(2, seed, [3, 5, 5]).Images, requiresGrad: true);
        Assert.IsType<Residual>(block);
        Variable[] inputs = [x, .. block.Parameters()];
        // Eval mode with BatchNorm shifting every activation to 3 ± 1.5, inside ReLU6's linear range: the
        // composition (expand, depthwise, project, residual Add) is then smooth, so finite differences never step
        // across a kink, while every backward rule in the block still runs. (In training mode the batch statistics
        // couple all elements and a step crosses some kink almost surely.)
        foreach (var bn in Flatten(block).OfType<BatchNorm2d>())
            for (int c = 0; c < bn.RunningVar.Length; c++)
            {
                bn.RunningMean.AsSpan<float>()[c] = 0.1f * c;
                bn.RunningVar.AsSpan<float>()[c] = 0.5f + 0.2f * c;
                bn.Gamma.Value.AsSpan<float>()[c] = 0.2f + 0.02f * c;
                bn.Beta.Value.AsSpan<float>()[c] = 3f;
            }
        GradientCheck.Assert($"inverted residual fused={fused}", (tape, v) => block.Forward(tape, v[0]), inputs, seed, training: false, maxPerInput: 60);
    }

    private static IEnumerable<Module> Flatten(Module m) => m switch
    {
        Sequential s => s.Modules.SelectMany(Flatten),
        Residual r => Flatten(r.Inner),
        _ => [m],
    };


    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(false, 3)]
    [InlineData(true, 3)]
    public void Exported_mobilenet_reproduces_eval_mode_logits(bool fold, int steps)
    {
        var options = MobileNetOptions.Small with { Stages = [new(1, 16, 1, 1), new(4, 24, 2, 2, 5), new(3, 32, 1, 2, 3, Fused: true), new(3, 32, 1, 1, 7, Fused: true)] };
        var model = ModelZoo.MobileNet([1, 28, 28], 10, seed: 4, options);
        ModelExportTests.TrainSteps(model, steps, seed: 5);
        ModelExportTests.AssertExportMatches(model, fold, seed: 6);
    }

    [Fact]
    public void Mobilenet_trains_on_a_small_fashion_mnist_subset()
    {
        var normalization = new DataOptions { Mean = 0.286f, Std = 0.353f };
        // Small on purpose: the depthwise convolutions train at only ~100 images/s on 2 cores today.
        var train = FashionMnist.LoadTrain().Take(160);
        var model = ModelZoo.Create("mobilenet", [1, 28, 28], 10, seed: 1);
        var loader = new DataLoader(train, 32, normalization, shuffle: true, seed: 1);
        var trainer = new Trainer(model, new TrainOptions { Epochs = 2, BatchSize = 32, LearningRate = 0.05f, Threads = 2 }, loader.BatchCount);
        var first = trainer.TrainEpoch(loader, 0);
        var second = trainer.TrainEpoch(loader, 1);
        Assert.True(float.IsFinite(second.Loss));
        Assert.True(second.Loss < first.Loss, $"loss {first.Loss:F3} then {second.Loss:F3}");
    }
}
