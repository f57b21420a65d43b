using Coex.Kernels.Embedding;
using Coex.RecSys;
using Xunit.Abstractions;

namespace Coex.Tests.RecSys;

public class MergedEmbeddingBagsTests(ITestOutputHelper output)
{
    private static readonly RecSysConfig Config = CartesianMergeTests.Config((3, 4, 1), (4, 8, 1), (10, 4, 1), (7, 3, 2), (60, 5, 1), (2, 16, 1), (300, 4, 1), (5, 3, 1));

    private static (long[][] Indices, long[][] Offsets) Batch(Random rng, RecSysConfig config, int batch)
    {
        var indices = new long[config.Tables.Count][];
        var offsets = new long[config.Tables.Count][];
        for (int t = 0; t < config.Tables.Count; t++)
        {
            var spec = config.Tables[t];
            var ids = new List<long>();
            offsets[t] = new long[batch + 1];
            for (int b = 0; b < batch; b++)
            {
                int n = spec.IsOneHot ? 1 : rng.Next(0, 5);
                for (int k = 0; k < n; k++)
                    ids.Add(rng.Next((int)spec.Rows));
                offsets[t][b + 1] = ids.Count;
            }
            indices[t] = [.. ids];
        }
        return (indices, offsets);
    }

    /// <summary>The pooled values of table t, sample b, read out of an output laid out by <paramref name="bags"/>.</summary>
    private static float[] Feature(MergedEmbeddingBags bags, float[] y, int b, int t) =>
        y.AsSpan(b * bags.OutputWidth + bags.ColumnOfTable[t], bags.Plan.Config.Tables[t].Dim).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(256)]
    public void Fp32_merged_batch_equals_the_unmerged_batch(int batch)
    {
        var rng = new Random(batch);
        var weights = Config.Tables.Select(t => TestData.Floats(rng, (int)(t.Rows * t.Dim))).ToArray();
        using var merged = new MergedEmbeddingBags(new MergedTables(CartesianMergePlanner.Plan(Config, 0.5), weights), EmbeddingPrecision.F32);
        using var plain = new MergedEmbeddingBags(new MergedTables(CartesianMergePlanner.Plan(Config, 0), weights), EmbeddingPrecision.F32);
        Assert.True(merged.Plan.Merged.Any());
        var (indices, offsets) = Batch(rng, Config, batch);
        var a = new float[batch * merged.OutputWidth];
        var b = new float[batch * plain.OutputWidth];
        long mergedLookups = merged.Forward(indices, offsets, batch, a);
        long plainLookups = plain.Forward(indices, offsets, batch, b);
        Assert.Equal(plainLookups - (long)batch * merged.Plan.Merged.Sum(g => g.Tables.Count - 1), mergedLookups);
        for (int s = 0; s < batch; s++)
            for (int t = 0; t < Config.Tables.Count; t++)
                Assert.Equal(Feature(plain, b, s, t), Feature(merged, a, s, t));
    }

    [Theory]
    [InlineData(EmbeddingPrecision.Int8)]
    [InlineData(EmbeddingPrecision.Int4)]
    public void Quantized_merged_rows_stay_within_the_format_bound_of_the_merged_row(EmbeddingPrecision precision)
    {
        var rng = new Random(9);
        var weights = Config.Tables.Select(t => TestData.Floats(rng, (int)(t.Rows * t.Dim))).ToArray();
        var mergedTables = new MergedTables(CartesianMergePlanner.Plan(Config, 0.5), weights);
        using var merged = new MergedEmbeddingBags(mergedTables, precision);
        using var plain = new MergedEmbeddingBags(new MergedTables(CartesianMergePlanner.Plan(Config, 0), weights), precision);
        const int batch = 64;
        var (indices, offsets) = Batch(rng, Config, batch);
        var a = new float[batch * merged.OutputWidth];
        var b = new float[batch * plain.OutputWidth];
        merged.Forward(indices, offsets, batch, a);
        plain.Forward(indices, offsets, batch, b);
        double mergedError = 0, plainError = 0;
        int count = 0;
        foreach (var group in merged.Plan.Merged)
        {
            for (int s = 0; s < batch; s++)
            {
                var memberIds = group.Tables.Select(t => indices[t][offsets[t][s]]).ToArray();
                long row = MergedTables.MergedIndex(group, Config.Tables, memberIds);
                var exactRow = mergedTables.GroupWeights(merged.Plan.Groups.ToList().IndexOf(group)).Slice((int)(row * group.Dim), group.Dim);
                float bound = RowWiseQuantization.ErrorBound(precision, exactRow.ToArray().Min(), exactRow.ToArray().Max());
                foreach (int t in group.Tables)
                {
                    var exact = weights[t].AsSpan((int)(indices[t][offsets[t][s]] * Config.Tables[t].Dim), Config.Tables[t].Dim).ToArray();
                    var got = Feature(merged, a, s, t);
                    var unmerged = Feature(plain, b, s, t);
                    for (int d = 0; d < exact.Length; d++)
                    {
                        Assert.True(Math.Abs(got[d] - exact[d]) <= bound, $"{precision} table {t} sample {s} element {d}: {got[d]} vs {exact[d]}, bound {bound}.");
                        mergedError += Math.Abs(got[d] - exact[d]);
                        plainError += Math.Abs(unmerged[d] - exact[d]);
                        count++;
                    }
                }
            }
        }
        output.WriteLine($"{precision}: mean |error| of merged features {mergedError / count:E2}, same features unmerged {plainError / count:E2}");
    }

    [Fact]
    public void Bad_batches_are_refused_naming_the_table()
    {
        var rng = new Random(2);
        var weights = Config.Tables.Select(t => TestData.Floats(rng, (int)(t.Rows * t.Dim))).ToArray();
        using var merged = new MergedEmbeddingBags(new MergedTables(CartesianMergePlanner.Plan(Config, 0.5), weights), EmbeddingPrecision.F32);
        var (indices, offsets) = Batch(rng, Config, 4);
        var y = new float[4 * merged.OutputWidth];
        var group = merged.Plan.Merged.First();
        int member = group.Tables[0];
        indices[member][2] = Config.Tables[member].Rows;
        Assert.Contains($"'{Config.Tables[member].Name}'", Assert.Throws<ArgumentOutOfRangeException>(() => merged.Forward(indices, offsets, 4, y)).Message);
        indices[member][2] = 0;
        int unmergedTable = merged.Plan.Groups.First(g => !g.IsMerged).Tables[0];
        if (indices[unmergedTable].Length > 0)
        {
            indices[unmergedTable][0] = -1;
            Assert.ThrowsAny<ArgumentException>(() => merged.Forward(indices, offsets, 4, y));
            indices[unmergedTable][0] = 0;
        }
        offsets[member] = [0, 1, 1, 2, 4]; // sample 1 has no id, sample 3 has two
        Assert.Contains("one-hot", Assert.Throws<ArgumentException>(() => merged.Forward(indices, offsets, 4, y)).Message);
        Assert.Throws<ArgumentException>(() => merged.Forward(indices, offsets, 5, y));
    }
}
