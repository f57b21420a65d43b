using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// ReduceX over float32 (and integer) tensors, accumulated in double. Axes are an attribute before opset 13 for
/// ReduceSum and before opset 18 for the others, an optional input after; noop_with_empty_axes keeps the input.
/// </summary>
internal static class ReduceOps
{
    private enum Kind { Sum, Mean, Max, Min, Prod, L1, L2, LogSum, LogSumExp, SumSquare }

    public static void Register(RegisterOperator add)
    {
        foreach (var kind in Enum.GetValues<Kind>())
        {
            int axesInputSince = kind == Kind.Sum ? 13 : 18;
            add("Reduce" + kind, 1, OperatorRegistry.LatestOpset, c =>
            {
                c.RequireType(0, DType.F32, DType.I32, DType.I64, DType.U8, DType.I8);
                bool keep = c.Int("keepdims", 1) != 0, noop = c.Int("noop_with_empty_axes", 0) != 0;
                long[]? attrAxes = c.Opset < axesInputSince ? c.Ints("axes") : null;
                bool fromInput = c.Opset >= axesInputSince;
                return (ctx, i, o) =>
                {
                    long[]? axes = fromInput ? (i.Length > 1 && i[1] is { } a ? Longs(a) : null) : attrAxes;
                    if (axes is { Length: 0 }) axes = null;
                    if (axes is null && noop)
                    {
                        o[0] = ElementwiseOps.Copy(ctx, i[0]!);
                        return;
                    }
                    o[0] = Reduce(ctx, i[0]!, axes, keep, kind);
                };
            });
        }
        foreach (var (name, max) in new[] { ("ArgMax", true), ("ArgMin", false) })
        {
            add(name, 1, OperatorRegistry.LatestOpset, c =>
            {
                long axisAttr = c.Int("axis", 0);
                bool keep = c.Int("keepdims", 1) != 0, lastIndex = c.Int("select_last_index", 0) != 0;
                return (ctx, i, o) => o[0] = ArgExtreme(ctx, i[0]!, Axis(axisAttr, i[0]!.Rank), keep, max, lastIndex);
            });
        }
    }

    private static Tensor Reduce(RunContext c, Tensor x, long[]? axes, bool keep, Kind kind)
    {
        int rank = x.Rank;
        var reduced = new bool[rank];
        if (axes is null)
            Array.Fill(reduced, true);
        else
            foreach (long a in axes)
                reduced[Axis(a, rank, "Reduce axis")] = true;
        var inShape = ShapeOf(x);
        var keptShape = inShape.Select((d, k) => reduced[k] ? 1 : d).ToArray();
        var outShape = keep ? keptShape : [.. inShape.Where((_, k) => !reduced[k])];
        int outCount = Count(keptShape), n = (int)x.Length;
        var acc = new double[outCount];
        double init = kind switch { Kind.Max => double.NegativeInfinity, Kind.Min => double.PositiveInfinity, Kind.Prod => 1, _ => 0 };
        Array.Fill(acc, init);
        // Output offset of each input element: reduced axes have stride 0.
        var outStrides = Strides(keptShape);
        for (int d = 0; d < rank; d++)
            if (reduced[d]) outStrides[d] = 0;
        var index = new int[rank];
        int at = 0;
        for (int k = 0; k < n; k++)
        {
            double v = Get(x, k);
            ref double s = ref acc[at];
            s = kind switch
            {
                Kind.Max => double.IsNaN(v) || v > s ? v : s,
                Kind.Min => double.IsNaN(v) || v < s ? v : s,
                Kind.Prod => s * v,
                Kind.L1 => s + Math.Abs(v),
                Kind.L2 or Kind.SumSquare => s + v * v,
                Kind.LogSumExp => s + Math.Exp(v),
                _ => s + v,
            };
            for (int d = rank - 1; d >= 0; d--)
            {
                at += outStrides[d];
                if (++index[d] < inShape[d]) break;
                at -= outStrides[d] * inShape[d];
                index[d] = 0;
            }
        }
        int per = outCount == 0 ? 0 : n / Math.Max(outCount, 1);
        var r = c.Allocate(x.DType, outShape);
        for (int k = 0; k < outCount; k++)
        {
            double v = kind switch
            {
                Kind.Mean => acc[k] / per,
                Kind.L2 => Math.Sqrt(acc[k]),
                Kind.LogSum or Kind.LogSumExp => Math.Log(acc[k]),
                _ => acc[k],
            };
            if (IsInteger(x.DType))
                SetLong(r, k, (long)v);
            else
                Set(r, k, v);
        }
        return r;
    }

    private static Tensor ArgExtreme(RunContext c, Tensor x, int axis, bool keep, bool max, bool lastIndex)
    {
        var shape = ShapeOf(x);
        int dim = shape[axis], outer = Count(shape.AsSpan(0, axis)), inner = Count(shape.AsSpan(axis + 1));
        var outShape = keep ? shape.Select((d, k) => k == axis ? 1 : d).ToArray() : [.. shape.Where((_, k) => k != axis)];
        var r = c.Allocate(DType.I64, outShape);
        var dst = r.AsSpan<long>();
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int best = 0;
                double bv = Get(x, o * dim * inner + i);
                for (int d = 1; d < dim; d++)
                {
                    double v = Get(x, (o * dim + d) * inner + i);
                    if (max ? v > bv || (lastIndex && v == bv) : v < bv || (lastIndex && v == bv))
                    {
                        best = d;
                        bv = v;
                    }
                }
                dst[o * inner + i] = best;
            }
        }
        return r;
    }
}
