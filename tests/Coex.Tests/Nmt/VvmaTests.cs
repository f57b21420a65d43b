using Coex.Kernels.Reference;
using Coex.Kernels.Vvma;
using Coex.Nmt;
using Coex.Tests.Training;
using Coex.Training;

namespace Coex.Tests.Nmt;

public class VvmaTests
{
    private static float[] RandomArray(Random rng, int n, float scale = 1f)
    {
        var a = new float[n];
        for (int i = 0; i < n; i++)
            a[i] = (rng.NextSingle() * 2 - 1) * scale;
        return a;
    }

    // (rows, In, Out, k): k = 1, odd k, k past and not a multiple of the vector width, one block, many blocks.
    public static TheoryData<int, int, int, int> Shapes => new()
    {
        { 1, 4, 4, 1 }, { 3, 9, 6, 3 }, { 17, 32, 16, 8 }, { 2, 34, 51, 17 }, { 5, 16, 16, 16 }, { 1, 255, 85, 85 }, { 4, 64, 96, 32 },
        { 33, 12, 9, 3 }, { 8, 64, 1024, 4 }, { 9, 34, 17, 17 }, { 20, 16, 32, 1 },
    };

    [Theory, MemberData(nameof(Shapes))]
    public void Fused_kernel_matches_the_dense_reference(int rows, int nIn, int nOut, int k)
    {
        var rng = new Random(rows * 1000 + nIn + k);
        var x = RandomArray(rng, rows * nIn);
        var m = RandomArray(rng, k * k);
        var v = RandomArray(rng, nIn * nOut / k);
        var bias = RandomArray(rng, nOut);
        var expected = new float[rows * nOut];
        VvmaReference.Forward(x, m, v, bias, expected, rows, nIn, nOut, k);
        foreach (int threads in new[] { 1, 2 })
            foreach (bool withBias in new[] { true, false })
            {
                var y = new float[rows * nOut];
                VvmaKernels.Forward(x, m, v, withBias ? bias : [], y, rows, nIn, nOut, k, threads);
                for (int i = 0; i < y.Length; i++)
                {
                    double want = expected[i] - (withBias ? 0 : bias[i % nOut]);
                    Assert.True(Math.Abs(y[i] - want) <= 1e-4 * (1 + Math.Abs(want)) * Math.Sqrt(nIn),
                        $"rows {rows}, In {nIn}, Out {nOut}, k {k}, threads {threads}, bias {withBias}: y[{i}] = {y[i]}, reference {want}.");
                }
            }
    }

    [Theory, MemberData(nameof(Shapes))]
    public void Decode_layout_kernel_matches_the_dense_reference(int rows, int nIn, int nOut, int k)
    {
        var rng = new Random(rows * 977 + nOut + k);
        var x = RandomArray(rng, rows * nIn);
        var m = RandomArray(rng, k * k);
        var v = RandomArray(rng, nIn * nOut / k);
        var bias = RandomArray(rng, nOut);
        var vt = VvmaDecodeKernels.Pack(v, nIn, nOut, k);
        foreach (bool withBias in new[] { true, false })
        {
            var expected = new float[rows * nOut];
            VvmaReference.Forward(x, m, v, withBias ? bias : [], expected, rows, nIn, nOut, k);
            var y = new float[rows * nOut];
            VvmaDecodeKernels.Forward(x, m, vt, withBias ? bias : [], y, rows, nIn, nOut, k);
            for (int i = 0; i < y.Length; i++)
                Assert.True(Math.Abs(y[i] - expected[i]) <= 1e-4 * (1 + Math.Abs(expected[i])) * Math.Sqrt(nIn),
                    $"rows {rows}, In {nIn}, Out {nOut}, k {k}, bias {withBias}: y[{i}] = {y[i]}, reference {expected[i]}.");
        }
        Assert.Throws<ArgumentException>(() => VvmaDecodeKernels.Forward(x, m, vt.AsSpan(1), [], new float[rows * nOut], rows, nIn, nOut, k));
    }

