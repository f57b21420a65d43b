using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// Data-movement operators, for every Coex dtype but packed int4: Reshape, Flatten, Squeeze, Unsqueeze (share
/// storage), Transpose, Concat, Split, Slice, Gather, Expand, Tile (copy), Shape, Size, Identity, Dropout (inference),
/// Constant, ConstantOfShape, Range.
/// </summary>
internal static class ShapeOps
{
    public static void Register(RegisterOperator add)
    {
        int last = OperatorRegistry.LatestOpset;
        add("Identity", 1, last, _ => (ctx, i, o) => o[0] = i[0]);
        add("Dropout", 1, last, c =>
        {
            // Inference: output = input; the mask (if wanted) is all true. Opset 12+ can ask for training at run time.
            if (c.Opset < 7 && c.Int("is_test", 0) == 0)
                throw c.Unsupported("training-mode Dropout (is_test = 0) is random");
            return (ctx, i, o) =>
            {
                if (i.Length > 2 && i[2] is { } training && Get(training, 0) != 0 && (i[1] is null || Get(i[1]!, 0) != 0))
                    throw new InvalidOperationException("Dropout in training mode with a nonzero ratio is random; Coex runs inference only.");
                o[0] = i[0];
                if (o.Length > 1)
                {
                    var mask = ctx.Allocate(DType.Bool, ShapeOf(i[0]!));
                    mask.AsSpan<bool>().Fill(true);
                    o[1] = mask;
                }
            };
        });
        add("Reshape", 5, last, c =>
        {
            bool allowZero = c.Int("allowzero", 0) != 0;
            return (ctx, i, o) => o[0] = i[0]!.Reshape(ReshapeTarget(ShapeOf(i[0]!), Longs(i[1]!), allowZero));
        });
        add("Flatten", 1, last, c =>
        {
            long axis = c.Int("axis", 1);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                int a = axis < 0 ? (int)axis + x.Rank : (int)axis;
                if (a < 0 || a > x.Rank)
                    throw new ArgumentException($"Flatten axis {axis} is outside [{-x.Rank}, {x.Rank}].");
                int outer = Count(x.Shape[..a]);
                o[0] = x.Reshape(outer, outer == 0 ? 0 : (int)(x.Length / outer));
            };
        });
        add("Squeeze", 1, last, c =>
        {
            long[]? attr = c.Opset < 13 ? c.Ints("axes") : null;
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                long[]? axes = attr ?? (i.Length > 1 && i[1] is { } axesTensor ? Longs(axesTensor) : null);
                var shape = ShapeOf(x);
                var drop = new bool[shape.Length];
                if (axes is null)
                {
                    for (int d = 0; d < shape.Length; d++)
                        drop[d] = shape[d] == 1;
                }
                else
                {
                    foreach (long a in axes)
                    {
                        int d = Axis(a, shape.Length, "Squeeze axis");
                        if (shape[d] != 1)
                            throw new ArgumentException($"Squeeze axis {a} has size {shape[d]}, not 1.");
                        drop[d] = true;
                    }
                }
                o[0] = x.Reshape([.. shape.Where((_, d) => !drop[d])]);
            };
        });
        add("Unsqueeze", 1, last, c =>
        {
            long[]? attr = c.Opset < 13 ? c.Ints("axes") ?? throw c.Unsupported("Unsqueeze needs 'axes'") : null;
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                long[] axes = attr ?? Longs(i[1]!);
                int rank = x.Rank + axes.Length;
                var inserted = new bool[rank];
                foreach (long a in axes)
                {
                    int d = Axis(a, rank, "Unsqueeze axis");
                    if (inserted[d])
                        throw new ArgumentException($"Unsqueeze axis {a} is repeated.");
                    inserted[d] = true;
                }
                var shape = new int[rank];
                int at = 0;
                for (int d = 0; d < rank; d++)
                    shape[d] = inserted[d] ? 1 : x.Shape[at++];
                o[0] = x.Reshape(shape);
            };
        });
        add("Transpose", 1, last, c =>
        {
            long[]? perm = c.Ints("perm");
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                int[] p = perm is null ? [.. Enumerable.Range(0, x.Rank).Reverse()] : [.. perm.Select(v => Axis(v, x.Rank, "Transpose perm entry"))];
                o[0] = Transpose(ctx, x, p);
            };
        });
        add("Concat", 4, last, c =>
        {
            long axis = c.Int("axis", long.MinValue);
            if (axis == long.MinValue)
                throw c.Unsupported("Concat needs 'axis'");
            return (ctx, i, o) => o[0] = Concat(ctx, [.. i.Select(t => t!)], axis);
        });
        add("Split", 2, last, c =>
        {
            long axis = c.Int("axis", 0);
            long[]? attr = c.Opset < 13 ? c.Ints("split") : null;
            long numOutputs = c.Int("num_outputs", 0);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                long[]? split = attr ?? (i.Length > 1 && i[1] is { } s ? Longs(s) : null);
                Split(ctx, x, Axis(axis, x.Rank), split, o, numOutputs);
            };
        });
        add("Slice", 10, last, c => (ctx, i, o) =>
        {
            var x = i[0]!;
            o[0] = Slice(ctx, x, Longs(i[1]!), Longs(i[2]!),
                i.Length > 3 && i[3] is { } a ? Longs(a) : null,
                i.Length > 4 && i[4] is { } s ? Longs(s) : null);
        });
        add("Gather", 1, last, c =>
        {
            long axis = c.Int("axis", 0);
            return (ctx, i, o) => o[0] = Gather(ctx, i[0]!, i[1]!, axis);
        });
        add("Shape", 1, last, c =>
        {
            long start = c.Int("start", 0), end = c.Int("end", long.MaxValue);
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                int r = x.Rank;
                int s = (int)Math.Clamp(start < 0 ? start + r : start, 0, r);
                int e = (int)Math.Clamp(end < 0 ? end + r : end, 0, r);
                var dims = x.Shape.ToArray().Skip(s).Take(Math.Max(0, e - s)).Select(d => (long)d).ToArray();
                o[0] = Tensor.FromSpan<long>(dims, dims.Length);
            };
        });
        add("Size", 1, last, _ => (ctx, i, o) => o[0] = Tensor.FromSpan<long>([i[0]!.Length]));
        add("ConstantOfShape", 9, last, c =>
        {
            var value = c.Node.FindAttribute("value")?.AsTensor() ?? Tensor.FromSpan<float>([0f], 1);
            return (ctx, i, o) =>
            {
                var shape = Longs(i[0]!).Select(d => checked((int)d)).ToArray();
                var r = ctx.Allocate(value.DType, shape);
                int size = ElementSize(value.DType);
                var v = value.Bytes[..size];
                var dst = r.Bytes;
                for (int k = 0; k < dst.Length; k += size)
                    v.CopyTo(dst.Slice(k, size));
                o[0] = r;
            };
        });
        add("Expand", 8, last, _ => (ctx, i, o) =>
        {
            var x = i[0]!;
            var target = Longs(i[1]!).Select(d => checked((int)d)).ToArray();
            var shape = Kernels.Elementwise.ElementwiseKernels.BroadcastShape(x.Shape, target);
            o[0] = Gathered(ctx, x, shape, BroadcastOffsets(x.Shape, shape));
        });
        add("Tile", 6, last, _ => (ctx, i, o) =>
        {
            var x = i[0]!;
            var reps = Longs(i[1]!);
            if (reps.Length != x.Rank)
                throw new ArgumentException($"Tile repeats hold {reps.Length} entries; the input has rank {x.Rank}.");
            var shape = x.Shape.ToArray().Select((d, k) => checked(d * (int)reps[k])).ToArray();
            var strides = Strides(x.Shape);
            var offsets = new int[Count(shape)];
            var index = new int[shape.Length];
            for (int k = 0; k < offsets.Length; k++)
            {
                int off = 0;
                for (int d = 0; d < shape.Length; d++)
                    off += index[d] % x.Shape[d] * strides[d];
                offsets[k] = off;
                for (int d = shape.Length - 1; d >= 0 && ++index[d] == shape[d]; d--)
                    index[d] = 0;
            }
            o[0] = Gathered(ctx, x, shape, offsets);
        });
        add("Range", 11, last, _ => (ctx, i, o) =>
        {
            var start = i[0]!;
            var limit = i[1]!;
            var delta = i[2]!;
            double s = Get(start, 0), l = Get(limit, 0), d = Get(delta, 0);
            int n = (int)Math.Max(0, Math.Ceiling((l - s) / d));
            var r = ctx.Allocate(start.DType, n);
            for (int k = 0; k < n; k++)
            {
                if (IsInteger(start.DType))
                    SetLong(r, k, GetLong(start, 0) + k * GetLong(delta, 0));
                else
                    Set(r, k, (float)(s + k * d));
            }
            o[0] = r;
        });
    }

    /// <summary>The value of a Constant node (value, value_float(s), value_int(s)).</summary>
    public static Tensor EvaluateConstant(BuildContext c)
    {
        var node = c.Node;
        if (node.FindAttribute("value") is { } v) return v.AsTensor();
        if (node.FindAttribute("value_float") is { } f) return Tensor.FromSpan<float>([f.AsFloat()]);
        if (node.FindAttribute("value_floats") is { } fs) return Tensor.FromSpan<float>(fs.AsFloats().ToArray(), fs.AsFloats().Count);
        if (node.FindAttribute("value_int") is { } n) return Tensor.FromSpan<long>([n.AsInt()]);
        if (node.FindAttribute("value_ints") is { } ns) return Tensor.FromSpan<long>(ns.AsInts().ToArray(), ns.AsInts().Count);
        throw c.Unsupported("only tensor, float(s) and int(s) constants are supported (not sparse or string values)");
    }

    /// <summary>ONNX Reshape's target: 0 copies the input dimension (unless <paramref name="allowZero"/>), one −1 is inferred.</summary>
    public static int[] ReshapeTarget(int[] input, long[] target, bool allowZero)
    {
        var shape = new int[target.Length];
        int infer = -1;
        long known = 1;
        for (int d = 0; d < target.Length; d++)
        {
            long t = target[d];
            if (t == -1)
            {
                if (infer >= 0)
                    throw new ArgumentException($"Reshape target [{string.Join(", ", target)}] has more than one -1.");
                infer = d;
                continue;
            }
            if (t == 0 && !allowZero)
            {
                if (d >= input.Length)
                    throw new ArgumentException($"Reshape target dimension {d} is 0 (copy) but the input has rank {input.Length}.");
                t = input[d];
            }
            if (t < 0)
                throw new ArgumentException($"Reshape target dimension {d} is {t}.");
            shape[d] = checked((int)t);
            known = checked(known * t);
        }
        long count = Count(input);
        if (infer >= 0)
        {
            if (known == 0 || count % known != 0)
                throw new ArgumentException($"Cannot infer the -1 of Reshape target [{string.Join(", ", target)}] for input [{string.Join(", ", input)}].");
            shape[infer] = (int)(count / known);
        }
        return shape;
    }

    /// <summary>A tensor of <paramref name="shape"/> whose element k is <paramref name="x"/>'s element offsets[k].</summary>
    private static Tensor Gathered(RunContext c, Tensor x, int[] shape, int[] offsets)
    {
        var r = c.Allocate(x.DType, shape);
        int size = ElementSize(x.DType);
        var src = x.Bytes;
        var dst = r.Bytes;
        for (int k = 0; k < offsets.Length; k++)
            src.Slice(offsets[k] * size, size).CopyTo(dst.Slice(k * size, size));
        return r;
    }

    public static Tensor Transpose(RunContext c, Tensor x, int[] perm)
    {
        int rank = x.Rank;
        if (perm.Length != rank || perm.Distinct().Count() != rank)
            throw new ArgumentException($"Transpose perm [{string.Join(", ", perm)}] is not a permutation of {rank} axes.");
        var inShape = ShapeOf(x);
        var shape = perm.Select(p => inShape[p]).ToArray();
        var inStrides = Strides(inShape);
        var r = c.Allocate(x.DType, shape);
        int size = ElementSize(x.DType), count = Count(shape);
        if (count == 0)
            return r;
        var strides = perm.Select(p => inStrides[p]).ToArray();
        var index = new int[rank];
        var src = x.Bytes;
        var dst = r.Bytes;
        int at = 0;
        // Trailing axes the permutation keeps in place are contiguous runs in both tensors (the [0, 2, 1, 3] head split
        // and merge of attention move runs of a head's width): copy whole runs, stepping the outer axes only.
        int kept = rank;
        while (kept > 0 && perm[kept - 1] == kept - 1)
            kept--;
        if (size == 4 && rank >= 2 && perm[rank - 1] == rank - 2 && perm[rank - 2] == rank - 1 && SwapsOnlyLastTwo(perm))
        {
            TransposeMatrices(View<int>(x), View<int>(r), count / (inShape[rank - 2] * inShape[rank - 1]), inShape[rank - 2], inShape[rank - 1]);
            return r;
        }
        if (kept < rank)
        {
            int run = Count(shape[kept..]), runBytes = run * size;
            for (int k = 0; k < count; k += run)
            {
                src.Slice(at * size, runBytes).CopyTo(dst.Slice(k * size, runBytes));
                for (int d = kept - 1; d >= 0; d--)
                {
                    at += strides[d];
                    if (++index[d] < shape[d]) break;
                    at -= strides[d] * shape[d];
                    index[d] = 0;
                }
            }
            return r;
        }
        if (size == 4)
        {
            var s4 = View<int>(x);
            var d4 = View<int>(r);
            for (int k = 0; k < count; k++)
            {
                d4[k] = s4[at];
                for (int d = rank - 1; d >= 0; d--)
                {
                    at += strides[d];
                    if (++index[d] < shape[d]) break;
                    at -= strides[d] * shape[d];
                    index[d] = 0;
                }
            }
            return r;
        }
        for (int k = 0; k < count; k++)
        {
            src.Slice(at * size, size).CopyTo(dst.Slice(k * size, size));
            for (int d = rank - 1; d >= 0; d--)
            {
                at += strides[d];
                if (++index[d] < shape[d]) break;
                at -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
        return r;
    }

    private static bool SwapsOnlyLastTwo(int[] perm)
    {
        for (int d = 0; d < perm.Length - 2; d++)
            if (perm[d] != d)
                return false;
        return true;
    }

    /// <summary>
    /// <c>dst[m][c, r] = src[m][r, c]</c> for <paramref name="matrices"/> row-major [rows, cols] matrices (attention's Kᵀ),
    /// in 16 × 16 blocks so both sides stay within a few cache lines, where the general index walk took 3–5 ns an element.
    /// </summary>
    private static void TransposeMatrices(ReadOnlySpan<int> src, Span<int> dst, int matrices, int rows, int cols)
    {
        const int Block = 16;
        for (int m = 0; m < matrices; m++)
        {
            var s = src.Slice(m * rows * cols, rows * cols);
            var d = dst.Slice(m * rows * cols, rows * cols);
            for (int r0 = 0; r0 < rows; r0 += Block)
                for (int c0 = 0; c0 < cols; c0 += Block)
                {
                    int r1 = Math.Min(rows, r0 + Block), c1 = Math.Min(cols, c0 + Block);
                    for (int r = r0; r < r1; r++)
                        for (int c = c0; c < c1; c++)
                            d[c * rows + r] = s[r * cols + c];
                }
        }
    }

    private static Tensor Concat(RunContext c, Tensor[] inputs, long axisAttr)
    {
        var first = inputs[0];
        int rank = first.Rank, axis = Axis(axisAttr, rank, "Concat axis");
        var shape = ShapeOf(first);
        shape[axis] = 0;
        foreach (var t in inputs)
        {
            if (t.Rank != rank || t.DType != first.DType)
                throw new ArgumentException($"Concat inputs disagree: {first} and {t}.");
            for (int d = 0; d < rank; d++)
                if (d != axis && t.Shape[d] != first.Shape[d])
                    throw new ArgumentException($"Concat inputs disagree in dimension {d}: {first} and {t}.");
            shape[axis] += t.Shape[axis];
        }
        var r = c.Allocate(first.DType, shape);
        int size = ElementSize(first.DType);
        int outer = Count(shape.AsSpan(0, axis));
        int innerOut = Count(shape.AsSpan(axis)) * size;
        int offset = 0;
        var dst = r.Bytes;
        foreach (var t in inputs)
        {
            int inner = Count(t.Shape[axis..]) * size;
            var src = t.Bytes;
            for (int o = 0; o < outer; o++)
                src.Slice(o * inner, inner).CopyTo(dst.Slice(o * innerOut + offset, inner));
            offset += inner;
        }
        return r;
    }

    private static void Split(RunContext c, Tensor x, int axis, long[]? split, Tensor?[] outputs, long numOutputs)
    {
        int parts = outputs.Length, dim = x.Shape[axis];
        if (split is null)
        {
            // Equal parts; with num_outputs (opset 18) the last part may be smaller.
            int each = numOutputs > 0 ? (dim + parts - 1) / parts : dim / parts;
            if (numOutputs == 0 && dim % parts != 0)
                throw new ArgumentException($"Split cannot cut dimension {axis} of size {dim} into {parts} equal parts.");
            split = [.. Enumerable.Range(0, parts).Select(k => (long)Math.Max(0, Math.Min(each, dim - k * each)))];
        }
        if (split.Length != parts || split.Sum() != dim)
            throw new ArgumentException($"Split sizes [{string.Join(", ", split)}] do not cut dimension {axis} of size {dim} into {parts} outputs.");
        int size = ElementSize(x.DType), outer = Count(x.Shape[..axis]), innerUnit = Count(x.Shape[(axis + 1)..]) * size;
        int innerIn = dim * innerUnit, offset = 0;
        for (int p = 0; p < parts; p++)
        {
            var shape = ShapeOf(x);
            shape[axis] = (int)split[p];
            var r = c.Allocate(x.DType, shape);
            int inner = shape[axis] * innerUnit;
            for (int o = 0; o < outer; o++)
                x.Bytes.Slice(o * innerIn + offset, inner).CopyTo(r.Bytes.Slice(o * inner, inner));
            offset += inner;
            outputs[p] = r;
        }
    }

    private static Tensor Slice(RunContext c, Tensor x, long[] starts, long[] ends, long[]? axes, long[]? steps)
    {
        int rank = x.Rank;
        axes ??= [.. Enumerable.Range(0, starts.Length).Select(a => (long)a)];
        steps ??= [.. Enumerable.Repeat(1L, starts.Length)];
        if (ends.Length != starts.Length || axes.Length != starts.Length || steps.Length != starts.Length)
            throw new ArgumentException("Slice starts, ends, axes and steps must have the same length.");
        var begin = new int[rank];
        var step = Enumerable.Repeat(1, rank).ToArray();
        var shape = ShapeOf(x);
        for (int k = 0; k < starts.Length; k++)
        {
            int a = Axis(axes[k], rank, "Slice axis");
            long dim = x.Shape[a], s = starts[k], e = ends[k], st = steps[k];
            if (st == 0)
                throw new ArgumentException("Slice step cannot be 0.");
            if (s < 0) s += dim;
            if (e < 0) e += dim;
            // Clamp as ONNX does: [0, dim] for positive steps, [-1, dim-1] for negative ones.
            if (st > 0)
            {
                s = Math.Clamp(s, 0, dim);
                e = Math.Clamp(e, 0, dim);
                shape[a] = (int)Math.Max(0, (e - s + st - 1) / st);
            }
            else
            {
                s = Math.Clamp(s, -1, dim - 1);
                e = Math.Clamp(e, -1, dim - 1);
                shape[a] = (int)Math.Max(0, (s - e + (-st) - 1) / (-st));
            }
            begin[a] = (int)s;
            step[a] = (int)st;
        }
        return CopyRuns(c, x, shape, begin, step);
    }

    /// <summary>
    /// The slice of <paramref name="x"/> with the given output shape, first index and step per axis, copied as contiguous
    /// runs: the trailing axes the slice keeps whole, plus the innermost one it cuts with step 1, are one run of memory per
    /// outer index. (Copying element by element through an offset table took 15 ns a float: a transformer's three Q/K/V
    /// slices cost 24 ms at batch 64.)
    /// </summary>
    private static Tensor CopyRuns(RunContext c, Tensor x, int[] shape, int[] begin, int[] step)
    {
        int rank = x.Rank, size = ElementSize(x.DType);
        var r = c.Allocate(x.DType, shape);
        if (Count(shape) == 0)
            return r;
        int runAxis = rank;
        while (runAxis > 0 && step[runAxis - 1] == 1)
        {
            runAxis--;
            if (begin[runAxis] != 0 || shape[runAxis] != x.Shape[runAxis])
                break; // a cut axis ends the run: the axes before it are not contiguous with it
        }
        var inStrides = Strides(x.Shape);
        long run = 1, start = 0;
        for (int d = runAxis; d < rank; d++)
        {
            run *= shape[d];
            start += (long)begin[d] * inStrides[d];
        }
        int runBytes = checked((int)(run * size));
        var src = x.Bytes;
        var dst = r.Bytes;
        var index = new int[runAxis];
        long outer = Count(shape.AsSpan(0, runAxis));
        for (long k = 0; k < outer; k++)
        {
            long off = start;
            for (int d = 0; d < runAxis; d++)
                off += (long)(begin[d] + index[d] * step[d]) * inStrides[d];
            src.Slice(checked((int)(off * size)), runBytes).CopyTo(dst.Slice(checked((int)(k * runBytes)), runBytes));
            for (int d = runAxis - 1; d >= 0 && ++index[d] == shape[d]; d--)
                index[d] = 0;
        }
        return r;
    }

    private static Tensor Gather(RunContext c, Tensor x, Tensor indices, long axisAttr)
    {
        int axis = Axis(axisAttr, x.Rank, "Gather axis");
        var idx = indices.DType switch
        {
            DType.I64 => indices.AsSpan<long>().ToArray(),
            DType.I32 => [.. indices.AsSpan<int>().ToArray().Select(v => (long)v)],
            _ => throw new ArgumentException($"Gather indices must be int32 or int64, got {indices.DType}."),
        };
        int dim = x.Shape[axis];
        var shape = x.Shape[..axis].ToArray().Concat(indices.Shape.ToArray()).Concat(x.Shape[(axis + 1)..].ToArray()).ToArray();
        var r = c.Allocate(x.DType, shape);
        int size = ElementSize(x.DType), outer = Count(x.Shape[..axis]), inner = Count(x.Shape[(axis + 1)..]) * size;
        for (int o = 0; o < outer; o++)
        {
            for (int k = 0; k < idx.Length; k++)
            {
                long j = idx[k] < 0 ? idx[k] + dim : idx[k];
                if ((ulong)j >= (ulong)dim)
                    throw new ArgumentException($"Gather index {idx[k]} is outside [{-dim}, {dim - 1}] (axis {axis}).");
                x.Bytes.Slice((o * dim + (int)j) * inner, inner).CopyTo(r.Bytes.Slice((o * idx.Length + k) * inner, inner));
            }
        }
        return r;
    }
}
