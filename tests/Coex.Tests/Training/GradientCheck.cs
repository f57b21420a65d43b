using Coex.Tensors;
using Coex.Training;

namespace Coex.Tests.Training;

/// <summary>
/// Finite-difference oracle for backward rules: for L = Σ r·f(inputs) with a fixed random r, the analytic
/// gradient from the tape must match central differences (L(v + ε) − L(v − ε)) / 2ε, accumulated in double.
/// </summary>
internal static class GradientCheck
{
    public const float Epsilon = 5e-3f;

    /// <summary>Asserts every input gradient (up to <paramref name="maxPerInput"/> sampled elements each) matches.</summary>
    public static void Assert(string name, Func<Tape, Variable[], Variable> f, Variable[] inputs, int seed,
        bool training = true, double atol = 2e-3, double rtol = 2e-2, int maxPerInput = 400)
    {
        var rng = new Random(seed);
        var tape = new Tape(training, recording: true, threads: 2);
        var output = f(tape, inputs);
        var r = new float[output.Length];
        for (int i = 0; i < r.Length; i++)
            r[i] = (float)(rng.NextDouble() * 2 - 1);
        tape.Backward(output, r);
        double worst = 0;
        for (int v = 0; v < inputs.Length; v++)
        {
            var input = inputs[v];
            if (!input.RequiresGrad)
                continue;
            var analytic = input.GradData.ToArray();
            var data = input.Data;
            var indices = Enumerable.Range(0, input.Length).ToArray();
            if (indices.Length > maxPerInput)
            {
                rng.Shuffle(indices);
                indices = indices[..maxPerInput];
            }
            foreach (int j in indices)
            {
                float saved = data[j];
                data[j] = saved + Epsilon;
                double plus = Loss(f, inputs, r, training);
                data[j] = saved - Epsilon;
                double minus = Loss(f, inputs, r, training);
                data[j] = saved;
                // The perturbed values are what the float forward actually saw, so divide by their true distance.
                double numeric = (plus - minus) / ((double)(saved + Epsilon) - (saved - Epsilon));
                double error = Math.Abs(numeric - analytic[j]);
                worst = Math.Max(worst, error / (atol + rtol * Math.Abs(numeric)));
                Xunit.Assert.True(error <= atol + rtol * Math.Abs(numeric),
                    $"{name} (seed {seed}): input {v} {ShapeText(input.Shape)} element {j}: analytic {analytic[j]:G6}, numeric {numeric:G6}.");
            }
        }
        Xunit.Assert.True(worst <= 1);
    }

    private static double Loss(Func<Tape, Variable[], Variable> f, Variable[] inputs, float[] r, bool training)
    {
        var y = f(new Tape(training, recording: false, threads: 2), inputs).Data;
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
            sum += (double)r[i] * y[i];
        return sum;
    }

    public static Variable Random(Random rng, float scale, params int[] shape)
    {
        var t = Tensor.Zeros(DType.F32, shape);
        var d = t.AsSpan<float>();
        for (int i = 0; i < d.Length; i++)
            d[i] = (float)(rng.NextDouble() * 2 - 1) * scale;
        return new Variable(t, requiresGrad: true);
    }

    /// <summary>Values at least 0.05 apart and at least 0.025 from zero, so no ε-step crosses a kink or ties a max.</summary>
    public static Variable Separated(Random rng, float offset, params int[] shape)
    {
        var t = Tensor.Zeros(DType.F32, shape);
        var d = t.AsSpan<float>();
        for (int i = 0; i < d.Length; i++)
            d[i] = (i - d.Length / 2) * 0.05f + 0.025f + offset;
        rng.Shuffle(d);
        return new Variable(t, requiresGrad: true);
    }

    private static string ShapeText(ReadOnlySpan<int> shape) => $"[{string.Join(", ", shape.ToArray())}]";
}
