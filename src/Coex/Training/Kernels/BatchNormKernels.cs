namespace Coex.Training.Kernels;

/// <summary>
/// Batch normalization over NCHW activations, per channel c:
/// <c>y = (x − μ_c) / sqrt(σ²_c + ε) · γ_c + β_c</c>.
/// </summary>
/// <remarks>
/// Training mode uses the batch statistics over (N, H, W) — biased variance for normalizing — and updates the
/// running statistics as <c>r ← (1 − momentum)·r + momentum·batch</c>, with the unbiased variance for the running
/// variance (the PyTorch and ONNX convention). Statistics are summed in double.
/// </remarks>
public static class BatchNormKernels
{
    /// <summary>
    /// Training-mode forward. Writes <paramref name="output"/>, the per-channel batch mean and inverse standard
    /// deviation (<paramref name="saveMean"/>, <paramref name="saveInvStd"/>, needed by the backward pass), and updates
    /// <paramref name="runningMean"/>/<paramref name="runningVar"/>.
    /// </summary>
    public static void ForwardTraining(ReadOnlySpan<float> input, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta,
        Span<float> runningMean, Span<float> runningVar, float momentum, float epsilon,
        Span<float> output, Span<float> saveMean, Span<float> saveInvStd, int batch, int channels, int planeSize)
    {
        Check(input.Length, output.Length, gamma.Length, beta.Length, batch, channels, planeSize);
        if (runningMean.Length != channels || runningVar.Length != channels || saveMean.Length != channels || saveInvStd.Length != channels)
            throw new ArgumentException($"Running and saved statistics need {channels} floats each.");
        long count = (long)batch * planeSize;
        for (int c = 0; c < channels; c++)
        {
            double sum = 0;
            for (int n = 0; n < batch; n++)
                foreach (float v in input.Slice((n * channels + c) * planeSize, planeSize))
                    sum += v;
            double mean = sum / count, sq = 0;
            for (int n = 0; n < batch; n++)
                foreach (float v in input.Slice((n * channels + c) * planeSize, planeSize))
                    sq += (v - mean) * (v - mean);
            double variance = sq / count;
            float invStd = (float)(1 / Math.Sqrt(variance + epsilon));
            saveMean[c] = (float)mean;
            saveInvStd[c] = invStd;
            runningMean[c] = (1 - momentum) * runningMean[c] + momentum * (float)mean;
            double unbiased = count > 1 ? sq / (count - 1) : variance;
            runningVar[c] = (1 - momentum) * runningVar[c] + momentum * (float)unbiased;
            Normalize(input, output, c, channels, batch, planeSize, (float)mean, invStd, gamma[c], beta[c]);
        }
    }

    /// <summary>Inference-mode forward with the running statistics.</summary>
    public static void ForwardInference(ReadOnlySpan<float> input, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta,
        ReadOnlySpan<float> runningMean, ReadOnlySpan<float> runningVar, float epsilon, Span<float> output, int batch, int channels, int planeSize)
    {
        Check(input.Length, output.Length, gamma.Length, beta.Length, batch, channels, planeSize);
        for (int c = 0; c < channels; c++)
            Normalize(input, output, c, channels, batch, planeSize, runningMean[c], 1f / MathF.Sqrt(runningVar[c] + epsilon), gamma[c], beta[c]);
    }

    private static void Normalize(ReadOnlySpan<float> input, Span<float> output, int c, int channels, int batch, int planeSize, float mean, float invStd, float gamma, float beta)
    {
        float scale = invStd * gamma, shift = beta - mean * scale;
        for (int n = 0; n < batch; n++)
        {
            int at = (n * channels + c) * planeSize;
            var src = input.Slice(at, planeSize);
            var dst = output.Slice(at, planeSize);
            for (int i = 0; i < planeSize; i++)
                dst[i] = src[i] * scale + shift;
        }
    }

    /// <summary>
    /// Training-mode backward, with x̂ = (x − μ)·invStd and M = N·H·W:
    /// <c>dβ = Σ dy</c>, <c>dγ = Σ dy·x̂</c>, <c>dx = γ·invStd/M · (M·dy − dβ − x̂·dγ)</c>. All three outputs are overwritten.
    /// </summary>
    public static void BackwardTraining(ReadOnlySpan<float> input, ReadOnlySpan<float> dOutput, ReadOnlySpan<float> gamma,
        ReadOnlySpan<float> saveMean, ReadOnlySpan<float> saveInvStd, Span<float> dInput, Span<float> dGamma, Span<float> dBeta,
        int batch, int channels, int planeSize)
    {
        Check(input.Length, dInput.Length, gamma.Length, channels, batch, channels, planeSize);
        long count = (long)batch * planeSize;
        for (int c = 0; c < channels; c++)
        {
            float mean = saveMean[c], invStd = saveInvStd[c];
            double sumDy = 0, sumDyXhat = 0;
            for (int n = 0; n < batch; n++)
            {
                int at = (n * channels + c) * planeSize;
                for (int i = 0; i < planeSize; i++)
                {
                    float dy = dOutput[at + i];
                    sumDy += dy;
                    sumDyXhat += dy * (input[at + i] - mean) * invStd;
                }
            }
            dBeta[c] = (float)sumDy;
            dGamma[c] = (float)sumDyXhat;
            float k = gamma[c] * invStd, meanDy = (float)(sumDy / count), meanDyXhat = (float)(sumDyXhat / count);
            for (int n = 0; n < batch; n++)
            {
                int at = (n * channels + c) * planeSize;
                for (int i = 0; i < planeSize; i++)
                {
                    float xhat = (input[at + i] - mean) * invStd;
                    dInput[at + i] = k * (dOutput[at + i] - meanDy - xhat * meanDyXhat);
                }
            }
        }
    }

    private static void Check(int input, int output, int gamma, int beta, int batch, int channels, int planeSize)
    {
        if (batch <= 0 || channels <= 0 || planeSize <= 0)
            throw new ArgumentException($"BatchNorm sizes must be positive: batch {batch}, channels {channels}, plane {planeSize}.");
        long expected = (long)batch * channels * planeSize;
        if (input != expected || output != expected)
            throw new ArgumentException($"BatchNorm over [{batch}, {channels}, {planeSize}] needs {expected} floats in and out; got {input} and {output}.");
        if (gamma != channels || beta != channels)
            throw new ArgumentException($"BatchNorm scale and shift need {channels} floats; got {gamma} and {beta}.");
    }
}
