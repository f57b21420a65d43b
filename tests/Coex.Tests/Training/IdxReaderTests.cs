using System.Buffers.Binary;
using System.IO.Compression;
using Coex.Tensors;
using Coex.Training.Data;

namespace Coex.Tests.Training;

public class IdxReaderTests
{
    private static byte[] Idx(byte type, int[] dims, byte[] body)
    {
        var bytes = new byte[4 + 4 * dims.Length + body.Length];
        bytes[2] = type;
        bytes[3] = (byte)dims.Length;
        for (int i = 0; i < dims.Length; i++)
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * i), dims[i]);
        body.CopyTo(bytes, 4 + 4 * dims.Length);
        return bytes;
    }

    private static byte[] Gzip(byte[] plain)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest))
            gz.Write(plain);
        return ms.ToArray();
    }

    [Fact]
    public void Reads_u8_plain_and_gzip_files()
    {
        var body = Enumerable.Range(0, 24).Select(i => (byte)(i * 10)).ToArray();
        var plain = Idx(0x08, [2, 3, 4], body);
        string dir = Directory.CreateTempSubdirectory("coex-idx").FullName;
        try
        {
            foreach (var (file, bytes) in new[] { ("a.idx", plain), ("a.idx.gz", Gzip(plain)) })
            {
                string path = Path.Combine(dir, file);
                File.WriteAllBytes(path, bytes);
                var t = IdxReader.Read(path);
                Assert.Equal(DType.U8, t.DType);
                Assert.Equal([2, 3, 4], t.Shape.ToArray());
                Assert.Equal(body, t.AsSpan<byte>().ToArray());
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Reads_big_endian_int_and_float()
    {
        var ints = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(ints, -5);
        BinaryPrimitives.WriteInt32BigEndian(ints.AsSpan(4), 70000);
        Assert.Equal([-5, 70000], IdxReader.Parse(Idx(0x0C, [2], ints), "ints").AsSpan<int>().ToArray());
        var floats = new byte[4];
        BinaryPrimitives.WriteSingleBigEndian(floats, 1.5f);
        Assert.Equal([1.5f], IdxReader.Parse(Idx(0x0D, [1], floats), "floats").AsSpan<float>().ToArray());
    }

    [Fact]
    public void Bad_inputs_fail_naming_the_file_and_the_problem()
    {
        var good = Idx(0x08, [2, 3], new byte[6]);
        var badMagic = (byte[])good.Clone();
        badMagic[0] = 1;
        var e = Assert.Throws<InvalidDataException>(() => IdxReader.Parse(badMagic, "magic.idx"));
        Assert.Contains("magic.idx", e.Message);
        Assert.Contains("magic", e.Message);

        var badType = (byte[])good.Clone();
        badType[2] = 0x42;
        e = Assert.Throws<InvalidDataException>(() => IdxReader.Parse(badType, "type.idx"));
        Assert.Contains("0x42", e.Message);

        e = Assert.Throws<InvalidDataException>(() => IdxReader.Parse(good[..^1], "short.idx"));
        Assert.Contains("short.idx", e.Message);
        Assert.Contains("truncated", e.Message);

        e = Assert.Throws<InvalidDataException>(() => IdxReader.Parse(good[..9], "header.idx"));
        Assert.Contains("truncated", e.Message);

        e = Assert.Throws<InvalidDataException>(() => IdxReader.Parse([.. good, 7], "long.idx"));
        Assert.Contains("past", e.Message);

        e = Assert.Throws<InvalidDataException>(() => IdxReader.Parse(Gzip(good)[..10], "cut.gz"));
        Assert.Contains("cut.gz", e.Message);

        var missing = Assert.Throws<FileNotFoundException>(() => IdxReader.Read("/nonexistent/x.idx"));
        Assert.Contains("/nonexistent/x.idx", missing.Message);
    }

    [Fact]
    public void Fashion_mnist_test_split_loads()
    {
        Assert.True(FashionMnist.IsAvailable(), "Fashion-MNIST is missing: run scripts/install-test-deps (sudo apt-get install dataset-fashion-mnist).");
        var test = FashionMnist.LoadTest();
        Assert.Equal(10000, test.Count);
        Assert.Equal((1, 28, 28), (test.Channels, test.Height, test.Width));
        var classes = Enumerable.Range(0, test.Count).Select(test.Label).Distinct().Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 10).ToArray(), classes);
    }

    [Fact]
    public void Missing_fashion_mnist_says_how_to_install()
    {
        var e = Assert.Throws<FileNotFoundException>(() => FashionMnist.LoadTest("/nonexistent"));
        Assert.Contains("apt-get install dataset-fashion-mnist", e.Message);
    }
}
