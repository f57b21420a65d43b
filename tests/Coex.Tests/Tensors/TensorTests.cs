using System.Runtime.CompilerServices;
using Coex.Tensors;

namespace Coex.Tests.Tensors;

public class TensorTests
{
    [Fact]
    public void Storage_is_64_byte_aligned_and_zeroed()
    {
        foreach (var dtype in Enum.GetValues<DType>())
            for (int n = 0; n < 70; n += 7)
            {
                var t = Tensor.Zeros(dtype, 3, n);
                Assert.Equal(3L * n, t.Length);
                Assert.Equal((int)dtype.ByteCount(3L * n), t.Bytes.Length);
                Assert.All(t.Bytes.ToArray(), b => Assert.Equal(0, b));
                if (t.Bytes.Length > 0)
                    Assert.Equal(0, AddressOf(t) % 64);
            }
    }

    [Fact]
    public void Span_views_are_zero_copy_and_reshape_shares_storage()
    {
        var t = Tensor.FromSpan<float>([1, 2, 3, 4, 5, 6], 2, 3);
        var r = t.Reshape(3, 2);
        r.AsSpan<float>()[5] = 42;
        Assert.Equal(42, t.AsSpan<float>()[5]);
        Assert.Equal([3, 2], r.Shape.ToArray());
        Assert.Throws<ArgumentException>(() => t.Reshape(4, 2));
        Assert.Throws<InvalidOperationException>(() => t.AsSpan<int>());
    }

    [Fact]
    public void Each_dtype_views_as_its_clr_type()
    {
        Assert.Equal(2, Tensor.Zeros(DType.F16, 2).AsSpan<Half>().Length);
        Assert.Equal(2, Tensor.Zeros(DType.BF16, 2).AsSpan<BFloat16>().Length);
        Assert.Equal(2, Tensor.Zeros(DType.I64, 2).AsSpan<long>().Length);
        Assert.Equal(2, Tensor.Zeros(DType.Bool, 2).AsSpan<bool>().Length);
        Assert.Equal(2, Unsafe.SizeOf<BFloat16>());
    }

    [Fact]
    public void Int4_packs_two_per_byte_low_nibble_first()
    {
        var t = Tensor.Zeros(DType.I4, 5);
        Assert.Equal(3, t.Bytes.Length);
        int[] values = [-8, 7, -1, 0, 3];
        for (int i = 0; i < values.Length; i++)
            t.SetInt4(i, values[i]);
        for (int i = 0; i < values.Length; i++)
            Assert.Equal(values[i], t.GetInt4(i));
        Assert.Equal(0x78, t.Bytes[0]); // -8 = 0x8 low, 7 = 0x7 high
        Assert.Throws<ArgumentOutOfRangeException>(() => t.SetInt4(0, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.GetInt4(5));
    }

    [Fact]
    public void Hostile_shapes_fail_clearly()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Zeros(DType.F32, 2, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Zeros(DType.F32, 1 << 20, 1 << 20));
        Assert.Throws<ArgumentException>(() => Tensor.FromSpan<float>([1, 2, 3], 2, 2));
    }

    private static unsafe long AddressOf(Tensor t)
    {
        fixed (byte* p = t.Bytes)
            return (long)p;
    }
}
