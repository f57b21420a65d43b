using Coex.Nmt;

namespace Coex.Tests.Nmt;

/// <summary>The committed apertium corpora (data/nmt and data/nmt-wordnet, made by scripts/make-nmt-corpus).</summary>
public class CorpusTests
{
    private static string CorpusDirectory(string name = "nmt")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", name);
            if (File.Exists(Path.Combine(candidate, "train.en")))
                return candidate;
        }
        throw new DirectoryNotFoundException($"data/{name} not found above the test binaries.");
    }

    [Fact]
    public void The_wordnet_corpus_extends_the_fortunes_corpus_split_by_split()
    {
        // Splits go by a hash of the English sentence, so adding the WordNet examples keeps every fortunes pair in its split.
        var splits = new[] { "train", "dev", "test" };
        var large = splits.ToDictionary(s => s, s => ParallelText.Load(CorpusDirectory("nmt-wordnet"), s));
        foreach (var split in splits)
        {
            var small = ParallelText.Load(CorpusDirectory(), split);
            var targets = large[split].Source.Zip(large[split].Target).ToDictionary(p => p.First, p => p.Second);
            Assert.All(small.Source, s => Assert.True(targets.ContainsKey(s), $"'{s}' left the {split} split"));
            // apertium reads the file as one stream, so a line's neighbours (which change with the added sentences)
            // can change its translation: 18 of the 9,905 pairs differ.
            int changed = small.Source.Zip(small.Target).Count(p => targets[p.First] != p.Second);
            Assert.True(changed * 100 < small.Count, $"{split}: {changed} of {small.Count} translations differ");
            Assert.True(large[split].Count > 4 * small.Count, $"{split}: {large[split].Count} pairs against {small.Count}");
        }
        Assert.Empty(large["train"].Source.Intersect(large["test"].Source));
        Assert.Empty(large["train"].Source.Intersect(large["dev"].Source));
        Assert.All(splits.SelectMany(s => large[s].Target), t => Assert.False(string.IsNullOrWhiteSpace(t)));
    }

    [Fact]
    public void Splits_are_aligned_disjoint_and_round_trip_through_bpe()
    {
        string dir = CorpusDirectory();
        var train = ParallelText.Load(dir, "train");
        var dev = ParallelText.Load(dir, "dev");
        var test = ParallelText.Load(dir, "test");
        Assert.True(train.Count > 5000 && dev.Count > 200 && test.Count > 200, $"{train.Count}/{dev.Count}/{test.Count} pairs");
        Assert.Empty(train.Source.Intersect(test.Source));
        Assert.Empty(train.Source.Intersect(dev.Source));
        Assert.All(train.Target, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        var bpe = BpeTokenizer.Train(train.Source.Concat(train.Target), 1000);
        int roundTrips = 0;
        foreach (var line in dev.Source.Concat(dev.Target))
        {
            var ids = bpe.Encode(line);
            if (!ids.Contains(BpeTokenizer.Unk))
            {
                Assert.Equal(line, bpe.Decode(ids));
                roundTrips++;
            }
        }
        Assert.True(roundTrips > dev.Count * 19 / 10, $"only {roundTrips} of {2 * dev.Count} dev lines free of unknown characters");
    }

    [Fact]
    public void Missing_or_misaligned_files_are_reported()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"coex-corpus-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            Assert.Throws<FileNotFoundException>(() => ParallelText.Load(dir, "train"));
            File.WriteAllLines(Path.Combine(dir, "train.en"), ["a", "b"]);
            File.WriteAllLines(Path.Combine(dir, "train.es"), ["a"]);
            Assert.Throws<InvalidDataException>(() => ParallelText.Load(dir, "train"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
