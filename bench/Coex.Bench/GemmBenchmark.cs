using System.Text;
using System.Text.Json;
using Coex.Bench.Onnx;
using Coex.Kernels;
using Coex.Kernels.Gemm;
using Coex.Tensors;

namespace Coex.Bench;

/// <summary>A GEMM problem <c>C[M,N] = A[M,K] · B[K,N]</c>.</summary>
public readonly record struct GemmShape(int M, int N, int K)
{
    /// <summary>Operations one multiply performs: a multiply and an add per (i, j, k).</summary>
    public double Ops => 2.0 * M * N * K;

    public override string ToString() => $"{M}×{N}×{K}";
}

/// <summary>Which shapes a GEMM benchmark runs.</summary>
public enum ShapeSet
{
    /// <summary>A subset that exercises GEMV, small-M, a tall conv shape and a mid-size square in a few seconds.</summary>
    Quick,
    /// <summary>Every shape, up to 1024³.</summary>
    Full,
}

/// <summary>One benchmark row: a Coex kernel and its peer on one shape at one thread count.</summary>
/// <param name="Kernel">f32, f16w, bf16w or u8s8.</param>
/// <param name="CoexGops">Coex throughput (2·M·N·K / median call time / 1e9); null when the Coex kernel is not available.</param>
/// <param name="Peer">What Coex is compared with (an ONNX Runtime operator).</param>
/// <param name="VsCoexF32">This kernel's throughput over Coex f32's on the same shape; null for f32 itself or when missing.</param>
/// <param name="MaxAbsDiff">Largest |Coex − peer| over the whole output (0 for int8 when exact); null when Coex did not run.</param>
/// <param name="Agrees">
/// True when every answer checked is right: Coex within float tolerance of the peer (exactly equal for int8), and for
/// int8 the peer equal to a scalar reference on sampled elements.
/// </param>
public sealed record GemmResult(string Kernel, GemmShape Shape, int Threads, double? CoexGops, string Peer, double PeerGops,
    double? VsCoexF32, double? MaxAbsDiff, bool Agrees)
{
    /// <summary>Coex over peer throughput; null when Coex did not run.</summary>
    public double? Ratio => CoexGops / PeerGops;

    /// <summary>
    /// One JSON object on one line with exactly the fields kernel, m, n, k, threads, coex_gops, peer, peer_gops, ratio
    /// (null for coex_gops and ratio when the Coex kernel is not available).
    /// </summary>
    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kernel", Kernel);
            json.WriteNumber("m", Shape.M);
            json.WriteNumber("n", Shape.N);
            json.WriteNumber("k", Shape.K);
            json.WriteNumber("threads", Threads);
            WriteRounded(json, "coex_gops", CoexGops);
            json.WriteString("peer", Peer);
            WriteRounded(json, "peer_gops", PeerGops);
            WriteRounded(json, "ratio", Ratio);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRounded(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, Math.Round(v, 4));
        else
            json.WriteNull(name);
    }
}

/// <summary>Coex's throughput on one shape, with what bounds it: the kernel path and the bytes of weights read per multiply.</summary>
/// <param name="Isa">The path the packed weights run.</param>
/// <param name="WeightBytes">Bytes of packed B one multiply reads.</param>
public sealed record CoexGemmTiming(string Kernel, GemmShape Shape, int Threads, double Gops, Isa Isa, long WeightBytes)
{
    /// <summary>True for the u8×s8 kernel, false for the float kernels (f32 arithmetic whatever the weight format).</summary>
    public bool IsInt8 => Kernel == "u8s8";
}

/// <summary>
/// Coex's GEMM kernels against ONNX Runtime in the same process, on the same shapes, inputs and thread count.
/// </summary>
/// <remarks>
/// Per shape, every contender (Coex f32 / f16w / bf16w / u8s8, ORT MatMul fp32, ORT MatMulInteger u8s8) is set
/// up once — weights packed (Coex) or prepacked at session load (ORT, B is an initializer) outside the timing —
/// checked for agreement, then timed by <see cref="InterleavedTimer"/> taking turns, so one drift hits all.
/// ORT runs with input and output bound to pre-allocated arrays, so its time includes no output allocation.
/// B is drawn from multiples of 1/256 in [−1, 1], which F16 and BF16 hold exactly: every float row multiplies
/// the same numbers, and all are checked against the same ORT output.
/// </remarks>
public sealed class GemmBenchmark
{
    /// <summary>Peer name for the float rows.</summary>
    public const string OrtMatMul = "ort-matmul-f32";
    /// <summary>Peer name for the int8 rows.</summary>
    public const string OrtMatMulInteger = "ort-matmulinteger-u8s8";
    /// <summary>Zero point of the uint8 activations: mid-range, as asymmetric quantization of centred data gives.</summary>
    public const byte ActivationZeroPoint = 128;

    private readonly Int8Packer? _int8;

