using System.Text;

namespace Coex.Bench.Onnx;

/// <summary>
/// Encodes protobuf messages field by field: varint (wire type 0) and length-delimited (wire type 2) fields only.
/// </summary>
/// <remarks>
/// Deliberately tiny: it is all the benchmark needs to hand ONNX Runtime a one-node model built in memory.
/// The full ONNX schema (reading and writing) is a separate piece of work; this writer should not grow into it.
/// </remarks>
internal sealed class ProtoWriter
{
    private const int WireVarint = 0;
    private const int WireLengthDelimited = 2;

    private readonly MemoryStream _stream = new();

    /// <summary>Writes <c>field = value</c> as a varint (int32, int64 and enum fields; negatives take ten bytes).</summary>
    public ProtoWriter Varint(int field, long value)
    {
        Tag(field, WireVarint);
        WriteVarint((ulong)value);
        return this;
    }

    /// <summary>Writes a bytes field.</summary>
    public ProtoWriter Bytes(int field, ReadOnlySpan<byte> value)
    {
        Tag(field, WireLengthDelimited);
        WriteVarint((ulong)value.Length);
        _stream.Write(value);
        return this;
    }

    /// <summary>Writes a string field as UTF-8.</summary>
    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    /// <summary>Writes an embedded message whose fields <paramref name="body"/> writes.</summary>
    public ProtoWriter Message(int field, Action<ProtoWriter> body)
    {
        var inner = new ProtoWriter();
        body(inner);
        return Bytes(field, inner._stream.GetBuffer().AsSpan(0, (int)inner._stream.Length));
    }

    /// <summary>The encoded message.</summary>
    public byte[] ToArray() => _stream.ToArray();

    private void Tag(int field, int wireType)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(field, 1);
        WriteVarint((ulong)((uint)field << 3 | (uint)wireType));
    }

    private void WriteVarint(ulong value)
    {
        // Seven bits per byte, least significant group first; the high bit says another byte follows.
        while (value >= 0x80)
        {
            _stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        _stream.WriteByte((byte)value);
    }
}
