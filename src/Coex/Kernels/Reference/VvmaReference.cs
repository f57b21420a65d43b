namespace Coex.Kernels.Reference;

/// <summary>Scalar oracle for the VVMA layer: builds each block W(i, j) = M·diag(v(i, j)) and multiplies densely, in double.</summary>
public static class VvmaReference
{
    /// <summary><c>y[r, i·k + a] = Σ_j Σ_c M[a, c]·v(i, j)[c]·x[r, j·k + c] + bias[i·k + a]</c>; layouts as in Vvma.VvmaKernels.</summary>
    public static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> m, ReadOnlySpan<float> v, ReadOnlySpan<float> bias,
        Span<float> y, int rows, int inFeatures, int outFeatures, int k)
    {
        var w = DenseWeight(m, v, inFeatures, outFeatures, k);
        for (int r = 0; r < rows; r++)
            for (int o = 0; o < outFeatures; o++)
            {
                double sum = bias.IsEmpty ? 0 : bias[o];
                for (int i = 0; i < inFeatures; i++)
                    sum += (double)w[o * inFeatures + i] * x[r * inFeatures + i];
                y[r * outFeatures + o] = (float)sum;
            }
    }

    /// <summary>The dense W [Out, In] a VVMA layer represents: <c>W[i·k + a, j·k + c] = M[a, c]·v(i, j)[c]</c>.</summary>
    public static float[] DenseWeight(ReadOnlySpan<float> m, ReadOnlySpan<float> v, int inFeatures, int outFeatures, int k)
    {
        int inBlocks = inFeatures / k;
        var w = new float[outFeatures * inFeatures];
        for (int o = 0; o < outFeatures; o++)
            for (int i = 0; i < inFeatures; i++)
            {
                int a = o % k, c = i % k;
                w[o * inFeatures + i] = m[a * k + c] * v[((o / k) * inBlocks + i / k) * k + c];
            }
        return w;
    }
}
