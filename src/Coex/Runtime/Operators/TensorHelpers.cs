using System.Runtime.InteropServices;
using Coex.Tensors;

namespace Coex.Runtime.Operators;

/// <summary>Shape arithmetic and type-generic element access the operators share.</summary>
internal static class TensorHelpers
{
    public static int[] ShapeOf(Tensor t) => t.Shape.ToArray();

    public static int Count(ReadOnlySpan<int> shape)
    {
        long n = 1;
        foreach (int d in shape)
            n = checked(n * d);
        return checked((int)n);
    }

    /// <summary>Row-major strides in elements.</summary>
    public static int[] Strides(ReadOnlySpan<int> shape)
    {
        var s = new int[shape.Length];
        int acc = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            s[d] = acc;
            acc *= shape[d];
        }
        return s;
    }

    /// <summary>Normalizes a possibly negative axis against <paramref name="rank"/>; throws naming the op's axis.</summary>
    public static int Axis(long axis, int rank, string what = "axis")
    {
        if (rank == 0 && axis is 0 or -1)
            return 0;
        if (axis < -rank || axis >= rank)
            throw new ArgumentException($"{what} {axis} is outside [{-rank}, {rank - 1}].");
        return (int)(axis < 0 ? axis + rank : axis);
    }

    /// <summary>For each output element, the offset of the element of an input of <paramref name="inShape"/> broadcast to <paramref name="outShape"/>.</summary>
    public static int[] BroadcastOffsets(ReadOnlySpan<int> inShape, int[] outShape)
    {
        int rank = outShape.Length, count = Count(outShape);
        var strides = new int[rank];
        var inStrides = Strides(inShape);
        for (int d = 0; d < inShape.Length; d++)
        {
            int od = rank - inShape.Length + d;
            strides[od] = inShape[d] == 1 ? 0 : inStrides[d];
        }
        var offsets = new int[count];
        var index = new int[rank];
        int at = 0;
        for (int i = 0; i < count; i++)
        {
            offsets[i] = at;
            for (int d = rank - 1; d >= 0; d--)
            {
                at += strides[d];
                if (++index[d] < outShape[d])
                    break;
                at -= strides[d] * outShape[d];
                index[d] = 0;
            }
        }
        return offsets;
    }

    /// <summary>Element <paramref name="i"/> of any numeric or bool tensor, as double (int64 beyond 2^53 rounds).</summary>
    public static double Get(Tensor t, int i) => t.DType switch
    {
        DType.F32 => t.AsSpan<float>()[i],
        DType.F16 => (double)t.AsSpan<Half>()[i],
        DType.BF16 => (float)t.AsSpan<BFloat16>()[i],
        DType.I8 => t.AsSpan<sbyte>()[i],
        DType.U8 => t.AsSpan<byte>()[i],
        DType.I32 => t.AsSpan<int>()[i],
        DType.I64 => t.AsSpan<long>()[i],
        DType.Bool => t.AsSpan<bool>()[i] ? 1 : 0,
        _ => throw new NotSupportedException($"Element access to {t.DType} tensors is not supported."),
    };

    /// <summary>Stores <paramref name="v"/> into element <paramref name="i"/>, converting as a C cast would (integers truncate toward zero).</summary>
    public static void Set(Tensor t, int i, double v)
    {
        switch (t.DType)
        {
            case DType.F32: t.AsSpan<float>()[i] = (float)v; break;
            case DType.F16: t.AsSpan<Half>()[i] = (Half)(float)v; break;
            case DType.BF16: t.AsSpan<BFloat16>()[i] = (BFloat16)(float)v; break;
            case DType.I8: t.AsSpan<sbyte>()[i] = (sbyte)(long)v; break;
            case DType.U8: t.AsSpan<byte>()[i] = (byte)(long)v; break;
            case DType.I32: t.AsSpan<int>()[i] = (int)(long)v; break;
            case DType.I64: t.AsSpan<long>()[i] = (long)v; break;
            case DType.Bool: t.AsSpan<bool>()[i] = v != 0; break;
            default: throw new NotSupportedException($"Element access to {t.DType} tensors is not supported.");
        }
    }

    /// <summary>Element <paramref name="i"/> of an integer or bool tensor, exactly.</summary>
    public static long GetLong(Tensor t, int i) => t.DType switch
    {
        DType.I8 => t.AsSpan<sbyte>()[i],
        DType.U8 => t.AsSpan<byte>()[i],
        DType.I32 => t.AsSpan<int>()[i],
        DType.I64 => t.AsSpan<long>()[i],
        DType.Bool => t.AsSpan<bool>()[i] ? 1 : 0,
        _ => (long)Get(t, i),
    };

    /// <summary>Stores an integer, wrapping to the element type as C would.</summary>
    public static void SetLong(Tensor t, int i, long v)
    {
        switch (t.DType)
        {
            case DType.I8: t.AsSpan<sbyte>()[i] = (sbyte)v; break;
            case DType.U8: t.AsSpan<byte>()[i] = (byte)v; break;
            case DType.I32: t.AsSpan<int>()[i] = (int)v; break;
            case DType.I64: t.AsSpan<long>()[i] = v; break;
            case DType.Bool: t.AsSpan<bool>()[i] = v != 0; break;
            default: Set(t, i, v); break;
        }
    }

    public static bool IsInteger(DType d) => d is DType.I8 or DType.U8 or DType.I32 or DType.I64;

    /// <summary>The integer elements of a 0-D or 1-D int32/int64 tensor (shapes, axes, indices).</summary>
    public static long[] Longs(Tensor t) => t.DType switch
    {
        DType.I64 => t.AsSpan<long>().ToArray(),
        DType.I32 => [.. t.AsSpan<int>().ToArray().Select(v => (long)v)],
        _ => throw new ArgumentException($"Expected an int32 or int64 tensor, got {t}."),
    };

    /// <summary>The single float of a scalar (or one-element) tensor.</summary>
    public static float Scalar(Tensor t)
    {
        if (t.Length != 1)
            throw new ArgumentException($"Expected a single value, got {t}.");
        return (float)Get(t, 0);
    }

    /// <summary>Bytes per element (packed I4 is not supported by data-movement operators).</summary>
    public static int ElementSize(DType dtype) => dtype == DType.I4
        ? throw new NotSupportedException("Packed int4 tensors cannot be moved element-wise.")
        : dtype.BitsPerElement() / 8;

    public static bool IsFloat(DType d) => d is DType.F32 or DType.F16 or DType.BF16;

    /// <summary>A float32 copy of a float16/bfloat16 tensor, or the tensor itself if already float32.</summary>
    public static Tensor ToF32(RunContext c, Tensor t)
    {
        if (t.DType == DType.F32)
            return t;
        var r = c.Allocate(DType.F32, ShapeOf(t));
        var dst = r.AsSpan<float>();
        switch (t.DType)
        {
            case DType.F16: FloatConversions.ToSingle(t.AsSpan<Half>(), dst); break;
            case DType.BF16: FloatConversions.ToSingle(t.AsSpan<BFloat16>(), dst); break;
            default:
                for (int i = 0; i < dst.Length; i++)
                    dst[i] = (float)Get(t, i);
                break;
        }
        return r;
    }

    /// <summary>Converts a float32 result to <paramref name="dtype"/> (float16/bfloat16 round to nearest even).</summary>
    public static Tensor FromF32(RunContext c, Tensor t, DType dtype)
    {
        if (dtype == DType.F32)
            return t;
        var r = c.Allocate(dtype, ShapeOf(t));
        var src = t.AsSpan<float>();
        switch (dtype)
        {
            case DType.F16: FloatConversions.ToHalf(src, r.AsSpan<Half>()); break;
            case DType.BF16: FloatConversions.ToBFloat16(src, r.AsSpan<BFloat16>()); break;
            default:
                for (int i = 0; i < src.Length; i++)
                    Set(r, i, src[i]);
                break;
        }
        return r;
    }

    /// <summary>Typed span view of the raw bytes (for type-generic code).</summary>
    public static Span<T> View<T>(Tensor t) where T : unmanaged => MemoryMarshal.Cast<byte, T>(t.Bytes);
}
