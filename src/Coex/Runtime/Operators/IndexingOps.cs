using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// Index-driven data movement for every Coex dtype but int4: GatherElements, ScatterElements (and the deprecated
/// Scatter), GatherND, ScatterND, Trilu, Pad, DepthToSpace, SpaceToDepth, OneHot, EyeLike, Compress, NonZero, TopK,
/// ReverseSequence. Indices may be negative (counted from the end) and are range-checked.
/// </summary>
internal static class IndexingOps
{
    public static void Register(RegisterOperator add)
    {
        int last = OperatorRegistry.LatestOpset;
        add("GatherElements", 11, last, c => { long axis = c.Int("axis", 0); return (ctx, i, o) => o[0] = GatherElements(ctx, i[0]!, i[1]!, axis); });
        foreach (var (name, first) in new[] { ("ScatterElements", 11), ("Scatter", 9) })
        {
            add(name, first, name == "Scatter" ? 10 : last, c =>
            {
                long axis = c.Int("axis", 0);
                string reduction = c.String("reduction", "none");
                if (reduction is not ("none" or "add" or "mul" or "max" or "min"))
                    throw c.Unsupported($"reduction '{reduction}'");
                return (ctx, i, o) => o[0] = ScatterElements(ctx, i[0]!, i[1]!, i[2]!, axis, reduction);
            });
        }
        add("GatherND", 11, last, c => { int batch = (int)c.Int("batch_dims", 0); return (ctx, i, o) => o[0] = GatherNd(ctx, i[0]!, i[1]!, batch); });
        add("ScatterND", 11, last, c =>
        {
            string reduction = c.String("reduction", "none");
            if (reduction is not ("none" or "add" or "mul" or "max" or "min"))
                throw c.Unsupported($"reduction '{reduction}'");
            return (ctx, i, o) => o[0] = ScatterNd(ctx, i[0]!, i[1]!, i[2]!, reduction);
        });
        add("Trilu", 14, last, c =>
        {
            bool upper = c.Int("upper", 1) != 0;
            return (ctx, i, o) => o[0] = Trilu(ctx, i[0]!, i.Length > 1 && i[1] is { } kt ? Longs(kt)[0] : 0, upper);
        });
        add("Pad", 11, last, c =>
        {
            string mode = c.String("mode", "constant");
            if (mode is not ("constant" or "reflect" or "edge"))
                throw c.Unsupported($"mode '{mode}'");
            return (ctx, i, o) => o[0] = Pad(ctx, i[0]!, Longs(i[1]!), i.Length > 2 ? i[2] : null, i.Length > 3 && i[3] is { } a ? Longs(a) : null, mode);
        });
        add("DepthToSpace", 11, last, c =>
        {
            int block = (int)c.Int("blocksize", 0);
            bool crd = c.String("mode", "DCR") == "CRD";
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                int n = x.Shape[0], ch = x.Shape[1], h = x.Shape[2], w = x.Shape[3], oc = ch / (block * block);
                // DCR: channels are (b1, b2, c); CRD: (c, b1, b2). Reshape to 6-D, permute, reshape back.
                var six = crd ? x.Reshape(n, oc, block, block, h, w) : x.Reshape(n, block, block, oc, h, w);
                int[] perm = crd ? [0, 1, 4, 2, 5, 3] : [0, 3, 4, 1, 5, 2];
                o[0] = ShapeOps.Transpose(ctx, six, perm).Reshape(n, oc, h * block, w * block);
            };
        });
        add("SpaceToDepth", 1, last, c =>
        {
            int block = (int)c.Int("blocksize", 0);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                int n = x.Shape[0], ch = x.Shape[1], h = x.Shape[2] / block, w = x.Shape[3] / block;
                var six = x.Reshape(n, ch, h, block, w, block);
                o[0] = ShapeOps.Transpose(ctx, six, [0, 3, 5, 1, 2, 4]).Reshape(n, ch * block * block, h, w);
            };
        });
        add("OneHot", 11, last, c =>
        {
            long axis = c.Int("axis", -1);
            return (ctx, i, o) => o[0] = OneHot(ctx, i[0]!, (long)Get(i[1]!, 0), i[2]!, axis);
        });
        add("EyeLike", 9, last, c =>
        {
            long k = c.Int("k", 0);
            long dtypeCode = c.Int("dtype", -1);
            DType? type = dtypeCode < 0 ? null : Onnx.OnnxTypes.ToDType((int)dtypeCode, "EyeLike's dtype");
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                var r = ctx.Allocate(type ?? x.DType, ShapeOf(x));
                int rows = x.Shape[0], cols = x.Shape[1];
                for (int row = 0; row < rows; row++)
                {
                    long col = row + k;
                    if (col >= 0 && col < cols)
                        Set(r, row * cols + (int)col, 1);
                }
                o[0] = r;
            };
        });
        add("Compress", 9, last, c =>
        {
            long? axis = c.HasAttribute("axis") ? c.Int("axis", 0) : null;
            return (ctx, i, o) => o[0] = Compress(ctx, i[0]!, i[1]!, axis);
        });
        add("NonZero", 9, last, _ => (ctx, i, o) =>
        {
            var x = i[0]!;
            var hits = Enumerable.Range(0, (int)x.Length).Where(k => Get(x, k) != 0).ToArray();
            var r = ctx.Allocate(DType.I64, x.Rank, hits.Length);
            var strides = Strides(x.Shape);
            var dst = r.AsSpan<long>();
            for (int h = 0; h < hits.Length; h++)
                for (int d = 0; d < x.Rank; d++)
                    dst[d * hits.Length + h] = hits[h] / strides[d] % x.Shape[d];
            o[0] = r;
        });
        add("TopK", 10, last, c =>
        {
            long axis = c.Int("axis", -1);
            bool largest = c.Int("largest", 1) != 0;
            return (ctx, i, o) => TopK(ctx, i[0]!, Longs(i[1]!)[0], axis, largest, o);
        });
        add("ReverseSequence", 10, last, c =>
        {
            int batchAxis = (int)c.Int("batch_axis", 1), timeAxis = (int)c.Int("time_axis", 0);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                var lengths = Longs(i[1]!);
                var strides = Strides(x.Shape);
                int count = (int)x.Length;
                var offsets = new int[count];
                for (int k = 0; k < count; k++)
                {
                    int b = k / strides[batchAxis] % x.Shape[batchAxis], t = k / strides[timeAxis] % x.Shape[timeAxis];
                    int src = t < lengths[b] ? (int)lengths[b] - 1 - t : t;
                    offsets[k] = k + (src - t) * strides[timeAxis];
                }
                o[0] = Gather(ctx, x, ShapeOf(x), offsets);
            };
        });
    }

    /// <summary>A tensor of <paramref name="shape"/> whose element k is element offsets[k] of <paramref name="x"/>.</summary>
    private static Tensor Gather(RunContext c, Tensor x, int[] shape, int[] offsets)
    {
        var r = c.Allocate(x.DType, shape);
        int size = ElementSize(x.DType);
        var src = x.Bytes;
        var dst = r.Bytes;
        for (int k = 0; k < offsets.Length; k++)
            src.Slice(offsets[k] * size, size).CopyTo(dst.Slice(k * size, size));
        return r;
    }

    private static long Index(long v, int dim, string what)
    {
        long j = v < 0 ? v + dim : v;
        if ((ulong)j >= (ulong)dim)
            throw new ArgumentException($"{what} index {v} is outside [{-dim}, {dim - 1}].");
        return j;
    }

    private static Tensor GatherElements(RunContext c, Tensor x, Tensor indices, long axisAttr)
    {
        int axis = Axis(axisAttr, x.Rank);
        var idx = LongsOf(indices);
        var strides = Strides(x.Shape);
        var idxStrides = Strides(indices.Shape);
        var offsets = new int[idx.Length];
        for (int k = 0; k < idx.Length; k++)
        {
            int off = 0;
            for (int d = 0; d < x.Rank; d++)
            {
                int pos = k / idxStrides[d] % indices.Shape[d];
                off += (d == axis ? (int)Index(idx[k], x.Shape[axis], "GatherElements") : pos) * strides[d];
            }
            offsets[k] = off;
        }
        return Gather(c, x, ShapeOf(indices), offsets);
    }

    private static long[] LongsOf(Tensor t) => t.DType switch
    {
        DType.I64 => t.AsSpan<long>().ToArray(),
        DType.I32 => [.. t.AsSpan<int>().ToArray().Select(v => (long)v)],
        _ => throw new ArgumentException($"Indices must be int32 or int64, got {t.DType}."),
    };

    private static double Combine(string reduction, double old, double update) => reduction switch
    {
        "add" => old + update,
        "mul" => old * update,
        "max" => Math.Max(old, update),
        "min" => Math.Min(old, update),
        _ => update,
    };

    private static Tensor ScatterElements(RunContext c, Tensor data, Tensor indices, Tensor updates, long axisAttr, string reduction)
    {
        int axis = Axis(axisAttr, data.Rank);
        var r = ElementwiseOps.Copy(c, data);
        var idx = LongsOf(indices);
        var strides = Strides(data.Shape);
        var idxStrides = Strides(indices.Shape);
        for (int k = 0; k < idx.Length; k++)
        {
            int off = 0;
            for (int d = 0; d < data.Rank; d++)
            {
                int pos = k / idxStrides[d] % indices.Shape[d];
                off += (d == axis ? (int)Index(idx[k], data.Shape[axis], "ScatterElements") : pos) * strides[d];
            }
            Assign(r, off, updates, k, reduction);
        }
        return r;
    }

    /// <summary>r[at] = update[k], or combined with the old value under a reduction (integers stay exact).</summary>
    private static void Assign(Tensor r, int at, Tensor updates, int k, string reduction)
    {
        if (reduction == "none")
        {
            int size = ElementSize(r.DType);
            updates.Bytes.Slice(k * size, size).CopyTo(r.Bytes.Slice(at * size, size));
        }
        else if (IsInteger(r.DType))
            SetLong(r, at, (long)Combine(reduction, GetLong(r, at), GetLong(updates, k)));
        else
            Set(r, at, Combine(reduction, Get(r, at), Get(updates, k)));
    }

    private static Tensor GatherNd(RunContext c, Tensor data, Tensor indices, int batchDims)
    {
        var idx = LongsOf(indices);
        int q = indices.Rank, depth = indices.Shape[q - 1];
        int batch = Count(data.Shape[..batchDims]);
        int sliceRank = data.Rank - batchDims - depth;
        var slice = data.Shape[(batchDims + depth)..].ToArray();
        int sliceSize = Count(slice);
        var outShape = indices.Shape[..(q - 1)].ToArray().Concat(slice).ToArray();
        int tuples = Count(indices.Shape[..(q - 1)]), perBatch = tuples / Math.Max(batch, 1);
        var strides = Strides(data.Shape);
        var offsets = new int[tuples * sliceSize];
        int batchStride = batchDims == 0 ? 0 : strides[batchDims - 1];
        for (int t = 0; t < tuples; t++)
        {
            int b = batchDims == 0 ? 0 : t / perBatch;
            int off = b * batchStride;
            for (int d = 0; d < depth; d++)
                off += (int)Index(idx[t * depth + d], data.Shape[batchDims + d], "GatherND") * strides[batchDims + d];
            for (int s = 0; s < sliceSize; s++)
                offsets[t * sliceSize + s] = off + s;
        }
        _ = sliceRank;
        return Gather(c, data, outShape, offsets);
    }

    private static Tensor ScatterNd(RunContext c, Tensor data, Tensor indices, Tensor updates, string reduction)
    {
        var r = ElementwiseOps.Copy(c, data);
        var idx = LongsOf(indices);
        int depth = indices.Shape[^1], tuples = (int)(idx.Length / Math.Max(depth, 1));
        var strides = Strides(data.Shape);
        int sliceSize = Count(data.Shape[depth..]);
        for (int t = 0; t < tuples; t++)
        {
            int off = 0;
            for (int d = 0; d < depth; d++)
                off += (int)Index(idx[t * depth + d], data.Shape[d], "ScatterND") * strides[d];
            for (int s = 0; s < sliceSize; s++)
                Assign(r, off + s, updates, t * sliceSize + s, reduction);
        }
        return r;
    }

    private static Tensor Trilu(RunContext c, Tensor x, long k, bool upper)
    {
        var r = ElementwiseOps.Copy(c, x);
        int rows = x.Shape[^2], cols = x.Shape[^1], size = ElementSize(x.DType);
        int matrices = Count(x.Shape[..^2]);
        var dst = r.Bytes;
        for (int m = 0; m < matrices; m++)
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < cols; j++)
                {
                    // Upper keeps j − i ≥ k; lower keeps j − i ≤ k.
                    bool keep = upper ? j - i >= k : j - i <= k;
                    if (!keep)
                        dst.Slice(((m * rows + i) * cols + j) * size, size).Clear();
                }
        return r;
    }

    private static Tensor Pad(RunContext c, Tensor x, long[] pads, Tensor? constant, long[]? axes, string mode)
    {
        int rank = x.Rank;
        var begin = new long[rank];
        var end = new long[rank];
        axes ??= [.. Enumerable.Range(0, rank).Select(a => (long)a)];
        if (pads.Length != 2 * axes.Length)
            throw new ArgumentException($"Pad has {pads.Length} pads for {axes.Length} axes.");
        for (int k = 0; k < axes.Length; k++)
        {
            int a = Axis(axes[k], rank, "Pad axis");
            begin[a] = pads[k];
            end[a] = pads[k + axes.Length];
        }
        var shape = x.Shape.ToArray().Select((d, a) => checked((int)(d + begin[a] + end[a]))).ToArray();
        var r = c.Allocate(x.DType, shape);
        int count = Count(shape), size = ElementSize(x.DType);
        var fill = constant is { Length: > 0 } ? constant.Bytes[..size].ToArray() : new byte[size];
        var strides = Strides(x.Shape);
        var index = new int[rank];
        var src = x.Bytes;
        var dst = r.Bytes;
        for (int k = 0; k < count; k++)
        {
            int off = 0;
            bool inside = true;
            for (int d = 0; d < rank; d++)
            {
                long p = index[d] - begin[d];
                int dim = x.Shape[d];
                if (p < 0 || p >= dim)
                {
                    if (mode == "constant" || dim == 0) { inside = false; break; }
                    // edge clamps; reflect mirrors without repeating the border.
                    p = mode == "edge" ? Math.Clamp(p, 0, dim - 1) : Reflect(p, dim);
                }
                off += (int)p * strides[d];
            }
            var target = dst.Slice(k * size, size);
            if (inside) src.Slice(off * size, size).CopyTo(target);
            else fill.CopyTo(target);
            for (int d = rank - 1; d >= 0 && ++index[d] == shape[d]; d--)
                index[d] = 0;
        }
        return r;
    }

    private static long Reflect(long p, int dim)
    {
        if (dim == 1) return 0;
        long period = 2L * (dim - 1);
        p %= period;
        if (p < 0) p += period;
        return p < dim ? p : period - p;
    }

    private static Tensor OneHot(RunContext c, Tensor indices, long depth, Tensor values, long axisAttr)
    {
        int rank = indices.Rank + 1;
        int axis = Axis(axisAttr, rank, "OneHot axis");
        var shape = indices.Shape.ToArray().ToList();
        shape.Insert(axis, checked((int)depth));
        var r = c.Allocate(values.DType, [.. shape]);
        int size = ElementSize(values.DType);
        var off = values.Bytes[..size].ToArray();
        var on = values.Bytes.Slice(size, size).ToArray();
        int outer = Count(indices.Shape[..axis]), inner = Count(indices.Shape[axis..]);
        var dst = r.Bytes;
        for (int o = 0; o < outer; o++)
            for (int d = 0; d < depth; d++)
                for (int i = 0; i < inner; i++)
                {
                    double v = Get(indices, o * inner + i);
                    long idx = (long)(v < 0 ? v + depth : v);
                    int at = checked((int)(((long)o * depth + d) * inner + i) * size);
                    (idx == d ? on : off).CopyTo(dst.Slice(at, size));
                }
        return r;
    }

    private static Tensor Compress(RunContext c, Tensor x, Tensor condition, long? axisAttr)
    {
        var cond = condition.AsSpan<bool>();
        if (axisAttr is null)
        {
            var hits = Enumerable.Range(0, Math.Min(cond.Length, (int)x.Length)).Where(k => condition.AsSpan<bool>()[k]).ToArray();
            return Gather(c, x, [hits.Length], hits);
        }
        int axis = Axis(axisAttr.Value, x.Rank);
        var keep = Enumerable.Range(0, Math.Min(cond.Length, x.Shape[axis])).Where(k => condition.AsSpan<bool>()[k]).ToArray();
        var shape = ShapeOf(x);
        shape[axis] = keep.Length;
        int outer = Count(x.Shape[..axis]), inner = Count(x.Shape[(axis + 1)..]), dim = x.Shape[axis];
        var offsets = new int[Count(shape)];
        int at = 0;
        for (int o = 0; o < outer; o++)
            foreach (int k in keep)
                for (int i = 0; i < inner; i++)
                    offsets[at++] = (o * dim + k) * inner + i;
        return Gather(c, x, shape, offsets);
    }

    private static void TopK(RunContext c, Tensor x, long k, long axisAttr, bool largest, Tensor?[] outputs)
    {
        int axis = Axis(axisAttr, x.Rank);
        int dim = x.Shape[axis], outer = Count(x.Shape[..axis]), inner = Count(x.Shape[(axis + 1)..]);
        if (k < 0 || k > dim)
            throw new ArgumentException($"TopK k = {k} is outside [0, {dim}].");
        var shape = ShapeOf(x);
        shape[axis] = (int)k;
        var offsets = new int[Count(shape)];
        var indices = c.Allocate(DType.I64, shape);
        var idx = indices.AsSpan<long>();
        var order = new int[dim];
        var keys = new double[dim];
        for (int o = 0; o < outer; o++)
            for (int i = 0; i < inner; i++)
            {
                for (int d = 0; d < dim; d++)
                {
                    order[d] = d;
                    keys[d] = Get(x, (o * dim + d) * inner + i);
                }
                // Ties keep the lower index first, as ONNX specifies.
                Array.Sort(order, (p, q) => keys[p] != keys[q] ? (largest ? keys[q].CompareTo(keys[p]) : keys[p].CompareTo(keys[q])) : p.CompareTo(q));
                for (int j = 0; j < k; j++)
                {
                    int at = (o * (int)k + j) * inner + i;
                    offsets[at] = (o * dim + order[j]) * inner + i;
                    idx[at] = order[j];
                }
            }
        outputs[0] = Gather(c, x, shape, offsets);
        if (outputs.Length > 1)
            outputs[1] = indices;
    }
}
