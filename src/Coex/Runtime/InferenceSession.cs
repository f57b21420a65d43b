using Coex.Graphs;
using Coex.Graphs.Passes;
using Coex.Onnx;
using Coex.Runtime.Operators;
using Coex.Tensors;

namespace Coex.Runtime;

/// <summary>
/// A model made ready to run: every node is bound to a kernel when the session is created (so an unsupported
/// operator fails here, not in <see cref="Run"/>), constant weights are packed once, and intermediate buffers
/// are recycled after their last use.
/// </summary>
/// <remarks>
/// The shape follows ONNX Runtime's C# API: construct from a path or bytes, read <see cref="InputMetadata"/> and
/// <see cref="OutputMetadata"/>, call <see cref="Run"/> with named inputs. Runs on one session are serialized.
/// </remarks>
public sealed class InferenceSession
{
    private readonly Step[] _steps;
    private readonly Tensor?[] _constants;
    private readonly int _slotCount;
    private readonly Dictionary<string, (int Slot, Value Value, bool Required)> _inputs;
    private readonly Dictionary<string, int> _outputs;
    /// <summary>Per slot: how many step inputs read it (graph outputs are pinned separately).</summary>
    private readonly int[] _uses;
    private readonly bool[] _pinned;
    private readonly BufferPool _pool = new();
    /// <summary>Storage of the session's constants: an output viewing one is copied so callers cannot alter the model.</summary>
    private readonly HashSet<Coex.Tensors.AlignedBuffer> _constantBuffers = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _runLock = new();
    private readonly int _threads;
    private readonly bool _profiling;
    private readonly Dictionary<string, (int Calls, TimeSpan Time)> _profile = [];

    private sealed record Step(Node Node, Kernel Kernel, int[] Inputs, int[] Outputs);

    /// <summary>Loads the ONNX model at <paramref name="path"/>.</summary>
    /// <exception cref="OnnxFormatException">The file is not a valid ONNX model.</exception>
    /// <exception cref="UnsupportedOperatorException">The model uses an operator Coex cannot run.</exception>
    public InferenceSession(string path, SessionOptions? options = null) : this(OnnxImporter.Load(path), options) { }

    /// <summary>Loads an ONNX model from its serialized bytes.</summary>
    public InferenceSession(byte[] model, SessionOptions? options = null) : this(OnnxImporter.Load(model ?? throw new ArgumentNullException(nameof(model))), options) { }

    /// <summary>Prepares <paramref name="graph"/> (which must be valid; it is validated here) to run. Later changes to the graph do not affect the session.</summary>
    public InferenceSession(Graph graph, SessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new SessionOptions();
        _threads = Kernels.KernelThreads.Resolve(options.Threads);
        _profiling = options.EnableProfiling;
        GraphValidator.Validate(graph);
        if (options.OptimizationLevel != OptimizationLevel.None)
        {
            graph = graph.CopyForRewrite();
            Optimizer(options.OptimizationLevel).Run(graph);
        }

        var slots = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        int Slot(Value v)
        {
            if (!slots.TryGetValue(v, out int s))
                slots[v] = s = slots.Count;
            return s;
        }
        var constants = new Dictionary<int, Tensor>();
        var inputValues = new HashSet<Value>(graph.Inputs, ReferenceEqualityComparer.Instance);
        _inputs = [];
        var initialized = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        foreach (var init in graph.Initializers)
        {
            initialized.Add(init.Value);
            constants[Slot(init.Value)] = init.Tensor;
        }
        foreach (var input in graph.Inputs)
            _inputs[input.Name] = (Slot(input), input, !initialized.Contains(input));

        // An initializer that is also a graph input is only a default: kernels must not bake it in.
        Tensor? ConstantOf(Value v) => !inputValues.Contains(v) && slots.TryGetValue(v, out int s) && constants.TryGetValue(s, out var t) ? t : null;

        var steps = new List<Step>();
        foreach (var node in graph.Nodes)
        {
            long opset = graph.OpsetVersion(node.Domain)
                ?? throw new UnsupportedOperatorException(node.OpType, node.Domain, 0, "the model imports no opset for this domain");
            if (node.OpType == "Constant" && Graph.NormalizeDomain(node.Domain).Length == 0 && node.Outputs.Count == 1 && node.Outputs[0] is { } constOut)
            {
                // Constants become load-time values, so the kernels reading them can pack or inspect them.
                constants[Slot(constOut)] = ShapeOps.EvaluateConstant(new BuildContext(node, opset, ConstantOf));
                continue;
            }
            Kernel kernel;
            Value[] hidden = [];
            if (ControlFlowOps.Handles(node))
                kernel = ControlFlowOps.Build(node, opset, graph, options, out hidden);
            else
            {
                var factory = OperatorRegistry.Resolve(node, opset);
                var context = new BuildContext(node, opset, ConstantOf);
                try
                {
                    kernel = factory(context);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    throw new UnsupportedOperatorException(node.OpType, node.Domain, opset, $"node {node.Describe()}: {e.Message}");
                }
            }
            steps.Add(new Step(node, kernel,
                [.. node.Inputs.Concat(hidden).Select(v => v is null ? -1 : Slot(v))],
                [.. node.Outputs.Select(v => v is null ? -1 : Slot(v))]));
        }
        _outputs = [];
        foreach (var output in graph.Outputs)
            _outputs[output.Name] = Slot(output);

        _slotCount = slots.Count;
        _steps = [.. steps];
        _constants = new Tensor?[_slotCount];
        foreach (var (slot, tensor) in constants)
        {
            _constants[slot] = tensor;
            _constantBuffers.Add(tensor.Buffer);
        }
        _uses = new int[_slotCount];
        foreach (var step in _steps)
            foreach (int s in step.Inputs)
                if (s >= 0)
                    _uses[s]++;
        _pinned = new bool[_slotCount];
        foreach (int s in _outputs.Values)
            _pinned[s] = true;

        InputNames = [.. graph.Inputs.Where(v => !initialized.Contains(v)).Select(v => v.Name)];
        InputMetadata = [.. graph.Inputs.Where(v => !initialized.Contains(v)).Select(v => new ValueMetadata(v.Name, v.DType, v.Shape))];
        OutputNames = [.. graph.Outputs.Select(v => v.Name)];
        OutputMetadata = [.. graph.Outputs.Select(v => new ValueMetadata(v.Name, v.DType, v.Shape))];
    }

