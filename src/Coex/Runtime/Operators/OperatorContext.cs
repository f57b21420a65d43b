using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Runtime.Operators;

/// <summary>A bound operator: reads <c>inputs</c> (null for omitted optional inputs) and sets every wanted entry of <c>outputs</c>.</summary>
internal delegate void Kernel(RunContext context, Tensor?[] inputs, Tensor?[] outputs);

/// <summary>What a kernel may use while it runs: the thread budget and the session's buffer pool.</summary>
internal sealed class RunContext(BufferPool pool, int threads)
{
    public int Threads { get; } = threads;

    /// <summary>A zero-filled tensor for an output or a scratch value, from the memory plan.</summary>
    public Tensor Allocate(DType dtype, params int[] shape) => pool.Rent(dtype, shape);

    /// <summary>
    /// Like <see cref="Allocate"/> but not cleared: a reused buffer holds stale values. Only for kernels that write every
    /// element of their output (convolution, pooling, unary maps); anything else must take the zero-filled one.
    /// </summary>
    public Tensor AllocateUninitialized(DType dtype, params int[] shape) => pool.Rent(dtype, shape, zeroed: false);
}

/// <summary>What an operator factory sees at load: the node, the opset, and which inputs are constant.</summary>
internal sealed class BuildContext(Node node, long opset, Func<Value, Tensor?> constantOf)
{
    public Node Node { get; } = node;

    /// <summary>The version of the node's domain the model imports.</summary>
    public long Opset { get; } = opset;

    public int InputCount => Node.Inputs.Count;

    /// <summary>The same node and constants seen at another opset (a fused Coex-domain node builds its default-domain kernel this way).</summary>
    public BuildContext WithOpset(long opset) => new(Node, opset, constantOf);

    /// <summary>True when input <paramref name="index"/> is given (not omitted).</summary>
    public bool HasInput(int index) => index < Node.Inputs.Count && Node.Inputs[index] is not null;

    /// <summary>True when output <paramref name="index"/> is wanted.</summary>
    public bool HasOutput(int index) => index < Node.Outputs.Count && Node.Outputs[index] is not null;

    /// <summary>The contents of input <paramref name="index"/> when they are fixed at load (an initializer no input overrides, or a Constant); else null.</summary>
    public Tensor? Constant(int index) => HasInput(index) ? constantOf(Node.Inputs[index]!) : null;

    /// <summary>The declared element type of input <paramref name="index"/>, when known.</summary>
    public DType? InputType(int index) => HasInput(index) ? Node.Inputs[index]!.DType : null;

    /// <summary>The declared rank of input <paramref name="index"/>, when known.</summary>
    public int? InputRank(int index) => HasInput(index) ? Node.Inputs[index]!.Shape?.Count : null;

    public long Int(string name, long fallback) => Node.FindAttribute(name)?.AsInt() ?? fallback;

    public float Float(string name, float fallback) => Node.FindAttribute(name)?.AsFloat() ?? fallback;

    public string String(string name, string fallback) => Node.FindAttribute(name)?.AsString() ?? fallback;

    /// <summary>An ints attribute, or null when absent.</summary>
    public long[]? Ints(string name) => Node.FindAttribute(name)?.AsInts().ToArray();

    public float[]? Floats(string name) => Node.FindAttribute(name)?.AsFloats().ToArray();

    public bool HasAttribute(string name) => Node.FindAttribute(name) is not null;

    /// <summary>The exception for a node Coex cannot run, naming op, domain and opset.</summary>
    public UnsupportedOperatorException Unsupported(string detail) => new(Node.OpType, Node.Domain, Opset, detail);

    /// <summary>Refuses at load when input <paramref name="index"/> is declared with a type outside <paramref name="allowed"/>.</summary>
    public void RequireType(int index, params DType[] allowed)
    {
        if (InputType(index) is { } t && Array.IndexOf(allowed, t) < 0)
            throw Unsupported($"input {index} has element type {t}; supported: {string.Join(", ", allowed)}");
    }
}
