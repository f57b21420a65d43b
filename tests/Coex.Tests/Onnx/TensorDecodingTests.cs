using Coex.Onnx;
using Coex.Onnx.Proto;
using Coex.Tensors;
using Google.Protobuf;
using DataType = Coex.Onnx.Proto.TensorProto.Types.DataType;

namespace Coex.Tests.Onnx;

/// <summary>Decoding of the typed <c>TensorProto</c> fields (the exporter only writes raw_data, so these are built by hand).</summary>
public class TensorDecodingTests
{
    private static Tensor Decode(TensorProto proto) => OnnxImporter.LoadTensor(proto.ToByteArray());

    private static TensorProto Proto(DataType type, params long[] dims)
    {
        var p = new TensorProto { Name = "t", DataType = (int)type };
        p.Dims.AddRange(dims);
        return p;
    }

    [Fact]
    public void Float_data()
    {
        var p = Proto(DataType.Float, 2, 2);
        p.FloatData.AddRange([1f, -2.5f, float.NaN, 0f]);
        var t = Decode(p);
        Assert.Equal(DType.F32, t.DType);
        Assert.Equal([2, 2], t.Shape.ToArray());
        Assert.Equal([1f, -2.5f, float.NaN, 0f], t.AsSpan<float>().ToArray());
    }

    [Fact]
    public void Float16_and_bfloat16_bit_patterns_in_int32_data()
    {
        var h = Proto(DataType.Float16, 2);
        h.Int32Data.AddRange([0x3C00, 0xC000]); // 1.0, -2.0
        Assert.Equal([(Half)1f, (Half)(-2f)], Decode(h).AsSpan<Half>().ToArray());

        var b = Proto(DataType.Bfloat16, 2);
        b.Int32Data.AddRange([0x3F80, 0xFF80]); // 1.0, -inf
        var bt = Decode(b).AsSpan<BFloat16>().ToArray();
        Assert.Equal([1f, float.NegativeInfinity], bt.Select(v => (float)v));
    }

    [Fact]
    public void Small_integers_and_bools_in_int32_data()
    {
        var i8 = Proto(DataType.Int8, 3);
        i8.Int32Data.AddRange([-128, -1, 127]);
        Assert.Equal([(sbyte)-128, (sbyte)-1, (sbyte)127], Decode(i8).AsSpan<sbyte>().ToArray());

        var u8 = Proto(DataType.Uint8, 2);
        u8.Int32Data.AddRange([0, 255]);
        Assert.Equal([(byte)0, (byte)255], Decode(u8).AsSpan<byte>().ToArray());

        var b = Proto(DataType.Bool, 3);
        b.Int32Data.AddRange([1, 0, 1]);
        Assert.Equal([true, false, true], Decode(b).AsSpan<bool>().ToArray());

        var i32 = Proto(DataType.Int32);
        i32.Int32Data.Add(int.MinValue);
        var scalar = Decode(i32);
        Assert.Equal(0, scalar.Rank);
        Assert.Equal(int.MinValue, scalar.AsSpan<int>()[0]);
    }

    [Fact]
    public void Int64_data()
    {
        var p = Proto(DataType.Int64, 3);
        p.Int64Data.AddRange([long.MinValue, 0, long.MaxValue]);
        Assert.Equal([long.MinValue, 0, long.MaxValue], Decode(p).AsSpan<long>().ToArray());
    }

    [Fact]
    public void Int4_packs_two_elements_per_int32_entry_low_nibble_first()
    {
        var p = Proto(DataType.Int4, 3);
        p.Int32Data.AddRange([0x8F, 0x07]); // elements -1, -8 | 7, (padding)
        var t = Decode(p);
        Assert.Equal([-1, -8, 7], Enumerable.Range(0, 3).Select(i => (int)t.GetInt4(i)));
    }

    [Fact]
    public void Raw_data_is_little_endian()
    {
        var p = Proto(DataType.Int32, 2);
        p.RawData = ByteString.CopyFrom(1, 0, 0, 0, 0, 1, 0, 0);
        Assert.Equal([1, 256], Decode(p).AsSpan<int>().ToArray());
    }

    [Theory]
    [InlineData((int)DataType.Int8, 128)]
    [InlineData((int)DataType.Int8, -129)]
    [InlineData((int)DataType.Uint8, -1)]
    [InlineData((int)DataType.Uint8, 256)]
    [InlineData((int)DataType.Bool, 2)]
    [InlineData((int)DataType.Float16, 65536)]
    [InlineData((int)DataType.Bfloat16, -1)]
    public void Int32_data_out_of_range_for_its_type_is_refused(int type, int value)
    {
        // The proto enum is internal, so the theory takes its code.
        var p = Proto((DataType)type, 1);
        p.Int32Data.Add(value);
        var e = Assert.Throws<OnnxFormatException>(() => Decode(p));
        Assert.Contains($"{value}", e.Message);
        Assert.Contains("int32_data[0]", e.Message);
    }

    [Fact]
    public void Bool_raw_bytes_other_than_0_and_1_are_refused()
    {
        var p = Proto(DataType.Bool, 3);
        p.RawData = ByteString.CopyFrom(0, 1, 7);
        var e = Assert.Throws<OnnxFormatException>(() => Decode(p));
        Assert.Contains("byte 7 at BOOL element 2", e.Message);
    }

    [Fact]
    public void Values_in_the_wrong_field_are_refused()
    {
        var p = Proto(DataType.Float, 1);
        p.Int64Data.Add(1);
        var e = Assert.Throws<OnnxFormatException>(() => Decode(p));
        Assert.Contains("int64_data", e.Message);
        Assert.Contains("float_data", e.Message);
    }

    [Fact]
    public void Values_in_two_fields_are_refused()
    {
        var p = Proto(DataType.Float, 1);
        p.FloatData.Add(1);
        p.RawData = ByteString.CopyFrom(0, 0, 0, 0);
        var e = Assert.Throws<OnnxFormatException>(() => Decode(p));
        Assert.Contains("raw_data and float_data", e.Message);
    }

    [Fact]
    public void Typed_count_disagreeing_with_shape_is_refused()
    {
        var p = Proto(DataType.Int64, 2, 3);
        p.Int64Data.AddRange([1, 2, 3, 4, 5]);
        var e = Assert.Throws<OnnxFormatException>(() => Decode(p));
        Assert.Contains("needs 6 entries in int64_data, but it holds 5", e.Message);
    }

    [Fact]
    public void Zero_element_tensor_needs_no_data()
    {
        var t = Decode(Proto(DataType.Float, 3, 0, 2));
        Assert.Equal([3, 0, 2], t.Shape.ToArray());
        Assert.Equal(0, t.Length);
    }
}
