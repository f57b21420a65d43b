using Coex.Kernels.Elementwise;

namespace Coex.Tests.Kernels;

[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class ElementwiseTests
{
    public static TheoryData<int[], int[]> BroadcastPairs() => new()
    {
        { [17], [17] },
        { [3, 17], [17] },
        { [3, 1], [1, 255] },
        { [2, 3, 4, 5], [3, 1, 5] },
        { [1], [2, 31] },
        { [], [7, 3] },
        { [4, 1, 9], [4, 6, 1] },
        { [0, 3], [3] },
    };

    [Theory]
    [MemberData(nameof(BroadcastPairs))]
    public void Binary_broadcasting_matches_index_reference(int[] xShape, int[] yShape)
    {
        var rng = new Random(xShape.Length * 10 + yShape.Length);
        var x = TestData.Floats(rng, Count(xShape));
        var y = TestData.Floats(rng, Count(yShape), 3);
        var shape = ElementwiseKernels.BroadcastShape(xShape, yShape);
        Check<AddOperator>(x, xShape, y, yShape, shape, (a, b) => a + b);
        Check<SubtractOperator>(x, xShape, y, yShape, shape, (a, b) => a - b);
        Check<MultiplyOperator>(x, xShape, y, yShape, shape, (a, b) => a * b);
        Check<DivideOperator>(x, xShape, y, yShape, shape, (a, b) => a / b);
        Check<PowOperator>(x, xShape, y, yShape, shape, MathF.Pow);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(17, 2)]
    [InlineData(255, 3)]
    [InlineData(65_537, 2)]
    [InlineData(300_001, 3)]
    [InlineData(300_001, 1)]
    public void Threaded_unary_matches_the_scalar_operator(int length, int threads)
    {
        var rng = new Random(length);
        var x = Enumerable.Range(0, length).Select(_ => (float)(rng.NextDouble() * 8 - 4)).ToArray();
        var y = new float[length];
        ElementwiseKernels.Unary<GeluOperator>(x, y, threads);
        for (int i = 0; i < length; i++)
        {
            float expected = GeluOperator.Invoke(x[i]);
            Assert.True(Math.Abs(y[i] - expected) <= 1e-6f + 1e-5f * Math.Abs(expected), $"gelu({x[i]:R}) at {i} of {length}: {y[i]:R}, expected {expected:R}");
        }
        Assert.Throws<ArgumentException>(() => ElementwiseKernels.Unary<GeluOperator>(x, new float[length - 1], threads));
    }

    [Fact]
    public void Incompatible_shapes_name_the_dimension()
    {
        var ex = Assert.Throws<ArgumentException>(() => ElementwiseKernels.BroadcastShape([2, 3], [4, 3]));
        Assert.Contains("dimension 0 is 2 vs 4", ex.Message);
        Assert.Throws<ArgumentException>(() => ElementwiseKernels.Binary<AddOperator>(new float[5], [2, 3], new float[3], [3], new float[6]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(255)]
    public void Unary_operators_match_scalar_math_including_specials(int n)
    {
        var x = TestData.Floats(new Random(n), n, 20);
        x[0] = float.NaN;
        if (n > 2) { x[1] = -0f; x[2] = float.NegativeInfinity; }
        CheckUnary<ReluOperator>(x, v => float.IsNaN(v) ? v : Math.Max(v, 0f));
        CheckUnary<NegateOperator>(x, v => -v);
        CheckUnary<AbsOperator>(x, MathF.Abs);
        CheckUnary<SqrtOperator>(x, MathF.Sqrt);
        CheckUnary<ExpOperator>(x, MathF.Exp);
        CheckUnary<TanhOperator>(x, MathF.Tanh);
        CheckUnary<SigmoidOperator>(x, v => (float)(1 / (1 + Math.Exp(-v))));
    }

    private static void CheckUnary<TOp>(float[] x, Func<float, float> f) where TOp : struct, IUnaryOperator
    {
        var d = new float[x.Length];
        ElementwiseKernels.Unary<TOp>(x, d);
        for (int i = 0; i < x.Length; i++)
        {
            float e = f(x[i]);
            Assert.True(float.IsNaN(e) ? float.IsNaN(d[i]) : e == d[i] || Math.Abs(e - d[i]) <= 1e-6f * Math.Max(1, Math.Abs(e)), $"{typeof(TOp).Name}({x[i]}) = {d[i]}, expected {e}");
        }
    }

    private static void Check<TOp>(float[] x, int[] xShape, float[] y, int[] yShape, int[] shape, Func<float, float, float> f) where TOp : struct, IBinaryOperator
    {
        int count = Count(shape);
        var d = new float[count];
        var got = ElementwiseKernels.Binary<TOp>(x, xShape, y, yShape, d);
        Assert.Equal(shape, got);
        var idx = new int[shape.Length];
        for (int flat = 0; flat < count; flat++)
        {
            int rem = flat;
            for (int k = shape.Length - 1; k >= 0; k--) { idx[k] = rem % shape[k]; rem /= shape[k]; }
            float e = f(x[Offset(idx, xShape)], y[Offset(idx, yShape)]);
            Assert.True(e.Equals(d[flat]), $"{typeof(TOp).Name} at {flat}: {d[flat]} vs {e}");
        }
    }

    private static int Offset(int[] outIndex, int[] shape)
    {
        int offset = 0, lead = outIndex.Length - shape.Length;
        for (int k = 0; k < shape.Length; k++)
            offset = offset * shape[k] + (shape[k] == 1 ? 0 : outIndex[lead + k]);
        return offset;
    }

    private static int Count(int[] shape) => shape.Aggregate(1, (a, b) => a * b);
}
