using Coex.Nmt;

namespace Coex.Tests.Nmt;

public class Seq2SeqTests
{
    private static (BpeTokenizer Tokenizer, List<(int[], int[])> Train, ParallelText Test) Reversal()
    {
        var train = ParallelText.Reversal(3000, seed: 1, symbols: 8, maxLength: 6);
        var test = ParallelText.Reversal(100, seed: 2, symbols: 8, maxLength: 6);
        var tokenizer = BpeTokenizer.Train(train.Source.Concat(train.Target), 1000);
        return (tokenizer, train.Encode(tokenizer), test);
    }

    private static double ExactMatch(Seq2SeqModel model, BpeTokenizer tokenizer, ParallelText test, int beam = 1)
    {
        int right = 0;
        for (int i = 0; i < test.Count; i++)
        {
            var src = tokenizer.Encode(test.Source[i]);
            var ids = beam == 1 ? Decoding.Greedy(model, src) : Decoding.Beam(model, src, beam);
            right += tokenizer.Decode(ids) == test.Target[i] ? 1 : 0;
        }
        return (double)right / test.Count;
    }

    private static Seq2SeqConfig Small(Seq2SeqArch arch, int vocab, int vvma = 0) => new()
    {
        Arch = arch, VocabSize = vocab, Dim = 32, Heads = 2, FfnDim = 64, Layers = 1, VvmaBlock = vvma, Dropout = 0f, MaxLength = 24, Seed = 3,
    };

    [Theory]
    [InlineData(Seq2SeqArch.Transformer, 0, 3e-3f, 6, 0.9)]
    [InlineData(Seq2SeqArch.Transformer, 8, 1e-2f, 6, 0.6)]
    [InlineData(Seq2SeqArch.Lstm, 0, 1e-2f, 6, 0.6)]
    public void Reversal_task_is_learned(Seq2SeqArch arch, int vvma, float lr, int epochs, double required)
    {
        var (tokenizer, train, test) = Reversal();
        var model = Seq2SeqModel.Create(Small(arch, (tokenizer.VocabSize + 7) / 8 * 8, vvma));
        var losses = NmtTrainer.Train(model, train, new NmtTrainOptions { Epochs = epochs, BatchSize = 32, LearningRate = lr, WarmupSteps = 30, Threads = 2 });
        Assert.True(losses[^1] < losses[0] / 4, $"{arch} vvma {vvma}: loss {losses[0]:F3} → {losses[^1]:F3}");
        double greedy = ExactMatch(model, tokenizer, test);
        Assert.True(greedy >= required, $"{arch} vvma {vvma}: greedy exact match {greedy:P0}");
        double beam = ExactMatch(model, tokenizer, test, beam: 3);
        Assert.True(beam >= greedy - 0.05, $"{arch} vvma {vvma}: beam exact match {beam:P0} vs greedy {greedy:P0}");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 1)]
    [InlineData(0, 3)]
    public void Transformer_key_value_cache_gives_the_uncached_log_probabilities(int vvma, int beams)
    {
        var config = Small(Seq2SeqArch.Transformer, 24, vvma) with { Layers = 2 };
        var cached = new TransformerSeq2Seq(config);
        var uncached = new TransformerSeq2Seq(config) { UseKeyValueCache = false };
        int[] source = [5, 9, 4, 7, 12];
        var a = cached.Begin(source, beams);
        var b = uncached.Begin(source, beams);
        var rng = new Random(5);
        var tokens = Enumerable.Repeat(BpeTokenizer.Bos, beams).ToArray();
        for (int step = 0; step < 6; step++)
        {
            var pa = cached.Step(a, tokens);
            var pb = uncached.Step(b, tokens);
            for (int i = 0; i < pa.Length; i++)
                Assert.True(Math.Abs(pa[i] - pb[i]) < 1e-4, $"step {step}, entry {i}: cached {pa[i]}, uncached {pb[i]}");
            tokens = tokens.Select(_ => rng.Next(4, 24)).ToArray();
            if (beams > 1 && step == 2)
            {
                int[] parents = [2, 0, 0];
                a.Reorder(parents);
                b.Reorder(parents);
            }
        }
        Assert.Equal(Decoding.Greedy(cached, source, maxLength: 10), Decoding.Greedy(uncached, source, maxLength: 10));
        Assert.Equal(Decoding.Greedy(cached, source, maxLength: 10), Decoding.Beam(cached, source, 1, lengthPenalty: 0, maxLength: 10));
    }

    [Theory]
    [InlineData(Seq2SeqArch.Transformer)]
    [InlineData(Seq2SeqArch.Lstm)]
    public void Vvma_twin_has_at_least_3x_fewer_projection_weights(Seq2SeqArch arch)
    {
        var dense = Seq2SeqModel.Create(new Seq2SeqConfig { Arch = arch, VocabSize = 2048, Dim = 128, FfnDim = 256 });
        var vvma = Seq2SeqModel.Create(new Seq2SeqConfig { Arch = arch, VocabSize = 2048, Dim = 128, FfnDim = 256, VvmaBlock = 32 });
        Assert.Equal(dense.Projections().Count(), vvma.Projections().Count());
        foreach (var (d, v) in dense.Projections().Zip(vvma.Projections()))
            Assert.Equal(32 * 32 + d.InFeatures * d.OutFeatures / 32, v.WeightCount);
        Assert.True(dense.ProjectionWeightCount >= 3 * vvma.ProjectionWeightCount, $"{dense.ProjectionWeightCount} vs {vvma.ProjectionWeightCount}");
    }

    [Fact]
    public void Checkpoint_round_trips_and_rejects_a_foreign_file()
    {
        var tokenizer = BpeTokenizer.Train(["a b c", "c b a"], 100);
        var model = Seq2SeqModel.Create(Small(Seq2SeqArch.Lstm, 16, 4));
        string path = Path.Combine(Path.GetTempPath(), $"coex-nmt-{Guid.NewGuid():N}.model");
        try
        {
            File.WriteAllBytes(path, [1, 2, 3]);   // an older file is replaced whole, through a partial file that does not stay
            NmtCheckpoint.Save(model, tokenizer, path);
            Assert.False(File.Exists(path + ".partial"));
            var (loaded, tok) = NmtCheckpoint.Load(path);
            Assert.Equal(model.Config, loaded.Config);
            Assert.Equal(tokenizer.Encode("a b c"), tok.Encode("a b c"));
            foreach (var (p, q) in model.Parameters().Zip(loaded.Parameters()))
                Assert.Equal(p.Data.ToArray(), q.Data.ToArray());
            // A save that cannot finish leaves the previous file as it was.
            Directory.CreateDirectory(path + ".partial");
            Assert.ThrowsAny<Exception>(() => NmtCheckpoint.Save(model, tokenizer, path));
            Directory.Delete(path + ".partial");
            Assert.Equal(model.Config, NmtCheckpoint.Load(path).Model.Config);
            File.WriteAllBytes(path, [1, 2, 3]);
            Assert.Throws<InvalidDataException>(() => NmtCheckpoint.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_configs_and_sources_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Seq2SeqModel.Create(new Seq2SeqConfig { VocabSize = 100, Dim = 128, VvmaBlock = 32 }));
        Assert.Throws<ArgumentException>(() => Seq2SeqModel.Create(new Seq2SeqConfig { VocabSize = 128, Dim = 30, Heads = 4 }));
        var model = Seq2SeqModel.Create(Small(Seq2SeqArch.Transformer, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Begin([99], 1));
        Assert.Throws<ArgumentException>(() => model.Begin(new int[40], 1));
    }
}
