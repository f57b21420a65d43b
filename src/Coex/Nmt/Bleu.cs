using System.Text.RegularExpressions;

namespace Coex.Nmt;

/// <summary>How corpus BLEU treats an n-gram order with no matches.</summary>
public enum BleuSmoothing
{
    /// <summary>A zero precision makes BLEU 0.</summary>
    None,
    /// <summary>sacreBLEU's default 'exp' (mteval-v13a): the n-th zero precision becomes 1/(2ⁿ·total).</summary>
    Exp,
}

/// <summary>The parts of a corpus BLEU score, as sacreBLEU reports them.</summary>
public sealed record BleuScore(double Score, double[] Precisions, double BrevityPenalty, long HypothesisLength, long ReferenceLength, long[] Matches, long[] Totals)
{
    public override string ToString() =>
        $"BLEU = {Score:F2} {string.Join("/", Precisions.Select(p => p.ToString("F1")))} (BP = {BrevityPenalty:F3} ratio = {(double)HypothesisLength / Math.Max(1, ReferenceLength):F3} hyp_len = {HypothesisLength} ref_len = {ReferenceLength})";
}

/// <summary>One sentence's share of corpus BLEU: clipped n-gram matches and n-gram totals (orders 1–4) and the
/// hypothesis and reference lengths in 13a tokens.</summary>
public readonly record struct SentenceBleuStatistics(int[] Matches, int[] Totals, int HypothesisLength, int ReferenceLength);

/// <summary>
/// Corpus BLEU computed like sacreBLEU's default: mteval-v13a tokenization, n-grams up to 4, clipped counts summed over the
/// corpus, geometric mean of the four precisions, brevity penalty exp(1 − r/c) when the hypotheses are shorter; one
/// reference per sentence; case-sensitive.
/// </summary>
public static partial class Bleu
{
    public const int MaxOrder = 4;

    /// <summary>Corpus BLEU (0–100) of <paramref name="hypotheses"/> against <paramref name="references"/>, aligned by index.</summary>
    public static BleuScore Corpus(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references, BleuSmoothing smoothing = BleuSmoothing.Exp) =>
        Score(SentenceStatistics(hypotheses, references), smoothing);

    /// <summary>Each sentence's n-gram matches and totals and its two lengths: corpus BLEU is a function of their sums,
    /// so resampling sentences (<see cref="BleuBootstrap"/>) needs no re-tokenizing.</summary>
    public static SentenceBleuStatistics[] SentenceStatistics(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(references);
        if (hypotheses.Count != references.Count)
            throw new ArgumentException($"BLEU needs one reference per hypothesis; got {hypotheses.Count} hypotheses and {references.Count} references.");
        var sentences = new SentenceBleuStatistics[hypotheses.Count];
        for (int s = 0; s < hypotheses.Count; s++)
        {
            var hyp = Tokenize13a(hypotheses[s]);
            var reference = Tokenize13a(references[s]);
            var matches = new int[MaxOrder];
            var totals = new int[MaxOrder];
            for (int n = 1; n <= MaxOrder; n++)
            {
                var refCounts = NGrams(reference, n);
                foreach (var (gram, count) in NGrams(hyp, n))
                    matches[n - 1] += Math.Min(count, refCounts.GetValueOrDefault(gram));
                totals[n - 1] = Math.Max(0, hyp.Length - n + 1);
            }
            sentences[s] = new SentenceBleuStatistics(matches, totals, hyp.Length, reference.Length);
        }
        return sentences;
    }

    /// <summary>Corpus BLEU of <paramref name="sentences"/> (repeats allowed): the geometric mean of the clipped n-gram
    /// precisions of their summed statistics, times the brevity penalty.</summary>
    public static BleuScore Score(IEnumerable<SentenceBleuStatistics> sentences, BleuSmoothing smoothing = BleuSmoothing.Exp)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var matches = new long[MaxOrder];
        var totals = new long[MaxOrder];
        long hypLength = 0, refLength = 0;
        foreach (var sentence in sentences)
        {
            for (int n = 0; n < MaxOrder; n++)
            {
                matches[n] += sentence.Matches[n];
                totals[n] += sentence.Totals[n];
            }
            hypLength += sentence.HypothesisLength;
            refLength += sentence.ReferenceLength;
        }
        var precisions = new double[MaxOrder];
        double brevity = hypLength == 0 ? 0 : hypLength < refLength ? Math.Exp(1 - (double)refLength / hypLength) : 1;
        if (hypLength == 0)
            return new BleuScore(0, precisions, brevity, hypLength, refLength, matches, totals);
        double smooth = 1, logSum = 0;
        for (int n = 0; n < MaxOrder; n++)
        {
            if (totals[n] == 0)
            {
                logSum = double.NegativeInfinity; // sentences too short for this order: no precision, BLEU 0 (as sacreBLEU)
                break;
            }
            if (matches[n] == 0 && smoothing == BleuSmoothing.Exp)
            {
                smooth *= 2;
                precisions[n] = 100.0 / (smooth * totals[n]);
            }
            else
                precisions[n] = 100.0 * matches[n] / totals[n];
            logSum += precisions[n] > 0 ? Math.Log(precisions[n]) : double.NegativeInfinity;
        }
        double score = double.IsNegativeInfinity(logSum) ? 0 : brevity * Math.Exp(logSum / MaxOrder);
        return new BleuScore(score, precisions, brevity, hypLength, refLength, matches, totals);
    }

    /// <summary>The mteval-v13a tokenizer as sacreBLEU implements it ('13a').</summary>
    public static string[] Tokenize13a(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = line.Replace("<skipped>", "").Replace("-\n", "").Replace("\n", " ");
        if (line.Contains('&'))
            line = line.Replace("&quot;", "\"").Replace("&amp;", "&").Replace("&lt;", "<").Replace("&gt;", ">");
        line = $" {line} ";
        line = Punctuation().Replace(line, " $1 ");
        line = PeriodCommaNotAfterDigit().Replace(line, "$1 $2 ");
        line = PeriodCommaNotBeforeDigit().Replace(line, " $1 $2");
        line = DashAfterDigit().Replace(line, "$1 $2 ");
        return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static Dictionary<string, int> NGrams(string[] tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Length; i++)
        {
            string gram = string.Join('\u0001', tokens, i, n);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }

    // Character class of mteval-v13a: { | } ~ [ \ ] ^ _ ` space ! " # $ % & ( ) * + : ; < = > ? @ /
    [GeneratedRegex(@"([\{-\~\[-\` -\&\(-\+\:-\@\/])")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"([^0-9])([\.,])")]
    private static partial Regex PeriodCommaNotAfterDigit();

    [GeneratedRegex(@"([\.,])([^0-9])")]
    private static partial Regex PeriodCommaNotBeforeDigit();

    [GeneratedRegex(@"([0-9])(-)")]
    private static partial Regex DashAfterDigit();
}
