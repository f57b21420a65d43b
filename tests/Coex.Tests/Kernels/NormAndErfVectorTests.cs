using Coex.Kernels.Elementwise;
using Coex.Kernels.Norms;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

/// <summary>The vector softmax, layer norm and erf against scalar double-precision oracles over awkward row lengths.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class NormAndErfVectorTests
{
    [Theory]
    [MemberData(nameof(RowLengths))]
    public void Softmax_matches_the_scalar_reference(int rowLength)
    {
        var rng = new Random(rowLength);
        const int rows = 3;
        var x = TestData.Floats(rng, rows * rowLength, 8f);
        foreach (bool log in new[] { false, true })
        {
            var expected = new float[x.Length];
            var actual = new float[x.Length];
            NormReference.Softmax(x, expected, rowLength, log);
            SoftmaxKernels.Softmax(x, actual, rowLength, log);
            for (int i = 0; i < x.Length; i++)
                Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-6 + 2e-6 * Math.Abs(expected[i]), $"row {rowLength}, log {log}: y[{i}] = {actual[i]:R}, expected {expected[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(RowLengths))]
    public void Layer_norm_matches_the_scalar_reference(int rowLength)
    {
        var rng = new Random(rowLength * 3);
        const int rows = 3;
        // An offset larger than the spread: the two-pass variance must not cancel.
        var x = TestData.Floats(rng, rows * rowLength, 2f).Select(v => v + 30f).ToArray();
        var scale = TestData.Floats(rng, rowLength);
        var bias = TestData.Floats(rng, rowLength);
        foreach (var b in new[] { bias, Array.Empty<float>() })
        {
            var expected = new float[x.Length];
            var actual = new float[x.Length];
            NormReference.LayerNorm(x, scale, b, expected, rowLength, 1e-5f);
            SoftmaxKernels.LayerNorm(x, scale, b, actual, rowLength, 1e-5f);
            for (int i = 0; i < x.Length; i++)
                Assert.True(Math.Abs(expected[i] - actual[i]) <= 2e-5 + 1e-5 * Math.Abs(expected[i]), $"row {rowLength}: y[{i}] = {actual[i]:R}, expected {expected[i]:R}");
        }
    }

    [Fact]
    public void Rows_split_over_threads_give_the_single_thread_result()
    {
        var rng = new Random(5);
        foreach (int rowLength in new[] { 17, 128 })
        {
            int rows = 3001; // enough for several tasks, and not a multiple of them
            var x = TestData.Floats(rng, rows * rowLength, 4f);
            var scale = TestData.Floats(rng, rowLength);
            var bias = TestData.Floats(rng, rowLength);
            float[] one = new float[x.Length], two = new float[x.Length];
            SoftmaxKernels.Softmax(x, one, rowLength);
            SoftmaxKernels.Softmax(x, two, rowLength, threads: 2);
            Assert.Equal(one, two);
            SoftmaxKernels.LayerNorm(x, scale, bias, one, rowLength, 1e-5f);
            SoftmaxKernels.LayerNorm(x, scale, bias, two, rowLength, 1e-5f, threads: 2);
            Assert.Equal(one, two);
        }
    }

    [Fact]
    public void Softmax_rows_with_nan_or_infinity_behave_like_the_reference()
    {
        foreach (int n in new[] { 3, 17 })
            foreach (float special in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity })
            {
                var x = Enumerable.Range(0, n).Select(i => (float)i / n).ToArray();
                x[n / 2] = special;
                var expected = new float[n];
                var actual = new float[n];
                NormReference.Softmax(x, expected, n);
                SoftmaxKernels.Softmax(x, actual, n);
                for (int i = 0; i < n; i++)
                    Assert.True(float.IsNaN(expected[i]) ? float.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= 1e-6, $"{special} in a row of {n}: y[{i}] = {actual[i]}, expected {expected[i]}");
            }
        var allMinusInfinity = new float[9];
        Array.Fill(allMinusInfinity, float.NegativeInfinity);
        var y = new float[9];
        SoftmaxKernels.Softmax(allMinusInfinity, y, 9);
        Assert.All(y, v => Assert.True(float.IsNaN(v)));
    }

    [Fact]
    public void Erf_matches_double_precision_integration_on_both_paths()
    {
        var rng = new Random(11);
        var x = new float[4099];
        for (int i = 0; i < x.Length; i++)
            x[i] = (float)(rng.NextDouble() * 10 - 5);
        x[0] = 0f; x[1] = 0.5f; x[2] = -0.5f; x[3] = 0.49999997f; x[4] = 1e-30f; x[5] = -3.9f; x[6] = 12f;
        var vector = new float[x.Length];
        ElementwiseKernels.Unary<ErfOperator>(x, vector);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = ErfSimpson(x[i]);
            float scalar = ErfOperator.Invoke(x[i]);
            Assert.True(Math.Abs(vector[i] - expected) <= 2e-7 + 1e-6 * Math.Abs(expected), $"vector erf({x[i]:R}) = {vector[i]:R}, expected {expected:R}");
            Assert.True(Math.Abs(scalar - expected) <= 2e-7 + 1e-6 * Math.Abs(expected), $"scalar erf({x[i]:R}) = {scalar:R}, expected {expected:R}");
        }
        var special = new float[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, 0f, 0f, 0f, 0f, float.NaN };
        var result = new float[special.Length];
        ElementwiseKernels.Unary<ErfOperator>(special, result);
        Assert.True(float.IsNaN(result[0]) && float.IsNaN(result[8]) && float.IsNaN(ErfOperator.Invoke(float.NaN)));
        Assert.Equal(1f, result[1]);
        Assert.Equal(-1f, result[2]);
        Assert.Equal(1f, ErfOperator.Invoke(float.PositiveInfinity));
    }

    [Fact]
    public void Gelu_matches_its_definition_on_both_paths()
    {
        var rng = new Random(12);
        var x = new float[1001];
        for (int i = 0; i < x.Length; i++)
            x[i] = (float)(rng.NextDouble() * 16 - 8);
        var y = new float[x.Length];
        ElementwiseKernels.Unary<GeluOperator>(x, y);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = 0.5 * x[i] * (1 + ErfSimpson(x[i] / Math.Sqrt(2)));
            Assert.True(Math.Abs(y[i] - expected) <= 1e-6 + 1e-6 * Math.Abs(expected), $"gelu({x[i]:R}) = {y[i]:R}, expected {expected:R}");
            Assert.True(Math.Abs(GeluOperator.Invoke(x[i]) - expected) <= 1e-6 + 1e-6 * Math.Abs(expected), $"scalar gelu({x[i]:R})");
        }
    }

    public static TheoryData<int> RowLengths() => new(TestData.AwkwardSizes);

    /// <summary>erf by Simpson's rule on 2/√π·exp(−t²) in double (1000 intervals: error below 1e-12 for |x| ≤ 6); ±1 beyond 6.</summary>
    private static double ErfSimpson(double x)
    {
        if (Math.Abs(x) > 6)
            return Math.Sign(x);
        const int steps = 1000;
        double h = x / steps, sum = 1 + Math.Exp(-x * x);
        for (int i = 1; i < steps; i++)
            sum += (i % 2 == 1 ? 4 : 2) * Math.Exp(-(i * h) * (i * h));
        return 2 / Math.Sqrt(Math.PI) * sum * h / 3;
    }
}
