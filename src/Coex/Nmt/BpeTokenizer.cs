using System.Text;

namespace Coex.Nmt;

/// <summary>
/// Byte-pair-encoding subword tokenizer (Sennrich et al.), one vocabulary for source and target. Deterministic: training
/// breaks count ties by ordinal order of the pair, so the same text always gives the same merges.
/// </summary>
/// <remarks>
/// Pre-tokenization cuts text into runs of letters/digits and single other characters; a piece that follows whitespace (or
/// starts the text) begins with '▁' (U+2581), so decoding is concatenation with '▁' turned back into a space. Ids 0–3 are
/// <c>&lt;pad&gt; &lt;s&gt; &lt;/s&gt; &lt;unk&gt;</c>; characters never seen in training encode as &lt;unk&gt;.
/// </remarks>
public sealed class BpeTokenizer
{
    public const int Pad = 0, Bos = 1, Eos = 2, Unk = 3;
    public const char WordStart = '▁';
    private static readonly string[] Specials = ["<pad>", "<s>", "</s>", "<unk>"];
    private const string FileHeader = "#coex-bpe v1";

    private readonly List<string> _tokens;
    private readonly Dictionary<string, int> _ids;
    private readonly List<(string Left, string Right)> _merges;
    private readonly Dictionary<(string, string), int> _rank;
    private readonly Dictionary<string, int[]> _cache = [];

    private BpeTokenizer(List<string> tokens, List<(string, string)> merges)
    {
        _tokens = tokens;
        _merges = merges;
        _ids = [];
        for (int i = 0; i < tokens.Count; i++)
            if (!_ids.TryAdd(tokens[i], i))
                throw new InvalidDataException($"BPE vocabulary lists token '{tokens[i]}' twice.");
        _rank = [];
        for (int i = 0; i < merges.Count; i++)
        {
            var (l, r) = merges[i];
            if (!_ids.ContainsKey(l) || !_ids.ContainsKey(r) || !_ids.ContainsKey(l + r))
                throw new InvalidDataException($"BPE merge {i} ('{l}' + '{r}') uses a token outside the vocabulary.");
            _rank.TryAdd((l, r), i);
        }
    }

    /// <summary>Number of token ids, specials included.</summary>
    public int VocabSize => _tokens.Count;

    public IReadOnlyList<(string Left, string Right)> Merges => _merges;

    public string Token(int id) => _tokens[id];

