using Coex.Graphs.Passes;
using Coex.Kernels.Embedding;
using Coex.Tensors;

namespace Coex.Runtime.Operators;

/// <summary>
/// The kernel of <c>coex.EmbeddingBag(weight, indices, offsets)</c>, the node <see cref="EmbeddingBagFusion"/> puts in
/// place of PyTorch's embedding-bag Loop: <c>y[b] = reduce(weight[indices[offsets[b] .. offsets[b+1]]])</c>, the last
/// bag ending at the end of <c>indices</c>; reduce is a sum or (mode 'mean') an average, an empty bag giving zeros.
/// Runs on <see cref="EmbeddingBag"/>, viewing the weight tensor in place as an fp32 <see cref="EmbeddingTable"/>.
/// </summary>
/// <remarks>
/// weight is fp32 [rows, dim]; indices and offsets are int32 or int64 vectors, offsets in PyTorch's form (one start
/// per bag, the first 0, no end entry). Every offset and every index is checked by the kernel before anything is read:
/// a bad one is an error naming the table and position, never a read outside the table.
/// </remarks>
internal static unsafe class EmbeddingBagOps
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
        var pooling = mode == "mean" ? EmbeddingPooling.Mean : EmbeddingPooling.Sum;
        return (ctx, i, o) => o[0] = Run(ctx, i[0]!, i[1]!, i[2]!, pooling, table);
    };

    private static Tensor Run(RunContext ctx, Tensor weight, Tensor indices, Tensor offsets, EmbeddingPooling pooling, string table)
    {
        if (weight.DType != DType.F32 || weight.Rank != 2 || weight.Shape[0] == 0)
            throw new ArgumentException($"Embedding table '{table}' must be a non-empty float32 matrix, got {weight}.");
        if (indices.Rank != 1 || offsets.Rank != 1)
            throw new ArgumentException($"Embedding bag over '{table}': indices and offsets must be vectors, got {indices} and {offsets}.");
        // The kernel takes the end of the last bag as a last offset, and one id width for both.
        long[] ids = TensorHelpers.Longs(indices);
        long[] starts = TensorHelpers.Longs(offsets);
        var bounds = new long[starts.Length + 1];
        starts.CopyTo(bounds, 0);
        bounds[^1] = ids.Length;
        int rows = weight.Shape[0], dim = weight.Shape[1], batch = starts.Length;
        var y = ctx.Allocate(DType.F32, batch, dim);
        if (batch == 0)
            return y;
        var options = new EmbeddingBagOptions { Threads = ctx.Threads };
        fixed (float* data = weight.AsSpan<float>())
        {
            var view = EmbeddingTable.View(table, (byte*)data, rows, dim, EmbeddingPrecision.F32);
            EmbeddingBag.Forward(view, ids, bounds, [], pooling, y.AsSpan<float>(), options);
        }
        return y;
    }
}
