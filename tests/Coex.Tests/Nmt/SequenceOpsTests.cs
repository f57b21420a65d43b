using Coex.Tests.Training;
using Coex.Training;

namespace Coex.Tests.Nmt;

public class SequenceOpsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Gather_rows_and_slice_columns_gradients(int seed)
    {
        var rng = new Random(seed);
        var table = GradientCheck.Random(rng, 1, 6, 4);
        // Row 2 used twice: its gradient accumulates.
        GradientCheck.Assert("gather", (t, v) => t.GatherRows(v[0], [2, 0, 5, 2]), [table], seed);
        var x = GradientCheck.Random(rng, 1, 3, 8);
        GradientCheck.Assert("slice", (t, v) => t.SliceColumns(v[0], 2, 5), [x], seed);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Tape().GatherRows(table, [6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Tape().SliceColumns(x, 6, 3));
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 2, false)]
    [InlineData(3, 2, true)]
    public void Attention_gradients_match_finite_differences(int seed, int heads, bool causal)
    {
        var rng = new Random(seed);
        int tq = causal ? 4 : 3, tk = 4;
        var q = GradientCheck.Random(rng, 1, 2, tq, 4);
        var k = GradientCheck.Random(rng, 1, 2, tk, 4);
        var v = GradientCheck.Random(rng, 1, 2, tk, 4);
        int[] lengths = causal ? [4, 4] : [4, 2];
        GradientCheck.Assert("attention", (t, a) => t.Attention(a[0], a[1], a[2], heads, lengths, causal), [q, k, v], seed);
    }

    [Fact]
    public void Attention_masks_hidden_keys_and_averages_equal_scores()
    {
        // Zero queries give equal scores: the output is the mean of the visible values only.
        var q = new Variable(Coex.Tensors.Tensor.Zeros(Coex.Tensors.DType.F32, 1, 2, 2));
        var k = new Variable(Coex.Tensors.Tensor.FromSpan<float>([1, 2, 3, 4, 5, 6], 1, 3, 2));
        var y = new Tape(recording: false).Attention(q, k, k, 1, [2], causal: false).Data.ToArray();
        Assert.Equal([2f, 3f, 2f, 3f], y);
        // Causal with Tq = Tk: query 0 sees key 0 only.
        var yc = new Tape(recording: false).Attention(new Variable(Coex.Tensors.Tensor.Zeros(Coex.Tensors.DType.F32, 1, 3, 2)), k, k, 1, default, causal: true).Data.ToArray();
        Assert.Equal([1f, 2f, 2f, 3f, 3f, 4f], yc);
        Assert.Throws<ArgumentException>(() => new Tape().Attention(q, k, k, 3));
    }
}
