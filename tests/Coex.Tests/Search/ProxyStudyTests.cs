using Coex.Search;

namespace Coex.Tests.Search;

[Collection("Codesign")]
public class ProxyStudyTests
{
    /// <summary>Accuracy from the total filter index: a proxy that rewards capacity exactly.</summary>
    private sealed class CapacityEvaluator : IAccuracyEvaluator
    {
        public AccuracyResult Evaluate(ArchitectureSpace space, int[] arch, int[] weightBits, int[] activationBits, CancellationToken cancel)
        {
            double accuracy = 0.5 + 0.4 * arch.Sum() / (arch.Length * 3.0);
            return new AccuracyResult(accuracy, accuracy, 0.5);
        }
    }

    [Fact]
    public void Networks_span_the_space_from_smallest_to_largest_without_repeats()
    {
        var space = new LeNetSpace().Space;
        var networks = ProxyStudy.Networks(space, 9, seed: 3);
        Assert.Equal(9, networks.Count);
        Assert.Equal([0, 0, 0, 0, 0, 0], networks[0]);
        Assert.Equal([2, 2, 2, 2, 2, 2], networks[1]);
        Assert.Equal([3, 3, 3, 3, 3, 3], networks[2]);
        Assert.Equal(9, networks.Select(n => SearchSpace.Key(n)).Distinct().Count());
        Assert.All(networks, n => space.Check(n));
        Assert.Equal(networks.Select(n => SearchSpace.Key(n)), ProxyStudy.Networks(space, 9, seed: 3).Select(n => SearchSpace.Key(n)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProxyStudy.Networks(space, 2, 1));
    }

    [Fact]
    public void Rows_carry_cost_model_costs_in_order_of_size()
    {
        var search = new CoSearch(new CodesignOptions { MaxHardwarePoints = 200, Constraints = new Constraints(double.PositiveInfinity, 2.0) }, new CapacityEvaluator());
        var rows = ProxyStudy.Run(search, new CapacityEvaluator(), ProxyStudy.Networks(search.Architectures.Space, 5, seed: 1));
        Assert.Equal(5, rows.Count);
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Macs <= p.Second.Macs));
        Assert.Equal(0.5, rows[0].Accuracy, 9); // the smallest network
        Assert.All(rows, r => Assert.True(r.FastestLatencySeconds > 0 && r.LeastEnergyJoules > 0 && r.Macs > 0));
        // More MACs never run faster on the best machine here: the largest network is the slowest.
        Assert.Equal(rows.Max(r => r.FastestLatencySeconds), rows[^1].FastestLatencySeconds);
        double c = ProxyStudy.Correlation(rows.Select(r => Math.Log(r.Macs)).ToList(), rows.Select(r => r.Accuracy).ToList());
        Assert.InRange(c, 0.5, 1.0);
    }

    [Fact]
    public void Correlation_matches_hand_computed_values_and_skips_missing_pairs()
    {
        Assert.Equal(1.0, ProxyStudy.Correlation([1, 2, 3, 4], [2, 4, 6, 8]), 12);
        Assert.Equal(-1.0, ProxyStudy.Correlation([1, 2, 3], [3, 2, 1]), 12);
        // x = 1..4, y = 1, 3, 2, 4: Σdx·dy = 4, Σdx² = Σdy² = 5, so r = 0.8.
        Assert.Equal(0.8, ProxyStudy.Correlation([1, 2, 3, 4], [1, 3, 2, 4]), 12);
        Assert.Equal(0.8, ProxyStudy.Correlation([1, 2, double.NaN, 3, 4], [1, 3, 7, 2, 4]), 12);
        Assert.True(double.IsNaN(ProxyStudy.Correlation([1, 1, 1], [1, 2, 3])));
        Assert.True(double.IsNaN(ProxyStudy.Correlation([1, 2], [1, 2])));
        Assert.Throws<ArgumentException>(() => ProxyStudy.Correlation([1, 2, 3], [1, 2]));
    }
}
