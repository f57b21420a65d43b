using Coex.Search;

namespace Coex.Tests.Search;

public class ObjectivesTests
{
    [Fact]
    public void Accuracy_latency_reward_is_accuracy_at_the_target_and_decays_beyond_it()
    {
        var reward = new RewardFunction(RewardKind.AccuracyLatency, 1e-3, 1e-4, 2);
        Assert.Equal(0.9, reward.Of(new DesignMetrics(0.9, 1e-3, 1e-5, 1)), 12);
        Assert.Equal(0.9 * Math.Pow(2, -0.07), reward.Of(new DesignMetrics(0.9, 2e-3, 1e-5, 1)), 12);
        Assert.True(reward.Of(new DesignMetrics(0.9, 0.5e-3, 1e-5, 1)) > 0.9);
    }

    [Fact]
    public void Weighted_reward_grows_with_accuracy_and_efficiency()
    {
        var reward = new RewardFunction(RewardKind.Weighted, 1e-3, 1e-4, 2);
        var atReference = new DesignMetrics(0.8, 1e-3, 1e-4, 2);
        Assert.Equal(0.5, reward.Efficiency(atReference.Hardware), 12);
        Assert.Equal(0.7 * 0.8 + 0.3 * 0.5, reward.Of(atReference), 12);
        Assert.True(reward.Of(atReference with { EnergyJoules = 1e-5 }) > reward.Of(atReference));
        Assert.True(reward.Of(atReference with { Area = 4 }) < reward.Of(atReference));
        // FPGA designs have no energy: efficiency averages the other two.
        Assert.Equal(0.5, reward.Efficiency(new HardwareMetrics(1e-3, double.NaN, 2)), 12);
    }

    [Fact]
    public void Constraints_bound_latency_and_area()
    {
        var c = new Constraints(1e-3, 2);
        Assert.True(c.Meets(new HardwareMetrics(1e-3, 0, 2)));
        Assert.False(c.Meets(new HardwareMetrics(1.01e-3, 0, 1)));
        Assert.False(c.Meets(new HardwareMetrics(1e-4, 0, 2.5)));
        Assert.True(new Constraints().Meets(new HardwareMetrics(1e9, 0, 1e9)));
    }
}
