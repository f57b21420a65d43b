using Coex.Kernels.Conv;
using Coex.Kernels.Elementwise;
using Coex.Kernels.Gemm;
using Coex.Kernels.Norms;
using Coex.Kernels.Pool;
using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// Neural-network operators on float32: Conv, Gemm and MatMul on the packed GEMM kernels (constant weights packed
/// once at load), pooling, BatchNormalization (inference), Softmax/LogSoftmax, LayerNormalization.
/// </summary>
internal static class NnOps
{
    public static void Register(RegisterOperator add)
    {
        int last = OperatorRegistry.LatestOpset;
        add("Conv", 1, last, ConvFactory);
        add("Gemm", 7, last, GemmFactory);
        add("MatMul", 1, last, MatMul);
        add("MaxPool", 1, last, c => Pool(c, max: true));
        add("AveragePool", 1, last, c => Pool(c, max: false));
        add("GlobalAveragePool", 1, last, c => { c.RequireType(0, DType.F32); return (ctx, i, o) => o[0] = GlobalPool(ctx, i[0]!, max: false); });
        add("GlobalMaxPool", 1, last, c => { c.RequireType(0, DType.F32); return (ctx, i, o) => o[0] = GlobalPool(ctx, i[0]!, max: true); });
        add("BatchNormalization", 6, last, BatchNorm);
        add("Softmax", 1, last, c => Softmax(c, log: false));
        add("LogSoftmax", 1, last, c => Softmax(c, log: true));
        add("LayerNormalization", 17, last, LayerNorm);
        add("ConvTranspose", 1, last, SpatialOps.ConvTranspose);
        add("MaxUnpool", 9, last, SpatialOps.MaxUnpool);
        add("GridSample", 16, last, SpatialOps.GridSample);
        add("Hardmax", 1, last, c =>
        {
            bool coerce = c.Opset < 13;
            long axisAttr = c.Int("axis", coerce ? 1 : -1);
            return (ctx, i, o) => o[0] = Hardmax(ctx, i[0]!, Axis(axisAttr, i[0]!.Rank), coerce);
        });
        add("InstanceNormalization", 6, last, c =>
        {
            float epsilon = c.Float("epsilon", 1e-5f);
            return (ctx, i, o) => o[0] = Normalize(ctx, i[0]!, [.. Enumerable.Range(2, i[0]!.Rank - 2)], epsilon, i[1], i[2]);
        });
        add("MeanVarianceNormalization", 9, last, c =>
        {
            long[] axes = c.Ints("axes") ?? [0, 2, 3];
            // MVN has no epsilon attribute; its function body adds 1e-9 under the square root.
            return (ctx, i, o) => o[0] = Normalize(ctx, i[0]!, [.. axes.Select(a => Axis(a, i[0]!.Rank))], 1e-9f, null, null);
        });
        add("LRN", 1, last, c =>
        {
            float alpha = c.Float("alpha", 1e-4f), beta = c.Float("beta", 0.75f), bias = c.Float("bias", 1f);
            int size = (int)c.Int("size", 1);
            return (ctx, i, o) => o[0] = Lrn(ctx, i[0]!, size, alpha, beta, bias);
        });
    }

    /// <summary>Pads and output size of one spatial axis under ONNX auto_pad (SAME_UPPER puts the odd pad at the end).</summary>
    private static (int Begin, int End) AutoPad(string autoPad, int size, int kernel, int stride, int dilation, int begin, int end)
    {
        switch (autoPad)
        {
            case "NOTSET": return (begin, end);
            case "VALID": return (0, 0);
            case "SAME_UPPER":
            case "SAME_LOWER":
                int outSize = (size + stride - 1) / stride;
                int total = Math.Max(0, (outSize - 1) * stride + (kernel - 1) * dilation + 1 - size);
                int small = total / 2;
                return autoPad == "SAME_UPPER" ? (small, total - small) : (total - small, small);
            default: throw new ArgumentException($"auto_pad '{autoPad}' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID.");
        }
    }

    /// <summary>Spatial attributes of Conv/Pool: kernel, strides, dilations, pads (begin…, end…) for 1 or 2 spatial axes.</summary>
    private sealed record Window(long[]? Kernel, long[]? Strides, long[]? Dilations, long[]? Pads, string AutoPad)
    {
        public static Window Of(BuildContext c) => new(c.Ints("kernel_shape"), c.Ints("strides"), c.Ints("dilations"), c.Ints("pads"), c.String("auto_pad", "NOTSET"));

