using Microsoft.ML.OnnxRuntime;

namespace Coex.Bench.Onnx;

/// <summary>
/// An ONNX Runtime session over one of the <see cref="OnnxGemmModels"/> with its input and output bound to
/// caller-owned arrays, so <see cref="Run"/> computes straight into the output array and allocates no tensors.
/// </summary>
/// <remarks>
/// Session options mirror how Coex is measured: <c>IntraOpNumThreads</c> = the benchmark's thread count,
/// one inter-op thread, sequential execution, every graph optimization (so B is prepacked at load time).
/// The input and output <see cref="OrtValue"/>s wrap pinned managed arrays (<c>CreateTensorValueFromMemory</c>),
/// and <c>Run</c> is the overload with pre-bound outputs: ONNX Runtime writes Y in place.
/// </remarks>
public sealed class OrtGemm : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly OrtValue _input;
    private readonly OrtValue _output;
    private readonly string[] _inputNames = [OnnxGemmModels.InputName];
    private readonly string[] _outputNames = [OnnxGemmModels.OutputName];
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;

    private OrtGemm(byte[] model, int threads, OrtValue input, OrtValue output)
    {
        using var options = CreateOptions(threads);
        _session = new InferenceSession(model, options);
        _input = input;
        _output = output;
        _inputs = [input];
        _outputs = [output];
    }

    /// <summary>Session options for a peer run on <paramref name="threads"/> intra-op threads (0: every core).</summary>
    public static SessionOptions CreateOptions(int threads)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = threads == 0 ? Environment.ProcessorCount : threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return options;
    }

    /// <summary>fp32 <c>MatMul</c>: <paramref name="c"/>[M,N] = <paramref name="a"/>[M,K] · <paramref name="b"/>[K,N] on each <see cref="Run"/>.</summary>
    /// <remarks><paramref name="a"/> and <paramref name="c"/> stay bound: change A's contents between runs freely.</remarks>
    public static OrtGemm MatMulF32(float[] a, float[] b, float[] c, int m, int k, int n, int threads)
    {
        CheckLength(a.Length, (long)m * k, nameof(a));
        CheckLength(c.Length, (long)m * n, nameof(c));
        var model = OnnxGemmModels.MatMulF32(m, k, n, b);
        return Create(model, threads,
            () => OrtValue.CreateTensorValueFromMemory(a, [m, k]),
            () => OrtValue.CreateTensorValueFromMemory(c, [m, n]));
    }

    /// <summary>
    /// u8×s8 <c>MatMulInteger</c>: <paramref name="c"/>[i,j] = Σ_k (<paramref name="a"/>[i,k] − <paramref name="aZeroPoint"/>)·<paramref name="b"/>[k,j] on each <see cref="Run"/>.
    /// </summary>
    public static OrtGemm MatMulIntegerU8S8(byte[] a, byte aZeroPoint, sbyte[] b, int[] c, int m, int k, int n, int threads)
    {
        CheckLength(a.Length, (long)m * k, nameof(a));
        CheckLength(c.Length, (long)m * n, nameof(c));
        var model = OnnxGemmModels.MatMulIntegerU8S8(m, k, n, b, aZeroPoint);
        return Create(model, threads,
            () => OrtValue.CreateTensorValueFromMemory(a, [m, k]),
            () => OrtValue.CreateTensorValueFromMemory(c, [m, n]));
    }

    /// <summary>Runs the model once; the result lands in the output array bound at creation.</summary>
    public void Run() => _session.Run(_runOptions, _inputNames, _inputs, _outputNames, _outputs);

    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
        _input.Dispose();
        _output.Dispose();
    }

    private static OrtGemm Create(byte[] model, int threads, Func<OrtValue> input, Func<OrtValue> output)
    {
        var x = input();
        OrtValue? y = null;
        try
        {
            y = output();
            return new OrtGemm(model, threads, x, y);
        }
        catch
        {
            x.Dispose();
            y?.Dispose();
            throw;
        }
    }

    private static void CheckLength(int length, long needed, string name)
    {
        if (length < needed)
            throw new ArgumentException($"{name} holds {length} elements; the shape needs {needed}.", name);
    }
}
