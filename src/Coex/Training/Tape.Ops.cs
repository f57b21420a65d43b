using Coex.Kernels.Conv;
using Coex.Kernels.Elementwise;
using Coex.Kernels.Gemm;
using Coex.Kernels.Norms;
using Coex.Kernels.Pool;
using Coex.Tensors;
using Coex.Training.Kernels;

namespace Coex.Training;

public sealed partial class Tape
{
    /// <summary>
    /// Fully connected layer, PyTorch/ONNX-Gemm(transB = 1) convention: <c>y[m, o] = Σ_i x[m, i]·w[o, i] + b[o]</c>
    /// with x [M, In], w [Out, In], b [Out] or null.
    /// </summary>
    /// <remarks>Backward: dx = dy·w, dw = dyᵀ·x, db = Σ_m dy; each product runs the packed GEMM.</remarks>
    public Variable Linear(Variable x, Variable w, Variable? b = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(w);
        if (x.Shape.Length != 2 || w.Shape.Length != 2 || x.Shape[1] != w.Shape[1])
            throw new ArgumentException($"Linear needs x [M, In] and w [Out, In]; got x {ShapeText(x.Shape)} and w {ShapeText(w.Shape)}.");
        int m = x.Shape[0], k = x.Shape[1], n = w.Shape[0];
        if (b is not null && (b.Shape.Length != 1 || b.Shape[0] != n))
            throw new ArgumentException($"Linear bias must be [{n}]; got {ShapeText(b.Shape)}.", nameof(b));
        var wT = Floats(k * n);
        SpanMath.Transpose(w.Data, n, k, wT);
        var y = NewLike([m, n]);
        var yd = y.AsSpan<float>();
        GemmF32.Multiply(x.Data, GemmF32.Pack(wT, k, n), yd, m, Threads);
        if (b is not null)
            for (int r = 0; r < m; r++)
                SpanMath.AddInto(b.Data, yd.Slice(r * n, n));
        var output = Output(y, x, w, b);
        Record(output, () =>
        {
            if (x.RequiresGrad)
            {
                var packedW = GemmF32.Pack(w.Data, n, k);
                Accumulate(x, dst => GemmF32.Multiply(output.GradData, packedW, dst, m, Threads));
            }
            if (w.RequiresGrad)
            {
                var dyT = Floats(n * m);
                SpanMath.Transpose(output.GradData, m, n, dyT);
                var packedX = GemmF32.Pack(x.Data, m, k);
                Accumulate(w, dst => GemmF32.Multiply(dyT, packedX, dst, n, Threads));
            }
            if (b is { RequiresGrad: true })
            {
                var dy = output.GradData;
                var db = b.GradData;
                for (int r = 0; r < m; r++)
                    SpanMath.AddInto(dy.Slice(r * n, n), db);
            }
        });
        return output;
    }

