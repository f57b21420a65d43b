namespace Coex.Tensors;

/// <summary>Element types a <see cref="Tensor"/> can hold.</summary>
public enum DType : byte
{
    F32,
    F16,
    BF16,
    I8,
    U8,
    I32,
    I64,
    Bool,
    /// <summary>Signed 4-bit integers packed two per byte: element 2i in the low nibble, 2i+1 in the high nibble.</summary>
    I4,
}

/// <summary>Sizes and names of <see cref="DType"/> values.</summary>
public static class DTypeInfo
{
    /// <summary>Bits one element occupies in storage.</summary>
    public static int BitsPerElement(this DType type) => type switch
    {
        DType.F32 or DType.I32 => 32,
        DType.F16 or DType.BF16 => 16,
        DType.I8 or DType.U8 or DType.Bool => 8,
        DType.I64 => 64,
        DType.I4 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown dtype."),
    };

    /// <summary>Bytes needed to store <paramref name="count"/> elements (packed types round up to whole bytes).</summary>
    public static long ByteCount(this DType type, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return (count * type.BitsPerElement() + 7) / 8;
    }

    /// <summary>The CLR element type whose span views this dtype's storage, or null for packed I4.</summary>
    public static Type? ClrType(this DType type) => type switch
    {
        DType.F32 => typeof(float),
        DType.F16 => typeof(Half),
        DType.BF16 => typeof(BFloat16),
        DType.I8 => typeof(sbyte),
        DType.U8 => typeof(byte),
        DType.I32 => typeof(int),
        DType.I64 => typeof(long),
        DType.Bool => typeof(bool),
        DType.I4 => null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown dtype."),
    };

    /// <summary>The dtype whose storage a span of <typeparamref name="T"/> views.</summary>
    public static DType Of<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(float)) return DType.F32;
        if (typeof(T) == typeof(Half)) return DType.F16;
        if (typeof(T) == typeof(BFloat16)) return DType.BF16;
        if (typeof(T) == typeof(sbyte)) return DType.I8;
        if (typeof(T) == typeof(byte)) return DType.U8;
        if (typeof(T) == typeof(int)) return DType.I32;
        if (typeof(T) == typeof(long)) return DType.I64;
        if (typeof(T) == typeof(bool)) return DType.Bool;
        throw new NotSupportedException($"No Coex dtype stores elements of type {typeof(T).Name}.");
    }
}
