using System.Runtime.CompilerServices;
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
/// The input gradient is itself a depthwise convolution: the output gradient, spread out by the stride (zeros
/// between), correlated with the flipped filters. It runs on the forward kernel, <see cref="Conv2D"/>, vectorized
/// and threaded over (image, channel) planes. The weight gradient copies each input plane once into zero-bordered,
/// stride-phase-split rows, so every tap reads contiguous vectors with no bounds checks; each channel's sum runs over
/// the batch in order on one thread, so results do not depend on the thread count.
/// </remarks>
public static class DepthwiseConvBackward
{
    /// <summary><c>dInput[n, c, ih, iw] = Σ w[c, kh, kw] · dOutput[n, c, oh, ow]</c> over taps reading (ih, iw); overwritten.</summary>
    public static void InputGrad(ReadOnlySpan<float> dOutput, ReadOnlySpan<float> weights, Conv2DGeometry g, Span<float> dInput, int threads = 0)
    {
        Check(g, dOutput.Length, weights.Length, dInput.Length);
        threads = KernelThreads.Resolve(threads);
        int sh = g.StrideH, sw = g.StrideW, oh = g.OutHeight, ow = g.OutWidth;
        int spanH = (g.KernelH - 1) * g.DilationH, spanW = (g.KernelW - 1) * g.DilationW;
        int upH = (oh - 1) * sh + 1, upW = (ow - 1) * sw + 1;
        int padTop = spanH - g.PadTop, padLeft = spanW - g.PadLeft;
        int padBottom = g.Height + g.PadTop - upH, padRight = g.Width + g.PadLeft - upW;
        // The flipped-filter correlation needs every pad of it non-negative: true unless a pad exceeds the kernel's reach.
        if (padTop < 0 || padLeft < 0 || padBottom < 0 || padRight < 0)
        {
            InputGradDirect(dOutput, weights, g, dInput);
            return;
        }
        var flipped = new float[weights.Length];
        int taps = g.KernelH * g.KernelW;
        for (int c = 0; c < g.InChannels; c++)
            for (int t = 0; t < taps; t++)
                flipped[c * taps + t] = weights[c * taps + taps - 1 - t];
        ReadOnlySpan<float> spread = dOutput;
        float[]? upsampled = null;
        if (sh > 1 || sw > 1)
        {
            upsampled = new float[(long)g.Batch * g.InChannels * upH * upW];
            for (int p = 0; p < g.Batch * g.InChannels; p++)
                for (int y = 0; y < oh; y++)
                {
                    var src = dOutput.Slice((p * oh + y) * ow, ow);
                    var dst = upsampled.AsSpan((p * upH + y * sh) * upW, upW);
                    for (int x = 0; x < ow; x++)
                        dst[x * sw] = src[x];
                }
            spread = upsampled;
        }
        var transposed = new Conv2DGeometry
        {
            Batch = g.Batch, InChannels = g.InChannels, OutChannels = g.InChannels, Groups = g.InChannels, Height = upH, Width = upW,
            KernelH = g.KernelH, KernelW = g.KernelW, DilationH = g.DilationH, DilationW = g.DilationW,
            PadTop = padTop, PadLeft = padLeft, PadBottom = padBottom, PadRight = padRight,
        };
        Conv2D.Forward(spread, Conv2D.Pack(flipped, transposed), [], dInput, threads);
    }

    /// <summary>Scalar scatter form of <see cref="InputGrad"/>, for pads wider than the kernel reaches.</summary>
    private static void InputGradDirect(ReadOnlySpan<float> dy, ReadOnlySpan<float> w, Conv2DGeometry g, Span<float> dx)
    {
        dx.Clear();
        int plane = g.Height * g.Width, outPlane = g.OutHeight * g.OutWidth, taps = g.KernelH * g.KernelW;
        for (int p = 0; p < g.Batch * g.InChannels; p++)
        {
            int c = p % g.InChannels;
            for (int kh = 0; kh < g.KernelH; kh++)
                for (int kw = 0; kw < g.KernelW; kw++)
                {
                    float tap = w[c * taps + kh * g.KernelW + kw];
                    for (int y = 0; y < g.OutHeight; y++)
                    {
                        int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
                        if ((uint)ih >= (uint)g.Height)
                            continue;
                        for (int x = 0; x < g.OutWidth; x++)
                        {
                            int iw = x * g.StrideW - g.PadLeft + kw * g.DilationW;
                            if ((uint)iw < (uint)g.Width)
                                dx[p * plane + ih * g.Width + iw] += tap * dy[p * outPlane + y * g.OutWidth + x];
                        }
                    }
                }
        }
    }