    /// <param name="threads">Threads for Coex and for ORT's intra-op pool; 0 means every core.</param>
    /// <param name="timing">Timing policy; <see cref="TimingOptions.Default"/> when null.</param>
    /// <param name="int8">Coex's int8 GEMM; <see cref="CoexInt8.Gemm"/> when null.</param>
    public GemmBenchmark(int threads = 0, TimingOptions? timing = null, Int8Packer? int8 = null)
    {
        Threads = KernelThreads.Resolve(threads);
        Timing = timing ?? TimingOptions.Default;
        _int8 = int8 ?? CoexInt8.Gemm;
    }

    public int Threads { get; }
    public TimingOptions Timing { get; }
    /// <summary>True when a Coex int8 GEMM is wired in (see <see cref="CoexInt8"/>).</summary>
    public bool HasCoexInt8 => _int8 is not null;

    /// <summary>The shapes of a set. Full: GEMV, small M, mid and large square, and the 3×3 conv im2col shape 3136×64×576.</summary>
    public static GemmShape[] Shapes(ShapeSet set) => set switch
    {
        ShapeSet.Quick => [new(1, 512, 512), new(16, 1024, 1024), new(64, 512, 512), new(3136, 64, 576)],
        _ => [new(1, 512, 512), new(16, 1024, 1024), new(64, 512, 512), new(256, 1024, 1024), new(1024, 1024, 1024), new(3136, 64, 576)],
    };

    /// <summary>Measures every kernel on <paramref name="shape"/>: rows f32, f16w, bf16w, u8s8 in that order.</summary>
    public IReadOnlyList<GemmResult> Run(GemmShape shape)
    {
        int m = shape.M, n = shape.N, k = shape.K;
        var (a, b, a8, b8, rng) = Inputs(shape);

        DType[] formats = [DType.F32, DType.F16, DType.BF16];
        var packed = formats.Select(f => GemmF32.Pack(b, k, n, f)).ToArray();
        var coexOut = formats.Select(_ => new float[m * n]).ToArray();
        var ortOut = new float[m * n];
        var ortOut8 = new int[m * n];
        var coexOut8 = new int[m * n];
        Int8Multiply? coex8 = _int8?.Invoke(b8, k, n).Multiply;
        int threads = Threads;

        using var ort = OrtGemm.MatMulF32(a, b, ortOut, m, k, n, threads);
        using var ort8 = OrtGemm.MatMulIntegerU8S8(a8, ActivationZeroPoint, b8, ortOut8, m, k, n, threads);

        var contenders = new List<Action>
        {
            () => GemmF32.Multiply(a, packed[0], coexOut[0], m, threads),
            () => GemmF32.Multiply(a, packed[1], coexOut[1], m, threads),
            () => GemmF32.Multiply(a, packed[2], coexOut[2], m, threads),
            ort.Run,
            ort8.Run,
        };
        if (coex8 is not null)
            contenders.Add(() => coex8(a8, ActivationZeroPoint, coexOut8, m, threads));

        // Check answers before timing anything: a comparison of wrong answers is worthless.
        foreach (var run in contenders)
            run();
        var tolerance = FloatTolerance(a, b, m, n, k);
        var floatDiffs = new (double Max, bool Within)[3];
        for (int f = 0; f < 3; f++)
            floatDiffs[f].Max = MaxAbsDiff(coexOut[f], ortOut, tolerance, out floatDiffs[f].Within);
        bool ortInt8Right = MatchesSampledReference(a8, b8, ortOut8, m, n, k, rng);
        long int8Diff = coex8 is null ? 0 : MaxAbsDiff(coexOut8, ortOut8);

        var times = InterleavedTimer.Measure(contenders, Timing);
        double Gops(int contender) => shape.Ops / times[contender].MedianSeconds / 1e9;

        double f32 = Gops(0), ortF32 = Gops(3), ortInt8 = Gops(4);
        string[] names = ["f32", "f16w", "bf16w"];
        var rows = new List<GemmResult>();
        for (int f = 0; f < 3; f++)
            rows.Add(new GemmResult(names[f], shape, threads, Gops(f), OrtMatMul, ortF32,
                f == 0 ? null : Gops(f) / f32, floatDiffs[f].Max, floatDiffs[f].Within));
        double? int8 = coex8 is null ? null : Gops(5);
        rows.Add(new GemmResult("u8s8", shape, threads, int8, OrtMatMulInteger, ortInt8, int8 / f32,
            coex8 is null ? null : int8Diff, ortInt8Right && int8Diff == 0));
        return rows;
    }

