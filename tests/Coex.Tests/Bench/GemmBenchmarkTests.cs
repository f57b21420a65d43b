using Coex.Bench;
using Coex.Kernels;

namespace Coex.Tests.Bench;

/// <summary>The benchmark's plumbing on a tiny shape, with a scalar int8 kernel standing in for GemmU8S8 (tests only).</summary>
public class GemmBenchmarkTests
{
    private static readonly TimingOptions Fast = new(WarmupCalls: 0, MinSeconds: 0, MinCalls: 1, MaxCalls: 2, SliceSeconds: 0);

    /// <summary>Σ(a − za)·b by definition, or off by one everywhere when <paramref name="wrong"/>.</summary>
    private static Int8Packer ScalarInt8(bool wrong = false) => (b, k, n) =>
    {
        var weights = b.ToArray();
        return new Int8Kernel((a, za, c, m, threads) =>
        {
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                {
                    int sum = wrong ? 1 : 0;
                    for (int p = 0; p < k; p++)
                        sum += (a[i * k + p] - za) * weights[p * n + j];
                    c[i * n + j] = sum;
                }
        }, Isa.Scalar, weights.Length);
    };

    [Fact]
    public void Rows_cover_every_kernel_and_agree_with_the_peer()
    {
        var rows = new GemmBenchmark(threads: 1, Fast, ScalarInt8()).Run(new GemmShape(3, 17, 5));

        Assert.Equal(["f32", "f16w", "bf16w", "u8s8"], rows.Select(r => r.Kernel).ToArray());
        Assert.All(rows, r => Assert.True(r.Agrees, $"{r.Kernel}: max |Δ| {r.MaxAbsDiff}"));
        Assert.All(rows, r => Assert.True(r.CoexGops > 0 && r.PeerGops > 0));
        Assert.Equal(0, rows[3].MaxAbsDiff);
        Assert.Null(rows[0].VsCoexF32);
        Assert.NotNull(rows[3].VsCoexF32);
    }

    [Fact]
    public void A_wrong_int8_kernel_is_flagged()
    {
        var rows = new GemmBenchmark(threads: 1, Fast, ScalarInt8(wrong: true)).Run(new GemmShape(2, 9, 4));
        Assert.False(rows.Single(r => r.Kernel == "u8s8").Agrees);
        Assert.Equal(1, rows.Single(r => r.Kernel == "u8s8").MaxAbsDiff);
    }

    [Fact]
    public void Timer_gives_every_contender_its_calls()
    {
        int x = 0, y = 0;
        var times = InterleavedTimer.Measure([() => x++, () => y++], new TimingOptions(WarmupCalls: 1, MinSeconds: 0, MinCalls: 3, MaxCalls: 3, WarmupSeconds: 0));
        Assert.Equal(4, x);
        Assert.Equal(4, y);
        Assert.All(times, t => Assert.Equal(3, t.Calls));
    }
}
