using System.Runtime.InteropServices;
using Coex.Onnx.Proto;
using Coex.Tensors;
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Coex.Onnx;

/// <summary>Converts between ONNX <c>TensorProto</c> messages and Coex <see cref="Tensor"/>s.</summary>
/// <remarks>
/// Decoding checks the element count implied by the dims against the data actually present before it
/// allocates, so a hostile shape cannot make Coex allocate more than the file holds. Encoding always
/// writes little-endian <c>raw_data</c>, the compact form ONNX Runtime and PyTorch write.
/// </remarks>
internal static class TensorCodec
{
    public static Tensor Decode(TensorProto proto, string what)
    {
        if (proto.DataLocation == TensorProto.Types.DataLocation.External || proto.ExternalData.Count > 0)
        {
            string location = proto.ExternalData.FirstOrDefault(e => e.Key == "location")?.Value ?? "?";
            throw new OnnxFormatException($"{what} refers to external data (location '{location}'); Coex loads only self-contained ONNX files.");
        }
        if (proto.Segment is not null)
            throw new OnnxFormatException($"{what} is a segment of a larger tensor; segmented tensors are not supported.");

        var dtype = OnnxTypes.ToDType(proto.DataType, what);
        var shape = new int[proto.Dims.Count];
        long count = 1;
        for (int d = 0; d < shape.Length; d++)
        {
            long dim = proto.Dims[d];
            if (dim < 0)
                throw new OnnxFormatException($"{what} has dimension {d} = {dim}; dimensions must be non-negative.");
            if (dim > int.MaxValue)
                throw new OnnxFormatException($"{what} has dimension {d} = {dim}, larger than Coex supports ({int.MaxValue}).");
            shape[d] = (int)dim;
            // Saturate rather than overflow: any count this large is refused below anyway.
            count = dim == 0 || count == 0 ? 0 : count > MaxElements / dim ? MaxElements + 1 : count * dim;
        }
        if (count > MaxElements)
            throw new OnnxFormatException($"{what} has shape [{string.Join(", ", shape)}], more elements than a Coex tensor can hold ({AlignedBuffer.MaxBytes} bytes).");
        long byteCount = dtype.ByteCount(count);
        if (byteCount > AlignedBuffer.MaxBytes)
            throw new OnnxFormatException($"{what} has shape [{string.Join(", ", shape)}] of {OnnxTypes.Name(proto.DataType)}, {byteCount} bytes, more than a Coex tensor can hold ({AlignedBuffer.MaxBytes} bytes).");

        string? field = PopulatedField(proto, what);
        string type = OnnxTypes.Name(proto.DataType);
        if (field is null)
        {
            if (count != 0)
                throw new OnnxFormatException($"{what} has shape [{string.Join(", ", shape)}] ({count} elements of {type}) but holds no data.");
            return Tensor.Zeros(dtype, shape);
        }

        if (field == "raw_data")
        {
            var raw = proto.RawData.Span;
            if (raw.Length != byteCount)
                throw new OnnxFormatException($"{what} has shape [{string.Join(", ", shape)}] of {type}, which needs {byteCount} bytes, but raw_data holds {raw.Length}.");
            if (dtype == DType.Bool)
                CheckBools(raw, what);
            var tensor = Tensor.Zeros(dtype, shape);
            raw.CopyTo(tensor.Bytes);
            if (!BitConverter.IsLittleEndian)
                ReverseElementBytes(tensor);
            return tensor;
        }

        // Typed fields: which one a dtype uses is fixed by the ONNX spec (TensorProto comments).
        string expected = dtype switch
        {
            DType.F32 => "float_data",
            DType.I64 => "int64_data",
            _ => "int32_data",
        };
        if (field != expected)
            throw new OnnxFormatException($"{what} is {type} but stores its values in {field}; {type} values belong in raw_data or {expected}.");
        // Packed 4-bit types store one byte (two elements) per int32_data entry.
        long entries = dtype == DType.I4 ? byteCount : count;
        int present = field switch
        {
            "float_data" => proto.FloatData.Count,
            "int64_data" => proto.Int64Data.Count,
            _ => proto.Int32Data.Count,
        };
        if (present != entries)
            throw new OnnxFormatException($"{what} has shape [{string.Join(", ", shape)}] of {type}, which needs {entries} entries in {field}, but it holds {present}.");

        var result = Tensor.Zeros(dtype, shape);
        switch (dtype)
        {
            case DType.F32:
                Copy(proto.FloatData, result.AsSpan<float>());
                break;
            case DType.I64:
                Copy(proto.Int64Data, result.AsSpan<long>());
                break;
            case DType.I32:
                Copy(proto.Int32Data, result.AsSpan<int>());
                break;
            case DType.F16:
            case DType.BF16:
                Narrow16(proto.Int32Data, MemoryMarshal.Cast<byte, ushort>(result.Bytes), what);
                break;
            case DType.I8:
                Narrow8(proto.Int32Data, result.Bytes, sbyte.MinValue, sbyte.MaxValue, what);
                break;
            case DType.U8:
            case DType.I4:
                Narrow8(proto.Int32Data, result.Bytes, byte.MinValue, byte.MaxValue, what);
                break;
            case DType.Bool:
                Narrow8(proto.Int32Data, result.Bytes, 0, 1, what);
                break;
            default:
                throw new InvalidOperationException($"Unhandled dtype {dtype}.");
        }
        return result;
    }

