using Coex.Bench.Onnx;
using Coex.Kernels.Embedding;
using Coex.RecSys;
using Microsoft.ML.OnnxRuntime;

namespace Coex.Bench;

/// <summary>Latency and throughput of one (precision, batch) point: Coex's RecSysSession against ORT on the exported fp32 model.</summary>
/// <param name="Lookups">Embedding lookups per call (the same ids for both; ORT also reads the padding slots).</param>
/// <param name="CoexBytes">Embedding row bytes Coex reads per call; <paramref name="OrtBytes"/> the fp32 bytes ORT gathers, padding included.</param>
public sealed record RecSysBenchRow(string Config, EmbeddingPrecision Precision, int Batch, int Threads, CallTime Coex, CallTime Ort,
    double Lookups, double CoexBytes, double OrtBytes, double MaxAbsDifference, MergedBenchPoint? Merged = null)
{
    public double Speedup => Ort.MedianSeconds / Coex.MedianSeconds;
    public double CoexRequestsPerSecond => Batch / Coex.MedianSeconds;
    public double OrtRequestsPerSecond => Batch / Ort.MedianSeconds;
    public double CoexLookupsPerSecond => Lookups / Coex.MedianSeconds;
    public double CoexGBPerSecond => CoexBytes / Coex.MedianSeconds / 1e9;
    public double OrtGBPerSecond => OrtBytes / Ort.MedianSeconds / 1e9;
}

/// <summary>
/// The same precision and batch served on the merge plan's tables, timed in the same interleaved turns as the unmerged
/// session: lookups and row bytes per call, table bytes of both sessions, and max |Δp| against the unmerged session.
/// </summary>
public sealed record MergedBenchPoint(CallTime Time, double Lookups, double Bytes, long TableBytes, long UnmergedTableBytes, double MaxAbsDifference)
{
    public double ExtraMemoryFraction => (double)TableBytes / UnmergedTableBytes - 1;
}

/// <summary>Model quality of one serving precision on held-out data of the generator the model was trained on.</summary>
public sealed record RecSysQualityRow(EmbeddingPrecision Precision, double LogLoss, double NormalizedEntropy, double Auc, double NeRelativeToF32, long EmbeddingBytes);

/// <summary>The whole <c>coex recsys bench</c> run.</summary>
public sealed record RecSysBenchResult(DlrmConfig Config, int Threads, IReadOnlyList<RecSysBenchRow> Rows, IReadOnlyList<RecSysQualityRow> Quality, int TrainSteps,
    MergePlan? Plan = null);

/// <summary>
/// DLRM end to end: the same model (config, seeded weights) served by Coex's <see cref="RecSysSession"/> at each
/// precision and by ONNX Runtime running <see cref="DlrmExport"/>'s fp32 graph, same requests, same threads, taking
/// turns. Requests cycle through a pool of generated batches so successive calls touch different rows.
/// </summary>
public static class RecSysBenchmark
{
    /// <summary>Distinct request batches each contender cycles through.</summary>
    public const int RequestPool = 16;

