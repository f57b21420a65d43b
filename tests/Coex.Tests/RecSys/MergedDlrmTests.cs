using Coex.Kernels.Embedding;
using Coex.RecSys;

namespace Coex.Tests.RecSys;

/// <summary>End to end: a trained-shape DLRM gives the same click probabilities with merged tables as without.</summary>
public class MergedDlrmTests
{
    [Fact]
    public void Merged_dlrm_predicts_what_the_unmerged_model_predicts()
    {
        var dlrm = DlrmConfig.Small;
        var model = new DlrmModel(dlrm, seed: 3);
        var batch = new ClickLogGenerator(dlrm, seed: 4).Next(64);
        var config = RecSysConfig.FromDlrm(dlrm);
        var mergedPlan = CartesianMergePlanner.Plan(config, 0.10);
        Assert.True(mergedPlan.Merged.Count() >= 2, "The test needs merged tables.");

        using var merged = new MergedDlrm(model, mergedPlan);
        using var unmerged = new MergedDlrm(model, CartesianMergePlanner.Plan(config, 0));
        var p = merged.Predict(batch);
        var q = unmerged.Predict(batch);
        // Same pooled embeddings (fp32 merged rows are copies), same arithmetic after: bitwise equal.
        Assert.Equal(q, p);
        Assert.Equal(unmerged.LastLookups - 64L * mergedPlan.Merged.Sum(g => g.Tables.Count - 1), merged.LastLookups);

        // And both agree with the training engine's forward pass (different summation order: tolerance).
        var reference = model.Predict(batch);
        for (int i = 0; i < reference.Length; i++)
            Assert.True(Math.Abs(p[i] - reference[i]) <= 1e-5f, $"sample {i}: merged {p[i]}, training engine {reference[i]}.");
    }

    [Fact]
    public void Int8_merged_dlrm_stays_close_to_fp32()
    {
        var dlrm = DlrmConfig.Small;
        var model = new DlrmModel(dlrm, seed: 5);
        var batch = new ClickLogGenerator(dlrm, seed: 6).Next(128);
        var config = RecSysConfig.FromDlrm(dlrm);
        var plan = CartesianMergePlanner.Plan(config, 0.10, rowBytes: RecSysPlan.RowBytes(EmbeddingPrecision.Int8));
        using var int8 = new MergedDlrm(model, plan, EmbeddingPrecision.Int8);
        var reference = model.Predict(batch);
        var p = int8.Predict(batch);
        double worst = reference.Zip(p).Max(x => Math.Abs(x.First - x.Second));
        Assert.True(worst < 2e-3, $"int8 merged tables move a probability by {worst}.");
    }

    [Fact]
    public void A_plan_for_other_tables_is_refused()
    {
        var model = new DlrmModel(DlrmConfig.Small, seed: 1);
        var e = Assert.Throws<ArgumentException>(() => new MergedDlrm(model, CartesianMergePlanner.Plan(RecSysConfig.Medium, 0)));
        Assert.Contains("model's table", e.Message);
    }
}
