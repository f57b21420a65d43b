using Coex.Kernels.Gemm;
using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// Quantized operators. Integer products run on <see cref="GemmU8S8"/> when activations are u8 and weights are s8
/// with zero point 0 (constant weights are packed once at load); any other combination of u8/s8 and zero points
/// runs an exact int32 reference loop. Requantization rounds half to even and saturates, as ONNX specifies.
/// </summary>
internal static class QuantizedOps
{
    private static readonly DType[] Bytes = [DType.U8, DType.I8];

    public static void Register(RegisterOperator add)
    {
        int last = OperatorRegistry.LatestOpset;
        add("QuantizeLinear", 10, last, c =>
        {
            long axis = c.Opset >= 13 ? c.Int("axis", 1) : 1;
            if (c.InputType(2) is { } zt && Array.IndexOf(Bytes, zt) < 0)
                throw c.Unsupported($"zero point of type {zt} (Coex quantizes to uint8 and int8)");
            return (ctx, i, o) => o[0] = Quantize(ctx, i[0]!, i[1]!, i.Length > 2 ? i[2] : null, axis);
        });
        add("DequantizeLinear", 10, last, c =>
        {
            long axis = c.Opset >= 13 ? c.Int("axis", 1) : 1;
            c.RequireType(0, DType.U8, DType.I8, DType.I32);
            return (ctx, i, o) => o[0] = Dequantize(ctx, i[0]!, i[1]!, i.Length > 2 ? i[2] : null, axis);
        });
        add("DynamicQuantizeLinear", 11, last, c => { c.RequireType(0, DType.F32); return DynamicQuantize; });
        add("MatMulInteger", 10, last, c =>
        {
            c.RequireType(0, Bytes);
            c.RequireType(1, Bytes);
            var fast = PackIfFast(c.Constant(1), c.InputType(0), c.Constant(3), !c.HasInput(3));
            return (ctx, i, o) =>
            {
                var a = i[0]!;
                var b = i[1]!;
                var acc = MatMulInt(ctx, a, ZeroPoints(i, 2, 1), b, ZeroPoints(i, 3, b.Shape[^1]), fast, out var shape);
                o[0] = Tensor.FromSpan<int>(acc, shape);
            };
        });
        add("QLinearMatMul", 10, last, c =>
        {
            c.RequireType(0, Bytes);
            c.RequireType(3, Bytes);
            var fast = PackIfFast(c.Constant(3), c.InputType(0), c.Constant(5), false);
            return (ctx, i, o) =>
            {
                var (a, b) = (i[0]!, i[3]!);
                int n = b.Shape[^1];
                var multipliers = Multipliers(i[1]!, i[4]!, i[6]!, n);
                var zb = ZeroPoints(i, 5, n);
                if (fast is not null && a.DType == DType.U8 && zb.All(z => z == 0) && multipliers.All(v => float.IsFinite(v) && v > 0))
                {
                    // The fused path: int32 sums are requantized and stored by the GEMM's output pipeline, row by row.
                    o[0] = FusedQLinearMatMul(ctx, a, (byte)ZeroPoints(i, 2, 1)[0], fast, multipliers, i[7]!);
                    return;
                }
                var acc = MatMulInt(ctx, a, ZeroPoints(i, 2, 1), b, zb, fast, out var shape);
                o[0] = Requantize(ctx, acc, shape, multipliers, i[7]!, n);
            };
        });
        add("ConvInteger", 10, last, c =>
        {
            c.RequireType(0, Bytes);
            c.RequireType(1, Bytes);
            var conv = ConvSpec.Of(c);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                var w = i[1]!;
                var acc = conv.Run(ctx, x, ZeroPoints(i, 2, 1)[0], w, ZeroPoints(i, 3, w.Shape[0]), null, out var shape);
                o[0] = Tensor.FromSpan<int>(acc, shape);
            };
        });
        add("QLinearConv", 10, last, c =>
        {
            c.RequireType(0, Bytes);
            c.RequireType(3, Bytes);
            var conv = ConvSpec.Of(c);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                var w = i[3]!;
                int oc = w.Shape[0];
                var bias = i.Length > 8 && i[8] is { } bt ? bt.AsSpan<int>().ToArray() : null;
                var acc = conv.Run(ctx, x, ZeroPoints(i, 2, 1)[0], w, ZeroPoints(i, 5, oc), bias, out var shape);
                // Output channels are dimension 1: requantize per channel by regrouping [N, OC, pixels].
                var mult = Multipliers(i[1]!, i[4]!, i[6]!, oc);
                int pixels = Count(shape.AsSpan(2));
                var y = ctx.Allocate(i[7]!.DType, shape);
                int zp = (int)GetLong(i[7]!, 0);
                for (int k = 0; k < acc.Length; k++)
                    SetLong(y, k, Saturate(acc[k], mult[k / pixels % oc], zp, y.DType));
                o[0] = y;
            };
        });
    }

    /// <summary>Zero points of input <paramref name="index"/> widened to <paramref name="n"/> entries (0 when omitted).</summary>
    private static int[] ZeroPoints(Tensor?[] inputs, int index, int n)
    {
        if (index >= inputs.Length || inputs[index] is not { } z)
            return new int[n];
        if (z.Length == 1)
            return Enumerable.Repeat((int)GetLong(z, 0), n).ToArray();
        if (z.Length != n)
            throw new ArgumentException($"Zero point {z} has {z.Length} entries; expected 1 or {n}.");
        return [.. Enumerable.Range(0, n).Select(k => (int)GetLong(z, k))];
    }

    /// <summary>Packs constant s8 weights with zero point 0 for the u8×s8 GEMM when the activations are u8.</summary>
    private static PackedS8Weights? PackIfFast(Tensor? b, DType? aType, Tensor? bZero, bool bZeroOmitted)
    {
        if (b is not { DType: DType.I8, Rank: 2 } || aType != DType.U8)
            return null;
        bool zeroIsZero = bZeroOmitted || (bZero is not null && Enumerable.Range(0, (int)bZero.Length).All(k => GetLong(bZero, k) == 0));
        return zeroIsZero ? GemmU8S8.Pack(b.AsSpan<sbyte>(), b.Shape[0], b.Shape[1]) : null;
    }

    /// <summary>
    /// int32 <c>Σ_k (a[.., i, k] − za)·(b[.., k, j] − zb[j])</c> with numpy matmul batching; on the u8×s8 GEMM when it applies.
    /// </summary>
    private static int[] MatMulInt(RunContext ctx, Tensor a, int[] za, Tensor b, int[] zb, PackedS8Weights? packed, out int[] shape)
    {
        if (a.Rank < 2 || b.Rank < 2)
            throw new ArgumentException($"Integer matmul needs rank ≥ 2 inputs, got {a} and {b}.");
        int m = a.Shape[^2], k = a.Shape[^1], n = b.Shape[^1];
        if (b.Shape[^2] != k)
            throw new ArgumentException($"Integer matmul: A {a} has {k} columns but B {b} has {b.Shape[^2]} rows.");
        var batch = Kernels.Elementwise.ElementwiseKernels.BroadcastShape(a.Shape[..^2], b.Shape[..^2]);
        shape = [.. batch, m, n];
        var acc = new int[Count(shape)];
        bool u8s8 = a.DType == DType.U8 && b.DType == DType.I8 && zb.All(z => z == 0);
        if (u8s8 && b.Rank == 2)
        {
            var pb = packed ?? GemmU8S8.Pack(b.AsSpan<sbyte>(), k, n);
            GemmU8S8.MultiplyS32(a.AsSpan<byte>(), (byte)za[0], pb, acc, (int)(a.Length / k), ctx.Threads);
            return acc;
        }
        var aOff = BroadcastOffsets(a.Shape[..^2], batch);
        var bOff = BroadcastOffsets(b.Shape[..^2], batch);
        for (int t = 0; t < aOff.Length; t++)
            IntGemm(a, aOff[t] * m * k, za[0], b, bOff[t] * k * n, zb, acc.AsSpan(t * m * n, m * n), m, n, k);
        return acc;
    }

    /// <summary>Reference int32 GEMM over u8/s8 storage: exact, any zero points (per column for B).</summary>
    private static void IntGemm(Tensor a, int aStart, int za, Tensor b, int bStart, int[] zb, Span<int> c, int m, int n, int k)
    {
        var av = Widen(a, aStart, m * k);
        var bv = Widen(b, bStart, k * n);
        var row = new int[n];
        for (int i = 0; i < m; i++)
        {
            Array.Clear(row);
            for (int p = 0; p < k; p++)
            {
                int x = av[i * k + p] - za;
                if (x == 0) continue;
                for (int j = 0; j < n; j++)
                    row[j] += x * (bv[p * n + j] - zb[j]);
            }
            row.CopyTo(c.Slice(i * n, n));
        }
    }

    private static int[] Widen(Tensor t, int start, int count)
    {
        var r = new int[count];
        if (t.DType == DType.U8)
        {
            var s = t.AsSpan<byte>().Slice(start, count);
            for (int i = 0; i < count; i++) r[i] = s[i];
        }
        else
        {
            var s = t.AsSpan<sbyte>().Slice(start, count);
            for (int i = 0; i < count; i++) r[i] = s[i];
        }
        return r;
    }

    /// <summary>QLinearMatMul of u8 A (any rank, rows flattened) by packed s8 B through <c>Requantize → U8Store/I8Store</c>.</summary>
    private static Tensor FusedQLinearMatMul(RunContext ctx, Tensor a, byte aZero, PackedS8Weights b, float[] multipliers, Tensor yZero)
    {
        int k = b.K, n = b.N, m = (int)(a.Length / k);
        if (a.Shape[^1] != k)
            throw new ArgumentException($"QLinearMatMul: A {a} has {a.Shape[^1]} columns but B has {k} rows.");
        int[] shape = [.. a.Shape[..^1], n];
        int zp = (int)GetLong(yZero, 0);
        var y = ctx.Allocate(yZero.DType, shape);
        if (yZero.DType == DType.U8)
        {
            var store = new byte[m * n];
            var pipeline = new Requantize<NoActivation, U8Store>(multipliers, zp, new U8Store(store));
            GemmU8S8.Multiply(a.AsSpan<byte>(), aZero, b, ref pipeline, m, ctx.Threads);
            store.CopyTo(y.AsSpan<byte>());
        }
        else
        {
            var store = new sbyte[m * n];
            var pipeline = new Requantize<NoActivation, I8Store>(multipliers, zp, new I8Store(store));
            GemmU8S8.Multiply(a.AsSpan<byte>(), aZero, b, ref pipeline, m, ctx.Threads);
            store.CopyTo(y.AsSpan<sbyte>());
        }
        return y;
    }

    /// <summary>Per-column real multipliers <c>a_scale·b_scale[j] / y_scale</c>, computed in float32 as the ONNX reference does.</summary>
    private static float[] Multipliers(Tensor aScale, Tensor bScale, Tensor yScale, int n)
    {
        float sa = Scalar(aScale), sy = Scalar(yScale);
        var sb = bScale.AsSpan<float>();
        if (sb.Length != 1 && sb.Length != n)
            throw new ArgumentException($"Weight scale {bScale} has {sb.Length} entries; expected 1 or {n}.");
        var m = new float[n];
        for (int j = 0; j < n; j++)
            m[j] = sa * sb[sb.Length == 1 ? 0 : j] / sy;
        return m;
    }

    private static long Saturate(int acc, float multiplier, int zeroPoint, DType type)
    {
        double v = Math.Round(acc * (double)multiplier, MidpointRounding.ToEven) + zeroPoint;
        return (long)(type == DType.U8 ? Math.Clamp(v, 0, 255) : Math.Clamp(v, -128, 127));
    }

    private static Tensor Requantize(RunContext ctx, int[] acc, int[] shape, float[] multipliers, Tensor yZero, int n)
    {
        var y = ctx.Allocate(yZero.DType, shape);
        int zp = (int)GetLong(yZero, 0);
        for (int k = 0; k < acc.Length; k++)
            SetLong(y, k, Saturate(acc[k], multipliers[k % n], zp, y.DType));
        return y;
    }

    /// <summary>Per-element index into the scale/zero point of per-axis quantization (0 for per-tensor).</summary>
    private static Func<int, int> AxisIndex(Tensor x, Tensor scale, long axisAttr)
    {
        if (scale.Length == 1)
            return _ => 0;
        int axis = Axis(axisAttr, x.Rank);
        if (scale.Rank != 1 || scale.Length != x.Shape[axis])
            throw new ArgumentException($"Per-axis scale {scale} must have one entry per element of axis {axis} of {x}.");
        int inner = Count(x.Shape[(axis + 1)..]), dim = x.Shape[axis];
        return k => k / inner % dim;
    }

    private static Tensor Quantize(RunContext ctx, Tensor x, Tensor scale, Tensor? zero, long axis)
    {
        var type = zero?.DType ?? DType.U8;
        var y = ctx.Allocate(type, ShapeOf(x));
        var at = AxisIndex(x, scale, axis);
        var s = scale.AsSpan<float>();
        var xs = ToF32(ctx, x).AsSpan<float>();
        int lo = type == DType.U8 ? 0 : -128, hi = type == DType.U8 ? 255 : 127;
        for (int k = 0; k < xs.Length; k++)
        {
            int c = at(k);
            float q = MathF.Round(xs[k] / s[c], MidpointRounding.ToEven) + (zero is null ? 0 : GetLong(zero, zero.Length == 1 ? 0 : c));
            SetLong(y, k, (long)Math.Clamp(q, lo, hi));
        }
        return y;
    }

    private static Tensor Dequantize(RunContext ctx, Tensor x, Tensor scale, Tensor? zero, long axis)
    {
        var y = ctx.Allocate(DType.F32, ShapeOf(x));
        var at = AxisIndex(x, scale, axis);
        var s = scale.AsSpan<float>();
        var ys = y.AsSpan<float>();
        for (int k = 0; k < ys.Length; k++)
        {
            int c = at(k);
            long z = zero is null ? 0 : GetLong(zero, zero.Length == 1 ? 0 : c);
            ys[k] = (GetLong(x, k) - z) * s[c];
        }
        return y;
    }

    private static void DynamicQuantize(RunContext ctx, Tensor?[] i, Tensor?[] o)
    {
        var x = i[0]!;
        var xs = x.AsSpan<float>();
        float min = 0, max = 0;
        foreach (float v in xs)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        // The range always includes 0 so that 0 is exactly representable.
        float scale = (max - min) / 255f;
        byte zp = scale == 0 ? (byte)0 : (byte)Math.Clamp(MathF.Round(0 - min / scale, MidpointRounding.ToEven), 0, 255);
        var y = ctx.Allocate(DType.U8, ShapeOf(x));
        var ys = y.AsSpan<byte>();
        for (int k = 0; k < xs.Length; k++)
            ys[k] = scale == 0 ? zp : (byte)Math.Clamp(MathF.Round(xs[k] / scale, MidpointRounding.ToEven) + zp, 0, 255);
        o[0] = y;
        o[1] = Tensor.FromSpan<float>([scale]);
        o[2] = Tensor.FromSpan<byte>([zp]);
    }

    /// <summary>Integer 2-D convolution (1-D as height 1) as im2col + integer GEMM, padding with the input zero point.</summary>
    private sealed record ConvSpec(long[]? Strides, long[]? Dilations, long[]? Pads, string AutoPad, int Groups)
    {
        /// <summary>The weights the group matrices were built from: constant weights are regrouped and packed once, on first use.</summary>
        private Tensor? _weightsSeen;
        private int[]? _zeroSeen;
        private (Tensor B, PackedS8Weights? Packed)[]? _groups;

        public static ConvSpec Of(BuildContext c)
        {
            if (c.InputRank(0) is { } r && r is not (3 or 4))
                throw c.Unsupported($"{r - 2}-D integer convolution (Coex runs 1-D and 2-D)");
            if (c.String("auto_pad", "NOTSET") is not ("NOTSET" or "VALID"))
                throw c.Unsupported("auto_pad SAME_* on integer convolutions");
            return new(c.Ints("strides"), c.Ints("dilations"), c.Ints("pads"), c.String("auto_pad", "NOTSET"), (int)c.Int("group", 1));
        }

        public int[] Run(RunContext ctx, Tensor x, int xZero, Tensor w, int[] wZero, int[]? bias, out int[] shape)
        {
            int spatial = x.Rank - 2;
            int n = x.Shape[0], ci = x.Shape[1], h = spatial == 1 ? 1 : x.Shape[2], wd = x.Shape[^1];
            int oc = w.Shape[0], kh = spatial == 1 ? 1 : w.Shape[2], kw = w.Shape[^1];
            int S(long[]? a, int k, int dflt) => a is null ? dflt : (int)a[spatial == 1 ? 0 : k];
            int sh = spatial == 1 ? 1 : S(Strides, 0, 1), sw = S(Strides, 1, 1), dh = spatial == 1 ? 1 : S(Dilations, 0, 1), dw = S(Dilations, 1, 1);
            int pt = 0, pl = 0, pb = 0, pr = 0;
            if (Pads is { } p && AutoPad == "NOTSET")
            {
                if (spatial == 1) { pl = (int)p[0]; pr = (int)p[1]; }
                else { pt = (int)p[0]; pl = (int)p[1]; pb = (int)p[2]; pr = (int)p[3]; }
            }
            int oh = (h + pt + pb - dh * (kh - 1) - 1) / sh + 1, ow = (wd + pl + pr - dw * (kw - 1) - 1) / sw + 1;
            int icg = ci / Groups, ocg = oc / Groups, k = icg * kh * kw, pixels = oh * ow;
            shape = spatial == 1 ? [n, oc, ow] : [n, oc, oh, ow];
            var acc = new int[n * oc * pixels];
            var xb = x.Bytes;
            var patches = Tensor.Zeros(x.DType, pixels, k);
            var pbytes = patches.Bytes;
            if (!ReferenceEquals(_weightsSeen, w) || _groups is null || !wZero.SequenceEqual(_zeroSeen!))
            {
                _groups = new (Tensor, PackedS8Weights?)[Groups];
                for (int g = 0; g < Groups; g++)
                {
                    // B[k, j] = W[g·ocg + j, k]: the group's filters as GEMM columns.
                    var groupB = Tensor.Zeros(w.DType, k, ocg);
                    for (int j = 0; j < ocg; j++)
                        for (int q = 0; q < k; q++)
                            groupB.Bytes[q * ocg + j] = w.Bytes[(g * ocg + j) * k + q];
                    bool fast = x.DType == DType.U8 && w.DType == DType.I8 && wZero.AsSpan(g * ocg, ocg).IndexOfAnyExcept(0) < 0;
                    _groups[g] = (groupB, fast ? GemmU8S8.Pack(groupB.AsSpan<sbyte>(), k, ocg) : null);
                }
                _weightsSeen = w;
                _zeroSeen = wZero;
            }
            for (int g = 0; g < Groups; g++)
            {
                var (b, packedB) = _groups[g];
                var zb = wZero.AsSpan(g * ocg, ocg).ToArray();
                for (int img = 0; img < n; img++)
                {
                    for (int py = 0; py < oh; py++)
                        for (int px = 0; px < ow; px++)
                        {
                            int at = (py * ow + px) * k;
                            for (int c = 0; c < icg; c++)
                                for (int ky = 0; ky < kh; ky++)
                                    for (int kx = 0; kx < kw; kx++, at++)
                                    {
                                        int iy = py * sh - pt + ky * dh, ix = px * sw - pl + kx * dw;
                                        // Padding holds the zero point, so it adds nothing after the zero-point subtraction.
                                        pbytes[at] = (uint)iy < (uint)h && (uint)ix < (uint)wd
                                            ? xb[((img * ci + g * icg + c) * h + iy) * wd + ix]
                                            : (byte)xZero;
                                    }
                        }
                    var r = MatMulInt(ctx, patches, [xZero], b, zb, packedB, out _);
                    for (int j = 0; j < ocg; j++)
                    {
                        int ch = g * ocg + j, baseOut = (img * oc + ch) * pixels;
                        int add = bias is null ? 0 : bias[ch];
                        for (int q = 0; q < pixels; q++)
                            acc[baseOut + q] = r[q * ocg + j] + add;
                    }
                }
            }
            return acc;
        }
    }
}
