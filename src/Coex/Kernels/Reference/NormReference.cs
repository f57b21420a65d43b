namespace Coex.Kernels.Reference;

/// <summary>Scalar twins of <see cref="Norms.SoftmaxKernels"/>, summing in double: the oracle its vector code is tested against.</summary>
public static class NormReference
{
    /// <summary>Row-wise <c>exp(x − max) / Σ exp(x − max)</c> (log: <c>x − max − log Σ</c>); NaN in a row gives NaN.</summary>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination, int rowLength, bool log = false)
    {
        for (int r = 0; r < x.Length / rowLength; r++)
        {
            var row = x.Slice(r * rowLength, rowLength);
            var dst = destination.Slice(r * rowLength, rowLength);
            double max = double.NegativeInfinity;
            foreach (float v in row)
                max = double.IsNaN(v) ? v : Math.Max(max, v);
            if (double.IsNegativeInfinity(max))
                max = 0;
            double sum = 0;
            foreach (float v in row)
                sum += Math.Exp(v - max);
            for (int i = 0; i < row.Length; i++)
                dst[i] = (float)(log ? row[i] - max - Math.Log(sum) : Math.Exp(row[i] - max) / sum);
        }
    }

    /// <summary>Row-wise <c>(x − mean) / sqrt(var + epsilon) · scale + bias</c> with the biased variance; bias may be empty.</summary>
    public static void LayerNorm(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination, int rowLength, float epsilon)
    {
        for (int r = 0; r < x.Length / rowLength; r++)
        {
            var row = x.Slice(r * rowLength, rowLength);
            double mean = 0, variance = 0;
            foreach (float v in row)
                mean += v;
            mean /= rowLength;
            foreach (float v in row)
                variance += (v - mean) * (v - mean);
            double inv = 1 / Math.Sqrt(variance / rowLength + epsilon);
            for (int i = 0; i < rowLength; i++)
                destination[r * rowLength + i] = (float)((row[i] - mean) * inv * scale[i] + (bias.IsEmpty ? 0 : bias[i]));
        }
    }
}
