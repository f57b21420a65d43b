using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coex.Kernels.Elementwise;

/// <summary>
/// Drivers that apply <see cref="IBinaryOperator"/>/<see cref="IUnaryOperator"/> structs over spans, with numpy
/// (ONNX multidirectional) broadcasting for binary operations. The JIT specializes each operator; loops,
/// vector widths and tails live only here.
/// </summary>
public static class ElementwiseKernels
{
    /// <summary><c>destination[i] = TOp(x[i])</c>; in place allowed.</summary>
    public static void Unary<TOp>(ReadOnlySpan<float> x, Span<float> destination) where TOp : struct, IUnaryOperator
    {
        if (destination.Length < x.Length)
            throw new ArgumentException($"Destination holds {destination.Length} elements, source {x.Length}.", nameof(destination));
        int i = 0;
        ref float xs = ref MemoryMarshal.GetReference(x);
        ref float ds = ref MemoryMarshal.GetReference(destination);
        if (TOp.Vectorizable512 && Vector512.IsHardwareAccelerated)
            for (; i <= x.Length - Vector512<float>.Count; i += Vector512<float>.Count)
                TOp.Invoke(Vector512.LoadUnsafe(ref xs, (nuint)i)).StoreUnsafe(ref ds, (nuint)i);
        if (TOp.Vectorizable && Vector256.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector256<float>.Count; i += Vector256<float>.Count)
                TOp.Invoke(Vector256.LoadUnsafe(ref xs, (nuint)i)).StoreUnsafe(ref ds, (nuint)i);
        }
        for (; i < x.Length; i++)
            destination[i] = TOp.Invoke(x[i]);
    }

    /// <summary>Elements per task of the threaded <see cref="Unary{TOp}(ReadOnlySpan{float}, Span{float}, int)"/>: a cheap op needs this many to pay for a task.</summary>
    private const int UnaryTaskElements = 1 << 16;

    /// <summary>
    /// <c>destination[i] = TOp(x[i])</c> split over up to <paramref name="threads"/> threads in contiguous chunks (a GELU over a
    /// transformer's FFN activations is millions of erf evaluations); small spans stay on the calling thread.
    /// </summary>
    public static unsafe void Unary<TOp>(ReadOnlySpan<float> x, Span<float> destination, int threads) where TOp : struct, IUnaryOperator
    {
        if (destination.Length < x.Length)
            throw new ArgumentException($"Destination holds {destination.Length} elements, source {x.Length}.", nameof(destination));
        int tasks = Math.Min(KernelThreads.Resolve(threads) * 4, (x.Length + UnaryTaskElements - 1) / UnaryTaskElements);
        if (tasks <= 1)
        {
            Unary<TOp>(x, destination);
            return;
        }
        int length = x.Length, chunk = (length + tasks - 1) / tasks;
        fixed (float* px = x)
        fixed (float* pd = destination)
        {
            // Task bodies cannot capture spans; both stay pinned until every task ends.
            nint xAddr = (nint)px, dAddr = (nint)pd;
            KernelThreads.For(tasks, threads, t =>
            {
                int start = t * chunk, count = Math.Min(chunk, length - start);
                if (count > 0)
                    Unary<TOp>(new ReadOnlySpan<float>((float*)xAddr + start, count), new Span<float>((float*)dAddr + start, count));
            });
        }
    }

    /// <summary>
    /// <c>destination = TOp(x, y)</c> with numpy broadcasting: shapes align from the right, a dimension of 1 stretches.
    /// </summary>
    /// <returns>The broadcast output shape.</returns>
    public static int[] Binary<TOp>(ReadOnlySpan<float> x, ReadOnlySpan<int> xShape, ReadOnlySpan<float> y, ReadOnlySpan<int> yShape, Span<float> destination)
        where TOp : struct, IBinaryOperator
    {
        var shape = BroadcastShape(xShape, yShape);
        long count = 1;
        foreach (int d in shape) count *= d;
        CheckLength(x.Length, xShape, nameof(x));
        CheckLength(y.Length, yShape, nameof(y));
        if (destination.Length < count)
            throw new ArgumentException($"Destination holds {destination.Length} elements; the broadcast shape [{string.Join(", ", shape)}] has {count}.", nameof(destination));
        if (count == 0)
            return shape;
        int rank = shape.Length;
        if (rank == 0)
        {
            destination[0] = TOp.Invoke(x[0], y[0]);
            return shape;
        }
        var xStrides = BroadcastStrides(xShape, shape);
        var yStrides = BroadcastStrides(yShape, shape);
        // Merge the innermost run: the last dimension is walked with per-operand stride 0 or 1.
        int inner = shape[rank - 1];
        int xs = xStrides[rank - 1], ys = yStrides[rank - 1];
        long outer = count / inner;
        var index = new int[rank - 1];
        long xBase = 0, yBase = 0;
        for (long o = 0; o < outer; o++)
        {
            Row<TOp>(x.Slice((int)xBase), xs, y.Slice((int)yBase), ys, destination.Slice((int)(o * inner), inner));
            // Odometer over the outer dimensions.
            for (int d = rank - 2; d >= 0; d--)
            {
                xBase += xStrides[d];
                yBase += yStrides[d];
                if (++index[d] < shape[d])
                    break;
                xBase -= (long)xStrides[d] * shape[d];
                yBase -= (long)yStrides[d] * shape[d];
                index[d] = 0;
            }
        }
        return shape;
    }

    /// <summary>The numpy broadcast of two shapes; throws naming the dimension that disagrees.</summary>
    public static int[] BroadcastShape(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int rank = Math.Max(a.Length, b.Length);
        var shape = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            int da = i < rank - a.Length ? 1 : a[i - (rank - a.Length)];
            int db = i < rank - b.Length ? 1 : b[i - (rank - b.Length)];
            if (da != db && da != 1 && db != 1)
                throw new ArgumentException($"Shapes [{string.Join(", ", a.ToArray())}] and [{string.Join(", ", b.ToArray())}] do not broadcast: dimension {i} is {da} vs {db}.");
            shape[i] = da == 1 ? db : da;
        }
        return shape;
    }

    private static int[] BroadcastStrides(ReadOnlySpan<int> shape, int[] outShape)
    {
        int rank = outShape.Length, offset = rank - shape.Length;
        var strides = new int[rank];
        int stride = 1;
        for (int i = rank - 1; i >= offset; i--)
        {
            int d = shape[i - offset];
            strides[i] = d == 1 ? 0 : stride;
            stride *= d;
        }
        return strides;
    }

    private static void CheckLength(int length, ReadOnlySpan<int> shape, string name)
    {
        long n = 1;
        foreach (int d in shape)
        {
            if (d < 0) throw new ArgumentException($"Shape [{string.Join(", ", shape.ToArray())}] has a negative dimension.", name);
            n *= d;
        }
        if (length != n)
            throw new ArgumentException($"{name} holds {length} elements; its shape [{string.Join(", ", shape.ToArray())}] has {n}.", name);
    }

    /// <summary>One contiguous output row; each input is walked with stride 1 or repeated (stride 0).</summary>
    private static void Row<TOp>(ReadOnlySpan<float> x, int xs, ReadOnlySpan<float> y, int ys, Span<float> d) where TOp : struct, IBinaryOperator
    {
        int i = 0, n = d.Length;
        if (TOp.Vectorizable && Vector256.IsHardwareAccelerated && n >= Vector256<float>.Count)
        {
            ref float xr = ref MemoryMarshal.GetReference(x);
            ref float yr = ref MemoryMarshal.GetReference(y);
            ref float dr = ref MemoryMarshal.GetReference(d);
            var xb = Vector256.Create(x[0]);
            var yb = Vector256.Create(y[0]);
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var xv = xs == 0 ? xb : Vector256.LoadUnsafe(ref xr, (nuint)i);
                var yv = ys == 0 ? yb : Vector256.LoadUnsafe(ref yr, (nuint)i);
                TOp.Invoke(xv, yv).StoreUnsafe(ref dr, (nuint)i);
            }
        }
        for (; i < n; i++)
            d[i] = TOp.Invoke(x[i * xs], y[i * ys]);
    }
}
