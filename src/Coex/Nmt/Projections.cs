using Coex.Kernels.Gemm;
using Coex.Kernels.Vvma;
using Coex.Tensors;
using Coex.Training;
using Coex.Training.Kernels;
using Coex.Training.Layers;

namespace Coex.Nmt;

/// <summary>A learned map [R, In] → [R, Out]: dense (<see cref="DenseProjection"/>) or VVMA (<see cref="VvmaProjection"/>).</summary>
public abstract class Projection : Module
{
    public abstract int InFeatures { get; }
    public abstract int OutFeatures { get; }

    /// <summary>Trainable values of the weight alone (the bias not counted): In·Out dense, k² + In·Out/k VVMA.</summary>
    public abstract long WeightCount { get; }

    /// <summary>A dense projection when <paramref name="vvmaBlock"/> is 0, else a VVMA one with that block size.</summary>
    public static Projection Create(string name, int inFeatures, int outFeatures, int vvmaBlock, Random rng, bool bias = true) =>
        vvmaBlock == 0 ? new DenseProjection(name, inFeatures, outFeatures, rng, bias) : new VvmaProjection(name, inFeatures, outFeatures, vvmaBlock, rng, bias);

    /// <summary>Uniform values of variance <paramref name="variance"/> (bound √(3·variance)).</summary>
    internal static Tensor Uniform(Random rng, double variance, params int[] shape)
    {
        var t = Tensor.Zeros(DType.F32, shape);
        float bound = (float)Math.Sqrt(3 * variance);
        var d = t.AsSpan<float>();
        for (int i = 0; i < d.Length; i++)
            d[i] = (rng.NextSingle() * 2 - 1) * bound;
        return t;
    }
}

/// <summary><c>y = x·Wᵀ + b</c>, W [Out, In] initialized with Xavier variance 2/(In + Out).</summary>
public sealed class DenseProjection : Projection
{
    public DenseProjection(string name, int inFeatures, int outFeatures, Random rng, bool bias = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFeatures);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outFeatures);
        Weight = new Parameter($"{name}.weight", Uniform(rng, 2.0 / (inFeatures + outFeatures), outFeatures, inFeatures));
        Bias = bias ? new Parameter($"{name}.bias", Tensor.Zeros(DType.F32, outFeatures)) { NoWeightDecay = true } : null;
    }

    public Parameter Weight { get; }
    public Parameter? Bias { get; }
    public override int InFeatures => Weight.Shape[1];
    public override int OutFeatures => Weight.Shape[0];
    public override long WeightCount => Weight.Length;

    private long _packedVersion;
    private PackedWeights? _packed;

    public override Variable Forward(Tape tape, Variable x)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(x);
        if (tape.Recording || x.Shape.Length != 2 || x.Shape[1] != InFeatures)
            return tape.Linear(x, Weight, Bias);
        // Inference: the tape's Linear transposes and packs W on every call, which dominates a batch-1 decode step.
        // Pack once and reuse until W's version changes (optimizer steps and loads bump it).
        if (_packed is null || _packedVersion != Weight.Version)
        {
            var wT = new float[Weight.Length];
            SpanMath.Transpose(Weight.Data, OutFeatures, InFeatures, wT);
            _packed = GemmF32.Pack(wT, InFeatures, OutFeatures);
            _packedVersion = Weight.Version;
        }
        int rows = x.Shape[0], n = OutFeatures;
        var y = Tensor.Zeros(DType.F32, rows, n);
        var yd = y.AsSpan<float>();
        GemmF32.Multiply(x.Data, _packed, yd, rows, tape.Threads);
        if (Bias is not null)
            for (int r = 0; r < rows; r++)
                SpanMath.AddInto(Bias.Data, yd.Slice(r * n, n));
        return new Variable(y);
    }

    public override IEnumerable<Parameter> Parameters() => Bias is null ? [Weight] : [Weight, Bias];
}

/// <summary>
/// VVMA projection (see <see cref="Tape.Vvma"/>): one shared M [k, k] and v [Out/k, In/k, k], so block W(i, j) = M·diag(v(i, j)).
/// </summary>
/// <remarks>
/// Initialization keeps the dense layer's Xavier variance: M is a random orthogonal matrix (entries of variance 1/k) and v
/// has variance 2k/(In + Out), so each W entry M[a, c]·v[c] has variance 2/(In + Out). M is orthogonal rather than i.i.d.
/// because every output block is M·z: a random k×k matrix has a smallest singular value near 0 (median condition number
/// about 9 at k = 4, 23 at k = 8), which mutes that direction in all Out/k output blocks at once, and trained layers keep
/// the spectrum they started with.
/// </remarks>
public sealed class VvmaProjection : Projection
{
    public VvmaProjection(string name, int inFeatures, int outFeatures, int k, Random rng, bool bias = true)
    {
        if (k <= 0 || inFeatures <= 0 || outFeatures <= 0 || inFeatures % k != 0 || outFeatures % k != 0)
            throw new ArgumentException($"VVMA projection {name}: block size {k} must be positive and divide In = {inFeatures} and Out = {outFeatures}.");
        BlockSize = k;
        M = new Parameter($"{name}.m", RandomOrthogonal(rng, k));
        V = new Parameter($"{name}.v", Uniform(rng, 2.0 * k / (inFeatures + outFeatures), outFeatures / k, inFeatures / k, k));
        Bias = bias ? new Parameter($"{name}.bias", Tensor.Zeros(DType.F32, outFeatures)) { NoWeightDecay = true } : null;
    }

