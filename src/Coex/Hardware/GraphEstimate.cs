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
        for (int i = 0; i < estimates.Length; i++)
        {
            costs[i] = SystolicArrayModel.Evaluate(layers.Layers[i].Shape, bits, spec);
            estimates[i] = new LayerEstimate(layers.Layers[i], costs[i]);
        }
        return new GraphEstimate(estimates, SystolicArrayModel.Summarize(costs, spec, bits), layers.NotMapped, spec, bits);
    }
}
