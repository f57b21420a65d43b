using Coex.Kernels.Elementwise;
using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// Element-wise unary operators: the ones with vector kernels (Relu, Neg, Abs, Sqrt, Exp, Log, Tanh, Sigmoid, Erf) run
/// <see cref="ElementwiseKernels.Unary{TOp}(ReadOnlySpan{float}, Span{float}, int)"/> on float32; the rest apply a scalar function. Clip and Cast live here too.
/// </summary>
internal static class MathOps
{
    private static readonly DType[] Floats = [DType.F32, DType.F16, DType.BF16];
    private static readonly DType[] Signed = [DType.F32, DType.F16, DType.BF16, DType.I8, DType.I32, DType.I64];

    public static void Register(RegisterOperator add)
    {
        int last = OperatorRegistry.LatestOpset;
        add("Relu", 6, last, c => { c.RequireType(0, Signed); return Unary<ReluOperator>(x => x > 0 || double.IsNaN(x) ? x : 0); });
        add("Neg", 6, last, c => { c.RequireType(0, Signed); return Unary<NegateOperator>(x => -x); });
        add("Abs", 6, last, c => { c.RequireType(0, [.. Signed, DType.U8]); return Unary<AbsOperator>(Math.Abs); });
        add("Sqrt", 6, last, c => { c.RequireType(0, Floats); return Unary<SqrtOperator>(Math.Sqrt); });
        add("Exp", 6, last, c => { c.RequireType(0, Floats); return Unary<ExpOperator>(Math.Exp); });
        add("Log", 6, last, c => { c.RequireType(0, Floats); return Unary<LogOperator>(Math.Log); });
        add("Tanh", 6, last, c => { c.RequireType(0, Floats); return Unary<TanhOperator>(Math.Tanh); });
        add("Sigmoid", 6, last, c => { c.RequireType(0, Floats); return Unary<SigmoidOperator>(x => 1 / (1 + Math.Exp(-x))); });

        void Scalar(string name, int first, Func<BuildContext, Func<double, double>> f) =>
            add(name, first, last, c => { c.RequireType(0, Floats); var fn = f(c); return (ctx, i, o) => o[0] = Map(ctx, i[0]!, fn); });
        add("Erf", 9, last, c => { c.RequireType(0, Floats); return Unary<ErfOperator>(Erf); });
        Scalar("Reciprocal", 6, _ => x => 1 / x);
        Scalar("Floor", 6, _ => Math.Floor);
        Scalar("Ceil", 6, _ => Math.Ceiling);
        Scalar("Round", 11, _ => x => Math.Round(x, MidpointRounding.ToEven));
        Scalar("Sin", 7, _ => Math.Sin);
        Scalar("Cos", 7, _ => Math.Cos);
        Scalar("Tan", 7, _ => Math.Tan);
        Scalar("Asin", 7, _ => Math.Asin);
        Scalar("Acos", 7, _ => Math.Acos);
        Scalar("Atan", 7, _ => Math.Atan);
        Scalar("Sinh", 9, _ => Math.Sinh);
        Scalar("Cosh", 9, _ => Math.Cosh);
        Scalar("Asinh", 9, _ => Math.Asinh);
        Scalar("Acosh", 9, _ => Math.Acosh);
        Scalar("Atanh", 9, _ => Math.Atanh);
        Scalar("Softsign", 1, _ => x => x / (1 + Math.Abs(x)));
        Scalar("Softplus", 1, _ => x => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x)));
        Scalar("Sign", 9, _ => x => double.IsNaN(x) ? x : Math.Sign(x));
        add("LeakyRelu", 6, last, c =>
        {
            c.RequireType(0, Floats);
            float alpha = c.Float("alpha", 0.01f);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                if (x.DType != DType.F32)
                {
                    o[0] = Map(ctx, x, v => v < 0 ? alpha * v : v);
                    return;
                }
                var r = ctx.Allocate(DType.F32, ShapeOf(x));
                AffineKernels.LeakyRelu(x.AsSpan<float>(), alpha, r.AsSpan<float>());
                o[0] = r;
            };
        });
        Scalar("Elu", 6, c => { double a = c.Float("alpha", 1f); return x => x < 0 ? a * (Math.Exp(x) - 1) : x; });
        Scalar("Celu", 12, c => { double a = c.Float("alpha", 1f); return x => Math.Max(0, x) + Math.Min(0, a * (Math.Exp(x / a) - 1)); });
        Scalar("Selu", 6, c =>
        {
            double a = c.Float("alpha", 1.67326319217681884765625f), g = c.Float("gamma", 1.05070102214813232421875f);
            return x => x > 0 ? g * x : g * (a * Math.Exp(x) - a);
        });
        Scalar("ThresholdedRelu", 10, c => { double a = c.Float("alpha", 1f); return x => x > a ? x : 0; });
        Scalar("HardSigmoid", 6, c =>
        {
            double a = c.Float("alpha", 0.2f), b = c.Float("beta", 0.5f);
            return x => Math.Max(0, Math.Min(1, a * x + b));
        });
        Scalar("HardSwish", 14, _ => x => x * Math.Max(0, Math.Min(1, x / 6 + 0.5)));
        Scalar("Shrink", 9, c =>
        {
            double l = c.Float("lambd", 0.5f), b = c.Float("bias", 0f);
            return x => x < -l ? x + b : x > l ? x - b : 0;
        });

        add("Not", 1, last, _ => (ctx, i, o) => o[0] = MapTo(ctx, i[0]!, DType.Bool, x => x == 0 ? 1 : 0));
        add("IsNaN", 9, last, _ => (ctx, i, o) => o[0] = MapTo(ctx, i[0]!, DType.Bool, x => double.IsNaN(x) ? 1 : 0));
        add("IsInf", 10, last, c =>
        {
            bool neg = c.Int("detect_negative", 1) != 0, pos = c.Int("detect_positive", 1) != 0;
            return (ctx, i, o) => o[0] = MapTo(ctx, i[0]!, DType.Bool, x => (neg && double.IsNegativeInfinity(x)) || (pos && double.IsPositiveInfinity(x)) ? 1 : 0);
        });

        add("Clip", 6, 10, c =>
        {
            double lo = c.Float("min", float.MinValue), hi = c.Float("max", float.MaxValue);
            return (ctx, i, o) => o[0] = Clip(ctx, i[0]!, lo, hi);
        });
        add("Clip", 11, last, c => (ctx, i, o) =>
        {
            var x = i[0]!;
            // Omitted bounds mean "no bound": the whole range of the element type.
            double lo = i.Length > 1 && i[1] is { } l ? Get(l, 0) : double.NegativeInfinity;
            double hi = i.Length > 2 && i[2] is { } h ? Get(h, 0) : double.PositiveInfinity;
            o[0] = Clip(ctx, x, lo, hi);
        });

        add("Cast", 6, last, c =>
        {
            long code = c.Int("to", -1);
            DType to;
            try
            {
                to = Onnx.OnnxTypes.ToDType((int)code, "Cast's 'to'");
            }
            catch (Onnx.OnnxFormatException e)
            {
                throw c.Unsupported(e.Message);
            }
            if (to == DType.I4)
                throw c.Unsupported("casting to int4 is not supported");
            return (ctx, i, o) => o[0] = Cast(ctx, i[0]!, to);
        });
        foreach (var window in new[] { "HannWindow", "HammingWindow", "BlackmanWindow" })
        {
            add(window, 17, last, c =>
            {
                bool periodic = c.Int("periodic", 1) != 0;
                DType type;
                try
                {
                    type = Onnx.OnnxTypes.ToDType((int)c.Int("output_datatype", 1), $"{window}'s output_datatype");
                }
                catch (Onnx.OnnxFormatException e)
                {
                    throw c.Unsupported(e.Message);
                }
                return (ctx, i, o) =>
                {
                    int n = checked((int)GetLong(i[0]!, 0));
                    var r = ctx.Allocate(type, n);
                    // Periodic windows divide by N (one period of a longer window), symmetric ones by N − 1.
                    double denominator = periodic ? n : n - 1;
                    for (int k = 0; k < n; k++)
                    {
                        double phase = 2 * Math.PI * k / denominator;
                        double v = window switch
                        {
                            "HannWindow" => 0.5 - 0.5 * Math.Cos(phase),
                            "HammingWindow" => 25.0 / 46 - 21.0 / 46 * Math.Cos(phase),
                            _ => 0.42 - 0.5 * Math.Cos(phase) + 0.08 * Math.Cos(2 * phase),
                        };
                        Set(r, k, v);
                    }
                    o[0] = r;
                };
            });
        }
        add("Det", 11, last, c => { c.RequireType(0, DType.F32); return (ctx, i, o) => o[0] = Det(ctx, i[0]!); });
        add("BitShift", 11, last, c =>
        {
            bool left = c.String("direction", "") == "LEFT";
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                var s = i[1]!;
                if (x.DType != DType.U8 || s.DType != DType.U8)
                    throw new ArgumentException($"BitShift runs on unsigned integers; Coex has uint8 only, got {x.DType}.");
                var shape = Kernels.Elementwise.ElementwiseKernels.BroadcastShape(x.Shape, s.Shape);
                var ox = BroadcastOffsets(x.Shape, shape);
                var os = BroadcastOffsets(s.Shape, shape);
                var r = ctx.Allocate(DType.U8, shape);
                var xs = x.AsSpan<byte>().ToArray();
                var ss = s.AsSpan<byte>().ToArray();
                var rs = r.AsSpan<byte>();
                for (int k = 0; k < rs.Length; k++)
                    rs[k] = ss[os[k]] >= 8 ? (byte)0 : (byte)(left ? xs[ox[k]] << ss[os[k]] : xs[ox[k]] >> ss[os[k]]);
                o[0] = r;
            };
        });
        add("CastLike", 15, last, _ => (ctx, i, o) => o[0] = Cast(ctx, i[0]!, i[1]!.DType));
    }

    private static Kernel Unary<TOp>(Func<double, double> scalar) where TOp : struct, IUnaryOperator => (ctx, i, o) =>
    {
        var x = i[0]!;
        if (x.DType != DType.F32)
        {
            o[0] = Map(ctx, x, scalar);
            return;
        }
        var r = ctx.AllocateUninitialized(DType.F32, ShapeOf(x));
        ElementwiseKernels.Unary<TOp>(x.AsSpan<float>(), r.AsSpan<float>(), ctx.Threads);
        o[0] = r;
    };

    /// <summary>Clip: the vector clamp kernel for float32, exact integer/double arithmetic otherwise.</summary>
    private static Tensor Clip(RunContext c, Tensor x, double lo, double hi)
    {
        if (x.DType != DType.F32)
            return Map(c, x, v => double.IsNaN(v) ? v : Math.Min(Math.Max(v, lo), hi));
        var r = c.Allocate(DType.F32, ShapeOf(x));
        AffineKernels.Clamp(x.AsSpan<float>(), (float)lo, (float)hi, r.AsSpan<float>());
        return r;
    }

    /// <summary><c>result[i] = f(x[i])</c> in the input's type: float32 maps in float (rounded once), other types through double.</summary>
    private static Tensor Map(RunContext c, Tensor x, Func<double, double> f) => MapTo(c, x, x.DType, f);

    private static Tensor MapTo(RunContext c, Tensor x, DType type, Func<double, double> f)
    {
        var r = c.Allocate(type, ShapeOf(x));
        if (x.DType == DType.F32 && type == DType.F32)
        {
            var s = x.AsSpan<float>();
            var d = r.AsSpan<float>();
            for (int k = 0; k < s.Length; k++)
                d[k] = (float)f(s[k]);
            return r;
        }
        int n = (int)x.Length;
        for (int k = 0; k < n; k++)
            Set(r, k, f(Get(x, k)));
        return r;
    }

    /// <summary>Determinants of the trailing M×M matrices, by LU decomposition with partial pivoting in double.</summary>
    private static Tensor Det(RunContext c, Tensor x)
    {
        int m = x.Shape[^1];
        if (x.Rank < 2 || x.Shape[^2] != m)
            throw new ArgumentException($"Det needs square trailing matrices, got {x}.");
        var r = c.Allocate(DType.F32, x.Shape[..^2].ToArray());
        var src = x.AsSpan<float>();
        var a = new double[m * m];
        for (int b = 0; b < r.Length; b++)
        {
            for (int k = 0; k < a.Length; k++) a[k] = src[b * m * m + k];
            double det = 1;
            for (int col = 0; col < m; col++)
            {
                int pivot = col;
                for (int row = col + 1; row < m; row++)
                    if (Math.Abs(a[row * m + col]) > Math.Abs(a[pivot * m + col])) pivot = row;
                if (a[pivot * m + col] == 0) { det = 0; break; }
                if (pivot != col)
                {
                    for (int k = 0; k < m; k++) (a[col * m + k], a[pivot * m + k]) = (a[pivot * m + k], a[col * m + k]);
                    det = -det;
                }
                det *= a[col * m + col];
                for (int row = col + 1; row < m; row++)
                {
                    double f = a[row * m + col] / a[col * m + col];
                    for (int k = col; k < m; k++) a[row * m + k] -= f * a[col * m + k];
                }
            }
            r.AsSpan<float>()[b] = (float)det;
        }
        return r;
    }

    /// <summary>Converts between Coex dtypes: float→int truncates toward zero, anything→bool is "≠ 0", float16/bfloat16 round to nearest even.</summary>
    public static Tensor Cast(RunContext c, Tensor x, DType to)
    {
        if (x.DType == to)
            return ElementwiseOps.Copy(c, x);
        if (to is DType.F16 or DType.BF16 && x.DType == DType.F32)
            return FromF32(c, x, to);
        if (x.DType is DType.F16 or DType.BF16 && to == DType.F32)
            return ToF32(c, x);
        var r = c.Allocate(to, ShapeOf(x));
        int n = (int)x.Length;
        if (IsInteger(x.DType) || x.DType == DType.Bool)
        {
            for (int k = 0; k < n; k++)
                SetLong(r, k, GetLong(x, k));
            return r;
        }
        for (int k = 0; k < n; k++)
        {
            double v = Get(x, k);
            if (IsInteger(to))
                SetLong(r, k, double.IsNaN(v) ? 0 : (long)Math.Truncate(v));
            else
                Set(r, k, v);
        }
        return r;
    }

    /// <summary>
    /// The error function, from the complementary error function's Chebyshev-fitted form (Numerical Recipes,
    /// <c>erfcc</c>): relative error below 1.2e-7 everywhere, below float32 resolution.
    /// </summary>
    public static double Erf(double x)
    {
        if (double.IsNaN(x))
            return x;
        double z = Math.Abs(x);
        if (z < 0.5)
        {
            // Near zero 1 − erfc cancels; the Maclaurin series converges fast here (terms shrink by ≥ 4×).
            double term = x, sum = x, x2 = x * x;
            for (int n = 1; n < 12; n++)
            {
                term *= -x2 / n;
                sum += term / (2 * n + 1);
            }
            return 2 / Math.Sqrt(Math.PI) * sum;
        }
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc : erfc - 1;
    }
}
