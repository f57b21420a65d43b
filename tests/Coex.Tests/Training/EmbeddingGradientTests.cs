using Coex.Kernels.Embedding;
using Coex.Training;

namespace Coex.Tests.Training;

public class EmbeddingGradientTests
{
    private static readonly int[] Ids = [3, 0, 3, 7, 1, 5, 5, 2];
    private static readonly int[] Offsets = [0, 3, 3, 4, 8]; // bag 1 is empty, ids 3 and 5 repeat

    [Theory]
    [InlineData(EmbeddingPooling.Sum, false)]
    [InlineData(EmbeddingPooling.Mean, false)]
    [InlineData(EmbeddingPooling.Sum, true)]
    [InlineData(EmbeddingPooling.Mean, true)]
    public void EmbeddingBag_matches_finite_differences(EmbeddingPooling pooling, bool weighted)
    {
        var rng = new Random(21);
        var table = GradientCheck.Random(rng, 1f, 9, 5);
        var weights = GradientCheck.Random(rng, 1f, Ids.Length);
        Variable[] inputs = weighted ? [table, weights] : [table];
        GradientCheck.Assert($"EmbeddingBag {pooling} weighted {weighted}",
            (tape, v) => tape.EmbeddingBag(v[0], Ids, Offsets, pooling, weighted ? v[1] : null), inputs, seed: 3);
    }

    [Fact]
    public void EmbeddingBag_forward_equals_the_kernel_and_checks_ids()
    {
        var rng = new Random(1);
        var table = GradientCheck.Random(rng, 1f, 9, 5);
        var y = new Tape().EmbeddingBag(table, Ids, Offsets, EmbeddingPooling.Sum);
        Assert.Equal([4, 5], y.Shape.ToArray());
        for (int c = 0; c < 5; c++)
            Assert.Equal(2 * table.Data[3 * 5 + c] + table.Data[c], y.Data[c], 5);
        var e = Assert.Throws<EmbeddingIndexException>(() => new Tape().EmbeddingBag(new Parameter("emb.user", table.Value), [9], [0, 1]));
        Assert.Contains("emb.user", e.Message);
    }

    [Fact]
    public void PairwiseDot_matches_finite_differences()
    {
        var rng = new Random(8);
        var inputs = new[] { GradientCheck.Random(rng, 1f, 3, 4), GradientCheck.Random(rng, 1f, 3, 4), GradientCheck.Random(rng, 1f, 3, 4), GradientCheck.Random(rng, 1f, 3, 4) };
        GradientCheck.Assert("PairwiseDot", (tape, v) => tape.PairwiseDot(v), inputs, seed: 4);
    }

    [Fact]
    public void PairwiseDot_orders_pairs_as_the_lower_triangle()
    {
        var tape = new Tape(recording: false);
        Variable F(params float[] x) => new(Coex.Tensors.Tensor.FromSpan<float>(x, 1, 2));
        var z = tape.PairwiseDot(F(1, 0), F(0, 2), F(3, 4)).Data.ToArray();
        Assert.Equal([0f, 3f, 8f], z); // (1,0), (2,0), (2,1)
    }

    [Fact]
    public void Binary_cross_entropy_matches_finite_differences_and_known_values()
    {
        var rng = new Random(5);
        var logits = GradientCheck.Random(rng, 3f, 6);
        float[] labels = [1, 0, 0, 1, 1, 0];
        GradientCheck.Assert("BCE", (tape, v) => tape.BinaryCrossEntropyWithLogits(v[0], labels), [logits], seed: 6);
        var zero = new Variable(Coex.Tensors.Tensor.FromSpan<float>([0f, 100f, -100f], 3));
        var loss = new Tape(recording: false).BinaryCrossEntropyWithLogits(zero, [1f, 1f, 1f]).Data[0];
        Assert.Equal((MathF.Log(2) + 0 + 100) / 3, loss, 4); // stable at ±100
    }
}
