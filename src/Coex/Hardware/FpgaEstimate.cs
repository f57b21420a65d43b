using System.Text.Json;
using Coex.Graphs;

namespace Coex.Hardware;

/// <summary>One mapped layer on the FPGA engine, with its phase totals.</summary>
public sealed record FpgaLayerEstimate(MappedLayer Layer, FpgaCost Cost)
{
    /// <inheritdoc cref="FpgaCost.BusyLoadCycles"/>
    public long LoadCycles => Cost.BusyLoadCycles;
    public long ComputeCycles => Cost.ComputeCycles;
    /// <inheritdoc cref="FpgaCost.BusyStoreCycles"/>
    public long StoreCycles => Cost.BusyStoreCycles;
    /// <inheritdoc cref="FpgaCost.Bound"/>
    public FpgaBound Bound => Cost.Bound;
}

/// <summary>
/// A whole graph on a pipeline of <see cref="Devices"/> identical FPGAs running <see cref="Spec"/>'s engine: every
/// mapped layer's <see cref="FpgaCost"/> in graph order, the contiguous stage split
/// (<see cref="FpgaPipeline.Partition"/>), feasibility, and the nodes not mapped (including embeddings, which the
/// engine cannot run).
/// </summary>
public sealed record FpgaEstimate(
    IReadOnlyList<FpgaLayerEstimate> Layers, IReadOnlyList<UnmappedNode> NotMapped, FpgaSpec Spec, BitWidths Bits,
    int Devices, FpgaResources Resources, PipelinePartition Partition)
{
    public long Macs => Layers.Sum(l => l.Cost.Macs);
    public long DramBytes => Layers.Sum(l => l.Cost.DramBytes);
    /// <summary>One input's trip through every layer, in engine cycles (inter-device transfers not counted).</summary>
    public long LatencyCycles => Partition.LatencyCycles;
    public double LatencySeconds => LatencyCycles / (Spec.ClockMHz * 1e6);
    /// <summary>Steady-state rate: one input per slowest stage.</summary>
    public double InferencesPerSecond => Spec.ClockMHz * 1e6 / Partition.BottleneckCycles;
    /// <summary>2·MACs per inference times inferences per second, in GOPS.</summary>
    public double Gops => 2.0 * Macs * InferencesPerSecond * 1e-9;

    /// <summary>The tiling fits the device and every layer's kernel and stride fit the buffers.</summary>
    public bool Feasible => Problems.Count == 0;

    /// <summary>Why the design is infeasible, one sentence per problem; empty when it is feasible.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            var r = Resources;
            if (!r.FitsDsps)
                problems.Add($"the tiling Tm={Spec.Tm} × Tn={Spec.Tn} needs {r.Dsps} DSPs ({r.DspsPerMac:0.##} per MAC); the device has {Spec.Dsps}.");
            if (!r.FitsBram)
                problems.Add($"the buffers need {r.Bram18K} BRAM18K (input {r.InputBram18K}, weight {r.WeightBram18K}, output {r.OutputBram18K}); the device has {Spec.Bram18K}.");
            foreach (var l in Layers.Where(l => !l.Cost.LayerFits))
            {
                var s = l.Layer.Shape;
                problems.Add($"layer '{s.Name}' has kernel {s.KernelH}×{s.KernelW}, stride {s.StrideH}×{s.StrideW}; the buffers are built for kernel ≤ {Spec.MaxKernel}, stride ≤ {Spec.MaxStride}.");
            }
            return problems;
        }
    }

    /// <summary>The layers of each stage: stage s runs layers [StageFirstLayer[s], StageFirstLayer[s+1]).</summary>
    public IEnumerable<(int Stage, int FirstLayer, int LastLayer, long Cycles)> Stages()
    {
        for (int s = 0; s < Partition.Stages; s++)
        {
            int first = Partition.StageFirstLayer[s];
            int last = s + 1 < Partition.Stages ? Partition.StageFirstLayer[s + 1] - 1 : Layers.Count - 1;
            yield return (s, first, last, Partition.StageCycles[s]);
        }
    }

    /// <summary>Maps <paramref name="graph"/> (<see cref="GraphMapping.Map"/>, which infers shapes in place) and
    /// evaluates it on <paramref name="devices"/> copies of <paramref name="spec"/>.</summary>
    public static FpgaEstimate Evaluate(Graph graph, FpgaSpec spec, BitWidths bits, int devices = 1) =>
        Evaluate(GraphMapping.Map(graph), spec, bits, devices);

    /// <summary>
    /// Evaluates mapped layers on <paramref name="devices"/> copies of <paramref name="spec"/> at
    /// <paramref name="bits"/>. Embedding lookups move to <see cref="NotMapped"/>. Throws
    /// <see cref="ArgumentException"/> for an invalid spec, fewer than one device, or no layer the engine can run.
    /// </summary>
    public static FpgaEstimate Evaluate(GraphLayers layers, FpgaSpec spec, BitWidths bits, int devices = 1)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(spec);
        if (devices < 1)
            throw new ArgumentOutOfRangeException(nameof(devices), devices, $"--devices must be at least 1, got {devices}.");
        var resources = FpgaModel.Resources(spec, bits);
        var estimates = new List<FpgaLayerEstimate>();
        var notMapped = new List<UnmappedNode>(layers.NotMapped);
        foreach (var layer in layers.Layers)
        {
            if (layer.Shape.Kind == LayerKind.Embedding)
                notMapped.Add(new UnmappedNode(layer.Node, "embedding lookup: the tiled convolution engine has no gather path"));
            else
                estimates.Add(new FpgaLayerEstimate(layer, FpgaModel.Evaluate(layer.Shape, bits, spec)));
        }
        if (estimates.Count == 0)
            throw new ArgumentException($"No layer of the model runs on the FPGA engine ({notMapped.Count} nodes not mapped).", nameof(layers));
        var cycles = estimates.Select(e => e.Cost.LatencyCycles).ToArray();
        return new FpgaEstimate(estimates, notMapped, spec, bits, devices, resources, FpgaPipeline.Partition(cycles, devices));
    }

    /// <summary>
    /// The estimate as indented JSON: <c>{model, hardware, kind: "fpga", weightBits, activationBits, devices,
    /// resources: {...}, feasible, problems: [...], layers: [...], stages: [...], totals: {...}, notMapped: [...]}</c>.
    /// </summary>
    public string ToJson(string modelName)
    {
        var r = Resources;
        var document = new
        {
            model = modelName, hardware = Spec.Name, kind = "fpga", weightBits = Bits.Weights, activationBits = Bits.Activations,
            devices = Devices,
            tiling = new { tm = Spec.Tm, tn = Spec.Tn, tr = Spec.Tr, tc = Spec.Tc },
            resources = new
            {
                dspsPerMac = r.DspsPerMac, dsps = r.Dsps, dspBudget = Spec.Dsps, bram18K = r.Bram18K, bram18KBudget = Spec.Bram18K,
                inputBram18K = r.InputBram18K, weightBram18K = r.WeightBram18K, outputBram18K = r.OutputBram18K,
            },
            feasible = Feasible, problems = Problems,
            layers = Layers.Select(l => new
            {
                layer = l.Layer.Shape.Name, op = l.Layer.Node.OpType, kind = l.Layer.Shape.Kind.ToString(), macs = l.Cost.Macs,
                outputTiles = l.Cost.OutputTiles, inputTilesPerOutputTile = l.Cost.InputTilesPerOutputTile,
                loadCycles = l.LoadCycles, computeCycles = l.ComputeCycles, storeCycles = l.StoreCycles,
                latencyCycles = l.Cost.LatencyCycles, latencySeconds = l.Cost.LatencySeconds, dramBytes = l.Cost.DramBytes,
                gops = l.Cost.Gops, bound = l.Bound.ToString().ToLowerInvariant(), fits = l.Cost.LayerFits,
            }),
            stages = Stages().Select(s => new
            {
                stage = s.Stage, firstLayer = Layers[s.FirstLayer].Layer.Shape.Name, lastLayer = Layers[s.LastLayer].Layer.Shape.Name,
                layers = s.LastLayer - s.FirstLayer + 1, cycles = s.Cycles,
            }),
            totals = new
            {
                layers = Layers.Count, macs = Macs, dramBytes = DramBytes, latencyCycles = LatencyCycles, latencySeconds = LatencySeconds,
                bottleneckCycles = Partition.BottleneckCycles, inferencesPerSecond = InferencesPerSecond, gops = Gops,
            },
            notMapped = NotMapped.Select(u => new { node = u.Node.Describe(), op = u.Node.OpType, reason = u.Reason }),
        };
        return JsonSerializer.Serialize(document, EstimateJson.Options);
    }
}

/// <summary>Options for estimate reports (not specs): indented, and node names left readable rather than \u0027-escaped
/// (the files are not embedded in HTML).</summary>
public static class EstimateJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
