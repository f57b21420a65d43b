using Coex.Nmt;

namespace Coex.Tests.Nmt;

public class BleuTests
{
    [Fact]
    public void Perfect_match_scores_100()
    {
        var s = Bleu.Corpus(["the cat sat on the mat .", "El gato, en la mesa."], ["the cat sat on the mat .", "El gato, en la mesa."]);
        Assert.Equal(100, s.Score, 9);
        Assert.Equal(1, s.BrevityPenalty);
    }

    [Fact]
    public void Partial_match_matches_the_hand_computed_value()
    {
        // hyp "the cat sat on the mat", ref "the cat is on the mat":
        // 1-grams 5/6 (the×2, cat, on, mat), 2-grams 3/5 (the cat, on the, the mat), 3-grams 1/4 (on the mat), 4-grams 0/3.
        // No smoothing: a zero precision gives 0. Exp smoothing: p4 = 1/(2·3) → BLEU = (5/6·3/5·1/4·1/6)^(1/4) = 0.3799178.
        var none = Bleu.Corpus(["the cat sat on the mat"], ["the cat is on the mat"], BleuSmoothing.None);
        Assert.Equal(0, none.Score);
        Assert.Equal([5, 3, 1, 0], none.Matches);
        Assert.Equal([6, 5, 4, 3], none.Totals);
        var exp = Bleu.Corpus(["the cat sat on the mat"], ["the cat is on the mat"]);
        Assert.Equal(100 * Math.Pow(5.0 / 6 * 3.0 / 5 * 1.0 / 4 * 1.0 / 6, 0.25), exp.Score, 9);
        Assert.Equal(37.99178, exp.Score, 4);
    }

    [Fact]
    public void Brevity_penalty_and_corpus_level_sums()
    {
        // Sentence 1: hyp 4 tokens, all n-grams present in its 6-token reference; sentence 2 identical (5 tokens).
        // Corpus: c = 9, r = 11, every precision 1 → BLEU = exp(1 − 11/9) = 0.800737.
        var s = Bleu.Corpus(["a b c d", "v w x y z"], ["a b c d e f", "v w x y z"], BleuSmoothing.None);
        Assert.Equal(9, s.HypothesisLength);
        Assert.Equal(11, s.ReferenceLength);
        Assert.Equal(100 * Math.Exp(1 - 11.0 / 9), s.Score, 9);
        // Clipping: "the the the" against "the cat" has 1-gram precision 1/3.
        var clip = Bleu.Corpus(["the the the"], ["the cat"], BleuSmoothing.None);
        Assert.Equal(1, clip.Matches[0]);
        Assert.Equal(0, clip.Score);
    }

    [Fact]
    public void Tokenizer_13a_splits_punctuation_but_keeps_numbers()
    {
        Assert.Equal(["Hello", ",", "world", "!"], Bleu.Tokenize13a("Hello, world!"));
        Assert.Equal(["It", "costs", "3.14", "or", "1,000", "(", "5", "-", "3", ")", "."], Bleu.Tokenize13a("It costs 3.14 or 1,000 (5-3)."));
        Assert.Equal(["don't", "&", "\"", "x", "\""], Bleu.Tokenize13a("don't &amp; &quot;x&quot;"));
        // '¿' (U+00BF) is outside 13a's ASCII punctuation class, so it stays on the word, as in sacreBLEU.
        Assert.Equal(["¿Qué", "?"], Bleu.Tokenize13a("¿Qué?"));
    }

    [Fact]
    public void Empty_hypotheses_score_zero_and_mismatched_counts_throw()
    {
        Assert.Equal(0, Bleu.Corpus([""], ["a b c d"]).Score);
        Assert.Throws<ArgumentException>(() => Bleu.Corpus(["a"], ["a", "b"]));
    }
}