    /// <summary>
    /// 2-D convolution over NCHW <paramref name="x"/> with OIHW <paramref name="w"/> ([Out, In/groups, KH, KW]),
    /// symmetric zero padding, optional bias [Out]; see <see cref="Conv2D.Forward(ReadOnlySpan{float}, PackedConvWeights, ReadOnlySpan{float}, Span{float}, int)"/>.
    /// </summary>
    public Variable Conv2d(Variable x, Variable w, Variable? b = null, int stride = 1, int padding = 0, int groups = 1, int dilation = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(w);
        if (x.Shape.Length != 4 || w.Shape.Length != 4)
            throw new ArgumentException($"Conv2d needs x [N, C, H, W] and w [O, C/groups, KH, KW]; got x {ShapeText(x.Shape)} and w {ShapeText(w.Shape)}.");
        if (groups <= 0 || x.Shape[1] != w.Shape[1] * groups)
            throw new ArgumentException($"Conv2d input has {x.Shape[1]} channels; weights {ShapeText(w.Shape)} with {groups} groups expect {w.Shape[1] * groups}.");
        var g = new Conv2DGeometry
        {
            Batch = x.Shape[0], InChannels = x.Shape[1], Height = x.Shape[2], Width = x.Shape[3],
            OutChannels = w.Shape[0], KernelH = w.Shape[2], KernelW = w.Shape[3],
            StrideH = stride, StrideW = stride, PadTop = padding, PadLeft = padding, PadBottom = padding, PadRight = padding,
            DilationH = dilation, DilationW = dilation, Groups = groups,
        };
        g.Validate();
        if (b is not null && (b.Shape.Length != 1 || b.Shape[0] != g.OutChannels))
            throw new ArgumentException($"Conv2d bias must be [{g.OutChannels}]; got {ShapeText(b.Shape)}.", nameof(b));
        var y = NewLike([g.Batch, g.OutChannels, g.OutHeight, g.OutWidth]);
        Conv2D.Forward(x.Data, Conv2D.Pack(w.Data, g), b is null ? [] : b.Data, y.AsSpan<float>(), Threads);
        var output = Output(y, x, w, b);
        Record(output, () =>
        {
            // Depthwise convolutions take the direct kernels: per-channel GEMMs would have one column.
            if (x.RequiresGrad)
                Accumulate(x, dst =>
                {
                    if (g.IsDepthwise)
                        DepthwiseConvBackward.InputGrad(output.GradData, w.Data, g, dst, Threads);
                    else
                        ConvBackward.InputGrad(output.GradData, w.Data, g, dst, Threads);
                });
            bool needW = w.RequiresGrad, needB = b is { RequiresGrad: true };
            if (needW || needB)
            {
                var dw = new float[g.WeightLength];
                var db = needB ? new float[g.OutChannels] : [];
                if (g.IsDepthwise)
                    DepthwiseConvBackward.WeightGrad(x.Data, output.GradData, g, dw, db, Threads);
                else
                    ConvBackward.WeightGrad(x.Data, output.GradData, g, dw, db, Threads);
                if (needW)
                    AddInto(dw, w.GradData);
                if (needB)
                    AddInto(db, b!.GradData);
            }
        });
        return output;
    }

    /// <summary><c>x + y</c> with numpy broadcasting (e.g. a [1, C, 1, 1] bias over [N, C, H, W]).</summary>
    /// <remarks>Backward sums the output gradient over each input's broadcast dimensions.</remarks>
    public Variable Add(Variable x, Variable y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var shape = ElementwiseKernels.BroadcastShape(x.Shape, y.Shape);
        var z = NewLike(shape);
        ElementwiseKernels.Binary<AddOperator>(x.Data, x.Shape, y.Data, y.Shape, z.AsSpan<float>());
        var output = Output(z, x, y);
        Record(output, () =>
        {
            foreach (var input in new[] { x, y })
                if (input.RequiresGrad)
                {
                    if (input.Length == output.Length)
                        AddInto(output.GradData, input.GradData);
                    else
                        ReduceToShape(output.GradData, shape, input.Shape, input.GradData);
                }
        });
        return output;
    }

    /// <summary><c>destination[j] += Σ source[i]</c> over the output indices i that broadcast onto input index j.</summary>
    private static void ReduceToShape(ReadOnlySpan<float> source, int[] outShape, ReadOnlySpan<int> inShape, Span<float> destination)
    {
        int rank = outShape.Length, offset = rank - inShape.Length;
        var strides = new int[rank];
        for (int i = rank - 1, stride = 1; i >= offset; i--)
        {
            int d = inShape[i - offset];
            strides[i] = d == 1 ? 0 : stride;
            stride *= d;
        }
        var index = new int[rank];
        int at = 0;
        for (int i = 0; i < source.Length; i++)
        {
            destination[at] += source[i];
            for (int d = rank - 1; d >= 0; d--)
            {
                at += strides[d];
                if (++index[d] < outShape[d])
                    break;
                at -= strides[d] * outShape[d];
                index[d] = 0;
            }
        }
    }

    /// <summary><c>max(x, 0)</c>; the gradient passes where the output is positive.</summary>
    public Variable Relu(Variable x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var y = NewLike(x.Shape);
        ForRanges(x.Length, (i0, i1) => ElementwiseKernels.Unary<ReluOperator>(x.Data[i0..i1], y.AsSpan<float>()[i0..i1]));
        var output = Output(y, x);
        Record(output, () =>
        {
            x.EnsureGrad(); // allocate before the parallel tasks, which must not race to create it
            ForRanges(x.Length, (i0, i1) => ReluGradKernel.Accumulate(output.Data[i0..i1], output.GradData[i0..i1], x.GradData[i0..i1]));
        });
        return output;
    }

