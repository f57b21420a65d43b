using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Coex.Kernels;
using Coex.Kernels.Conv;

namespace Coex.Training.Kernels;

/// <summary>
/// Direct gradients of a depthwise convolution (one KH×KW filter per channel, <see cref="Conv2DGeometry.IsDepthwise"/>),
/// where a per-channel GEMM would have a single output column.
/// </summary>
/// <remarks>
/// Both gradients walk, for each filter tap (kh, kw) and output row, the run of output columns whose input column
/// is inside the image (the same bounds the forward depthwise kernel uses). Input-gradient tasks are (image, channel)
/// planes; weight-gradient tasks are channels, each summing over the batch in order, so results do not depend on
/// the thread count.
/// </remarks>
public static class DepthwiseConvBackward
{
    /// <summary><c>dInput[n, c, ih, iw] = Σ w[c, kh, kw] · dOutput[n, c, oh, ow]</c> over taps reading (ih, iw); overwritten.</summary>
    public static void InputGrad(ReadOnlySpan<float> dOutput, ReadOnlySpan<float> weights, Conv2DGeometry g, Span<float> dInput, int threads = 0)
    {
        Check(g, dOutput.Length, weights.Length, dInput.Length);
        threads = KernelThreads.Resolve(threads);
        float[] dy = dOutput.ToArray(), w = weights.ToArray(), dx = new float[dInput.Length];
        int plane = g.Height * g.Width, outPlane = g.OutHeight * g.OutWidth, taps = g.KernelH * g.KernelW;
        KernelThreads.For(g.Batch * g.InChannels, threads, task =>
        {
            int c = task % g.InChannels;
            var dyPlane = dy.AsSpan(task * outPlane, outPlane);
            var dxPlane = dx.AsSpan(task * plane, plane);
            for (int kh = 0; kh < g.KernelH; kh++)
                for (int kw = 0; kw < g.KernelW; kw++)
                {
                    float tap = w[c * taps + kh * g.KernelW + kw];
                    if (!Columns(g, kw, out int lo, out int hi, out int offset))
                        continue;
                    for (int y = 0; y < g.OutHeight; y++)
                    {
                        int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
                        if ((uint)ih >= (uint)g.Height)
                            continue;
                        var dyRow = dyPlane.Slice(y * g.OutWidth + lo, hi - lo);
                        var dxRow = dxPlane.Slice(ih * g.Width, g.Width);
                        if (g.StrideW == 1)
                            AddScaled(tap, dyRow, dxRow.Slice(lo + offset, hi - lo));
                        else
                            for (int i = 0; i < dyRow.Length; i++)
                                dxRow[(lo + i) * g.StrideW + offset] += tap * dyRow[i];
                    }
                }
        });
        dx.CopyTo(dInput);
    }