        /// <summary>Lifts 1-D attributes to 2-D (height 1) and resolves auto_pad for input size (h, w) and kernel (kh, kw).</summary>
        public (int SH, int SW, int DH, int DW, int PT, int PL, int PB, int PR) Resolve(int spatial, int h, int w, int kh, int kw)
        {
            int S(long[]? a, int k) => a is null ? 1 : (int)a[spatial == 1 ? 0 : k];
            int sh = spatial == 1 ? 1 : S(Strides, 0), sw = S(Strides, 1), dh = spatial == 1 ? 1 : S(Dilations, 0), dw = S(Dilations, 1);
            int pt = 0, pl = 0, pb = 0, pr = 0;
            if (Pads is { } p)
            {
                if (p.Length != 2 * spatial)
                    throw new ArgumentException($"pads has {p.Length} entries; {2 * spatial} expected.");
                if (spatial == 1) { pl = (int)p[0]; pr = (int)p[1]; }
                else { pt = (int)p[0]; pl = (int)p[1]; pb = (int)p[2]; pr = (int)p[3]; }
            }
            (pt, pb) = spatial == 1 ? (0, 0) : NnOps.AutoPad(AutoPad, h, kh, sh, dh, pt, pb);
            (pl, pr) = NnOps.AutoPad(AutoPad, w, kw, sw, dw, pl, pr);
            return (sh, sw, dh, dw, pt, pl, pb, pr);
        }
    }

    internal static readonly OperatorFactory ConvFactory = c => Conv(c, float.NegativeInfinity, float.PositiveInfinity);

    internal static readonly OperatorFactory GemmFactory = c => Gemm(c, float.NegativeInfinity, float.PositiveInfinity);

