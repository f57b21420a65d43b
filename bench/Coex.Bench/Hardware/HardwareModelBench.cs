using System.Diagnostics;
using Coex.Hardware;

namespace Coex.Bench.Hardware;

/// <summary>Result of <see cref="HardwareModelBench.Run"/>: evaluations per second on the calling thread and the
/// bytes it allocated while timing (the model is meant to allocate none).</summary>
public readonly record struct HardwareModelBenchResult(long Evaluations, double Seconds, long AllocatedBytes)
{
    public double EvaluationsPerSecond => Evaluations / Seconds;
}

/// <summary>
/// Throughput of the analytic systolic-array model on one thread: every (layer, dataflow, bit width) of a fixed
/// design-point sweep — the ResNet-18 convolution shapes and a DLRM-style MLP and embedding, on 8×8 to 256×256 arrays
/// in all three dataflows at 2–16 bits — evaluated round-robin for the requested time. Baseline: none; the target
/// is 200,000 evaluations per second so a search can score thousands of design points per second.
/// </summary>
public static class HardwareModelBench
{
    private static readonly LayerShape[] Layers =
    [
        LayerShape.Conv("conv1", 1, 3, 224, 224, 64, 7, 7, 2, 2, 3, 3),
        LayerShape.Conv("layer1", 1, 64, 56, 56, 64, 3, 3, padH: 1, padW: 1),
        LayerShape.Conv("layer2.down", 1, 64, 56, 56, 128, 3, 3, 2, 2, 1, 1),
        LayerShape.Conv("layer2", 1, 128, 28, 28, 128, 3, 3, padH: 1, padW: 1),
        LayerShape.Conv("layer3", 1, 256, 14, 14, 256, 3, 3, padH: 1, padW: 1),
        LayerShape.Conv("layer4", 1, 512, 7, 7, 512, 3, 3, padH: 1, padW: 1),
        LayerShape.Conv("dw", 1, 256, 14, 14, 256, 3, 3, padH: 1, padW: 1, groups: 256),
        LayerShape.Gemm("fc", 1, 1000, 512),
        LayerShape.Gemm("mlp", 128, 256, 512),
        LayerShape.Embedding("emb", 128 * 40, 64, 128),
    ];

    /// <summary>Evaluates the sweep for about <paramref name="seconds"/> on the calling thread.</summary>
    public static HardwareModelBenchResult Run(double seconds = 2)
    {
        var specs = new List<SystolicArraySpec>();
        foreach (int side in new[] { 8, 16, 32, 64, 128, 256 })
            foreach (var dataflow in new[] { Dataflow.OutputStationary, Dataflow.WeightStationary, Dataflow.InputStationary })
                specs.Add(AcceleratorPresets.TpuV1 with { Rows = side, Cols = side, Dataflow = dataflow, FilterSramKiB = 512, OfmapSramKiB = 4096 });
        var bits = new BitWidths[15];
        for (int b = 0; b < bits.Length; b++)
            bits[b] = new BitWidths(2 + b, 2 + (b * 7) % 15);

        long sink = 0;
        for (int i = 0; i < 20_000; i++) // warm up past tiered compilation
            sink += SystolicArrayModel.Evaluate(Layers[i % Layers.Length], bits[i % bits.Length], specs[i % specs.Count]).TotalCycles;

        long evaluations = 0, allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            // A batch between clock reads keeps Stopwatch out of the measurement.
            for (int i = 0; i < 4096; i++, evaluations++)
                sink += SystolicArrayModel.Evaluate(Layers[evaluations % Layers.Length], bits[evaluations % bits.Length],
                    specs[(int)(evaluations % specs.Count)]).TotalCycles;
        }
        double elapsed = clock.Elapsed.TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        return new HardwareModelBenchResult(evaluations, elapsed, allocated);
    }
}
