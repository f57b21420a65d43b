using Coex.Nmt;

namespace Coex.Tests.Nmt;

/// <summary>The committed apertium corpus (data/nmt, made by scripts/make-nmt-corpus).</summary>
public class CorpusTests
{
    private static string CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "nmt");
            if (File.Exists(Path.Combine(candidate, "train.en")))
                return candidate;
        }
        throw new DirectoryNotFoundException("data/nmt not found above the test binaries.");
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
