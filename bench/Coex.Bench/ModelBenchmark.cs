using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;
using Microsoft.ML.OnnxRuntime;

namespace Coex.Bench;

/// <summary>
/// One model timed in Coex and in ONNX Runtime: same ONNX bytes, same seeded inputs, same thread count, one process.
/// </summary>
/// <param name="Model">The model's name (built-in name or file path).</param>
/// <param name="Batch">The batch size (first input dimension) measured.</param>
/// <param name="Threads">Intra-op threads each engine used.</param>
/// <param name="OutputsMatch">True when every output of Coex is within |c − o| ≤ <see cref="ModelBenchmark.Atol"/> + <see cref="ModelBenchmark.Rtol"/>·|o| of ORT's.</param>
/// <param name="MaxAbsDifference">Largest |Coex − ORT| over all output elements.</param>
/// <param name="Coex">Coex <c>InferenceSession.Run</c> per-call time.</param>
/// <param name="Ort">ONNX Runtime <c>InferenceSession.Run</c> per-call time.</param>
public sealed record ModelBenchResult(string Model, int Batch, int Threads, bool OutputsMatch, double MaxAbsDifference, CallTime Coex, CallTime Ort)
{
    /// <summary>ORT median latency ÷ Coex median latency: above 1 means Coex is faster.</summary>
    public double Speedup => Ort.MedianSeconds / Coex.MedianSeconds;
}

/// <summary>End-to-end latency of a whole model in Coex against ONNX Runtime (fp32 inputs).</summary>
public static class ModelBenchmark
{
    /// <summary>Relative tolerance of the output check (reorderings of fp32 sums across engines differ at this level).</summary>
    public const double Rtol = 1e-3;

    /// <summary>Absolute tolerance of the output check.</summary>
    public const double Atol = 1e-4;

