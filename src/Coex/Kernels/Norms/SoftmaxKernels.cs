using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Norms;

/// <summary>Row-wise softmax, log-softmax and layer normalization over contiguous rows.</summary>
public static class SoftmaxKernels
{
    /// <summary>
    /// For each row of length <paramref name="rowLength"/>: <c>y = exp(x − max) / Σ exp(x − max)</c>
    /// (<paramref name="log"/>: <c>x − max − log Σ</c>). Subtracting the row maximum keeps exp from overflowing; a row
    /// containing NaN yields NaN. Sums run in float vectors; <see cref="Reference.NormReference.Softmax"/> is the scalar twin.
    /// </summary>
    /// <remarks>Rows are split over up to <paramref name="threads"/> threads when there are enough of them.</remarks>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination, int rowLength, bool log = false, int threads = 1)
    {
        CheckRows(x.Length, destination.Length, rowLength);
        SplitRows(x, destination, rowLength, threads, (xs, ds) => SoftmaxRows(xs, ds, rowLength, log));
    }

    private static void SoftmaxRows(ReadOnlySpan<float> x, Span<float> destination, int rowLength, bool log)
    {
        for (int r = 0; r < x.Length / rowLength; r++)
            SoftmaxRow(x.Slice(r * rowLength, rowLength), destination.Slice(r * rowLength, rowLength), log);
    }

    private static void SoftmaxRow(ReadOnlySpan<float> row, Span<float> dst, bool log)
    {
        const int Lanes = 8; // Vector256<float>.Count
        int n = row.Length, i = 0;
        ref float xs = ref MemoryMarshal.GetReference(row);
        ref float ds = ref MemoryMarshal.GetReference(dst);
        bool vector = Vector256.IsHardwareAccelerated;
        float max = float.NegativeInfinity;
        if (vector && n >= Lanes)
        {
            var m = Vector256.LoadUnsafe(ref xs);
            for (i = Lanes; i <= n - Lanes; i += Lanes)
                m = Vector256.Max(m, Vector256.LoadUnsafe(ref xs, (nuint)i));
            for (int l = 0; l < Lanes; l++)
                max = MaxKeepNaN(max, m.GetElement(l));
        }
        for (; i < n; i++)
            max = MaxKeepNaN(max, row[i]);
        if (float.IsNegativeInfinity(max))
            max = 0f; // all −∞: exp gives zeros and the result is NaN, as 0/0 should be
        // A NaN anywhere reaches the sum through exp, and from there every output.
        var vmax = Vector256.Create(max);
        var acc = Vector256<float>.Zero;
        i = 0;
        if (vector)
            for (; i <= n - Lanes; i += Lanes)
            {
                var e = Vector256.Exp(Vector256.LoadUnsafe(ref xs, (nuint)i) - vmax);
                if (!log)
                    e.StoreUnsafe(ref ds, (nuint)i);
                acc += e;
            }
        float sum = Vector256.Sum(acc);
        for (; i < n; i++)
        {
            float e = MathF.Exp(row[i] - max);
            if (!log)
                dst[i] = e;
            sum += e;
        }
        i = 0;
        if (log)
        {
            float logSum = MathF.Log(sum);
            var vlog = Vector256.Create(logSum);
            if (vector)
                for (; i <= n - Lanes; i += Lanes)
                    (Vector256.LoadUnsafe(ref xs, (nuint)i) - vmax - vlog).StoreUnsafe(ref ds, (nuint)i);
            for (; i < n; i++)
                dst[i] = row[i] - max - logSum;
            return;
        }
        float inv = 1f / sum;
        var vinv = Vector256.Create(inv);
        if (vector)
            for (; i <= n - Lanes; i += Lanes)
                (Vector256.LoadUnsafe(ref ds, (nuint)i) * vinv).StoreUnsafe(ref ds, (nuint)i);
        for (; i < n; i++)
            dst[i] *= inv;
    }

    private delegate void RowBlock(ReadOnlySpan<float> x, Span<float> destination);

    /// <summary>Elements per task when rows are split over threads: fewer are not worth handing to another thread.</summary>
    private const int TaskElements = 1 << 15;

    /// <summary>Calls <paramref name="body"/> on contiguous blocks of whole rows, one task per block.</summary>
    private static unsafe void SplitRows(ReadOnlySpan<float> x, Span<float> destination, int rowLength, int threads, RowBlock body)
    {
        int rows = rowLength == 0 ? 0 : x.Length / rowLength;
        int tasks = Math.Min(Math.Min(KernelThreads.Resolve(threads) * 4, rows), x.Length / TaskElements);
        if (tasks <= 1)
        {
            body(x, destination);
            return;
        }
        int perTask = (rows + tasks - 1) / tasks;
        fixed (float* px = x)
        fixed (float* pd = destination)
        {
            // Task bodies cannot capture spans; both stay pinned until every task ends.
            nint xAt = (nint)px, dAt = (nint)pd;
            KernelThreads.For(tasks, threads, t =>
            {
                long start = (long)t * perTask * rowLength, count = (long)Math.Min(perTask, rows - t * perTask) * rowLength;
                if (count > 0)
                    body(new ReadOnlySpan<float>((float*)xAt + start, (int)count), new Span<float>((float*)dAt + start, (int)count));
            });
        }
    }

    private static float MaxKeepNaN(float max, float v) => float.IsNaN(max) || float.IsNaN(v) ? float.NaN : Math.Max(max, v);

