using Coex.Tensors;

namespace Coex.Training;

/// <summary>
/// Reverse-mode autograd: each operation computes its output with the forward kernels and, when any input
/// needs a gradient, records a closure that later adds the input gradients from the output gradient.
/// <see cref="Backward(Variable)"/> runs the closures newest first.
/// </summary>
/// <remarks>
/// One tape serves one forward/backward pass; make a new one (or <see cref="Clear"/>) per step. A tape with
/// <see cref="Training"/> false runs BatchNorm on running statistics and Dropout as identity; a tape with
/// <see cref="Recording"/> false records nothing (inference).
/// </remarks>
public sealed partial class Tape
{
    private readonly List<Action> _backward = [];

    /// <param name="training">Training-mode BatchNorm and Dropout.</param>
    /// <param name="recording">Record backward closures (false for inference).</param>
    /// <param name="threads">Worker threads for GEMM and convolution kernels; 0 = every core.</param>
    public Tape(bool training = true, bool recording = true, int threads = 0)
    {
        Training = training;
        Recording = recording;
        Threads = Coex.Kernels.KernelThreads.Resolve(threads);
    }

    public bool Training { get; }

    /// <summary>Where this tape's activations, gradients and scratch come from; null: fresh allocations.</summary>
    internal StepArena? Arena { get; init; }
    public bool Recording { get; }
    public int Threads { get; }

    /// <summary>Number of recorded backward steps.</summary>
    public int Count => _backward.Count;

    /// <summary>
    /// Seeds d<paramref name="loss"/>/d<paramref name="loss"/> = 1 and propagates gradients to every variable that
    /// requires one. <paramref name="loss"/> must hold one element.
    /// </summary>
    public void Backward(Variable loss)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (loss.Length != 1)
            throw new ArgumentException($"Backward starts from a scalar loss; got shape [{string.Join(", ", loss.Shape.ToArray())}].", nameof(loss));
        if (!Recording)
            throw new InvalidOperationException("This tape was created with recording off; it has no backward pass.");
        Backward(loss, [1f]);
    }

    /// <summary>
    /// Propagates a given gradient <paramref name="outputGrad"/> = ∂L/∂<paramref name="output"/> (same length as the
    /// output) back through the recorded steps.
    /// </summary>
    public void Backward(Variable output, ReadOnlySpan<float> outputGrad)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!Recording)
            throw new InvalidOperationException("This tape was created with recording off; it has no backward pass.");
        if (outputGrad.Length != output.Length)
            throw new ArgumentException($"The output holds {output.Length} elements; its gradient has {outputGrad.Length}.", nameof(outputGrad));
        if (!output.RequiresGrad)
            throw new InvalidOperationException("The output does not depend on any variable that requires a gradient.");
        AddInto(outputGrad, output.GradData);
        for (int i = _backward.Count - 1; i >= 0; i--)
            _backward[i]();
        _backward.Clear();
    }

    /// <summary>Drops the recorded steps.</summary>
    public void Clear() => _backward.Clear();

    /// <summary>A new output variable; it needs a gradient when recording and any input needs one.</summary>
    private Variable Output(Tensor value, params Variable?[] inputs)
    {
        bool grad = false;
        if (Recording)
            foreach (var v in inputs)
                grad |= v is { RequiresGrad: true };
        return new Variable(value, grad) { GradArena = grad ? Arena : null };
    }

    private void Record(Variable output, Action backward)
    {
        if (output.RequiresGrad)
            _backward.Add(() =>
            {
                // An output nobody used has no gradient: nothing flows back through it.
                if (output.HasGrad)
                    backward();
            });
    }

    private Tensor NewLike(ReadOnlySpan<int> shape) => Arena?.Zeros(shape) ?? Tensor.Zeros(DType.F32, shape.ToArray());

    /// <summary>A zero-filled scratch array (recycled across steps when the tape has an arena).</summary>
    private float[] Floats(int length) => Arena?.Floats(length) ?? new float[length];

    private delegate void GradWriter(Span<float> destination);

    /// <summary>
    /// Adds a computed gradient into <paramref name="v"/>'s: when it has none yet, <paramref name="compute"/> writes
    /// straight into a fresh zero buffer; otherwise into a scratch buffer that is then added.
    /// </summary>
    private void Accumulate(Variable v, GradWriter compute)
    {
        if (!v.RequiresGrad)
            return;
        if (!v.HasGrad)
        {
            compute(v.GradData);
            return;
        }
        var scratch = Floats(v.Length);
        compute(scratch);
        AddInto(scratch, v.GradData);
    }

    /// <summary><c>destination[i] += source[i]</c>.</summary>
    internal static void AddInto(ReadOnlySpan<float> source, Span<float> destination)
    {
        Kernels.SpanMath.AddInto(source, destination);
    }

    /// <summary>Runs <paramref name="body"/>(n0, n1) over a fixed split of [0, batch) into one chunk per thread.</summary>
    private void ForBatchChunks(int batch, Action<int, int> body)
    {
        int chunks = Math.Max(1, Math.Min(Threads, batch));
        Coex.Kernels.KernelThreads.For(chunks, Threads, c => body((int)((long)batch * c / chunks), (int)((long)batch * (c + 1) / chunks)));
    }

    /// <summary>Elements per task of element-wise work: large enough that waking a thread pays off.</summary>
    private const int ElementwiseChunk = 1 << 16;

    /// <summary>Runs <paramref name="body"/>(i0, i1) over [0, length) in chunks of <see cref="ElementwiseChunk"/> elements.</summary>
    private void ForRanges(int length, Action<int, int> body)
    {
        int chunks = Math.Max(1, (length + ElementwiseChunk - 1) / ElementwiseChunk);
        Coex.Kernels.KernelThreads.For(chunks, Threads, c => body(c * ElementwiseChunk, Math.Min(length, (c + 1) * ElementwiseChunk)));
    }

    private static string ShapeText(ReadOnlySpan<int> shape) => $"[{string.Join(", ", shape.ToArray())}]";
}
