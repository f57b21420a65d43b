using Coex.Tensors;

namespace Coex.Training;

/// <summary>
/// A float tensor on the autograd tape: its value and, once a backward pass reaches it, the gradient of the
/// loss with respect to it (same shape, accumulated across uses).
/// </summary>
public class Variable
{
    /// <summary>Wraps <paramref name="value"/> (must be F32); <paramref name="requiresGrad"/> asks the tape to compute its gradient.</summary>
    public Variable(Tensor value, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.DType != DType.F32)
            throw new ArgumentException($"Autograd runs on F32 tensors; got {value}.", nameof(value));
        Value = value;
        RequiresGrad = requiresGrad;
    }

    public Tensor Value { get; }

    /// <summary>The accumulated gradient, or null before any backward pass reached this variable.</summary>
    public Tensor? Grad { get; private set; }

    public bool RequiresGrad { get; }

    public ReadOnlySpan<int> Shape => Value.Shape;

    public int Length => (int)Value.Length;

    /// <summary>The value's elements.</summary>
    public Span<float> Data => Value.AsSpan<float>();

    /// <summary>The gradient's elements, allocating zeros on first use.</summary>
    public Span<float> GradData => (Grad ??= NewGrad()).AsSpan<float>();

    /// <summary>Allocates the zero gradient buffer if there is none yet (keeps an existing one).</summary>
    internal void EnsureGrad() => Grad ??= NewGrad();

    /// <summary>Set by the tape for its intermediate outputs: their gradients live only for one training step.</summary>
    internal StepArena? GradArena { get; init; }

    private Tensor NewGrad() => GradArena?.Zeros(Value.Shape) ?? Tensor.Zeros(DType.F32, Value.Shape.ToArray());

    /// <summary>True once a gradient buffer exists.</summary>
    internal bool HasGrad => Grad is not null;

    /// <summary>Forgets the gradient (the next backward pass starts from zero).</summary>
    public void ZeroGrad() => Grad = null;

    public override string ToString() => $"Variable{Value}";
}

/// <summary>A trainable, named variable owned by a model; optimizers update its <see cref="Variable.Value"/> in place.</summary>
public sealed class Parameter : Variable
{
    public Parameter(string name, Tensor value) : base(value, requiresGrad: true)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    /// <summary>Exempt from weight decay (biases and normalization scales/shifts, by convention).</summary>
    public bool NoWeightDecay { get; init; }

    /// <summary>
    /// Counts writes to the value: optimizer steps, checkpoint loads and other writers call <see cref="MarkChanged"/>, so a
    /// cache derived from the value (a packed weight) is rebuilt when this differs from the version it was built from.
    /// Code that writes <see cref="Variable.Data"/> directly must call <see cref="MarkChanged"/> afterwards.
    /// </summary>
    public long Version { get; private set; }

    /// <summary>Records that the value was written (see <see cref="Version"/>).</summary>
    public void MarkChanged() => Version++;

    public override string ToString() => $"Parameter {Name} {Value}";
}
