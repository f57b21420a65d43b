using Coex.Kernels.Elementwise;
using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// Element-wise operators with numpy broadcasting: arithmetic, comparisons, logic, Where, variadic Max/Min/Sum/Mean.
/// Float32 arithmetic runs the vectorized <see cref="ElementwiseKernels"/>; float16/bfloat16 widen to float32;
/// integer types compute exactly in int64 and wrap to their width.
/// </summary>
internal static class ElementwiseOps
{
    private enum Op { Add, Sub, Mul, Div, Pow, Max, Min, Mod, FMod, PRelu, Equal, Less, Greater, LessOrEqual, GreaterOrEqual, And, Or, Xor }

    private static readonly DType[] Numeric = [DType.F32, DType.F16, DType.BF16, DType.I8, DType.U8, DType.I32, DType.I64];

    public static void Register(RegisterOperator add)
    {
        foreach (var (name, op) in new[] { ("Add", Op.Add), ("Sub", Op.Sub), ("Mul", Op.Mul), ("Div", Op.Div), ("PRelu", Op.PRelu) })
            add(name, 7, OperatorRegistry.LatestOpset, c => { c.RequireType(0, Numeric); return (ctx, i, o) => o[0] = Binary(ctx, i[0]!, i[1]!, op); });
        add("Pow", 7, OperatorRegistry.LatestOpset, c => { c.RequireType(0, Numeric); c.RequireType(1, Numeric); return (ctx, i, o) => o[0] = Binary(ctx, i[0]!, i[1]!, Op.Pow); });
        add("Mod", 10, OperatorRegistry.LatestOpset, c =>
        {
            c.RequireType(0, Numeric);
            var op = c.Int("fmod", 0) != 0 ? Op.FMod : Op.Mod;
            if (op == Op.Mod && c.InputType(0) is { } t && IsFloat(t))
                throw c.Unsupported("fmod=0 requires integer inputs");
            return (ctx, i, o) => o[0] = Binary(ctx, i[0]!, i[1]!, op);
        });
        foreach (var (name, op) in new[] { ("Equal", Op.Equal), ("Less", Op.Less), ("Greater", Op.Greater), ("LessOrEqual", Op.LessOrEqual), ("GreaterOrEqual", Op.GreaterOrEqual) })
            add(name, 7, OperatorRegistry.LatestOpset, c => { c.RequireType(0, [.. Numeric, DType.Bool]); return (ctx, i, o) => o[0] = Binary(ctx, i[0]!, i[1]!, op); });
        foreach (var (name, op) in new[] { ("And", Op.And), ("Or", Op.Or), ("Xor", Op.Xor) })
            add(name, 7, OperatorRegistry.LatestOpset, c => (ctx, i, o) => o[0] = Binary(ctx, i[0]!, i[1]!, op));
        foreach (var (name, op) in new[] { ("Max", Op.Max), ("Min", Op.Min), ("Sum", Op.Add), ("Mean", Op.Add) })
        {
            bool mean = name == "Mean";
            add(name, 8, OperatorRegistry.LatestOpset, c =>
            {
                c.RequireType(0, Numeric);
                return (ctx, i, o) =>
                {
                    var acc = i[0]!;
                    for (int k = 1; k < i.Length; k++)
                        acc = Binary(ctx, acc, i[k]!, op);
                    if (mean)
                        acc = Binary(ctx, acc, Tensor.FromSpan<float>([i.Length], []), Op.Div);
                    o[0] = i.Length == 1 ? Copy(ctx, acc) : acc;
                };
            });
        }
        add("Where", 9, OperatorRegistry.LatestOpset, c => (ctx, i, o) => o[0] = Where(ctx, i[0]!, i[1]!, i[2]!));
    }

    /// <summary>A fresh copy (so an output never aliases an input the caller owns when the op is a no-op).</summary>
    public static Tensor Copy(RunContext c, Tensor t)
    {
        var r = c.Allocate(t.DType, ShapeOf(t));
        t.Bytes.CopyTo(r.Bytes);
        return r;
    }

