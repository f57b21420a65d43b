using Coex.Tensors;

namespace Coex.Training;

/// <summary>
/// Recycles the activations, gradients and scratch arrays of one training step for the next. Every step allocates the
/// same shapes again; from fresh memory each costs page faults and zeroing of new pages (29% of MobileNet's training
/// time under perf, most of it in the kernel), while a recycled buffer only needs clearing.
/// </summary>
/// <remarks>
/// Everything handed out since the last <see cref="Reset"/> must be dead when it is called: the <see cref="Trainer"/>
/// resets at the start of each step, after the previous step's values were read. Not thread-safe: the tape's calling
/// thread allocates; kernel tasks on worker threads do not use it.
/// </remarks>
internal sealed class StepArena
{
    private readonly Dictionary<int, Stack<AlignedBuffer>> _freeBuffers = [];
    private readonly List<AlignedBuffer> _usedBuffers = [];
    private readonly Dictionary<int, Stack<float[]>> _freeArrays = [];
    private readonly List<float[]> _usedArrays = [];

    /// <summary>A zero-filled F32 tensor of <paramref name="shape"/>.</summary>
    public Tensor Zeros(ReadOnlySpan<int> shape)
    {
        long count = 1;
        foreach (int d in shape)
            count = checked(count * d);
        int bytes = checked((int)(count * sizeof(float)));
        if (!_freeBuffers.TryGetValue(bytes, out var stack) || !stack.TryPop(out var buffer))
            buffer = new AlignedBuffer(bytes);
        else
            buffer.Span.Clear();
        _usedBuffers.Add(buffer);
        return Tensor.Wrap(DType.F32, shape.ToArray(), buffer);
    }

    /// <summary>A zero-filled float array of exactly <paramref name="length"/> elements.</summary>
    public float[] Floats(int length)
    {
        if (!_freeArrays.TryGetValue(length, out var stack) || !stack.TryPop(out var array))
            array = new float[length];
        else
            Array.Clear(array);
        _usedArrays.Add(array);
        return array;
    }

    /// <summary>Takes back everything handed out since the last reset.</summary>
    public void Reset()
    {
        foreach (var b in _usedBuffers)
        {
            if (!_freeBuffers.TryGetValue(b.Length, out var stack))
                _freeBuffers[b.Length] = stack = new Stack<AlignedBuffer>();
            stack.Push(b);
        }
        _usedBuffers.Clear();
        foreach (var a in _usedArrays)
        {
            if (!_freeArrays.TryGetValue(a.Length, out var stack))
                _freeArrays[a.Length] = stack = new Stack<float[]>();
            stack.Push(a);
        }
        _usedArrays.Clear();
    }
}
