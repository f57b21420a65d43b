using Coex.Tensors;
using Coex.Training;
using Coex.Training.Optimizers;

namespace Coex.Tests.Training;

public class OptimizerTests
{
    private static Parameter P(params float[] values) => new("p", Tensor.FromSpan<float>(values, values.Length));

    private static void SetGrad(Parameter p, params float[] g) => g.CopyTo(p.GradData);

    [Fact]
    public void Sgd_momentum_and_nesterov_match_hand_computed_steps()
    {
        var p = P(1f);
        var sgd = new Sgd([p], 0.1f, momentum: 0.9f, weightDecay: 0.5f);
        SetGrad(p, 2f);
        sgd.Step(); // g = 2 + 0.5·1 = 2.5; b = 2.5; w = 1 − 0.25
        Assert.Equal(0.75f, p.Data[0], 6);
        sgd.Step(); // g = 2 + 0.375 = 2.375; b = 0.9·2.5 + 2.375 = 4.625; w = 0.75 − 0.4625
        Assert.Equal(0.2875f, p.Data[0], 6);

        var q = P(1f);
        var nesterov = new Sgd([q], 0.1f, momentum: 0.9f, nesterov: true);
        SetGrad(q, 1f);
        nesterov.Step(); // b = 1; step g + 0.9·b = 1.9
        Assert.Equal(1f - 0.19f, q.Data[0], 6);
        nesterov.Step(); // b = 1.9; step 1 + 1.71 = 2.71
        Assert.Equal(1f - 0.19f - 0.271f, q.Data[0], 5);
    }

    [Fact]
    public void AdamW_decays_decoupled_and_takes_unit_first_step()
    {
        var p = P(2f);
        var adam = new AdamW([p], 0.1f, weightDecay: 0.5f);
        SetGrad(p, 3f);
        adam.Step();
        // Decay 2·(1 − 0.05) = 1.9, then the bias-corrected first step is lr·sign(g).
        Assert.Equal(1.8f, p.Data[0], 5);
        var exempt = new Parameter("b", Tensor.FromSpan<float>([2f], 1)) { NoWeightDecay = true };
        var adam2 = new AdamW([exempt], 0.1f, weightDecay: 0.5f);
        SetGrad(exempt, -3f);
        adam2.Step();
        Assert.Equal(2.1f, exempt.Data[0], 5);
    }

    [Fact]
    public void Parameters_without_gradients_are_not_touched()
    {
        var p = P(1f, 2f);
        new Sgd([p], 1f, momentum: 0.5f).Step();
        Assert.Equal([1f, 2f], p.Data.ToArray());
    }

    [Fact]
    public void Schedules()
    {
        var cosine = new CosineSchedule(1f, 110, warmupSteps: 10, minRate: 0.1f);
        Assert.Equal(0.1f, cosine.At(0), 6);
        Assert.Equal(1f, cosine.At(9), 6);
        Assert.Equal(1f, cosine.At(10), 6);
        Assert.Equal(0.55f, cosine.At(60), 5);
        Assert.Equal(0.1f, cosine.At(110), 6);
        var step = new StepSchedule(1f, 10, 0.5f);
        Assert.Equal(1f, step.At(9));
        Assert.Equal(0.5f, step.At(10));
        Assert.Equal(0.25f, step.At(25));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CosineSchedule(1f, 10, warmupSteps: 10));
    }

    [Fact]
    public void Global_norm_clipping_scales_all_gradients_together()
    {
        var a = P(0f);
        var b = P(0f, 0f);
        SetGrad(a, 3f);
        SetGrad(b, 0f, 4f);
        float norm = GradientClipping.ClipGlobalNorm([a, b], 1f);
        Assert.Equal(5f, norm, 6);
        Assert.Equal(0.6f, a.GradData[0], 6);
        Assert.Equal(0.8f, b.GradData[1], 6);
        // Already within the bound: reported, left unchanged.
        Assert.Equal(1f, GradientClipping.ClipGlobalNorm([a, b], 2f), 5);
        Assert.Equal(0.6f, a.GradData[0], 6);
    }

    [Fact]
    public void Bad_hyperparameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd([P(1f)], -1f));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd([P(1f)], 0.1f, momentum: 1f));
        Assert.Throws<ArgumentException>(() => new Sgd([P(1f)], 0.1f, nesterov: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamW([P(1f)], 0.1f, beta1: 1f));
    }
}
