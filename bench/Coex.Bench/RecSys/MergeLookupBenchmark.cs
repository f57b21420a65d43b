using Coex.Kernels.Embedding;
using Coex.RecSys;

namespace Coex.Bench.RecSys;

/// <summary>One measured configuration: the same batches pooled through the unmerged and the merged tables (lookups: of the last batch).</summary>
public sealed record MergeLookupResult(string Config, EmbeddingPrecision Precision, int Batch, int Threads,
    CallTime Unmerged, CallTime Merged, long UnmergedLookups, long MergedLookups, long UnmergedBytes, long MergedBytes)
{
    /// <summary>Unmerged time over merged time (above 1: merging is faster).</summary>
    public double Speedup => Unmerged.MedianSeconds / Merged.MedianSeconds;
}

/// <summary>
/// CPU latency of merged vs unmerged embedding lookups: random tables, Zipf-distributed ids (exponent 1.05, a common
/// fit to click logs), the same batches through both layouts in one <see cref="InterleavedTimer"/> run. Each call takes
/// the next of <see cref="DistinctRequests"/> requests' worth of distinct batches, so rows of large tables are not all
/// cache-hot from the previous call (hot Zipf ids and small tables stay cached, as they do in serving). The outputs are
/// checked to agree (exactly in fp32) before timing.
/// </summary>
public static class MergeLookupBenchmark
{
    /// <summary>Exponent of the Zipf law the ids follow.</summary>
    public const double ZipfExponent = 1.05;

    /// <summary>Requests generated in all (split into batches the calls cycle through).</summary>
    public const int DistinctRequests = 4096;

    public static MergeLookupResult Run(MergePlan plan, EmbeddingPrecision precision, int batch, int threads, int seed = 1, TimingOptions? timing = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        var config = plan.Config;
        var rng = new Random(seed);
        var weights = config.Tables.Select(t => RandomWeights(rng, checked((int)(t.Rows * t.Dim)))).ToArray();
        var unmergedPlan = CartesianMergePlanner.Plan(config, 0);
        using var unmerged = new MergedEmbeddingBags(new MergedTables(unmergedPlan, weights), precision);
        using var merged = new MergedEmbeddingBags(new MergedTables(plan, weights), precision);
        var batches = Enumerable.Range(0, Math.Max(1, DistinctRequests / batch)).Select(_ => Requests(rng, config, batch)).ToArray();
        var a = new float[batch * unmerged.OutputWidth];
        var b = new float[batch * merged.OutputWidth];
        var options = new EmbeddingBagOptions { Threads = threads };
        long unmergedLookups = 0, mergedLookups = 0;
        foreach (var (indices, offsets) in batches)
        {
            unmergedLookups = unmerged.Forward(indices, offsets, batch, a, options);
            mergedLookups = merged.Forward(indices, offsets, batch, b, options);
            if (precision == EmbeddingPrecision.F32)
                CheckSame(unmerged, a, merged, b, batch);
        }
        int nextA = 0, nextB = 0;
        var times = InterleavedTimer.Measure(
            [
                () => { var (i, o) = batches[nextA++ % batches.Length]; unmerged.Forward(i, o, batch, a, options); },
                () => { var (i, o) = batches[nextB++ % batches.Length]; merged.Forward(i, o, batch, b, options); },
            ],
            timing ?? TimingOptions.Default);
        return new MergeLookupResult(config.Name, precision, batch, threads, times[0], times[1], unmergedLookups, mergedLookups, unmerged.TableBytes, merged.TableBytes);
    }

    private static float[] RandomWeights(Random rng, int count)
    {
        var w = new float[count];
        for (int i = 0; i < count; i++)
            w[i] = (float)(rng.NextDouble() - 0.5) * 0.1f;
        return w;
    }

    /// <summary>A batch of requests: per table, each sample's bag of Zipf ids (pooling rounded stochastically), with bounds.</summary>
    public static (long[][] Indices, long[][] Offsets) Requests(Random rng, RecSysConfig config, int batch)
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
                int n = spec.IsOneHot ? 1 : (int)Math.Floor(spec.Pooling + rng.NextDouble());
                for (int k = 0; k < n; k++)
                    ids.Add(Zipf(rng, spec.Rows));
                offsets[t][b + 1] = ids.Count;
            }
            indices[t] = [.. ids];
        }
        return (indices, offsets);
    }

    /// <summary>
    /// An id in [0, n) with P(id = k) roughly ∝ (k + 1)^−s, by inverting the continuous power law's CDF, then scattered
    /// by a multiplicative hash so hot ids are not all at the start of the table.
    /// </summary>
    private static long Zipf(Random rng, long n)
    {
        double u = rng.NextDouble(), oneMinusS = 1 - ZipfExponent;
        double x = Math.Pow((Math.Pow(n + 1, oneMinusS) - 1) * u + 1, 1 / oneMinusS) - 1;
        long rank = Math.Clamp((long)x, 0, n - 1);
        return (long)((ulong)rank * 0x9E3779B97F4A7C15UL % (ulong)n);
    }

    private static void CheckSame(MergedEmbeddingBags x, float[] a, MergedEmbeddingBags y, float[] b, int batch)
    {
        var tables = x.Plan.Config.Tables;
        for (int s = 0; s < batch; s++)
        {
            for (int t = 0; t < tables.Count; t++)
            {
                var p = a.AsSpan(s * x.OutputWidth + x.ColumnOfTable[t], tables[t].Dim);
                var q = b.AsSpan(s * y.OutputWidth + y.ColumnOfTable[t], tables[t].Dim);
                if (!p.SequenceEqual(q))
                    throw new InvalidOperationException($"Merged and unmerged lookups disagree on table '{tables[t].Name}', sample {s}.");
            }
        }
    }
}