    public int BlockSize { get; }
    /// <summary>The shared k×k matrix.</summary>
    public Parameter M { get; }
    /// <summary>The per-block diagonals, [Out/k, In/k, k].</summary>
    public Parameter V { get; }
    public Parameter? Bias { get; }
    public override int InFeatures => V.Shape[1] * BlockSize;
    public override int OutFeatures => V.Shape[0] * BlockSize;
    public override long WeightCount => M.Length + V.Length;

    private long _decodeVersion;
    private float[]? _decodeV;

    public override Variable Forward(Tape tape, Variable x)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(x);
        if (tape.Recording || x.Shape.Length != 2 || x.Shape[1] != InFeatures || x.Shape[0] >= VvmaKernels.BatchedRows)
            return tape.Vvma(x, M, V, Bias);
        // Decoding (a few rows): the decode layout of v, kept until v's version changes, like DenseProjection's packed W.
        if (_decodeV is null || _decodeVersion != V.Version)
        {
            _decodeV = VvmaDecodeKernels.Pack(V.Data, InFeatures, OutFeatures, BlockSize);
            _decodeVersion = V.Version;
        }
        int rows = x.Shape[0];
        var y = Tensor.Zeros(DType.F32, rows, OutFeatures);
        VvmaDecodeKernels.Forward(x.Data, M.Data, _decodeV, Bias is null ? [] : Bias.Data, y.AsSpan<float>(), rows, InFeatures, OutFeatures, BlockSize);
        return new Variable(y);
    }

    public override IEnumerable<Parameter> Parameters() => Bias is null ? [M, V] : [M, V, Bias];

    /// <summary>A k×k orthogonal matrix drawn uniformly (Gram-Schmidt on Gaussian columns, which gives the Haar measure).</summary>
    internal static Tensor RandomOrthogonal(Random rng, int k)
    {
        var q = new double[k, k]; // columns q[:, c]
        for (int c = 0; c < k; c++)
        {
            double norm;
            do
            {
                for (int r = 0; r < k; r++)
                    q[r, c] = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
                for (int pass = 0; pass < 2; pass++) // twice: re-orthogonalizing keeps Gram-Schmidt accurate
                    for (int p = 0; p < c; p++)
                    {
                        double dot = 0;
                        for (int r = 0; r < k; r++)
                            dot += q[r, p] * q[r, c];
                        for (int r = 0; r < k; r++)
                            q[r, c] -= dot * q[r, p];
                    }
                norm = 0;
                for (int r = 0; r < k; r++)
                    norm += q[r, c] * q[r, c];
                norm = Math.Sqrt(norm);
            }
            while (norm < 1e-6); // a draw (almost) inside the span of the previous columns: draw again
            for (int r = 0; r < k; r++)
                q[r, c] /= norm;
        }
        var t = Tensor.Zeros(DType.F32, k, k);
        var d = t.AsSpan<float>();
        for (int r = 0; r < k; r++)
            for (int c = 0; c < k; c++)
                d[r * k + c] = (float)q[r, c];
        return t;
    }

    /// <summary>Warm start from a trained dense layer: fits M and v to its weight (<see cref="VvmaFit"/>) and copies the bias.</summary>
    /// <returns>The relative fit error ‖W − Ŵ‖/‖W‖ after each iteration.</returns>
    public double[] InitializeFrom(DenseProjection dense, int iterations = 20)
    {
        ArgumentNullException.ThrowIfNull(dense);
        if (dense.InFeatures != InFeatures || dense.OutFeatures != OutFeatures)
            throw new ArgumentException($"Dense layer is {dense.InFeatures}→{dense.OutFeatures}; this VVMA layer is {InFeatures}→{OutFeatures}.", nameof(dense));
        var fit = VvmaFit.Fit(dense.Weight.Data, InFeatures, OutFeatures, BlockSize, iterations);
        fit.M.CopyTo(M.Data);
        fit.V.CopyTo(V.Data);
        M.MarkChanged();
        V.MarkChanged();
        if (Bias is not null && dense.Bias is not null)
        {
            dense.Bias.Data.CopyTo(Bias.Data);
            Bias.MarkChanged();
        }
        return fit.Errors;
    }
}
