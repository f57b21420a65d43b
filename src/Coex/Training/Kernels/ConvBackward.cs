using Coex.Kernels;
using Coex.Kernels.Conv;
using Coex.Kernels.Gemm;

namespace Coex.Training.Kernels;

/// <summary>
/// Gradients of <see cref="Conv2D.Forward(ReadOnlySpan{float}, PackedConvWeights, ReadOnlySpan{float}, Span{float}, int)"/> (NCHW input, OIHW weights, any stride, padding, dilation and groups),
/// lowered to the packed F32 GEMM.
/// </summary>
/// <remarks>
/// Input gradient, per image and group: dColsᵀ[Kg, P] = W_gᵀ[Kg, ocg] · dY_g[ocg, P] (the image's output planes packed
/// as B), then col2im adds each patch row back onto the input pixels it was read from. Weight gradient, per image
/// and group: dW_gᵀ[Kg, ocg] = colsᵀ[Kg, P] · dYᵀ[P, ocg], with the patch matrix built directly in that
/// (patch element × pixel) layout. P = output pixels, Kg = patch size of a group, ocg = output channels per group.
/// Images are split into one fixed chunk per thread and the partial weight gradients are summed in chunk order,
/// so a given thread count always gives the same bits.
/// </remarks>
public static class ConvBackward
{
    /// <summary><c>dInput = ∂L/∂input</c> given <c>dOutput = ∂L/∂output</c>; <paramref name="dInput"/> is overwritten.</summary>
    public static void InputGrad(ReadOnlySpan<float> dOutput, ReadOnlySpan<float> weights, Conv2DGeometry g, Span<float> dInput, int threads = 0)
    {
        Check(g, dOutput.Length, g.OutputLength, nameof(dOutput));
        Check(g, weights.Length, g.WeightLength, nameof(weights));
        Check(g, dInput.Length, g.InputLength, nameof(dInput));
        threads = KernelThreads.Resolve(threads);
        int kg = g.PatchSize, ocg = g.OutChannelsPerGroup;
        // A operand per group: W_gᵀ [Kg, ocg], read in place by the GEMM.
        var wT = new float[g.Groups][];
        for (int grp = 0; grp < g.Groups; grp++)
        {
            wT[grp] = new float[kg * ocg];
            SpanMath.Transpose(weights.Slice(grp * ocg * kg, ocg * kg), ocg, kg, wT[grp]);
        }
        float[] dy = dOutput.ToArray();
        float[] dx = new float[dInput.Length];
        // Each (image, group) task writes only its own input channels, so tasks never overlap.
        KernelThreads.For(g.Batch * g.Groups, threads, task =>
        {
            int n = task / g.Groups, grp = task % g.Groups;
            InputGradTask(dy, wT[grp], g, dx, n, grp);
        });
        dx.CopyTo(dInput);
    }

    [ThreadStatic] private static float[]? t_a;
    [ThreadStatic] private static float[]? t_b;

    private static float[] Scratch(ref float[]? slot, int length) => slot is { } s && s.Length >= length ? s : slot = new float[length];

    private static void InputGradTask(float[] dy, float[] wT, Conv2DGeometry g, float[] dx, int n, int grp)
    {
        int kg = g.PatchSize, ocg = g.OutChannelsPerGroup, icg = g.InChannelsPerGroup;
        int oh = g.OutHeight, ow = g.OutWidth, pixels = oh * ow, plane = g.Height * g.Width;
        // dColsᵀ[Kg, P] = W_gᵀ[Kg, ocg] · dY_g[ocg, P]; dY_g is the image's output planes of the group, packed as B.
        var packed = GemmF32.Pack(dy.AsSpan((n * g.OutChannels + grp * ocg) * pixels, ocg * pixels), ocg, pixels);
        var dColsT = Scratch(ref t_b, kg * pixels);
        GemmF32.Multiply(wT, packed, dColsT.AsSpan(0, kg * pixels), kg, threads: 1);
        // col2im: row (ic, kh, kw) of dColsᵀ holds, per output pixel, the gradient of the input pixel it read.
        int inBase = (n * g.InChannels + grp * icg) * plane, row = 0;
        for (int ic = 0; ic < icg; ic++)
            for (int kh = 0; kh < g.KernelH; kh++)
                for (int kw = 0; kw < g.KernelW; kw++, row++)
                {
                    var src = dColsT.AsSpan(row * pixels, pixels);
                    int chBase = inBase + ic * plane, shift = kw * g.DilationW - g.PadLeft;
                    for (int y = 0; y < oh; y++)
                    {
                        int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
                        if ((uint)ih >= (uint)g.Height)
                            continue;
                        var outRow = src.Slice(y * ow, ow);
                        int dst = chBase + ih * g.Width;
                        if (g.StrideW == 1)
                        {
                            // Unit stride: in-bounds outputs add onto one contiguous input run.
                            int lo = Math.Clamp(-shift, 0, ow), hi = Math.Clamp(g.Width - shift, lo, ow);
                            SpanMath.AddInto(outRow[lo..hi], dx.AsSpan(dst + lo + shift, hi - lo));
                            continue;
                        }
                        for (int xo = 0; xo < ow; xo++)
                        {
                            int iw = xo * g.StrideW + shift;
                            if ((uint)iw < (uint)g.Width)
                                dx[dst + iw] += outRow[xo];
                        }
                    }
                }
    }