    public static TensorProto Encode(Tensor tensor, string name)
    {
        var proto = new TensorProto { DataType = OnnxTypes.FromDType(tensor.DType) };
        if (name.Length > 0)
            proto.Name = name;
        foreach (int d in tensor.Shape)
            proto.Dims.Add(d);
        if (BitConverter.IsLittleEndian)
        {
            proto.RawData = ByteString.CopyFrom(tensor.Bytes);
        }
        else
        {
            var copy = Tensor.Zeros(tensor.DType, tensor.Shape.ToArray());
            tensor.Bytes.CopyTo(copy.Bytes);
            ReverseElementBytes(copy);
            proto.RawData = ByteString.CopyFrom(copy.Bytes);
        }
        return proto;
    }

    /// <summary>Most elements any tensor can have: packed I4 stores two per byte.</summary>
    private const long MaxElements = AlignedBuffer.MaxBytes * 2;

    /// <summary>The one data field that holds values, or null if none does; several populated fields are an error.</summary>
    private static string? PopulatedField(TensorProto proto, string what)
    {
        string? found = null;
        void Note(bool populated, string name)
        {
            if (!populated)
                return;
            if (found is not null)
                throw new OnnxFormatException($"{what} holds data in both {found} and {name}; a tensor stores its values in one field.");
            found = name;
        }
        Note(proto.HasRawData, "raw_data");
        Note(proto.FloatData.Count > 0, "float_data");
        Note(proto.Int32Data.Count > 0, "int32_data");
        Note(proto.Int64Data.Count > 0, "int64_data");
        Note(proto.StringData.Count > 0, "string_data");
        Note(proto.DoubleData.Count > 0, "double_data");
        Note(proto.Uint64Data.Count > 0, "uint64_data");
        return found;
    }

    private static void Copy<T>(RepeatedField<T> source, Span<T> destination)
    {
        for (int i = 0; i < source.Count; i++)
            destination[i] = source[i];
    }

    /// <summary>Stores int32_data entries that hold 16-bit patterns (FLOAT16, BFLOAT16).</summary>
    private static void Narrow16(RepeatedField<int> source, Span<ushort> destination, string what)
    {
        for (int i = 0; i < source.Count; i++)
        {
            int v = source[i];
            if ((uint)v > ushort.MaxValue)
                throw OutOfRange(v, i, ushort.MinValue, ushort.MaxValue, what);
            destination[i] = (ushort)v;
        }
    }

    /// <summary>Stores int32_data entries that hold one byte each, after checking they lie in [min, max].</summary>
    private static void Narrow8(RepeatedField<int> source, Span<byte> destination, int min, int max, string what)
    {
        for (int i = 0; i < source.Count; i++)
        {
            int v = source[i];
            if (v < min || v > max)
                throw OutOfRange(v, i, min, max, what);
            destination[i] = unchecked((byte)v); // two's complement low byte, also right for INT8
        }
    }

    private static OnnxFormatException OutOfRange(int v, int index, int min, int max, string what) =>
        new($"{what} holds {v} at int32_data[{index}]; its type allows only [{min}, {max}] there.");

    private static void CheckBools(ReadOnlySpan<byte> raw, string what)
    {
        int bad = raw.IndexOfAnyExcept((byte)0, (byte)1);
        if (bad >= 0)
            throw new OnnxFormatException($"{what} holds byte {raw[bad]} at BOOL element {bad}; BOOL elements must be 0 or 1.");
    }

    private static void ReverseElementBytes(Tensor tensor)
    {
        int size = tensor.DType.BitsPerElement() / 8;
        var bytes = tensor.Bytes;
        for (int i = 0; i + size <= bytes.Length && size > 1; i += size)
            bytes.Slice(i, size).Reverse();
    }
}
