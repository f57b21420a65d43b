namespace Coex.Hardware;

/// <summary>Layers split into contiguous stages, one per device, and the time each stage takes.</summary>
public sealed record PipelinePartition(IReadOnlyList<int> StageFirstLayer, IReadOnlyList<long> StageCycles)
{
    public int Stages => StageCycles.Count;
    /// <summary>The slowest stage: a new input can enter the pipeline once per this many cycles.</summary>
    public long BottleneckCycles => StageCycles.Max();
    /// <summary>One input's trip through every stage (inter-device transfers not counted).</summary>
    public long LatencyCycles => StageCycles.Sum();
}

/// <summary>A network on a chain of identical FPGAs: the partition, and its throughput and latency at the clock.</summary>
public sealed record FpgaPipelinePlan(PipelinePartition Partition, IReadOnlyList<FpgaCost> Layers, double ClockMHz)
{
    public double InferencesPerSecond => ClockMHz * 1e6 / Partition.BottleneckCycles;
    public double LatencySeconds => Partition.LatencyCycles / (ClockMHz * 1e6);
    public bool Feasible => Layers.All(l => l.Feasible);
}

/// <summary>Partitions layers across a pipeline of devices; throughput is set by the slowest stage.</summary>
public static class FpgaPipeline
{
    /// <summary>
    /// The contiguous split of <paramref name="layerCycles"/> into at most <paramref name="devices"/> non-empty stages
    /// that minimises the slowest stage, by dynamic programming over (stages, prefix): O(devices · layers²).
    /// Ties go to the earliest split. Throws <see cref="ArgumentException"/> for no layers, negative cycles or
    /// fewer than one device.
    /// </summary>
    public static PipelinePartition Partition(ReadOnlySpan<long> layerCycles, int devices)
    {
        int n = layerCycles.Length;
        if (n == 0)
            throw new ArgumentException("At least one layer is needed to build a pipeline.", nameof(layerCycles));
        if (devices < 1)
            throw new ArgumentOutOfRangeException(nameof(devices), devices, $"devices must be at least 1, got {devices}.");
        var prefix = new long[n + 1];
        for (int i = 0; i < n; i++)
        {
            if (layerCycles[i] < 0)
                throw new ArgumentException($"Layer {i} has negative cycles ({layerCycles[i]}).", nameof(layerCycles));
            prefix[i + 1] = prefix[i] + layerCycles[i];
        }
        int stages = Math.Min(devices, n);
        // best[s, i]: the smallest bottleneck putting layers [0, i) on s stages; cut[s, i]: where the last stage starts.
        var best = new long[stages + 1, n + 1];
        var cut = new int[stages + 1, n + 1];
        for (int i = 1; i <= n; i++)
            best[1, i] = prefix[i];
        for (int s = 2; s <= stages; s++)
        {
            for (int i = s; i <= n; i++)
            {
                long bestHere = long.MaxValue;
                int bestCut = s - 1;
                for (int j = s - 1; j < i; j++)
                {
                    long candidate = Math.Max(best[s - 1, j], prefix[i] - prefix[j]);
                    if (candidate < bestHere)
                        (bestHere, bestCut) = (candidate, j);
                }
                best[s, i] = bestHere;
                cut[s, i] = bestCut;
            }
        }
        var starts = new int[stages];
        var cycles = new long[stages];
        int end = n;
        for (int s = stages; s >= 1; s--)
        {
            int start = s == 1 ? 0 : cut[s, end];
            starts[s - 1] = start;
            cycles[s - 1] = prefix[end] - prefix[start];
            end = start;
        }
        return new PipelinePartition(starts, cycles);
    }

    /// <summary>Evaluates every layer on <paramref name="device"/> and splits them over <paramref name="devices"/> copies of it.</summary>
    public static FpgaPipelinePlan Plan(IReadOnlyList<LayerShape> layers, BitWidths bits, FpgaSpec device, int devices)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(device);
        var costs = new FpgaCost[layers.Count];
        var cycles = new long[layers.Count];
        for (int i = 0; i < costs.Length; i++)
        {
            costs[i] = FpgaModel.Evaluate(layers[i], bits, device);
            cycles[i] = costs[i].LatencyCycles;
        }
        return new FpgaPipelinePlan(Partition(cycles, devices), costs, device.ClockMHz);
    }
}
