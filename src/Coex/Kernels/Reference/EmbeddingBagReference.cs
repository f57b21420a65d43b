using Coex.Kernels.Embedding;

namespace Coex.Kernels.Reference;

/// <summary>
/// Plain-loop twin of <see cref="EmbeddingBag"/> for tests: decodes each stored row from its bytes on its own
/// (no shared decoding code) and accumulates in double. One table, long ids, offsets with B + 1 entries.
/// </summary>
public static class EmbeddingBagReference
{
    /// <summary>The decoded value of element <paramref name="c"/> of a stored row.</summary>
    public static double Decode(EmbeddingPrecision precision, ReadOnlySpan<byte> row, int dim, int c)
    {
        switch (precision)
        {
            case EmbeddingPrecision.F32:
                return BitConverter.ToSingle(row.Slice(4 * c, 4));
            case EmbeddingPrecision.F16:
                return (double)BitConverter.ToHalf(row.Slice(2 * c, 2));
            case EmbeddingPrecision.Int8:
                return row[c] * (double)BitConverter.ToSingle(row.Slice(dim, 4)) + BitConverter.ToSingle(row.Slice(dim + 4, 4));
            default:
                int bits = precision == EmbeddingPrecision.Int4 ? 4 : 2;
                int perByte = 8 / bits;
                int codeBytes = (dim + perByte - 1) / perByte;
                int code = (row[c / perByte] >> (bits * (c % perByte))) & ((1 << bits) - 1);
                double scale = (double)BitConverter.ToHalf(row.Slice(codeBytes, 2));
                double bias = (double)BitConverter.ToHalf(row.Slice(codeBytes + 2, 2));
                return code * scale + bias;
        }
    }

    /// <summary>
    /// <c>output[b, c] = Σ_{k in bag b} w_k·row(ids[k])[c]</c>, divided by the bag length for Mean. Out-of-range ids throw.
    /// Also returns, per output element, <c>Σ |w_k·row(ids[k])[c]|</c> (for tolerances).
    /// </summary>
    public static (double[] Output, double[] Magnitude) Forward(EmbeddingTable table, ReadOnlySpan<long> ids, ReadOnlySpan<long> offsets,
        ReadOnlySpan<float> weights, EmbeddingPooling pooling)
    {
        int batch = offsets.Length - 1, dim = table.Dim;
        var output = new double[batch * dim];
        var magnitude = new double[batch * dim];
        for (int b = 0; b < batch; b++)
        {
            long start = offsets[b], end = offsets[b + 1];
            for (long k = start; k < end; k++)
            {
                var row = table.RowData(checked((int)ids[(int)k]));
                double w = weights.IsEmpty ? 1 : weights[(int)k];
                for (int c = 0; c < dim; c++)
                {
                    double term = w * Decode(table.Precision, row, dim, c);
                    output[b * dim + c] += term;
                    magnitude[b * dim + c] += Math.Abs(term);
                }
            }
            if (pooling == EmbeddingPooling.Mean && end > start)
                for (int c = 0; c < dim; c++)
                {
                    output[b * dim + c] /= end - start;
                    magnitude[b * dim + c] /= end - start;
                }
        }
        return (output, magnitude);
    }
}
