using Coex.Search;

namespace Coex.Tests.Search;

public class ProxyTrainingTests
{
    [Fact]
    public void Fake_quantization_puts_each_channel_on_its_symmetric_grid()
    {
        var rng = new Random(2);
        foreach (int bits in new[] { 2, 4, 8, 16 })
            foreach (int per in new[] { 1, 3, 17 })
            {
                var values = TestData.Floats(rng, 5 * per, 3f);
                values[per] = 0; // a zero in channel 1
                var q = (float[])values.Clone();
                ProxyTrainer.FakeQuantizePerChannel(q, 5, bits);
                float levels = (1 << (bits - 1)) - 1;
                for (int c = 0; c < 5; c++)
                {
                    float max = values.Skip(c * per).Take(per).Max(MathF.Abs);
                    float scale = max / levels;
                    for (int i = c * per; i < (c + 1) * per; i++)
                    {
                        Assert.True(MathF.Abs(q[i] - values[i]) <= scale / 2 * 1.0001f + 1e-7f, $"bits {bits}: {values[i]} → {q[i]}");
                        float steps = q[i] / scale;
                        Assert.Equal(MathF.Round(steps), steps, 2);
                    }
                }
            }
    }

    [Fact]
    public void Fake_quantization_rejects_bad_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProxyTrainer.FakeQuantizePerChannel(new float[4], 2, 1));
        Assert.Throws<ArgumentException>(() => ProxyTrainer.FakeQuantizePerChannel(new float[5], 2, 8));
        var zeros = new float[6];
        ProxyTrainer.FakeQuantizePerChannel(zeros, 3, 4);
        Assert.All(zeros, v => Assert.Equal(0f, v));
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { TrainImages = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { TrainImages = 59500, ValidationImages = 1000 }.Validate());
    }
}
