namespace Coex.Search;

/// <summary>Hard limits a design must meet: latency per inference and area (in the hardware space's unit).</summary>
public sealed record Constraints(double MaxLatencySeconds = double.PositiveInfinity, double MaxArea = double.PositiveInfinity)
{
    public bool Meets(HardwareMetrics m) => m.LatencySeconds <= MaxLatencySeconds && m.Area <= MaxArea;

    public override string ToString() =>
        $"latency ≤ {(double.IsPositiveInfinity(MaxLatencySeconds) ? "∞" : $"{MaxLatencySeconds * 1e3:0.###} ms")}, " +
        $"area ≤ {(double.IsPositiveInfinity(MaxArea) ? "∞" : $"{MaxArea:0.###}")}";
}

/// <summary>What a trained, costed design scored: accuracy from training, the rest from the hardware model.</summary>
public readonly record struct DesignMetrics(double Accuracy, double LatencySeconds, double EnergyJoules, double Area)
{
    public DesignMetrics(double accuracy, HardwareMetrics hardware)
        : this(accuracy, hardware.LatencySeconds, hardware.EnergyJoules, hardware.Area) { }

    public HardwareMetrics Hardware => new(LatencySeconds, EnergyJoules, Area);
}

/// <summary>Which scalar reward single-objective samplers (evolution, REINFORCE) maximize.</summary>
public enum RewardKind
{
    /// <summary>accuracy × (latency / T)^w (MnasNet's soft-constrained form), w = <see cref="RewardFunction.LatencyExponent"/>.</summary>
    AccuracyLatency,
    /// <summary>λ·accuracy + (1 − λ)·efficiency, efficiency the mean of ref/(ref + x) over latency, energy and area.</summary>
    Weighted,
}

/// <summary>What the scalar samplers (evolution, REINFORCE) are rewarded with for a trained design.</summary>
public enum Selection
{
    /// <summary>The scalar <see cref="RewardFunction"/> of the design its trial recorded.</summary>
    Reward,
    /// <summary>
    /// What the trial's designs add to the method's fronts so far: the mean hypervolume gain on accuracy–latency and
    /// accuracy–energy, plus 0.001·accuracy so that trials adding nothing still rank by accuracy. It rewards networks
    /// for what the fronts are measured on, with every machine the trial put there.
    /// </summary>
    FrontGain,
}

/// <summary>
/// The scalar reward: turns a design's metrics into one number to maximize. References (latency target T and the
/// normalizers of the weighted form) come from the constraints or, when unconstrained, from the caller.
/// </summary>
public sealed record RewardFunction(RewardKind Kind, double TargetLatencySeconds, double ReferenceEnergyJoules, double ReferenceArea)
{
    /// <summary>MnasNet's w = −0.07: 2× slower than T costs about 5% of the reward.</summary>
    public double LatencyExponent { get; init; } = -0.07;
    /// <summary>λ of the weighted form.</summary>
    public double AccuracyWeight { get; init; } = 0.7;

    public double Of(DesignMetrics m) => Kind switch
    {
        RewardKind.AccuracyLatency => m.Accuracy * Math.Pow(m.LatencySeconds / TargetLatencySeconds, LatencyExponent),
        _ => AccuracyWeight * m.Accuracy + (1 - AccuracyWeight) * Efficiency(m.Hardware),
    };

    /// <summary>Mean of ref/(ref + x) over latency, energy (when modelled) and area: 1 is free, ½ is at the reference.</summary>
    public double Efficiency(HardwareMetrics h)
    {
        double sum = Ratio(TargetLatencySeconds, h.LatencySeconds) + Ratio(ReferenceArea, h.Area);
        int terms = 2;
        if (!double.IsNaN(h.EnergyJoules))
        {
            sum += Ratio(ReferenceEnergyJoules, h.EnergyJoules);
            terms++;
        }
        return sum / terms;
    }

    private static double Ratio(double reference, double x) => reference / (reference + x);
}
