using Coex.Search;

namespace Coex.Tests.Search;

public class SignFlipTests
{
    [Theory]
    // All three ahead: only the observed signs reach the observed sum, 1 of 2^3.
    [InlineData(new[] { 1.0, 2.0, 3.0 }, 1.0 / 8)]
    // Magnitudes {3, 1, 1}, observed sum 1: reached by the four assignments that keep +3.
    [InlineData(new[] { 3.0, -1.0, -1.0 }, 4.0 / 8)]
    // Observed sum 0 from {1, 1}: sums 2, 0, 0, −2, three of them ≥ 0.
    [InlineData(new[] { 1.0, -1.0 }, 3.0 / 4)]
    // Every seed behind: every assignment reaches the observed (lowest) sum.
    [InlineData(new[] { -0.5, -0.25 }, 1.0)]
    // No differences at all: no evidence either way.
    [InlineData(new[] { 0.0, 0.0, 0.0 }, 1.0)]
    public void Exact_p_values_count_the_sign_assignments(double[] differences, double expected) =>
        Assert.Equal(expected, SignFlipTest.OneSidedP(differences), 12);

    [Fact]
    public void Six_seeds_all_ahead_reach_one_in_sixty_four() =>
        Assert.Equal(1.0 / 64, SignFlipTest.OneSidedP([0.04, 0.06, 0.01, 0.05, 0.07, 0.03]), 12);

    [Fact]
    public void Ties_in_the_sum_count_despite_rounding()
    {
        // 0.1 + 0.2 and 0.3 differ in the last bit, so the observed sum is 5.6e-17 and the mirrored assignment (−0.1 −
        // 0.2 + 0.3) is −5.6e-17; it must still tie. At least 0: +++, ++−, +−+, −++ and −−+, five of eight.
        Assert.Equal(5.0 / 8, SignFlipTest.OneSidedP([0.1, 0.2, -0.3]), 12);
    }

    [Fact]
    public void Above_the_exact_limit_it_samples_assignments_repeatably()
    {
        int n = SignFlipTest.ExactLimit + 5;
        var ahead = Enumerable.Repeat(1.0, n).ToArray();
        Assert.Equal(0, SignFlipTest.OneSidedP(ahead)); // 2^−25 is far below one draw in 100,000
        var alternating = Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray();
        double p = SignFlipTest.OneSidedP(alternating);
        Assert.InRange(p, 0.47, 0.53); // 13 up, 12 down: sums are odd, so half of all assignments reach 1
        Assert.Equal(p, SignFlipTest.OneSidedP(alternating));
    }

    [Fact]
    public void No_or_non_finite_differences_give_NaN()
    {
        Assert.True(double.IsNaN(SignFlipTest.OneSidedP([])));
        Assert.True(double.IsNaN(SignFlipTest.OneSidedP([0.1, double.NaN])));
    }
}
