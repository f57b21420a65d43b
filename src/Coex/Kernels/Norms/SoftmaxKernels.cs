namespace Coex.Kernels.Norms;

/// <summary>Row-wise softmax, log-softmax and layer normalization over contiguous rows.</summary>
public static class SoftmaxKernels
{
    /// <summary>
    /// For each row of length <paramref name="rowLength"/>: <c>y = exp(x − max) / Σ exp(x − max)</c>.
    /// Subtracting the row maximum keeps exp from overflowing; a row containing NaN yields NaN.
    /// </summary>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination, int rowLength, bool log = false)
    {
        CheckRows(x.Length, destination.Length, rowLength);
        for (int r = 0; r < x.Length / Math.Max(rowLength, 1); r++)
        {
            var row = x.Slice(r * rowLength, rowLength);
            var dst = destination.Slice(r * rowLength, rowLength);
            float max = float.NegativeInfinity;
            foreach (float v in row)
                max = float.IsNaN(v) ? v : Math.Max(max, v);
            if (float.IsNegativeInfinity(max))
                max = 0f; // all −∞: exp gives zeros and the result is NaN, as 0/0 should be
            double sum = 0;
            for (int i = 0; i < row.Length; i++)
                sum += MathF.Exp(row[i] - max);
            if (log)
            {
                float logSum = (float)Math.Log(sum);
                for (int i = 0; i < row.Length; i++)
                    dst[i] = row[i] - max - logSum;
            }
            else
            {
                float inv = (float)(1 / sum);
                for (int i = 0; i < row.Length; i++)
                    dst[i] = MathF.Exp(row[i] - max) * inv;
            }
        }
    }

    /// <summary>
    /// For each row: <c>y = (x − mean) / sqrt(var + epsilon) · scale + bias</c>, with the biased variance
    /// (as ONNX LayerNormalization). <paramref name="bias"/> may be empty.
    /// </summary>
    public static void LayerNorm(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination, int rowLength, float epsilon)
    {
        CheckRows(x.Length, destination.Length, rowLength);
        if (scale.Length != rowLength || (!bias.IsEmpty && bias.Length != rowLength))
            throw new ArgumentException($"Scale ({scale.Length}) and bias ({bias.Length}) must have the row length {rowLength}.");
        for (int r = 0; r < x.Length / Math.Max(rowLength, 1); r++)
        {
            var row = x.Slice(r * rowLength, rowLength);
            var dst = destination.Slice(r * rowLength, rowLength);
            double mean = 0;
            foreach (float v in row) mean += v;
            mean /= rowLength;
            double variance = 0;
            foreach (float v in row) variance += (v - mean) * (v - mean);
            variance /= rowLength;
            float inv = (float)(1 / Math.Sqrt(variance + epsilon));
            for (int i = 0; i < rowLength; i++)
                dst[i] = (float)(row[i] - mean) * inv * scale[i] + (bias.IsEmpty ? 0f : bias[i]);
        }
    }

    private static void CheckRows(int source, int destination, int rowLength)
    {
        if (rowLength <= 0)
            throw new ArgumentOutOfRangeException(nameof(rowLength), rowLength, "Row length must be positive.");
        if (source % rowLength != 0)
            throw new ArgumentException($"Source length {source} is not a whole number of rows of {rowLength}.");
        if (destination < source)
            throw new ArgumentException($"Destination holds {destination} elements, source {source}.", nameof(destination));
    }
}
