using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Coex.Tensors;

/// <summary>
/// A byte buffer whose first byte sits on a 64-byte boundary (one cache line, one 512-bit vector).
/// Lives on the pinned object heap, so it never moves and needs no disposal.
/// </summary>
public sealed class AlignedBuffer
{
    /// <summary>Alignment of <see cref="Span"/>'s first byte, in bytes.</summary>
    public const int Alignment = 64;

    /// <summary>Largest buffer Coex allocates (2 GiB − 1 line), so a hostile size fails clearly instead of paging the machine to death.</summary>
    public const long MaxBytes = int.MaxValue - Alignment;

    private readonly byte[] _storage;
    private readonly int _offset;

    public AlignedBuffer(long byteCount)
    {
        if (byteCount < 0 || byteCount > MaxBytes)
            throw new ArgumentOutOfRangeException(nameof(byteCount), byteCount, $"Buffer size must be between 0 and {MaxBytes} bytes.");
        Length = (int)byteCount;
        _storage = GC.AllocateArray<byte>(Length + Alignment, pinned: true);
        nint address = GetAddress(_storage);
        _offset = (int)((Alignment - (address & (Alignment - 1))) & (Alignment - 1));
    }

    private static unsafe nint GetAddress(byte[] pinned) => (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));

    /// <summary>Usable bytes.</summary>
    public int Length { get; }

    /// <summary>The aligned bytes.</summary>
    public Span<byte> Span => _storage.AsSpan(_offset, Length);

    /// <summary>The aligned bytes viewed as <typeparamref name="T"/>; the byte length must be a multiple of its size.</summary>
    public Span<T> AsSpan<T>() where T : unmanaged => MemoryMarshal.Cast<byte, T>(Span);
}
