namespace Coex.Nmt;

/// <summary>
/// Sequence-level knowledge distillation (Kim and Rush, 2016): a trained teacher translates the training sources and a
/// student is trained on those translations instead of the references. The teacher's outputs are more regular than the
/// references (one consistent choice where the data varies), which a smaller student fits more easily.
/// </summary>
public static class SequenceDistillation
{
    /// <summary>The teacher's greedy translation of every source (token ids), paired with that source.</summary>
    /// <param name="progress">Called with the number of sources done.</param>
    /// <exception cref="ArgumentException">A source id is outside the teacher's vocabulary or a source is too long for it.</exception>
    public static List<(int[] Source, int[] Target)> Targets(Seq2SeqModel teacher, IReadOnlyList<int[]> sources, int threads = 1, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(sources);
        var result = new List<(int[] Source, int[] Target)>(sources.Count);
        foreach (var source in sources)
        {
            result.Add((source, Decoding.Greedy(teacher, source, threads)));
            progress?.Invoke(result.Count);
        }
        return result;
    }
}
