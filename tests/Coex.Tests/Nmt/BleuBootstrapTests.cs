using Coex.Nmt;

namespace Coex.Tests.Nmt;

public class BleuBootstrapTests
{
    private static string[] Sentences(int n) => [.. Enumerable.Range(0, n).Select(i => $"a{i} b{i} c{i} d{i} e{i} f{i}")];

    /// <summary>The references with the last two words of every <paramref name="every"/>-th sentence replaced.</summary>
    private static string[] Damaged(string[] references, int every) =>
        [.. references.Select((r, i) => i % every == 0 ? string.Join(' ', r.Split(' ')[..4]) + " x y" : r)];

    [Fact]
    public void Sentence_statistics_sum_to_the_corpus_score()
    {
        var refs = Sentences(20);
        var hyps = Damaged(refs, 3);
        var corpus = Bleu.Corpus(hyps, refs);
        var summed = Bleu.Score(Bleu.SentenceStatistics(hyps, refs));
        Assert.Equal(corpus.Score, summed.Score, 12);
        Assert.Equal(corpus.Matches, summed.Matches);
        Assert.True(corpus.Score is > 0 and < 100, $"BLEU {corpus.Score}");
    }

    [Fact]
    public void Identical_systems_have_a_gap_of_zero_on_every_resample()
    {
        var refs = Sentences(30);
        var hyps = Damaged(refs, 2);
        var c = BleuBootstrap.Compare(hyps, hyps, refs, samples: 200);
        Assert.Equal(0, c.Gap);
        Assert.All(c.Gaps, g => Assert.Equal(0, g));
        Assert.Equal((0.0, 0.0), c.Interval95);
        Assert.Equal(1, c.ShareAtMost(0));
    }

    [Fact]
    public void A_better_system_is_ahead_on_every_resample_and_its_gap_lies_inside_the_interval()
    {
        var refs = Sentences(40);
        var c = BleuBootstrap.Compare(refs, Damaged(refs, 2), refs, samples: 500, seed: 3);
        Assert.Equal(100, c.A.Score, 9);
        Assert.True(c.Gap > 5, $"gap {c.Gap}");
        var (low, high) = c.Interval95;
        Assert.True(low > 0 && low < c.Gap && c.Gap < high, $"gap {c.Gap} outside [{low}, {high}]");
        Assert.Equal(0, c.ShareAtMost(0));
        Assert.Equal(500, c.Gaps.Length);
        Assert.True(c.Gaps.SequenceEqual(c.Gaps.Order()), "gaps are not sorted");
    }

    [Fact]
    public void Resampling_is_with_replacement_a_sentence_is_missed_about_a_third_of_the_time()
    {
        // The systems differ on one sentence of 50: a resample leaves it out with probability (1 − 1/50)^50 ≈ 0.364,
        // and then the gap is 0.
        var refs = Sentences(50);
        var b = (string[])refs.Clone();
        b[17] = "nothing alike here at all";
        var c = BleuBootstrap.Compare(refs, b, refs, samples: 2000, seed: 5);
        Assert.InRange(c.ShareAtMost(0), 0.32, 0.41);
        Assert.Equal(c.Gaps, BleuBootstrap.Compare(refs, b, refs, samples: 2000, seed: 5).Gaps);
        Assert.NotEqual(c.Gaps, BleuBootstrap.Compare(refs, b, refs, samples: 2000, seed: 6).Gaps);
    }

    [Fact]
    public void Mismatched_or_empty_inputs_and_no_resamples_are_refused()
    {
        var refs = Sentences(3);
        Assert.Throws<ArgumentException>(() => BleuBootstrap.Compare(refs, refs[..2], refs));
        Assert.Throws<ArgumentException>(() => BleuBootstrap.Compare(refs[..2], refs[..2], refs));
        Assert.Throws<ArgumentException>(() => BleuBootstrap.Compare([], [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => BleuBootstrap.Compare(refs, refs, refs, samples: 0));
    }
}
