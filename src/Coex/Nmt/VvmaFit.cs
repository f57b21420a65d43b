namespace Coex.Nmt;

/// <summary>
/// Fits a dense weight W [Out, In] with a VVMA factorization W(i, j) ≈ M·diag(v(i, j)) by alternating least squares.
/// </summary>
/// <remarks>
/// Column c of every block depends only on column c of M and on the c-th entries of the v's: W(i, j)[:, c] ≈ M[:, c]·v(i, j)[c].
/// So each column is a rank-one fit of the Out/k·In/k vectors W(i, j)[:, c], and both half-steps are closed-form:
/// <c>v(i, j)[c] = ⟨M[:, c], W(i, j)[:, c]⟩ / ‖M[:, c]‖²</c> and <c>M[:, c] = Σ v(i, j)[c]·W(i, j)[:, c] / Σ v(i, j)[c]²</c>.
/// Each half-step is the exact minimizer given the other factor, so the error never increases (the iteration is the power
/// method for each column's leading singular pair). M starts from the largest-norm column vector of each c.
/// </remarks>
public static class VvmaFit
{
    public sealed record Result(float[] M, float[] V, double[] Errors);

    /// <summary>Fits M [k, k] and v [Out/k, In/k, k] to <paramref name="w"/>; Errors[t] is ‖W − Ŵ‖/‖W‖ after iteration t.</summary>
    public static Result Fit(ReadOnlySpan<float> w, int inFeatures, int outFeatures, int k, int iterations = 20)
    {
        if (k <= 0 || inFeatures <= 0 || outFeatures <= 0 || inFeatures % k != 0 || outFeatures % k != 0)
            throw new ArgumentException($"VVMA fit: block size {k} must be positive and divide In = {inFeatures} and Out = {outFeatures}.");
        if (w.Length != inFeatures * outFeatures)
            throw new ArgumentException($"W holds {w.Length} floats; Out×In = {outFeatures}×{inFeatures} expected.", nameof(w));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        int inBlocks = inFeatures / k, blocks = outFeatures / k * inBlocks;
        // cols[c][b] = the k-vector W(i, j)[:, c] of block b = i·In/k + j.
        var cols = new double[k][][];
        double total = 0;
        for (int c = 0; c < k; c++)
        {
            cols[c] = new double[blocks][];
            for (int b = 0; b < blocks; b++)
            {
                int i = b / inBlocks, j = b % inBlocks;
                var col = cols[c][b] = new double[k];
                for (int a = 0; a < k; a++)
                {
                    col[a] = w[(i * k + a) * inFeatures + j * k + c];
                    total += col[a] * col[a];
                }
            }
        }
        var m = new double[k, k];
        var v = new double[blocks, k];
        for (int c = 0; c < k; c++)
        {
            int best = 0;
            for (int b = 1; b < blocks; b++)
                if (Norm2(cols[c][b]) > Norm2(cols[c][best])) best = b;
            for (int a = 0; a < k; a++)
                m[a, c] = cols[c][best][a];
        }
        var errors = new double[iterations];
        for (int t = 0; t < iterations; t++)
        {
            double residual = 0;
            for (int c = 0; c < k; c++)
            {
                var colsC = cols[c];
                double mm = 0;
                for (int a = 0; a < k; a++) mm += m[a, c] * m[a, c];
                for (int b = 0; b < blocks; b++)
                {
                    double dot = 0;
                    for (int a = 0; a < k; a++) dot += m[a, c] * colsC[b][a];
                    v[b, c] = mm > 0 ? dot / mm : 0;
                }
                double vv = 0;
                var next = new double[k];
                for (int b = 0; b < blocks; b++)
                {
                    vv += v[b, c] * v[b, c];
                    for (int a = 0; a < k; a++) next[a] += v[b, c] * colsC[b][a];
                }
                for (int a = 0; a < k; a++)
                    m[a, c] = vv > 0 ? next[a] / vv : m[a, c];
                for (int b = 0; b < blocks; b++)
                    for (int a = 0; a < k; a++)
                    {
                        double e = colsC[b][a] - m[a, c] * v[b, c];
                        residual += e * e;
                    }
            }
            errors[t] = total > 0 ? Math.Sqrt(residual / total) : 0;
        }
        // Balance each column's scale between M and v (the product is unchanged) so neither factor is tiny.
        var mOut = new float[k * k];
        var vOut = new float[blocks * k];
        for (int c = 0; c < k; c++)
        {
            double mn = 0, vn = 0;
            for (int a = 0; a < k; a++) mn += m[a, c] * m[a, c];
            for (int b = 0; b < blocks; b++) vn += v[b, c] * v[b, c];
            double s = mn > 0 && vn > 0 ? Math.Pow(vn / blocks / (mn / k), 0.25) : 1;
            for (int a = 0; a < k; a++) mOut[a * k + c] = (float)(m[a, c] * s);
            for (int b = 0; b < blocks; b++) vOut[b * k + c] = (float)(v[b, c] / s);
        }
        return new Result(mOut, vOut, errors);
    }

    private static double Norm2(double[] x)
    {
        double s = 0;
        foreach (double e in x) s += e * e;
        return s;
    }
}
