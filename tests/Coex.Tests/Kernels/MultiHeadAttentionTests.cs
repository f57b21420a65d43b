using Coex.Kernels;
using Coex.Kernels.Attention;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

/// <summary>The fused attention kernel against its double-precision scalar twin, on every vector path this CPU has.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class MultiHeadAttentionTests
{
    public static TheoryData<int, int, int, int, int, int> Shapes() => new()
    {
        // batch, queries, keys, heads, key dim, value dim
        { 1, 1, 1, 1, 1, 1 },
        { 1, 3, 17, 2, 3, 5 },
        { 2, 17, 3, 3, 17, 8 },
        { 1, 5, 255, 1, 16, 17 },
        { 2, 64, 64, 4, 32, 32 },
        { 1, 6, 9, 5, 33, 31 },
        { 1, 9, 40, 2, 17, 40 }, // three vectors of keys and of values: one pair of columns, then one single
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Matches_the_scalar_reference(int batch, int queries, int keys, int heads, int keyDim, int valueDim)
    {
        var shape = new AttentionShape(batch, queries, keys, heads, keyDim, valueDim);
        var rng = new Random(queries * 31 + keys);
        var q = TestData.Floats(rng, (int)shape.QueryLength, 2f);
        var k = TestData.Floats(rng, (int)shape.KeyLength, 2f);
        var v = TestData.Floats(rng, (int)shape.ValueLength);
        float scale = 1f / MathF.Sqrt(Math.Max(keyDim, 1));
        var expected = new float[shape.OutputLength];
        AttentionReference.Run(q, k, v, expected, shape, scale);
        foreach (var isa in new[] { Isa.Avx512, Isa.Avx2, Isa.Scalar }.Where(CpuFeatures.Supports))
            foreach (int threads in new[] { 1, 2 })
            {
                var actual = new float[shape.OutputLength + 1];
                actual[^1] = 42f; // past the end: must stay untouched
                MultiHeadAttention.Run(q, k, v, actual, shape, scale, threads, isa);
                for (int i = 0; i < expected.Length; i++)
                    Assert.True(Math.Abs(expected[i] - actual[i]) <= 2e-6 + 2e-5 * Math.Abs(expected[i]), $"{shape} {isa} {threads}t: out[{i}] = {actual[i]:R}, expected {expected[i]:R}");
                Assert.Equal(42f, actual[^1]);
            }
    }

    [Fact]
    public void Large_scores_do_not_overflow_and_zero_keys_give_zeros()
    {
        var shape = new AttentionShape(1, 2, 3, 1, 2, 2);
        float[] q = [100f, 0f, -100f, 0f], k = [100f, 0f, 0f, 0f, -100f, 0f], v = [1, 2, 3, 4, 5, 6];
        var y = new float[4];
        MultiHeadAttention.Run(q, k, v, y, shape, 1f);
        Assert.Equal([1f, 2f, 5f, 6f], y); // each query picks its matching key
        var empty = new AttentionShape(1, 2, 0, 1, 2, 2);
        y = [9, 9, 9, 9];
        MultiHeadAttention.Run(q, [], [], y, empty, 1f);
        Assert.Equal(new float[4], y);
    }

    [Fact]
    public void Bad_sizes_and_overlapping_output_are_refused()
    {
        var shape = new AttentionShape(1, 2, 2, 1, 2, 2);
        var buffer = new float[8];
        Assert.Throws<ArgumentException>(() => MultiHeadAttention.Run(new float[3], new float[4], new float[4], new float[4], shape, 1f));
        Assert.Throws<ArgumentException>(() => MultiHeadAttention.Run(new float[4], new float[4], new float[4], new float[4], shape with { Heads = -1 }, 1f));
        Assert.Throws<ArgumentException>(() => MultiHeadAttention.Run(buffer.AsSpan(0, 4), new float[4], new float[4], buffer.AsSpan(2, 4), shape, 1f));
    }
}
