using Coex.Tensors;
using Coex.Kernels.Elementwise;

namespace Coex.Training;

public sealed partial class Tape
{
    /// <summary>
    /// DLRM's dot interaction: for F features of shape [B, D], the dot products of every pair, lower triangle row by row:
    /// <c>out[b, p] = ⟨f_i[b], f_j[b]⟩</c> for (i, j) = (1,0), (2,0), (2,1), (3,0), … — output [B, F(F−1)/2].
    /// </summary>
    /// <remarks>Backward: <c>df_i[b] += g[b,p]·f_j[b]</c> and <c>df_j[b] += g[b,p]·f_i[b]</c>.</remarks>
    public Variable PairwiseDot(params Variable[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Length < 2)
            throw new ArgumentException("PairwiseDot needs at least two features.", nameof(features));
        int batch = features[0].Shape.Length == 2 ? features[0].Shape[0] : -1, dim = features[0].Shape.Length == 2 ? features[0].Shape[1] : -1;
        foreach (var f in features)
            if (f.Shape.Length != 2 || f.Shape[0] != batch || f.Shape[1] != dim)
                throw new ArgumentException($"PairwiseDot features must all be [B, D] = {ShapeText(features[0].Shape)}; got {ShapeText(f.Shape)}.", nameof(features));
        int count = features.Length, pairs = count * (count - 1) / 2;
        var z = NewLike([batch, pairs]);
        var zd = z.AsSpan<float>();
        for (int b = 0; b < batch; b++)
        {
            int p = 0;
            for (int i = 1; i < count; i++)
                for (int j = 0; j < i; j++, p++)
                    zd[b * pairs + p] = DotProduct.Dot(features[i].Data.Slice(b * dim, dim), features[j].Data.Slice(b * dim, dim));
        }
        var output = Output(z, features);
        Record(output, () =>
        {
            var g = output.GradData;
            for (int b = 0; b < batch; b++)
            {
                int p = 0;
                for (int i = 1; i < count; i++)
                    for (int j = 0; j < i; j++, p++)
                    {
                        float gp = g[b * pairs + p];
                        if (gp == 0f) continue;
                        if (features[i].RequiresGrad)
                            Axpy(gp, features[j].Data.Slice(b * dim, dim), features[i].GradData.Slice(b * dim, dim));
                        if (features[j].RequiresGrad)
                            Axpy(gp, features[i].Data.Slice(b * dim, dim), features[j].GradData.Slice(b * dim, dim));
                    }
            }
        });
        return output;
    }

    /// <summary>
    /// Mean binary cross-entropy of sigmoid(<paramref name="logits"/>) against 0/1 <paramref name="labels"/>, one logit per
    /// label: <c>L = (1/B) Σ max(z, 0) − z·y + log(1 + e^{−|z|})</c> (stable for any z). Returns a scalar.
    /// Backward: <c>dz = (σ(z) − y)/B</c>.
    /// </summary>
    public Variable BinaryCrossEntropyWithLogits(Variable logits, ReadOnlySpan<float> labels)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.Length != labels.Length || labels.Length == 0)
            throw new ArgumentException($"BinaryCrossEntropyWithLogits needs one label per logit; got {logits.Length} logits and {labels.Length} labels.");
        var y = labels.ToArray();
        var z = logits.Data;
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (!(y[i] >= 0f && y[i] <= 1f))
                throw new ArgumentOutOfRangeException(nameof(labels), y[i], $"Label {i} must be in [0, 1].");
            double zi = z[i];
            sum += Math.Max(zi, 0) - zi * y[i] + Math.Log(1 + Math.Exp(-Math.Abs(zi)));
        }
        var loss = Tensor.Zeros(DType.F32);
        loss.AsSpan<float>()[0] = (float)(sum / y.Length);
        var output = Output(loss, logits);
        Record(output, () =>
        {
            float scale = output.GradData[0] / y.Length;
            var dz = logits.GradData;
            var zv = logits.Data;
            for (int i = 0; i < y.Length; i++)
                dz[i] += (1f / (1f + MathF.Exp(-zv[i])) - y[i]) * scale;
        });
        return output;
    }

    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = MathF.FusedMultiplyAdd(a, x[i], y[i]);
    }
}
