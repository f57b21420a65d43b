using Coex.Search;
using Coex.Training.Data;
using Xunit.Abstractions;

namespace Coex.Tests.Search;

public class ProxyTrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void Options_reject_bad_image_counts()
    {
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { TrainImages = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { LearningRate = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { TrainImages = 59500, ValidationImages = 1000 }.Validate());
        // Scored on the test split: up to its 10,000 images, and the training images no longer share the 60,000.
        new ProxyTrainingOptions { TrainImages = 59500, ValidationImages = 10000, ScoreOnTestSet = true }.Validate();
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { ValidationImages = 10001, ScoreOnTestSet = true }.Validate());
    }

    [Fact]
    public void Activation_bits_change_accuracy_and_16_bits_match_fp32()
    {
        Assert.True(FashionMnist.IsAvailable(), "Fashion-MNIST is missing: run scripts/install-test-deps.");
        var trainer = new ProxyTrainer(new ProxyTrainingOptions { TrainImages = 512, ValidationImages = 500, Threads = 2 });
        var space = new LeNetSpace();
        int[] arch = [0, 0, 0, 0, 0, 0]; // 1×1 kernels, 24 filters: the fastest to train
        AccuracyResult At(int weights, int activations) => trainer.Evaluate(space, arch, [weights, weights, weights], [activations, activations, activations], default);
        var a16 = At(16, 16);
        var a8 = At(16, 8);
        var a4 = At(16, 4);
        var a2 = At(16, 2);
        output.WriteLine($"fp32 {a16.Fp32Accuracy:P2}  w16a16 {a16.Accuracy:P2}  w16a8 {a8.Accuracy:P2}  w16a4 {a4.Accuracy:P2}  w16a2 {a2.Accuracy:P2}");
        Assert.InRange(a16.Fp32Accuracy, 0.5, 1.0);
        // 16-bit weights and float activations: fp32 up to a prediction or two near a tie.
        Assert.InRange(a16.Accuracy, a16.Fp32Accuracy - 0.004, a16.Fp32Accuracy + 0.004);
        // Fewer activation bits, more predictions changed against the float model; 2 bits cost accuracy plainly.
        var model = trainer.Train(space, arch);
        var reference = model.EvaluateFloat();
        double Agreement(int activations) => model.Evaluate(_ => new Coex.Hardware.BitWidths(16, activations)).Agreement(reference);
        double agree8 = Agreement(8), agree4 = Agreement(4);
        output.WriteLine($"top-1 agreement with fp32: a8 {agree8:P2}  a4 {agree4:P2}");
        Assert.True(agree4 < agree8 && agree4 < 0.99, $"4-bit activations change {1 - agree4:P2} of the predictions, 8-bit {1 - agree8:P2}");
        Assert.True(a4.Accuracy <= a8.Accuracy + 0.004, $"4-bit activations {a4.Accuracy:P2} vs 8-bit {a8.Accuracy:P2}");
        Assert.True(a2.Accuracy < a16.Accuracy - 0.03, $"2-bit activations {a2.Accuracy:P2} vs 16-bit {a16.Accuracy:P2}");
        // Trained once: the other widths reuse the model.
        Assert.Equal(a16.TrainSeconds, a2.TrainSeconds);
    }

    [Fact]
    public void At_the_default_learning_rate_the_largest_network_trains_at_least_as_well_as_the_smallest()
    {
        // At the earlier default of 0.05 the 7×7, 64-filter network diverged (41.7% against the 1×1, 24-filter one's
        // 74.5% on 1024 images), so the proxy rewarded small networks and a co-design search had nothing to trade.
        Assert.True(FashionMnist.IsAvailable(), "Fashion-MNIST is missing: run scripts/install-test-deps.");
        var trainer = new ProxyTrainer(new ProxyTrainingOptions { TrainImages = 1024, ValidationImages = 500, Threads = 2 });
        var space = new LeNetSpace();
        double Accuracy(int choice) => trainer.Evaluate(space, [choice, choice, choice, choice, choice, choice], [16, 16, 16], [16, 16, 16], default).Fp32Accuracy;
        double smallest = Accuracy(0), largest = Accuracy(3);
        output.WriteLine($"k1/f24 {smallest:P2}, k7/f64 {largest:P2}");
        Assert.True(largest >= 0.65 && largest >= smallest - 0.02, $"k7/f64 reached {largest:P2}, k1/f24 {smallest:P2}");
    }
}
