using Coex.Tensors;
using Coex.Training;

namespace Coex.Tests.Training;

public class GradientCheckTests
{
    public static TheoryData<int> Seeds => new([1, 2, 3]);

    private static Tensor Filled(float value, params int[] shape)
    {
        var t = Tensor.Zeros(DType.F32, shape);
        t.AsSpan<float>().Fill(value);
        return t;
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Linear_with_and_without_bias(int seed)
    {
        var rng = new Random(seed);
        var x = GradientCheck.Random(rng, 1, 5, 7);
        var w = GradientCheck.Random(rng, 1, 3, 7);
        var b = GradientCheck.Random(rng, 1, 3);
        GradientCheck.Assert("linear+bias", (t, v) => t.Linear(v[0], v[1], v[2]), [x, w, b], seed);
        x.ZeroGrad(); w.ZeroGrad();
        GradientCheck.Assert("linear", (t, v) => t.Linear(v[0], v[1]), [x, w], seed);
        // Past the GEMM's register tile (more rows than MR, columns past NR).
        var x2 = GradientCheck.Random(rng, 1, 19, 40);
        var w2 = GradientCheck.Random(rng, 1, 35, 40);
        GradientCheck.Assert("linear large", (t, v) => t.Linear(v[0], v[1]), [x2, w2], seed, maxPerInput: 60);
    }

    public static TheoryData<string, int> ConvCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in ConvTable.Keys)
            foreach (int seed in new[] { 1, 2, 3 })
                data.Add(name, seed);
        return data;
    }

    // (N, C, H, W, O, K, stride, pad, groups, dilation, bias)
    private static readonly Dictionary<string, (int N, int C, int H, int W, int O, int K, int S, int P, int G, int D, bool Bias)> ConvTable = new()
    {
        ["3x3 pad 1"] = (2, 3, 6, 5, 4, 3, 1, 1, 1, 1, true),
        ["5x5 stride 2 pad 2"] = (2, 2, 9, 8, 3, 5, 2, 2, 1, 1, true),
        ["3x3 stride 2 no pad"] = (1, 3, 7, 7, 2, 3, 2, 0, 1, 1, false),
        ["grouped"] = (2, 4, 5, 5, 6, 3, 1, 1, 2, 1, true),
        ["depthwise stride 2"] = (2, 3, 7, 6, 3, 3, 2, 1, 3, 1, true),
        ["depthwise 5x5 pad 2"] = (2, 4, 9, 8, 4, 5, 1, 2, 4, 1, true),
        ["depthwise dilated no bias"] = (1, 2, 8, 8, 2, 3, 1, 1, 2, 2, false),
        ["depthwise kernel wider than input"] = (1, 2, 3, 3, 2, 5, 1, 2, 2, 1, true),
        ["dilated"] = (1, 2, 7, 7, 3, 3, 1, 2, 1, 2, false),
        ["1x1"] = (2, 5, 3, 3, 4, 1, 1, 0, 1, 1, true),
    };

    [Theory, MemberData(nameof(ConvCases))]
    public void Conv2d(string name, int seed)
    {
        var c = ConvTable[name];
        var rng = new Random(seed * 31 + name.Length);
        var x = GradientCheck.Random(rng, 1, c.N, c.C, c.H, c.W);
        var w = GradientCheck.Random(rng, 0.5f, c.O, c.C / c.G, c.K, c.K);
        var b = GradientCheck.Random(rng, 1, c.O);
        if (c.Bias)
            GradientCheck.Assert(name, (t, v) => t.Conv2d(v[0], v[1], v[2], c.S, c.P, c.G, c.D), [x, w, b], seed);
        else
            GradientCheck.Assert(name, (t, v) => t.Conv2d(v[0], v[1], null, c.S, c.P, c.G, c.D), [x, w], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Add_with_broadcasting(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("add bias", (t, v) => t.Add(v[0], v[1]), [GradientCheck.Random(rng, 1, 2, 3, 4, 5), GradientCheck.Random(rng, 1, 1, 3, 1, 1)], seed);
        GradientCheck.Assert("add row", (t, v) => t.Add(v[0], v[1]), [GradientCheck.Random(rng, 1, 3), GradientCheck.Random(rng, 1, 4, 3)], seed);
        GradientCheck.Assert("add same", (t, v) => t.Add(v[0], v[1]), [GradientCheck.Random(rng, 1, 2, 3), GradientCheck.Random(rng, 1, 2, 3)], seed);
        // One variable used twice: its gradient accumulates.
        GradientCheck.Assert("x + x", (t, v) => t.Add(v[0], v[0]), [GradientCheck.Random(rng, 1, 4, 2)], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Mul_with_broadcasting(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("mul channel scale", (t, v) => t.Mul(v[0], v[1]), [GradientCheck.Random(rng, 1, 2, 3, 2, 2), GradientCheck.Random(rng, 1, 1, 3, 1, 1)], seed);
        GradientCheck.Assert("mul same", (t, v) => t.Mul(v[0], v[1]), [GradientCheck.Random(rng, 1, 3, 4), GradientCheck.Random(rng, 1, 3, 4)], seed);
        GradientCheck.Assert("x * x", (t, v) => t.Mul(v[0], v[0]), [GradientCheck.Random(rng, 1, 5)], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Sigmoid_tanh_and_concat(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("sigmoid", (t, v) => t.Sigmoid(v[0]), [GradientCheck.Random(rng, 4, 3, 7)], seed);
        GradientCheck.Assert("tanh", (t, v) => t.Tanh(v[0]), [GradientCheck.Random(rng, 2, 3, 7)], seed);
        GradientCheck.Assert("concat axis 1", (t, v) => t.Concat(1, v[0], v[1]), [GradientCheck.Random(rng, 1, 2, 3, 2), GradientCheck.Random(rng, 1, 2, 1, 2)], seed);
        GradientCheck.Assert("concat axis 0", (t, v) => t.Concat(0, v[0], v[1]), [GradientCheck.Random(rng, 1, 1, 3), GradientCheck.Random(rng, 1, 2, 3)], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void LayerNorm(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("layernorm", (t, v) => t.LayerNorm(v[0], v[1], v[2]),
            [GradientCheck.Random(rng, 2, 2, 3, 6), GradientCheck.Random(rng, 1, 6), GradientCheck.Random(rng, 1, 6)], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Relu_and_clip(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("relu", (t, v) => t.Relu(v[0]), [GradientCheck.Separated(rng, 0, 3, 40)], seed);
        // Values from about −3 to 9 cross both clip bounds of Relu6; each sits at least 0.025 away from 0 and 6.
        GradientCheck.Assert("relu6", (t, v) => t.Relu6(v[0]), [GradientCheck.Separated(rng, 3, 4, 60)], seed);
        GradientCheck.Assert("clip", (t, v) => t.Clip(v[0], -0.5f, 0.5f), [GradientCheck.Separated(rng, 0, 50)], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Pooling(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("maxpool 2x2/2", (t, v) => t.MaxPool2d(v[0], 2, 2), [GradientCheck.Separated(rng, 0, 2, 3, 6, 5)], seed);
        GradientCheck.Assert("maxpool 3x3/2 pad 1", (t, v) => t.MaxPool2d(v[0], 3, 2, 1), [GradientCheck.Separated(rng, 0, 1, 2, 7, 7)], seed);
        GradientCheck.Assert("avgpool 2x2/2", (t, v) => t.AvgPool2d(v[0], 2, 2), [GradientCheck.Random(rng, 1, 2, 3, 6, 5)], seed);
        GradientCheck.Assert("avgpool 3x3/1 pad 1", (t, v) => t.AvgPool2d(v[0], 3, 1, 1), [GradientCheck.Random(rng, 1, 1, 2, 5, 4)], seed);
        GradientCheck.Assert("avgpool 3x3/2 pad 1 count pad", (t, v) => t.AvgPool2d(v[0], 3, 2, 1, countIncludePad: true), [GradientCheck.Random(rng, 1, 1, 2, 5, 6)], seed);
        GradientCheck.Assert("global avgpool", (t, v) => t.GlobalAvgPool(v[0]), [GradientCheck.Random(rng, 1, 2, 3, 4, 5)], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Reshape_and_flatten(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("flatten", (t, v) => t.Flatten(v[0]), [GradientCheck.Random(rng, 1, 2, 3, 2, 2)], seed);
        var x = GradientCheck.Random(rng, 1, 4, 6);
        var w = GradientCheck.Random(rng, 1, 3, 8);
        GradientCheck.Assert("reshape into linear", (t, v) => t.Linear(t.Reshape(v[0], -1, 8), v[1]), [x, w], seed);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void BatchNorm_training_and_eval(int seed)
    {
        var rng = new Random(seed);
        var x = GradientCheck.Random(rng, 2, 3, 4, 3, 2);
        var gamma = GradientCheck.Random(rng, 1, 4);
        var beta = GradientCheck.Random(rng, 1, 4);
        var mean = Filled(0.1f, 4);
        var variance = Filled(1.5f, 4);
        GradientCheck.Assert("batchnorm train", (t, v) => t.BatchNorm2d(v[0], v[1], v[2], mean, variance), [x, gamma, beta], seed, training: true);
        x.ZeroGrad(); gamma.ZeroGrad(); beta.ZeroGrad();
        GradientCheck.Assert("batchnorm eval", (t, v) => t.BatchNorm2d(v[0], v[1], v[2], mean, variance), [x, gamma, beta], seed, training: false);
    }

    [Fact]
    public void BatchNorm_updates_running_statistics()
    {
        var x = new Variable(Tensor.FromSpan<float>([1, 3, 5, 7], 2, 1, 1, 2));
        var mean = Filled(0f, 1);
        var variance = Filled(1f, 1);
        var one = new Variable(Filled(1f, 1));
        var zero = new Variable(Filled(0f, 1));
        var y = new Tape(training: true).BatchNorm2d(x, one, zero, mean, variance, momentum: 0.5f, epsilon: 0f);
        // Batch mean 4, biased variance 5, unbiased 20/3.
        Assert.Equal(2f, mean.AsSpan<float>()[0], 5);
        Assert.Equal(0.5f + 0.5f * 20f / 3f, variance.AsSpan<float>()[0], 5);
        Assert.Equal(-3f / MathF.Sqrt(5f), y.Data[0], 5);
        var eval = new Tape(training: false, recording: false).BatchNorm2d(x, one, zero, mean, variance, epsilon: 0f);
        Assert.Equal((1f - 2f) / MathF.Sqrt(variance.AsSpan<float>()[0]), eval.Data[0], 5);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Dropout_with_a_seeded_mask(int seed)
    {
        var rng = new Random(seed);
        GradientCheck.Assert("dropout", (t, v) => t.Dropout(v[0], 0.3f, new Random(seed)), [GradientCheck.Random(rng, 1, 4, 25)], seed);
        var x = GradientCheck.Random(rng, 1, 1000);
        var y = new Tape(training: true).Dropout(x, 0.3f, new Random(seed));
        int zeros = y.Data.ToArray().Count(v => v == 0f);
        Assert.InRange(zeros, 230, 370);
        Assert.Same(x, new Tape(training: false).Dropout(x, 0.3f, new Random(seed)));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Softmax_cross_entropy(int seed)
    {
        var rng = new Random(seed);
        int[] labels = [0, 3, 2, 3, 1];
        GradientCheck.Assert("softmax CE", (t, v) => t.SoftmaxCrossEntropy(v[0], labels), [GradientCheck.Random(rng, 3, 5, 4)], seed);
        // Large logits stay finite: the log-softmax subtracts the row maximum.
        var big = new Variable(Tensor.FromSpan<float>([1000f, 0f, -1000f, 0f], 2, 2), requiresGrad: true);
        var tape = new Tape();
        var loss = tape.SoftmaxCrossEntropy(big, [1, 0]);
        Assert.Equal(1000f, loss.Data[0], 3);
        tape.Backward(loss);
        Assert.All(big.GradData.ToArray(), g => Assert.True(float.IsFinite(g)));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Small_network_end_to_end(int seed)
    {
        var rng = new Random(seed);
        var x = GradientCheck.Random(rng, 1, 2, 2, 6, 6);
        var cw = GradientCheck.Random(rng, 0.5f, 3, 2, 3, 3);
        var gamma = GradientCheck.Random(rng, 1, 3);
        var beta = GradientCheck.Random(rng, 1, 3);
        var lw = GradientCheck.Random(rng, 0.5f, 4, 27);
        var lb = GradientCheck.Random(rng, 0.5f, 4);
        var mean = Filled(0f, 3);
        var variance = Filled(1f, 3);
        int[] labels = [1, 3];
        // No ReLU or max here: a random network would put some activation within ε of a kink.
        GradientCheck.Assert("conv-bn-avgpool-linear-CE", (t, v) =>
        {
            var h = t.Conv2d(v[0], v[1], null, 1, 1);
            h = t.BatchNorm2d(h, v[2], v[3], mean, variance);
            h = t.AvgPool2d(h, 2, 2);
            return t.SoftmaxCrossEntropy(t.Linear(t.Flatten(h), v[4], v[5]), labels);
        }, [x, cw, gamma, beta, lw, lb], seed);
    }
}
