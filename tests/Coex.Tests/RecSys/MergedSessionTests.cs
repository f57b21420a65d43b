using Coex.Kernels.Embedding;
using Coex.RecSys;

namespace Coex.Tests.RecSys;

public class MergedSessionTests
{
    private static (DlrmModel Model, ClickBatch Batch, MergePlan Plan) Setup(InteractionKind interaction)
    {
        var config = DlrmConfig.Small with { Interaction = interaction };
        var data = new ClickLogGenerator(config, seed: 7);
        var model = new DlrmModel(config, seed: 8);
        DlrmTrainer.Train(model, data, steps: 5, batchSize: 64, threads: 1);
        var plan = CartesianMergePlanner.Plan(RecSysConfig.FromDlrm(config), 0.10);
        Assert.True(plan.Merged.Count() >= 2, "the small config should have one-hot tables worth merging");
        return (model, data.Next(48), plan);
    }

    [Theory]
    [InlineData(InteractionKind.Dot)]
    [InlineData(InteractionKind.Concat)]
    public void Merged_fp32_session_is_bitwise_the_unmerged_one_with_fewer_lookups(InteractionKind interaction)
    {
        var (model, batch, plan) = Setup(interaction);
        using var plain = new RecSysSession(model, EmbeddingPrecision.F32, maxBatch: 48);
        using var merged = new RecSysSession(model, EmbeddingPrecision.F32, plan, maxBatch: 48);
        var expected = plain.Run(batch.Dense, batch.Indices, batch.Offsets).ToArray();
        var actual = merged.Run(batch.Dense, batch.Indices, batch.Offsets).ToArray();
        Assert.True(expected.Distinct().Count() > 10);
        Assert.Equal(expected, actual); // bitwise: a merged row is its members' rows side by side
        Assert.Equal(batch.Indices.Length, plain.LastLookups);
        int saved = plan.Merged.Sum(g => g.Tables.Count - 1) * batch.Batch;
        Assert.Equal(batch.Indices.Length - saved, merged.LastLookups);
        Assert.Equal(plan.Groups.Count, merged.Tables.Count);
        Assert.Same(plan, merged.Plan);
    }

    [Theory]
    [InlineData(EmbeddingPrecision.F16, 2e-3)]
    [InlineData(EmbeddingPrecision.Int8, 1e-2)]
    [InlineData(EmbeddingPrecision.Int4, 5e-2)]
    public void Merged_quantized_session_stays_close_to_unmerged(EmbeddingPrecision precision, double tolerance)
    {
        var (model, batch, plan) = Setup(InteractionKind.Dot);
        using var plain = new RecSysSession(model, precision, maxBatch: 48);
        using var merged = new RecSysSession(model, precision, plan, maxBatch: 48);
        var expected = plain.Run(batch.Dense, batch.Indices, batch.Offsets).ToArray();
        var actual = merged.Run(batch.Dense, batch.Indices, batch.Offsets).ToArray();
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"sample {i}: {expected[i]} vs {actual[i]}");
    }

    [Fact]
    public void Merged_session_allocates_nothing_per_run_after_warm_up()
    {
        var (model, batch, plan) = Setup(InteractionKind.Dot);
        using var session = new RecSysSession(model, EmbeddingPrecision.Int8, plan, maxBatch: 48, threads: 1);
        var one = RecSysSession.Slice(batch, 3, 1);
        long bytes = SteadyStateAllocation.FewestBytesPerRound(() =>
        {
            for (int i = 0; i < 20; i++)
            {
                session.Run(batch.Dense, batch.Indices, batch.Offsets);
                session.Run(one.Dense, one.Indices, one.Offsets);
            }
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Merged_session_refuses_bad_ids_and_wrong_plans_clearly()
    {
        var (model, batch, plan) = Setup(InteractionKind.Dot);
        using var session = new RecSysSession(model, EmbeddingPrecision.F32, plan, maxBatch: 48);
        // An out-of-range id in a merged (one-hot) member names that table.
        int member = plan.Merged.First().Tables[0];
        var ids = (int[])batch.Indices.Clone();
        ids[batch.Offsets[member * batch.Batch]] = 1_000_000;
        var e = Assert.Throws<EmbeddingIndexException>(() => session.Run(batch.Dense, ids, batch.Offsets));
        Assert.Contains($"C{member + 1}", e.Message);
        // A merged member with two ids in one bag cannot be looked up in the product table.
        var offsets = (int[])batch.Offsets.Clone();
        offsets[member * batch.Batch + 1]++;
        e = Assert.Throws<EmbeddingIndexException>(() => session.Run(batch.Dense, batch.Indices, offsets));
        Assert.Contains("merged", e.Message);
        // A plan for another model.
        var other = CartesianMergePlanner.Plan(RecSysConfig.FromDlrm(DlrmConfig.Medium), 0.10);
        Assert.Throws<ArgumentException>(() => new RecSysSession(model, EmbeddingPrecision.F32, other, maxBatch: 4));
    }
}
