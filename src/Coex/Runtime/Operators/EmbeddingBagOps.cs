using Coex.Graphs.Passes;
using Coex.Tensors;

namespace Coex.Runtime.Operators;

/// <summary>
/// The kernel of <c>coex.EmbeddingBag(weight, indices, offsets)</c>, the node <see cref="EmbeddingBagFusion"/> puts in
/// place of PyTorch's embedding-bag Loop: <c>y[b] = reduce(weight[indices[offsets[b] .. offsets[b+1]]])</c>, the last
/// bag ending at the end of <c>indices</c>; reduce is a sum or (mode 'mean') an average, an empty bag giving zeros.
/// </summary>
/// <remarks>
/// weight is fp32 [rows, dim]; indices and offsets are int32 or int64 vectors. Every offset and every index is checked
/// before anything is read: a bad one is an error naming its position, never a read outside the table.
/// </remarks>
internal static class EmbeddingBagOps
{
    public static OperatorFactory Factory => c =>
    {
        string mode = c.String("mode", "sum");
        if (mode is not ("sum" or "mean"))
            throw c.Unsupported($"mode '{mode}' (Coex's embedding bag pools by 'sum' or 'mean')");
        if (c.InputCount != 3 || !c.HasInput(0) || !c.HasInput(1) || !c.HasInput(2))
            throw c.Unsupported("expected inputs (weight, indices, offsets)");
        c.RequireType(0, DType.F32);
        c.RequireType(1, DType.I32, DType.I64);
        c.RequireType(2, DType.I32, DType.I64);
        string table = c.Node.Inputs[0]!.Name;
        bool mean = mode == "mean";
        return (ctx, i, o) => o[0] = Run(ctx, i[0]!, i[1]!, i[2]!, mean, table);
    };

    private static Tensor Run(RunContext ctx, Tensor weight, Tensor indices, Tensor offsets, bool mean, string table)
    {
        if (weight.DType != DType.F32 || weight.Rank != 2)
            throw new ArgumentException($"Embedding table '{table}' must be a float32 matrix, got {weight}.");
        if (indices.Rank != 1 || offsets.Rank != 1)
            throw new ArgumentException($"Embedding bag over '{table}': indices and offsets must be vectors, got {indices} and {offsets}.");
        long[] ids = TensorHelpers.Longs(indices);
        long[] starts = TensorHelpers.Longs(offsets);
        int rows = weight.Shape[0], dim = weight.Shape[1], batch = starts.Length;
        for (int b = 0; b < batch; b++)
        {
            long end = b + 1 < batch ? starts[b + 1] : ids.Length;
            if (starts[b] < 0 || starts[b] > end || end > ids.Length)
                throw new ArgumentOutOfRangeException(nameof(offsets), $"Embedding bag over '{table}': bag {b} spans [{starts[b]}, {end}) but offsets must be non-decreasing within the {ids.Length} indices.");
        }
        for (int k = 0; k < ids.Length; k++)
        {
            if ((ulong)ids[k] >= (ulong)rows)
                throw new ArgumentOutOfRangeException(nameof(indices), $"Embedding bag over '{table}': index {ids[k]} at position {k} is outside the table's {rows} rows.");
        }
        var y = ctx.Allocate(DType.F32, batch, dim);
        ReadOnlySpan<float> w = weight.AsSpan<float>();
        Span<float> output = y.AsSpan<float>();
        for (int b = 0; b < batch; b++)
        {
            long start = starts[b], end = b + 1 < batch ? starts[b + 1] : ids.Length;
            var bag = output.Slice(b * dim, dim);
            for (long k = start; k < end; k++)
            {
                var row = w.Slice((int)ids[k] * dim, dim);
                for (int d = 0; d < dim; d++)
                    bag[d] += row[d];
            }
            if (mean && end > start)
            {
                float scale = 1f / (end - start);
                for (int d = 0; d < dim; d++)
                    bag[d] *= scale;
            }
        }
        return y;
    }
}
