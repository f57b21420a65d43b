namespace Coex.Graphs.Passes;

/// <summary>
/// Removes nodes none of whose outputs reach a graph output, and initializers nothing reads.
/// Initializers listed as graph inputs are kept: removing one would turn an optional input into a required one.
/// </summary>
public sealed class DeadNodeRemoval : IGraphPass
{
    public string Name => "dead-node-removal";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var needed = new HashSet<Value>(graph.Outputs, ReferenceEqualityComparer.Instance);
        var keep = new bool[graph.Nodes.Count];
        // Walk backwards: in topological order every reader of a node's outputs comes after it.
        for (int n = graph.Nodes.Count - 1; n >= 0; n--)
        {
            var node = graph.Nodes[n];
            if (!node.Outputs.Any(o => o is not null && needed.Contains(o)))
                continue;
            keep[n] = true;
            foreach (var v in node.Inputs)
            {
                if (v is not null)
                    needed.Add(v);
            }
            foreach (var v in GraphFacts.SubgraphReads(node))
                needed.Add(v);
        }
        var inputs = new HashSet<Value>(graph.Inputs, ReferenceEqualityComparer.Instance);
        int nodesBefore = graph.Nodes.Count, initsBefore = graph.Initializers.Count;
        var kept = graph.Nodes.Where((_, i) => keep[i]).ToList();
        graph.Nodes.Clear();
        graph.Nodes.AddRange(kept);
        graph.Initializers.RemoveAll(i => !needed.Contains(i.Value) && !inputs.Contains(i.Value));
        return graph.Nodes.Count != nodesBefore || graph.Initializers.Count != initsBefore;
    }
}
