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
            Clamp(o[0]!.AsSpan<float>(), min, max);
        };
    }

    /// <summary>x = min(max(x, lo), hi) in place; NaN stays NaN, as Relu and Clip leave it.</summary>
    internal static void Clamp(Span<float> x, float lo, float hi)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && x.Length >= System.Numerics.Vector<float>.Count)
        {
            var vlo = new System.Numerics.Vector<float>(lo);
            var vhi = new System.Numerics.Vector<float>(hi);
            var lanes = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(x);
            for (int v = 0; v < lanes.Length; v++)
            {
                var e = lanes[v];
                // Select on the comparisons (false for NaN) rather than Min/Max, whose NaN handling differs by ISA.
                e = System.Numerics.Vector.ConditionalSelect(System.Numerics.Vector.LessThan(e, vlo), vlo, e);
                lanes[v] = System.Numerics.Vector.ConditionalSelect(System.Numerics.Vector.GreaterThan(e, vhi), vhi, e);
            }
            i = lanes.Length * System.Numerics.Vector<float>.Count;
        }
        for (; i < x.Length; i++)
        {
            float e = x[i];
            if (e < lo)
                e = lo;
            else if (e > hi)
                e = hi;
            x[i] = e;
        }
    }
}
