using System.Diagnostics;
using System.Runtime.InteropServices;
using Coex.Bench.Onnx;
using Coex.Graphs;
using Coex.Kernels.Embedding;
using Coex.Onnx;
using Coex.Tensors;
using Microsoft.ML.OnnxRuntime;

namespace Coex.Bench;

/// <summary>One EmbeddingBag configuration, the way production kernel libraries report it.</summary>
/// <param name="Pooling">Ids per bag (every bag has exactly this many, as in FBGEMM's benchmark).</param>
/// <param name="IndexBits">32 or 64-bit ids and offsets (ONNX Runtime gets the same width).</param>
/// <param name="FlushCache">Also time with the caches flushed before every call (a 512 MiB buffer is rewritten).</param>
public sealed record EmbeddingBenchOptions(int Rows, int Dim, int Batch, int Pooling, EmbeddingPrecision Precision = EmbeddingPrecision.Int8,
    bool Weighted = false, bool Prefetch = true, bool FlushCache = false, int IndexBits = 32, int Threads = 1, int Seed = 1, int PrefetchDistance = 16)
{
    public void Validate()
    {
        if (Rows <= 0 || Dim <= 0 || Batch <= 0 || Pooling <= 0)
            throw new ArgumentException($"Rows ({Rows}), dim ({Dim}), batch ({Batch}) and pooling ({Pooling}) must be positive.");
        if (PrefetchDistance < 0)
            throw new ArgumentException($"The prefetch distance must not be negative; got {PrefetchDistance}.");
        if (IndexBits is not (32 or 64))
            throw new ArgumentException($"Index bits must be 32 or 64; got {IndexBits}.");
        if ((long)Rows * Dim > Array.MaxLength)
            throw new ArgumentException($"{Rows} × {Dim} floats exceed one .NET array (the fp32 source table); use fewer rows.");
        if ((long)Batch * Pooling > int.MaxValue / 2)
            throw new ArgumentException("Batch × pooling is too large.");
    }
}

/// <summary>Per-call time and traffic of one contender.</summary>
/// <param name="Bytes">Row bytes read per call (lookups × stored row size).</param>
public readonly record struct EmbeddingTiming(CallTime Time, long Bytes, long Lookups)
{
    public double GBPerSecond => Bytes / Time.MedianSeconds / 1e9;
    public double NsPerLookup => Time.MedianSeconds / Lookups * 1e9;
}

/// <summary>Coex against ONNX Runtime's Gather + ReduceSum (fp32) on the same ids, hot and optionally cache-flushed.</summary>
/// <param name="Roof">The machine's random-access roof (<see cref="RandomAccessRoof"/>) on the same threads, measured in the same run.</param>
public sealed record EmbeddingBenchResult(EmbeddingBenchOptions Options, int CoexRowBytes, EmbeddingTiming CoexHot, EmbeddingTiming OrtHot,
    EmbeddingTiming? CoexFlushed, EmbeddingTiming? OrtFlushed, double MaxAbsDifference, double ReferenceMagnitude, RandomAccessRoofResult Roof)
{
    /// <summary>Coex's row bytes/s as a fraction of the roof's random-line bytes/s (hot caches: can exceed 1 when the table fits in cache).</summary>
    public double HotFractionOfRoof => CoexHot.GBPerSecond / Roof.GBPerSecond;
    /// <summary>The same with caches flushed before every call: the figure to hold against the roof.</summary>
    public double? FlushedFractionOfRoof => CoexFlushed is { } c ? c.GBPerSecond / Roof.GBPerSecond : null;
    /// <summary>Coex's lookups/s (flushed when measured, else hot) as a fraction of the roof's random lines/s.</summary>
    public double LookupsFractionOfRoof => (CoexFlushed ?? CoexHot).Lookups / (CoexFlushed ?? CoexHot).Time.MedianSeconds / Roof.LinesPerSecond;

    /// <summary>ORT time ÷ Coex time with hot caches: above 1 means Coex is faster.</summary>
    public double HotSpeedup => OrtHot.Time.MedianSeconds / CoexHot.Time.MedianSeconds;
    public double? FlushedSpeedup => CoexFlushed is { } c && OrtFlushed is { } o ? o.Time.MedianSeconds / c.Time.MedianSeconds : null;
}

