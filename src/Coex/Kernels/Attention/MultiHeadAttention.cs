using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Coex.Kernels.Norms;

namespace Coex.Kernels.Attention;

/// <summary>Sizes of one multi-head attention call; every tensor is in the [batch, tokens, heads, features] layout.</summary>
/// <param name="Queries">Query tokens Tq.</param>
/// <param name="Keys">Key and value tokens Tk.</param>
/// <param name="KeyDim">Features per head of queries and keys.</param>
/// <param name="ValueDim">Features per head of values and of the output.</param>
public readonly record struct AttentionShape(int Batch, int Queries, int Keys, int Heads, int KeyDim, int ValueDim)
{
    public long QueryLength => (long)Batch * Queries * Heads * KeyDim;
    public long KeyLength => (long)Batch * Keys * Heads * KeyDim;
    public long ValueLength => (long)Batch * Keys * Heads * ValueDim;
    public long OutputLength => (long)Batch * Queries * Heads * ValueDim;
}

/// <summary>
/// Scaled dot-product attention for every (image, head) pair: <c>out = softmax(scale · Q·Kᵀ) · V</c>, read from and written
/// to the [batch, tokens, heads, features] layout that sits on either side of an exported model's head transposes, so
/// those transposes, the scaling and the two batched products become one pass in which each head's Tq×Tk scores stay
/// in L1 (four query rows at a time). <see cref="Reference.AttentionReference"/> is the scalar twin.
/// </summary>
/// <remarks>
/// One (image, head) pair is one task. Each task copies Kᵀ and V of its head into per-thread scratch, zero-padded to
/// whole vectors, so the two products are register-blocked broadcast multiply-adds over contiguous rows.
/// </remarks>
public static unsafe class MultiHeadAttention
{
    /// <summary>Query rows per register block.</summary>
    private const int Rows = 4;

    /// <exception cref="ArgumentException">A size is negative, a span is too short, or the output overlaps an input.</exception>
    public static void Run(ReadOnlySpan<float> q, ReadOnlySpan<float> k, ReadOnlySpan<float> v, Span<float> output, AttentionShape shape,
        float scale, int threads = 0, Isa? isa = null)
    {
        var (batch, queries, keys, heads, keyDim, valueDim) = shape;
        if (batch < 0 || queries < 0 || keys < 0 || heads < 0 || keyDim < 0 || valueDim < 0)
            throw new ArgumentException($"Attention sizes must not be negative: {shape}.", nameof(shape));
        if (q.Length < shape.QueryLength || k.Length < shape.KeyLength || v.Length < shape.ValueLength || output.Length < shape.OutputLength)
            throw new ArgumentException($"Attention {shape} needs Q {shape.QueryLength}, K {shape.KeyLength}, V {shape.ValueLength} and output " +
                $"{shape.OutputLength} floats; got {q.Length}, {k.Length}, {v.Length} and {output.Length}.");
        var outputUsed = output[..(int)shape.OutputLength];
        if (outputUsed.Overlaps(q[..(int)shape.QueryLength]) || outputUsed.Overlaps(k[..(int)shape.KeyLength]) || outputUsed.Overlaps(v[..(int)shape.ValueLength]))
            throw new ArgumentException("The attention output overlaps an input; it cannot run in place.", nameof(output));
        var path = isa ?? CpuFeatures.BestFloat;
        if (!CpuFeatures.Supports(path) || path == Isa.AvxVnni)
            throw new ArgumentException($"The {path} path cannot run float attention in this process ({CpuFeatures.Describe()}).", nameof(isa));
        if (shape.OutputLength == 0)
            return;
        if (keys == 0)
        {
            outputUsed.Clear(); // an empty weighted sum, as the unfused product over zero keys gives
            return;
        }
        if (path == Isa.Scalar)
        {
            Reference.AttentionReference.Run(q, k, v, output, shape, scale);
            return;
        }
        int tasks = batch * heads;
        long macsPerTask = (long)queries * keys * (keyDim + valueDim);
        threads = (int)Math.Min(KernelThreads.Resolve(threads), Math.Max(1, macsPerTask * tasks / Gemm.GemmF32.MinMacsPerThread));
        fixed (float* pq = q)
        fixed (float* pk = k)
        fixed (float* pv = v)
        fixed (float* po = output)
        {
            nint aq = (nint)pq, ak = (nint)pk, av = (nint)pv, ao = (nint)po;
            if (path == Isa.Avx512)
                KernelThreads.For(tasks, threads, t => Head<Lanes512, Vector512<float>>((float*)aq, (float*)ak, (float*)av, (float*)ao, shape, scale, t));
            else
                KernelThreads.For(tasks, threads, t => Head<Lanes256, Vector256<float>>((float*)aq, (float*)ak, (float*)av, (float*)ao, shape, scale, t));
        }
    }

    [ThreadStatic] private static float[]? t_scratch;

