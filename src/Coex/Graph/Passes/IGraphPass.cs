namespace Coex.Graphs.Passes;

/// <summary>A rewrite of a <see cref="Graph"/> that keeps what the graph computes (up to floating-point rounding).</summary>
public interface IGraphPass
{
    /// <summary>A short name for messages (e.g. "dead-node-removal").</summary>
    string Name { get; }

    /// <summary>Rewrites <paramref name="graph"/> in place; returns true when anything changed.</summary>
    bool Run(Graph graph);
}
