using Coex.Nmt;

namespace Coex.Tests.Nmt;

public class NmtResumeTests
{
    private static (BpeTokenizer Tokenizer, List<(int[], int[])> Train) Data()
    {
        var train = ParallelText.Reversal(400, seed: 1, symbols: 8, maxLength: 6);
        var tokenizer = BpeTokenizer.Train(train.Source.Concat(train.Target), 1000);
        return (tokenizer, train.Encode(tokenizer));
    }

    // Dropout on, so the test also covers the masks a resumed epoch draws.
    private static Seq2SeqConfig Config(Seq2SeqArch arch, int vocab, int vvma) => new()
    {
        Arch = arch, VocabSize = (vocab + 7) / 8 * 8, Dim = 16, Heads = 2, FfnDim = 32, Layers = 1, VvmaBlock = vvma, Dropout = 0.2f, MaxLength = 24, Seed = 5,
    };

    private static readonly NmtTrainOptions Options = new() { Epochs = 3, BatchSize = 16, LearningRate = 5e-3f, WarmupSteps = 10, Seed = 2, Threads = 1 };

    private sealed class Stopped : Exception;

    [Theory]
    [InlineData(Seq2SeqArch.Lstm, 0)]
    [InlineData(Seq2SeqArch.Transformer, 4)]
    public void A_run_stopped_after_an_epoch_and_resumed_ends_bit_for_bit_as_the_uninterrupted_run(Seq2SeqArch arch, int vvma)
    {
        var (tokenizer, train) = Data();
        var config = Config(arch, tokenizer.VocabSize, vvma);
        var whole = Seq2SeqModel.Create(config);
        var wholeLosses = NmtTrainer.Train(whole, train, Options);

        string dir = Path.Combine(Path.GetTempPath(), "coex-nmt-resume-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string modelPath = Path.Combine(dir, "m.model"), statePath = modelPath + ".state";
            var first = Seq2SeqModel.Create(config);
            // The process "dies" right after epoch 1's files are written.
            Assert.Throws<Stopped>(() => NmtTrainer.Train(first, train, Options, epochDone: s =>
            {
                NmtCheckpoint.Save(first, tokenizer, modelPath);
                s.Save(statePath);
                throw new Stopped();
            }));
            var state = NmtTrainingState.Load(statePath);
            Assert.Equal(1, state.EpochsDone);
            Assert.Equal(wholeLosses[0], state.Losses[0]);

            var (resumed, _) = NmtCheckpoint.Load(modelPath);
            int reported = 0;
            var losses = NmtTrainer.Train(resumed, train, Options, resume: state, epochDone: s => reported = s.EpochsDone);
            Assert.Equal(3, reported);
            Assert.Equal(wholeLosses, losses);
            foreach (var (a, b) in whole.Parameters().Zip(resumed.Parameters()))
                Assert.True(a.Data.SequenceEqual(b.Data), $"{a.Name} differs after resuming");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_state_from_another_run_or_another_model_is_refused()
    {
        var (tokenizer, train) = Data();
        var config = Config(Seq2SeqArch.Lstm, tokenizer.VocabSize, 0);
        var model = Seq2SeqModel.Create(config);
        NmtTrainingState? state = null;
        NmtTrainer.Train(model, train, Options with { Epochs = 1 }, epochDone: s => state = s);
        Assert.NotNull(state);

        // Other settings: the run key differs (here the learning rate).
        var other = Assert.Throws<ArgumentException>(() => NmtTrainer.Train(model, train, Options with { Epochs = 1, LearningRate = 1e-3f }, resume: state));
        Assert.Contains("another run", other.Message);
        // Same settings, but a fresh model instead of the one saved with the state.
        var fresh = Assert.Throws<ArgumentException>(() => NmtTrainer.Train(Seq2SeqModel.Create(config), train, Options with { Epochs = 1 }, resume: state));
        Assert.Contains("not the ones the training state saved", fresh.Message);
        // A finished run resumes to its end at once, with its losses.
        Assert.Equal(state!.Losses, NmtTrainer.Train(model, train, Options with { Epochs = 1 }, resume: state));
    }

    [Fact]
    public void Damaged_state_files_give_clear_errors()
    {
        var (tokenizer, train) = Data();
        var model = Seq2SeqModel.Create(Config(Seq2SeqArch.Lstm, tokenizer.VocabSize, 0));
        NmtTrainingState? state = null;
        NmtTrainer.Train(model, train, Options with { Epochs = 1 }, epochDone: s => state = s);
        string path = Path.Combine(Path.GetTempPath(), "coex-nmt-state-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Throws<FileNotFoundException>(() => NmtTrainingState.Load(path));
            state!.Save(path);
            var bytes = File.ReadAllBytes(path);
            var back = NmtTrainingState.Load(path);
            Assert.Equal(state.Run, back.Run);
            Assert.Equal(state.ModelChecksum, back.ModelChecksum);
            Assert.Equal(state.Optimizer.Steps, back.Optimizer.Steps);

            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            Assert.Throws<InvalidDataException>(() => NmtTrainingState.Load(path));
            File.WriteAllBytes(path, [.. "NOTSTATE"u8, .. bytes[8..]]);
            Assert.Contains("bad magic", Assert.Throws<InvalidDataException>(() => NmtTrainingState.Load(path)).Message);
            File.WriteAllBytes(path, [.. bytes, 0]);
            Assert.Throws<InvalidDataException>(() => NmtTrainingState.Load(path));

            // Random damage: a clear error or a state that loads; nothing else, and no huge allocation.
            var rng = new Random(7);
            for (int trial = 0; trial < 200; trial++)
            {
                var damaged = (byte[])bytes.Clone();
                for (int j = 0; j < 4; j++)
                    damaged[rng.Next(Math.Min(damaged.Length, 200))] = (byte)rng.Next(256);
                File.WriteAllBytes(path, damaged);
                try { NmtTrainingState.Load(path); }
                catch (InvalidDataException) { }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
