using Coex.Tensors;

namespace Coex.Tests.Tensors;

/// <summary>F16/BF16 conversions against independent oracles: System.Half and a double-precision rounding model.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class FloatConversionTests
{
    [Fact]
    public void Every_half_widens_exactly()
    {
        var all = new Half[65536];
        for (int i = 0; i < all.Length; i++)
            all[i] = BitConverter.UInt16BitsToHalf((ushort)i);
        var wide = new float[all.Length];
        FloatConversions.ToSingle(all, wide);
        for (int i = 0; i < all.Length; i++)
        {
            float expected = (float)all[i];
            Assert.True(float.IsNaN(expected) ? float.IsNaN(wide[i]) : BitConverter.SingleToUInt32Bits(expected) == BitConverter.SingleToUInt32Bits(wide[i]),
                $"half 0x{i:X4}: got {wide[i]}, expected {expected}");
            Assert.Equal(BitConverter.SingleToUInt32Bits(wide[i]), BitConverter.SingleToUInt32Bits(FloatConversions.HalfBitsToSingle((ushort)i)));
        }
    }

    [Fact]
    public void Narrowing_to_half_rounds_to_nearest_even_like_system_half()
    {
        var values = InterestingFloats();
        var narrowed = new Half[values.Length];
        FloatConversions.ToHalf(values, narrowed);
        for (int i = 0; i < values.Length; i++)
        {
            ushort expected = BitConverter.HalfToUInt16Bits((Half)values[i]);
            ushort scalar = FloatConversions.SingleToHalfBits(values[i]);
            ushort vector = BitConverter.HalfToUInt16Bits(narrowed[i]);
            if (float.IsNaN(values[i]))
            {
                Assert.True(Half.IsNaN(BitConverter.UInt16BitsToHalf(scalar)) && Half.IsNaN(narrowed[i]), $"NaN lost at {i}");
                continue;
            }
            Assert.True(expected == scalar && expected == vector,
                $"{values[i]:R} (0x{BitConverter.SingleToUInt32Bits(values[i]):X8}): scalar 0x{scalar:X4}, vector 0x{vector:X4}, expected 0x{expected:X4}");
        }
    }

    [Theory]
    [InlineData(65504f, 0x7BFF)]      // largest finite half
    [InlineData(65519.996f, 0x7BFF)]  // just below the rounding midpoint to infinity
    [InlineData(65520f, 0x7C00)]      // the midpoint rounds to even: infinity
    [InlineData(5.9604645e-8f, 0x0001)] // smallest subnormal
    [InlineData(2.9802322e-8f, 0x0000)] // half the smallest subnormal: tie rounds to even zero
    [InlineData(-0f, 0x8000)]
    [InlineData(float.NegativeInfinity, 0xFC00)]
    public void Half_edge_cases(float value, int bits) => Assert.Equal((ushort)bits, FloatConversions.SingleToHalfBits(value));

    [Fact]
    public void Bfloat16_rounds_to_nearest_even_against_double_model()
    {
        var values = InterestingFloats();
        var narrowed = new BFloat16[values.Length];
        FloatConversions.ToBFloat16(values, narrowed);
        for (int i = 0; i < values.Length; i++)
        {
            float v = values[i];
            ushort scalar = FloatConversions.SingleToBFloat16Bits(v);
            Assert.Equal(scalar, narrowed[i].Bits);
            float back = FloatConversions.BFloat16BitsToSingle(scalar);
            if (float.IsNaN(v)) { Assert.True(float.IsNaN(back)); continue; }
            if (float.IsInfinity(v)) { Assert.Equal(v, back); continue; }
            // The two bf16 neighbours around v: truncation and one ulp further from zero.
            uint u = BitConverter.SingleToUInt32Bits(v);
            float lo = BitConverter.UInt32BitsToSingle(u & 0xFFFF0000u);
            float hi = BitConverter.UInt32BitsToSingle((u & 0xFFFF0000u) + 0x10000u);
            // Past the largest bf16 the upper neighbour is infinity; IEEE rounds as if it were 2^128.
            double hiValue = float.IsInfinity(hi) ? Math.CopySign(Math.Pow(2, 128), v) : hi;
            double dLo = Math.Abs((double)v - lo), dHi = Math.Abs(hiValue - v);
            float expected = dLo < dHi ? lo : dHi < dLo ? hi : (((u >> 16) & 1) == 0 ? lo : hi);
            Assert.True(BitConverter.SingleToUInt32Bits(expected) == BitConverter.SingleToUInt32Bits(back), $"{v:R}: got {back:R}, expected {expected:R}");
        }
    }

    [Fact]
    public void Bfloat16_keeps_nan_and_infinity()
    {
        Assert.True(float.IsNaN((float)(BFloat16)float.NaN));
        // A NaN whose payload sits only in the low 16 bits must not round into infinity.
        Assert.True(float.IsNaN((float)(BFloat16)BitConverter.UInt32BitsToSingle(0x7F800001u)));
        Assert.Equal(float.PositiveInfinity, (float)(BFloat16)float.PositiveInfinity);
        Assert.Equal(float.NegativeInfinity, (float)(BFloat16)float.MinValue); // rounds past the largest bf16
    }

    [Fact]
    public void Destination_too_short_throws()
    {
        Assert.Throws<ArgumentException>(() => FloatConversions.ToHalf(new float[3], new Half[2]));
        Assert.Throws<ArgumentException>(() => FloatConversions.ToSingle(new BFloat16[3], new float[2]));
    }

    /// <summary>Random bit patterns of every exponent, ties, subnormals, specials; an odd count exercises the scalar tail.</summary>
    private static float[] InterestingFloats()
    {
        var rng = new Random(7);
        var list = new List<float> { 0f, -0f, float.NaN, -float.NaN, float.PositiveInfinity, float.NegativeInfinity,
            float.MaxValue, float.MinValue, float.Epsilon, 1f, -1f, 65504f, 65520f, 65536f, 6.1035156e-5f, 6.097555e-5f };
        for (int i = 0; i < 200_000; i++)
            list.Add(BitConverter.UInt32BitsToSingle((uint)rng.NextInt64(0, 1L << 32)));
        // Exact ties for both formats: mantissa ending in the halfway pattern, near the f16 range too.
        for (int i = 0; i < 20_000; i++)
        {
            uint exp = (uint)rng.Next(97, 145) << 23;
            uint mant = (uint)rng.Next(0, 1 << 10) << 13 | 0x1000u;
            list.Add(BitConverter.UInt32BitsToSingle(exp | mant | (uint)(rng.Next(2) << 31)));
            list.Add(BitConverter.UInt32BitsToSingle(((uint)rng.Next(1, 254) << 23) | ((uint)rng.Next(0, 128) << 16) | 0x8000u));
        }
        list.Add(1.5f);
        return list.ToArray();
    }
}
