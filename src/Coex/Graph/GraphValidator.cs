namespace Coex.Graphs;

/// <summary>
/// Structural checks of a <see cref="Graph"/> and its subgraphs: every value has one producer (a graph
/// input, an initializer or one node output), every node input is produced before the node, the nodes
/// form no cycle, and every graph output is produced.
/// </summary>
/// <remarks>
/// Subgraphs may read any value visible at their node: the enclosing graphs' inputs, initializers and the
/// outputs of earlier nodes. Reads from enclosing graphs count as dependencies of the node holding the
/// subgraph, both for cycle detection and for sorting. Nesting deeper than <see cref="MaxNesting"/> is refused
/// so hostile input cannot exhaust the stack.
/// </remarks>
public static class GraphValidator
{
    /// <summary>Deepest subgraph nesting accepted (the top-level graph is depth 0).</summary>
    public const int MaxNesting = 16;

    /// <summary>Checks <paramref name="graph"/>; throws <see cref="InvalidGraphException"/> naming the first problem found.</summary>
    public static void Validate(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Validate(graph, parent: null, Label(graph), depth: 0);
    }

    /// <summary>
    /// Reorders the nodes of <paramref name="graph"/> and of its subgraphs so that every node comes after the producers of its inputs,
    /// keeping the existing order wherever dependencies allow (an already sorted graph is left unchanged).
    /// Throws <see cref="InvalidGraphException"/> naming a node on a cycle if there is one.
    /// </summary>
    public static void SortTopologically(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Sort(graph, Label(graph), depth: 0);
    }

    private static void Sort(Graph graph, string where, int depth)
    {
        CheckDepth(where, depth);
        var nodes = graph.Nodes;
        var predecessors = Predecessors(graph);
        var successors = new List<int>[nodes.Count];
        var pending = new int[nodes.Count];
        for (int i = 0; i < nodes.Count; i++)
            successors[i] = [];
        for (int i = 0; i < nodes.Count; i++)
        {
            pending[i] = predecessors[i].Count;
            foreach (int p in predecessors[i])
                successors[p].Add(i);
        }

        // Kahn's algorithm, always taking the earliest ready node, so a sorted list keeps its order.
        var ready = new PriorityQueue<int, int>();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (pending[i] == 0)
                ready.Enqueue(i, i);
        }
        var order = new List<Node>(nodes.Count);
        var done = new bool[nodes.Count];
        while (ready.TryDequeue(out int i, out _))
        {
            order.Add(nodes[i]);
            done[i] = true;
            foreach (int s in successors[i])
            {
                if (--pending[s] == 0)
                    ready.Enqueue(s, s);
            }
        }
        if (order.Count != nodes.Count)
            throw new InvalidGraphException($"{where}: the nodes form a cycle through node {nodes[NodeOnCycle(predecessors, done)].Describe()}.");

