namespace Coex.Graphs.Passes;

/// <summary>
/// Runs graph passes in order and validates the graph after each one that changed it, so a pass that
/// leaves the graph malformed is named at once rather than surfacing later as a confusing runtime error.
/// </summary>
public sealed class PassManager
{
    private readonly List<IGraphPass> _passes;

    public PassManager(IEnumerable<IGraphPass> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        _passes = [.. passes];
        if (_passes.Any(p => p is null))
            throw new ArgumentException("The pass list contains null.", nameof(passes));
    }

    public IReadOnlyList<IGraphPass> Passes => _passes;

    /// <summary>
    /// Validates <paramref name="graph"/>, then runs every pass once in order, validating after each.
    /// Returns the names of the passes that changed the graph.
    /// </summary>
    /// <exception cref="InvalidGraphException">The input graph is invalid, or a pass left it invalid (the message names the pass).</exception>
    public IReadOnlyList<string> Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        GraphValidator.Validate(graph);
        var changed = new List<string>();
        foreach (var pass in _passes)
        {
            if (!pass.Run(graph))
                continue;
            changed.Add(pass.Name);
            try
            {
                GraphValidator.Validate(graph);
            }
            catch (InvalidGraphException e)
            {
                throw new InvalidGraphException($"Graph pass '{pass.Name}' left the graph invalid: {e.Message}", e);
            }
        }
        return changed;
    }
}
