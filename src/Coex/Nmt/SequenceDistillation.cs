namespace Coex.Nmt;

/// <summary>
/// Sequence-level knowledge distillation (Kim and Rush, 2016): a trained teacher translates the training sources and a
/// student is trained on those translations instead of the references. The teacher's outputs are more regular than the
/// references (one consistent choice where the data varies), which a smaller student fits more easily.
/// </summary>
public static class SequenceDistillation
{
    /// <summary>The teacher's translation of every source (token ids), paired with that source.</summary>
    /// <param name="beam">1: greedy; more: beam search of that width (Kim and Rush's choice; better, slower targets).</param>
    /// <param name="progress">Called with the number of sources done.</param>
    /// <exception cref="ArgumentException">A source id is outside the teacher's vocabulary or a source is too long for it.</exception>
    public static List<(int[] Source, int[] Target)> Targets(Seq2SeqModel teacher, IReadOnlyList<int[]> sources, int threads = 1, Action<int>? progress = null, int beam = 1)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beam);
        var result = new List<(int[] Source, int[] Target)>(sources.Count);
        foreach (var source in sources)
        {
            result.Add((source, beam == 1 ? Decoding.Greedy(teacher, source, threads) : Decoding.Beam(teacher, source, beam, threads: threads)));
            progress?.Invoke(result.Count);
        }
        return result;
    }
}
