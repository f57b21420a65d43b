namespace Coex.Nmt;

/// <summary>Sentence pairs, aligned by index.</summary>
public sealed record ParallelText(string[] Source, string[] Target)
{
    public int Count => Source.Length;

    /// <summary>Reads <c>{dir}/{split}.{src}</c> and <c>{dir}/{split}.{tgt}</c>, one sentence per line.</summary>
    /// <exception cref="FileNotFoundException">A file is missing (the message names it and the script that makes it).</exception>
    /// <exception cref="InvalidDataException">The two files have different line counts.</exception>
    public static ParallelText Load(string directory, string split, string sourceLanguage = "en", string targetLanguage = "es")
    {
        string a = Path.Combine(directory, $"{split}.{sourceLanguage}"), b = Path.Combine(directory, $"{split}.{targetLanguage}");
        foreach (var f in new[] { a, b })
            if (!File.Exists(f))
                throw new FileNotFoundException($"Corpus file '{f}' not found (scripts/make-nmt-corpus builds data/nmt).", f);
        var src = File.ReadAllLines(a);
        var tgt = File.ReadAllLines(b);
        if (src.Length != tgt.Length)
            throw new InvalidDataException($"'{a}' has {src.Length} lines but '{b}' has {tgt.Length}; the files must be aligned line by line.");
        return new ParallelText(src, tgt);
    }

    /// <summary>Token-id pairs under <paramref name="tokenizer"/>.</summary>
    public List<(int[] Source, int[] Target)> Encode(BpeTokenizer tokenizer) =>
        Source.Zip(Target, (s, t) => (tokenizer.Encode(s), tokenizer.Encode(t))).ToList();

    /// <summary>
    /// A small synthetic task for fast tests: the source is 3–<paramref name="maxLength"/> symbols drawn from the first
    /// <paramref name="symbols"/> letters, the target the same symbols reversed (space separated).
    /// </summary>
    public static ParallelText Reversal(int count, int seed, int symbols = 8, int maxLength = 6)
    {
        if (symbols is < 2 or > 26 || maxLength < 3)
            throw new ArgumentException($"Reversal task needs 2–26 symbols and length ≥ 3; got {symbols} and {maxLength}.");
        var rng = new Random(seed);
        var src = new string[count];
        var tgt = new string[count];
        for (int i = 0; i < count; i++)
        {
            var s = Enumerable.Range(0, rng.Next(3, maxLength + 1)).Select(_ => (char)('a' + rng.Next(symbols))).ToArray();
            src[i] = string.Join(' ', s);
            tgt[i] = string.Join(' ', s.Reverse());
        }
        return new ParallelText(src, tgt);
    }
}
