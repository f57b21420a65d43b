using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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
/// in L1 (eight query rows at a time). <see cref="Reference.AttentionReference"/> is the scalar twin.
/// </summary>
/// <remarks>
/// One (image, head) pair is one task. Each task copies Kᵀ and V of its head into per-thread scratch, zero-padded to
/// whole vectors, so the two products are register-blocked broadcast multiply-adds over contiguous rows.
/// </remarks>
public static unsafe class MultiHeadAttention
{
    /// <summary>Query rows per register block: eight accumulators hide the multiply-add latency.</summary>
    private const int Rows = 8;

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

        Span<float> inverseSums = stackalloc float[Rows];
        for (int t0 = 0; t0 < s.Queries;)
        {
            // Whole blocks of Rows queries share every load of Kᵀ and V; the few left over go one at a time.
            int rows = s.Queries - t0 >= Rows ? Rows : 1;
            for (int r = 0; r < rows; r++)
            {
                float* qRow = qHead + (t0 + r) * keyStride;
                for (int d = 0; d < s.KeyDim; d++)
                    qs[r * s.KeyDim + d] = qRow[d] * scale;
            }
            if (rows == Rows)
                Scores8<TL, TV>(qs, kt, scores, s.KeyDim, keysPadded);
            else
                Scores1<TL, TV>(qs, kt, scores, s.KeyDim, keysPadded);
            for (int r = 0; r < rows; r++)
                inverseSums[r] = 1f / Exponentiate<TL, TV>(scores + (long)r * keysPadded, s.Keys);
            if (rows == Rows)
                Mix8<TL, TV>(scores, vs, outRows, s.Keys, keysPadded, valuePadded);
            else
                Mix1<TL, TV>(scores, vs, outRows, s.Keys, valuePadded);
            for (int r = 0; r < rows; r++)
            {
                float* o = oHead + (t0 + r) * valueStride, from = outRows + (long)r * valuePadded;
                for (int c = 0; c < s.ValueDim; c++)
                    o[c] = from[c] * inverseSums[r];
            }
            t0 += rows;
        }
    }

    /// <summary>
    /// Replaces row[j] (j &lt; keys) by exp(row[j] − max) and returns their sum: the softmax without its division, which
    /// is applied to the Dv outputs instead of the Tk probabilities. A NaN score makes the row NaN, as in softmax.
    /// </summary>
    private static float Exponentiate<TL, TV>(float* row, int keys)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        int lanes = TL.Count, whole = keys / lanes * lanes, j;
        float max = float.NegativeInfinity;
        if (whole > 0)
        {
            var m = TL.Load(row);
            for (j = lanes; j < whole; j += lanes)
                m = TL.Max(m, TL.Load(row + j));
            max = TL.MaxAcross(m);
        }
        for (j = whole; j < keys; j++)
            max = MathF.Max(max, row[j]);
        if (float.IsNegativeInfinity(max))
            max = 0f; // every score −∞: the sum is 0 and the output NaN, as 0/0 in the unfused softmax
        var vmax = TL.Splat(max);
        var acc = TL.Zero;
        for (j = 0; j < whole; j += lanes)
        {
            var e = TL.ExpNonPositive(TL.Subtract(TL.Load(row + j), vmax));
            TL.Store(row + j, e);
            acc = TL.MulAdd(e, TL.Splat(1f), acc);
        }
        float sum = TL.Sum(acc);
        for (j = whole; j < keys; j++)
            sum += row[j] = MathF.Exp(row[j] - max);
        return sum;
    }

    /// <summary>scores[r, j] = Σ_d qs[r, d] · kt[d, j] for <see cref="Rows"/> rows, over whole vectors of keys.</summary>
    private static void Scores8<TL, TV>(float* qs, float* kt, float* scores, int keyDim, int keysPadded)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        // One pointer per row: every broadcast is a base + index·4 operand, with no index arithmetic in the loop.
        float* q0 = qs, q1 = q0 + keyDim, q2 = q1 + keyDim, q3 = q2 + keyDim, q4 = q3 + keyDim, q5 = q4 + keyDim, q6 = q5 + keyDim, q7 = q6 + keyDim;
        for (int j = 0; j < keysPadded; j += TL.Count)
        {
            TV a0 = TL.Zero, a1 = TL.Zero, a2 = TL.Zero, a3 = TL.Zero, a4 = TL.Zero, a5 = TL.Zero, a6 = TL.Zero, a7 = TL.Zero;
            float* col = kt + j;
            for (nint d = 0; d < keyDim; d++, col += keysPadded)
            {
                var kv = TL.Load(col);
                a0 = TL.MulAdd(TL.Splat(q0[d]), kv, a0);
                a1 = TL.MulAdd(TL.Splat(q1[d]), kv, a1);
                a2 = TL.MulAdd(TL.Splat(q2[d]), kv, a2);
                a3 = TL.MulAdd(TL.Splat(q3[d]), kv, a3);
                a4 = TL.MulAdd(TL.Splat(q4[d]), kv, a4);
                a5 = TL.MulAdd(TL.Splat(q5[d]), kv, a5);
                a6 = TL.MulAdd(TL.Splat(q6[d]), kv, a6);
                a7 = TL.MulAdd(TL.Splat(q7[d]), kv, a7);
            }
            float* at = scores + j;
            TL.Store(at, a0);
            TL.Store(at += keysPadded, a1);
            TL.Store(at += keysPadded, a2);
            TL.Store(at += keysPadded, a3);
            TL.Store(at += keysPadded, a4);
            TL.Store(at += keysPadded, a5);
            TL.Store(at += keysPadded, a6);
            TL.Store(at + keysPadded, a7);
        }
    }

    /// <summary><see cref="Scores8{TL, TV}"/> for one row.</summary>
    private static void Scores1<TL, TV>(float* qs, float* kt, float* scores, int keyDim, int keysPadded)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        for (int j = 0; j < keysPadded; j += TL.Count)
        {
            var a = TL.Zero;
            float* col = kt + j;
            for (int d = 0; d < keyDim; d++, col += keysPadded)
                a = TL.MulAdd(TL.Splat(qs[d]), TL.Load(col), a);
            TL.Store(scores + j, a);
        }
    }

    /// <summary>out[r, :] = Σ_j p[r, j] · vs[j, :] for <see cref="Rows"/> rows, over whole vectors of value features.</summary>
    private static void Mix8<TL, TV>(float* p, float* vs, float* outRows, int keys, int keysPadded, int valuePadded)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        float* p0 = p, p1 = p0 + keysPadded, p2 = p1 + keysPadded, p3 = p2 + keysPadded, p4 = p3 + keysPadded, p5 = p4 + keysPadded,
            p6 = p5 + keysPadded, p7 = p6 + keysPadded;
        for (int c = 0; c < valuePadded; c += TL.Count)
        {
            TV a0 = TL.Zero, a1 = TL.Zero, a2 = TL.Zero, a3 = TL.Zero, a4 = TL.Zero, a5 = TL.Zero, a6 = TL.Zero, a7 = TL.Zero;
            float* col = vs + c;
            for (nint j = 0; j < keys; j++, col += valuePadded)
            {
                var vv = TL.Load(col);
                a0 = TL.MulAdd(TL.Splat(p0[j]), vv, a0);
                a1 = TL.MulAdd(TL.Splat(p1[j]), vv, a1);
                a2 = TL.MulAdd(TL.Splat(p2[j]), vv, a2);
                a3 = TL.MulAdd(TL.Splat(p3[j]), vv, a3);
                a4 = TL.MulAdd(TL.Splat(p4[j]), vv, a4);
                a5 = TL.MulAdd(TL.Splat(p5[j]), vv, a5);
                a6 = TL.MulAdd(TL.Splat(p6[j]), vv, a6);
                a7 = TL.MulAdd(TL.Splat(p7[j]), vv, a7);
            }
            float* at = outRows + c;
            TL.Store(at, a0);
            TL.Store(at += valuePadded, a1);
            TL.Store(at += valuePadded, a2);
            TL.Store(at += valuePadded, a3);
            TL.Store(at += valuePadded, a4);
            TL.Store(at += valuePadded, a5);
            TL.Store(at += valuePadded, a6);
            TL.Store(at + valuePadded, a7);
        }
    }

    /// <summary><see cref="Mix8{TL, TV}"/> for one row.</summary>
    private static void Mix1<TL, TV>(float* p, float* vs, float* outRows, int keys, int valuePadded)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        for (int c = 0; c < valuePadded; c += TL.Count)
        {
            var a = TL.Zero;
            float* col = vs + c;
            for (int j = 0; j < keys; j++, col += valuePadded)
                a = TL.MulAdd(TL.Splat(p[j]), TL.Load(col), a);
            TL.Store(outRows + c, a);
        }
    }

    private static int RoundUp(int n, int multiple) => (n + multiple - 1) / multiple * multiple;
}