/// <summary>Measures <see cref="EmbeddingBag"/> against ONNX Runtime running Gather + ReduceSum on the fp32 table.</summary>
public static class EmbeddingBenchmark
{
    /// <summary>Bytes rewritten to flush the caches (beyond this machine class's last-level cache).</summary>
    public const long FlushBytes = 512L << 20;
    /// <summary>Timed calls per contender in flushed mode.</summary>
    public const int FlushedCalls = 15;

    public static unsafe EmbeddingBenchResult Run(EmbeddingBenchOptions o, TimingOptions? timing = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.Validate();
        int threads = Coex.Kernels.KernelThreads.Resolve(o.Threads);
        var rng = new Random(o.Seed);
        progress?.Invoke("building tables");
        var weights = new float[(long)o.Rows * o.Dim];
        for (long i = 0; i < weights.Length; i++)
            weights[i] = rng.NextSingle() * 2 - 1;
        using var table = EmbeddingTable.FromFloats("bench", weights, o.Rows, o.Dim, o.Precision);
        int lookups = o.Batch * o.Pooling;
        var ids32 = new int[lookups];
        for (int i = 0; i < lookups; i++)
            ids32[i] = rng.Next(o.Rows);
        var offsets32 = new int[o.Batch + 1];
        for (int b = 0; b <= o.Batch; b++)
            offsets32[b] = b * o.Pooling;
        var ids64 = ids32.Select(i => (long)i).ToArray();
        var offsets64 = offsets32.Select(i => (long)i).ToArray();
        var sampleWeights = o.Weighted ? Enumerable.Range(0, lookups).Select(_ => rng.NextSingle()).ToArray() : [];
        var coexOut = new float[o.Batch * o.Dim];
        var ortOut = new float[o.Batch * o.Dim];
        var bagOptions = new EmbeddingBagOptions { Threads = threads, Prefetch = o.Prefetch, PrefetchDistance = o.PrefetchDistance };
        Action coex = o.IndexBits == 32
            ? () => EmbeddingBag.Forward(table, ids32, offsets32, sampleWeights, EmbeddingPooling.Sum, coexOut, bagOptions)
            : () => EmbeddingBag.Forward(table, ids64, offsets64, sampleWeights, EmbeddingPooling.Sum, coexOut, bagOptions);

        progress?.Invoke("loading ONNX Runtime");
        using var ort = new OrtGatherSum(weights, o.Rows, o.Dim, o.Batch, o.Pooling, o.IndexBits, ids32, sampleWeights, ortOut, threads);
        coex();
        ort.Run();
        double maxDiff = 0, magnitude = 0;
        for (int i = 0; i < coexOut.Length; i++)
        {
            maxDiff = Math.Max(maxDiff, Math.Abs(coexOut[i] - ortOut[i]));
            magnitude = Math.Max(magnitude, Math.Abs(ortOut[i]));
        }

        progress?.Invoke("timing, caches hot");
        var hot = InterleavedTimer.Measure([coex, ort.Run], timing);
        long coexBytes = (long)lookups * table.RowBytes, ortBytes = (long)lookups * o.Dim * 4;
        EmbeddingTiming? coexFlushed = null, ortFlushed = null;
        if (o.FlushCache)
        {
            progress?.Invoke("timing, caches flushed before every call");
            var flushed = MeasureFlushed([coex, ort.Run]);
            coexFlushed = new EmbeddingTiming(flushed[0], coexBytes, lookups);
            ortFlushed = new EmbeddingTiming(flushed[1], ortBytes, lookups);
        }
        progress?.Invoke($"random-access roof ({RandomAccessRoof.DefaultBufferBytes >> 20} MiB buffer, {threads} thread(s))");
        var roof = RandomAccessRoof.Measure(threads);
        return new EmbeddingBenchResult(o, table.RowBytes, new EmbeddingTiming(hot[0], coexBytes, lookups), new EmbeddingTiming(hot[1], ortBytes, lookups),
            coexFlushed, ortFlushed, maxDiff, magnitude, roof);
    }

