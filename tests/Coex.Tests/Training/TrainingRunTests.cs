using Coex.Tensors;
using Coex.Training;
using Coex.Training.Data;

namespace Coex.Tests.Training;

public class TrainingRunTests
{
    private static readonly Lazy<(ImageDataset Train, ImageDataset Test)> Subsets = new(() =>
        (FashionMnist.LoadTrain().Take(2000), FashionMnist.LoadTest().Take(1000)));

    private static readonly DataOptions Normalization = new() { Mean = 0.286f, Std = 0.353f };

    [Fact]
    public void Mlp_learns_fashion_mnist_subset_well_above_chance()
    {
        var (train, test) = Subsets.Value;
        var model = ModelZoo.Mlp([1, 28, 28], 10, seed: 1, hidden: 128);
        var loader = new DataLoader(train, 64, Normalization, shuffle: true, seed: 1);
        var trainer = new Trainer(model, new TrainOptions { Epochs = 1, LearningRate = 0.05f, Threads = 2 }, loader.BatchCount);
        var epoch = trainer.TrainEpoch(loader, 0);
        float accuracy = Trainer.Evaluate(model, test, Normalization, threads: 2);
        Assert.True(accuracy > 0.6f, $"test accuracy {accuracy:P1} after one epoch on 2000 images (train loss {epoch.Loss:F3})");
    }

    [Theory]
    [InlineData("adamw", "step")]
    [InlineData("sgd", "constant")]
    public void Other_optimizers_and_schedules_reduce_the_loss(string optimizer, string schedule)
    {
        var (train, _) = Subsets.Value;
        var model = ModelZoo.Create("mlp", [1, 28, 28], 10, seed: 3);
        var loader = new DataLoader(train.Take(640), 64, Normalization, shuffle: true, seed: 3);
        var trainer = new Trainer(model, new TrainOptions { Epochs = 2, Optimizer = optimizer, Schedule = schedule, LearningRate = optimizer == "adamw" ? 2e-3f : 0.05f, Threads = 2 }, loader.BatchCount);
        var first = trainer.TrainEpoch(loader, 0);
        var second = trainer.TrainEpoch(loader, 1);
        Assert.True(second.Loss < first.Loss * 0.8f, $"{optimizer}/{schedule}: loss {first.Loss:F3} then {second.Loss:F3}");
    }

    private static float[] TrainedWeights(string model, int threads, int steps)
    {
        var (train, _) = Subsets.Value;
        var m = ModelZoo.Create(model, [1, 28, 28], 10, seed: 5);
        var loader = new DataLoader(train.Take(steps * 32), 32, Normalization with { CropPadding = 2, HorizontalFlip = true }, shuffle: true, seed: 9);
        var trainer = new Trainer(m, new TrainOptions { Epochs = 1, LearningRate = 0.05f, Threads = threads, ClipNorm = 5f }, loader.BatchCount);
        trainer.TrainEpoch(loader, 0);
        return m.State().SelectMany(s => s.Tensor.AsSpan<float>().ToArray()).ToArray();
    }

    [Theory]
    [InlineData("lenet", 2)]
    [InlineData("mlp", 2)]
    [InlineData("lenet", 1)]
    public void Same_seed_gives_bitwise_identical_weights(string model, int threads)
    {
        var a = TrainedWeights(model, threads, steps: 6);
        var b = TrainedWeights(model, threads, steps: 6);
        Assert.Equal(a.Length, b.Length);
        for (int i = 0; i < a.Length; i++)
            Assert.True(BitConverter.SingleToInt32Bits(a[i]) == BitConverter.SingleToInt32Bits(b[i]), $"weight {i}: {a[i]} vs {b[i]}");
        var initial = ModelZoo.Create(model, [1, 28, 28], 10, seed: 5).State().SelectMany(s => s.Tensor.AsSpan<float>().ToArray()).ToArray();
        Assert.NotEqual(initial, a);
    }

    [Fact]
    public void Checkpoint_round_trip_gives_identical_predictions()
    {
        var (train, test) = Subsets.Value;
        var model = ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 2);
        var loader = new DataLoader(train.Take(256), 64, Normalization, shuffle: true, seed: 2);
        new Trainer(model, new TrainOptions { Epochs = 1, Threads = 2 }, loader.BatchCount).TrainEpoch(loader, 0);
        var images = new DataLoader(test.Take(100), 100, Normalization, shuffle: false, seed: 0).Epoch(0).Single().Images;
        var expectedLogits = model.Forward(new Tape(training: false, recording: false, threads: 2), new Variable(images)).Data.ToArray();
        string path = Path.Combine(Path.GetTempPath(), $"coex-ckpt-{Guid.NewGuid():N}.ckpt");
        try
        {
            Checkpoint.Save(model, path);
            var restored = ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 99);
            Checkpoint.Load(restored, path);
            var logits = restored.Forward(new Tape(training: false, recording: false, threads: 2), new Variable(images)).Data.ToArray();
            Assert.Equal(expectedLogits, logits);
            Assert.Equal(model.Predict(images, 2), restored.Predict(images, 2));

            var (description, tensors) = Checkpoint.Read(path);
            Assert.Equal(model.Description, description);
            Assert.Contains("bn1.running_mean", tensors.Keys);

            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..^3]);
            Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => Checkpoint.Load(restored, path)).Message);
            bytes[0] = (byte)'X';
            File.WriteAllBytes(path, bytes);
            Assert.Contains("magic", Assert.Throws<InvalidDataException>(() => Checkpoint.Load(restored, path)).Message);
            Checkpoint.Save(ModelZoo.Create("mlp", [1, 28, 28], 10, seed: 1), path);
            Assert.Throws<InvalidDataException>(() => Checkpoint.Load(restored, path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
