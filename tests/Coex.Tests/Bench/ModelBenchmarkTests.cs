using Coex.Bench;

namespace Coex.Tests.Bench;

public class ModelBenchmarkTests
{
    [Theory]
    [InlineData("mlp", 2)]
    [InlineData("lenet", 1)]
    public void Builtin_model_matches_onnx_runtime_and_is_timed(string model, int batch)
    {
        var timing = new TimingOptions(WarmupCalls: 1, MinSeconds: 0, MinCalls: 3, MaxCalls: 3, SliceSeconds: 0, SettleSeconds: 0, WarmupSeconds: 0);
        var r = ModelBenchmark.Run(model, ModelBenchmark.LoadModelBytes(model, batch), batch, threads: 1, timing: timing);
        Assert.True(r.OutputsMatch, $"max |Δ| = {r.MaxAbsDifference}");
        Assert.Equal(3, r.Coex.Calls);
        Assert.Equal(3, r.Ort.Calls);
        Assert.True(r.Coex.P99Seconds >= r.Coex.MedianSeconds && r.Coex.MedianSeconds >= r.Coex.BestSeconds);
        Assert.True(r.Speedup > 0);
    }

    [Fact]
    public void A_fixed_batch_file_reports_the_batch_it_ran_at()
    {
        // The MLP exported at batch 3 has a fixed first dimension: asking for batch 1 still runs (and reports) 3.
        var bytes = ModelBenchmark.LoadModelBytes("mlp", 3);
        var timing = new TimingOptions(WarmupCalls: 1, MinSeconds: 0, MinCalls: 1, MaxCalls: 1, SliceSeconds: 0, SettleSeconds: 0, WarmupSeconds: 0);
        var r = ModelBenchmark.Run("mlp-b3", bytes, batch: 1, threads: 1, timing: timing);
        Assert.Equal(3, r.Batch);
    }

    [Fact]
    public void Unknown_model_name_is_refused_with_the_builtin_list()
    {
        var e = Assert.Throws<ArgumentException>(() => ModelBenchmark.LoadModelBytes("no-such-model", 1));
        Assert.Contains("lenet", e.Message);
    }
}
