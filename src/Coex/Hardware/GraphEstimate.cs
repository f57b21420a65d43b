using System.Text.Json;
using Coex.Graphs;

namespace Coex.Hardware;

/// <summary>One mapped layer and its cost.</summary>
public sealed record LayerEstimate(MappedLayer Layer, SystolicCost Cost);

/// <summary>
/// A whole graph on one systolic array at one pair of bit widths: every mapped layer's <see cref="SystolicCost"/>
/// in graph order, their <see cref="NetworkCost"/> totals (layers run one after another), and the nodes that were
/// not mapped.
/// </summary>
public sealed record GraphEstimate(
    IReadOnlyList<LayerEstimate> Layers, NetworkCost Totals, IReadOnlyList<UnmappedNode> NotMapped,
    SystolicArraySpec Spec, BitWidths Bits)
{
    /// <summary>Maps <paramref name="graph"/> (<see cref="GraphMapping.Map"/>, which infers shapes in place) and
    /// evaluates it; the PEs are sized for <paramref name="bits"/>.</summary>
    public static GraphEstimate Evaluate(Graph graph, SystolicArraySpec spec, BitWidths bits) =>
        Evaluate(GraphMapping.Map(graph), spec, bits);

    /// <summary>Evaluates already mapped layers on <paramref name="spec"/> at <paramref name="bits"/>.</summary>
    public static GraphEstimate Evaluate(GraphLayers layers, SystolicArraySpec spec, BitWidths bits)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(spec);
        var estimates = new LayerEstimate[layers.Layers.Count];
        var costs = new SystolicCost[estimates.Length];
        SystolicArrayModel.EvaluateNetwork(layers.Layers.Select(l => l.Shape).ToArray(), Enumerable.Repeat(bits, costs.Length).ToArray(), spec, costs);
        for (int i = 0; i < estimates.Length; i++)
            estimates[i] = new LayerEstimate(layers.Layers[i], costs[i]);
        return new GraphEstimate(estimates, SystolicArrayModel.Summarize(costs, spec, bits), layers.NotMapped, spec, bits);
    }

    /// <summary>
    /// The estimate as indented JSON: <c>{model, hardware, kind: "systolic", weightBits, activationBits,
    /// layers: [one object per layer], totals: {...}, notMapped: [...]}</c>.
    /// </summary>
    public string ToJson(string modelName)
    {
        var layers = Layers.Select(l => new
        {
            layer = l.Layer.Shape.Name, op = l.Layer.Node.OpType, kind = l.Layer.Shape.Kind.ToString(),
            m = l.Layer.Shape.M, n = l.Layer.Shape.N, k = l.Layer.Shape.K, groups = l.Layer.Shape.Groups, macs = l.Cost.Macs,
            rowFolds = l.Cost.RowFolds, colFolds = l.Cost.ColFolds, computeCycles = l.Cost.ComputeCycles, stallCycles = l.Cost.StallCycles,
            totalCycles = l.Cost.TotalCycles, utilization = l.Cost.Utilization, mappingEfficiency = l.Cost.MappingEfficiency,
            ifmapDramBytes = l.Cost.IfmapDramBytes, filterDramBytes = l.Cost.FilterDramBytes, ofmapDramBytes = l.Cost.OfmapDramBytes,
            dramBytes = l.Cost.DramBytes, sramBytes = l.Cost.SramBytes, energyPj = l.Cost.EnergyPj,
            // JSON has no infinity: a layer that moves no DRAM bytes has no finite intensity.
            intensityOpsPerByte = double.IsInfinity(l.Cost.Intensity) ? (double?)null : l.Cost.Intensity,
            attainableOpsPerCycle = l.Cost.AttainableOpsPerCycle, ridgeOpsPerByte = l.Cost.RidgeIntensity,
            bound = l.Cost.ComputeBound ? "compute" : "memory",
        });
        var t = Totals;
        var document = new
        {
            model = modelName, hardware = Spec.Name, kind = "systolic", weightBits = Bits.Weights, activationBits = Bits.Activations,
            layers,
            totals = new
            {
                layers = t.Layers, macs = t.Macs, computeCycles = t.ComputeCycles, stallCycles = t.StallCycles, totalCycles = t.TotalCycles,
                dramBytes = t.DramBytes, energyPj = t.EnergyPj, latencySeconds = t.LatencySeconds, inferencesPerSecond = t.InferencesPerSecond,
                averagePowerWatts = t.AveragePowerWatts, utilization = t.Utilization, computeBoundLayers = t.ComputeBoundLayers,
                areaMm2 = t.Area.TotalMm2, peAreaMm2 = t.Area.PeUm2 * 1e-6, sramAreaMm2 = t.Area.SramUm2 * 1e-6,
            },
            notMapped = NotMapped.Select(u => new { node = u.Node.Describe(), op = u.Node.OpType, reason = u.Reason }),
        };
        return JsonSerializer.Serialize(document, EstimateJson.Options);
    }
}