    /// <param name="trainSteps">Steps of batch-256 training before measuring (0 = untrained weights); quality is reported when positive.</param>
    /// <param name="mergeBudget">When set: also serve every precision on a <see cref="CartesianMergePlanner"/> plan with this
    /// much extra memory (fraction of the fp32 tables), timed in the same turns as the unmerged session and ORT.</param>
    public static RecSysBenchResult Run(DlrmConfig config, IReadOnlyList<EmbeddingPrecision> precisions, IReadOnlyList<int> batches, int threads,
        int trainSteps, TimingOptions? timing = null, Action<string>? progress = null, int seed = 1, double? mergeBudget = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        int n = Coex.Kernels.KernelThreads.Resolve(threads);
        progress?.Invoke($"building DLRM '{config.Name}' ({config.TotalRows:N0} rows)");
        var data = new ClickLogGenerator(config, seed);
        var model = new DlrmModel(config, seed + 1);
        if (trainSteps > 0)
            DlrmTrainer.Train(model, data, trainSteps, 256, threads: n, progress: (s, _) => { if (s % 20 == 0) progress?.Invoke($"training step {s}/{trainSteps}"); });
        var quality = new List<RecSysQualityRow>();
        var sessions = precisions.Distinct().ToDictionary(p => p, p => new RecSysSession(model, p, batches.Max(), n));
        var plan = mergeBudget is { } budget ? CartesianMergePlanner.Plan(RecSysConfig.FromDlrm(config), budget) : null;
        if (plan is not null)
            progress?.Invoke($"building merged tables ({plan.Merged.Count()} products)");
        var mergedSessions = plan is null ? new Dictionary<EmbeddingPrecision, RecSysSession>() : precisions.Distinct().ToDictionary(p => p, p => new RecSysSession(model, p, plan, batches.Max(), n));
        try
        {
            if (trainSteps > 0)
            {
                progress?.Invoke("held-out quality");
                var heldOut = data.Next(16384);
                using var reference = new RecSysSession(model, EmbeddingPrecision.F32, 256, n);
                double f32Ne = ClickMetrics.NormalizedEntropy(reference.Predict(heldOut), heldOut.Labels);
                foreach (var (p, s) in sessions)
                {
                    var prob = s.Predict(heldOut);
                    double ne = ClickMetrics.NormalizedEntropy(prob, heldOut.Labels);
                    quality.Add(new RecSysQualityRow(p, ClickMetrics.LogLoss(prob, heldOut.Labels), ne, ClickMetrics.Auc(prob, heldOut.Labels), ne / f32Ne - 1, s.EmbeddingBytes));
                }
            }
            progress?.Invoke("exporting to ONNX and loading ONNX Runtime");
            var bytes = DlrmExport.ToBytes(model);
            using var options = OrtGemm.CreateOptions(n);
            options.LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL;
            using var ort = new InferenceSession(bytes, options);
            bytes = null;
            var rows = new List<RecSysBenchRow>();
            foreach (int batch in batches)
            {
                var pool = Enumerable.Range(0, RequestPool).Select(_ => data.Next(batch)).ToArray();
                var ortInputs = pool.Select(b => OrtInputs(config, b)).ToArray();
                using var runOptions = new RunOptions();
                string[] inputNames = ["dense", .. Enumerable.Range(0, config.Tables).Select(t => $"ids_{t}")];
                string[] outputNames = ["probability"];
                double lookups = pool.Average(b => (double)b.Indices.Length);
                double ortSlots = Enumerable.Range(0, config.Tables).Sum(t => (double)config.MaxPooling(t)) * batch;
                try
                {
                    foreach (var (precision, session) in sessions)
                    {
                        progress?.Invoke($"{precision}, batch {batch}");
                        // Outputs agree? (Coex at this precision vs ORT fp32 on the first request batch.)
                        var coexP = session.Run(pool[0].Dense, pool[0].Indices, pool[0].Offsets).ToArray();
                        double maxDiff;
                        using (var ortOut = ort.Run(runOptions, inputNames, ortInputs[0], outputNames))
                        {
                            var ortP = ortOut[0].GetTensorDataAsSpan<float>();
                            maxDiff = 0;
                            for (int i = 0; i < coexP.Length; i++)
                                maxDiff = Math.Max(maxDiff, Math.Abs(coexP[i] - ortP[i]));
                        }
                        int ci = 0, oi = 0, mi = 0;
                        var merged = mergedSessions.GetValueOrDefault(precision);
                        List<Action> contenders =
                        [
                            () => { var b = pool[ci++ % RequestPool]; session.Run(b.Dense, b.Indices, b.Offsets); },
                            () => { using var r = ort.Run(runOptions, inputNames, ortInputs[oi++ % RequestPool], outputNames); },
                        ];
                        if (merged is not null)
                            contenders.Add(() => { var b = pool[mi++ % RequestPool]; merged.Run(b.Dense, b.Indices, b.Offsets); });
                        var times = InterleavedTimer.Measure(contenders, timing);
                        double coexBytes = pool.Average(b => CoexBytes(session, b));
                        MergedBenchPoint? point = null;
                        if (merged is not null)
                        {
                            double mergedLookups = 0, mergedBytes = 0, mergedDiff = 0;
                            foreach (var b in pool)
                            {
                                var expected = session.Run(b.Dense, b.Indices, b.Offsets).ToArray();
                                var actual = merged.Run(b.Dense, b.Indices, b.Offsets);
                                for (int i = 0; i < expected.Length; i++)
                                    mergedDiff = Math.Max(mergedDiff, Math.Abs(expected[i] - actual[i]));
                                mergedLookups += merged.LastLookups;
                                mergedBytes += MergedBytes(merged, b);
                            }
                            point = new MergedBenchPoint(times[2], mergedLookups / RequestPool, mergedBytes / RequestPool, merged.EmbeddingBytes, session.EmbeddingBytes, mergedDiff);
                        }
                        rows.Add(new RecSysBenchRow(config.Name, precision, batch, n, times[0], times[1], lookups, coexBytes,
                            ortSlots * config.EmbeddingDim * 4, maxDiff, point));
                    }
                }
                finally
                {
                    foreach (var list in ortInputs)
                        foreach (var v in list) v.Dispose();
                }
            }
            return new RecSysBenchResult(config, n, rows, quality, trainSteps, plan);
        }
        finally
        {
            foreach (var s in sessions.Values) s.Dispose();
            foreach (var s in mergedSessions.Values) s.Dispose();
        }
    }

    /// <summary>Row bytes a merged session reads for <paramref name="batch"/>: one row of a product per request, each id of a single table.</summary>
    private static double MergedBytes(RecSysSession session, ClickBatch batch)
    {
        var groups = session.Plan!.Groups;
        double bytes = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            int t = groups[g].Tables[0];
            double rows = groups[g].IsMerged ? batch.Batch : batch.Offsets[(t + 1) * batch.Batch] - batch.Offsets[t * batch.Batch];
            bytes += rows * session.Tables[g].RowBytes;
        }
        return bytes;
    }

    /// <summary>Row bytes Coex reads for <paramref name="batch"/>: each lookup reads its table's stored row.</summary>
    private static double CoexBytes(RecSysSession session, ClickBatch batch)
    {
        double bytes = 0;
        for (int t = 0; t < batch.Tables; t++)
            bytes += (double)(batch.Offsets[(t + 1) * batch.Batch] - batch.Offsets[t * batch.Batch]) * session.Tables[t].RowBytes;
        return bytes;
    }

    private static OrtValue[] OrtInputs(DlrmConfig config, ClickBatch batch)
    {
        var inputs = DlrmExport.Inputs(config, batch);
        var values = new OrtValue[config.Tables + 1];
        values[0] = OrtValue.CreateTensorValueFromMemory(batch.Dense, [batch.Batch, config.DenseFeatures]);
        for (int t = 0; t < config.Tables; t++)
            values[t + 1] = OrtValue.CreateTensorValueFromMemory(inputs[$"ids_{t}"].AsSpan<long>().ToArray(), [batch.Batch, config.MaxPooling(t)]);
        return values;
    }
}
