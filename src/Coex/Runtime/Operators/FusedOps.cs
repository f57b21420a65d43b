using Coex.Kernels.Elementwise;
using Coex.Graphs.Passes;
using Coex.Tensors;

namespace Coex.Runtime.Operators;

/// <summary>
/// Kernels of the Coex-domain ops <see cref="ActivationFusion"/> creates: the default-domain Conv or Gemm kernel,
/// then a clamp of its freshly allocated output in place, so the activation costs no extra buffer.
/// </summary>
internal static class FusedOps
{
    public static IEnumerable<(string OpType, OperatorFactory Factory)> Entries()
    {
        yield return ("FusedConv", c => Fused(c, NnOps.ConvFactory));
        yield return ("FusedGemm", c => Fused(c, NnOps.GemmFactory));
    }

    private static Kernel Fused(BuildContext c, OperatorFactory inner)
    {
        long opset = c.Int("onnx_opset", 0);
        if (opset <= 0)
            throw c.Unsupported("the fused node has no positive 'onnx_opset' attribute");
        string activation = c.String("activation", "");
        if (activation is not ("Relu" or "Clip"))
            throw c.Unsupported($"unknown fused activation '{activation}' (Coex fuses Relu and Clip)");
        float min = c.Float("activation_min", float.NegativeInfinity);
        float max = c.Float("activation_max", float.PositiveInfinity);
        var kernel = inner(c.WithOpset(opset));
        return (ctx, i, o) =>
        {
            kernel(ctx, i, o);
            var y = o[0]!.AsSpan<float>();
            AffineKernels.Clamp(y, min, max, y);
        };
    }
}