    /// <summary><c>min(max(x, min), max)</c>; the gradient passes where min &lt; x &lt; max.</summary>
    public Variable Clip(Variable x, float min, float max)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!(min <= max))
            throw new ArgumentException($"Clip needs min ≤ max; got min {min}, max {max}.");
        var y = NewLike(x.Shape);
        ForRanges(x.Length, (i0, i1) => ClipKernel.Forward(x.Data[i0..i1], min, max, y.AsSpan<float>()[i0..i1]));
        var output = Output(y, x);
        Record(output, () =>
        {
            x.EnsureGrad(); // allocate before the parallel tasks, which must not race to create it
            ForRanges(x.Length, (i0, i1) => ClipKernel.Backward(x.Data[i0..i1], min, max, output.GradData[i0..i1], x.GradData[i0..i1]));
        });
        return output;
    }

    /// <summary><c>min(max(x, 0), 6)</c>.</summary>
    public Variable Relu6(Variable x) => Clip(x, 0f, 6f);

    /// <summary>Max pooling over NCHW with a square window, symmetric padding (padding never wins).</summary>
    public Variable MaxPool2d(Variable x, int kernel, int stride, int padding = 0)
    {
        var g = PoolGeometry(x, kernel, stride, padding, countIncludePad: false);
        var y = NewLike([g.Batch, g.Channels, g.OutHeight, g.OutWidth]);
        int inImage = g.Channels * g.Height * g.Width, outImage = g.Channels * g.OutHeight * g.OutWidth;
        ForBatchChunks(g.Batch, (n0, n1) => PoolKernels.MaxPool(x.Data.Slice(n0 * inImage, (n1 - n0) * inImage),
            y.AsSpan<float>().Slice(n0 * outImage, (n1 - n0) * outImage), g with { Batch = n1 - n0 }));
        var output = Output(y, x);
        Record(output, () =>
        {
            var dx = Floats(x.Length);
            ForBatchChunks(g.Batch, (n0, n1) => PoolBackward.MaxPool(x.Data.Slice(n0 * inImage, (n1 - n0) * inImage),
                output.GradData.Slice(n0 * outImage, (n1 - n0) * outImage), dx.AsSpan(n0 * inImage, (n1 - n0) * inImage), g with { Batch = n1 - n0 }));
            AddInto(dx, x.GradData);
        });
        return output;
    }

    /// <summary>Average pooling over NCHW with a square window; the divisor counts padding when <paramref name="countIncludePad"/>.</summary>
    public Variable AvgPool2d(Variable x, int kernel, int stride, int padding = 0, bool countIncludePad = false)
    {
        var g = PoolGeometry(x, kernel, stride, padding, countIncludePad);
        var y = NewLike([g.Batch, g.Channels, g.OutHeight, g.OutWidth]);
        int inImage = g.Channels * g.Height * g.Width, outImage = g.Channels * g.OutHeight * g.OutWidth;
        ForBatchChunks(g.Batch, (n0, n1) => PoolKernels.AveragePool(x.Data.Slice(n0 * inImage, (n1 - n0) * inImage),
            y.AsSpan<float>().Slice(n0 * outImage, (n1 - n0) * outImage), g with { Batch = n1 - n0 }));
        var output = Output(y, x);
        Record(output, () =>
        {
            var dx = Floats(x.Length);
            ForBatchChunks(g.Batch, (n0, n1) => PoolBackward.AveragePool(output.GradData.Slice(n0 * outImage, (n1 - n0) * outImage),
                dx.AsSpan(n0 * inImage, (n1 - n0) * inImage), g with { Batch = n1 - n0 }));
            AddInto(dx, x.GradData);
        });
        return output;
    }

    /// <summary>Mean over H and W: [N, C, H, W] → [N, C, 1, 1].</summary>
    public Variable GlobalAvgPool(Variable x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Shape.Length != 4)
            throw new ArgumentException($"GlobalAvgPool needs [N, C, H, W]; got {ShapeText(x.Shape)}.", nameof(x));
        int planes = x.Shape[0] * x.Shape[1], size = x.Shape[2] * x.Shape[3];
        var y = NewLike([x.Shape[0], x.Shape[1], 1, 1]);
        PoolKernels.GlobalAveragePool(x.Data, y.AsSpan<float>(), planes, size);
        var output = Output(y, x);
        Record(output, () => Accumulate(x, dst => PoolBackward.GlobalAveragePool(output.GradData, dst, planes, size)));
        return output;
    }

    private static Pool2DGeometry PoolGeometry(Variable x, int kernel, int stride, int padding, bool countIncludePad)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Shape.Length != 4)
            throw new ArgumentException($"Pooling needs [N, C, H, W]; got {ShapeText(x.Shape)}.", nameof(x));
        var g = new Pool2DGeometry
        {
            Batch = x.Shape[0], Channels = x.Shape[1], Height = x.Shape[2], Width = x.Shape[3],
            KernelH = kernel, KernelW = kernel, StrideH = stride, StrideW = stride,
            PadTop = padding, PadLeft = padding, PadBottom = padding, PadRight = padding, CountIncludePad = countIncludePad,
        };
        g.Validate();
        return g;
    }

    /// <summary>The same elements with a new shape (one dimension may be −1: inferred); shares storage with x.</summary>
    public Variable Reshape(Variable x, params int[] shape)
    {
        ArgumentNullException.ThrowIfNull(x);
        var resolved = (int[])shape.Clone();
        int infer = Array.IndexOf(resolved, -1);
        if (infer >= 0)
        {
            long known = 1;
            for (int i = 0; i < resolved.Length; i++)
                if (i != infer) known *= resolved[i];
            if (known <= 0 || x.Length % known != 0)
                throw new ArgumentException($"Cannot infer the −1 dimension of {ShapeText(shape)} for {x.Length} elements.", nameof(shape));
            resolved[infer] = (int)(x.Length / known);
        }
        var output = Output(x.Value.Reshape(resolved), x);
        Record(output, () => AddInto(output.GradData, x.GradData));
        return output;
    }

    /// <summary>[N, d1, d2, …] → [N, d1·d2·…].</summary>
    public Variable Flatten(Variable x) => Reshape(x, x.Shape[0], -1);

    /// <summary>
    /// BatchNorm over the channels of NCHW <paramref name="x"/> (see <see cref="BatchNormKernels"/>). In training mode
    /// it normalizes with batch statistics and updates <paramref name="runningMean"/>/<paramref name="runningVar"/> in place;
    /// in eval mode it uses them.
    /// </summary>
    public Variable BatchNorm2d(Variable x, Variable gamma, Variable beta, Tensor runningMean, Tensor runningVar, float momentum = 0.1f, float epsilon = 1e-5f)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(gamma);
        ArgumentNullException.ThrowIfNull(beta);
        ArgumentNullException.ThrowIfNull(runningMean);
        ArgumentNullException.ThrowIfNull(runningVar);
        if (x.Shape.Length != 4)
            throw new ArgumentException($"BatchNorm2d needs [N, C, H, W]; got {ShapeText(x.Shape)}.", nameof(x));
        int n = x.Shape[0], c = x.Shape[1], plane = x.Shape[2] * x.Shape[3];
        var y = NewLike(x.Shape);
        if (!Training)
        {
            BatchNormKernels.ForwardInference(x.Data, gamma.Data, beta.Data, runningMean.AsSpan<float>(), runningVar.AsSpan<float>(), epsilon, y.AsSpan<float>(), n, c, plane);
            var evalOut = Output(y, x, gamma, beta);
            var invStd = new float[c];
            var mean = runningMean.AsSpan<float>().ToArray();
            for (int i = 0; i < c; i++)
                invStd[i] = 1f / MathF.Sqrt(runningVar.AsSpan<float>()[i] + epsilon);
            Record(evalOut, () => EvalBatchNormBackward(x, gamma, beta, evalOut, mean, invStd, n, c, plane));
            return evalOut;
        }
        var saveMean = new float[c];
        var saveInvStd = new float[c];
        BatchNormKernels.ForwardTraining(x.Data, gamma.Data, beta.Data, runningMean.AsSpan<float>(), runningVar.AsSpan<float>(), momentum, epsilon,
            y.AsSpan<float>(), saveMean, saveInvStd, n, c, plane, Threads);
        var output = Output(y, x, gamma, beta);
        Record(output, () =>
        {
            var dx = Floats(x.Length);
            var dGamma = new float[c];
            var dBeta = new float[c];
            BatchNormKernels.BackwardTraining(x.Data, output.GradData, gamma.Data, saveMean, saveInvStd, dx, dGamma, dBeta, n, c, plane, Threads);
            if (x.RequiresGrad) AddInto(dx, x.GradData);
            if (gamma.RequiresGrad) AddInto(dGamma, gamma.GradData);
            if (beta.RequiresGrad) AddInto(dBeta, beta.GradData);
        });
        return output;
    }

    /// <summary>With fixed statistics BN is affine per channel: dx = dy·γ·invStd, dγ = Σ dy·x̂, dβ = Σ dy.</summary>
    private static void EvalBatchNormBackward(Variable x, Variable gamma, Variable beta, Variable output, float[] mean, float[] invStd, int n, int c, int plane)
    {
        var dy = output.GradData;
        var xs = x.Data;
        var dx = x.RequiresGrad ? x.GradData : [];
        var g = gamma.Data;
        for (int ch = 0; ch < c; ch++)
        {
            float k = g[ch] * invStd[ch];
            double sumDy = 0, sumDyXhat = 0;
            for (int b = 0; b < n; b++)
            {
                int at = (b * c + ch) * plane;
                for (int i = 0; i < plane; i++)
                {
                    sumDy += dy[at + i];
                    sumDyXhat += dy[at + i] * (xs[at + i] - mean[ch]) * invStd[ch];
                    if (!dx.IsEmpty)
                        dx[at + i] += dy[at + i] * k;
                }
            }
            if (gamma.RequiresGrad) gamma.GradData[ch] += (float)sumDyXhat;
            if (beta.RequiresGrad) beta.GradData[ch] += (float)sumDy;
        }
    }

    /// <summary>
    /// Inverted dropout: in training mode each element is zeroed with probability <paramref name="p"/> (drawn from
    /// <paramref name="rng"/>, so a seeded generator repeats the mask) and survivors are scaled by 1/(1 − p); in eval mode, identity.
    /// </summary>
    public Variable Dropout(Variable x, float p, Random rng)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(rng);
        if (!(p >= 0f && p < 1f))
            throw new ArgumentOutOfRangeException(nameof(p), p, "Dropout probability must be in [0, 1).");
        if (!Training || p == 0f)
            return x;
        var mask = Floats(x.Length);
        float keep = 1f / (1f - p);
        for (int i = 0; i < mask.Length; i++)
            mask[i] = rng.NextSingle() >= p ? keep : 0f;
        var y = NewLike(x.Shape);
        ElementwiseKernels.Binary<MultiplyOperator>(x.Data, [x.Length], mask, [mask.Length], y.AsSpan<float>());
        var output = Output(y, x);
        Record(output, () =>
        {
            var dy = output.GradData;
            var dx = x.GradData;
            for (int i = 0; i < dx.Length; i++)
                dx[i] += dy[i] * mask[i];
        });
        return output;
    }

    /// <summary>
    /// Mean cross-entropy of softmax(<paramref name="logits"/>) against integer <paramref name="labels"/>:
    /// <c>L = −(1/B) Σ_b log softmax(logits[b])[labels[b]]</c>, computed through log-softmax (max-subtracted, so no overflow).
    /// Returns a scalar. Backward: <c>dlogits = (softmax − onehot(labels)) / B</c>.
    /// </summary>
    public Variable SoftmaxCrossEntropy(Variable logits, ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.Shape.Length != 2 || logits.Shape[0] != labels.Length)
            throw new ArgumentException($"SoftmaxCrossEntropy needs logits [B, C] and B labels; got logits {ShapeText(logits.Shape)} and {labels.Length} labels.");
        int batch = logits.Shape[0], classes = logits.Shape[1];
        var logProb = Floats(logits.Length);
        SoftmaxKernels.Softmax(logits.Data, logProb, classes, log: true);
        double sum = 0;
        var labelCopy = labels.ToArray();
        for (int b = 0; b < batch; b++)
        {
            if ((uint)labelCopy[b] >= (uint)classes)
                throw new ArgumentOutOfRangeException(nameof(labels), labelCopy[b], $"Label {b} is {labelCopy[b]}, outside [0, {classes}).");
            sum -= logProb[b * classes + labelCopy[b]];
        }
        var loss = Tensor.Zeros(DType.F32);
        loss.AsSpan<float>()[0] = (float)(sum / batch);
        var output = Output(loss, logits);
        Record(output, () =>
        {
            float scale = output.GradData[0] / batch;
            var dx = logits.GradData;
            for (int b = 0; b < batch; b++)
                for (int j = 0; j < classes; j++)
                {
                    int at = b * classes + j;
                    float prob = MathF.Exp(logProb[at]);
                    dx[at] += ((j == labelCopy[b] ? prob - 1f : prob)) * scale;
                }
        });
        return output;
    }
}
