using System.Runtime.InteropServices;

namespace Coex.Tensors;

/// <summary>
/// A dense, row-major, contiguous n-dimensional array of one <see cref="DType"/>, stored 64-byte aligned.
/// Span views are zero-copy; reshaping shares storage.
/// </summary>
public sealed class Tensor
{
    private readonly AlignedBuffer _buffer;

    private Tensor(DType dtype, int[] shape, AlignedBuffer buffer)
    {
        DType = dtype;
        _shape = shape;
        _buffer = buffer;
    }

    private readonly int[] _shape;

    public DType DType { get; }

    /// <summary>Dimensions, outermost first. A scalar has an empty shape.</summary>
    public ReadOnlySpan<int> Shape => _shape;

    public int Rank => _shape.Length;

    /// <summary>Number of elements (product of the dimensions; 1 for a scalar).</summary>
    public long Length => ElementCount(_shape);

    /// <summary>Bytes of storage the elements occupy.</summary>
    public int ByteLength => (int)DType.ByteCount(Length);

    /// <summary>A zero-filled tensor.</summary>
    public static Tensor Zeros(DType dtype, params int[] shape)
    {
        var copy = (int[])shape.Clone();
        long bytes = dtype.ByteCount(ElementCount(copy));
        return new Tensor(dtype, copy, new AlignedBuffer(bytes));
    }

    /// <summary>A tensor holding a copy of <paramref name="values"/>, whose length must match the shape.</summary>
    public static Tensor FromSpan<T>(ReadOnlySpan<T> values, params int[] shape) where T : unmanaged
    {
        var t = Zeros(DTypeInfo.Of<T>(), shape);
        if (values.Length != t.Length)
            throw new ArgumentException($"Shape [{string.Join(", ", shape)}] holds {t.Length} elements but {values.Length} values were given.", nameof(values));
        values.CopyTo(t.AsSpan<T>());
        return t;
    }

    /// <summary>Zero-copy view of the elements. <typeparamref name="T"/> must be this tensor's element type.</summary>
    public Span<T> AsSpan<T>() where T : unmanaged
    {
        var expected = DTypeInfo.Of<T>();
        if (expected != DType)
            throw new InvalidOperationException($"Tensor holds {DType}; it cannot be viewed as {typeof(T).Name} ({expected}).");
        return MemoryMarshal.Cast<byte, T>(_buffer.Span[..ByteLength]);
    }

    /// <summary>Zero-copy view of the raw storage bytes (packed I4: two elements per byte, low nibble first).</summary>
    public Span<byte> Bytes => _buffer.Span[..ByteLength];

    /// <summary>A tensor sharing this one's storage with a new shape of the same element count.</summary>
    public Tensor Reshape(params int[] shape)
    {
        var copy = (int[])shape.Clone();
        if (ElementCount(copy) != Length)
            throw new ArgumentException($"Cannot reshape [{string.Join(", ", _shape)}] ({Length} elements) to [{string.Join(", ", shape)}] ({ElementCount(copy)} elements).", nameof(shape));
        return new Tensor(DType, copy, _buffer);
    }

    /// <summary>Reads element <paramref name="index"/> of a packed I4 tensor, sign-extended.</summary>
    public sbyte GetInt4(long index)
    {
        RequireInt4(index);
        byte b = _buffer.Span[(int)(index >> 1)];
        int nibble = (index & 1) == 0 ? b & 0xF : b >> 4;
        return (sbyte)((nibble ^ 8) - 8);
    }

    /// <summary>Writes element <paramref name="index"/> of a packed I4 tensor; the value must be in [-8, 7].</summary>
    public void SetInt4(long index, int value)
    {
        RequireInt4(index);
        if (value < -8 || value > 7)
            throw new ArgumentOutOfRangeException(nameof(value), value, "An int4 value must be in [-8, 7].");
        ref byte b = ref _buffer.Span[(int)(index >> 1)];
        int nibble = value & 0xF;
        b = (index & 1) == 0 ? (byte)((b & 0xF0) | nibble) : (byte)((b & 0x0F) | (nibble << 4));
    }

    /// <summary>The storage this tensor views (shared by reshaped views); lets the runtime pool and reuse buffers.</summary>
    internal AlignedBuffer Buffer => _buffer;

    /// <summary>A tensor over the first bytes of <paramref name="buffer"/>, which must be large enough.</summary>
    internal static Tensor Wrap(DType dtype, int[] shape, AlignedBuffer buffer)
    {
        var t = new Tensor(dtype, shape, buffer);
        if (t.ByteLength > buffer.Length)
            throw new ArgumentException($"A buffer of {buffer.Length} bytes cannot hold {t}.", nameof(buffer));
        return t;
    }

    public override string ToString() => $"Tensor<{DType}>[{string.Join(", ", _shape)}]";

    private void RequireInt4(long index)
    {
        if (DType != DType.I4)
            throw new InvalidOperationException($"Tensor holds {DType}, not I4.");
        if ((ulong)index >= (ulong)Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Index outside [0, {Length}).");
    }

    private static long ElementCount(int[] shape)
    {
        long n = 1;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] < 0)
                throw new ArgumentOutOfRangeException(nameof(shape), $"Dimension {i} is {shape[i]}; dimensions must be non-negative.");
            n = checked(n * shape[i]);
            if (n > AlignedBuffer.MaxBytes)
                throw new ArgumentOutOfRangeException(nameof(shape), $"Shape [{string.Join(", ", shape)}] has more elements than Coex can store.");
        }
        return n;
    }
}
