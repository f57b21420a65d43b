namespace Coex.Training.Optimizers;

/// <summary>
/// Updates parameters in place from their accumulated gradients. Parameters whose gradient is null (not reached
/// by the last backward pass) are left alone. Updates are plain sequential float arithmetic, so the same
/// gradients always give the same bits.
/// </summary>
public abstract class Optimizer
{
    protected Optimizer(IEnumerable<Parameter> parameters, float learningRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters.ToArray();
        if (Parameters.Count == 0)
            throw new ArgumentException("An optimizer needs at least one parameter.", nameof(parameters));
        LearningRate = learningRate;
    }

    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Step size of the next <see cref="Step"/>; schedules set it before each step.</summary>
    public float LearningRate
    {
        get;
        set
        {
            if (!(value >= 0) || !float.IsFinite(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, "Learning rate must be finite and non-negative.");
            field = value;
        }
    }

    /// <summary>Steps taken so far.</summary>
    public int StepCount { get; private set; }

    /// <summary>For optimizers that restore a saved state: the steps it had taken.</summary>
    protected void RestoreStepCount(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        StepCount = steps;
    }

    /// <summary>Forgets every parameter's gradient.</summary>
    public void ZeroGrad()
    {
        foreach (var p in Parameters)
            p.ZeroGrad();
    }

    /// <summary>Applies one update to every parameter that has a gradient.</summary>
    public void Step()
    {
        StepCount++;
        for (int i = 0; i < Parameters.Count; i++)
            if (Parameters[i].Grad is not null)
            {
                Update(i, Parameters[i]);
                Parameters[i].MarkChanged();
            }
    }

    /// <summary>Updates parameter <paramref name="index"/> (its gradient is present).</summary>
    protected abstract void Update(int index, Parameter parameter);

    protected static void CheckNonNegative(float value, string name)
    {
        if (!(value >= 0) || !float.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and non-negative.");
    }
}

/// <summary>
/// Stochastic gradient descent, PyTorch semantics: <c>g = ∇ + λ·w</c> (L2 weight decay), momentum buffer
/// <c>b = μ·b + g</c> (b = g on the first step), Nesterov <c>g ← g + μ·b</c> else <c>g ← b</c>, then <c>w ← w − lr·g</c>.
/// </summary>
public sealed class Sgd : Optimizer
{
    private readonly float[]?[] _momentum;

    public Sgd(IEnumerable<Parameter> parameters, float learningRate, float momentum = 0f, bool nesterov = false, float weightDecay = 0f)
        : base(parameters, learningRate)
    {
        CheckNonNegative(momentum, nameof(momentum));
        CheckNonNegative(weightDecay, nameof(weightDecay));
        if (momentum >= 1f)
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "Momentum must be below 1.");
        if (nesterov && momentum == 0f)
            throw new ArgumentException("Nesterov momentum needs a momentum above 0.", nameof(nesterov));
        Momentum = momentum;
        Nesterov = nesterov;
        WeightDecay = weightDecay;
        _momentum = new float[]?[Parameters.Count];
    }

    public float Momentum { get; }
    public bool Nesterov { get; }
    public float WeightDecay { get; }

    protected override void Update(int index, Parameter parameter)
    {
        var w = parameter.Data;
        var grad = parameter.GradData;
        float decay = parameter.NoWeightDecay ? 0f : WeightDecay, lr = LearningRate, mu = Momentum;
        if (mu == 0f)
        {
            for (int i = 0; i < w.Length; i++)
                w[i] -= lr * (grad[i] + decay * w[i]);
            return;
        }
        bool first = _momentum[index] is null;
        var buffer = _momentum[index] ??= new float[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            float g = grad[i] + decay * w[i];
            float b = buffer[i] = first ? g : mu * buffer[i] + g;
            w[i] -= lr * (Nesterov ? g + mu * b : b);
        }
    }
}

/// <summary>
/// AdamW (Loshchilov and Hutter): decoupled weight decay <c>w ← w − lr·λ·w</c>, then Adam with bias-corrected
/// moments <c>w ← w − lr·m̂ / (sqrt(v̂) + ε)</c>.
/// </summary>
public sealed class AdamW : Optimizer
{
    private readonly float[]?[] _m;
    private readonly float[]?[] _v;

    public AdamW(IEnumerable<Parameter> parameters, float learningRate, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f, float weightDecay = 0.01f)
        : base(parameters, learningRate)
    {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1))
            throw new ArgumentOutOfRangeException(nameof(beta1), $"Betas must be in [0, 1); got {beta1} and {beta2}.");
        CheckNonNegative(epsilon, nameof(epsilon));
        CheckNonNegative(weightDecay, nameof(weightDecay));
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
        WeightDecay = weightDecay;
        _m = new float[]?[Parameters.Count];
        _v = new float[]?[Parameters.Count];
    }

    public float Beta1 { get; }
    public float Beta2 { get; }
    public float Epsilon { get; }
    public float WeightDecay { get; }

    /// <summary>A copy of the step count and the moment buffers (null for a parameter that has had no gradient yet), so
    /// training can stop and later continue exactly where it was.</summary>
    public AdamWState SaveState() =>
        new(StepCount, [.. _m.Select(m => m?.ToArray())], [.. _v.Select(v => v?.ToArray())]);

    /// <summary>Restores <see cref="SaveState"/>'s result, taken from an optimizer over parameters of the same shapes.</summary>
    /// <exception cref="ArgumentException">The state's buffers do not match this optimizer's parameters.</exception>
    public void LoadState(AdamWState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.First.Count != Parameters.Count || state.Second.Count != Parameters.Count)
            throw new ArgumentException($"The optimizer state holds {state.First.Count} parameters; this optimizer has {Parameters.Count}.", nameof(state));
        for (int i = 0; i < Parameters.Count; i++)
        {
            float[]? m = state.First[i], v = state.Second[i];
            if (m is null != v is null || (m is not null && (m.Length != Parameters[i].Length || v!.Length != Parameters[i].Length)))
                throw new ArgumentException($"The optimizer state of parameter {i} ('{Parameters[i].Name}') does not fit its {Parameters[i].Length} values.", nameof(state));
        }
        for (int i = 0; i < Parameters.Count; i++)
        {
            _m[i] = state.First[i]?.ToArray();
            _v[i] = state.Second[i]?.ToArray();
        }
        RestoreStepCount(state.Steps);
    }

    protected override void Update(int index, Parameter parameter)
    {
        var w = parameter.Data;
        var grad = parameter.GradData;
        var m = _m[index] ??= new float[w.Length];
        var v = _v[index] ??= new float[w.Length];
        float lr = LearningRate, decay = parameter.NoWeightDecay ? 0f : WeightDecay;
        float c1 = 1f - MathF.Pow(Beta1, StepCount), c2 = 1f - MathF.Pow(Beta2, StepCount);
        for (int i = 0; i < w.Length; i++)
        {
            float g = grad[i];
            w[i] -= lr * decay * w[i];
            m[i] = Beta1 * m[i] + (1 - Beta1) * g;
            v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
            w[i] -= lr * (m[i] / c1) / (MathF.Sqrt(v[i] / c2) + Epsilon);
        }
    }
}

/// <summary><see cref="AdamW.SaveState"/>: steps taken, and per parameter the first and second moments (null until its first gradient).</summary>
public sealed record AdamWState(int Steps, IReadOnlyList<float[]?> First, IReadOnlyList<float[]?> Second);