    /// <summary>Conv, with its output clamped to [clampMin, clampMax] inside the kernel (the fused activation).</summary>
    internal static Kernel Conv(BuildContext c, float clampMin, float clampMax)
    {
        c.RequireType(0, DType.F32);
        if (c.InputRank(1) is { } r && r is not (3 or 4))
            throw c.Unsupported($"{r - 2}-D convolution (Coex runs 1-D and 2-D)");
        var window = Window.Of(c);
        int groups = (int)c.Int("group", 1);
        var constW = c.Constant(1);
        var constB = c.Constant(2);
        bool maxPool = c.Int(Graphs.Passes.PoolFusion.Attribute, 0) != 0;
        // Packing depends on the input size through the geometry; cache the last packing per geometry.
        PackedConvWeights? cached = null;
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            var w = i[1]!;
            if (x.Rank is not (3 or 4) || w.Rank != x.Rank)
                throw new ArgumentException($"Conv needs 1-D or 2-D NC… input and weights of the same rank, got {x} and {w}.");
            int spatial = x.Rank - 2;
            int h = spatial == 1 ? 1 : x.Shape[2], wd = x.Shape[x.Rank - 1];
            int kh = spatial == 1 ? 1 : w.Shape[2], kw = w.Shape[w.Rank - 1];
            var (sh, sw, dh, dw, pt, pl, pb, pr) = window.Resolve(spatial, h, wd, kh, kw);
            var g = new Conv2DGeometry
            {
                Batch = x.Shape[0], InChannels = x.Shape[1], Height = h, Width = wd, OutChannels = w.Shape[0], KernelH = kh, KernelW = kw,
                StrideH = sh, StrideW = sw, DilationH = dh, DilationW = dw, PadTop = pt, PadLeft = pl, PadBottom = pb, PadRight = pr, Groups = groups,
            };
            if (w.Shape[1] * groups != x.Shape[1])
                throw new ArgumentException($"Conv weights {w} with group {groups} do not fit input {x}.");
            var biasTensor = constB ?? (i.Length > 2 ? i[2] : null);
            var packed = constW is not null && cached is { } pc && pc.Geometry == g ? pc : Conv2D.Pack(w.AsSpan<float>(), g);
            if (constW is not null)
                cached = packed;
            var bias = biasTensor is null ? [] : biasTensor.AsSpan<float>();
            if (maxPool)
            {
                // coex.FusedConv with PoolFusion's 2×2/2 max pool: only the pooled output is written.
                if (spatial != 2 || i.Length > 3)
                    throw new ArgumentException($"A convolution fused with a 2×2 max pool needs a 2-D input and no residual; got {x}.");
                var pooled = ctx.AllocateUninitialized(DType.F32, g.Batch, g.OutChannels, g.OutHeight / 2, g.OutWidth / 2);
                Conv2D.ForwardMaxPool2x2(x.AsSpan<float>(), packed, bias, pooled.AsSpan<float>(), clampMin, clampMax, ctx.Threads);
                o[0] = pooled;
                return;
            }
            int[] shape = spatial == 1 ? [g.Batch, g.OutChannels, g.OutWidth] : [g.Batch, g.OutChannels, g.OutHeight, g.OutWidth];
            var y = ctx.AllocateUninitialized(DType.F32, shape);
            // coex.FusedConv's fourth input: the residual added before the clamp (ResidualFusion).
            var residual = i.Length > 3 ? i[3] : null;
            if (residual is not null && !IsElementwiseResidual(residual, y))
            {
                Conv2D.Forward(x.AsSpan<float>(), packed, bias, y.AsSpan<float>(), ctx.Threads);
                o[0] = AddResidual(ctx, y, residual, clampMin, clampMax);
                return;
            }
            Conv2D.Forward(x.AsSpan<float>(), packed, bias, residual is null ? [] : residual.AsSpan<float>(), y.AsSpan<float>(), clampMin, clampMax, ctx.Threads);
            o[0] = y;
        };
    }

    /// <summary>True when a fused residual has the output's shape, so the kernel's epilogue can add it; else it broadcasts.</summary>
    internal static bool IsElementwiseResidual(Tensor residual, Tensor output)
    {
        if (residual.DType != DType.F32)
            throw new ArgumentException($"The fused residual {residual} must be F32.");
        return residual.Shape.SequenceEqual(output.Shape);
    }

    /// <summary><c>clamp(y + residual)</c> with numpy broadcasting: a fused residual whose shape differs from the output's (the graph's shapes were unknown when it was fused).</summary>
    internal static Tensor AddResidual(RunContext ctx, Tensor y, Tensor residual, float clampMin, float clampMax)
    {
        var sum = ctx.Allocate(DType.F32, ElementwiseKernels.BroadcastShape(y.Shape, residual.Shape));
        ElementwiseKernels.Binary<AddOperator>(y.AsSpan<float>(), y.Shape, residual.AsSpan<float>(), residual.Shape, sum.AsSpan<float>());
        if (!float.IsNegativeInfinity(clampMin) || !float.IsPositiveInfinity(clampMax))
            Kernels.Elementwise.AffineKernels.Clamp(sum.AsSpan<float>(), clampMin, clampMax, sum.AsSpan<float>());
        return sum;
    }

    /// <summary>Gemm, with its output clamped to [clampMin, clampMax] (the fused activation).</summary>
    internal static Kernel Gemm(BuildContext c, float clampMin, float clampMax)
    {
        c.RequireType(0, DType.F32);
        float alpha = c.Float("alpha", 1f), beta = c.Float("beta", 1f);
        bool transA = c.Int("transA", 0) != 0, transB = c.Int("transB", 0) != 0;
        PackedWeights? packedB = null;
        if (c.Constant(1) is { Rank: 2 } b)
            packedB = PackB(b, transB);
        // The common Dense layer: a constant per-column bias (C of shape [N] or [1, N]), no alpha. The GEMM adds it and
        // applies the activation to each tile as it finishes, so there is no pass over the output at all.
        float[]? columnBias = null;
        if (alpha == 1f && packedB is not null && c.Constant(2) is { DType: DType.F32 } cConst
            && cConst.Shape.Length is 1 or 2 && cConst.Shape[^1] == packedB.N && (cConst.Rank == 1 || cConst.Shape[0] == 1))
        {
            columnBias = cConst.AsSpan<float>().ToArray();
            for (int t = 0; t < columnBias.Length; t++)
                columnBias[t] *= beta;
        }
        bool noBias = !c.HasInput(2) || beta == 0f;
        // A·B into a fresh [M, N] output; with `fused`, the bias and clamp are applied to each tile as it finishes.
        Tensor Product(RunContext ctx, Tensor?[] i, bool fused)
        {
            var a = i[0]!;
            if (a.Rank != 2 || i[1]!.Rank != 2)
                throw new ArgumentException($"Gemm needs 2-D A and B, got {a} and {i[1]}.");
            if (transA)
                a = ShapeOps.Transpose(ctx, a, [1, 0]);
            int m = a.Shape[0], k = a.Shape[1];
            var pb = packedB ?? PackB(i[1]!, transB);
            if (pb.K != k)
                throw new ArgumentException($"Gemm: A has {k} columns but B has {pb.K} rows.");
            var y = ctx.AllocateUninitialized(DType.F32, m, pb.N); // the GEMM writes every element
            var epilogue = fused ? new F32Epilogue { ColumnBias = columnBias, Min = clampMin, Max = clampMax } : new F32Epilogue();
            GemmF32.Multiply(a.AsSpan<float>(), pb, y.AsSpan<float>(), m, epilogue, ctx.Threads);
            return y;
        }

        if (alpha == 1f && (columnBias is not null || noBias))
            return (ctx, i, o) => o[0] = Product(ctx, i, fused: true);
        bool clamp = !float.IsNegativeInfinity(clampMin) || !float.IsPositiveInfinity(clampMax);
        return (ctx, i, o) =>
        {
            var y = Product(ctx, i, fused: false);
            int m = y.Shape[0], n = y.Shape[1];
            var ys = y.AsSpan<float>();
            if (alpha != 1f)
                foreach (ref float v in ys)
                    v *= alpha;
            if (i.Length > 2 && i[2] is { } cT && beta != 0f)
            {
                var offsets = BroadcastOffsets(cT.Shape, [m, n]);
                var cs = cT.AsSpan<float>();
                for (int t = 0; t < ys.Length; t++)
                    ys[t] += beta * cs[offsets[t]];
            }
            if (clamp)
                Kernels.Elementwise.AffineKernels.Clamp(ys, clampMin, clampMax, ys);
            o[0] = y;
        };
    }

    private static PackedWeights PackB(Tensor b, bool transposed)
    {
        int k = transposed ? b.Shape[1] : b.Shape[0], n = transposed ? b.Shape[0] : b.Shape[1];
        var data = b.AsSpan<float>();
        if (!transposed)
            return GemmF32.Pack(data, k, n);
        var t = new float[k * n];
        for (int r = 0; r < n; r++)
            for (int col = 0; col < k; col++)
                t[col * n + r] = data[r * k + col];
        return GemmF32.Pack(t, k, n);
    }

    private static Kernel MatMul(BuildContext c)
    {
        c.RequireType(0, DType.F32);
        PackedWeights? packed = c.Constant(1) is { Rank: 2, DType: DType.F32 } b ? PackB(b, false) : null;
        return (ctx, i, o) =>
        {
            var a = i[0]!;
            var b = i[1]!;
            if (a.DType != DType.F32 || b.DType != DType.F32)
                throw new ArgumentException($"MatMul runs float32; got {a.DType} and {b.DType}.");
            if (a.Rank == 0 || b.Rank == 0)
                throw new ArgumentException("MatMul inputs must have rank ≥ 1.");
            // numpy matmul: 1-D A gains a leading 1, 1-D B a trailing 1, both removed from the result.
            var aShape = a.Rank == 1 ? new[] { 1, a.Shape[0] } : ShapeOf(a);
            var bShape = b.Rank == 1 ? new[] { b.Shape[0], 1 } : ShapeOf(b);
            int m = aShape[^2], k = aShape[^1], n = bShape[^1];
            if (bShape[^2] != k)
                throw new ArgumentException($"MatMul: A {a} has {k} columns but B {b} has {bShape[^2]} rows.");
            var batch = Kernels.Elementwise.ElementwiseKernels.BroadcastShape(aShape.AsSpan(0, aShape.Length - 2), bShape.AsSpan(0, bShape.Length - 2));
            var outShape = batch.Concat(new[] { m, n }).ToList();
            if (b.Rank == 1) outShape.RemoveAt(outShape.Count - 1);
            if (a.Rank == 1) outShape.RemoveAt(outShape.Count - (b.Rank == 1 ? 1 : 2));
            var y = ctx.AllocateUninitialized(DType.F32, [.. outShape]); // every product writes all of its block
            var ys = y.AsSpan<float>();
            var asp = a.AsSpan<float>();
            var bsp = b.AsSpan<float>();
            if (packed is not null && b.Rank == 2)
            {
                // Every batch of A shares B: one GEMM over all rows.
                GemmF32.Multiply(asp, packed, ys, asp.Length / k, ctx.Threads);
                o[0] = y;
                return;
            }
            int batches = Count(batch);
            var aOff = BroadcastOffsets(aShape.AsSpan(0, aShape.Length - 2), batch);
            var bOff = BroadcastOffsets(bShape.AsSpan(0, bShape.Length - 2), batch);
            if (batches >= 2 * ctx.Threads && ctx.Threads > 1)
                BatchedProducts(asp, aOff, bsp, bOff, ys, m, n, k, ctx.Threads);
            else
                for (int t = 0; t < batches; t++)
                    GemmF32.Multiply(asp.Slice(aOff[t] * m * k, m * k), bsp.Slice(bOff[t] * k * n, k * n), ys.Slice(t * m * n, m * n), m, n, k, ctx.Threads);
            o[0] = y;
        };
    }

    /// <summary>
    /// Many small products (attention: one per image and head) as one task each on one thread, rather than each
    /// product split across the threads.
    /// </summary>
    private static unsafe void BatchedProducts(ReadOnlySpan<float> a, int[] aOff, ReadOnlySpan<float> b, int[] bOff, Span<float> y, int m, int n, int k, int threads)
    {
        fixed (float* pa = a)
        fixed (float* pb = b)
        fixed (float* py = y)
        {
            // Task bodies cannot capture spans; the buffers stay pinned until every task has finished.
            nint aAddr = (nint)pa, bAddr = (nint)pb, yAddr = (nint)py;
            Kernels.KernelThreads.For(aOff.Length, threads, t => GemmF32.Multiply(
                new ReadOnlySpan<float>((float*)aAddr + (long)aOff[t] * m * k, m * k), new ReadOnlySpan<float>((float*)bAddr + (long)bOff[t] * k * n, k * n),
                new Span<float>((float*)yAddr + (long)t * m * n, m * n), m, n, k, threads: 1));
        }
    }

    /// <summary>
    /// coex.MatMulBias (<see cref="Graphs.Passes.TransformerFusion"/>): <c>act(x · W + b + r)</c> for constant W [K, N], N
    /// constant bias values and an optional residual r of the output's shape, x of any rank ≥ 1 (its rows share W); act is
    /// GELU when the <c>activation</c> attribute says "Gelu". All of it is applied to each GEMM tile as it finishes.
    /// </summary>
    internal static Kernel MatMulBias(BuildContext c)
    {
        c.RequireType(0, DType.F32);
        if (c.Constant(1) is not { Rank: 2, DType: DType.F32 } w || c.Constant(2) is not { DType: DType.F32 } bias || bias.Length != w.Shape[1])
            throw c.Unsupported("MatMulBias needs constant float weights [K, N] and N constant float bias values");
        string activation = c.String(Graphs.Passes.TransformerFusion.Activation, "");
        if (activation is not ("" or Graphs.Passes.TransformerFusion.Gelu))
            throw c.Unsupported($"unknown MatMulBias activation '{activation}' (Coex fuses Gelu)");
        bool gelu = activation.Length > 0;
        var packed = PackB(w, false);
        var columnBias = bias.AsSpan<float>().ToArray();
        return (ctx, i, o) =>
        {
            var a = i[0]!;
            if (a.DType != DType.F32 || a.Rank == 0 || a.Shape[^1] != packed.K)
                throw new ArgumentException($"MatMulBias: A {a} must be float32 with {packed.K} columns (W is [{packed.K}, {packed.N}]).");
            int[] shape = [.. ShapeOf(a)[..^1], packed.N];
            var residual = i.Length > 3 ? i[3] : null;
            if (residual is not null && (residual.DType != DType.F32 || !residual.Shape.SequenceEqual(shape)))
                throw new ArgumentException($"MatMulBias: the residual {residual} must be float32 of the output's shape [{string.Join(", ", shape)}].");
            var y = ctx.AllocateUninitialized(DType.F32, shape);
            var asp = a.AsSpan<float>();
            GemmF32.Multiply(asp, packed, y.AsSpan<float>(), asp.Length / packed.K,
                new F32Epilogue { ColumnBias = columnBias, Residual = residual is null ? default : residual.AsSpan<float>(), Gelu = gelu }, ctx.Threads);
            o[0] = y;
        };
    }

    private static Kernel Pool(BuildContext c, bool max)
    {
        c.RequireType(0, max ? [DType.F32, DType.U8, DType.I8] : [DType.F32]);
        var window = Window.Of(c);
        if (window.Kernel is not { } kernel)
            throw c.Unsupported("kernel_shape is required");
        bool columnMajor = c.Int("storage_order", 0) != 0;
        bool ceil = c.Int("ceil_mode", 0) != 0, includePad = c.Int("count_include_pad", 0) != 0;
        int spatial = kernel.Length;
        int kh = spatial == 1 ? 1 : (int)kernel[0], kw = (int)kernel[^1];
        // The 2-D kernel covers float 1-D/2-D windows without dilation or indices; the direct loop covers the rest.
        bool direct = spatial > 2 || window.Dilations is { } d && d.Any(v => v != 1) || c.HasOutput(1) || columnMajor;
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            if (direct || x.DType != DType.F32)
            {
                SpatialOps.Pool(ctx, x, max, kernel, window.Strides, window.Dilations, window.Pads, window.AutoPad, ceil, includePad, o, columnMajor);
                return;
            }
            if (x.Rank != spatial + 2)
                throw new ArgumentException($"{(max ? "MaxPool" : "AveragePool")} with a {spatial}-D kernel needs rank {spatial + 2} input, got {x}.");
            int h = spatial == 1 ? 1 : x.Shape[2], w = x.Shape[^1];
            var (sh, sw, _, _, pt, pl, pb, pr) = window.Resolve(spatial, h, w, kh, kw);
            var g = new Pool2DGeometry
            {
                Batch = x.Shape[0], Channels = x.Shape[1], Height = h, Width = w, KernelH = kh, KernelW = kw, StrideH = sh, StrideW = sw,
                PadTop = pt, PadLeft = pl, PadBottom = pb, PadRight = pr, CeilMode = ceil, CountIncludePad = includePad,
            };
            g.Validate();
            int[] shape = spatial == 1 ? [g.Batch, g.Channels, g.OutWidth] : [g.Batch, g.Channels, g.OutHeight, g.OutWidth];
            var y = ctx.AllocateUninitialized(DType.F32, shape);
            if (max)
                PoolKernels.MaxPool(x.AsSpan<float>(), y.AsSpan<float>(), g, ctx.Threads);
            else
                PoolKernels.AveragePool(x.AsSpan<float>(), y.AsSpan<float>(), g);
            o[0] = y;
        };
    }

    private static Tensor GlobalPool(RunContext ctx, Tensor x, bool max)
    {
        if (x.Rank < 3)
            throw new ArgumentException($"Global pooling needs an N×C×… input, got {x}.");
        var shape = ShapeOf(x);
        int planes = shape[0] * shape[1], plane = Count(shape.AsSpan(2));
        for (int d = 2; d < shape.Length; d++)
            shape[d] = 1;
        var y = ctx.Allocate(DType.F32, shape);
        if (!max)
        {
            PoolKernels.GlobalAveragePool(x.AsSpan<float>(), y.AsSpan<float>(), planes, plane);
            return y;
        }
        var src = x.AsSpan<float>();
        var dst = y.AsSpan<float>();
        for (int p = 0; p < planes; p++)
        {
            float m = float.NegativeInfinity;
            foreach (float v in src.Slice(p * plane, plane))
                m = float.IsNaN(v) || v > m ? v : m;
            dst[p] = m;
        }
        return y;
    }

    private static Kernel BatchNorm(BuildContext c)
    {
        c.RequireType(0, DType.F32);
        bool training = c.Int("training_mode", 0) != 0;
        if (!training && c.HasOutput(1))
            throw c.Unsupported("running statistics outputs outside training mode (opset < 14 semantics)");
        float epsilon = c.Float("epsilon", 1e-5f), momentum = c.Float("momentum", 0.9f);
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            var scale = i[1]!.AsSpan<float>();
            var bias = i[2]!.AsSpan<float>();
            var mean = i[3]!.AsSpan<float>();
            var variance = i[4]!.AsSpan<float>();
            int channels = x.Rank > 1 ? x.Shape[1] : 1, plane = x.Rank > 2 ? Count(x.Shape[2..]) : 1;
            if (training)
            {
                // Training mode normalizes with the batch's own statistics (biased variance) and blends them into
                // the running ones: running = running·momentum + batch·(1 − momentum).
                var (batchMean, batchVar) = ChannelStatistics(x.AsSpan<float>(), channels, plane);
                var runMean = ctx.Allocate(DType.F32, channels);
                var runVar = ctx.Allocate(DType.F32, channels);
                for (int ch = 0; ch < channels; ch++)
                {
                    runMean.AsSpan<float>()[ch] = mean[ch] * momentum + batchMean[ch] * (1 - momentum);
                    runVar.AsSpan<float>()[ch] = variance[ch] * momentum + batchVar[ch] * (1 - momentum);
                }
                if (o.Length > 1) o[1] = runMean;
                if (o.Length > 2) o[2] = runVar;
                mean = batchMean;
                variance = batchVar;
            }
            var a = new float[channels];
            var b = new float[channels];
            for (int ch = 0; ch < channels; ch++)
            {
                // y = x·a + b with a = scale/√(var+ε), b = bias − mean·a.
                a[ch] = scale[ch] / MathF.Sqrt(variance[ch] + epsilon);
                b[ch] = bias[ch] - mean[ch] * a[ch];
            }
            var y = ctx.Allocate(DType.F32, ShapeOf(x));
            AffineKernels.ChannelAffine(x.AsSpan<float>(), a, b, channels, plane, y.AsSpan<float>());
            o[0] = y;
        };
    }

    /// <summary>Per-channel mean and biased variance over batch and spatial positions, accumulated in double.</summary>
    private static (float[] Mean, float[] Variance) ChannelStatistics(ReadOnlySpan<float> x, int channels, int plane)
    {
        var sum = new double[channels];
        var sq = new double[channels];
        int count = x.Length / Math.Max(channels * plane, 1) * plane;
        for (int k = 0; k < x.Length; k++)
            sum[k / plane % channels] += x[k];
        var mean = sum.Select(v => v / count).ToArray();
        for (int k = 0; k < x.Length; k++)
        {
            double dv = x[k] - mean[k / plane % channels];
            sq[k / plane % channels] += dv * dv;
        }
        return ([.. mean.Select(v => (float)v)], [.. sq.Select(v => (float)(v / count))]);
    }

    private static Kernel Softmax(BuildContext c, bool log)
    {
        c.RequireType(0, DType.F32);
        bool coerce = c.Opset < 13;
        long axisAttr = c.Int("axis", coerce ? 1 : -1);
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            int axis = Axis(axisAttr, x.Rank);
            var y = ctx.Allocate(DType.F32, ShapeOf(x));
            if (coerce || axis == x.Rank - 1)
            {
                // Opset < 13: rows are everything from the axis on (the input coerced to 2-D).
                int row = Count(x.Shape[axis..]);
                if (row > 0)
                    SoftmaxKernels.Softmax(x.AsSpan<float>(), y.AsSpan<float>(), row, log, ctx.Threads);
                o[0] = y;
                return;
            }
            // Opset ≥ 13 over an inner axis: gather each strided line into a row, normalize, scatter back.
            int dim = x.Shape[axis], inner = Count(x.Shape[(axis + 1)..]), outer = Count(x.Shape[..axis]);
            var line = new float[dim];
            var result = new float[dim];
            var src = x.AsSpan<float>();
            var dst = y.AsSpan<float>();
            for (int ob = 0; ob < outer; ob++)
            {
                for (int ib = 0; ib < inner; ib++)
                {
                    int start = ob * dim * inner + ib;
                    for (int d = 0; d < dim; d++)
                        line[d] = src[start + d * inner];
                    SoftmaxKernels.Softmax(line, result, dim, log);
                    for (int d = 0; d < dim; d++)
                        dst[start + d * inner] = result[d];
                }
            }
            o[0] = y;
        };
    }

    private static Kernel LayerNorm(BuildContext c)
    {
        c.RequireType(0, DType.F32);
        long axisAttr = c.Int("axis", -1);
        float epsilon = c.Float("epsilon", 1e-5f);
        if (c.Int("stash_type", 1) != 1)
            throw c.Unsupported("stash_type other than float32");
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            int axis = Axis(axisAttr, x.Rank);
            int row = Count(x.Shape[axis..]), rows = Count(x.Shape[..axis]);
            var scale = Broadcast(i[1]!, row);
            var bias = i.Length > 2 && i[2] is { } b ? Broadcast(b, row) : [];
            var y = ctx.Allocate(DType.F32, ShapeOf(x));
            var statShape = x.Shape.ToArray().Select((d, k) => k < axis ? d : 1).ToArray();
            bool stats = o.Length > 1;
            if (!stats)
            {
                SoftmaxKernels.LayerNorm(x.AsSpan<float>(), scale, bias, y.AsSpan<float>(), row, epsilon, ctx.Threads);
                o[0] = y;
                return;
            }
            var mean = ctx.Allocate(DType.F32, statShape);
            var invStd = ctx.Allocate(DType.F32, statShape);
            var src = x.AsSpan<float>();
            var dst = y.AsSpan<float>();
            for (int r = 0; r < rows; r++)
            {
                var xr = src.Slice(r * row, row);
                double sum = 0, sq = 0;
                foreach (float v in xr) sum += v;
                double mu = sum / row;
                foreach (float v in xr) sq += (v - mu) * (v - mu);
                double inv = 1 / Math.Sqrt(sq / row + epsilon);
                for (int k = 0; k < row; k++)
                    dst[r * row + k] = (float)((xr[k] - mu) * inv * scale[k] + (bias.Length > 0 ? bias[k] : 0));
                mean.AsSpan<float>()[r] = (float)mu;
                invStd.AsSpan<float>()[r] = (float)inv;
            }
            o[0] = y;
            o[1] = mean;
            if (o.Length > 2) o[2] = invStd;
        };
    }

    private static Tensor Hardmax(RunContext ctx, Tensor x, int axis, bool coerce)
    {
        // Opset < 13 coerces to 2-D at the axis (rows = everything from the axis on); ≥ 13 uses the single axis.
        int dim = coerce ? Count(x.Shape[axis..]) : x.Shape[axis];
        int inner = coerce ? 1 : Count(x.Shape[(axis + 1)..]);
        int outer = Count(x.Shape[..axis]);
        var y = ctx.Allocate(DType.F32, ShapeOf(x));
        var src = x.AsSpan<float>();
        var dst = y.AsSpan<float>();
        for (int ob = 0; ob < outer; ob++)
            for (int ib = 0; ib < inner; ib++)
            {
                int best = 0;
                for (int d = 1; d < dim; d++)
                    if (src[(ob * dim + d) * inner + ib] > src[(ob * dim + best) * inner + ib])
                        best = d;
                if (dim > 0)
                    dst[(ob * dim + best) * inner + ib] = 1f;
            }
        return y;
    }

    /// <summary>(x − mean) / √(var + ε) over <paramref name="axes"/>, then per-channel (axis 1) scale and bias when given.</summary>
    private static Tensor Normalize(RunContext ctx, Tensor x, int[] axes, float epsilon, Tensor? scale, Tensor? bias)
    {
        var shape = ShapeOf(x);
        var reduced = new bool[shape.Length];
        foreach (int a in axes) reduced[a] = true;
        var statShape = shape.Select((d, k) => reduced[k] ? 1 : d).ToArray();
        var statStrides = Strides(statShape);
        for (int d = 0; d < shape.Length; d++) if (reduced[d]) statStrides[d] = 0;
        int groups = Count(statShape), n = (int)x.Length, per = n / Math.Max(groups, 1);
        var src = x.AsSpan<float>();
        var group = new int[n];
        var index = new int[shape.Length];
        int at = 0;
        for (int k = 0; k < n; k++)
        {
            group[k] = at;
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                at += statStrides[d];
                if (++index[d] < shape[d]) break;
                at -= statStrides[d] * shape[d];
                index[d] = 0;
            }
        }
        var mean = new double[groups];
        var sq = new double[groups];
        for (int k = 0; k < n; k++) mean[group[k]] += src[k];
        for (int g = 0; g < groups; g++) mean[g] /= per;
        for (int k = 0; k < n; k++) sq[group[k]] += (src[k] - mean[group[k]]) * (src[k] - mean[group[k]]);
        var y = ctx.Allocate(DType.F32, shape);
        var dst = y.AsSpan<float>();
        int channels = shape.Length > 1 ? shape[1] : 1, plane = shape.Length > 2 ? Count(shape.AsSpan(2)) : 1;
        for (int k = 0; k < n; k++)
        {
            int g = group[k];
            double v = (src[k] - mean[g]) / Math.Sqrt(sq[g] / per + epsilon);
            int ch = k / plane % channels;
            if (scale is not null) v *= scale.AsSpan<float>()[ch];
            if (bias is not null) v += bias.AsSpan<float>()[ch];
            dst[k] = (float)v;
        }
        return y;
    }

    /// <summary>Local response normalization across channels: x / (bias + α/size · Σ x²)^β over a window of <paramref name="size"/> channels.</summary>
    private static Tensor Lrn(RunContext ctx, Tensor x, int size, float alpha, float beta, float bias)
    {
        int n = x.Shape[0], channels = x.Shape[1], plane = Count(x.Shape[2..]);
        var src = x.AsSpan<float>();
        var y = ctx.Allocate(DType.F32, ShapeOf(x));
        var dst = y.AsSpan<float>();
        int before = (size - 1) / 2, after = size - 1 - before;
        for (int b = 0; b < n; b++)
            for (int ch = 0; ch < channels; ch++)
                for (int p = 0; p < plane; p++)
                {
                    double sum = 0;
                    for (int k = Math.Max(0, ch - before); k <= Math.Min(channels - 1, ch + after); k++)
                    {
                        double v = src[(b * channels + k) * plane + p];
                        sum += v * v;
                    }
                    int at = (b * channels + ch) * plane + p;
                    dst[at] = (float)(src[at] / Math.Pow(bias + alpha / size * sum, beta));
                }
        return y;
    }

    /// <summary>A per-row parameter of <paramref name="row"/> elements, broadcasting a smaller tensor (numpy rules).</summary>
    private static float[] Broadcast(Tensor t, int row)
    {
        var s = t.AsSpan<float>();
        if (s.Length == row)
            return s.ToArray();
        if (s.Length == 1)
            return Enumerable.Repeat(s[0], row).ToArray();
        throw new ArgumentException($"LayerNormalization parameter {t} does not match a row of {row} elements.");
    }
}
