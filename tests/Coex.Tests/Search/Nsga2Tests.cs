using Coex.Search;

namespace Coex.Tests.Search;

/// <summary>NSGA-II's generations counted in feasible children, and Deb's constraint domination.</summary>
public class Nsga2Tests
{
    private static SearchSpace Grid(int dims, int choices) =>
        new("toy", Enumerable.Range(0, dims).Select(d => new Dimension($"x{d}", Enumerable.Range(0, choices).ToArray())));

    private static Observation Feasible(params double[] objectives) => new(0, objectives, true);
    private static Observation Infeasible(double violation, params double[] objectives) => new(-1, objectives, false, violation);

    /// <summary>Runs <paramref name="steps"/> proposals; a point is feasible when <paramref name="feasible"/> says so
    /// (objectives: the point's coordinates, to minimize) and otherwise misses by <c>1 + x0</c>.</summary>
    private static List<int[]> Run(Nsga2Sampler nsga, int steps, Func<int[], bool> feasible)
    {
        var proposed = new List<int[]>();
        for (int i = 0; i < steps; i++)
        {
            var p = nsga.Propose();
            proposed.Add(p);
            var objectives = p.Select(v => (double)v).ToArray();
            nsga.Observe(p, feasible(p) ? Feasible(objectives) : Infeasible(1 + p[0], objectives));
        }
        return proposed;
    }

    [Fact]
    public void A_generation_ends_when_population_size_children_are_feasible_not_when_that_many_were_proposed()
    {
        // A quarter of the space is feasible: most children are "pruned" and must not fill the generation.
        var nsga = new Nsga2Sampler(Grid(4, 8), seed: 3, populationSize: 6);
        Run(nsga, 300, p => p[1] < 4 && p[2] < 4);
        Assert.True(nsga.Generations.Count >= 5, $"only {nsga.Generations.Count} generations in 300 proposals");
        Assert.All(nsga.Generations, g => Assert.Equal((6, 6), (g.Feasible, g.Spent)));
        Assert.All(nsga.Generations, g => Assert.InRange(g.Children, 6, nsga.MaxChildrenPerGeneration));
        // Infeasible children were proposed and did not count: some generation took more proposals than its size.
        Assert.Contains(nsga.Generations, g => g.Children > 6);
        // After the random start every parent population is all feasible.
        Assert.All(nsga.Population, m => Assert.True(m.Observation.Feasible));
    }

    [Fact]
    public void A_generation_closes_at_the_attempt_cap_when_too_few_children_are_feasible()
    {
        var nsga = new Nsga2Sampler(Grid(3, 8), seed: 4, populationSize: 5, maxChildrenPerGeneration: 12);
        Run(nsga, 12 * 4, _ => false);
        Assert.Equal(4, nsga.Generations.Count);
        Assert.All(nsga.Generations, g => Assert.Equal((12, 0, 0), g));
        // With nothing feasible the survivors are the least-violating points (violation 1 + x0: x0 as small as seen).
        Assert.Equal(5, nsga.Population.Count);
        Assert.All(nsga.Population, m => Assert.True(m.Point[0] <= 1, $"x0 = {m.Point[0]} survived"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Nsga2Sampler(Grid(3, 8), 1, populationSize: 5, maxChildrenPerGeneration: 4));
    }

    [Fact]
    public void Infeasible_points_are_never_selected_as_parents_while_a_feasible_one_exists()
    {
        var parents = new[] { Infeasible(0.01, 0, 0), Feasible(9, 9), Infeasible(0.5, 1, 1), Feasible(8, 10) };
        Assert.Equal([1, 3], Nsga2Sampler.SelectionPool(parents));
        var none = new[] { Infeasible(0.2, 0), Infeasible(0.1, 1) };
        Assert.Equal([0, 1], Nsga2Sampler.SelectionPool(none));
    }

    [Fact]
    public void Constraint_domination_ranks_feasible_fronts_first_then_infeasible_points_by_violation_not_objectives()
    {
        var members = new[]
        {
            Feasible(1, 5),             // 0: front 0
            Feasible(5, 1),             // 1: front 0
            Feasible(6, 6),             // 2: dominated by both: front 1
            Infeasible(0.5, 0, 0),      // 3: the best objectives, but the larger violation
            Infeasible(0.1, 9, 9),      // 4: the worst objectives, the smallest violation
            Infeasible(0.5, 7, 7),      // 5: same violation as 3: same rank
            Infeasible(double.PositiveInfinity, 0, 0), // 6: nothing measured: last
        };
        var (ranks, crowding) = Nsga2Sampler.Rank(members);
        Assert.Equal([0, 0, 1, 3, 2, 3, 4], ranks);
        Assert.True(double.IsPositiveInfinity(crowding[0]) && double.IsPositiveInfinity(crowding[1]), "front boundary points are not crowding-preferred");
        Assert.Equal(0, crowding[3]);
    }

    [Fact]
    public void Proposals_do_not_repeat_points_already_proposed_while_new_ones_are_easy_to_find()
    {
        var nsga = new Nsga2Sampler(Grid(4, 4), seed: 6, populationSize: 8);
        var proposed = Run(nsga, 60, _ => true);
        Assert.Equal(60, proposed.Select(p => SearchSpace.Key(p)).Distinct().Count());
    }

    [Fact]
    public void Free_evaluations_of_feasible_points_do_not_fill_a_generation()
    {
        // Feasible points whose x1 is odd "were trained before" (a cache hit): feasible, but no budget spent.
        var nsga = new Nsga2Sampler(Grid(4, 8), seed: 7, populationSize: 6);
        for (int i = 0; i < 200; i++)
        {
            var p = nsga.Propose();
            bool feasible = p[0] < 6;
            nsga.Observe(p, new Observation(0, p.Select(v => (double)v).ToArray(), feasible, feasible ? 0 : p[0], SpentBudget: feasible && p[1] % 2 == 0));
        }
        Assert.True(nsga.Generations.Count >= 4, $"only {nsga.Generations.Count} generations");
        Assert.All(nsga.Generations, g => Assert.Equal(6, g.Spent));
        Assert.Contains(nsga.Generations, g => g.Feasible > 6);
    }

    [Fact]
    public void A_negative_or_NaN_violation_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(0, [0], false, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Observation(0, [0], false, double.NaN));
    }
}
