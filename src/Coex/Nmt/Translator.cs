using System.Diagnostics;

namespace Coex.Nmt;

/// <summary>Result of translating a test set: corpus BLEU and CPU decode speed.</summary>
public sealed record TranslationReport(BleuScore Bleu, string[] Hypotheses, long OutputTokens, double Seconds)
{
    /// <summary>Decoded tokens (&lt;/s&gt; included) per second.</summary>
    public double TokensPerSecond => OutputTokens / Math.Max(Seconds, 1e-9);
    public double MillisecondsPerToken => 1000 * Seconds / Math.Max(OutputTokens, 1);
}

/// <summary>Text in, text out: tokenizes, decodes greedily or with a beam, detokenizes.</summary>
public static class Translator
{
    public static string Translate(Seq2SeqModel model, BpeTokenizer tokenizer, string sentence, int beam = 1, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var src = tokenizer.Encode(sentence);
        int limit = model.Config.MaxLength - 1;
        if (src.Length > limit)
            src = src[..limit];
        var ids = beam <= 1 ? Decoding.Greedy(model, src, threads) : Decoding.Beam(model, src, beam, threads: threads);
        return tokenizer.Decode(ids);
    }

    /// <summary>Translates every source sentence (one at a time, batch 1) and scores the result against the references.</summary>
    public static TranslationReport Evaluate(Seq2SeqModel model, BpeTokenizer tokenizer, ParallelText test, int beam = 1, int threads = 1, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(test);
        var hyps = new string[test.Count];
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < test.Count; i++)
        {
            var src = tokenizer.Encode(test.Source[i]);
            if (src.Length > model.Config.MaxLength - 1)
                src = src[..(model.Config.MaxLength - 1)];
            var ids = beam <= 1 ? Decoding.Greedy(model, src, threads) : Decoding.Beam(model, src, beam, threads: threads);
            tokens += ids.Length + 1;
            hyps[i] = tokenizer.Decode(ids);
            progress?.Invoke(i + 1);
        }
        double seconds = clock.Elapsed.TotalSeconds;
        return new TranslationReport(Bleu.Corpus(hyps, test.Target), hyps, tokens, seconds);
    }
}
