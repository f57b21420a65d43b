using Coex.Nmt;

namespace Coex.Tests.Nmt;

public class BpeTokenizerTests
{
    private static readonly string[] Text =
    [
        "The cat is on the table.", "El gato está en la mesa.", "The cats are on the tables!", "Los gatos están en las mesas.",
        "Never trust a computer you can't throw out a window.", "Nunca confíes en un ordenador.",
    ];

    [Fact]
    public void Decode_inverts_encode_and_merges_shorten_the_text()
    {
        var bpe = BpeTokenizer.Train(Text, 80);
        foreach (var line in Text)
        {
            var ids = bpe.Encode(line);
            Assert.Equal(line, bpe.Decode(ids));
            Assert.True(ids.Length < line.Length, $"'{line}' took {ids.Length} tokens for {line.Length} characters");
        }
        Assert.True(bpe.VocabSize <= 80);
        Assert.Equal("the", bpe.Decode(bpe.Encode("  the ")));
    }

    [Fact]
    public void Training_is_deterministic_and_save_load_round_trips()
    {
        var a = BpeTokenizer.Train(Text, 70);
        var b = BpeTokenizer.Train(Text.Reverse(), 70);
        Assert.Equal(a.Merges, b.Merges);
        var path = Path.Combine(Path.GetTempPath(), $"coex-bpe-{Guid.NewGuid():N}.txt");
        try
        {
            a.Save(path);
            var c = BpeTokenizer.Load(path);
            Assert.Equal(a.VocabSize, c.VocabSize);
            foreach (var line in Text)
                Assert.Equal(a.Encode(line), c.Encode(line));
            File.WriteAllText(path, "not a tokenizer\n");
            Assert.Throws<InvalidDataException>(() => BpeTokenizer.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unseen_characters_become_unk_and_a_too_small_vocabulary_is_refused()
    {
        var bpe = BpeTokenizer.Train(Text, 60);
        Assert.Contains(BpeTokenizer.Unk, bpe.Encode("The zebra"));
        Assert.Throws<ArgumentOutOfRangeException>(() => BpeTokenizer.Train(Text, 10));
    }

    [Fact]
    public void Pre_tokenizer_marks_word_starts_and_splits_punctuation()
    {
        Assert.Equal(["▁Hello", ",", "▁world", "!", "▁¿", "Qué", "?"], BpeTokenizer.PreTokenize("Hello, world! ¿Qué?"));
    }
}
