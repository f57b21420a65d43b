using Coex.Graphs;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// Runs a graph and hands back chosen intermediate values as well as its outputs. The graph is not changed: a
/// rewrite copy lists the wanted values as extra graph outputs, and the session runs it exactly as written
/// (<see cref="OptimizationLevel.None"/>), so no pass fuses an intermediate away.
/// </summary>
public sealed class ActivationCapture
{
    private readonly InferenceSession _session;
    private readonly string[] _wanted;

    /// <param name="graph">The model; must have exactly one input that a run must feed.</param>
    /// <param name="values">Values of <paramref name="graph"/> to capture (node outputs or graph inputs).</param>
    /// <param name="threads">Kernel threads (0 = all cores).</param>
    public ActivationCapture(Graph graph, IEnumerable<Value> values, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(values);
        var tapped = graph.CopyForRewrite();
        var names = new HashSet<string>(tapped.Outputs.Select(o => o.Name));
        var wanted = new List<string>();
        foreach (var v in values)
        {
            if (names.Add(v.Name))
                tapped.Outputs.Add(v);
            if (!wanted.Contains(v.Name))
                wanted.Add(v.Name);
        }
        wanted.AddRange(graph.Outputs.Select(o => o.Name).Where(n => !wanted.Contains(n)));
        _session = new InferenceSession(tapped, new SessionOptions { Threads = threads, OptimizationLevel = OptimizationLevel.None });
        if (_session.InputNames.Count != 1)
            throw new ArgumentException($"The model must have exactly one input to feed; it has {_session.InputNames.Count} ({string.Join(", ", _session.InputNames)}).", nameof(graph));
        InputName = _session.InputNames[0];
        OutputNames = [.. graph.Outputs.Select(o => o.Name)];
        _wanted = [.. wanted];
    }

    /// <summary>The one input each run feeds.</summary>
    public string InputName { get; }

    /// <summary>The model's own outputs.</summary>
    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>Runs on <paramref name="input"/>; returns every captured value and every model output, by value name.</summary>
    public IReadOnlyDictionary<string, Tensor> Run(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var feeds = new Dictionary<string, Tensor> { [InputName] = input };
        return _session.Run(feeds, _wanted);
    }
}
