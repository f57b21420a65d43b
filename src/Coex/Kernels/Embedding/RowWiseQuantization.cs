using System.Buffers.Binary;
using Coex.Tensors;

namespace Coex.Kernels.Embedding;

/// <summary>How the rows of an <see cref="EmbeddingTable"/> are stored.</summary>
public enum EmbeddingPrecision
{
    /// <summary>Plain float32 rows: <c>4·dim</c> bytes.</summary>
    F32,
    /// <summary>IEEE binary16 rows: <c>2·dim</c> bytes.</summary>
    F16,
    /// <summary>Fused 8-bit row-wise: <c>dim</c> uint8 codes, then float32 scale, then float32 bias (<c>dim + 8</c> bytes).</summary>
    Int8,
    /// <summary>Fused 4-bit row-wise: <c>⌈dim/2⌉</c> bytes of codes (low nibble first), then float16 scale, then float16 bias.</summary>
    Int4,
    /// <summary>Fused 2-bit row-wise: <c>⌈dim/4⌉</c> bytes of codes (lowest bits first), then float16 scale, then float16 bias.</summary>
    Int2,
}

/// <summary>
/// The row-wise quantized embedding formats of production recommendation libraries, one row at a time:
/// each row carries its own scale and bias (the row minimum) next to its codes, so
/// <c>value[c] ≈ code[c]·scale + bias</c>.
/// </summary>
/// <remarks>
/// Byte layout of one row (little-endian; documented with examples in docs/embedding.md):
/// <list type="bullet">
/// <item><b>8-bit</b>: <c>dim</c> bytes of uint8 codes, then <c>scale</c> (float32), then <c>bias</c> (float32).
/// <c>bias = min(row)</c>, <c>scale = (max − min)/255</c>, <c>code = round((x − min)·255/(max − min + 1e-8))</c>
/// with ties to even.</item>
/// <item><b>n-bit (4, 2)</b>: <c>⌈dim·n/8⌉</c> bytes of codes, element c in byte <c>c/(8/n)</c> at bit
/// <c>(c mod (8/n))·n</c> (low bits first), then <c>scale</c> (float16), then <c>bias</c> (float16).
/// <c>bias = fp16(min)</c>; <c>scale = fp16((max − bias)/(2ⁿ − 1))</c>, or 1 when the row is constant (or the
/// rounded scale is 0); <c>code = clamp(round((x − bias)/scale), 0, 2ⁿ − 1)</c>, ties to even.</item>
/// </list>
/// Rows holding NaN or ±∞ are refused: they have no finite range to quantize into.
/// </remarks>
public static class RowWiseQuantization
{
    /// <summary>Added to the 8-bit range before inverting it, so a constant row gives code 0 instead of a division by zero.</summary>
    private const float Int8RangeEpsilon = 1e-8f;

    /// <summary>Bytes one row of <paramref name="dim"/> values takes in <paramref name="precision"/>.</summary>
    public static int RowBytes(EmbeddingPrecision precision, int dim)
    {
        if (dim <= 0)
            throw new ArgumentOutOfRangeException(nameof(dim), dim, "An embedding dimension must be positive.");
        return precision switch
        {
            EmbeddingPrecision.F32 => checked(4 * dim),
            EmbeddingPrecision.F16 => checked(2 * dim),
            EmbeddingPrecision.Int8 => checked(dim + 8),
            EmbeddingPrecision.Int4 => checked((dim + 1) / 2 + 4),
            EmbeddingPrecision.Int2 => checked((dim + 3) / 4 + 4),
            _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown embedding precision."),
        };
    }

    /// <summary>Bits per code of a row-wise quantized precision (8, 4 or 2); 0 for F32/F16.</summary>
    public static int BitsPerCode(EmbeddingPrecision precision) => precision switch
    {
        EmbeddingPrecision.Int8 => 8,
        EmbeddingPrecision.Int4 => 4,
        EmbeddingPrecision.Int2 => 2,
        _ => 0,
    };

