using System.Text;
using Coex.Tensors;

namespace Coex.Tests.Tensors;

public class NpyTests
{
    public static TheoryData<string> DTypes() => ["f32", "f16", "i64", "i32", "i8", "u8", "bool", "scalar", "empty", "1d"];

    private static Tensor Sample(string kind) => kind switch
    {
        "f32" => Tensor.FromSpan<float>([1.5f, -0f, float.NaN, float.NegativeInfinity, 3e-39f, 7f], 2, 3),
        "f16" => Tensor.FromSpan<Half>([(Half)0.5f, Half.MaxValue], 2, 1),
        "i64" => Tensor.FromSpan<long>([long.MinValue, 0, long.MaxValue], 3, 1, 1),
        "i32" => Tensor.FromSpan<int>([int.MinValue, 1, int.MaxValue, -4], 2, 2),
        "i8" => Tensor.FromSpan<sbyte>([-128, 127], 2),
        "u8" => Tensor.FromSpan<byte>([0, 255, 9], 3),
        "bool" => Tensor.FromSpan<bool>([true, false], 1, 2),
        "scalar" => Tensor.FromSpan<float>([42f]),
        "empty" => Tensor.Zeros(DType.I64, 0, 3),
        _ => Tensor.FromSpan<int>([5], 1),
    };

    [Theory]
    [MemberData(nameof(DTypes))]
    public void Write_then_read_round_trips_type_shape_and_bytes(string kind)
    {
        var t = Sample(kind);
        using var stream = new MemoryStream();
        Npy.Write(t, stream);
        Assert.Equal(0, (stream.Length - t.ByteLength) % 64); // data starts 64-byte aligned
        stream.Position = 0;
        var back = Npy.Read(stream);
        Assert.Equal(t.DType, back.DType);
        Assert.Equal(t.Shape.ToArray(), back.Shape.ToArray());
        Assert.Equal(t.Bytes.ToArray(), back.Bytes.ToArray());
    }

    [Fact]
    public void Reads_the_header_numpy_writes()
    {
        // What numpy 1.26 writes for np.arange(6, dtype=np.int32).reshape(2, 3): version 1.0, 118-byte header.
        string dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 3), }";
        var header = dict + new string(' ', 128 - 10 - dict.Length - 1) + "\n";
        using var stream = new MemoryStream();
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, 0]);
        stream.Write(Encoding.ASCII.GetBytes(header));
        for (int i = 0; i < 6; i++)
            stream.Write(BitConverter.GetBytes(i));
        stream.Position = 0;
        var t = Npy.Read(stream);
        Assert.Equal([2, 3], t.Shape.ToArray());
        Assert.Equal([0, 1, 2, 3, 4, 5], t.AsSpan<int>().ToArray());
    }

    [Theory]
    [InlineData("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", "element type")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", "element type")]
    [InlineData("{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }", "Fortran")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (-2,), }", "shape entry")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (1000,), }", "needs 4000 bytes")]
    [InlineData("{'descr': '<f4', 'fortran_order': False}", "no 'shape'")]
    public void Refuses_what_it_cannot_read_with_a_reason(string dict, string reason)
    {
        using var stream = new MemoryStream();
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)(dict.Length + 1), 0]);
        stream.Write(Encoding.ASCII.GetBytes(dict + "\n"));
        stream.Write(new byte[8]);
        stream.Position = 0;
        Assert.Contains(reason, Assert.Throws<InvalidDataException>(() => Npy.Read(stream)).Message);
    }

    [Fact]
    public void Refuses_other_files_and_truncation()
    {
        Assert.Contains("bad magic", Assert.Throws<InvalidDataException>(() => Npy.Read(new MemoryStream("PK\x03\x04 not npy"u8.ToArray()))).Message);
        using var stream = new MemoryStream();
        Npy.Write(Tensor.FromSpan<float>([1f, 2f], 2), stream);
        var cut = stream.ToArray()[..^3];
        Assert.Throws<InvalidDataException>(() => Npy.Read(new MemoryStream(cut)));
    }
}