    private static Tensor Binary(RunContext c, Tensor a, Tensor b, Op op)
    {
        var shape = ElementwiseKernels.BroadcastShape(a.Shape, b.Shape);
        bool compare = op >= Op.Equal && op <= Op.GreaterOrEqual;
        bool logic = op >= Op.And;
        if (logic && (a.DType != DType.Bool || b.DType != DType.Bool))
            throw new ArgumentException($"{op} needs bool inputs, got {a.DType} and {b.DType}.");
        if (a.DType != b.DType && op != Op.Pow && !(op == Op.Div && b.Length == 1 && b.Rank == 0))
            throw new ArgumentException($"{op} needs inputs of one element type, got {a.DType} and {b.DType}.");
        if (a.DType == DType.F32 && b.DType == DType.F32 && !compare)
        {
            var r = c.Allocate(DType.F32, shape);
            var x = a.AsSpan<float>();
            var y = b.AsSpan<float>();
            var d = r.AsSpan<float>();
            switch (op)
            {
                case Op.Add: ElementwiseKernels.Binary<AddOperator>(x, a.Shape, y, b.Shape, d); return r;
                case Op.Sub: ElementwiseKernels.Binary<SubtractOperator>(x, a.Shape, y, b.Shape, d); return r;
                case Op.Mul: ElementwiseKernels.Binary<MultiplyOperator>(x, a.Shape, y, b.Shape, d); return r;
                case Op.Div: ElementwiseKernels.Binary<DivideOperator>(x, a.Shape, y, b.Shape, d); return r;
                case Op.Pow: ElementwiseKernels.Binary<PowOperator>(x, a.Shape, y, b.Shape, d); return r;
            }
        }
        var result = c.Allocate(compare ? DType.Bool : a.DType, shape);
        var oa = BroadcastOffsets(a.Shape, shape);
        var ob = BroadcastOffsets(b.Shape, shape);
        if (compare || logic || IsFloat(a.DType) || op == Op.Pow)
        {
            for (int k = 0; k < oa.Length; k++)
            {
                double x = Get(a, oa[k]), y = Get(b, ob[k]);
                double v = op switch
                {
                    Op.Add => x + y,
                    Op.Sub => x - y,
                    Op.Mul => x * y,
                    Op.Div => x / y,
                    // Float powers round once like numpy's float32 pow; integer bases truncate the double result.
                    Op.Pow => IsFloat(a.DType) ? MathF.Pow((float)x, (float)y) : Math.Pow(x, y),
                    Op.Max => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : Math.Max(x, y),
                    Op.Min => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : Math.Min(x, y),
                    Op.FMod => x % y,
                    Op.PRelu => x < 0 ? x * y : x,
                    Op.Equal => x == y ? 1 : 0,
                    Op.Less => x < y ? 1 : 0,
                    Op.Greater => x > y ? 1 : 0,
                    Op.LessOrEqual => x <= y ? 1 : 0,
                    Op.GreaterOrEqual => x >= y ? 1 : 0,
                    Op.And => x != 0 && y != 0 ? 1 : 0,
                    Op.Or => x != 0 || y != 0 ? 1 : 0,
                    Op.Xor => (x != 0) != (y != 0) ? 1 : 0,
                    _ => throw new ArgumentException($"{op} is not defined for {a.DType}."),
                };
                Set(result, k, v);
            }
            return result;
        }
        for (int k = 0; k < oa.Length; k++)
        {
            long x = GetLong(a, oa[k]), y = GetLong(b, ob[k]);
            long v = op switch
            {
                Op.Add => x + y,
                Op.Sub => x - y,
                Op.Mul => x * y,
                Op.Div => y == 0 ? throw new DivideByZeroException("Integer division by zero.") : x / y,
                Op.Max => Math.Max(x, y),
                Op.Min => Math.Min(x, y),
                // Mod with fmod=0 takes the divisor's sign (Python %); FMod the dividend's (C fmod).
                Op.Mod => y == 0 ? 0 : ((x % y) + y) % y,
                Op.FMod => y == 0 ? 0 : x % y,
                Op.PRelu => x < 0 ? x * y : x,
                _ => throw new ArgumentException($"{op} is not defined for {a.DType}."),
            };
            SetLong(result, k, v);
        }
        return result;
    }

    private static Tensor Where(RunContext c, Tensor cond, Tensor x, Tensor y)
    {
        if (cond.DType != DType.Bool)
            throw new ArgumentException($"Where's condition must be bool, got {cond.DType}.");
        if (x.DType != y.DType)
            throw new ArgumentException($"Where needs X and Y of one type, got {x.DType} and {y.DType}.");
        var shape = ElementwiseKernels.BroadcastShape(ElementwiseKernels.BroadcastShape(cond.Shape, x.Shape), y.Shape);
        var r = c.Allocate(x.DType, shape);
        var oc = BroadcastOffsets(cond.Shape, shape);
        var ox = BroadcastOffsets(x.Shape, shape);
        var oy = BroadcastOffsets(y.Shape, shape);
        int size = ElementSize(x.DType);
        var cs = cond.AsSpan<bool>();
        var xb = x.Bytes;
        var yb = y.Bytes;
        var rb = r.Bytes;
        for (int k = 0; k < oc.Length; k++)
        {
            var src = cs[oc[k]] ? xb.Slice(ox[k] * size, size) : yb.Slice(oy[k] * size, size);
            src.CopyTo(rb.Slice(k * size, size));
        }
        return r;
    }
}