    /// <summary>Learns merges from <paramref name="lines"/> until the vocabulary holds <paramref name="vocabSize"/> tokens or no pair occurs twice.</summary>
    public static BpeTokenizer Train(IEnumerable<string> lines, int vocabSize)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
            foreach (var piece in PreTokenize(line))
                wordCounts[piece] = wordCounts.GetValueOrDefault(piece) + 1;
        var alphabet = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var w in wordCounts.Keys)
            foreach (var ch in w)
                alphabet.Add(ch.ToString());
        var tokens = new List<string>(Specials);
        tokens.AddRange(alphabet);
        if (vocabSize < tokens.Count)
            throw new ArgumentOutOfRangeException(nameof(vocabSize), vocabSize, $"The specials and the {alphabet.Count} characters of the text already need {tokens.Count} tokens.");
        var words = wordCounts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (Symbols: p.Key.Select(c => c.ToString()).ToList(), Count: p.Value)).ToList();
        var pairCounts = new Dictionary<(string, string), long>();
        foreach (var (symbols, count) in words)
            for (int i = 0; i + 1 < symbols.Count; i++)
                Bump(pairCounts, (symbols[i], symbols[i + 1]), count);
        var merges = new List<(string, string)>();
        while (tokens.Count < vocabSize)
        {
            (string, string) best = default;
            long bestCount = 1;
            foreach (var (pair, count) in pairCounts)
                if (count > bestCount || (count == bestCount && bestCount > 1 && Compare(pair, best) < 0))
                    (best, bestCount) = (pair, count);
            if (bestCount < 2)
                break;
            string merged = best.Item1 + best.Item2;
            merges.Add(best);
            tokens.Add(merged);
            foreach (var (symbols, count) in words)
                for (int i = 0; i + 1 < symbols.Count; i++)
                {
                    if (symbols[i] != best.Item1 || symbols[i + 1] != best.Item2)
                        continue;
                    if (i > 0) { Bump(pairCounts, (symbols[i - 1], symbols[i]), -count); Bump(pairCounts, (symbols[i - 1], merged), count); }
                    if (i + 2 < symbols.Count) { Bump(pairCounts, (symbols[i + 1], symbols[i + 2]), -count); Bump(pairCounts, (merged, symbols[i + 2]), count); }
                    Bump(pairCounts, best, -count);
                    symbols[i] = merged;
                    symbols.RemoveAt(i + 1);
                }
        }
        return new BpeTokenizer(tokens, merges);
    }

    private static void Bump(Dictionary<(string, string), long> counts, (string, string) pair, long delta)
    {
        long next = counts.GetValueOrDefault(pair) + delta;
        if (next == 0) counts.Remove(pair); else counts[pair] = next;
    }

    private static int Compare((string, string) a, (string, string) b)
    {
        int c = string.CompareOrdinal(a.Item1, b.Item1);
        return c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2);
    }

    /// <summary>The pre-tokenized pieces of <paramref name="text"/> ('▁' marks a piece that follows whitespace).</summary>
    public static IEnumerable<string> PreTokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool space = true;
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { space = true; i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(text[i]))
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            else
                i++;
            yield return (space ? WordStart.ToString() : "") + text[start..i];
            space = false;
        }
    }

    /// <summary>Token ids of <paramref name="text"/> (no &lt;s&gt; or &lt;/s&gt; added).</summary>
    public int[] Encode(string text)
    {
        var ids = new List<int>();
        foreach (var piece in PreTokenize(text))
        {
            if (!_cache.TryGetValue(piece, out var pieceIds))
                _cache[piece] = pieceIds = EncodePiece(piece);
            ids.AddRange(pieceIds);
        }
        return [.. ids];
    }

    private int[] EncodePiece(string piece)
    {
        var symbols = piece.Select(c => c.ToString()).ToList();
        while (symbols.Count > 1)
        {
            int bestAt = -1, bestRank = int.MaxValue;
            for (int i = 0; i + 1 < symbols.Count; i++)
                if (_rank.TryGetValue((symbols[i], symbols[i + 1]), out int r) && r < bestRank)
                    (bestAt, bestRank) = (i, r);
            if (bestAt < 0)
                break;
            symbols[bestAt] += symbols[bestAt + 1];
            symbols.RemoveAt(bestAt + 1);
        }
        return symbols.Select(s => _ids.GetValueOrDefault(s, Unk)).ToArray();
    }

    /// <summary>Text of <paramref name="ids"/>: special tokens dropped, '▁' back to spaces, ends trimmed.</summary>
    public string Decode(IEnumerable<int> ids)
    {
        var sb = new StringBuilder();
        foreach (int id in ids)
        {
            if ((uint)id >= (uint)_tokens.Count)
                throw new ArgumentOutOfRangeException(nameof(ids), id, $"Token id outside [0, {_tokens.Count}).");
            if (id >= Specials.Length)
                sb.Append(_tokens[id]);
        }
        return sb.Replace(WordStart, ' ').ToString().Trim();
    }

    /// <summary>Writes the vocabulary and merges as UTF-8 text.</summary>
    public void Save(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write($"{FileHeader}\ntokens {_tokens.Count}\n");
        foreach (var t in _tokens) w.Write($"{t}\n");
        w.Write($"merges {_merges.Count}\n");
        foreach (var (l, r) in _merges) w.Write($"{l}\t{r}\n");
    }

    /// <summary>Reads a file written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a Coex BPE file or is inconsistent; the message says where.</exception>
    public static BpeTokenizer Load(string path)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        int at = 0;
        string Next() => at < lines.Length ? lines[at++] : throw new InvalidDataException($"BPE file '{path}' ends early at line {at + 1}.");
        if (Next() != FileHeader)
            throw new InvalidDataException($"'{path}' is not a Coex BPE file (first line must be '{FileHeader}').");
        int Count(string word)
        {
            var parts = Next().Split(' ');
            if (parts.Length != 2 || parts[0] != word || !int.TryParse(parts[1], out int n) || n < 0)
                throw new InvalidDataException($"BPE file '{path}' line {at}: expected '{word} <count>'.");
            return n;
        }
        int tokenCount = Count("tokens");
        var tokens = new List<string>();
        for (int i = 0; i < tokenCount; i++) tokens.Add(Next());
        if (tokens.Count < Specials.Length || !tokens.Take(Specials.Length).SequenceEqual(Specials))
            throw new InvalidDataException($"BPE file '{path}' must start its vocabulary with {string.Join(" ", Specials)}.");
        int mergeCount = Count("merges");
        var merges = new List<(string, string)>();
        for (int i = 0; i < mergeCount; i++)
        {
            var parts = Next().Split('\t');
            if (parts.Length != 2)
                throw new InvalidDataException($"BPE file '{path}' line {at}: a merge is two tokens separated by a tab.");
            merges.Add((parts[0], parts[1]));
        }
        return new BpeTokenizer(tokens, merges);
    }
}
