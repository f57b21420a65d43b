using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Coex.Tensors;

/// <summary>
/// Reads and writes numpy <c>.npy</c> files (format versions 1.0–3.0) holding one C-order, little-endian array of
/// float32, float16, int64, int32, int8, uint8 or bool.
/// </summary>
/// <remarks>
/// Layout: the magic <c>\x93NUMPY</c>, a major and minor version byte, the header length (uint16 little-endian in
/// 1.0, uint32 in 2.0 and 3.0), then an ASCII (3.0: UTF-8) Python dict literal such as
/// <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }</c> padded with spaces and a newline so the data
/// starts on a 64-byte boundary, then the raw elements.
/// </remarks>
public static partial class Npy
{
    private static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Header alignment numpy uses since 1.? (64 bytes; older files used 16 and still read fine).</summary>
    private const int HeaderAlignment = 64;

    /// <summary>Reads the array in the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not an .npy file Coex can read (says why).</exception>
    public static Tensor Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, $"'{path}'");
    }

    /// <summary>Reads one array from <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not an .npy array Coex can read (says why).</exception>
    public static Tensor Read(Stream stream, string source = "the stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> prefix = stackalloc byte[8];
        if (stream.ReadAtLeast(prefix, 8, throwOnEndOfStream: false) < 8 || !prefix[..6].SequenceEqual(Magic))
            throw new InvalidDataException($"{source} is not an .npy file (bad magic).");
        int major = prefix[6];
        int headerLength;
        if (major == 1)
        {
            Span<byte> len = stackalloc byte[2];
            ReadExactly(stream, len, source);
            headerLength = BinaryPrimitives.ReadUInt16LittleEndian(len);
        }
        else if (major is 2 or 3)
        {
            Span<byte> len = stackalloc byte[4];
            ReadExactly(stream, len, source);
            uint l = BinaryPrimitives.ReadUInt32LittleEndian(len);
            if (l > 1 << 20)
                throw new InvalidDataException($"{source}: header of {l} bytes is implausibly long.");
            headerLength = (int)l;
        }
        else
            throw new InvalidDataException($"{source}: .npy format version {major}.{prefix[7]} is not supported (1.0–3.0 are).");
        var headerBytes = new byte[headerLength];
        ReadExactly(stream, headerBytes, source);
        string header = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(headerBytes);

        string descr = Field(header, "descr", source);
        string fortran = Field(header, "fortran_order", source);
        string shapeText = Field(header, "shape", source);
        if (fortran != "False")
            throw new InvalidDataException($"{source}: Fortran-order arrays are not supported; save with numpy.ascontiguousarray.");
        DType dtype = descr.Trim('\'', '"') switch
        {
            "<f4" => DType.F32,
            "<f2" => DType.F16,
            "<i8" => DType.I64,
            "<i4" => DType.I32,
            "|i1" or "<i1" => DType.I8,
            "|u1" or "<u1" => DType.U8,
            "|b1" => DType.Bool,
            var d => throw new InvalidDataException($"{source}: element type '{d}' is not supported (float32, float16, int64, int32, int8, uint8, bool; little-endian)."),
        };
        var dims = shapeText.Trim('(', ')').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var shape = new int[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            if (!int.TryParse(dims[i], NumberStyles.None, CultureInfo.InvariantCulture, out shape[i]))
                throw new InvalidDataException($"{source}: shape entry '{dims[i]}' is not a dimension Coex can hold.");
        }
        long count = 1;
        foreach (int d in shape)
            count = checked(count * d);
        long bytes = dtype.ByteCount(count);
        if (stream.CanSeek && stream.Length - stream.Position < bytes)
            throw new InvalidDataException($"{source}: shape ({string.Join(", ", shape)}) of {descr} needs {bytes} bytes of data but only {stream.Length - stream.Position} remain.");
        var tensor = Tensor.Zeros(dtype, shape);
        ReadExactly(stream, tensor.Bytes, source);
        if (dtype == DType.Bool)
        {
            foreach (byte b in tensor.Bytes)
                if (b > 1)
                    throw new InvalidDataException($"{source}: bool element holds {b}, not 0 or 1.");
        }
        return tensor;
    }

    /// <summary>Writes <paramref name="tensor"/> to <paramref name="path"/> as a version 1.0 .npy file.</summary>
    public static void Save(Tensor tensor, string path)
    {
        using var stream = File.Create(path);
        Write(tensor, stream);
    }

    /// <summary>Writes <paramref name="tensor"/> as a version 1.0 .npy array (C order, little-endian).</summary>
    /// <exception cref="NotSupportedException">The tensor's dtype has no numpy equivalent (bfloat16, int4).</exception>
    public static void Write(Tensor tensor, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(stream);
        string descr = tensor.DType switch
        {
            DType.F32 => "<f4",
            DType.F16 => "<f2",
            DType.I64 => "<i8",
            DType.I32 => "<i4",
            DType.I8 => "|i1",
            DType.U8 => "|u1",
            DType.Bool => "|b1",
            var d => throw new NotSupportedException($"{d} tensors have no .npy element type."),
        };
        var shape = tensor.Shape.ToArray();
        string dims = shape.Length == 1 ? $"{shape[0]}," : string.Join(", ", shape);
        string dict = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': ({dims}), }}";
        // Magic (6) + version (2) + length (2) + dict + padding + '\n' is a multiple of the alignment.
        int total = 10 + dict.Length + 1;
        int padded = (total + HeaderAlignment - 1) / HeaderAlignment * HeaderAlignment;
        string header = dict + new string(' ', padded - total) + "\n";
        stream.Write(Magic);
        stream.Write([1, 0]);
        Span<byte> len = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(len, checked((ushort)header.Length));
        stream.Write(len);
        stream.Write(Encoding.ASCII.GetBytes(header));
        stream.Write(tensor.Bytes);
    }

    private static string Field(string header, string key, string source)
    {
        var m = FieldPattern().Matches(header).FirstOrDefault(m => m.Groups["key"].Value == key)
            ?? throw new InvalidDataException($"{source}: header has no '{key}' entry: {header.Trim()}");
        return m.Groups["value"].Value.Trim();
    }

    /// <summary>'key': value, where value is a quoted string, a tuple, or a bare word.</summary>
    [GeneratedRegex(@"['""](?<key>\w+)['""]\s*:\s*(?<value>'[^']*'|""[^""]*""|\([^)]*\)|\w+)")]
    private static partial Regex FieldPattern();

    private static void ReadExactly(Stream stream, Span<byte> buffer, string source)
    {
        if (stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) < buffer.Length)
            throw new InvalidDataException($"{source} ends early.");
    }
}