    private static void Head<TL, TV>(float* q, float* k, float* v, float* output, AttentionShape s, float scale, int task)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        int b = task / s.Heads, h = task % s.Heads, lanes = TL.Count;
        int keysPadded = RoundUp(s.Keys, lanes), valuePadded = RoundUp(s.ValueDim, lanes);
        // Scratch: Kᵀ [KeyDim, keysPadded] | V [Keys, valuePadded] | scaled query rows [Rows, KeyDim] | scores [Rows, keysPadded] | out [Rows, valuePadded]
        long need = (long)s.KeyDim * keysPadded + (long)s.Keys * valuePadded + Rows * (s.KeyDim + keysPadded + valuePadded) + lanes;
        if (t_scratch is null || t_scratch.Length < need)
            t_scratch = GC.AllocateUninitializedArray<float>((int)need, pinned: true);
        // Pinned, so the address is stable; align the start to a whole vector for aligned loads.
        float* scratch = (float*)(((nint)Unsafe.AsPointer(ref t_scratch[0]) + lanes * 4 - 1) & ~(nint)(lanes * 4 - 1));
        float* kt = scratch, vs = kt + (long)s.KeyDim * keysPadded, qs = vs + (long)s.Keys * valuePadded;
        float* scores = qs + Rows * s.KeyDim, outRows = scores + Rows * keysPadded;
        long keyStride = (long)s.Heads * s.KeyDim, valueStride = (long)s.Heads * s.ValueDim;
        float* kHead = k + (long)b * s.Keys * keyStride + (long)h * s.KeyDim;
        float* vHead = v + (long)b * s.Keys * valueStride + (long)h * s.ValueDim;
        float* qHead = q + (long)b * s.Queries * keyStride + (long)h * s.KeyDim;
        float* oHead = output + (long)b * s.Queries * valueStride + (long)h * s.ValueDim;

        for (int d = 0; d < s.KeyDim; d++)
        {
            float* ktRow = kt + (long)d * keysPadded;
            for (int j = 0; j < s.Keys; j++)
                ktRow[j] = kHead[j * keyStride + d];
            new Span<float>(ktRow + s.Keys, keysPadded - s.Keys).Clear();
        }
        for (int j = 0; j < s.Keys; j++)
        {
            new ReadOnlySpan<float>(vHead + j * valueStride, s.ValueDim).CopyTo(new Span<float>(vs + (long)j * valuePadded, s.ValueDim));
            new Span<float>(vs + (long)j * valuePadded + s.ValueDim, valuePadded - s.ValueDim).Clear();
        }

        for (int t0 = 0; t0 < s.Queries; t0 += Rows)
        {
            int rows = Math.Min(Rows, s.Queries - t0);
            // A short last block repeats its last row, so the blocked loops always run Rows rows; the copies are never read.
            for (int r = 0; r < Rows; r++)
            {
                float* qRow = qHead + (t0 + Math.Min(r, rows - 1)) * keyStride;
                for (int d = 0; d < s.KeyDim; d++)
                    qs[r * s.KeyDim + d] = qRow[d] * scale;
            }
            Scores<TL, TV>(qs, kt, scores, s.KeyDim, keysPadded);
            for (int r = 0; r < rows; r++)
            {
                var row = new Span<float>(scores + (long)r * keysPadded, s.Keys);
                SoftmaxKernels.SoftmaxRow(row, row, log: false);
            }
            Mix<TL, TV>(scores, vs, outRows, s.Keys, keysPadded, valuePadded);
            for (int r = 0; r < rows; r++)
                new ReadOnlySpan<float>(outRows + (long)r * valuePadded, s.ValueDim).CopyTo(new Span<float>(oHead + (t0 + r) * valueStride, s.ValueDim));
        }
    }

    /// <summary>scores[r, j] = Σ_d qs[r, d] · kt[d, j] for the <see cref="Rows"/> rows, over whole vectors of keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scores<TL, TV>(float* qs, float* kt, float* scores, int keyDim, int keysPadded)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        float* q0 = qs, q1 = qs + keyDim, q2 = qs + 2 * keyDim, q3 = qs + 3 * keyDim;
        for (int j = 0; j < keysPadded; j += TL.Count)
        {
            TV a0 = TL.Zero, a1 = TL.Zero, a2 = TL.Zero, a3 = TL.Zero;
            float* col = kt + j;
            for (int d = 0; d < keyDim; d++, col += keysPadded)
            {
                var kv = TL.Load(col);
                a0 = TL.MulAdd(TL.Splat(q0[d]), kv, a0);
                a1 = TL.MulAdd(TL.Splat(q1[d]), kv, a1);
                a2 = TL.MulAdd(TL.Splat(q2[d]), kv, a2);
                a3 = TL.MulAdd(TL.Splat(q3[d]), kv, a3);
            }
            TL.Store(scores + j, a0);
            TL.Store(scores + keysPadded + j, a1);
            TL.Store(scores + 2 * keysPadded + j, a2);
            TL.Store(scores + 3 * keysPadded + j, a3);
        }
    }

    /// <summary>out[r, :] = Σ_j p[r, j] · vs[j, :] for the <see cref="Rows"/> rows, over whole vectors of value features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mix<TL, TV>(float* p, float* vs, float* outRows, int keys, int keysPadded, int valuePadded)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        float* p0 = p, p1 = p + keysPadded, p2 = p + 2 * keysPadded, p3 = p + 3 * keysPadded;
        for (int c = 0; c < valuePadded; c += TL.Count)
        {
            TV a0 = TL.Zero, a1 = TL.Zero, a2 = TL.Zero, a3 = TL.Zero;
            float* col = vs + c;
            for (int j = 0; j < keys; j++, col += valuePadded)
            {
                var vv = TL.Load(col);
                a0 = TL.MulAdd(TL.Splat(p0[j]), vv, a0);
                a1 = TL.MulAdd(TL.Splat(p1[j]), vv, a1);
                a2 = TL.MulAdd(TL.Splat(p2[j]), vv, a2);
                a3 = TL.MulAdd(TL.Splat(p3[j]), vv, a3);
            }
            TL.Store(outRows + c, a0);
            TL.Store(outRows + valuePadded + c, a1);
            TL.Store(outRows + 2 * valuePadded + c, a2);
            TL.Store(outRows + 3 * valuePadded + c, a3);
        }
    }

    private static int RoundUp(int n, int multiple) => (n + multiple - 1) / multiple * multiple;
}
