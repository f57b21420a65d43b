using Coex.Search;

namespace Coex.Tests.Search;

public class SamplerTests
{
    private static SearchSpace Grid(int dims, int choices) =>
        new("toy", Enumerable.Range(0, dims).Select(d => new Dimension($"x{d}", Enumerable.Range(0, choices).ToArray())));

    private static double Run(Sampler sampler, int steps, Func<int[], double> reward)
    {
        double best = double.NegativeInfinity;
        for (int i = 0; i < steps; i++)
        {
            var p = sampler.Propose();
            sampler.Space.Check(p);
            double r = reward(p);
            best = Math.Max(best, r);
            sampler.Observe(p, new Observation(r, [-r], true));
        }
        return best;
    }

    [Fact]
    public void Nsga2_recovers_a_known_front()
    {
        // f1 = x, f2 = (15 − x) + y: the front is y = 0 for every x (16 points).
        var space = Grid(2, 16);
        var nsga = new Nsga2Sampler(space, seed: 1, populationSize: 16);
        for (int i = 0; i < 16 * 25; i++)
        {
            var p = nsga.Propose();
            nsga.Observe(p, new Observation(0, [p[0], 15 - p[0] + p[1]], true));
        }
        var onFront = nsga.Population.Where(m => m.Point[1] == 0).Select(m => m.Point[0]).Distinct().Count();
        Assert.True(onFront >= 12, $"only {onFront} of 16 front points in the final population");
        Assert.All(nsga.Population, m => Assert.True(m.Point[1] <= 1, $"({m.Point[0]}, {m.Point[1]}) is far from the front"));
    }

    [Fact]
    public void Nsga2_ranks_feasible_points_above_infeasible_ones()
    {
        var space = Grid(2, 16);
        var nsga = new Nsga2Sampler(space, seed: 2, populationSize: 8);
        for (int i = 0; i < 8 * 15; i++)
        {
            var p = nsga.Propose();
            // Only x ≥ 8 is feasible; infeasible points get better objectives to make sure feasibility wins anyway.
            bool feasible = p[0] >= 8;
            nsga.Observe(p, new Observation(0, feasible ? [p[0], p[1]] : [0, 0], feasible));
        }
        Assert.All(nsga.Population, m => Assert.True(m.Observation.Feasible));
    }

    [Fact]
    public void Regularized_evolution_beats_random_search_on_a_toy()
    {
        var space = Grid(8, 10);
        double Reward(int[] p) => -p.Sum(v => Math.Abs(v - 7));
        double evolution = 0, random = 0;
        for (int seed = 1; seed <= 5; seed++)
        {
            evolution += Run(new RegularizedEvolution(space, seed), 300, Reward);
            random += Run(new RandomSampler(space, seed), 300, Reward);
        }
        Assert.True(evolution > random + 5, $"evolution {evolution / 5:0.0} vs random {random / 5:0.0} (mean best reward)");
    }

    [Fact]
    public void Reinforce_increases_the_expected_reward()
    {
        var space = Grid(4, 4);
        var policy = new ReinforceSampler(space, seed: 3);
        double Expected() => Enumerable.Range(0, 4).Sum(d => policy.Probabilities(d)[3]);
        double before = Expected();
        Assert.Equal(1.0, before, 6);
        Run(policy, 300, p => p.Count(v => v == 3));
        double after = Expected();
        Assert.True(after > 2.5, $"expected reward {before:0.00} → {after:0.00}");
    }

    [Fact]
    public void Reinforce_learns_architecture_and_hardware_jointly()
    {
        // Two architecture heads and two hardware heads. Accuracy grows with the architecture indices, but a design
        // only works when the machine fits the network (h0 = a0, h1 = 3 − a1): the best joint point is (3, 3 | 3, 0),
        // which no head finds alone.
        var space = SearchSpace.Concat("joint", Grid(2, 4), new SearchSpace("hw", [new Dimension("h0", [0, 1, 2, 3]), new Dimension("h1", [0, 1, 2, 3])]));
        static double Reward(int[] p) => (p[0] + p[1] + 2) / 8.0 * (p[2] == p[0] && p[3] == 3 - p[1] ? 1 : 0);
        var policy = new ReinforceSampler(space, seed: 5);
        double Expected()
        {
            // Exact expectation under the factorized policy over all 256 points.
            double sum = 0;
            var p = Enumerable.Range(0, 4).Select(policy.Probabilities).ToArray();
            foreach (int a0 in Enumerable.Range(0, 4)) foreach (int a1 in Enumerable.Range(0, 4)) foreach (int h0 in Enumerable.Range(0, 4)) foreach (int h1 in Enumerable.Range(0, 4))
                sum += p[0][a0] * p[1][a1] * p[2][h0] * p[3][h1] * Reward([a0, a1, h0, h1]);
            return sum;
        }
        double before = Expected();
        Run(policy, 200, Reward);
        double middle = Expected();
        Run(policy, 200, Reward);
        double after = Expected();
        Assert.True(before < 0.05 && middle > 4 * before && after > middle && after > 0.3, $"expected reward {before:0.000} → {middle:0.000} → {after:0.000}");
        // The hardware heads moved with the architecture heads: the machine that fits the favoured network is favoured.
        int a0Best = policy.Probabilities(0).Index().MaxBy(x => x.Item).Index, a1Best = policy.Probabilities(1).Index().MaxBy(x => x.Item).Index;
        Assert.Equal(a0Best, policy.Probabilities(2).Index().MaxBy(x => x.Item).Index);
        Assert.Equal(3 - a1Best, policy.Probabilities(3).Index().MaxBy(x => x.Item).Index);
    }

    [Fact]
    public void Samplers_are_deterministic_for_a_seed()
    {
        var space = Grid(5, 6);
        foreach (string name in Sampler.Names)
        {
            var a = Sampler.Create(name, space, 9);
            var b = Sampler.Create(name, space, 9);
            for (int i = 0; i < 60; i++)
            {
                var pa = a.Propose();
                Assert.Equal(pa, b.Propose());
                var o = new Observation(pa.Sum(), [-pa.Sum(), pa[0]], true);
                a.Observe(pa, o);
                b.Observe(pa, o);
            }
        }
        Assert.Throws<ArgumentException>(() => Sampler.Create("bayes", space, 1));
    }
}
