using System.Buffers.Binary;
using System.IO.Compression;
using Coex.Tensors;

namespace Coex.Training.Data;

/// <summary>
/// Reads IDX files (the MNIST container): optionally gzip-compressed, big-endian header and data.
/// </summary>
/// <remarks>
/// Layout: two zero bytes; one type byte (0x08 u8, 0x09 i8, 0x0B i16, 0x0C i32, 0x0D f32, 0x0E f64); one rank
/// byte r; r big-endian u32 dimensions; then the elements row-major, big-endian. The file must hold exactly
/// the bytes the dimensions declare. Gzip is recognised by its magic (1F 8B), not by the file name.
/// </remarks>
public static class IdxReader
{
    /// <summary>Largest element count accepted, so a corrupt header fails clearly instead of allocating gigabytes.</summary>
    private const long MaxElements = 1L << 30;

    /// <summary>Reads the IDX file at <paramref name="path"/> into a tensor: u8 → U8, i8 → I8, i16/i32 → I32, f32/f64 → F32.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The header or length is inconsistent; the message names the file.</exception>
    public static Tensor Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"IDX file '{path}' does not exist.", path);
        byte[] raw = File.ReadAllBytes(path);
        return Parse(raw, path);
    }

    /// <summary>Parses IDX bytes (gzip or plain); <paramref name="name"/> appears in error messages.</summary>
    public static Tensor Parse(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        byte[] data = bytes;
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            try
            {
                using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gz.CopyTo(plain);
                data = plain.ToArray();
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"IDX file '{name}': the gzip stream is corrupt or truncated ({e.Message}).", e);
            }
        }
        if (data.Length < 4)
            throw new InvalidDataException($"IDX file '{name}' is truncated: {data.Length} bytes, shorter than the 4-byte magic.");
        if (data[0] != 0 || data[1] != 0)
            throw new InvalidDataException($"IDX file '{name}' has a bad magic: bytes 0x{data[0]:X2} 0x{data[1]:X2} where IDX has 0x00 0x00.");
        byte type = data[2];
        int rank = data[3];
        int elementSize = type switch
        {
            0x08 or 0x09 => 1,
            0x0B => 2,
            0x0C or 0x0D => 4,
            0x0E => 8,
            _ => throw new InvalidDataException($"IDX file '{name}' has unknown element type 0x{type:X2} (known: 08 u8, 09 i8, 0B i16, 0C i32, 0D f32, 0E f64)."),
        };
        if (rank == 0)
            throw new InvalidDataException($"IDX file '{name}' declares rank 0; IDX arrays have at least one dimension.");
        int header = 4 + 4 * rank;
        if (data.Length < header)
            throw new InvalidDataException($"IDX file '{name}' is truncated: rank {rank} needs a {header}-byte header, the file holds {data.Length} bytes.");
        var dims = new int[rank];
        long count = 1;
        for (int i = 0; i < rank; i++)
        {
            uint d = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(4 + 4 * i));
            if (d > int.MaxValue)
                throw new InvalidDataException($"IDX file '{name}': dimension {i} is {d}, too large.");
            dims[i] = (int)d;
            count *= d;
            if (count > MaxElements)
                throw new InvalidDataException($"IDX file '{name}': dimensions [{string.Join(", ", dims[..(i + 1)])}...] exceed {MaxElements} elements.");
        }
        long expected = count * elementSize, actual = data.Length - header;
        if (actual < expected)
            throw new InvalidDataException($"IDX file '{name}' is truncated: dimensions [{string.Join(", ", dims)}] of {elementSize}-byte elements need {expected} data bytes, the file holds {actual}.");
        if (actual > expected)
            throw new InvalidDataException($"IDX file '{name}' has {actual - expected} bytes past the {expected} that dimensions [{string.Join(", ", dims)}] declare.");
        var body = data.AsSpan(header, (int)expected);
        switch (type)
        {
            case 0x08:
                return Tensor.FromSpan<byte>(body, dims);
            case 0x09:
                return Tensor.FromSpan(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(body), dims);
            case 0x0B:
            {
                var t = Tensor.Zeros(DType.I32, dims);
                var dst = t.AsSpan<int>();
                for (int i = 0; i < dst.Length; i++)
                    dst[i] = BinaryPrimitives.ReadInt16BigEndian(body[(2 * i)..]);
                return t;
            }
            case 0x0C:
            {
                var t = Tensor.Zeros(DType.I32, dims);
                var dst = t.AsSpan<int>();
                for (int i = 0; i < dst.Length; i++)
                    dst[i] = BinaryPrimitives.ReadInt32BigEndian(body[(4 * i)..]);
                return t;
            }
            case 0x0D:
            {
                var t = Tensor.Zeros(DType.F32, dims);
                var dst = t.AsSpan<float>();
                for (int i = 0; i < dst.Length; i++)
                    dst[i] = BinaryPrimitives.ReadSingleBigEndian(body[(4 * i)..]);
                return t;
            }
            default:
            {
                var t = Tensor.Zeros(DType.F32, dims);
                var dst = t.AsSpan<float>();
                for (int i = 0; i < dst.Length; i++)
                    dst[i] = (float)BinaryPrimitives.ReadDoubleBigEndian(body[(8 * i)..]);
                return t;
            }
        }
    }
}
