using Coex.Kernels.Embedding;

namespace Coex.Training;

public sealed partial class Tape
{
    /// <summary>
    /// EmbeddingBag over a float32 <paramref name="table"/> [rows, dim]: bag b of <paramref name="offsets"/> (B + 1
    /// entries, starting at 0 and ending at the id count) pools <c>Σ w_k·table[ids[k]]</c> (divided by the bag length for
    /// Mean) into output row b; output [B, dim]. <paramref name="perSampleWeights"/> ([ids]) is optional and trainable.
    /// </summary>
    /// <remarks>
    /// Ids and offsets are checked on entry (<see cref="EmbeddingIndexException"/>) and copied, so the caller may reuse
    /// its buffers. Backward: <c>dTable[id_k] += s_b·w_k·dOut[b]</c>, <c>dw_k = s_b·⟨table[id_k], dOut[b]⟩</c>
    /// (<see cref="EmbeddingBagGrad"/>), s_b = 1 or 1/|bag b|; the table gradient is dense.
    /// </remarks>
    public Variable EmbeddingBag(Variable table, ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets,
        EmbeddingPooling pooling = EmbeddingPooling.Sum, Variable? perSampleWeights = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Shape.Length != 2)
            throw new ArgumentException($"EmbeddingBag needs a table [rows, dim]; got {ShapeText(table.Shape)}.", nameof(table));
        if (perSampleWeights is not null && (perSampleWeights.Shape.Length != 1 || perSampleWeights.Length != indices.Length))
            throw new ArgumentException($"Per-sample weights must be [{indices.Length}]; got {ShapeText(perSampleWeights.Shape)}.", nameof(perSampleWeights));
        int dim = table.Shape[1];
        int batch = Math.Max(0, offsets.Length - 1);
        var y = NewLike([batch, dim]);
        string name = table is Parameter p ? p.Name : "table";
        Coex.Kernels.Embedding.EmbeddingBag.ForwardF32(table.Data, dim, indices, offsets, perSampleWeights is null ? [] : perSampleWeights.Data,
            pooling, y.AsSpan<float>(), new EmbeddingBagOptions { Threads = Threads }, name);
        var output = Output(y, table, perSampleWeights);
        if (output.RequiresGrad)
        {
            var ids = indices.ToArray();
            var offs = offsets.ToArray();
            Record(output, () =>
            {
                if (table.RequiresGrad)
                    EmbeddingBagGrad.TableGrad(ids, offs, perSampleWeights is null ? [] : perSampleWeights.Data, pooling, output.GradData, dim, table.GradData);
                if (perSampleWeights is { RequiresGrad: true })
                    EmbeddingBagGrad.WeightGrad(table.Data, dim, ids, offs, pooling, output.GradData, perSampleWeights.GradData);
            });
        }
        return output;
    }
}
