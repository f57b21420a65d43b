namespace Coex.Nmt;

/// <summary>Greedy and beam-search decoding over any <see cref="Seq2SeqModel"/>.</summary>
public static class Decoding
{
    /// <summary>Output length limit: twice the source plus ten tokens, within the model's positional range.</summary>
    public static int MaxOutputLength(Seq2SeqModel model, int sourceLength) => Math.Min(model.Config.MaxLength - 1, 2 * sourceLength + 10);

    /// <summary>The arg-max token at each step until &lt;/s&gt; (not included in the result).</summary>
    public static int[] Greedy(Seq2SeqModel model, int[] source, int threads = 1, int? maxLength = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var state = model.Begin(source, 1, threads);
        int limit = maxLength ?? MaxOutputLength(model, source.Length), vocab = model.Config.VocabSize;
        var result = new List<int>();
        int last = BpeTokenizer.Bos;
        while (result.Count < limit)
        {
            var logProbs = model.Step(state, [last]);
            last = ArgMax(logProbs.AsSpan(0, vocab));
            if (last == BpeTokenizer.Eos)
                break;
            result.Add(last);
        }
        return [.. result];
    }

    /// <summary>
    /// Beam search with <paramref name="beamSize"/> hypotheses; finished hypotheses are ranked by log-probability divided by
    /// length^<paramref name="lengthPenalty"/> (GNMT-style normalization without the constant).
    /// </summary>
    public static int[] Beam(Seq2SeqModel model, int[] source, int beamSize, float lengthPenalty = 0.6f, int threads = 1, int? maxLength = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beamSize);
        int limit = maxLength ?? MaxOutputLength(model, source.Length), vocab = model.Config.VocabSize;
        var state = model.Begin(source, beamSize, threads);
        var hyps = new List<int>[beamSize];
        var scores = new double[beamSize];
        for (int b = 0; b < beamSize; b++)
        {
            hyps[b] = [];
            scores[b] = b == 0 ? 0 : double.NegativeInfinity; // all beams start identical: keep one alive
        }
        var finished = new List<(int[] Tokens, double Score)>();
        var last = Enumerable.Repeat(BpeTokenizer.Bos, beamSize).ToArray();
        for (int step = 0; step < limit && finished.Count < beamSize; step++)
        {
            var logProbs = model.Step(state, last);
            var candidates = new List<(double Score, int Beam, int Token)>();
            for (int b = 0; b < beamSize; b++)
            {
                if (double.IsNegativeInfinity(scores[b]))
                    continue;
                var row = logProbs.AsSpan(b * vocab, vocab);
                foreach (int t in TopK(row, beamSize + 1))
                    candidates.Add((scores[b] + row[t], b, t));
            }
            candidates.Sort((x, y) => y.Score.CompareTo(x.Score) is var c && c != 0 ? c : (x.Beam, x.Token).CompareTo((y.Beam, y.Token)));
            var parents = new int[beamSize];
            var next = new List<(int Beam, int Token, double Score)>();
            foreach (var (score, beam, token) in candidates)
            {
                if (next.Count == beamSize)
                    break;
                if (token == BpeTokenizer.Eos)
                    finished.Add(([.. hyps[beam]], score / Math.Pow(Math.Max(1, hyps[beam].Count + 1), lengthPenalty)));
                else
                    next.Add((beam, token, score));
            }
            if (next.Count == 0)
                break;
            var newHyps = new List<int>[beamSize];
            for (int b = 0; b < beamSize; b++)
            {
                var (beam, token, score) = b < next.Count ? next[b] : (next[0].Beam, next[0].Token, double.NegativeInfinity);
                parents[b] = beam;
                newHyps[b] = [.. hyps[beam], token];
                scores[b] = score;
                last[b] = token;
            }
            hyps = newHyps;
            state.Reorder(parents);
        }
        if (finished.Count == 0)
            for (int b = 0; b < beamSize; b++)
                if (!double.IsNegativeInfinity(scores[b]))
                    finished.Add(([.. hyps[b]], scores[b] / Math.Pow(Math.Max(1, hyps[b].Count), lengthPenalty)));
        return finished.OrderByDescending(f => f.Score).First().Tokens;
    }

    private static int ArgMax(ReadOnlySpan<float> x)
    {
        int best = 0;
        for (int i = 1; i < x.Length; i++)
            if (x[i] > x[best]) best = i;
        return best;
    }

    private static IEnumerable<int> TopK(ReadOnlySpan<float> x, int k)
    {
        var idx = new List<int>();
        for (int i = 0; i < x.Length; i++)
        {
            if (idx.Count == k && x[i] <= x[idx[^1]])
                continue;
            int at = idx.Count;
            while (at > 0 && x[idx[at - 1]] < x[i]) at--;
            idx.Insert(at, i);
            if (idx.Count > k) idx.RemoveAt(k);
        }
        return idx;
    }
}
