using Coex.Nmt;

namespace Coex.Tests.Nmt;

public class MeanLossTests
{
    private static Seq2SeqModel Model(Seq2SeqArch arch, int vvma) => Seq2SeqModel.Create(new Seq2SeqConfig
    {
        Arch = arch, VocabSize = 32, Dim = 16, Heads = 2, FfnDim = 32, Layers = 2, VvmaBlock = vvma, Dropout = 0.3f, MaxLength = 12, Seed = 4,
    });

    /// <summary>Random pairs of 1–8 tokens from the non-special ids.</summary>
    private static List<(int[] Source, int[] Target)> Pairs(int count, int seed)
    {
        var rng = new Random(seed);
        int[] Sentence() => Enumerable.Range(0, rng.Next(1, 9)).Select(_ => rng.Next(BpeTokenizer.Unk + 1, 32)).ToArray();
        return Enumerable.Range(0, count).Select(_ => (Sentence(), Sentence())).ToList();
    }

    /// <summary>−Σ log p(target + &lt;/s&gt;) over every pair, from the step-by-step decoder (the inference path), per token.</summary>
    private static double DecoderLoss(Seq2SeqModel model, List<(int[] Source, int[] Target)> pairs)
    {
        double sum = 0;
        long tokens = 0;
        foreach (var (src, tgt) in pairs)
        {
            var state = model.Begin(src, 1);
            int last = BpeTokenizer.Bos;
            foreach (int next in tgt.Append(BpeTokenizer.Eos))
            {
                sum -= model.Step(state, [last])[next];
                tokens++;
                last = next;
            }
        }
        return sum / tokens;
    }

    [Theory]
    [InlineData(Seq2SeqArch.Transformer, 0)]
    [InlineData(Seq2SeqArch.Transformer, 4)]
    [InlineData(Seq2SeqArch.Lstm, 0)]
    public void Mean_loss_is_the_decoders_per_token_cross_entropy_for_any_batch_size(Seq2SeqArch arch, int vvma)
    {
        var model = Model(arch, vvma);
        var pairs = Pairs(23, seed: 7);
        double expected = DecoderLoss(model, pairs);
        foreach (int batch in new[] { 1, 5, 64 })
        {
            var report = NmtTrainer.MeanLoss(model, pairs, batch, threads: 2);
            Assert.Equal(23, report.Pairs);
            Assert.Equal(pairs.Sum(p => p.Target.Length + 1), report.Tokens);
            Assert.True(Math.Abs(report.MeanLoss - expected) < 1e-4 * expected, $"batch {batch}: {report.MeanLoss} vs decoder {expected}");
        }
        Assert.Equal(Math.Exp(expected), NmtTrainer.MeanLoss(model, pairs).Perplexity, 3);
    }

    [Fact]
    public void Mean_loss_skips_overlong_pairs_and_refuses_bad_input()
    {
        var model = Model(Seq2SeqArch.Transformer, 0);
        var pairs = Pairs(5, seed: 8);
        var withLong = pairs.Append((new int[20], new int[3])).ToList();
        var report = NmtTrainer.MeanLoss(model, withLong);
        Assert.Equal(5, report.Pairs);
        Assert.Equal(NmtTrainer.MeanLoss(model, pairs).MeanLoss, report.MeanLoss, 6);
        Assert.Throws<ArgumentException>(() => NmtTrainer.MeanLoss(model, []));
        Assert.Throws<ArgumentException>(() => NmtTrainer.MeanLoss(model, [(new int[20], new int[3])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NmtTrainer.MeanLoss(model, pairs, batchSize: 0));
    }
}