    /// <summary>Alternates the contenders, rewriting <see cref="FlushBytes"/> before each timed call; medians of the calls.</summary>
    private static unsafe CallTime[] MeasureFlushed(Action[] contenders)
    {
        byte* flush = (byte*)NativeMemory.AlignedAlloc((nuint)FlushBytes, 64);
        try
        {
            var times = contenders.Select(_ => new List<double>()).ToArray();
            byte value = 0;
            for (int i = 0; i < FlushedCalls; i++)
                for (int c = 0; c < contenders.Length; c++)
                {
                    NativeMemory.Fill(flush, (nuint)FlushBytes, value++);
                    long t0 = Stopwatch.GetTimestamp();
                    contenders[c]();
                    times[c].Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
                }
            return [.. times.Select(Summarize)];
        }
        finally
        {
            NativeMemory.AlignedFree(flush);
        }
    }

    private static CallTime Summarize(List<double> s)
    {
        s.Sort();
        double median = s.Count % 2 == 1 ? s[s.Count / 2] : 0.5 * (s[s.Count / 2 - 1] + s[s.Count / 2]);
        return new CallTime(median, s[0], s.Count, s[Math.Clamp((int)Math.Ceiling(0.99 * s.Count) - 1, 0, s.Count - 1)]);
    }

    /// <summary>
    /// ONNX Runtime computing the same bags as ONNX can express them: <c>Gather(table, ids[B, L])</c> → [B, L, D]
    /// (times <c>weights[B, L, 1]</c> when weighted) → <c>ReduceSum(axis 1)</c> → [B, D]. The fp32 table is an input
    /// bound to the benchmark's array (no copy, no 2 GB protobuf limit); the output is pre-bound.
    /// </summary>
    private sealed class OrtGatherSum : IDisposable
    {
        private readonly InferenceSession _session;
        private readonly RunOptions _runOptions = new();
        private readonly OrtValue[] _inputs, _outputs;
        private readonly string[] _inputNames, _outputNames = ["pooled"];

        public OrtGatherSum(float[] table, int rows, int dim, int batch, int pooling, int indexBits, int[] ids, float[] weights, float[] output, int threads)
        {
            bool weighted = weights.Length > 0;
            var g = new Graph { Name = "embedding_bag_gather_sum" };
            g.OpsetImports.Add(new OpsetImport("", 17));
            var t = new Value("table", DType.F32, [Dim.Known(rows), Dim.Known(dim)]);
            var idx = new Value("ids", indexBits == 32 ? DType.I32 : DType.I64, [Dim.Known(batch), Dim.Known(pooling)]);
            g.Inputs.Add(t);
            g.Inputs.Add(idx);
            var gathered = g.AddNode("Gather", [t, idx], [new Value("rows", DType.F32)], name: "gather").Outputs[0]!;
            if (weighted)
            {
                var w = new Value("weights", DType.F32, [Dim.Known(batch), Dim.Known(pooling), Dim.Known(1)]);
                g.Inputs.Add(w);
                gathered = g.AddNode("Mul", [gathered, w], [new Value("weighted", DType.F32)], name: "mul").Outputs[0]!;
            }
            var axes = g.AddInitializer("axes", Tensor.FromSpan<long>([1L], 1));
            var pooled = g.AddNode("ReduceSum", [gathered, axes], [new Value("pooled", DType.F32)], name: "reduce");
            pooled.Attributes.Add(NodeAttribute.Int("keepdims", 0));
            g.Outputs.Add(pooled.Outputs[0]!);
            ShapeInference.InferShapes(g);
            using var options = OrtGemm.CreateOptions(threads);
            options.LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL;
            _session = new InferenceSession(OnnxExporter.ToBytes(g), options);
            var inputs = new List<OrtValue>
            {
                OrtValue.CreateTensorValueFromMemory(table, [rows, dim]),
                indexBits == 32
                    ? OrtValue.CreateTensorValueFromMemory(ids, [batch, pooling])
                    : OrtValue.CreateTensorValueFromMemory(ids.Select(i => (long)i).ToArray(), [batch, pooling]),
            };
            if (weighted)
                inputs.Add(OrtValue.CreateTensorValueFromMemory(weights, [batch, pooling, 1]));
            _inputs = [.. inputs];
            _inputNames = weighted ? ["table", "ids", "weights"] : ["table", "ids"];
            _outputs = [OrtValue.CreateTensorValueFromMemory(output, [batch, dim])];
        }

        public void Run() => _session.Run(_runOptions, _inputNames, _inputs, _outputNames, _outputs);

        public void Dispose()
        {
            _session.Dispose();
            _runOptions.Dispose();
            foreach (var v in _inputs) v.Dispose();
            foreach (var v in _outputs) v.Dispose();
        }
    }
}
