using System.Runtime.Intrinsics;

namespace Coex.Kernels.Gemm;

/// <summary>
/// Ends an int8 GEMM in float: <c>y = clamp(v · scale[n] + bias[n], Lower, Upper)</c> for each int32 sum v, where scale[n] is
/// the product of the activation and weight scales. Row-major destination: <c>y[row·N + column + j]</c>.
/// </summary>
/// <remarks>The destination is a pinned pointer (checked against <paramref name="length"/> in <see cref="Validate"/>); <paramref name="bias"/> may be empty.</remarks>
public readonly unsafe struct DequantizeRows(float* destination, long length, ReadOnlyMemory<float> scales, ReadOnlyMemory<float> bias, float lower, float upper) : IOutputStage
{
    private readonly nint _destination = (nint)destination;

    public void Validate(int m, int n) => DequantizeChecks.Validate(length, (long)m * n, scales.Length, bias.Length, n, lower, upper);

    public void Process(Span<int> values, int row, int column, int n)
    {
        float* y = (float*)_destination + (long)row * n + column;
        ReadOnlySpan<float> s = scales.Span.Slice(column, values.Length), b = bias.IsEmpty ? default : bias.Span.Slice(column, values.Length);
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var lo = Vector256.Create(lower);
            var hi = Vector256.Create(upper);
            for (; j <= values.Length - 8; j += 8)
            {
                var v = Vector256.ConvertToSingle(Vector256.Create<int>(values.Slice(j, 8))) * Vector256.Create<float>(s.Slice(j, 8));
                if (!b.IsEmpty)
                    v += Vector256.Create<float>(b.Slice(j, 8));
                Vector256.Min(Vector256.Max(v, lo), hi).Store(y + j);
            }
        }
        for (; j < values.Length; j++)
            y[j] = Math.Min(Math.Max(values[j] * s[j] + (b.IsEmpty ? 0f : b[j]), lower), upper);
    }
}

/// <summary>
/// Like <see cref="DequantizeRows"/>, for a convolution computed as rows = output pixels (of consecutive images),
/// columns = output channels, stored NCHW: row r = image·Pixels + pixel goes to <c>y[(image·N + channel)·Pixels + pixel]</c>.
/// </summary>
public readonly unsafe struct DequantizeNchw(float* destination, long length, int pixels, ReadOnlyMemory<float> scales, ReadOnlyMemory<float> bias, float lower, float upper) : IOutputStage
{
    private readonly nint _destination = (nint)destination;

    public void Validate(int m, int n)
    {
        if (pixels <= 0 || m % pixels != 0)
            throw new ArgumentException($"{m} rows are not whole images of {pixels} pixels.", "output");
        DequantizeChecks.Validate(length, (long)m * n, scales.Length, bias.Length, n, lower, upper);
    }

    public void Process(Span<int> values, int row, int column, int n)
    {
        int image = row / pixels, pixel = row % pixels;
        float* y = (float*)_destination + ((long)image * n + column) * pixels + pixel;
        ReadOnlySpan<float> s = scales.Span.Slice(column, values.Length), b = bias.IsEmpty ? default : bias.Span.Slice(column, values.Length);
        for (int j = 0; j < values.Length; j++)
            y[(long)j * pixels] = Math.Min(Math.Max(values[j] * s[j] + (b.IsEmpty ? 0f : b[j]), lower), upper);
    }
}

internal static class DequantizeChecks
{
    public static void Validate(long length, long needed, int scales, int bias, int n, float lower, float upper)
    {
        if (length < needed)
            throw new ArgumentException($"The float destination holds {length} values; {needed} needed.", "output");
        if (scales != n)
            throw new ArgumentException($"{scales} scales for N = {n} columns; one per column needed.", "output");
        if (bias != 0 && bias != n)
            throw new ArgumentException($"{bias} bias values for N = {n} columns; none or one per column needed.", "output");
        if (!(lower <= upper))
            throw new ArgumentException($"Clamp bounds [{lower}, {upper}] are empty.", "output");
    }
}
