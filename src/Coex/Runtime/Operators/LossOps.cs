using Coex.Kernels.Norms;
using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss over float32 [N, C, d1, …] inputs with int32/int64 targets.</summary>
internal static class LossOps
{
    public static void Register(RegisterOperator add)
    {
        int last = OperatorRegistry.LatestOpset;
        add("NegativeLogLikelihoodLoss", 12, last, c =>
        {
            c.RequireType(0, DType.F32);
            var (reduction, ignore) = Attributes(c);
            return (ctx, i, o) => o[0] = Nll(ctx, i[0]!, i[1]!, i.Length > 2 ? i[2] : null, reduction, ignore);
        });
        add("SoftmaxCrossEntropyLoss", 12, last, c =>
        {
            c.RequireType(0, DType.F32);
            var (reduction, ignore) = Attributes(c);
            return (ctx, i, o) =>
            {
                var scores = i[0]!;
                // log-probabilities over the class axis (1): rows are strided, so softmax one [N, C, D] line at a time.
                var logProb = ctx.Allocate(DType.F32, ShapeOf(scores));
                int n = scores.Shape[0], classes = scores.Shape[1], d = Count(scores.Shape[2..]);
                var src = scores.AsSpan<float>();
                var dst = logProb.AsSpan<float>();
                var line = new float[classes];
                var result = new float[classes];
                for (int b = 0; b < n; b++)
                    for (int p = 0; p < d; p++)
                    {
                        for (int k = 0; k < classes; k++) line[k] = src[(b * classes + k) * d + p];
                        SoftmaxKernels.Softmax(line, result, classes, log: true);
                        for (int k = 0; k < classes; k++) dst[(b * classes + k) * d + p] = result[k];
                    }
                o[0] = Nll(ctx, logProb, i[1]!, i.Length > 2 ? i[2] : null, reduction, ignore);
                if (o.Length > 1)
                    o[1] = logProb;
            };
        });
    }

    private static (string Reduction, long? Ignore) Attributes(BuildContext c)
    {
        string reduction = c.String("reduction", "mean");
        if (reduction is not ("none" or "sum" or "mean"))
            throw c.Unsupported($"reduction '{reduction}'");
        return (reduction, c.HasAttribute("ignore_index") ? c.Int("ignore_index", 0) : null);
    }

    /// <summary>
    /// <c>loss[n, d…] = −input[n, target[n, d…], d…] · weight[target]</c> (0 where target = ignore_index); "mean" divides the
    /// sum by the total weight of the targets that were not ignored.
    /// </summary>
    private static Tensor Nll(RunContext c, Tensor input, Tensor target, Tensor? weight, string reduction, long? ignore)
    {
        int n = input.Shape[0], classes = input.Shape[1], d = Count(input.Shape[2..]);
        var x = input.AsSpan<float>();
        var w = weight is null ? [] : weight.AsSpan<float>();
        var loss = new float[n * d];
        double weightSum = 0, lossSum = 0;
        for (int b = 0; b < n; b++)
            for (int p = 0; p < d; p++)
            {
                long t = GetLong(target, b * d + p);
                if (t == ignore)
                    continue;
                if ((ulong)t >= (ulong)classes)
                    throw new ArgumentException($"Target {t} is outside [0, {classes}).");
                float wt = w.IsEmpty ? 1f : w[(int)t];
                loss[b * d + p] = -x[(b * classes + (int)t) * d + p] * wt;
                weightSum += wt;
                lossSum += loss[b * d + p];
            }
        if (reduction == "none")
        {
            var shape = input.Shape.ToArray().Where((_, k) => k != 1).ToArray();
            return Tensor.FromSpan<float>(loss, shape);
        }
        float value = reduction == "sum" ? (float)lossSum : (float)(lossSum / weightSum);
        return Tensor.FromSpan<float>([value]);
    }
}
