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

        // Kᵀ: each key row is read once, contiguously; its features land in the same column of every Kᵀ row.
        for (int j = 0; j < s.Keys; j++)
        {
            float* from = kHead + j * keyStride, to = kt + j;
            for (int d = 0; d < s.KeyDim; d++, to += keysPadded)
                *to = from[d];
        }
        for (int d = 0; d < s.KeyDim; d++)
            new Span<float>(kt + (long)d * keysPadded + s.Keys, keysPadded - s.Keys).Clear();
        for (int j = 0; j < s.Keys; j++)
        {
            float* to = vs + (long)j * valuePadded;
            Buffer.MemoryCopy(vHead + j * valueStride, to, (long)s.ValueDim * sizeof(float), (long)s.ValueDim * sizeof(float));
            new Span<float>(to + s.ValueDim, valuePadded - s.ValueDim).Clear();
        }

        Span<float> inverseSums = stackalloc float[Rows];
        for (int t0 = 0; t0 < s.Queries;)
        {
            // Whole blocks of Rows queries share every load of Kᵀ and V; the few left over go one at a time.
            int rows = s.Queries - t0 >= Rows ? Rows : 1;
            for (int r = 0; r < rows; r++)
                Scale<TL, TV>(qHead + (t0 + r) * keyStride, qs + r * s.KeyDim, s.KeyDim, scale);
            if (rows == Rows)
                Product8<TL, TV>(qs, s.KeyDim, kt, s.KeyDim, keysPadded, scores);
            else
                Product1<TL, TV>(qs, kt, s.KeyDim, keysPadded, scores);
            for (int r = 0; r < rows; r++)
                inverseSums[r] = 1f / Exponentiate<TL, TV>(scores + (long)r * keysPadded, s.Keys);
            if (rows == Rows)
                Product8<TL, TV>(scores, keysPadded, vs, s.Keys, valuePadded, outRows);
            else
                Product1<TL, TV>(scores, vs, s.Keys, valuePadded, outRows);
            for (int r = 0; r < rows; r++)
                Scale<TL, TV>(outRows + (long)r * valuePadded, oHead + (t0 + r) * valueStride, s.ValueDim, inverseSums[r]);
            t0 += rows;
        }
    }

    /// <summary><c>to[i] = from[i] · factor</c> for i &lt; n (whole vectors, then a scalar tail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scale<TL, TV>(float* from, float* to, int n, float factor)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        var f = TL.Splat(factor);
        int i = 0;
        for (; i <= n - TL.Count; i += TL.Count)
            TL.Store(to + i, TL.Multiply(TL.Load(from + i), f));
        for (; i < n; i++)
            to[i] = from[i] * factor;
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

    /// <summary>
    /// <c>c[r, :] = Σ_i a[r, i] · b[i, :]</c> for <see cref="Rows"/> rows of A (row stride <paramref name="lda"/>), B and C
    /// both <paramref name="width"/> floats a row (a whole number of vectors): the scores (A = scaled queries, B = Kᵀ) and
    /// the weighted values (A = exponentials, B = V) are both this product.
    /// </summary>
    private static void Product8<TL, TV>(float* a, int lda, float* b, int inner, int width, float* c)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        // One pointer per row: every broadcast is a base + index·4 operand, with no index arithmetic in the loop.
        float* a0 = a, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda, a6 = a5 + lda, a7 = a6 + lda;
        int j = 0;
        // Two vectors of columns at a time: each broadcast of A feeds two multiply-adds, so loads no longer outnumber them.
        for (; j <= width - 2 * TL.Count; j += 2 * TL.Count)
        {
            TV c0 = TL.Zero, c1 = TL.Zero, c2 = TL.Zero, c3 = TL.Zero, c4 = TL.Zero, c5 = TL.Zero, c6 = TL.Zero, c7 = TL.Zero;
            TV d0 = TL.Zero, d1 = TL.Zero, d2 = TL.Zero, d3 = TL.Zero, d4 = TL.Zero, d5 = TL.Zero, d6 = TL.Zero, d7 = TL.Zero;
            float* col = b + j;
            for (nint i = 0; i < inner; i++, col += width)
            {
                var bv = TL.Load(col);
                var bw = TL.Load(col + TL.Count);
                var x = TL.Splat(a0[i]); c0 = TL.MulAdd(x, bv, c0); d0 = TL.MulAdd(x, bw, d0);
                x = TL.Splat(a1[i]); c1 = TL.MulAdd(x, bv, c1); d1 = TL.MulAdd(x, bw, d1);
                x = TL.Splat(a2[i]); c2 = TL.MulAdd(x, bv, c2); d2 = TL.MulAdd(x, bw, d2);
                x = TL.Splat(a3[i]); c3 = TL.MulAdd(x, bv, c3); d3 = TL.MulAdd(x, bw, d3);
                x = TL.Splat(a4[i]); c4 = TL.MulAdd(x, bv, c4); d4 = TL.MulAdd(x, bw, d4);
                x = TL.Splat(a5[i]); c5 = TL.MulAdd(x, bv, c5); d5 = TL.MulAdd(x, bw, d5);
                x = TL.Splat(a6[i]); c6 = TL.MulAdd(x, bv, c6); d6 = TL.MulAdd(x, bw, d6);
                x = TL.Splat(a7[i]); c7 = TL.MulAdd(x, bv, c7); d7 = TL.MulAdd(x, bw, d7);
            }
            float* at = c + j;
            TL.Store(at, c0); TL.Store(at + TL.Count, d0); at += width;
            TL.Store(at, c1); TL.Store(at + TL.Count, d1); at += width;
            TL.Store(at, c2); TL.Store(at + TL.Count, d2); at += width;
            TL.Store(at, c3); TL.Store(at + TL.Count, d3); at += width;
            TL.Store(at, c4); TL.Store(at + TL.Count, d4); at += width;
            TL.Store(at, c5); TL.Store(at + TL.Count, d5); at += width;
            TL.Store(at, c6); TL.Store(at + TL.Count, d6); at += width;
            TL.Store(at, c7); TL.Store(at + TL.Count, d7);
        }
        for (; j < width; j += TL.Count)
        {
            TV c0 = TL.Zero, c1 = TL.Zero, c2 = TL.Zero, c3 = TL.Zero, c4 = TL.Zero, c5 = TL.Zero, c6 = TL.Zero, c7 = TL.Zero;
            float* col = b + j;
            for (nint i = 0; i < inner; i++, col += width)
            {
                var bv = TL.Load(col);
                c0 = TL.MulAdd(TL.Splat(a0[i]), bv, c0);
                c1 = TL.MulAdd(TL.Splat(a1[i]), bv, c1);
                c2 = TL.MulAdd(TL.Splat(a2[i]), bv, c2);
                c3 = TL.MulAdd(TL.Splat(a3[i]), bv, c3);
                c4 = TL.MulAdd(TL.Splat(a4[i]), bv, c4);
                c5 = TL.MulAdd(TL.Splat(a5[i]), bv, c5);
                c6 = TL.MulAdd(TL.Splat(a6[i]), bv, c6);
                c7 = TL.MulAdd(TL.Splat(a7[i]), bv, c7);
            }
            float* at = c + j;
            TL.Store(at, c0);
            TL.Store(at += width, c1);
            TL.Store(at += width, c2);
            TL.Store(at += width, c3);
            TL.Store(at += width, c4);
            TL.Store(at += width, c5);
            TL.Store(at += width, c6);
            TL.Store(at + width, c7);
        }
    }

    /// <summary><see cref="Product8{TL, TV}"/> for one row.</summary>
    private static void Product1<TL, TV>(float* a, float* b, int inner, int width, float* c)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        for (int j = 0; j < width; j += TL.Count)
        {
            var acc = TL.Zero;
            float* col = b + j;
            for (nint i = 0; i < inner; i++, col += width)
                acc = TL.MulAdd(TL.Splat(a[i]), TL.Load(col), acc);
            TL.Store(c + j, acc);
        }
    }

    private static int RoundUp(int n, int multiple) => (n + multiple - 1) / multiple * multiple;
}