    /// <summary>
    /// The ONNX bytes of <paramref name="model"/>: a built-in model (<see cref="BuiltinModels"/>) built at
    /// <paramref name="batch"/> and exported, or the file at that path.
    /// </summary>
    public static byte[] LoadModelBytes(string model, int batch)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!File.Exists(model) && BuiltinModels.Names.Contains(model, StringComparer.OrdinalIgnoreCase))
            return OnnxExporter.ToBytes(BuiltinModels.Create(model.ToLowerInvariant(), batch));
        if (!File.Exists(model))
            throw new ArgumentException($"'{model}' is neither an ONNX file nor a built-in model ({string.Join(", ", BuiltinModels.Names)}).", nameof(model));
        return File.ReadAllBytes(model);
    }

    /// <summary>
    /// Loads <paramref name="modelBytes"/> in both engines, feeds both the same uniform [−1, 1) inputs drawn from
    /// <paramref name="seed"/> (symbolic first dimensions set to <paramref name="batch"/>, other symbolic ones to 1),
    /// compares the outputs, then times both by taking turns.
    /// </summary>
    /// <remarks><paramref name="optimization"/> sets Coex's graph passes; ORT always runs with all of its own.</remarks>
    /// <exception cref="NotSupportedException">A model input is not float32.</exception>
    public static ModelBenchResult Run(string name, byte[] modelBytes, int batch, int threads, int seed = 0, TimingOptions? timing = null,
        Runtime.OptimizationLevel optimization = Runtime.OptimizationLevel.All)
    {
        ArgumentNullException.ThrowIfNull(modelBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        int resolvedThreads = threads == 0 ? Environment.ProcessorCount : threads;
        var coex = new Runtime.InferenceSession(modelBytes, new Runtime.SessionOptions { Threads = resolvedThreads, OptimizationLevel = optimization });
        using var ortOptions = Onnx.OrtGemm.CreateOptions(resolvedThreads);
        ortOptions.LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL;
        using var ort = new InferenceSession(modelBytes, ortOptions);

        var coexInputs = RandomInputs(coex, batch, seed);
        var ortValues = new List<OrtValue>();
        try
        {
            foreach (var meta in coex.InputMetadata)
            {
                var input = coexInputs[meta.Name];
                ortValues.Add(OrtValue.CreateTensorValueFromMemory(input.AsSpan<float>().ToArray(), [.. input.Shape.ToArray().Select(d => (long)d)]));
            }
            string[] inputNames = [.. coex.InputMetadata.Select(m => m.Name)];
            string[] outputNames = [.. coex.OutputNames];
            using var runOptions = new RunOptions();

            var coexOut = coex.Run(coexInputs);
            bool match = true;
            double maxDiff = 0;
            using (var ortOut = ort.Run(runOptions, inputNames, ortValues, outputNames))
            {
                for (int o = 0; o < outputNames.Length; o++)
                {
                    var expected = ortOut[o].GetTensorDataAsSpan<float>();
                    var actual = coexOut[outputNames[o]].AsSpan<float>();
                    if (expected.Length != actual.Length)
                    {
                        match = false;
                        maxDiff = double.PositiveInfinity;
                        continue;
                    }
                    for (int i = 0; i < actual.Length; i++)
                    {
                        double diff = Math.Abs((double)actual[i] - expected[i]);
                        maxDiff = Math.Max(maxDiff, diff);
                        if (!(diff <= Atol + Rtol * Math.Abs(expected[i])))
                            match = false;
                    }
                }
            }

            var times = InterleavedTimer.Measure(
            [
                () => coex.Run(coexInputs).Dispose(),
                () => ort.Run(runOptions, inputNames, ortValues, outputNames).Dispose(),
            ], timing);
            return new ModelBenchResult(name, FedBatch(coexInputs, batch), resolvedThreads, match, maxDiff, times[0], times[1]);
        }
        finally
        {
            foreach (var v in ortValues)
                v.Dispose();
        }
    }

    /// <summary>
    /// Coex's time per op type on <paramref name="modelBytes"/> (the session's own profiler), averaged over
    /// <paramref name="runs"/> runs after a warm-up, largest first: where a model's time goes.
    /// </summary>
    public static IReadOnlyList<(string Op, int CallsPerRun, double MsPerRun)> ProfileCoex(byte[] modelBytes, int batch, int threads, int runs = 100, int seed = 0,
        Runtime.OptimizationLevel optimization = Runtime.OptimizationLevel.All)
    {
        ArgumentNullException.ThrowIfNull(modelBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var session = new Runtime.InferenceSession(modelBytes, new Runtime.SessionOptions { Threads = threads, OptimizationLevel = optimization, EnableProfiling = true });
        var inputs = RandomInputs(session, batch, seed);
        // Warm up for a while, not a few calls: the JIT promotes hot methods to optimized code only after ~100 ms of
        // steady calls, and vector kernels run many times slower before that.
        var warming = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 5 || warming.Elapsed < TimeSpan.FromSeconds(0.5); i++)
            session.Run(inputs);
        var warmUp = session.Profile;
        for (int i = 0; i < runs; i++)
            session.Run(inputs);
        return [.. session.Profile
            .Select(p => (p.Key, (p.Value.Calls - warmUp[p.Key].Calls) / runs, (p.Value.Time - warmUp[p.Key].Time).TotalMilliseconds / runs))
            .OrderByDescending(p => p.Item3)];
    }

    /// <summary>
    /// The batch the model ran at: the first dimension of its first input. A file with a fixed first dimension runs at
    /// that size whatever <paramref name="requested"/> says.
    /// </summary>
    private static int FedBatch(Dictionary<string, Tensor> inputs, int requested) =>
        inputs.Values.FirstOrDefault() is { Rank: > 0 } first ? first.Shape[0] : requested;

    /// <summary>Uniform [−1, 1) float inputs for every input of <paramref name="session"/>; symbolic first dimensions are <paramref name="batch"/>, other symbolic ones 1.</summary>
    private static Dictionary<string, Tensor> RandomInputs(Runtime.InferenceSession session, int batch, int seed)
    {
        var rng = new Random(seed);
        var inputs = new Dictionary<string, Tensor>();
        foreach (var meta in session.InputMetadata)
        {
            if (meta.ElementType is not DType.F32)
                throw new NotSupportedException($"Input '{meta.Name}' is {meta.ElementType?.ToString() ?? "of unknown type"}; the model benchmark feeds float32 inputs only.");
            var dims = meta.Shape?.Select((d, i) => d.Size ?? (i == 0 ? batch : 1)).ToArray()
                ?? throw new NotSupportedException($"Input '{meta.Name}' has unknown rank.");
            var data = new float[dims.Aggregate(1L, (a, b) => a * b)];
            for (int i = 0; i < data.Length; i++)
                data[i] = (float)(rng.NextDouble() * 2 - 1);
            inputs[meta.Name] = Tensor.FromSpan<float>(data, dims);
        }
        return inputs;
    }
}