    /// <summary>
    /// The passes a session applies at <paramref name="level"/>: constant folding and dead-node removal (Basic); at All, QDQ
    /// fusion into Coex's int8 layers first, then BatchNorm folding, Conv+Add (residual) fusion, activation fusion,
    /// inverted-residual block fusion, transformer fusion (MatMul + bias, GELU), embedding-bag fusion (PyTorch's
    /// EmbeddingBag Loop to coex.EmbeddingBag) and a final dead-node removal.
    /// </summary>
    public static PassManager Optimizer(OptimizationLevel level) => level switch
    {
        OptimizationLevel.None => new PassManager([]),
        OptimizationLevel.Basic => new PassManager([new ConstantFolding(), new DeadNodeRemoval()]),
        // QDQ fusion first: constant folding would turn DequantizeLinear(int8 weights) back into float weights.
        OptimizationLevel.All => new PassManager([new QdqFusion(), new ConstantFolding(), new BatchNormFolding(), new ResidualFusion(), new ActivationFusion(), new InvertedResidualFusion(), new PoolFusion(), new AttentionFusion(), new TransformerFusion(), new EmbeddingBagFusion(), new DeadNodeRemoval()]),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown optimization level."),
    };

    /// <summary>Names of the inputs a run must supply, in model order (initializer-backed optional inputs are not listed).</summary>
    public IReadOnlyList<string> InputNames { get; }

    public IReadOnlyList<ValueMetadata> InputMetadata { get; }

    public IReadOnlyList<string> OutputNames { get; }

    public IReadOnlyList<ValueMetadata> OutputMetadata { get; }

    /// <summary>Op types of the default ONNX domain Coex can run (at some opset), sorted.</summary>
    public static IReadOnlyList<string> SupportedOperators => OperatorRegistry.SupportedOperators;

    /// <summary>Kernel thread budget in effect.</summary>
    public int Threads => _threads;

    /// <summary>Per op type: node executions and total time, summed over runs (empty unless <see cref="SessionOptions.EnableProfiling"/>).</summary>
    public IReadOnlyDictionary<string, (int Calls, TimeSpan Time)> Profile
    {
        get
        {
            lock (_runLock)
                return new Dictionary<string, (int, TimeSpan)>(_profile);
        }
    }

    /// <summary>Bytes the memory plan has allocated for intermediates so far (flat across runs once warmed up).</summary>
    public long IntermediateBytesAllocated => _pool.AllocatedBytes;

