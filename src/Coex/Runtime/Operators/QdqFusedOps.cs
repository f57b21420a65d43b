using Coex.Kernels.Conv;
using Coex.Kernels.Gemm;
using Coex.Kernels.Quantize;
using Coex.Tensors;

namespace Coex.Runtime.Operators;

/// <summary>
/// Kernels of the Coex-domain int8 layers <see cref="Graphs.Passes.QdqFusion"/> creates from QDQ patterns:
/// <c>coex.QConv</c> and <c>coex.QGemm</c>, float in and float out, computing exactly what the QDQ pattern computes
/// (quantize the input, integer products of the s8 weights, dequantize, add the float bias, clamp) on the u8×s8 GEMM.
/// </summary>
/// <remarks>
/// Inputs: x (F32), x_scale and x_zero_point (scalar F32 / U8; both omitted: dynamic, the range is measured per run as
/// DynamicQuantizeLinear does), w (constant s8, zero point 0), w_scale (constant F32, scalar or one per output channel),
/// B (optional constant F32 bias). Attributes: <c>activation_min</c>/<c>activation_max</c> (the fused Relu/Clip);
/// QConv: <c>strides</c>, <c>pads</c>, <c>dilations</c> (2-D, groups 1); QGemm: <c>transB</c> (w is [N, K]).
/// QGemm flattens all leading axes of x into rows (MatMul semantics for a 2-D weight).
/// </remarks>
internal static class QdqFusedOps
{
    public static IEnumerable<(string OpType, OperatorFactory Factory)> Entries()
    {
        yield return ("QConv", QConv);
        yield return ("QGemm", QGemm);
    }

    private sealed record Common(float? XScale, int XZero, float[] WScales, float[]? Bias, float Lower, float Upper)
    {
        public static Common Of(BuildContext c, int n)
        {
            c.RequireType(0, DType.F32);
            float? xs = null;
            int xz = 0;
            if (c.HasInput(1))
            {
                if (c.Constant(1) is not { DType: DType.F32, Length: 1 } st || c.Constant(2) is not { DType: DType.U8, Length: 1 } zt)
                    throw c.Unsupported("x_scale and x_zero_point must be constant scalars (F32 and U8)");
                xs = st.AsSpan<float>()[0];
                xz = zt.AsSpan<byte>()[0];
                if (!float.IsFinite(xs.Value) || xs <= 0)
                    throw c.Unsupported($"x_scale {xs} is not finite and positive");
            }
            if (c.Constant(4) is not { DType: DType.F32 } ws || (ws.Length != 1 && ws.Length != n))
                throw c.Unsupported($"w_scale must be a constant F32 scalar or {n} values");
            var scales = ws.Length == 1 ? Enumerable.Repeat(ws.AsSpan<float>()[0], n).ToArray() : ws.AsSpan<float>().ToArray();
            float[]? bias = null;
            if (c.HasInput(5))
            {
                if (c.Constant(5) is not { DType: DType.F32 } bt || bt.Length != n)
                    throw c.Unsupported($"the bias must be a constant F32 vector of {n} values");
                bias = bt.AsSpan<float>().ToArray();
            }
            return new Common(xs, xz, scales, bias, c.Float("activation_min", float.NegativeInfinity), c.Float("activation_max", float.PositiveInfinity));
        }

        /// <summary>The input's (scale, zero point) for this run, and the per-channel dequantization scales x_scale·w_scale[n].</summary>
        public (float Scale, int Zero, float[] ChannelScales) Resolve(Tensor x)
        {
            var (s, z) = XScale is { } fixedScale ? (fixedScale, XZero) : MeasureRange(x);
            var channel = new float[WScales.Length];
            for (int j = 0; j < channel.Length; j++)
                channel[j] = s * WScales[j];
            return (s, z, channel);
        }

        private static (float, int) MeasureRange(Tensor x)
        {
            var (s, z) = QuantizeKernels.DynamicParams(x.AsSpan<float>());
            return (s, z);
        }
    }

    private static Kernel QConv(BuildContext c)
    {
        if (c.Constant(3) is not { DType: DType.I8, Rank: 4 } w)
            throw c.Unsupported("QConv needs constant 4-D s8 weights");
        if (c.Int("group", 1) != 1)
            throw c.Unsupported("QConv runs groups = 1");
        int oc = w.Shape[0], ic = w.Shape[1], kh = w.Shape[2], kw = w.Shape[3];
        var common = Common.Of(c, oc);
        long[] strides = c.Ints("strides") ?? [1, 1], dilations = c.Ints("dilations") ?? [1, 1], pads = c.Ints("pads") ?? [0, 0, 0, 0];
        if (strides.Length != 2 || dilations.Length != 2 || pads.Length != 4)
            throw c.Unsupported("QConv needs 2-D strides, dilations and pads");
        var packed = Int8Conv2D.PackWeights(w.AsSpan<sbyte>(), oc, ic, kh, kw);
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            if (x.Rank != 4 || x.Shape[1] != ic)
                throw new ArgumentException($"QConv expects NCHW input with {ic} channels, got {x}.");
            var g = new Conv2DGeometry
            {
                Batch = x.Shape[0], InChannels = ic, Height = x.Shape[2], Width = x.Shape[3], OutChannels = oc, KernelH = kh, KernelW = kw,
                StrideH = (int)strides[0], StrideW = (int)strides[1], DilationH = (int)dilations[0], DilationW = (int)dilations[1],
                PadTop = (int)pads[0], PadLeft = (int)pads[1], PadBottom = (int)pads[2], PadRight = (int)pads[3],
            };
            g.Validate();
            var (scale, zero, channel) = common.Resolve(x);
            var y = ctx.Allocate(DType.F32, g.Batch, oc, g.OutHeight, g.OutWidth);
            Int8Conv2D.Forward(x.AsSpan<float>(), g, scale, zero, packed, channel, common.Bias ?? [], common.Lower, common.Upper, y.AsSpan<float>(), ctx.Threads);
            o[0] = y;
        };
    }

    private static unsafe Kernel QGemm(BuildContext c)
    {
        if (c.Constant(3) is not { DType: DType.I8, Rank: 2 } w)
            throw c.Unsupported("QGemm needs constant 2-D s8 weights");
        bool transB = c.Int("transB", 0) != 0;
        int k = transB ? w.Shape[1] : w.Shape[0], n = transB ? w.Shape[0] : w.Shape[1];
        var common = Common.Of(c, n);
        var ws = w.AsSpan<sbyte>();
        var b = new sbyte[(long)k * n];
        for (int r = 0; r < k; r++)
            for (int j = 0; j < n; j++)
                b[r * n + j] = transB ? ws[j * k + r] : ws[r * n + j];
        var packed = GemmU8S8.Pack(b, k, n);
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            if (x.Rank < 1 || x.Shape[^1] != k)
                throw new ArgumentException($"QGemm expects input rows of {k} values, got {x}.");
            int m = (int)(x.Length / k);
            var (scale, zero, channel) = common.Resolve(x);
            var xq = new byte[x.Length];
            QuantizeKernels.QuantizeU8(x.AsSpan<float>(), scale, zero, xq);
            int[] shape = [.. x.Shape[..^1], n];
            var y = ctx.Allocate(DType.F32, shape);
            fixed (float* py = y.AsSpan<float>())
            {
                var stage = new DequantizeRows(py, y.Length, channel, common.Bias ?? [], common.Lower, common.Upper);
                GemmU8S8.Multiply(xq, (byte)zero, packed, ref stage, m, ctx.Threads);
            }
            o[0] = y;
        };
    }
}