        nodes.Clear();
        nodes.AddRange(order);
        foreach (var node in nodes)
        {
            foreach (var attribute in node.Attributes)
            {
                foreach (var sub in attribute.Subgraphs)
                    Sort(sub, $"{where} > node {node.Describe()} attribute '{attribute.Name}' > {Label(sub)}", depth + 1);
            }
        }
    }

    private static void Validate(Graph graph, Scope? parent, string where, int depth)
    {
        CheckDepth(where, depth);
        var predecessors = Predecessors(graph);
        var done = new bool[graph.Nodes.Count];
        if (TryFindUnsortable(predecessors, done))
            throw new InvalidGraphException($"{where}: the nodes form a cycle through node {graph.Nodes[NodeOnCycle(predecessors, done)].Describe()}.");

        var scope = new Scope(parent);
        foreach (var init in graph.Initializers)
        {
            scope.Define(init.Value, "an initializer", where);
            CheckInitializer(init, where);
        }
        var initialized = graph.Initializers.Select(i => i.Value).ToHashSet();
        var listedInputs = new HashSet<Value>();
        foreach (var input in graph.Inputs)
        {
            if (!listedInputs.Add(input))
                throw new InvalidGraphException($"{where}: graph input '{input.Name}' is listed twice.");
            // An input that is also an initializer is an overridable default, not a second producer.
            if (!initialized.Contains(input))
                scope.Define(input, "a graph input", where);
        }

        var laterProducer = new Dictionary<Value, Node>();
        foreach (var node in graph.Nodes)
        {
            foreach (var output in node.Outputs)
            {
                if (output is not null)
                    laterProducer.TryAdd(output, node);
            }
        }

        foreach (var node in graph.Nodes)
        {
            for (int i = 0; i < node.Inputs.Count; i++)
            {
                var input = node.Inputs[i];
                if (input is null || scope.IsVisible(input))
                    continue;
                if (laterProducer.TryGetValue(input, out var producer))
                    throw new InvalidGraphException($"{where}: node {node.Describe()} reads '{input.Name}' (input {i}) before node {producer.Describe()} produces it; nodes must be in topological order.");
                throw new InvalidGraphException($"{where}: input {i} of node {node.Describe()} is '{input.Name}', which no node, graph input or initializer produces (dangling input).");
            }

            var names = new HashSet<string>();
            foreach (var attribute in node.Attributes)
            {
                if (!names.Add(attribute.Name))
                    throw new InvalidGraphException($"{where}: node {node.Describe()} has two attributes named '{attribute.Name}'.");
                foreach (var sub in attribute.Subgraphs)
                    Validate(sub, scope, $"{where} > node {node.Describe()} attribute '{attribute.Name}' > {Label(sub)}", depth + 1);
            }

            foreach (var output in node.Outputs)
            {
                if (output is not null)
                    scope.Define(output, $"node {node.Describe()}", where);
            }
        }

        foreach (var output in graph.Outputs)
        {
            if (!scope.IsVisible(output))
                throw new InvalidGraphException($"{where}: graph output '{output.Name}' is not produced by any node, graph input or initializer.");
        }
    }

    private static void CheckInitializer(Initializer init, string where)
    {
        var value = init.Value;
        var tensor = init.Tensor;
        if (value.DType is { } dtype && dtype != tensor.DType)
            throw new InvalidGraphException($"{where}: initializer '{value.Name}' is declared {dtype} but holds {tensor.DType}.");
        if (value.Shape is { } shape)
        {
            bool agrees = shape.Count == tensor.Rank;
            for (int d = 0; agrees && d < shape.Count; d++)
                agrees = shape[d].Size is not { } size || size == tensor.Shape[d];
            if (!agrees)
                throw new InvalidGraphException($"{where}: initializer '{value.Name}' is declared [{string.Join(", ", shape)}] but holds [{string.Join(", ", tensor.Shape.ToArray())}].");
        }
    }

    private static void CheckDepth(string where, int depth)
    {
        if (depth > MaxNesting)
            throw new InvalidGraphException($"{where}: subgraphs are nested more than {MaxNesting} deep.");
    }

    /// <summary>For each node, the indices of the nodes in the same graph it depends on, including reads made by its subgraphs.</summary>
    private static List<HashSet<int>> Predecessors(Graph graph)
    {
        var producer = new Dictionary<Value, int>();
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            foreach (var output in graph.Nodes[i].Outputs)
            {
                if (output is not null)
                    producer.TryAdd(output, i);
            }
        }
        var result = new List<HashSet<int>>(graph.Nodes.Count);
        foreach (var node in graph.Nodes)
        {
            var preds = new HashSet<int>();
            foreach (var read in Reads(node, depth: 0))
            {
                if (producer.TryGetValue(read, out int p))
                    preds.Add(p);
            }
            result.Add(preds);
        }
        return result;
    }

    /// <summary>The values a node reads: its inputs and, transitively, everything its subgraphs read or output.</summary>
    private static IEnumerable<Value> Reads(Node node, int depth)
    {
        foreach (var input in node.Inputs)
        {
            if (input is not null)
                yield return input;
        }
        if (depth > MaxNesting)
            yield break; // Validate reports the nesting with a proper message.
        foreach (var attribute in node.Attributes)
        {
            foreach (var sub in attribute.Subgraphs)
            {
                foreach (var inner in sub.Nodes)
                {
                    foreach (var v in Reads(inner, depth + 1))
                        yield return v;
                }
                foreach (var v in sub.Outputs)
                    yield return v;
            }
        }
    }

    /// <summary>Runs Kahn's algorithm, marking emitted nodes in <paramref name="done"/>; true when some node cannot be emitted.</summary>
    private static bool TryFindUnsortable(List<HashSet<int>> predecessors, bool[] done)
    {
        int n = predecessors.Count;
        var pending = new int[n];
        var successors = new List<int>[n];
        for (int i = 0; i < n; i++)
            successors[i] = [];
        var ready = new Stack<int>();
        for (int i = 0; i < n; i++)
        {
            pending[i] = predecessors[i].Count;
            foreach (int p in predecessors[i])
                successors[p].Add(i);
            if (pending[i] == 0)
                ready.Push(i);
        }
        int emitted = 0;
        while (ready.TryPop(out int i))
        {
            done[i] = true;
            emitted++;
            foreach (int s in successors[i])
            {
                if (--pending[s] == 0)
                    ready.Push(s);
            }
        }
        return emitted != n;
    }

    /// <summary>
    /// A node that lies on a cycle. Every node Kahn's algorithm could not emit has a predecessor it could not emit
    /// either, so walking predecessors among those must revisit a node, and the first one revisited is on a cycle.
    /// </summary>
    private static int NodeOnCycle(List<HashSet<int>> predecessors, bool[] done)
    {
        int current = Array.IndexOf(done, false);
        var seen = new HashSet<int>();
        while (seen.Add(current))
            current = predecessors[current].First(p => !done[p]);
        return current;
    }

    private static string Label(Graph graph) => graph.Name.Length > 0 ? $"graph '{graph.Name}'" : "graph";

    /// <summary>The values visible in one graph, chained to the enclosing graph's scope.</summary>
    private sealed class Scope(Scope? parent)
    {
        private readonly Dictionary<Value, string> _producers = [];
        private readonly Dictionary<string, Value> _byName = [];

        public bool IsVisible(Value value) => _producers.ContainsKey(value) || (parent?.IsVisible(value) ?? false);

        public void Define(Value value, string producer, string where)
        {
            if (_producers.TryGetValue(value, out var first))
                throw new InvalidGraphException($"{where}: value '{value.Name}' is produced twice, by {first} and by {producer}.");
            if (_byName.TryGetValue(value.Name, out var other) && other != value)
                throw new InvalidGraphException($"{where}: two different values are named '{value.Name}' (from {_producers[other]} and {producer}).");
            _producers.Add(value, producer);
            _byName[value.Name] = value;
        }
    }
}