    /// <summary>
    /// Runs the model on <paramref name="inputs"/> (by input name) and returns the outputs named in
    /// <paramref name="outputNames"/> (all outputs when null), by name. Returned tensors belong to the caller; an output that
    /// passes an input through (Identity, Reshape, …) shares that input's storage, while one viewing a model constant is a copy.
    /// </summary>
    /// <exception cref="ArgumentException">An input is missing, unknown, of the wrong element type, or of a rank or static
    /// dimension other than the model declares; or an output name is unknown.</exception>
    public RunResult Run(IReadOnlyDictionary<string, Tensor> inputs, IReadOnlyList<string>? outputNames = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var wanted = outputNames ?? OutputNames;
        foreach (var name in wanted)
        {
            if (!_outputs.ContainsKey(name))
                throw new ArgumentException($"The model has no output '{name}'; outputs: {string.Join(", ", OutputNames)}.", nameof(outputNames));
        }
        foreach (var (name, tensor) in inputs)
        {
            if (!_inputs.TryGetValue(name, out var input))
                throw new ArgumentException($"The model has no input '{name}'; inputs: {string.Join(", ", _inputs.Keys)}.", nameof(inputs));
            CheckInput(input.Value, tensor ?? throw new ArgumentException($"Input '{name}' is null.", nameof(inputs)));
        }
        foreach (var (name, input) in _inputs)
        {
            if (input.Required && !inputs.ContainsKey(name))
                throw new ArgumentException($"Missing input '{name}' ({new ValueMetadata(name, input.Value.DType, input.Value.Shape)}).", nameof(inputs));
        }

        lock (_runLock)
        {
            var values = (Tensor?[])_constants.Clone();
            foreach (var (name, tensor) in inputs)
                values[_inputs[name].Slot] = tensor;
            var remaining = (int[])_uses.Clone();
            // Live values per pooled buffer: a buffer goes back to the pool when no live value views it.
            var live = new Dictionary<Coex.Tensors.AlignedBuffer, int>(ReferenceEqualityComparer.Instance);
            var context = new RunContext(_pool, _threads);
            foreach (var step in _steps)
            {
                var stepInputs = new Tensor?[step.Inputs.Length];
                for (int i = 0; i < stepInputs.Length; i++)
                    stepInputs[i] = step.Inputs[i] < 0 ? null : values[step.Inputs[i]];
                var stepOutputs = new Tensor?[step.Outputs.Length];
                long started = _profiling ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
                try
                {
                    step.Kernel(context, stepInputs, stepOutputs);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
                {
                    throw new InvalidOperationException($"Node {step.Node.Describe()} failed: {e.Message}", e);
                }
                if (_profiling)
                {
                    var (calls, time) = _profile.GetValueOrDefault(step.Node.OpType);
                    _profile[step.Node.OpType] = (calls + 1, time + System.Diagnostics.Stopwatch.GetElapsedTime(started));
                }
                for (int i = 0; i < step.Outputs.Length; i++)
                {
                    int s = step.Outputs[i];
                    if (s < 0)
                        continue;
                    var t = stepOutputs[i] ?? throw new InvalidOperationException($"Node {step.Node.Describe()} produced no output {i}.");
                    values[s] = t;
                    if (_pool.Owns(t.Buffer))
                        live[t.Buffer] = live.GetValueOrDefault(t.Buffer) + 1;
                    if (remaining[s] == 0 && !_pinned[s])
                        Drop(values, s, live);
                }
                foreach (int s in step.Inputs)
                {
                    if (s >= 0 && --remaining[s] == 0 && !_pinned[s])
                        Drop(values, s, live);
                }
            }
            var result = new Dictionary<string, Tensor>();
            var pooled = new List<AlignedBuffer>();
            foreach (var name in wanted)
            {
                var t = values[_outputs[name]] ?? throw new InvalidOperationException($"Output '{name}' was not computed.");
                if (_constantBuffers.Contains(t.Buffer))
                {
                    var copy = Tensor.Zeros(t.DType, [.. t.Shape]);
                    t.Bytes.CopyTo(copy.Bytes);
                    t = copy;
                }
                if (_pool.Release(t.Buffer))
                    pooled.Add(t.Buffer);
                result[name] = t;
            }
            // Outputs not asked for go back to the pool, unless they share a buffer with one that was.
            foreach (var (name, slot) in _outputs)
            {
                if (values[slot] is { } t && !result.ContainsKey(name) && !result.Values.Any(r => ReferenceEquals(r.Buffer, t.Buffer)))
                    _pool.Return(t.Buffer);
            }
            return new RunResult(result, pooled, GiveBack);
        }
    }

    /// <summary>A disposed <see cref="RunResult"/>'s output storage, back into the pool for later runs.</summary>
    private void GiveBack(AlignedBuffer buffer)
    {
        lock (_runLock)
            _pool.Adopt(buffer);
    }

    private void Drop(Tensor?[] values, int slot, Dictionary<Coex.Tensors.AlignedBuffer, int> live)
    {
        var t = values[slot];
        values[slot] = null;
        if (t is null || !live.TryGetValue(t.Buffer, out int count))
            return;
        if (count > 1)
            live[t.Buffer] = count - 1;
        else
        {
            live.Remove(t.Buffer);
            _pool.Return(t.Buffer);
        }
    }

    private static void CheckInput(Value declared, Tensor tensor)
    {
        if (declared.DType is { } dtype && dtype != tensor.DType)
            throw new ArgumentException($"Input '{declared.Name}' must be {dtype}, got {tensor.DType}.", "inputs");
        if (declared.Shape is not { } shape)
            return;
        if (shape.Count != tensor.Rank)
            throw new ArgumentException($"Input '{declared.Name}' must have rank {shape.Count} [{string.Join(", ", shape)}], got [{string.Join(", ", tensor.Shape.ToArray())}].", "inputs");
        for (int d = 0; d < shape.Count; d++)
        {
            if (shape[d].Size is { } size && size != tensor.Shape[d])
                throw new ArgumentException($"Input '{declared.Name}' dimension {d} must be {size}, got {tensor.Shape[d]} (shape [{string.Join(", ", tensor.Shape.ToArray())}], declared [{string.Join(", ", shape)}]).", "inputs");
        }
    }
}