    /// <summary>
    /// <c>dWeights[c, kh, kw] = Σ_n,oh,ow input[n, c, ih, iw] · dOutput[n, c, oh, ow]</c> and, when
    /// <paramref name="dBias"/> is not empty, <c>dBias[c] = Σ dOutput[n, c, ·, ·]</c>; both overwritten.
    /// </summary>
    public static void WeightGrad(ReadOnlySpan<float> input, ReadOnlySpan<float> dOutput, Conv2DGeometry g, Span<float> dWeights, Span<float> dBias, int threads = 0)
    {
        Check(g, dOutput.Length, dWeights.Length, input.Length);
        if (!dBias.IsEmpty && dBias.Length != g.OutChannels)
            throw new ArgumentException($"Bias gradient holds {dBias.Length} floats; expected {g.OutChannels} or none.", nameof(dBias));
        threads = KernelThreads.Resolve(threads);
        float[] x = input.ToArray(), dy = dOutput.ToArray(), dw = new float[dWeights.Length], db = new float[g.OutChannels];
        int plane = g.Height * g.Width, outPlane = g.OutHeight * g.OutWidth, taps = g.KernelH * g.KernelW;
        KernelThreads.For(g.InChannels, threads, c =>
        {
            for (int n = 0; n < g.Batch; n++)
            {
                int p = n * g.InChannels + c;
                var xPlane = x.AsSpan(p * plane, plane);
                var dyPlane = dy.AsSpan(p * outPlane, outPlane);
                double bias = 0;
                foreach (float v in dyPlane) bias += v;
                db[c] += (float)bias;
                for (int kh = 0; kh < g.KernelH; kh++)
                    for (int kw = 0; kw < g.KernelW; kw++)
                    {
                        if (!Columns(g, kw, out int lo, out int hi, out int offset))
                            continue;
                        float sum = 0;
                        for (int y = 0; y < g.OutHeight; y++)
                        {
                            int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
                            if ((uint)ih >= (uint)g.Height)
                                continue;
                            var dyRow = dyPlane.Slice(y * g.OutWidth + lo, hi - lo);
                            var xRow = xPlane.Slice(ih * g.Width, g.Width);
                            if (g.StrideW == 1)
                                sum += Dot(dyRow, xRow.Slice(lo + offset, hi - lo));
                            else
                                for (int i = 0; i < dyRow.Length; i++)
                                    sum += dyRow[i] * xRow[(lo + i) * g.StrideW + offset];
                        }
                        dw[c * taps + kh * g.KernelW + kw] += sum;
                    }
            }
        });
        dw.CopyTo(dWeights);
        if (!dBias.IsEmpty)
            db.CopyTo(dBias);
    }

    /// <summary>Output columns [lo, hi) whose input column ow·s + offset (offset = kw·d − pad) is inside the row.</summary>
    private static bool Columns(Conv2DGeometry g, int kw, out int lo, out int hi, out int offset)
    {
        offset = kw * g.DilationW - g.PadLeft;
        lo = offset >= 0 ? 0 : (-offset + g.StrideW - 1) / g.StrideW;
        hi = g.Width - 1 - offset < 0 ? 0 : Math.Min(g.OutWidth, (g.Width - 1 - offset) / g.StrideW + 1);
        return lo < hi;
    }

    /// <summary><c>y[i] += a · x[i]</c>.</summary>
    private static void AddScaled(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(a);
            ref float rx = ref MemoryMarshal.GetReference(x);
            ref float ry = ref MemoryMarshal.GetReference(y);
            for (; i <= x.Length - 8; i += 8)
                (Vector256.LoadUnsafe(ref ry, (nuint)i) + va * Vector256.LoadUnsafe(ref rx, (nuint)i)).StoreUnsafe(ref ry, (nuint)i);
        }
        for (; i < x.Length; i++)
            y[i] += a * x[i];
    }

    /// <summary>Σ a[i]·b[i] in float over 8 lanes.</summary>
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int i = 0;
        var acc = Vector256<float>.Zero;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float ra = ref MemoryMarshal.GetReference(a);
            ref float rb = ref MemoryMarshal.GetReference(b);
            for (; i <= a.Length - 8; i += 8)
                acc += Vector256.LoadUnsafe(ref ra, (nuint)i) * Vector256.LoadUnsafe(ref rb, (nuint)i);
        }
        float s = Vector256.Sum(acc);
        for (; i < a.Length; i++)
            s += a[i] * b[i];
        return s;
    }

    private static void Check(Conv2DGeometry g, int dOutput, int weights, int input)
    {
        ArgumentNullException.ThrowIfNull(g);
        g.Validate();
        if (!g.IsDepthwise)
            throw new ArgumentException($"Geometry is not depthwise (groups {g.Groups}, channels {g.InChannels}→{g.OutChannels}); use ConvBackward.");
        if (dOutput != g.OutputLength || weights != g.WeightLength || input != g.InputLength)
            throw new ArgumentException($"Depthwise backward needs {g.OutputLength} output gradients, {g.WeightLength} weights and {g.InputLength} inputs; got {dOutput}, {weights} and {input}.");
    }
}
