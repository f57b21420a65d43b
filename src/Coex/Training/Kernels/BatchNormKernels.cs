using Coex.Kernels;

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
public static unsafe class BatchNormKernels
{
    /// <summary>
    /// Training-mode forward. Writes <paramref name="output"/>, the per-channel batch mean and inverse standard
    /// deviation (<paramref name="saveMean"/>, <paramref name="saveInvStd"/>, needed by the backward pass), and updates
    /// <paramref name="runningMean"/>/<paramref name="runningVar"/>.
    /// </summary>
    public static void ForwardTraining(ReadOnlySpan<float> input, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta,
        Span<float> runningMean, Span<float> runningVar, float momentum, float epsilon,
        Span<float> output, Span<float> saveMean, Span<float> saveInvStd, int batch, int channels, int planeSize, int threads = 0)
    {
        Check(input.Length, output.Length, gamma.Length, beta.Length, batch, channels, planeSize);
        if (runningMean.Length != channels || runningVar.Length != channels || saveMean.Length != channels || saveInvStd.Length != channels)
            throw new ArgumentException($"Running and saved statistics need {channels} floats each.");
        threads = KernelThreads.Resolve(threads);
        long count = (long)batch * planeSize;
        fixed (float* pIn = input, pGamma = gamma, pBeta = beta, pRm = runningMean, pRv = runningVar, pOut = output, pMean = saveMean, pInv = saveInvStd)
        {
            // Channels are independent: one task per channel, each over its own planes and statistics.
            nint inA = (nint)pIn, gA = (nint)pGamma, bA = (nint)pBeta, rmA = (nint)pRm, rvA = (nint)pRv, outA = (nint)pOut, mA = (nint)pMean, iA = (nint)pInv;
            int length = input.Length;
            KernelThreads.For(channels, threads, c =>
            {
                var x = new ReadOnlySpan<float>((void*)inA, length);
                double sum = 0;
                for (int n = 0; n < batch; n++)
                    sum += PlaneSums.Sum(x.Slice((n * channels + c) * planeSize, planeSize));
                double mean = sum / count, sq = 0;
                for (int n = 0; n < batch; n++)
                    sq += PlaneSums.SumOfSquaredDeviations(x.Slice((n * channels + c) * planeSize, planeSize), (float)mean);
                double variance = sq / count;
                float invStd = (float)(1 / Math.Sqrt(variance + epsilon));
                ((float*)mA)[c] = (float)mean;
                ((float*)iA)[c] = invStd;
                float* rm = (float*)rmA, rv = (float*)rvA;
                rm[c] = (1 - momentum) * rm[c] + momentum * (float)mean;
                double unbiased = count > 1 ? sq / (count - 1) : variance;
                rv[c] = (1 - momentum) * rv[c] + momentum * (float)unbiased;
                Normalize(x, new Span<float>((void*)outA, length), c, channels, batch, planeSize, (float)mean, invStd, ((float*)gA)[c], ((float*)bA)[c]);
            });
        }
    }

    /// <summary>Inference-mode forward with the running statistics.</summary>
    public static void ForwardInference(ReadOnlySpan<float> input, ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta,
        ReadOnlySpan<float> runningMean, ReadOnlySpan<float> runningVar, float epsilon, Span<float> output, int batch, int channels, int planeSize)
    {
        Check(input.Length, output.Length, gamma.Length, beta.Length, batch, channels, planeSize);
        if (runningMean.Length != channels || runningVar.Length != channels)
            throw new ArgumentException($"Running statistics need {channels} floats each; got {runningMean.Length} and {runningVar.Length}.");
        for (int c = 0; c < channels; c++)
            Normalize(input, output, c, channels, batch, planeSize, runningMean[c], 1f / MathF.Sqrt(runningVar[c] + epsilon), gamma[c], beta[c]);
    }

    private static void Normalize(ReadOnlySpan<float> input, Span<float> output, int c, int channels, int batch, int planeSize, float mean, float invStd, float gamma, float beta)
    {
        float scale = invStd * gamma, shift = beta - mean * scale;
        for (int n = 0; n < batch; n++)
        {
            int at = (n * channels + c) * planeSize;
            PlaneSums.AxPlusByPlusC(scale, input.Slice(at, planeSize), 0f, input.Slice(at, planeSize), shift, output.Slice(at, planeSize));
        }
    }

    /// <summary>
    /// Training-mode backward, with x̂ = (x − μ)·invStd and M = N·H·W:
    /// <c>dβ = Σ dy</c>, <c>dγ = Σ dy·x̂</c>, <c>dx = γ·invStd/M · (M·dy − dβ − x̂·dγ)</c>. All three outputs are overwritten.
    /// </summary>
    public static void BackwardTraining(ReadOnlySpan<float> input, ReadOnlySpan<float> dOutput, ReadOnlySpan<float> gamma,
        ReadOnlySpan<float> saveMean, ReadOnlySpan<float> saveInvStd, Span<float> dInput, Span<float> dGamma, Span<float> dBeta,
        int batch, int channels, int planeSize, int threads = 0)
    {
        Check(input.Length, dInput.Length, gamma.Length, channels, batch, channels, planeSize);
        if (dOutput.Length != input.Length || saveMean.Length != channels || saveInvStd.Length != channels || dGamma.Length != channels || dBeta.Length != channels)
            throw new ArgumentException($"BatchNorm backward needs dOutput of {input.Length} floats and {channels} floats for each statistic and gradient.");
        threads = KernelThreads.Resolve(threads);
        long count = (long)batch * planeSize;
        fixed (float* pIn = input, pDy = dOutput, pGamma = gamma, pMean = saveMean, pInv = saveInvStd, pDx = dInput, pDg = dGamma, pDb = dBeta)
        {
            nint inA = (nint)pIn, dyA = (nint)pDy, gA = (nint)pGamma, mA = (nint)pMean, iA = (nint)pInv, dxA = (nint)pDx, dgA = (nint)pDg, dbA = (nint)pDb;
            int length = input.Length;
            KernelThreads.For(channels, threads, c =>
            {
                var x = new ReadOnlySpan<float>((void*)inA, length);
                var dy = new ReadOnlySpan<float>((void*)dyA, length);
                var dx = new Span<float>((void*)dxA, length);
                float mean = ((float*)mA)[c], invStd = ((float*)iA)[c];
                double sumDy = 0, sumDyXhat = 0;
                for (int n = 0; n < batch; n++)
                {
                    int at = (n * channels + c) * planeSize;
                    sumDy += PlaneSums.Sum(dy.Slice(at, planeSize));
                    sumDyXhat += PlaneSums.SumOfProductsWithDeviation(dy.Slice(at, planeSize), x.Slice(at, planeSize), mean) * invStd;
                }
                ((float*)dbA)[c] = (float)sumDy;
                ((float*)dgA)[c] = (float)sumDyXhat;
                float k = ((float*)gA)[c] * invStd, meanDy = (float)(sumDy / count), meanDyXhat = (float)(sumDyXhat / count);
                // dx = k·(dy − meanDy − (x − mean)·invStd·meanDyXhat) = k·dy + (−k·invStd·meanDyXhat)·x + constant.
                float a = k, b = -k * invStd * meanDyXhat, shift = k * (-meanDy + mean * invStd * meanDyXhat);
                for (int n = 0; n < batch; n++)
                {
                    int at = (n * channels + c) * planeSize;
                    PlaneSums.AxPlusByPlusC(a, dy.Slice(at, planeSize), b, x.Slice(at, planeSize), shift, dx.Slice(at, planeSize));
                }
            });
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
