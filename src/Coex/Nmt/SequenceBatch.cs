namespace Coex.Nmt;

/// <summary>
/// A padded batch of sentence pairs for teacher forcing: source [B, S] (each ends with &lt;/s&gt;), decoder input [B, T]
/// (&lt;s&gt; + target) and decoder output [B, T] (target + &lt;/s&gt;), row-major, padded with <see cref="BpeTokenizer.Pad"/>.
/// </summary>
public sealed class SequenceBatch
{
    public SequenceBatch(IReadOnlyList<(int[] Source, int[] Target)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
            throw new ArgumentException("A batch needs at least one sentence pair.", nameof(pairs));
        Size = pairs.Count;
        SourceLength = pairs.Max(p => p.Source.Length) + 1;
        TargetLength = pairs.Max(p => p.Target.Length) + 1;
        Source = new int[Size * SourceLength];
        DecoderInput = new int[Size * TargetLength];
        DecoderOutput = new int[Size * TargetLength];
        SourceLengths = new int[Size];
        TargetLengths = new int[Size];
        for (int b = 0; b < Size; b++)
        {
            var (src, tgt) = pairs[b];
            src.CopyTo(Source, b * SourceLength);
            Source[b * SourceLength + src.Length] = BpeTokenizer.Eos;
            SourceLengths[b] = src.Length + 1;
            DecoderInput[b * TargetLength] = BpeTokenizer.Bos;
            tgt.CopyTo(DecoderInput, b * TargetLength + 1);
            tgt.CopyTo(DecoderOutput, b * TargetLength);
            DecoderOutput[b * TargetLength + tgt.Length] = BpeTokenizer.Eos;
            TargetLengths[b] = tgt.Length + 1;
        }
        var valid = new List<int>();
        for (int b = 0; b < Size; b++)
            for (int t = 0; t < TargetLengths[b]; t++)
                valid.Add(b * TargetLength + t);
        ValidTargetRows = [.. valid];
        Labels = ValidTargetRows.Select(i => DecoderOutput[i]).ToArray();
    }

    public int Size { get; }
    public int SourceLength { get; }
    public int TargetLength { get; }
    public int[] Source { get; }
    public int[] SourceLengths { get; }
    public int[] DecoderInput { get; }
    public int[] DecoderOutput { get; }
    public int[] TargetLengths { get; }
    /// <summary>Row indices b·T + t of the decoder positions that carry a label (not padding).</summary>
    public int[] ValidTargetRows { get; }
    /// <summary>The label of each valid row.</summary>
    public int[] Labels { get; }
}
