using Coex.Tensors;

namespace Coex.Graphs;

/// <summary>The per-operator rules of <see cref="ShapeInference"/>: each reads a node's input types, shapes and
/// attributes and sets its outputs', or leaves them alone when it cannot tell.</summary>
internal static class ShapeRules
{
    /// <summary>The standard ONNX operators <see cref="Infer"/> has a rule for.</summary>
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "Abs", "Acos", "Acosh", "Add", "And", "ArgMax", "ArgMin", "Asin",
        "Asinh", "Atan", "Atanh", "AveragePool", "BatchNormalization", "BitShift", "BitwiseAnd", "BitwiseNot",
        "BitwiseOr", "BitwiseXor", "Cast", "CastLike", "Ceil", "Celu", "Clip", "Concat",
        "Constant", "ConstantOfShape", "Conv", "ConvInteger", "Cos", "Cosh", "CumSum", "DequantizeLinear",
        "Div", "Dropout", "Elu", "Equal", "Erf", "Exp", "Flatten", "Floor",
        "Gather", "Gelu", "Gemm", "GlobalAveragePool", "GlobalLpPool", "GlobalMaxPool", "Greater", "GreaterOrEqual",
        "HardSigmoid", "HardSwish", "Hardmax", "Identity", "InstanceNormalization", "IsInf", "IsNaN", "LRN",
        "LayerNormalization", "LeakyRelu", "Less", "LessOrEqual", "Log", "LogSoftmax", "LpPool", "MatMul",
        "MatMulInteger", "Max", "MaxPool", "Mean", "MeanVarianceNormalization", "Min", "Mish", "Mod",
        "Mul", "Neg", "Not", "Or", "PRelu", "Pow", "QLinearConv", "QLinearMatMul",
        "QuantizeLinear", "Reciprocal", "ReduceLogSum", "ReduceLogSumExp", "ReduceMax", "ReduceMean", "ReduceMin", "ReduceProd",
        "ReduceSum", "ReduceSumSquare", "Relu", "Reshape", "Round", "Selu", "Shape", "Shrink",
        "Sigmoid", "Sign", "Sin", "Sinh", "Size", "Softmax", "Softplus", "Softsign",
        "Sqrt", "Squeeze", "Sub", "Sum", "Tan", "Tanh", "ThresholdedRelu", "Transpose",
        "Unsqueeze", "Where", "Xor", "ReduceL1", "ReduceL2", "ConvTranspose", "Slice", "Split", "Pad", "Expand", "Tile",
    };

    public static void Infer(Node node, InferenceContext context)
    {
        if (Graph.NormalizeDomain(node.Domain).Length != 0)
            return; // Only standard ONNX operators have rules here.
        switch (node.OpType)
        {
            case "Conv": Conv(node, x: 0, w: 1, dtype: DTypeOf(node, 0)); break;
            case "ConvInteger": Conv(node, x: 0, w: 1, dtype: DType.I32); break;
            case "QLinearConv": Conv(node, x: 0, w: 3, dtype: DTypeOf(node, 7) ?? DTypeOf(node, 0)); break;
            case "MaxPool": Pool(node, indices: true); break;
            case "AveragePool" or "LpPool": Pool(node, indices: false); break;
            case "GlobalAveragePool" or "GlobalMaxPool" or "GlobalLpPool": GlobalPool(node); break;
            case "Gemm": Gemm(node); break;
            case "MatMul": MatMul(node, a: 0, b: 1, DTypeOf(node, 0)); break;
            case "MatMulInteger": MatMul(node, a: 0, b: 1, DType.I32); break;
            case "QLinearMatMul": MatMul(node, a: 0, b: 3, DTypeOf(node, 7) ?? DTypeOf(node, 0)); break;
            case "Add" or "Sub" or "Mul" or "Div":
                Broadcast(node, 0, DTypeOf(node, 0));
                Arithmetic(node, context);
                break;
            case "Pow" or "Mod" or "PRelu" or "BitShift"
                or "Max" or "Min" or "Sum" or "Mean" or "BitwiseAnd" or "BitwiseOr" or "BitwiseXor":
                Broadcast(node, 0, DTypeOf(node, 0));
                break;
            case "Equal" or "Less" or "Greater" or "LessOrEqual" or "GreaterOrEqual" or "And" or "Or" or "Xor":
                Broadcast(node, 0, DType.Bool);
                break;
            case "Where": Broadcast(node, 0, DTypeOf(node, 1)); break;
            case "Relu" or "LeakyRelu" or "Clip" or "Sigmoid" or "Tanh" or "Identity" or "Softmax" or "LogSoftmax"
                or "Hardmax" or "Abs" or "Neg" or "Exp" or "Log" or "Sqrt" or "Reciprocal" or "Floor" or "Ceil"
                or "Round" or "Erf" or "Sign" or "Elu" or "Selu" or "Celu" or "HardSigmoid" or "HardSwish"
                or "Softplus" or "Softsign" or "ThresholdedRelu" or "Shrink" or "Gelu" or "Mish" or "Sin" or "Cos"
                or "Tan" or "Asin" or "Acos" or "Atan" or "Sinh" or "Cosh" or "Asinh" or "Acosh" or "Atanh"
                or "LRN" or "InstanceNormalization" or "MeanVarianceNormalization" or "BitwiseNot" or "CumSum"
                or "Not":
                SameShape(node, DTypeOf(node, 0), context);
                break;
            case "IsNaN" or "IsInf": SameShape(node, DType.Bool, context); break;
            case "Cast": SameShape(node, ElementType(IntAttr(node, "to")), context); break;
            case "CastLike": SameShape(node, DTypeOf(node, 1), context); break;
            case "QuantizeLinear": SameShape(node, QuantizedType(node), context); break;
            case "DequantizeLinear": SameShape(node, DTypeOf(node, 1) ?? DType.F32, context); break;
            case "Dropout": Dropout(node); break;
            case "BatchNormalization": BatchNormalization(node); break;
            case "LayerNormalization": LayerNormalization(node); break;
            case "Flatten": Flatten(node); break;
            case "Reshape": Reshape(node, context); break;
            case "Transpose": Transpose(node); break;
            case "Concat": Concat(node, context); break;
            case "Squeeze": Squeeze(node, context); break;
            case "Unsqueeze": Unsqueeze(node, context); break;
            case "Gather": Gather(node, context); break;
            case "Shape": ShapeOp(node, context); break;
            case "Size": Size(node, context); break;
            case "Constant": Constant(node, context); break;
            case "ConstantOfShape": ConstantOfShape(node, context); break;
            case "ReduceSum" or "ReduceMean" or "ReduceMax" or "ReduceMin" or "ReduceProd" or "ReduceL1" or "ReduceL2"
                or "ReduceLogSum" or "ReduceLogSumExp" or "ReduceSumSquare":
                Reduce(node, context);
                break;
            case "ArgMax" or "ArgMin": ArgReduce(node); break;
            case "ConvTranspose": ConvTranspose(node); break;
            case "Slice": Slice(node, context); break;
            case "Split": Split(node, context); break;
            case "Pad": Pad(node, context); break;
            case "Expand": Expand(node, context); break;
            case "Tile": Tile(node, context); break;
        }
    }

    // ---------------------------------------------------------------- convolution and pooling

    private static void Conv(Node node, int x, int w, DType? dtype)
    {
        var xs = ShapeOf(node, x);
        var ws = ShapeOf(node, w);
        if (xs is null || ws is null)
            return;
        if (xs.Length < 3)
            throw new ShapeContradiction($"input '{Name(node, x)}' {Show(xs)} has rank {xs.Length}; a convolution needs N, C and at least one spatial dimension.");
        if (ws.Length != xs.Length)
            throw new ShapeContradiction($"weight '{Name(node, w)}' {Show(ws)} has rank {ws.Length} but input '{Name(node, x)}' {Show(xs)} has rank {xs.Length}.");
        long group = IntAttr(node, "group") ?? 1;
        if (group <= 0)
            throw new ShapeContradiction($"group = {group} must be positive.");
        if (xs[1].Size is { } c && ws[1].Size is { } cPerGroup && c != cPerGroup * group)
            throw new ShapeContradiction(
                $"input '{Name(node, x)}' {Show(xs)} has {c} channels but weight '{Name(node, w)}' {Show(ws)} expects {cPerGroup} per group × group {group} = {cPerGroup * group}.");
        if (ws[0].Size is { } m && m % group != 0)
            throw new ShapeContradiction($"weight '{Name(node, w)}' {Show(ws)} has {m} output channels, not divisible by group {group}.");

        int spatial = xs.Length - 2;
        var kernel = Ints(node, "kernel_shape");
        long?[] k = new long?[spatial];
        for (int i = 0; i < spatial; i++)
        {
            k[i] = ws[2 + i].Size;
            if (kernel is not null && i < kernel.Count)
            {
                if (k[i] is { } fromWeight && fromWeight != kernel[i])
                    throw new ShapeContradiction($"kernel_shape [{string.Join(", ", kernel)}] disagrees with weight '{Name(node, w)}' {Show(ws)}.");
                k[i] = kernel[i];
            }
        }
        var output = new Dim[xs.Length];
        output[0] = xs[0];
        output[1] = ws[0];
        Window(node, xs, k, ceilMode: false, output);
        Set(node.Outputs.ElementAtOrDefault(0), dtype, output);
    }

    private static void Pool(Node node, bool indices)
    {
        var xs = ShapeOf(node, 0);
        var kernel = Ints(node, "kernel_shape");
        if (xs is null || kernel is null)
            return;
        if (xs.Length < 3 || kernel.Count != xs.Length - 2)
            throw new ShapeContradiction($"input '{Name(node, 0)}' {Show(xs)} does not fit kernel_shape [{string.Join(", ", kernel)}]: expected rank {kernel.Count + 2}.");
        var output = new Dim[xs.Length];
        output[0] = xs[0];
        output[1] = xs[1];
        Window(node, xs, [.. kernel.Select(v => (long?)v)], ceilMode: (IntAttr(node, "ceil_mode") ?? 0) != 0, output);
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);
        if (indices)
            Set(node.Outputs.ElementAtOrDefault(1), DType.I64, output);
    }

    /// <summary>
    /// Spatial output sizes of a sliding window (ONNX Conv and pooling): with explicit pads
    /// <c>⌊(in + pb + pe − ek) / s⌋ + 1</c> (ceil_mode: rounded up, but the last window must start inside the input
    /// or its begin padding), <c>⌈in / s⌉</c> for SAME_UPPER/SAME_LOWER, and the unpadded rule for VALID; ek is the
    /// dilated kernel extent <c>(k − 1)·d + 1</c>. Writes dims 2.. of <paramref name="output"/>.
    /// </summary>
    private static void Window(Node node, Dim[] xs, long?[] kernel, bool ceilMode, Dim[] output)
    {
        int n = kernel.Length;
        var strides = Ints(node, "strides");
        var dilations = Ints(node, "dilations");
        var pads = Ints(node, "pads");
        string autoPad = node.FindAttribute("auto_pad")?.AsString() ?? "NOTSET";
        if (strides is not null && strides.Count != n || dilations is not null && dilations.Count != n || pads is not null && pads.Count != 2 * n)
            throw new ShapeContradiction(
                $"strides [{Join(strides)}], dilations [{Join(dilations)}] or pads [{Join(pads)}] do not fit {n} spatial dimensions of {Show(xs)}.");
        for (int i = 0; i < n; i++)
        {
            output[2 + i] = Dim.Unknown;
            long s = strides?[i] ?? 1, d = dilations?[i] ?? 1;
            if (s <= 0 || d <= 0)
                throw new ShapeContradiction($"strides [{Join(strides)}] and dilations [{Join(dilations)}] must be positive.");
            if (xs[2 + i].Size is not { } input)
                continue;
            if (autoPad is "SAME_UPPER" or "SAME_LOWER")
            {
                output[2 + i] = Known((input + s - 1) / s);
                continue;
            }
            if (kernel[i] is not { } k)
                continue;
            long extent = (k - 1) * d + 1;
            long begin = 0, end = 0;
            if (autoPad == "NOTSET" && pads is not null)
                (begin, end) = (pads[i], pads[n + i]);
            long padded = input + begin + end;
            if (padded < extent)
                throw new ShapeContradiction(
                    $"spatial dimension {2 + i} of {Show(xs)} is {input} (padded {begin}+{end}: {padded}), smaller than the kernel extent {extent} (kernel {k}, dilation {d}).");
            long size = ceilMode ? (padded - extent + s - 1) / s + 1 : (padded - extent) / s + 1;
            if (ceilMode && (size - 1) * s >= input + begin)
                size--; // The last window would start in the end padding, which ONNX does not count.
            output[2 + i] = Known(size);
        }
    }

    private static void GlobalPool(Node node)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        if (xs.Length < 2)
            throw new ShapeContradiction($"input '{Name(node, 0)}' {Show(xs)} needs N and C dimensions.");
        var output = new Dim[xs.Length];
        output[0] = xs[0];
        output[1] = xs[1];
        for (int i = 2; i < output.Length; i++)
            output[i] = Dim.Known(1);
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);
    }

    /// <summary>
    /// ConvTranspose: <c>[N, W.dim1 · group, out…]</c> with <c>out = s·(in − 1) + output_padding + (k − 1)·d + 1 − pb − pe</c>,
    /// <c>in · s</c> under SAME_*, or the <c>output_shape</c> attribute when given.
    /// </summary>
    private static void ConvTranspose(Node node)
    {
        var xs = ShapeOf(node, 0);
        var ws = ShapeOf(node, 1);
        if (xs is null || ws is null)
            return;
        if (xs.Length < 3 || ws.Length != xs.Length)
            throw new ShapeContradiction($"input '{Name(node, 0)}' {Show(xs)} and weight '{Name(node, 1)}' {Show(ws)} must both have rank ≥ 3 and equal ranks.");
        long group = IntAttr(node, "group") ?? 1;
        if (xs[1].Size is { } c && ws[0].Size is { } wc && c != wc)
            throw new ShapeContradiction($"input '{Name(node, 0)}' {Show(xs)} has {c} channels but weight '{Name(node, 1)}' {Show(ws)} has {wc}.");
        int n = xs.Length - 2;
        var output = new Dim[xs.Length];
        output[0] = xs[0];
        output[1] = ws[1].Size is { } perGroup ? Known(perGroup * group) : Dim.Unknown;
        var strides = Ints(node, "strides");
        var dilations = Ints(node, "dilations");
        var pads = Ints(node, "pads");
        var outputPadding = Ints(node, "output_padding");
        var outputShape = Ints(node, "output_shape");
        var kernel = Ints(node, "kernel_shape");
        string autoPad = node.FindAttribute("auto_pad")?.AsString() ?? "NOTSET";
        for (int i = 0; i < n; i++)
        {
            output[2 + i] = Dim.Unknown;
            if (outputShape is not null)
            {
                // output_shape may list the spatial dims only, or all of them.
                output[2 + i] = Known(outputShape[outputShape.Count == n ? i : 2 + i]);
                continue;
            }
            long k = kernel is not null ? kernel[i] : ws[2 + i].Size ?? -1;
            if (xs[2 + i].Size is not { } input || k < 0)
                continue;
            long s = At(strides, i), d = At(dilations, i);
            long size = autoPad is "SAME_UPPER" or "SAME_LOWER"
                ? input * s
                : s * (input - 1) + (outputPadding is null ? 0 : outputPadding[i]) + (k - 1) * d + 1
                    - (autoPad == "NOTSET" && pads is not null ? pads[i] + pads[n + i] : 0);
            if (size < 0)
                throw new ShapeContradiction($"spatial dimension {2 + i} of the output would be {size}: pads [{Join(pads)}] exceed the transposed extent.");
            output[2 + i] = Known(size);
        }
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);

        static long At(IReadOnlyList<long>? values, int i) => values is null ? 1 : values[i];
    }

    // ---------------------------------------------------------------- matrix products

    private static void Gemm(Node node)
    {
        var a = ShapeOf(node, 0);
        var b = ShapeOf(node, 1);
        if (a is null || b is null)
            return;
        if (a.Length != 2 || b.Length != 2)
            throw new ShapeContradiction($"Gemm needs 2-D inputs, got A '{Name(node, 0)}' {Show(a)} and B '{Name(node, 1)}' {Show(b)}.");
        bool transA = (IntAttr(node, "transA") ?? 0) != 0, transB = (IntAttr(node, "transB") ?? 0) != 0;
        Dim m = transA ? a[1] : a[0], ka = transA ? a[0] : a[1];
        Dim kb = transB ? b[1] : b[0], n = transB ? b[0] : b[1];
        if (ka.Size is { } k1 && kb.Size is { } k2 && k1 != k2)
            throw new ShapeContradiction(
                $"A '{Name(node, 0)}' {Show(a)}{(transA ? " (transposed)" : "")} has K = {k1} but B '{Name(node, 1)}' {Show(b)}{(transB ? " (transposed)" : "")} has K = {k2}.");
        Dim[] output = [m, n];
        if (ShapeOf(node, 2) is { } c)
            BroadcastShapes(output, c, $"C '{Name(node, 2)}'"); // C must broadcast to [M, N]; the result is [M, N] either way.
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);
    }

    /// <summary>numpy matmul: 1-D operands gain a dimension that is removed again, the batch dimensions broadcast.</summary>
    private static void MatMul(Node node, int a, int b, DType? dtype)
    {
        var sa = ShapeOf(node, a);
        var sb = ShapeOf(node, b);
        if (sa is null || sb is null)
            return;
        if (sa.Length == 0 || sb.Length == 0)
            throw new ShapeContradiction($"MatMul operands must not be scalars, got '{Name(node, a)}' {Show(sa)} and '{Name(node, b)}' {Show(sb)}.");
        var ea = sa.Length == 1 ? [Dim.Known(1), sa[0]] : sa;
        var eb = sb.Length == 1 ? [sb[0], Dim.Known(1)] : sb;
        Dim ka = ea[^1], kb = eb[^2];
        if (ka.Size is { } k1 && kb.Size is { } k2 && k1 != k2)
            throw new ShapeContradiction($"'{Name(node, a)}' {Show(sa)} has K = {k1} but '{Name(node, b)}' {Show(sb)} has K = {k2}.");
        var batch = BroadcastShapes(ea[..^2], eb[..^2], $"batch dimensions of '{Name(node, a)}' {Show(sa)} and '{Name(node, b)}' {Show(sb)}");
        var output = new List<Dim>(batch);
        if (sa.Length > 1)
            output.Add(ea[^2]);
        if (sb.Length > 1)
            output.Add(eb[^1]);
        Set(node.Outputs.ElementAtOrDefault(0), dtype, [.. output]);
    }

    // ---------------------------------------------------------------- elementwise

    private static void Broadcast(Node node, int first, DType? dtype)
    {
        Dim[]? result = null;
        for (int i = first; i < node.Inputs.Count; i++)
        {
            if (node.Inputs[i] is null)
                continue;
            var s = ShapeOf(node, i);
            if (s is null)
                return;
            result = result is null ? s : BroadcastShapes(result, s, $"inputs of {node.OpType}: '{Name(node, i)}' {Show(s)} against {Show(result)}");
        }
        if (result is not null)
            Set(node.Outputs.ElementAtOrDefault(0), dtype, result);
    }

    /// <summary>numpy broadcasting of two shapes, aligned at their last dimension.</summary>
    private static Dim[] BroadcastShapes(Dim[] a, Dim[] b, string what)
    {
        int rank = Math.Max(a.Length, b.Length);
        var result = new Dim[rank];
        for (int i = 0; i < rank; i++)
        {
            Dim x = i < rank - a.Length ? Dim.Known(1) : a[i - (rank - a.Length)];
            Dim y = i < rank - b.Length ? Dim.Known(1) : b[i - (rank - b.Length)];
            result[i] = (x.Size, y.Size) switch
            {
                ({ } p, { } q) when p == q => x,
                (1, _) => y,
                (_, 1) => x,
                ({ } p, { } q) => throw new ShapeContradiction($"{what}: dimensions {p} and {q} cannot broadcast."),
                // A known size other than 1 is the only size the result can have (the other side must match or be 1).
                ({ }, null) => x,
                (null, { }) => y,
                _ => x.Symbol is not null && x.Symbol == y.Symbol ? x : Dim.Unknown,
            };
        }
        return result;
    }

    private static void SameShape(Node node, DType? dtype, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        Set(node.Outputs.ElementAtOrDefault(0), dtype, xs);
        if (node.OpType is "Identity" or "Cast" or "Neg" or "Abs" && context.Constant(node.Inputs.ElementAtOrDefault(0)) is { } c
            && node.Outputs.ElementAtOrDefault(0) is { } o)
        {
            context.SetConstant(o, node.OpType switch
            {
                "Neg" => [.. c.Select(v => -v)],
                "Abs" => [.. c.Select(Math.Abs)],
                _ => c,
            });
        }
    }

    private static DType? QuantizedType(Node node)
    {
        if (node.Inputs.ElementAtOrDefault(2) is not null)
            return DTypeOf(node, 2);
        // opset 21 names the type by attribute when no zero point is given; before that it is uint8.
        return ElementType(IntAttr(node, "output_dtype") is { } t and not 0 ? t : null) ?? DType.U8;
    }

    private static void Dropout(Node node)
    {
        var xs = ShapeOf(node, 0);
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), xs);
        Set(node.Outputs.ElementAtOrDefault(1), DType.Bool, xs);
    }

    private static void BatchNormalization(Node node)
    {
        var xs = ShapeOf(node, 0);
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), xs);
        if (xs is null || xs.Length < 2)
            return;
        // Training outputs (running/saved mean and variance) are per channel.
        for (int i = 1; i < node.Outputs.Count; i++)
            Set(node.Outputs[i], DTypeOf(node, i == 1 || i == 2 ? 3 : 0), [xs[1]]);
    }

    private static void LayerNormalization(Node node)
    {
        var xs = ShapeOf(node, 0);
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), xs);
        if (xs is null)
            return;
        int axis = Axis(IntAttr(node, "axis") ?? -1, xs.Length, node, "axis");
        // Mean and InvStdDev keep the leading dimensions and reduce the normalized ones to 1.
        var stats = new Dim[xs.Length];
        for (int i = 0; i < xs.Length; i++)
            stats[i] = i < axis ? xs[i] : Dim.Known(1);
        var stash = ElementType(IntAttr(node, "stash_type") ?? 1);
        Set(node.Outputs.ElementAtOrDefault(1), stash, stats);
        Set(node.Outputs.ElementAtOrDefault(2), stash, stats);
    }

    // ---------------------------------------------------------------- layout

    private static void Flatten(Node node)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        long axisAttr = IntAttr(node, "axis") ?? 1;
        int axis = axisAttr == xs.Length ? xs.Length : Axis(axisAttr, xs.Length, node, "axis");
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), [Product(xs[..axis]), Product(xs[axis..])]);
    }

    private static void Reshape(Node node, InferenceContext context)
    {
        var target = context.Constant(node.Inputs.ElementAtOrDefault(1));
        if (target is null)
            return;
        var xs = ShapeOf(node, 0);
        bool allowZero = (IntAttr(node, "allowzero") ?? 0) != 0;
        var output = new Dim[target.Length];
        int inferred = -1;
        for (int i = 0; i < target.Length; i++)
        {
            long t = target[i];
            if (t == -1)
            {
                if (inferred >= 0)
                    throw new ShapeContradiction($"shape [{string.Join(", ", target)}] has more than one -1.");
                inferred = i;
                output[i] = Dim.Unknown;
            }
            else if (t < -1)
                throw new ShapeContradiction($"shape [{string.Join(", ", target)}] has the invalid size {t}.");
            else if (t == 0 && !allowZero)
            {
                if (xs is not null && i >= xs.Length)
                    throw new ShapeContradiction($"shape [{string.Join(", ", target)}] copies dimension {i} (0) but input '{Name(node, 0)}' {Show(xs)} has rank {xs.Length}.");
                output[i] = xs is null ? Dim.Unknown : xs[i];
            }
            else
                output[i] = Known(t);
        }
        var total = xs is null ? null : Product(xs).Size;
        var others = Product([.. output.Where((_, i) => i != inferred)]).Size;
        if (total is { } all && others is { } rest)
        {
            if (inferred >= 0)
            {
                if (rest == 0 ? all != 0 : all % rest != 0)
                    throw new ShapeContradiction($"input '{Name(node, 0)}' {Show(xs!)} of {all} elements cannot be reshaped to [{string.Join(", ", target)}].");
                output[inferred] = Known(rest == 0 ? 0 : all / rest);
            }
            else if (all != rest)
                throw new ShapeContradiction($"input '{Name(node, 0)}' {Show(xs!)} has {all} elements but shape [{string.Join(", ", target)}] holds {rest}.");
        }
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);
        if (context.Constant(node.Inputs[0]) is { } c && node.Outputs.ElementAtOrDefault(0) is { } o && output.Length <= 1)
            context.SetConstant(o, c);
    }

    private static void Transpose(Node node)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        var perm = Ints(node, "perm");
        var output = new Dim[xs.Length];
        if (perm is null)
        {
            for (int i = 0; i < xs.Length; i++)
                output[i] = xs[xs.Length - 1 - i];
        }
        else
        {
            if (perm.Count != xs.Length || perm.Any(p => p < 0 || p >= xs.Length) || perm.Distinct().Count() != perm.Count)
                throw new ShapeContradiction($"perm [{string.Join(", ", perm)}] is not a permutation of the {xs.Length} dimensions of '{Name(node, 0)}' {Show(xs)}.");
            for (int i = 0; i < xs.Length; i++)
                output[i] = xs[perm[i]];
        }
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);
    }

    private static void Concat(Node node, InferenceContext context)
    {
        var shapes = new List<Dim[]>();
        for (int i = 0; i < node.Inputs.Count; i++)
        {
            if (node.Inputs[i] is null)
                continue;
            if (ShapeOf(node, i) is not { } s)
                return;
            shapes.Add(s);
        }
        if (shapes.Count == 0 || IntAttr(node, "axis") is not { } axisAttr)
            return;
        int rank = shapes[0].Length;
        if (shapes.Any(s => s.Length != rank))
            throw new ShapeContradiction($"inputs of ranks {string.Join(", ", shapes.Select(s => s.Length))} cannot be concatenated: {string.Join(", ", shapes.Select(Show))}.");
        int axis = Axis(axisAttr, rank, node, "axis");
        var output = (Dim[])shapes[0].Clone();
        long? sum = 0;
        foreach (var s in shapes)
        {
            sum = sum is { } acc && s[axis].Size is { } d ? acc + d : null;
            for (int i = 0; i < rank; i++)
            {
                if (i != axis)
                    output[i] = Unify(output[i], s[i], () => $"inputs {string.Join(", ", shapes.Select(Show))} differ in dimension {i} outside the concatenation axis {axis}.");
            }
        }
        output[axis] = sum is { } total ? Known(total) : Dim.Unknown;
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);

        var parts = node.Inputs.Where(v => v is not null).Select(context.Constant).ToList();
        if (rank == 1 && parts.All(p => p is not null) && node.Outputs.ElementAtOrDefault(0) is { } o)
            context.SetConstant(o, [.. parts.SelectMany(p => p!)]);
    }

    private static void Squeeze(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null || !TryAxes(node, context, out var axes))
            return;
        var drop = new bool[xs.Length];
        if (axes is null || axes.Length == 0)
        {
            // Without axes every size-1 dimension goes; an unknown one might be 1, so the result is unknown.
            if (xs.Any(d => !d.IsKnown))
                return;
            for (int i = 0; i < xs.Length; i++)
                drop[i] = xs[i].Size == 1;
        }
        else
        {
            foreach (long a in axes)
            {
                int i = Axis(a, xs.Length, node, "axes");
                if (xs[i].Size is { } size && size != 1)
                    throw new ShapeContradiction($"axis {a} of '{Name(node, 0)}' {Show(xs)} has size {size}, not 1, and cannot be squeezed.");
                drop[i] = true;
            }
        }
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), [.. xs.Where((_, i) => !drop[i])]);
        if (context.Constant(node.Inputs[0]) is { } c && node.Outputs.ElementAtOrDefault(0) is { } o)
            context.SetConstant(o, c);
    }

    private static void Unsqueeze(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null || !TryAxes(node, context, out var axes) || axes is null)
            return;
        int rank = xs.Length + axes.Length;
        var inserted = new bool[rank];
        foreach (long a in axes)
        {
            int i = Axis(a, rank, node, "axes");
            if (inserted[i])
                throw new ShapeContradiction($"axes [{string.Join(", ", axes)}] name dimension {i} twice.");
            inserted[i] = true;
        }
        var output = new Dim[rank];
        for (int i = 0, j = 0; i < rank; i++)
            output[i] = inserted[i] ? Dim.Known(1) : xs[j++];
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);
        if (context.Constant(node.Inputs[0]) is { } c && rank <= 1 && node.Outputs.ElementAtOrDefault(0) is { } o)
            context.SetConstant(o, c);
    }

    private static void Gather(Node node, InferenceContext context)
    {
        var data = ShapeOf(node, 0);
        var indices = ShapeOf(node, 1);
        if (data is null || indices is null)
            return;
        if (data.Length == 0)
            throw new ShapeContradiction($"data '{Name(node, 0)}' is a scalar; Gather needs rank ≥ 1.");
        int axis = Axis(IntAttr(node, "axis") ?? 0, data.Length, node, "axis");
        Dim[] output = [.. data[..axis], .. indices, .. data[(axis + 1)..]];
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);

        // Shape → Gather picks dimensions out of a known shape: keep the result constant.
        if (context.Constant(node.Inputs[0]) is { } c && context.Constant(node.Inputs[1]) is { } idx && data.Length == 1
            && node.Outputs.ElementAtOrDefault(0) is { } o)
        {
            var picked = new long[idx.Length];
            for (int i = 0; i < idx.Length; i++)
            {
                long j = idx[i] < 0 ? idx[i] + c.Length : idx[i];
                if (j < 0 || j >= c.Length)
                    throw new ShapeContradiction($"index {idx[i]} is out of range for '{Name(node, 0)}' of {c.Length} elements.");
                picked[i] = c[j];
            }
            context.SetConstant(o, picked);
        }
    }

    private static void ShapeOp(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        int rank = xs.Length;
        // opset 15 slices the shape with start/end, clamped like Slice.
        int start = Clamp(IntAttr(node, "start") ?? 0, rank), end = Clamp(IntAttr(node, "end") ?? rank, rank);
        int length = Math.Max(0, end - start);
        Set(node.Outputs.ElementAtOrDefault(0), DType.I64, [Dim.Known(length)]);
        if (xs[start..Math.Max(start, end)].All(d => d.IsKnown) && node.Outputs.ElementAtOrDefault(0) is { } o)
            context.SetConstant(o, [.. xs[start..Math.Max(start, end)].Select(d => (long)d.Size!.Value)]);

        static int Clamp(long v, int rank) => (int)Math.Clamp(v < 0 ? v + rank : v, 0, rank);
    }

    private static void Constant(Node node, InferenceContext context)
    {
        var output = node.Outputs.ElementAtOrDefault(0);
        if (output is null || node.Attributes.Count != 1)
            return;
        var a = node.Attributes[0];
        switch (a.Name)
        {
            case "value" when a.Kind == AttributeKind.Tensor:
            {
                var t = a.AsTensor();
                Set(output, t.DType, [.. t.Shape.ToArray().Select(Dim.Known)]);
                context.TrackConstant(output, t);
                break;
            }
            case "value_float": Set(output, DType.F32, []); break;
            case "value_floats": Set(output, DType.F32, [Dim.Known(a.AsFloats().Count)]); break;
            case "value_int":
                Set(output, DType.I64, []);
                context.SetConstant(output, [a.AsInt()]);
                break;
            case "value_ints":
                Set(output, DType.I64, [Dim.Known(a.AsInts().Count)]);
                context.SetConstant(output, [.. a.AsInts()]);
                break;
        }
    }

    private static void ConstantOfShape(Node node, InferenceContext context)
    {
        var dims = context.Constant(node.Inputs.ElementAtOrDefault(0));
        var value = node.FindAttribute("value");
        var dtype = value is { Kind: AttributeKind.Tensor } ? value.AsTensor().DType : DType.F32;
        if (dims is null)
        {
            Set(node.Outputs.ElementAtOrDefault(0), dtype, null);
            return;
        }
        if (dims.Any(d => d < 0))
            throw new ShapeContradiction($"shape [{string.Join(", ", dims)}] has a negative dimension.");
        Set(node.Outputs.ElementAtOrDefault(0), dtype, [.. dims.Select(Known)]);
        // A short integer fill (the suffix of a reduced shape, say) stays a tracked constant.
        long fill = value is { Kind: AttributeKind.Tensor } v && v.AsTensor() is { Length: 1 } t
            ? t.DType switch { DType.I64 => t.AsSpan<long>()[0], DType.I32 => t.AsSpan<int>()[0], _ => long.MinValue }
            : long.MinValue;
        if (dims.Length == 1 && dims[0] <= InferenceContext.MaxLength && fill != long.MinValue && node.Outputs.ElementAtOrDefault(0) is { } o)
            context.SetConstant(o, [.. Enumerable.Repeat(fill, (int)dims[0])]);
    }

    private static void Size(Node node, InferenceContext context)
    {
        var output = node.Outputs.ElementAtOrDefault(0);
        Set(output, DType.I64, []);
        if (ShapeOf(node, 0) is { } xs && Product(xs).Size is { } size && output is not null)
            context.SetConstant(output, [size]);
    }

    /// <summary>Add/Sub/Mul/Div of two tracked integer constants (rank arithmetic in exported shape code), elementwise
    /// with a length-1 operand broadcast.</summary>
    private static void Arithmetic(Node node, InferenceContext context)
    {
        if (context.Constant(node.Inputs.ElementAtOrDefault(0)) is not { } a || context.Constant(node.Inputs.ElementAtOrDefault(1)) is not { } b
            || node.Outputs.ElementAtOrDefault(0) is not { } output || a.Length != b.Length && a.Length != 1 && b.Length != 1)
            return;
        var result = new long[Math.Max(a.Length, b.Length)];
        for (int i = 0; i < result.Length; i++)
        {
            long x = a[a.Length == 1 ? 0 : i], y = b[b.Length == 1 ? 0 : i];
            switch (node.OpType)
            {
                case "Add": result[i] = x + y; break;
                case "Sub": result[i] = x - y; break;
                case "Mul": result[i] = x * y; break;
                default:
                    if (y == 0)
                        return; // Division by zero is the runtime's to report; the value is just not known here.
                    result[i] = x / y;
                    break;
            }
        }
        context.SetConstant(output, result);
    }

    /// <summary>Slice with constant starts/ends/axes/steps (inputs from opset 10, attributes before), clamped as ONNX clamps.</summary>
    private static void Slice(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        long[]? starts, ends, axes = null, steps = null;
        if (Ints(node, "starts") is { } startsAttr)
        {
            starts = [.. startsAttr];
            ends = Ints(node, "ends") is { } e ? [.. e] : null;
            axes = Ints(node, "axes") is { } a ? [.. a] : null;
        }
        else
        {
            starts = context.Constant(node.Inputs.ElementAtOrDefault(1));
            ends = context.Constant(node.Inputs.ElementAtOrDefault(2));
            if (node.Inputs.ElementAtOrDefault(3) is { } axesInput && (axes = context.Constant(axesInput)) is null)
                return;
            if (node.Inputs.ElementAtOrDefault(4) is { } stepsInput && (steps = context.Constant(stepsInput)) is null)
                return;
        }
        if (starts is null || ends is null)
            return;
        axes ??= [.. Enumerable.Range(0, starts.Length).Select(i => (long)i)];
        if (ends.Length != starts.Length || axes.Length != starts.Length || steps is not null && steps.Length != starts.Length)
            throw new ShapeContradiction($"starts [{string.Join(", ", starts)}], ends [{string.Join(", ", ends)}], axes [{string.Join(", ", axes)}] and steps differ in length.");
        var output = (Dim[])xs.Clone();
        for (int i = 0; i < starts.Length; i++)
        {
            int axis = Axis(axes[i], xs.Length, node, "axes");
            long step = steps?[i] ?? 1;
            if (step == 0)
                throw new ShapeContradiction("a Slice step is 0.");
            if (xs[axis].Size is not { } dim)
            {
                output[axis] = Dim.Unknown;
                continue;
            }
            long start = starts[i] < 0 ? starts[i] + dim : starts[i], end = ends[i] < 0 ? ends[i] + dim : ends[i];
            long length = step > 0
                ? CeilDiv(Math.Clamp(end, 0, dim) - Math.Clamp(start, 0, dim), step)
                : CeilDiv(Math.Clamp(start, 0, dim - 1) - Math.Clamp(end, -1, dim - 1), -step);
            output[axis] = Known(Math.Max(0, length));
        }
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);

        // Slicing a known shape vector (Shape → Slice) keeps it constant.
        if (context.Constant(node.Inputs[0]) is { } c && xs.Length == 1 && starts.Length == 1 && node.Outputs.ElementAtOrDefault(0) is { } o)
        {
            long step = steps?[0] ?? 1, n = c.Length;
            long start = starts[0] < 0 ? starts[0] + n : starts[0], end = ends[0] < 0 ? ends[0] + n : ends[0];
            var picked = new List<long>();
            if (step > 0)
            {
                for (long i = Math.Clamp(start, 0, n); i < Math.Clamp(end, 0, n); i += step)
                    picked.Add(c[i]);
            }
            else
            {
                for (long i = Math.Clamp(start, 0, n - 1); i > Math.Clamp(end, -1, n - 1); i += step)
                    picked.Add(c[i]);
            }
            context.SetConstant(o, [.. picked]);
        }

        static long CeilDiv(long a, long b) => a <= 0 ? 0 : (a + b - 1) / b;
    }

    /// <summary>Split along <c>axis</c> by the constant <c>split</c> sizes (input from opset 13, attribute before), or into
    /// equal parts (opset 18's <c>num_outputs</c> gives the last part the remainder).</summary>
    private static void Split(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        int axis = Axis(IntAttr(node, "axis") ?? 0, xs.Length, node, "axis");
        long[]? sizes = Ints(node, "split") is { } attr ? [.. attr] : null;
        if (sizes is null && node.Inputs.ElementAtOrDefault(1) is { } splitInput && (sizes = context.Constant(splitInput)) is null)
            return;
        int parts = node.Outputs.Count;
        if (sizes is null)
        {
            if (xs[axis].Size is not { } dim)
            {
                foreach (var o in node.Outputs)
                    Set(o, DTypeOf(node, 0), [.. xs.Select((d, i) => i == axis ? Dim.Unknown : d)]);
                return;
            }
            long chunk = (dim + parts - 1) / parts;
            if (IntAttr(node, "num_outputs") is null && dim % parts != 0)
                throw new ShapeContradiction($"dimension {axis} of '{Name(node, 0)}' {Show(xs)} does not split evenly into {parts} outputs.");
            sizes = [.. Enumerable.Range(0, parts).Select(i => Math.Max(0, Math.Min(chunk, dim - i * chunk)))];
        }
        if (sizes.Length != parts)
            throw new ShapeContradiction($"split [{string.Join(", ", sizes)}] has {sizes.Length} sizes for {parts} outputs.");
        if (xs[axis].Size is { } total && sizes.Sum() != total)
            throw new ShapeContradiction($"split [{string.Join(", ", sizes)}] sums to {sizes.Sum()}, not dimension {axis} = {total} of '{Name(node, 0)}' {Show(xs)}.");
        for (int p = 0; p < parts; p++)
            Set(node.Outputs[p], DTypeOf(node, 0), [.. xs.Select((d, i) => i == axis ? Known(sizes[p]) : d)]);
    }

    /// <summary>Pad by constant pads (input from opset 11, attribute before; opset 18's optional axes input).</summary>
    private static void Pad(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        long[]? pads = Ints(node, "pads") is { } attr ? [.. attr] : context.Constant(node.Inputs.ElementAtOrDefault(1));
        if (pads is null)
            return;
        long[]? axes = null;
        if (node.Inputs.ElementAtOrDefault(3) is { } axesInput && (axes = context.Constant(axesInput)) is null)
            return;
        axes ??= [.. Enumerable.Range(0, xs.Length).Select(i => (long)i)];
        if (pads.Length != 2 * axes.Length)
            throw new ShapeContradiction($"pads [{string.Join(", ", pads)}] need 2 × {axes.Length} entries for '{Name(node, 0)}' {Show(xs)}.");
        var output = (Dim[])xs.Clone();
        for (int i = 0; i < axes.Length; i++)
        {
            int axis = Axis(axes[i], xs.Length, node, "axes");
            output[axis] = xs[axis].Size is { } dim ? Known(dim + pads[i] + pads[axes.Length + i]) : Dim.Unknown;
        }
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), output);
    }

    private static void Expand(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        var shape = context.Constant(node.Inputs.ElementAtOrDefault(1));
        if (xs is null || shape is null)
            return;
        // Expand broadcasts both ways: a 1 in the target keeps the input's size.
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0),
            BroadcastShapes(xs, [.. shape.Select(Known)], $"input '{Name(node, 0)}' {Show(xs)} against shape [{string.Join(", ", shape)}]"));
    }

    private static void Tile(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        var repeats = context.Constant(node.Inputs.ElementAtOrDefault(1));
        if (xs is null || repeats is null)
            return;
        if (repeats.Length != xs.Length)
            throw new ShapeContradiction($"repeats [{string.Join(", ", repeats)}] do not match the rank of '{Name(node, 0)}' {Show(xs)}.");
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0),
            [.. xs.Select((d, i) => d.Size is { } size ? Known(size * repeats[i]) : Dim.Unknown)]);
    }

    // ---------------------------------------------------------------- reductions

    private static void Reduce(Node node, InferenceContext context)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null || !TryAxes(node, context, out var axes))
            return;
        bool keep = (IntAttr(node, "keepdims") ?? 1) != 0;
        if ((axes is null || axes.Length == 0) && (IntAttr(node, "noop_with_empty_axes") ?? 0) != 0)
        {
            Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), xs);
            return;
        }
        var reduced = new bool[xs.Length];
        if (axes is null || axes.Length == 0)
            Array.Fill(reduced, true);
        else
        {
            foreach (long a in axes)
                reduced[Axis(a, xs.Length, node, "axes")] = true;
        }
        Set(node.Outputs.ElementAtOrDefault(0), DTypeOf(node, 0), ReducedShape(xs, reduced, keep));
    }

    private static void ArgReduce(Node node)
    {
        var xs = ShapeOf(node, 0);
        if (xs is null)
            return;
        var reduced = new bool[xs.Length];
        reduced[Axis(IntAttr(node, "axis") ?? 0, xs.Length, node, "axis")] = true;
        Set(node.Outputs.ElementAtOrDefault(0), DType.I64, ReducedShape(xs, reduced, (IntAttr(node, "keepdims") ?? 1) != 0));
    }

    private static Dim[] ReducedShape(Dim[] xs, bool[] reduced, bool keep)
    {
        var output = new List<Dim>(xs.Length);
        for (int i = 0; i < xs.Length; i++)
        {
            if (!reduced[i])
                output.Add(xs[i]);
            else if (keep)
                output.Add(Dim.Known(1));
        }
        return [.. output];
    }

    /// <summary>
    /// The axes of Squeeze, Unsqueeze and Reduce*: the <c>axes</c> attribute (older opsets) or the constant second
    /// input (newer ones); null when neither is given. False when the input is there but not a known constant.
    /// </summary>
    private static bool TryAxes(Node node, InferenceContext context, out long[]? axes)
    {
        if (Ints(node, "axes") is { } attr)
        {
            axes = [.. attr];
            return true;
        }
        if (node.Inputs.ElementAtOrDefault(1) is { } input)
        {
            axes = context.Constant(input);
            return axes is not null;
        }
        axes = null;
        return true;
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>Gives <paramref name="value"/> the inferred type and shape, merged with what it already declares.</summary>
    private static void Set(Value? value, DType? dtype, Dim[]? shape)
    {
        if (value is null)
            return;
        if (dtype is not null)
            value.DType = dtype;
        if (shape is null)
            return;
        if (value.Shape is not { } declared)
        {
            value.Shape = shape;
            return;
        }
        if (declared.Count != shape.Length)
            throw new ShapeContradiction($"output '{value.Name}' is declared {Show([.. declared])} but inferred {Show(shape)}.");
        var merged = new Dim[shape.Length];
        for (int i = 0; i < shape.Length; i++)
            merged[i] = Unify(shape[i], declared[i], () => $"output '{value.Name}' is declared {Show([.. declared])} but inferred {Show(shape)}.");
        value.Shape = merged;
    }

    /// <summary>Two descriptions of the same dimension: the known one wins, then a symbol; two different known sizes contradict.</summary>
    private static Dim Unify(Dim a, Dim b, Func<string> contradiction)
    {
        if (a.Size is { } p && b.Size is { } q)
            return p == q ? a : throw new ShapeContradiction(contradiction());
        if (a.IsKnown)
            return a;
        if (b.IsKnown)
            return b;
        return a.Symbol is not null ? a : b;
    }

    private static Dim[]? ShapeOf(Node node, int input) => node.Inputs.ElementAtOrDefault(input)?.Shape is { } s ? [.. s] : null;

    private static DType? DTypeOf(Node node, int input) => node.Inputs.ElementAtOrDefault(input)?.DType;

    private static string Name(Node node, int input) => node.Inputs.ElementAtOrDefault(input)?.Name ?? "";

    private static long? IntAttr(Node node, string name) => node.FindAttribute(name) is { Kind: AttributeKind.Int } a ? a.AsInt() : null;

    private static IReadOnlyList<long>? Ints(Node node, string name) => node.FindAttribute(name) is { Kind: AttributeKind.Ints } a ? a.AsInts() : null;

    /// <summary>A possibly negative axis of a rank-<paramref name="rank"/> tensor as an index; out of range contradicts.</summary>
    private static int Axis(long axis, int rank, Node node, string attribute)
    {
        long i = axis < 0 ? axis + rank : axis;
        if (i < 0 || i >= rank)
            throw new ShapeContradiction($"{attribute} {axis} is out of range for rank {rank} (input '{Name(node, 0)}').");
        return (int)i;
    }

    /// <summary>The product of <paramref name="dims"/>, unknown unless all are known and it fits a dimension.</summary>
    private static Dim Product(Dim[] dims)
    {
        long product = 1;
        foreach (var d in dims)
        {
            if (d.Size is not { } size)
                return Dim.Unknown;
            product *= size;
            if (product > int.MaxValue)
                return Dim.Unknown;
        }
        return Dim.Known((int)product);
    }

    private static Dim Known(long size) =>
        size is >= 0 and <= int.MaxValue ? Dim.Known((int)size) : throw new ShapeContradiction($"dimension {size} is out of range.");

    /// <summary>The Coex dtype of an ONNX TensorProto.DataType code, or null for one Coex does not model.</summary>
    private static DType? ElementType(long? code) => code switch
    {
        1 => DType.F32,
        2 => DType.U8,
        3 => DType.I8,
        6 => DType.I32,
        7 => DType.I64,
        9 => DType.Bool,
        10 => DType.F16,
        16 => DType.BF16,
        22 => DType.I4,
        _ => null,
    };

    private static string Show(Dim[] shape) => $"[{string.Join(", ", shape)}]";

    private static string Join(IReadOnlyList<long>? values) => values is null ? "" : string.Join(", ", values);
}