    /// <summary>
    /// For each row: <c>y = (x − mean) / sqrt(var + epsilon) · scale + bias</c>, with the biased variance
    /// (as ONNX LayerNormalization). <paramref name="bias"/> may be empty. Sums run in float vectors;
    /// <see cref="Reference.NormReference.LayerNorm"/> is the scalar twin.
    /// </summary>
    /// <remarks>Rows are split over up to <paramref name="threads"/> threads when there are enough of them.</remarks>
    public static unsafe void LayerNorm(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination, int rowLength, float epsilon,
        int threads = 1)
    {
        CheckRows(x.Length, destination.Length, rowLength);
        if (scale.Length != rowLength || (!bias.IsEmpty && bias.Length != rowLength))
            throw new ArgumentException($"Scale ({scale.Length}) and bias ({bias.Length}) must have the row length {rowLength}.");
        fixed (float* ps = scale)
        fixed (float* pb = bias)
        {
            nint scaleAt = (nint)ps, biasAt = (nint)pb;
            int biasLength = bias.Length;
            SplitRows(x, destination, rowLength, threads, (xs, ds) =>
            {
                var scales = new ReadOnlySpan<float>((float*)scaleAt, rowLength);
                var biases = new ReadOnlySpan<float>((float*)biasAt, biasLength);
                // Short rows stay on 256-bit vectors: a 512-bit pass there is mostly horizontal sums and scalar tails
                // (17-float rows: 0.70× as fast; 128-float rows: 1.38× faster, in turns).
                if (Avx512F.IsSupported && rowLength >= WideLayerNormRow)
                    LayerNormRows<Lanes512, Vector512<float>>(xs, scales, biases, ds, rowLength, epsilon);
                else if (Fma.IsSupported)
                    LayerNormRows<Lanes256, Vector256<float>>(xs, scales, biases, ds, rowLength, epsilon);
                else
                    Reference.NormReference.LayerNorm(xs, scales, biases, ds, rowLength, epsilon);
            });
        }
    }

    /// <summary>Shortest row the wide, two-accumulator LayerNorm takes.</summary>
    private const int WideLayerNormRow = 64;

    /// <summary>
    /// The rows of a layer normalization in vectors of <typeparamref name="TL"/>, with two accumulators per sum (one
    /// accumulator made each pass over a 128-float row a chain of dependent additions); the two-pass variance of
    /// <see cref="Reference.NormReference.LayerNorm"/>, its scalar twin.
    /// </summary>
    private static unsafe void LayerNormRows<TL, TV>(ReadOnlySpan<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> bias, Span<float> destination, int n, float epsilon)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        int lanes = TL.Count, pairs = n / (2 * lanes) * 2 * lanes, whole = n / lanes * lanes;
        fixed (float* px = x)
        fixed (float* pd = destination)
        fixed (float* ps = scale)
        fixed (float* pb = bias)
        {
            bool hasBias = !bias.IsEmpty;
            for (long r = 0, rows = x.Length / n; r < rows; r++)
            {
                float* row = px + r * n, dst = pd + r * n;
                TV a0 = TL.Zero, a1 = TL.Zero;
                int i = 0;
                for (; i < pairs; i += 2 * lanes)
                {
                    a0 = TL.Add(TL.Load(row + i), a0);
                    a1 = TL.Add(TL.Load(row + i + lanes), a1);
                }
                if (i < whole)
                {
                    a0 = TL.Add(TL.Load(row + i), a0);
                    i += lanes;
                }
                float sum = TL.Sum(TL.Add(a0, a1));
                for (; i < n; i++)
                    sum += row[i];
                float mean = sum / n;
                var vmean = TL.Splat(mean);
                a0 = TL.Zero;
                a1 = TL.Zero;
                for (i = 0; i < pairs; i += 2 * lanes)
                {
                    var d0 = TL.Subtract(TL.Load(row + i), vmean);
                    var d1 = TL.Subtract(TL.Load(row + i + lanes), vmean);
                    a0 = TL.MulAdd(d0, d0, a0);
                    a1 = TL.MulAdd(d1, d1, a1);
                }
                if (i < whole)
                {
                    var d0 = TL.Subtract(TL.Load(row + i), vmean);
                    a0 = TL.MulAdd(d0, d0, a0);
                    i += lanes;
                }
                float squares = TL.Sum(TL.Add(a0, a1));
                for (; i < n; i++)
                    squares += (row[i] - mean) * (row[i] - mean);
                float inv = 1f / MathF.Sqrt(squares / n + epsilon);
                var vinv = TL.Splat(inv);
                for (i = 0; i < whole; i += lanes)
                {
                    var y = TL.Multiply(TL.Multiply(TL.Subtract(TL.Load(row + i), vmean), vinv), TL.Load(ps + i));
                    TL.Store(dst + i, hasBias ? TL.Add(TL.Load(pb + i), y) : y);
                }
                for (; i < n; i++)
                    dst[i] = (row[i] - mean) * inv * ps[i] + (hasBias ? pb[i] : 0f);
            }
        }
    }

    private static void CheckRows(int source, int destination, int rowLength)
    {
        if (rowLength <= 0)
            throw new ArgumentOutOfRangeException(nameof(rowLength), rowLength, "Row length must be positive.");
        if (source % rowLength != 0)
            throw new ArgumentException($"Source length {source} is not a whole number of rows of {rowLength}.");
        if (destination < source)
            throw new ArgumentException($"Destination holds {destination} elements, source {source}.", nameof(destination));
    }
}