    /// <summary>
    /// <c>dWeights[c, kh, kw] = Σ_n,oh,ow input[n, c, ih, iw] · dOutput[n, c, oh, ow]</c> and, when
    /// <paramref name="dBias"/> is not empty, <c>dBias[c] = Σ dOutput[n, c, ·, ·]</c>; both overwritten.
    /// </summary>
    public static unsafe void WeightGrad(ReadOnlySpan<float> input, ReadOnlySpan<float> dOutput, Conv2DGeometry g, Span<float> dWeights, Span<float> dBias, int threads = 0)
    {
        Check(g, dOutput.Length, dWeights.Length, input.Length);
        if (!dBias.IsEmpty && dBias.Length != g.OutChannels)
            throw new ArgumentException($"Bias gradient holds {dBias.Length} floats; expected {g.OutChannels} or none.", nameof(dBias));
        threads = KernelThreads.Resolve(threads);
        var dw = new float[dWeights.Length];
        var db = new float[g.OutChannels];
        fixed (float* px = input)
        fixed (float* pdy = dOutput)
        {
            nint xAddr = (nint)px, dyAddr = (nint)pdy;
            int xLen = input.Length, dyLen = dOutput.Length;
            KernelThreads.For(g.InChannels, threads, c =>
                WeightGradChannel(new((void*)xAddr, xLen), new((void*)dyAddr, dyLen), g, c, dw, db));
        }
        dw.CopyTo(dWeights);
        if (!dBias.IsEmpty)
            db.CopyTo(dBias);
    }

    private const int Lanes = 8;
    [ThreadStatic] private static float[]? t_phases;
    [ThreadStatic] private static float[]? t_dyRow;

