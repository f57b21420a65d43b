using Coex.Kernels.Elementwise;

namespace Coex.Tests.Kernels;

/// <summary>AffineKernels against per-element references, for every length 0..70 (every vector tail) and special values.</summary>
public class AffineKernelTests
{
    private static float[] Values(int n, int seed)
    {
        var r = new Random(seed);
        var v = new float[n];
        for (int i = 0; i < n; i++)
            v[i] = (r.NextSingle() - 0.5f) * 20;
        float[] special = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, 0f, 6f, 1e-40f];
        for (int i = 0; i < n; i += 5)
            v[i] = special[i / 5 % special.Length];
        return v;
    }

    [Fact]
    public void Clamp_matches_the_reference_and_keeps_NaN()
    {
        for (int n = 0; n <= 70; n++)
        {
            var x = Values(n, n);
            var d = new float[n];
            AffineKernels.Clamp(x, 0f, 6f, d);
            for (int i = 0; i < n; i++)
            {
                float expected = float.IsNaN(x[i]) ? float.NaN : x[i] < 0 ? 0f : x[i] > 6 ? 6f : x[i];
                Assert.Equal(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(-0f) ? 0f : expected, d[i] == 0 ? 0f : d[i]);
            }
            AffineKernels.Clamp(x, -1f, 1f, x); // in place
            Assert.All(x, v => Assert.True(float.IsNaN(v) || v is >= -1 and <= 1));
        }
    }

    [Fact]
    public void LeakyRelu_matches_the_reference()
    {
        for (int n = 0; n <= 70; n++)
        {
            var x = Values(n, 100 + n);
            var d = new float[n];
            AffineKernels.LeakyRelu(x, 0.1f, d);
            for (int i = 0; i < n; i++)
                Assert.Equal(x[i] < 0 ? 0.1f * x[i] : x[i], d[i]);
        }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 7)]
    [InlineData(3, 4, 17)]
    [InlineData(1, 5, 64)]
    public void ChannelAffine_matches_the_reference_bit_for_bit(int batch, int channels, int plane)
    {
        var x = Values(batch * channels * plane, plane);
        var scale = Values(channels, 7).Select(v => float.IsFinite(v) ? v : 2f).ToArray();
        var shift = Values(channels, 8).Select(v => float.IsFinite(v) ? v : -1f).ToArray();
        var d = new float[x.Length];
        AffineKernels.ChannelAffine(x, scale, shift, channels, plane, d);
        for (int i = 0; i < x.Length; i++)
        {
            int c = i / plane % channels;
            float expected = x[i] * scale[c] + shift[c];
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(d[i]));
        }
    }

    [Fact]
    public void Bad_lengths_throw()
    {
        Assert.Throws<ArgumentException>(() => AffineKernels.Clamp(new float[4], 0, 1, new float[3]));
        Assert.Throws<ArgumentException>(() => AffineKernels.ChannelAffine(new float[10], new float[3], new float[3], 3, 3, new float[10]));
        Assert.Throws<ArgumentException>(() => AffineKernels.ChannelAffine(new float[9], new float[2], new float[3], 3, 3, new float[9]));
    }
}
