using System.Runtime.InteropServices;
using Coex.Tensors;

namespace Coex.Runtime;

/// <summary>
/// The session's memory plan: intermediate tensors are allocated from here, and a buffer returns here once
/// the last value viewing it has been consumed, so later nodes (and later runs) reuse it instead of allocating.
/// </summary>
/// <remarks>
/// Buffers are kept in power-of-two size classes, so a freed buffer serves any later request of its class.
/// Not thread-safe: a session runs one <see cref="InferenceSession.Run"/> at a time.
/// </remarks>
internal sealed class BufferPool
{
    /// <summary>Smallest size class in bytes (one cache line).</summary>
    private const int MinClassBytes = 64;

    private readonly Dictionary<int, Stack<AlignedBuffer>> _free = [];

    /// <summary>Buffers handed out and not yet returned; only these may come back.</summary>
    private readonly HashSet<AlignedBuffer> _owned = new(ReferenceEqualityComparer.Instance);
    /// <summary>
    /// Tests set this to fill every uninitialized rent with NaN, so a kernel that leaves an element of its output unwritten
    /// shows up as a wrong answer instead of passing on a freshly zeroed buffer.
    /// </summary>
    internal static volatile bool PoisonUninitialized;

    /// <summary>Bytes currently held by the pool, for tests and diagnostics.</summary>
    public long FreeBytes { get; private set; }

    /// <summary>Total bytes ever allocated by the pool (reuse keeps this flat across runs).</summary>
    public long AllocatedBytes { get; private set; }

    /// <summary>
    /// A tensor whose storage comes from the pool: zero-filled, unless <paramref name="zeroed"/> is false, when a reused
    /// buffer keeps whatever it last held (for kernels that write every element; clearing cost LeNet about a tenth).
    /// </summary>
    public Tensor Rent(DType dtype, int[] shape, bool zeroed = true)
    {
        long count = 1;
        foreach (int d in shape)
        {
            if (d < 0)
                throw new ArgumentOutOfRangeException(nameof(shape), $"Dimension {d} is negative in [{string.Join(", ", shape)}].");
            count = checked(count * d);
        }
        long bytes = dtype.ByteCount(count);
        int size = SizeClass(bytes);
        AlignedBuffer buffer;
        if (_free.TryGetValue(size, out var stack) && stack.Count > 0)
        {
            buffer = stack.Pop();
            FreeBytes -= buffer.Length;
            if (zeroed)
                buffer.Span[..(int)bytes].Clear();
        }
        else
        {
            buffer = new AlignedBuffer(size);
            AllocatedBytes += size;
        }
        if (!zeroed && PoisonUninitialized)
            MemoryMarshal.Cast<byte, float>(buffer.Span[..(int)(bytes & ~3L)]).Fill(float.NaN);
        _owned.Add(buffer);
        return Tensor.Wrap(dtype, shape, buffer);
    }

    /// <summary>True when <paramref name="buffer"/> came from <see cref="Rent"/> and has not been returned.</summary>
    public bool Owns(AlignedBuffer buffer) => _owned.Contains(buffer);

    /// <summary>Takes back a rented buffer; no tensor viewing it may be used afterwards.</summary>
    public void Return(AlignedBuffer buffer)
    {
        if (!_owned.Remove(buffer))
            return;
        if (!_free.TryGetValue(buffer.Length, out var stack))
            _free[buffer.Length] = stack = new Stack<AlignedBuffer>();
        stack.Push(buffer);
        FreeBytes += buffer.Length;
    }

    /// <summary>Forgets a buffer that leaves the session (a run's output): the caller now owns it.</summary>
    /// <returns>True when the buffer was the pool's (so <see cref="Adopt"/> may take it back later).</returns>
    public bool Release(AlignedBuffer buffer) => _owned.Remove(buffer);

    /// <summary>
    /// Takes back a buffer <see cref="Release"/> returned true for, once its caller is done with it. The pool keeps no
    /// list of released buffers (callers that never give them back must not leak), so the caller vouches for it.
    /// </summary>
    public void Adopt(AlignedBuffer buffer)
    {
        _owned.Add(buffer);
        Return(buffer);
    }

    private static int SizeClass(long bytes)
    {
        if (bytes > AlignedBuffer.MaxBytes)
            throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "Tensor is too large.");
        long size = MinClassBytes;
        while (size < bytes)
            size <<= 1;
        // The largest class is capped at the largest buffer Coex allocates.
        return (int)Math.Min(size, AlignedBuffer.MaxBytes);
    }
}
