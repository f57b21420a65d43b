using Coex.Hardware;
using Coex.Training;

namespace Coex.Search;

/// <summary>One hardware point and what the workload costs on it.</summary>
public sealed record HardwareChoice(int[] Point, HardwareMetrics Metrics);

/// <summary>
/// The inner loop's answer for one (architecture, bits): whether any machine of the space meets the constraints, the
/// machine the reward prefers, and the feasible machines that are Pareto-optimal in (latency, energy, area).
/// </summary>
public sealed record TuningResult(bool Feasible, HardwareChoice? Best, IReadOnlyList<HardwareChoice> Front, HardwareChoice? Fastest, int Evaluated)
{
    /// <summary>Latency of the fastest machine within the area limit (how far an infeasible design missed).</summary>
    public double MinLatencySeconds => Fastest?.Metrics.LatencySeconds ?? double.PositiveInfinity;
}

/// <summary>
/// The fast level of the co-exploration: turns architectures into hardware workloads (layer shapes from the model's
/// ONNX export, cached per architecture) and tunes the accelerator for them with the cost model alone — every valid
/// point of the hardware space, or a fixed random subset of <c>maxPoints</c> when the space is larger.
/// </summary>
public sealed class HardwareTuner
{
    private readonly Dictionary<string, (IReadOnlyList<LayerShape> Layers, int[] Stages)> _layers = [];
    private readonly int[][] _points;

    public HardwareTuner(ArchitectureSpace architectures, QuantizationSpace bits, HardwareSpace hardware, Constraints constraints,
        RewardFunction reward, int maxPoints = 8192, int seed = 1)
    {
        Architectures = architectures ?? throw new ArgumentNullException(nameof(architectures));
        Bits = bits ?? throw new ArgumentNullException(nameof(bits));
        Hardware = hardware ?? throw new ArgumentNullException(nameof(hardware));
        Constraints = constraints ?? throw new ArgumentNullException(nameof(constraints));
        Reward = reward ?? throw new ArgumentNullException(nameof(reward));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPoints);
        _points = Candidates(hardware, maxPoints, seed);
        if (_points.Length == 0)
            throw new ArgumentException($"The hardware space '{hardware.Space.Name}' has no valid point.", nameof(hardware));
    }

    public ArchitectureSpace Architectures { get; }
    public QuantizationSpace Bits { get; }
    public HardwareSpace Hardware { get; }
    public Constraints Constraints { get; }
    public RewardFunction Reward { get; }
    /// <summary>The hardware points every tuning tries.</summary>
    public IReadOnlyList<int[]> Points => _points;

    /// <summary>The layers of <paramref name="arch"/> at the bits of <paramref name="bits"/> (a point of <see cref="Bits"/>).</summary>
    public LayerWorkload Workload(int[] arch, int[] bits)
    {
        ArgumentNullException.ThrowIfNull(arch);
        string key = SearchSpace.Key(arch);
        if (!_layers.TryGetValue(key, out var entry))
        {
            // A throwaway model: only its shapes matter, so one image and seed 0.
            var model = Architectures.Build(arch, [1, 28, 28], 10, seed: 0);
            var mapped = GraphMapping.Map(ModelExport.ToGraph(model, new ModelExportOptions { Batch = 1 }));
            var layers = mapped.Layers.Select(l => l.Shape).ToArray();
            var stages = layers.Select(l => Architectures.StageOf(arch, l.Name)).ToArray();
            entry = (layers, stages);
            _layers[key] = entry;
        }
        Bits.Space.Check(bits);
        return new LayerWorkload(entry.Layers, entry.Stages.Select(s => Bits.At(bits, s)).ToArray());
    }

    /// <summary>Evaluates the workload on every candidate machine; the best is the feasible one of highest reward.</summary>
    public TuningResult Tune(LayerWorkload workload) => Tune(workload, _points);

    /// <summary>As <see cref="Tune(LayerWorkload)"/> over the given machines only.</summary>
    public TuningResult Tune(LayerWorkload workload, IReadOnlyList<int[]> points)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var feasible = new List<HardwareChoice>();
        HardwareChoice? best = null, fastest = null;
        double bestScore = double.NegativeInfinity;
        foreach (var point in points)
        {
            var m = Hardware.Evaluate(workload, point);
            if (m is not { } metrics)
                continue;
            if (metrics.Area <= Constraints.MaxArea && (fastest is null || metrics.LatencySeconds < fastest.Metrics.LatencySeconds))
                fastest = new HardwareChoice(point, metrics);
            if (!Constraints.Meets(metrics))
                continue;
            var choice = new HardwareChoice(point, metrics);
            feasible.Add(choice);
            // Both reward forms are increasing in accuracy and separable, so the best machine does not depend on it.
            double score = Reward.Of(new DesignMetrics(1.0, metrics));
            if (score > bestScore)
                (bestScore, best) = (score, choice);
        }
        var objectives = feasible.Select(c => new[] { c.Metrics.LatencySeconds, Finite(c.Metrics.EnergyJoules), c.Metrics.Area }).ToArray();
        var front = Pareto.Front(objectives).Select(i => feasible[i]).ToArray();
        return new TuningResult(best is not null, best, front, fastest, points.Count);
    }

    private static double Finite(double x) => double.IsNaN(x) ? 0 : x;

    private static int[][] Candidates(HardwareSpace hardware, int maxPoints, int seed)
    {
        var space = hardware.Space;
        IEnumerable<int[]> points;
        if (space.Size <= maxPoints)
            points = Enumerate(space);
        else
        {
            var rng = new Random(seed);
            var seen = new HashSet<string>();
            var sampled = new List<int[]>();
            for (int tries = 0; sampled.Count < maxPoints && tries < maxPoints * 4; tries++)
            {
                var p = space.Sample(rng);
                if (seen.Add(SearchSpace.Key(p))) sampled.Add(p);
            }
            points = sampled;
        }
        return points.Where(hardware.IsValid).ToArray();
    }

    private static IEnumerable<int[]> Enumerate(SearchSpace space)
    {
        var point = new int[space.Dimensions.Count];
        while (true)
        {
            yield return (int[])point.Clone();
            int d = point.Length - 1;
            while (d >= 0 && ++point[d] == space.Dimensions[d].Count)
                point[d--] = 0;
            if (d < 0) yield break;
        }
    }
}