    /// <summary>One channel's weight and bias gradients, summed over the batch in image order.</summary>
    private static void WeightGradChannel(ReadOnlySpan<float> input, ReadOnlySpan<float> dOutput, Conv2DGeometry g, int c, float[] dw, float[] db)
    {
        int oh = g.OutHeight, ow = g.OutWidth, sh = g.StrideH, sw = g.StrideW, kh_ = g.KernelH, kw_ = g.KernelW, dh = g.DilationH, dwl = g.DilationW;
        int owRound = (ow + Lanes - 1) / Lanes * Lanes;
        // Padded rows: every column any tap reads for output columns up to owRound (the extra lanes meet zero dy).
        int paddedW = Math.Max(g.PadLeft + g.Width, (owRound - 1) * sw + (kw_ - 1) * dwl + 1);
        int phaseW = (paddedW + sw - 1) / sw; // columns per stride phase: padded column s·j + p is phase p, column j
        int paddedH = Math.Max(g.PadTop + g.Height, (oh - 1) * sh + (kh_ - 1) * dh + 1);
        int rowFloats = sw * phaseW;
        var phases = t_phases;
        if (phases is null || phases.Length < paddedH * rowFloats)
            t_phases = phases = new float[paddedH * rowFloats];
        var dyRow = t_dyRow;
        if (dyRow is null || dyRow.Length < owRound)
            t_dyRow = dyRow = new float[owRound];
        dyRow.AsSpan(ow, owRound - ow).Clear(); // the lanes past the row meet zero gradient
        int taps = kh_ * kw_, plane = g.Height * g.Width, outPlane = oh * ow;
        // One vector accumulator per tap for the whole channel: a horizontal sum only at the end.
        Span<Vector256<float>> acc = stackalloc Vector256<float>[taps];
        acc.Clear();
        Span<float> sums = stackalloc float[taps];
        sums.Clear();
        // Where tap column kw starts in a phase-split row: padded column x·s + kw·d is phase (kw·d) mod s, column x + (kw·d) div s.
        Span<int> tapColumn = stackalloc int[kw_];
        for (int kw = 0; kw < kw_; kw++)
            tapColumn[kw] = kw * dwl % sw * phaseW + kw * dwl / sw;
        bool vector = Vector256.IsHardwareAccelerated;
        double bias = 0;
        var grid = phases.AsSpan(0, paddedH * rowFloats);
        grid.Clear(); // borders stay zero; interiors are overwritten per image
        ref float dyRef = ref MemoryMarshal.GetArrayDataReference(dyRow);
        for (int n = 0; n < g.Batch; n++)
        {
            int p = n * g.InChannels + c;
            var x = input.Slice(p * plane, plane);
            var dy = dOutput.Slice(p * outPlane, outPlane);
            for (int h = 0; h < g.Height; h++)
            {
                var row = grid.Slice((g.PadTop + h) * rowFloats, rowFloats);
                var src = x.Slice(h * g.Width, g.Width);
                if (sw == 1)
                    src.CopyTo(row[g.PadLeft..]);
                else
                    for (int phase = 0; phase < sw; phase++)
                    {
                        // The first column of this phase at or after the left pad, then every s-th column.
                        int col = g.PadLeft + ((phase - g.PadLeft % sw) % sw + sw) % sw;
                        var dst = row.Slice(phase * phaseW, phaseW);
                        for (int j = col / sw; col < g.PadLeft + g.Width; col += sw, j++)
                            dst[j] = src[col - g.PadLeft];
                    }
            }
            foreach (float v in dy)
                bias += v;
            for (int y = 0; y < oh; y++)
            {
                dy.Slice(y * ow, ow).CopyTo(dyRow);
                for (int kh = 0; kh < kh_; kh++)
                {
                    ref float xRef = ref MemoryMarshal.GetReference(grid.Slice((y * sh + kh * dh) * rowFloats, rowFloats));
                    if (vector && kw_ == 3)
                    {
                        // The common 3-wide row: three accumulators stay in registers across the row.
                        int t0 = kh * 3;
                        nuint c0 = (nuint)tapColumn[0], c1 = (nuint)tapColumn[1], c2 = (nuint)tapColumn[2];
                        Vector256<float> a0 = acc[t0], a1 = acc[t0 + 1], a2 = acc[t0 + 2];
                        for (int x0 = 0; x0 < owRound; x0 += Lanes)
                        {
                            var d = Vector256.LoadUnsafe(ref dyRef, (nuint)x0);
                            a0 = Vector256.FusedMultiplyAdd(d, Vector256.LoadUnsafe(ref xRef, c0 + (nuint)x0), a0);
                            a1 = Vector256.FusedMultiplyAdd(d, Vector256.LoadUnsafe(ref xRef, c1 + (nuint)x0), a1);
                            a2 = Vector256.FusedMultiplyAdd(d, Vector256.LoadUnsafe(ref xRef, c2 + (nuint)x0), a2);
                        }
                        acc[t0] = a0; acc[t0 + 1] = a1; acc[t0 + 2] = a2;
                        continue;
                    }
                    for (int kw = 0; kw < kw_; kw++)
                    {
                        int t = kh * kw_ + kw;
                        nuint at = (nuint)tapColumn[kw];
                        if (vector)
                        {
                            var a = acc[t];
                            for (int x0 = 0; x0 < owRound; x0 += Lanes)
                                a = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref dyRef, (nuint)x0), Vector256.LoadUnsafe(ref xRef, at + (nuint)x0), a);
                            acc[t] = a;
                        }
                        else
                        {
                            float sum = 0;
                            for (int x0 = 0; x0 < ow; x0++)
                                sum += dyRow[x0] * Unsafe.Add(ref xRef, (nint)at + x0);
                            sums[t] += sum;
                        }
                    }
                }
            }
        }
        for (int t = 0; t < taps; t++)
            dw[c * taps + t] = sums[t] + Vector256.Sum(acc[t]);
        db[c] = (float)bias;
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