    [Fact]
    public void Vvma_inference_path_matches_the_tape_and_follows_weight_updates()
    {
        var rng = new Random(5);
        var p = new VvmaProjection("p", 12, 24, 4, rng);
        RandomArray(rng, 24).CopyTo(p.Bias!.Data);
        var x = GradientCheck.Random(rng, 1, 3, 12);
        for (int round = 0; round < 2; round++)
        {
            var expected = new Tape(recording: true, threads: 1).Vvma(x, p.M, p.V, p.Bias).Data.ToArray();
            var actual = p.Forward(new Tape(recording: false, threads: 1), x).Data.ToArray();
            for (int i = 0; i < expected.Length; i++)
                Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-5, $"round {round}, y[{i}]: tape {expected[i]}, inference {actual[i]}");
            p.V.Data[7] += 1f; // the decode copy must notice the change, which the writer announces
            p.V.MarkChanged();
        }
    }

    [Theory]
    [InlineData(9, 12, 9, 3)]
    [InlineData(20, 32, 16, 8)]
    [InlineData(8, 17, 34, 17)]
    public void Batched_backward_equals_the_sum_of_single_row_backwards(int rows, int nIn, int nOut, int k)
    {
        var rng = new Random(rows + nIn + k);
        var x = RandomArray(rng, rows * nIn);
        var v = RandomArray(rng, nIn * nOut / k);
        var dz = RandomArray(rng, rows * nOut);
        var dx = new float[rows * nIn];
        var dv = RandomArray(rng, v.Length); // gradients accumulate: start from a nonzero value
        var dvExpected = dv.ToArray();
        var dxExpected = new float[rows * nIn];
        VvmaKernels.BlockSumsBackward(x, v, dz, dx, dv, rows, nIn, nOut, k, threads: 2);
        for (int r = 0; r < rows; r++)
            VvmaKernels.BlockSumsBackward(x.AsSpan(r * nIn, nIn), v, dz.AsSpan(r * nOut, nOut), dxExpected.AsSpan(r * nIn, nIn), dvExpected, 1, nIn, nOut, k);
        for (int i = 0; i < dx.Length; i++)
            Assert.True(Math.Abs(dx[i] - dxExpected[i]) < 1e-4 * (1 + Math.Abs(dxExpected[i])), $"dx[{i}] = {dx[i]}, per row {dxExpected[i]}");
        for (int i = 0; i < dv.Length; i++)
            Assert.True(Math.Abs(dv[i] - dvExpected[i]) < 1e-4 * rows * (1 + Math.Abs(dvExpected[i])), $"dv[{i}] = {dv[i]}, per row {dvExpected[i]}");
    }

    [Fact]
    public void Kernel_rejects_block_sizes_that_do_not_divide_and_short_spans()
    {
        var ex = Assert.Throws<ArgumentException>(() => VvmaKernels.Forward(new float[12], new float[16], new float[9], [], new float[12], 2, 6, 6, 4));
        Assert.Contains("must divide", ex.Message);
        Assert.Throws<ArgumentException>(() => VvmaKernels.Forward(new float[7], new float[4], new float[8], [], new float[8], 2, 4, 4, 2));
        Assert.Throws<ArgumentException>(() => VvmaKernels.Forward(new float[8], new float[4], new float[8], new float[3], new float[8], 2, 4, 4, 2));
        Assert.Throws<ArgumentException>(() => new VvmaProjection("p", 12, 8, 3, new Random(1)));
    }

    [Fact]
    public void Parameter_count_is_k_squared_plus_in_times_out_over_k()
    {
        var p = new VvmaProjection("p", 64, 96, 16, new Random(1));
        Assert.Equal(16 * 16 + 64 * 96 / 16, p.WeightCount);
        Assert.Equal(16 * 16 + 64 * 96 / 16 + 96, p.Parameters().Sum(q => q.Length));
        Assert.Equal(64 * 96, new DenseProjection("d", 64, 96, new Random(1)).WeightCount);
    }

    [Theory]
    [InlineData(1, 4, 6, 2)]
    [InlineData(2, 9, 6, 3)]
    [InlineData(3, 3, 9, 1)]
    [InlineData(4, 6, 4, 2, 9)]
    public void Tape_vvma_gradients_match_finite_differences(int seed, int nIn, int nOut, int k, int rows = 5)
    {
        var rng = new Random(seed);
        var x = GradientCheck.Random(rng, 1, rows, nIn);
        var m = GradientCheck.Random(rng, 1, k, k);
        var v = GradientCheck.Random(rng, 1, nOut / k, nIn / k, k);
        var b = GradientCheck.Random(rng, 1, nOut);
        GradientCheck.Assert("vvma+bias", (t, a) => t.Vvma(a[0], a[1], a[2], a[3]), [x, m, v, b], seed);
        x.ZeroGrad(); m.ZeroGrad(); v.ZeroGrad();
        GradientCheck.Assert("vvma", (t, a) => t.Vvma(a[0], a[1], a[2]), [x, m, v], seed);
    }

    [Fact]
    public void Fit_recovers_a_vvma_structured_matrix_exactly()
    {
        var rng = new Random(7);
        int nIn = 24, nOut = 16, k = 8;
        var m = RandomArray(rng, k * k);
        var v = RandomArray(rng, nIn * nOut / k);
        var w = VvmaReference.DenseWeight(m, v, nIn, nOut, k);
        var fit = VvmaFit.Fit(w, nIn, nOut, k, iterations: 10);
        Assert.True(fit.Errors[^1] < 1e-6, $"relative error {fit.Errors[^1]}");
        var refit = VvmaReference.DenseWeight(fit.M, fit.V, nIn, nOut, k);
        for (int i = 0; i < w.Length; i++)
            Assert.True(Math.Abs(refit[i] - w[i]) < 1e-4, $"W[{i}] = {w[i]}, refit {refit[i]}");
    }

    [Fact]
    public void Fit_error_never_increases_on_a_dense_matrix_and_beats_the_start()
    {
        var rng = new Random(3);
        int nIn = 32, nOut = 48, k = 8;
        var w = RandomArray(rng, nIn * nOut);
        var errors = VvmaFit.Fit(w, nIn, nOut, k, iterations: 15).Errors;
        for (int t = 1; t < errors.Length; t++)
            Assert.True(errors[t] <= errors[t - 1] + 1e-9, $"error rose at iteration {t}: {errors[t - 1]} → {errors[t]}");
        Assert.True(errors[^1] < errors[0]);
        Assert.True(errors[^1] < 1, "the fit must explain part of W");
    }

    [Fact]
    public void Warm_start_from_a_structured_dense_layer_reproduces_its_outputs()
    {
        var rng = new Random(11);
        int nIn = 16, nOut = 32, k = 4;
        var dense = new DenseProjection("d", nIn, nOut, rng);
        var w = VvmaReference.DenseWeight(RandomArray(rng, k * k), RandomArray(rng, nIn * nOut / k), nIn, nOut, k);
        w.CopyTo(dense.Weight.Data);
        RandomArray(rng, nOut).CopyTo(dense.Bias!.Data);
        var vvma = new VvmaProjection("v", nIn, nOut, k, rng);
        vvma.InitializeFrom(dense);
        var x = GradientCheck.Random(rng, 1, 3, nIn);
        var tape = new Tape(recording: false, threads: 1);
        var a = dense.Forward(tape, x).Data.ToArray();
        var b = vvma.Forward(tape, x).Data.ToArray();
        for (int i = 0; i < a.Length; i++)
            Assert.True(Math.Abs(a[i] - b[i]) < 1e-3, $"y[{i}]: dense {a[i]}, vvma {b[i]}");
    }

    [Fact]
    public void Dense_inference_path_matches_the_tape_linear_and_follows_weight_updates()
    {
        var rng = new Random(4);
        var dense = new DenseProjection("d", 17, 9, rng);
        RandomArray(rng, 9).CopyTo(dense.Bias!.Data);
        var x = GradientCheck.Random(rng, 1, 3, 17);
        for (int round = 0; round < 2; round++)
        {
            var expected = new Tape(recording: true, threads: 1).Linear(x, dense.Weight, dense.Bias).Data.ToArray();
            var actual = dense.Forward(new Tape(recording: false, threads: 1), x).Data.ToArray();
            for (int i = 0; i < expected.Length; i++)
                Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-5, $"round {round}, y[{i}]: tape {expected[i]}, inference {actual[i]}");
            dense.Weight.Data[5] += 1f; // the packed copy must notice the change, which the writer announces
            dense.Weight.MarkChanged();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Inference_paths_follow_optimizer_steps(int k)
    {
        // Training writes weights only through the optimizer, which bumps each updated parameter's version; the
        // cached packed W / decode layout of v must be rebuilt after every step without any explicit notice.
        var rng = new Random(6 + k);
        var p = Projection.Create("p", 16, 8, k, rng);
        var optimizer = new Coex.Training.Optimizers.AdamW(p.Parameters(), learningRate: 0.1f);
        var x = GradientCheck.Random(rng, 1, 2, 16);
        var labels = new[] { 3, 5 };
        float[]? previous = null;
        for (int step = 0; step < 3; step++)
        {
            var tape = new Tape(recording: true, threads: 1);
            var expected = p.Forward(tape, x);
            var actual = p.Forward(new Tape(recording: false, threads: 1), x).Data.ToArray();
            for (int i = 0; i < actual.Length; i++)
                Assert.True(Math.Abs(expected.Data[i] - actual[i]) < 1e-5, $"k {k}, step {step}, y[{i}]: tape {expected.Data[i]}, inference {actual[i]}");
            Assert.False(previous is not null && previous.SequenceEqual(actual), $"k {k}, step {step}: the output did not change after an optimizer step.");
            previous = actual;
            optimizer.ZeroGrad();
            tape.Backward(tape.SoftmaxCrossEntropy(expected, labels));
            long before = p.Parameters().First().Version;
            optimizer.Step();
            Assert.Equal(before + 1, p.Parameters().First().Version);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(17)]
    public void Initial_m_is_orthogonal_and_w_has_the_dense_xavier_variance(int k)
    {
        var rng = new Random(12 + k);
        int nIn = 17 * 16, nOut = 17 * 12;
        var p = new VvmaProjection("p", nIn, nOut, k, rng);
        var m = p.M.Data;
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++)
            {
                double dot = 0; // (MᵀM)[a, b]
                for (int r = 0; r < k; r++)
                    dot += m[r * k + a] * m[r * k + b];
                Assert.True(Math.Abs(dot - (a == b ? 1 : 0)) < 1e-5, $"k {k}: (MᵀM)[{a}, {b}] = {dot}");
            }
        var w = VvmaReference.DenseWeight(m.ToArray(), p.V.Data.ToArray(), nIn, nOut, k);
        double variance = w.Sum(x => (double)x * x) / w.Length, xavier = 2.0 / (nIn + nOut);
        Assert.True(Math.Abs(variance / xavier - 1) < 0.05, $"k {k}: W variance {variance}, Xavier {xavier}");
        Assert.False(new VvmaProjection("q", nIn, nOut, k, new Random(99)).M.Data.SequenceEqual(m) && k > 1, "M does not depend on the seed.");
    }
}
