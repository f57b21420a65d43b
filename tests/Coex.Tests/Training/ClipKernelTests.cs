using Coex.Training.Kernels;

namespace Coex.Tests.Training;

public class ClipKernelTests
{
    [Fact]
    public void Clip_matches_a_scalar_reference_at_every_length_with_special_values()
    {
        float[] specials = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, 6f, 6.0000005f, -1e-30f];
        var rng = new Random(1);
        for (int n = 0; n <= 40; n++)
        {
            var x = new float[n];
            for (int i = 0; i < n; i++)
                x[i] = rng.Next(4) == 0 ? specials[rng.Next(specials.Length)] : (float)(rng.NextDouble() * 10 - 2);
            var dy = x.Select(_ => (float)rng.NextDouble()).ToArray();
            var y = new float[n];
            ClipKernel.Forward(x, 0f, 6f, y);
            var dx = Enumerable.Repeat(0.5f, n).ToArray();
            ClipKernel.Backward(x, 0f, 6f, dy, dx);
            for (int i = 0; i < n; i++)
            {
                // Oracle: the definition, written independently of the kernel.
                float expected = float.IsNaN(x[i]) ? float.NaN : x[i] < 0f ? 0f : x[i] > 6f ? 6f : x[i];
                Assert.True(expected.Equals(y[i]) || (expected == 0f && y[i] == 0f), $"n {n} element {i}: clip({x[i]}) = {y[i]}, expected {expected}");
                float expectedGrad = 0.5f + (x[i] > 0f && x[i] < 6f ? dy[i] : 0f);
                Assert.Equal(expectedGrad, dx[i]);
            }
        }
    }

    [Fact]
    public void Clip_refuses_mismatched_lengths()
    {
        var e = Assert.Throws<ArgumentException>(() => ClipKernel.Forward(new float[3], 0f, 6f, new float[4]));
        Assert.Contains("input 3, output 4", e.Message);
    }
}