    /// <summary>Byte offset of the scale inside a row (the codes come first).</summary>
    public static int ScaleOffset(EmbeddingPrecision precision, int dim) => precision switch
    {
        EmbeddingPrecision.Int8 => dim,
        EmbeddingPrecision.Int4 or EmbeddingPrecision.Int2 => RowBytes(precision, dim) - 4,
        _ => throw new ArgumentException($"{precision} rows have no scale.", nameof(precision)),
    };

    /// <summary>Encodes one float row into <paramref name="destination"/> (exactly <see cref="RowBytes"/> bytes) in <paramref name="precision"/>.</summary>
    /// <exception cref="ArgumentException">A length does not match, or the row holds NaN/∞ (quantized precisions).</exception>
    public static void QuantizeRow(EmbeddingPrecision precision, ReadOnlySpan<float> row, Span<byte> destination)
    {
        int need = RowBytes(precision, row.Length);
        if (destination.Length != need)
            throw new ArgumentException($"A {precision} row of {row.Length} values takes {need} bytes; the destination holds {destination.Length}.", nameof(destination));
        switch (precision)
        {
            case EmbeddingPrecision.F32:
                for (int c = 0; c < row.Length; c++)
                    BinaryPrimitives.WriteSingleLittleEndian(destination[(4 * c)..], row[c]);
                break;
            case EmbeddingPrecision.F16:
                for (int c = 0; c < row.Length; c++)
                    BinaryPrimitives.WriteUInt16LittleEndian(destination[(2 * c)..], FloatConversions.SingleToHalfBits(row[c]));
                break;
            case EmbeddingPrecision.Int8:
                QuantizeInt8(row, destination);
                break;
            default:
                QuantizeNBit(row, BitsPerCode(precision), destination);
                break;
        }
    }