    /// <summary>
    /// Times Coex alone on <paramref name="shape"/> (no peer): f32, f16w, bf16w and, when wired in, u8s8 —
    /// taking turns like <see cref="Run"/>. For roofline comparisons.
    /// </summary>
    public IReadOnlyList<CoexGemmTiming> RunCoexOnly(GemmShape shape)
    {
        int m = shape.M, n = shape.N, k = shape.K;
        var (a, b, a8, b8, _) = Inputs(shape);
        var c = new float[m * n];
        int threads = Threads;
        DType[] formats = [DType.F32, DType.F16, DType.BF16];
        var packed = formats.Select(f => GemmF32.Pack(b, k, n, f)).ToArray();
        var contenders = packed.Select(p => (Action)(() => GemmF32.Multiply(a, p, c, m, threads))).ToList();
        var kernels = new List<CoexGemmTiming>();
        Int8Kernel? int8 = null;
        if (_int8 is not null)
        {
            var c8 = new int[m * n];
            int8 = _int8(b8, k, n);
            var multiply = int8.Multiply;
            contenders.Add(() => multiply(a8, ActivationZeroPoint, c8, m, threads));
        }
        var times = InterleavedTimer.Measure(contenders, Timing);
        string[] names = ["f32", "f16w", "bf16w"];
        for (int f = 0; f < 3; f++)
            kernels.Add(new CoexGemmTiming(names[f], shape, threads, shape.Ops / times[f].MedianSeconds / 1e9, packed[f].Isa, packed[f].Bytes));
        if (int8 is not null)
            kernels.Add(new CoexGemmTiming("u8s8", shape, threads, shape.Ops / times[3].MedianSeconds / 1e9, int8.Isa, int8.WeightBytes));
        return kernels;
    }

    /// <summary>
    /// Seeded inputs for <paramref name="shape"/>: A floats uniform in [−1, 1]; B multiples of 1/256 in [−1, 1]
    /// (at most 8 significant bits, so F16 and BF16 packing is lossless); A8 uniform uint8; B8 uniform int8.
    /// </summary>
    private static (float[] A, float[] B, byte[] A8, sbyte[] B8, Random Rng) Inputs(GemmShape shape)
    {
        int m = shape.M, n = shape.N, k = shape.K;
        // A fixed seed per shape (HashCode is randomized per process): the same inputs on every run.
        var rng = new Random(unchecked(m * 1_000_003 + n * 1009 + k));
        var a = new float[m * k];
        var b = new float[k * n];
        for (int i = 0; i < a.Length; i++)
            a[i] = (float)(rng.NextDouble() * 2 - 1);
        for (int i = 0; i < b.Length; i++)
            b[i] = rng.Next(-256, 257) / 256f;
        var a8 = new byte[m * k];
        rng.NextBytes(a8);
        var b8 = new sbyte[k * n];
        for (int i = 0; i < b8.Length; i++)
            b8[i] = (sbyte)rng.Next(-128, 128);
        return (a, b, a8, b8, rng);
    }

    /// <summary>
    /// Per-element bound on |Coex − ORT| for float GEMMs: two summation orders each within K·u·Σ|a·b| of the exact
    /// value (u = 2^-24), with Σ_k |a[i,k]·b[k,j]| bounded by (Σ_k |a[i,k]|)·max_k |b[k,j]|. Returned as the two factors.
    /// </summary>
    private static (float[] Rows, float[] Cols, float Gamma) FloatTolerance(float[] a, float[] b, int m, int n, int k)
    {
        var rows = new float[m];
        var cols = new float[n];
        for (int i = 0; i < m; i++)
            for (int p = 0; p < k; p++)
                rows[i] += Math.Abs(a[i * k + p]);
        for (int p = 0; p < k; p++)
            for (int j = 0; j < n; j++)
                cols[j] = Math.Max(cols[j], Math.Abs(b[p * n + j]));
        return (rows, cols, 2 * k * MathF.Pow(2, -24));
    }

    private static double MaxAbsDiff(float[] x, float[] y, (float[] Rows, float[] Cols, float Gamma) tolerance, out bool within)
    {
        int n = tolerance.Cols.Length;
        double max = 0;
        within = true;
        for (int i = 0; i < x.Length; i++)
        {
            double d = Math.Abs((double)x[i] - y[i]);
            if (!(d <= tolerance.Gamma * tolerance.Rows[i / n] * tolerance.Cols[i % n]))
                within = false; // NaN lands here too
            max = Math.Max(max, d);
        }
        return max;
    }

    private static long MaxAbsDiff(int[] x, int[] y)
    {
        long max = 0;
        for (int i = 0; i < x.Length; i++)
            max = Math.Max(max, Math.Abs((long)x[i] - y[i]));
        return max;
    }

    /// <summary>
    /// Checks the peer's int8 output against Σ(a − za)·b computed here, on every element of the first and last row
    /// and column plus random samples (a full scalar reference for 1024³ would take longer than the benchmark).
    /// Catches a peer that saturates int16 intermediates.
    /// </summary>
    private static bool MatchesSampledReference(byte[] a, sbyte[] b, int[] c, int m, int n, int k, Random rng)
    {
        bool Check(int i, int j)
        {
            int sum = 0;
            for (int p = 0; p < k; p++)
                sum += (a[i * k + p] - ActivationZeroPoint) * b[p * n + j];
            return sum == c[i * n + j];
        }
        for (int j = 0; j < n; j++)
            if (!Check(0, j) || !Check(m - 1, j))
                return false;
        for (int i = 0; i < m; i++)
            if (!Check(i, 0) || !Check(i, n - 1))
                return false;
        for (int s = 0; s < 1024; s++)
            if (!Check(rng.Next(m), rng.Next(n)))
                return false;
        return true;
    }
}
