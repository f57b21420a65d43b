using Coex.Kernels.Attention;

namespace Coex.Kernels.Reference;

/// <summary>Scalar twin of <see cref="MultiHeadAttention"/>, in double: the oracle its vector code is tested against.</summary>
public static class AttentionReference
{
    /// <summary><c>out = softmax(scale · Q·Kᵀ) · V</c> per (image, head), all tensors [batch, tokens, heads, features].</summary>
    public static void Run(ReadOnlySpan<float> q, ReadOnlySpan<float> k, ReadOnlySpan<float> v, Span<float> output, AttentionShape s, float scale)
    {
        var scores = new double[s.Keys];
        for (int b = 0; b < s.Batch; b++)
            for (int h = 0; h < s.Heads; h++)
                for (int t = 0; t < s.Queries; t++)
                {
                    int qAt = ((b * s.Queries + t) * s.Heads + h) * s.KeyDim;
                    double max = double.NegativeInfinity;
                    for (int j = 0; j < s.Keys; j++)
                    {
                        int kAt = ((b * s.Keys + j) * s.Heads + h) * s.KeyDim;
                        double dot = 0;
                        for (int d = 0; d < s.KeyDim; d++)
                            dot += (double)q[qAt + d] * k[kAt + d];
                        scores[j] = scale * dot;
                        max = double.IsNaN(scores[j]) || double.IsNaN(max) ? double.NaN : Math.Max(max, scores[j]);
                    }
                    if (double.IsNegativeInfinity(max))
                        max = 0;
                    double sum = 0;
                    for (int j = 0; j < s.Keys; j++)
                        sum += scores[j] = Math.Exp(scores[j] - max);
                    for (int c = 0; c < s.ValueDim; c++)
                    {
                        double acc = 0;
                        for (int j = 0; j < s.Keys; j++)
                            acc += scores[j] / sum * v[((b * s.Keys + j) * s.Heads + h) * s.ValueDim + c];
                        output[((b * s.Queries + t) * s.Heads + h) * s.ValueDim + c] = (float)acc;
                    }
                }
    }
}
