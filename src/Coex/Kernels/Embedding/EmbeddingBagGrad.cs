using System.Runtime.Intrinsics;
using Coex.Kernels.Elementwise;

namespace Coex.Kernels.Embedding;

/// <summary>
/// Backward of <see cref="EmbeddingBag"/> over a float32 table [rows, dim], for training. Ids and offsets (one table,
/// B + 1 offsets) must already have passed <see cref="EmbeddingBag.Validate"/> (the forward call checks them).
/// </summary>
/// <remarks>
/// With <c>s_b</c> = 1 (Sum) or 1/|bag b| (Mean): <c>dTable[id_k] += s_b·w_k·dOut[b]</c> and
/// <c>dw_k = s_b·⟨table[id_k], dOut[b]⟩</c>. The table gradient is a dense [rows, dim] buffer; rows nobody looked up
/// stay zero. Single-threaded: two bags may hit the same row.
/// </remarks>
public static class EmbeddingBagGrad
{
    /// <summary><c>tableGrad[ids[k]·dim ..] += s_b·w_k·outputGrad[b·dim ..]</c> for every lookup k of every bag b.</summary>
    public static void TableGrad(ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets, ReadOnlySpan<float> perSampleWeights, EmbeddingPooling pooling,
        ReadOnlySpan<float> outputGrad, int dim, Span<float> tableGrad)
    {
        int batch = offsets.Length - 1;
        if (outputGrad.Length != (long)batch * dim || tableGrad.Length % dim != 0)
            throw new ArgumentException($"EmbeddingBag gradient: {batch} bags of {dim} need {batch * dim} output gradients (got {outputGrad.Length}) and a [rows, {dim}] table gradient (got {tableGrad.Length}).");
        for (int b = 0; b < batch; b++)
        {
            int start = offsets[b], end = offsets[b + 1];
            float s = pooling == EmbeddingPooling.Mean && end > start ? 1f / (end - start) : 1f;
            var dOut = outputGrad.Slice(b * dim, dim);
            for (int k = start; k < end; k++)
                Axpy(s * (perSampleWeights.IsEmpty ? 1f : perSampleWeights[k]), dOut, tableGrad.Slice(indices[k] * dim, dim));
        }
    }

    /// <summary><c>weightGrad[k] += s_b·⟨table[ids[k]], outputGrad[b]⟩</c>.</summary>
    public static void WeightGrad(ReadOnlySpan<float> table, int dim, ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets, EmbeddingPooling pooling,
        ReadOnlySpan<float> outputGrad, Span<float> weightGrad)
    {
        int batch = offsets.Length - 1;
        if (weightGrad.Length != indices.Length || outputGrad.Length != (long)batch * dim)
            throw new ArgumentException($"EmbeddingBag weight gradient: need {indices.Length} weights (got {weightGrad.Length}) and {batch * dim} output gradients (got {outputGrad.Length}).");
        for (int b = 0; b < batch; b++)
        {
            int start = offsets[b], end = offsets[b + 1];
            float s = pooling == EmbeddingPooling.Mean && end > start ? 1f / (end - start) : 1f;
            var dOut = outputGrad.Slice(b * dim, dim);
            for (int k = start; k < end; k++)
                weightGrad[k] += s * DotProduct.Dot(table.Slice(indices[k] * dim, dim), dOut);
        }
    }

    /// <summary><c>y[i] += a·x[i]</c>.</summary>
    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(a);
            for (; i <= x.Length - 8; i += 8)
                Vector256.FusedMultiplyAdd(Vector256.Create(x.Slice(i, 8)), va, Vector256.Create(y.Slice(i, 8))).CopyTo(y.Slice(i, 8));
        }
        for (; i < x.Length; i++)
            y[i] = MathF.FusedMultiplyAdd(a, x[i], y[i]);
    }

}