    /// <summary>
    /// <c>dWeights = ∂L/∂w</c> (OIHW) and, when <paramref name="dBias"/> is not empty, <c>dBias = ∂L/∂bias</c>; both overwritten.
    /// </summary>
    public static void WeightGrad(ReadOnlySpan<float> input, ReadOnlySpan<float> dOutput, Conv2DGeometry g, Span<float> dWeights, Span<float> dBias, int threads = 0)
    {
        Check(g, input.Length, g.InputLength, nameof(input));
        Check(g, dOutput.Length, g.OutputLength, nameof(dOutput));
        Check(g, dWeights.Length, g.WeightLength, nameof(dWeights));
        if (!dBias.IsEmpty && dBias.Length != g.OutChannels)
            throw new ArgumentException($"Bias gradient holds {dBias.Length} floats; expected {g.OutChannels} or none.", nameof(dBias));
        threads = KernelThreads.Resolve(threads);
        int chunks = Math.Min(threads, g.Batch);
        float[] x = input.ToArray(), dy = dOutput.ToArray();
        var partial = new float[chunks][];
        KernelThreads.For(chunks, threads, c =>
        {
            var acc = partial[c] = new float[g.WeightLength];
            int n0 = (int)((long)g.Batch * c / chunks), n1 = (int)((long)g.Batch * (c + 1) / chunks);
            for (int n = n0; n < n1; n++)
                for (int grp = 0; grp < g.Groups; grp++)
                    WeightGradTask(x, dy, g, acc, n, grp);
        });
        partial[0].CopyTo(dWeights);
        for (int c = 1; c < chunks; c++)
            SpanMath.AddInto(partial[c], dWeights);
        if (!dBias.IsEmpty)
        {
            int pixels = g.OutHeight * g.OutWidth;
            for (int oc = 0; oc < g.OutChannels; oc++)
            {
                double s = 0;
                for (int n = 0; n < g.Batch; n++)
                    foreach (float v in dOutput.Slice((n * g.OutChannels + oc) * pixels, pixels))
                        s += v;
                dBias[oc] = (float)s;
            }
        }
    }

    private static void WeightGradTask(float[] x, float[] dy, Conv2DGeometry g, float[] acc, int n, int grp)
    {
        int kg = g.PatchSize, ocg = g.OutChannelsPerGroup, icg = g.InChannelsPerGroup;
        int oh = g.OutHeight, ow = g.OutWidth, pixels = oh * ow, plane = g.Height * g.Width;
        var colsT = Scratch(ref t_a, kg * pixels);
        var dyT = Scratch(ref t_b, Math.Max(pixels * ocg, kg * ocg));
        int inBase = (n * g.InChannels + grp * icg) * plane;
        int row = 0;
        for (int ic = 0; ic < icg; ic++)
            for (int kh = 0; kh < g.KernelH; kh++)
                for (int kw = 0; kw < g.KernelW; kw++, row++)
                {
                    var dst = colsT.AsSpan(row * pixels, pixels);
                    int chBase = inBase + ic * plane;
                    for (int y = 0; y < oh; y++)
                    {
                        int ih = y * g.StrideH - g.PadTop + kh * g.DilationH;
                        var outRow = dst.Slice(y * ow, ow);
                        if ((uint)ih >= (uint)g.Height)
                        {
                            outRow.Clear();
                            continue;
                        }
                        int src = chBase + ih * g.Width;
                        if (g.StrideW == 1)
                        {
                            // Unit stride: the in-bounds outputs read one contiguous input run.
                            int shift = kw * g.DilationW - g.PadLeft;
                            int lo = Math.Clamp(-shift, 0, ow), hi = Math.Clamp(g.Width - shift, lo, ow);
                            outRow[..lo].Clear();
                            x.AsSpan(src + lo + shift, hi - lo).CopyTo(outRow[lo..hi]);
                            outRow[hi..].Clear();
                            continue;
                        }
                        for (int xo = 0; xo < ow; xo++)
                        {
                            int iw = xo * g.StrideW - g.PadLeft + kw * g.DilationW;
                            outRow[xo] = (uint)iw < (uint)g.Width ? x[src + iw] : 0f;
                        }
                    }
                }
        SpanMath.Transpose(dy.AsSpan((n * g.OutChannels + grp * ocg) * pixels, ocg * pixels), ocg, pixels, dyT);
        var packed = GemmF32.Pack(dyT.AsSpan(0, pixels * ocg), pixels, ocg);
        // The product dWᵀ[Kg, ocg] reuses the dyT scratch, which the packing has already copied.
        var result = dyT.AsSpan(0, kg * ocg);
        GemmF32.Multiply(colsT.AsSpan(0, kg * pixels), packed, result, kg, threads: 1);
        for (int oc = 0; oc < ocg; oc++)
        {
            var dst = acc.AsSpan((grp * ocg + oc) * kg, kg);
            for (int k = 0; k < kg; k++)
                dst[k] += result[k * ocg + oc];
        }
    }

    private static void Check(Conv2DGeometry g, int actual, long expected, string name)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (actual != expected)
            throw new ArgumentException($"{name} holds {actual} floats; the convolution geometry needs {expected}.", name);
    }
}