    /// <summary>Decodes one row stored in <paramref name="precision"/> into <paramref name="destination"/> (<c>code·scale + bias</c>).</summary>
    public static void DequantizeRow(EmbeddingPrecision precision, ReadOnlySpan<byte> source, Span<float> destination)
    {
        int dim = destination.Length;
        int need = RowBytes(precision, dim);
        if (source.Length != need)
            throw new ArgumentException($"A {precision} row of {dim} values takes {need} bytes; the source holds {source.Length}.", nameof(source));
        switch (precision)
        {
            case EmbeddingPrecision.F32:
                for (int c = 0; c < dim; c++)
                    destination[c] = BinaryPrimitives.ReadSingleLittleEndian(source[(4 * c)..]);
                break;
            case EmbeddingPrecision.F16:
                for (int c = 0; c < dim; c++)
                    destination[c] = FloatConversions.HalfBitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(source[(2 * c)..]));
                break;
            case EmbeddingPrecision.Int8:
            {
                float scale = BinaryPrimitives.ReadSingleLittleEndian(source[dim..]);
                float bias = BinaryPrimitives.ReadSingleLittleEndian(source[(dim + 4)..]);
                for (int c = 0; c < dim; c++)
                    destination[c] = source[c] * scale + bias;
                break;
            }
            default:
            {
                int bits = BitsPerCode(precision), perByte = 8 / bits, mask = (1 << bits) - 1;
                int at = ScaleOffset(precision, dim);
                float scale = FloatConversions.HalfBitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(source[at..]));
                float bias = FloatConversions.HalfBitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(source[(at + 2)..]));
                for (int c = 0; c < dim; c++)
                {
                    int code = (source[c / perByte] >> (c % perByte * bits)) & mask;
                    destination[c] = code * scale + bias;
                }
                break;
            }
        }
    }

    /// <summary>The (scale, bias) pair stored in a quantized row.</summary>
    public static (float Scale, float Bias) ReadScaleBias(EmbeddingPrecision precision, ReadOnlySpan<byte> row, int dim)
    {
        int at = ScaleOffset(precision, dim);
        return precision == EmbeddingPrecision.Int8
            ? (BinaryPrimitives.ReadSingleLittleEndian(row[at..]), BinaryPrimitives.ReadSingleLittleEndian(row[(at + 4)..]))
            : (FloatConversions.HalfBitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(row[at..])),
               FloatConversions.HalfBitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(row[(at + 2)..])));
    }

    /// <summary>
    /// Largest |x − dequantize(quantize(x))| the format allows for a row spanning [min, max]: half a code step plus the
    /// float16 rounding of the bias and scale for n-bit rows (used by tests and by callers that budget error).
    /// </summary>
    public static float ErrorBound(EmbeddingPrecision precision, float min, float max)
    {
        float range = max - min, magnitude = Math.Max(Math.Abs(min), Math.Abs(max));
        return precision switch
        {
            EmbeddingPrecision.F32 => 0f,
            EmbeddingPrecision.F16 => magnitude * (1f / 2048) + 6e-8f,
            // the +1e-8 in the inverse range shifts codes by up to that much in value
            EmbeddingPrecision.Int8 => range / 255 * 0.5f + Int8RangeEpsilon + range * 1e-6f + magnitude * 4e-7f,
            // bias off by ≤ half an fp16 ulp of min; scale off by ≤ 2^-11 relative, times up to 2ⁿ − 1 codes.
            _ => range / ((1 << BitsPerCode(precision)) - 1) * 0.5f + Math.Abs(min) / 2048 + range / 2048 * 1.5f + 6e-8f * (1 << BitsPerCode(precision)),
        };
    }

    private static void FindRange(ReadOnlySpan<float> row, out float min, out float max)
    {
        min = float.PositiveInfinity;
        max = float.NegativeInfinity;
        for (int c = 0; c < row.Length; c++)
        {
            float x = row[c];
            if (!float.IsFinite(x))
                throw new ArgumentException($"Row element {c} is {x}; row-wise quantization needs finite values.", nameof(row));
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }
    }

    private static void QuantizeInt8(ReadOnlySpan<float> row, Span<byte> destination)
    {
        int dim = row.Length;
        FindRange(row, out float min, out float max);
        float range = max - min;
        float inverse = 255f / (range + Int8RangeEpsilon);
        for (int c = 0; c < dim; c++)
            destination[c] = (byte)Math.Clamp(MathF.Round((row[c] - min) * inverse, MidpointRounding.ToEven), 0f, 255f);
        BinaryPrimitives.WriteSingleLittleEndian(destination[dim..], range / 255f);
        BinaryPrimitives.WriteSingleLittleEndian(destination[(dim + 4)..], min);
    }

    private static void QuantizeNBit(ReadOnlySpan<float> row, int bits, Span<byte> destination)
    {
        int dim = row.Length, perByte = 8 / bits, levels = (1 << bits) - 1;
        FindRange(row, out float min, out float max);
        if (Math.Max(-min, max) > (float)Half.MaxValue)
            throw new ArgumentException($"Row spans [{min}, {max}]; {bits}-bit rows store scale and bias as float16, which ends at ±{(float)Half.MaxValue}.", nameof(row));
        // The bias is stored as fp16, so codes are computed against the rounded bias the reader will see.
        ushort biasBits = FloatConversions.SingleToHalfBits(min);
        float bias = FloatConversions.HalfBitsToSingle(biasBits);
        float range = max - bias;
        float scale = range == 0f ? 1f : range / levels;
        ushort scaleBits = FloatConversions.SingleToHalfBits(scale);
        scale = FloatConversions.HalfBitsToSingle(scaleBits);
        float inverse = 1f / scale;
        if (scale == 0f || !float.IsFinite(inverse) || !float.IsFinite(scale))
        {
            scale = 1f;
            inverse = 1f;
            scaleBits = FloatConversions.SingleToHalfBits(1f);
        }
        int codeBytes = (dim + perByte - 1) / perByte;
        destination[..codeBytes].Clear();
        for (int c = 0; c < dim; c++)
        {
            int code = (int)Math.Clamp(MathF.Round((row[c] - bias) * inverse, MidpointRounding.ToEven), 0f, levels);
            destination[c / perByte] |= (byte)(code << (c % perByte * bits));
        }
        BinaryPrimitives.WriteUInt16LittleEndian(destination[codeBytes..], scaleBits);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[(codeBytes + 2)..], biasBits);
    }
}
