using Coex.Search;

namespace Coex.Tests.Search;

public class ParetoTests
{
    [Fact]
    public void Front_matches_brute_force_dominance_on_random_points()
    {
        var rng = new Random(3);
        foreach (int n in new[] { 1, 2, 17, 200 })
        {
            var points = Enumerable.Range(0, n).Select(_ => new[] { (double)rng.Next(20), rng.Next(20), rng.NextDouble() }).ToList();
            var expected = Enumerable.Range(0, n).Where(i => !points.Any(q => Pareto.Dominates(q, points[i]))).ToArray();
            Assert.Equal(expected, Pareto.Front(points));
            var fronts = Pareto.NonDominatedSort(points);
            Assert.Equal(expected, fronts[0]);
            Assert.Equal(n, fronts.Sum(f => f.Count));
            // Every member of front k+1 is dominated by some member of front k, and no member of a front dominates another.
            for (int k = 0; k + 1 < fronts.Count; k++)
                Assert.All(fronts[k + 1], i => Assert.Contains(fronts[k], j => Pareto.Dominates(points[j], points[i])));
            Assert.All(fronts, f => Assert.DoesNotContain(f, i => f.Any(j => Pareto.Dominates(points[j], points[i]))));
        }
    }

    [Fact]
    public void Crowding_keeps_the_extremes_and_prefers_sparse_points()
    {
        var points = new List<double[]> { new[] { 0.0, 10 }, new[] { 1.0, 9 }, new[] { 1.1, 8.9 }, new[] { 5.0, 5 }, new[] { 10.0, 0 } };
        var d = Pareto.CrowdingDistance(points, [0, 1, 2, 3, 4]);
        Assert.True(double.IsPositiveInfinity(d[0]) && double.IsPositiveInfinity(d[4]));
        Assert.True(d[3] > d[1] && d[3] > d[2]);
    }

    [Fact]
    public void Hypervolume_matches_a_grid_count()
    {
        var rng = new Random(7);
        for (int trial = 0; trial < 5; trial++)
        {
            var points = Enumerable.Range(0, 1 + rng.Next(8)).Select(_ => (X: rng.NextDouble() * 1.2, Y: rng.NextDouble() * 1.2)).ToList();
            double hv = Pareto.Hypervolume2D(points, (1, 1));
            const int grid = 400;
            int covered = 0;
            for (int i = 0; i < grid; i++)
                for (int j = 0; j < grid; j++)
                {
                    double x = (i + 0.5) / grid, y = (j + 0.5) / grid;
                    if (points.Any(p => p.X <= x && p.Y <= y)) covered++;
                }
            Assert.True(Math.Abs((double)covered / (grid * grid) - hv) < 0.01, $"grid {(double)covered / (grid * grid)} vs {hv}");
        }
        Assert.Equal(0.25, Pareto.Hypervolume2D([(0.5, 0.5)], (1, 1)), 12);
        Assert.Equal(0, Pareto.Hypervolume2D([(1.5, 0.5)], (1, 1)));
    }
}
