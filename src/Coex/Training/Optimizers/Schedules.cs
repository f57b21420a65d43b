namespace Coex.Training.Optimizers;

/// <summary>A learning rate as a function of the optimizer step (0-based).</summary>
public interface ILearningRateSchedule
{
    float At(int step);
}

/// <summary>The same rate at every step.</summary>
public sealed record ConstantSchedule(float BaseRate) : ILearningRateSchedule
{
    public float At(int step) => BaseRate;
}

/// <summary><c>rate = BaseRate · Gamma^⌊step / StepSize⌋</c>.</summary>
public sealed record StepSchedule : ILearningRateSchedule
{
    public StepSchedule(float baseRate, int stepSize, float gamma = 0.1f)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepSize);
        if (!(gamma > 0) || !(baseRate >= 0))
            throw new ArgumentOutOfRangeException(nameof(gamma), $"Step schedule needs base rate ≥ 0 and gamma > 0; got {baseRate} and {gamma}.");
        BaseRate = baseRate;
        StepSize = stepSize;
        Gamma = gamma;
    }

    public float BaseRate { get; }
    public int StepSize { get; }
    public float Gamma { get; }

    public float At(int step) => BaseRate * MathF.Pow(Gamma, Math.Max(step, 0) / StepSize);
}

/// <summary>
/// Linear warm-up over <see cref="WarmupSteps"/>, then half a cosine from BaseRate down to MinRate at
/// <see cref="TotalSteps"/>; MinRate after that.
/// </summary>
public sealed record CosineSchedule : ILearningRateSchedule
{
    public CosineSchedule(float baseRate, int totalSteps, int warmupSteps = 0, float minRate = 0f)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalSteps);
        if (warmupSteps < 0 || warmupSteps >= totalSteps)
            throw new ArgumentOutOfRangeException(nameof(warmupSteps), warmupSteps, $"Warm-up must be in [0, {totalSteps}).");
        if (!(baseRate >= minRate && minRate >= 0))
            throw new ArgumentOutOfRangeException(nameof(minRate), $"Cosine schedule needs 0 ≤ min rate ≤ base rate; got {minRate} and {baseRate}.");
        BaseRate = baseRate;
        TotalSteps = totalSteps;
        WarmupSteps = warmupSteps;
        MinRate = minRate;
    }

    public float BaseRate { get; }
    public int TotalSteps { get; }
    public int WarmupSteps { get; }
    public float MinRate { get; }

    public float At(int step)
    {
        if (step < WarmupSteps)
            return BaseRate * (step + 1) / WarmupSteps;
        if (step >= TotalSteps)
            return MinRate;
        double progress = (double)(step - WarmupSteps) / (TotalSteps - WarmupSteps);
        return (float)(MinRate + (BaseRate - MinRate) * 0.5 * (1 + Math.Cos(Math.PI * progress)));
    }
}

/// <summary>Gradient clipping.</summary>
public static class GradientClipping
{
    /// <summary>
    /// Scales every gradient by <c>min(1, maxNorm / ‖g‖)</c>, where ‖g‖ is the L2 norm over all parameters' gradients
    /// together (summed in double). Returns the norm before clipping.
    /// </summary>
    public static float ClipGlobalNorm(IEnumerable<Parameter> parameters, float maxNorm)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(maxNorm > 0))
            throw new ArgumentOutOfRangeException(nameof(maxNorm), maxNorm, "The maximum norm must be positive.");
        var list = parameters.Where(p => p.Grad is not null).ToList();
        double sum = 0;
        foreach (var p in list)
            sum += Kernels.SpanMath.SumOfSquares(p.GradData);
        float norm = (float)Math.Sqrt(sum);
        if (norm > maxNorm)
        {
            float scale = maxNorm / norm;
            foreach (var p in list)
            {
                var g = p.GradData;
                for (int i = 0; i < g.Length; i++)
                    g[i] *= scale;
            }
        }
        return norm;
    }
}
