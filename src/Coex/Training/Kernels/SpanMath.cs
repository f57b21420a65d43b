using System.Numerics;
using System.Runtime.InteropServices;

namespace Coex.Training.Kernels;

/// <summary>Small vectorized span helpers the backward rules and optimizers share.</summary>
public static class SpanMath
{
    /// <summary><c>destination[i] += source[i]</c> for i &lt; source.Length.</summary>
    public static void AddInto(ReadOnlySpan<float> source, Span<float> destination)
    {
        if (destination.Length < source.Length)
            throw new ArgumentException($"Destination holds {destination.Length} floats, source {source.Length}.", nameof(destination));
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var s = MemoryMarshal.Cast<float, Vector<float>>(source);
            var d = MemoryMarshal.Cast<float, Vector<float>>(destination[..source.Length]);
            for (int v = 0; v < s.Length; v++)
                d[v] += s[v];
            i = s.Length * Vector<float>.Count;
        }
        for (; i < source.Length; i++)
            destination[i] += source[i];
    }

    /// <summary><c>destination[j, i] = source[i, j]</c> for a row-major <paramref name="rows"/>×<paramref name="cols"/> source.</summary>
    public static void Transpose(ReadOnlySpan<float> source, int rows, int cols, Span<float> destination)
    {
        if (rows < 0 || cols < 0 || source.Length < (long)rows * cols || destination.Length < (long)rows * cols)
            throw new ArgumentException($"Transpose of {rows}×{cols} needs {(long)rows * cols} floats in and out; got {source.Length} and {destination.Length}.");
        // 32×32 blocks keep both the read and the write side within a few cache lines per row.
        const int Block = 32;
        for (int i0 = 0; i0 < rows; i0 += Block)
            for (int j0 = 0; j0 < cols; j0 += Block)
            {
                int i1 = Math.Min(rows, i0 + Block), j1 = Math.Min(cols, j0 + Block);
                for (int i = i0; i < i1; i++)
                    for (int j = j0; j < j1; j++)
                        destination[j * rows + i] = source[i * cols + j];
            }
    }

    /// <summary>Σ x[i]² in double.</summary>
    public static double SumOfSquares(ReadOnlySpan<float> x)
    {
        double s = 0;
        foreach (float v in x)
            s += (double)v * v;
        return s;
    }
}
