using Coex.Graphs.Passes;

namespace Coex.Runtime.Operators;

/// <summary>
/// Kernels of the Coex-domain ops <see cref="ActivationFusion"/> and <see cref="ResidualFusion"/> create (the
/// default-domain Conv or Gemm kernel with the activation's clamp, and a FusedConv's fourth input, the residual, handed
/// to it, so they are applied to each output tile while it is in cache: no extra pass), and of those
/// <see cref="TransformerFusion"/> creates (MatMul with its bias in the GEMM epilogue; GELU in one pass).
/// </summary>
internal static class FusedOps
{
    public static IEnumerable<(string OpType, OperatorFactory Factory)> Entries()
    {
        yield return ("FusedConv", c => Fused(c, NnOps.Conv));
        yield return ("FusedGemm", c => Fused(c, NnOps.Gemm));
        yield return (InvertedResidualFusion.OpType, InvertedResidualOps.Create);
        yield return (TransformerFusion.MatMulBias, NnOps.MatMulBias);
        yield return (AttentionFusion.OpType, MultiHeadAttention);
        yield return (TransformerFusion.Gelu, c =>
        {
            c.RequireType(0, Tensors.DType.F32);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                var y = ctx.AllocateUninitialized(Tensors.DType.F32, TensorHelpers.ShapeOf(x));
                Kernels.Elementwise.ElementwiseKernels.Unary<Kernels.Elementwise.GeluOperator>(x.AsSpan<float>(), y.AsSpan<float>(), ctx.Threads);
                o[0] = y;
            };
        });
    }

    /// <summary>
    /// coex.MultiHeadAttention (<see cref="AttentionFusion"/>): q [B, Tq, H, dk], k [B, Tk, H, dk], v [B, Tk, H, dv] → [B, Tq, H, dv];
    /// or, from PyTorch's layout, q [Tq, N, dk], k [Tk, N, dk], v [Tk, N, dv] → [Tq, N, dv] (batch 1 with N heads).
    /// </summary>
    private static Kernel MultiHeadAttention(BuildContext c)
    {
        for (int input = 0; input < 3; input++)
            c.RequireType(input, Tensors.DType.F32);
        float scale = c.Float("scale", 1f);
        if (!float.IsFinite(scale))
            throw c.Unsupported($"the scale {scale} is not finite");
        return (ctx, i, o) =>
        {
            Tensors.Tensor q = i[0]!, k = i[1]!, v = i[2]!;
            if (q.Rank == 3 && k.Rank == 3 && v.Rank == 3 && k.Shape[1] == q.Shape[1] && v.Shape[1] == q.Shape[1] && k.Shape[2] == q.Shape[2] && v.Shape[0] == k.Shape[0])
            {
                var tokenMajor = new Kernels.Attention.AttentionShape(1, q.Shape[0], k.Shape[0], q.Shape[1], q.Shape[2], v.Shape[2]);
                var z = ctx.AllocateUninitialized(Tensors.DType.F32, [q.Shape[0], q.Shape[1], v.Shape[2]]);
                Kernels.Attention.MultiHeadAttention.Run(q.AsSpan<float>(), k.AsSpan<float>(), v.AsSpan<float>(), z.AsSpan<float>(), tokenMajor, scale, ctx.Threads);
                o[0] = z;
                return;
            }
            if (q.Rank != 4 || k.Rank != 4 || v.Rank != 4 || k.Shape[0] != q.Shape[0] || v.Shape[0] != q.Shape[0] || k.Shape[2] != q.Shape[2]
                || v.Shape[2] != q.Shape[2] || k.Shape[3] != q.Shape[3] || v.Shape[1] != k.Shape[1])
                throw new ArgumentException($"MultiHeadAttention needs q [B, Tq, H, dk], k [B, Tk, H, dk] and v [B, Tk, H, dv], or q [Tq, N, dk], " +
                    $"k [Tk, N, dk] and v [Tk, N, dv]; got {q}, {k} and {v}.");
            var shape = new Kernels.Attention.AttentionShape(q.Shape[0], q.Shape[1], k.Shape[1], q.Shape[2], q.Shape[3], v.Shape[3]);
            var y = ctx.AllocateUninitialized(Tensors.DType.F32, [q.Shape[0], q.Shape[1], q.Shape[2], v.Shape[3]]);
            Kernels.Attention.MultiHeadAttention.Run(q.AsSpan<float>(), k.AsSpan<float>(), v.AsSpan<float>(), y.AsSpan<float>(), shape, scale, ctx.Threads);
            o[0] = y;
        };
    }

    private static Kernel Fused(BuildContext c, Func<BuildContext, float, float, Kernel> inner)
    {
        long opset = c.Int("onnx_opset", 0);
        if (opset <= 0)
            throw c.Unsupported("the fused node has no positive 'onnx_opset' attribute");
        string activation = c.String("activation", "");
        // No activation: a Conv fused with its residual Add only (ResidualFusion).
        if (activation is not ("Relu" or "Clip" or ""))
            throw c.Unsupported($"unknown fused activation '{activation}' (Coex fuses Relu and Clip)");
        float min = c.Float("activation_min", float.NegativeInfinity);
        float max = c.Float("activation_max", float.PositiveInfinity);
        return inner(c.WithOpset(opset), min, max);
    }
}
