using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Conv;

/// <summary>
/// Direct 1×1 convolution (stride 1, unpadded, one group) on NCHW: <c>y[oc, p] = clamp(bias[oc] + Σ_ic w[oc, ic]·x[ic, p]
/// + residual[oc, p], min, max)</c>. The input is read where it lies — each input channel is a row of the GEMM's B
/// operand, so no im2col and no B packing — and the weights are packed once, when the convolution is prepared, into
/// panels of <see cref="IPointwiseTile.MR"/> output channels. Bias, residual and clamp are applied to the accumulators
/// before the single store, so the output is written once.
/// </summary>
/// <remarks>
/// Loop order: pixel blocks outside, output-channel blocks inside. One pixel block of the input (K rows × NR floats)
/// and all the weight panels stay in L1 while every output channel of that block is computed; the outputs stream out.
/// The last pixel block overlaps its neighbour (it is recomputed, not masked); planes narrower than one tile, and
/// machines without AVX2, take a scalar loop over the same panels.
/// </remarks>
internal static unsafe class PointwiseConv
{
    /// <summary>The tile the best float ISA of this process uses (<see cref="Isa.Scalar"/>: the plain loop).</summary>
    public static Isa Path => CpuFeatures.BestFloat;

    /// <summary>Output channels per weight panel for <paramref name="isa"/>.</summary>
    public static int PanelRows(Isa isa) => isa switch
    {
        Isa.Avx512 => Avx512PointwiseTile.MR,
        Isa.Avx2 => Avx2PointwiseTile.MR,
        _ => 1,
    };

    /// <summary>Pixels one tile covers for <paramref name="isa"/>: narrower planes take the scalar loop.</summary>
    public static int TilePixels(Isa isa) => isa switch
    {
        Isa.Avx512 => Avx512PointwiseTile.NR,
        Isa.Avx2 => Avx2PointwiseTile.NR,
        _ => 1,
    };

    /// <summary>
    /// Weights [OC, K] as panels: <c>panels[(o / MR)·K·MR + k·MR + o % MR] = w[o, k]</c>, the last panel zero-padded, so a
    /// tile reads its MR weights for one input channel from one place.
    /// </summary>
    public static float[] Pack(ReadOnlySpan<float> weights, int outChannels, int k, int mr)
    {
        int blocks = (outChannels + mr - 1) / mr;
        var panels = new float[(long)blocks * k * mr];
        for (int o = 0; o < outChannels; o++)
            for (int i = 0; i < k; i++)
                panels[((long)(o / mr) * k + i) * mr + o % mr] = weights[o * k + i];
        return panels;
    }

    /// <summary>
    /// Pixels [p0, p1) of one image or band: input channel i at <c>x + i·ldx</c>, output (and residual) channel o at
    /// <c>y + o·ldy</c>, <paramref name="pixels"/> valid columns in each. <paramref name="bias"/> and
    /// <paramref name="residual"/> may be null. Needs pixels ≥ <see cref="TilePixels"/> of <paramref name="isa"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Forward(Isa isa, float* x, int ldx, float* panels, float* bias, float* residual, float* y, int ldy,
        int k, int outChannels, int pixels, int p0, int p1, float min, float max)
    {
        if (isa is not (Isa.Avx512 or Isa.Avx2) || pixels < TilePixels(isa))
            Scalar(PanelRows(isa), x, ldx, panels, bias, residual, y, ldy, k, outChannels, p0, p1, min, max);
        else if (isa == Isa.Avx512)
            Run<Avx512PointwiseTile>(x, ldx, panels, bias, residual, y, ldy, k, outChannels, pixels, p0, p1, min, max);
        else
            Run<Avx2PointwiseTile>(x, ldx, panels, bias, residual, y, ldy, k, outChannels, pixels, p0, p1, min, max);
    }

    /// <summary>The same sum one output at a time, over panels of <paramref name="mr"/> rows: planes narrower than a tile, and machines without vectors.</summary>
    private static void Scalar(int mr, float* x, int ldx, float* panels, float* bias, float* residual, float* y, int ldy,
        int k, int outChannels, int p0, int p1, float min, float max)
    {
        for (int o = 0; o < outChannels; o++)
        {
            float* w = panels + (long)(o / mr) * k * mr + o % mr;
            for (int p = p0; p < p1; p++)
            {
                float sum = bias == null ? 0f : bias[o];
                for (int i = 0; i < k; i++)
                    sum += w[(long)i * mr] * x[(long)i * ldx + p];
                if (residual != null)
                    sum += residual[(long)o * ldy + p];
                y[(long)o * ldy + p] = float.IsNaN(sum) ? sum : MathF.Min(MathF.Max(sum, min), max);
            }
        }
    }

    // Optimized at once, without dynamic PGO (as Forward and InvertedResidual.Band): with a profile gathered while
    // another model ran first, the MobileNetV2 block ran 1.2–1.25× slower (docs/runtime.md, sixth stop).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run<T>(float* x, int ldx, float* panels, float* bias, float* residual, float* y, int ldy,
        int k, int outChannels, int pixels, int p0, int p1, float min, float max) where T : struct, IPointwiseTile
    {
        for (int p = p0; p < p1; p += T.NR)
        {
            int at = Math.Min(p, pixels - T.NR);
            for (int o = 0; o < outChannels; o += T.MR)
            {
                long rowAt = (long)o * ldy + at;
                T.Tile(panels + (long)o * k, x + at, ldx, k, bias == null ? null : bias + o,
                    residual == null ? null : residual + rowAt, y + rowAt, ldy, Math.Min(T.MR, outChannels - o), min, max);
            }
        }
    }
}

/// <summary>One register tile of <see cref="PointwiseConv"/>: MR output channels × NR pixels.</summary>
internal unsafe interface IPointwiseTile
{
    static abstract int MR { get; }
    static abstract int NR { get; }

    /// <summary>
    /// <c>y[r·ldy + j] = clamp(bias[r] + Σ_i w[i·MR + r]·x[i·ldx + j] + res[r·ldy + j], min, max)</c> for r &lt; rows,
    /// j &lt; NR. bias and res may be null.
    /// </summary>
    static abstract void Tile(float* w, float* x, int ldx, int k, float* bias, float* res, float* y, int ldy, int rows, float min, float max);
}

/// <summary>12 channels × 32 pixels on zmm registers: 24 accumulators, two input vectors, one broadcast weight.</summary>
internal readonly unsafe struct Avx512PointwiseTile : IPointwiseTile
{
    public static int MR => 12;
    public static int NR => 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(float* w, float* x, int ldx, int k, float* bias, float* res, float* y, int ldy, int rows, float min, float max)
    {
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        Vector512<float> c60 = default, c61 = default, c70 = default, c71 = default, c80 = default, c81 = default;
        Vector512<float> c90 = default, c91 = default, ca0 = default, ca1 = default, cb0 = default, cb1 = default;
        for (int i = 0; i < k; i++, w += 12, x += ldx)
        {
            var b0 = Avx512F.LoadVector512(x);
            var b1 = Avx512F.LoadVector512(x + 16);
            var a = Vector512.Create(w[0]); c00 = Avx512F.FusedMultiplyAdd(a, b0, c00); c01 = Avx512F.FusedMultiplyAdd(a, b1, c01);
            a = Vector512.Create(w[1]); c10 = Avx512F.FusedMultiplyAdd(a, b0, c10); c11 = Avx512F.FusedMultiplyAdd(a, b1, c11);
            a = Vector512.Create(w[2]); c20 = Avx512F.FusedMultiplyAdd(a, b0, c20); c21 = Avx512F.FusedMultiplyAdd(a, b1, c21);
            a = Vector512.Create(w[3]); c30 = Avx512F.FusedMultiplyAdd(a, b0, c30); c31 = Avx512F.FusedMultiplyAdd(a, b1, c31);
            a = Vector512.Create(w[4]); c40 = Avx512F.FusedMultiplyAdd(a, b0, c40); c41 = Avx512F.FusedMultiplyAdd(a, b1, c41);
            a = Vector512.Create(w[5]); c50 = Avx512F.FusedMultiplyAdd(a, b0, c50); c51 = Avx512F.FusedMultiplyAdd(a, b1, c51);
            a = Vector512.Create(w[6]); c60 = Avx512F.FusedMultiplyAdd(a, b0, c60); c61 = Avx512F.FusedMultiplyAdd(a, b1, c61);
            a = Vector512.Create(w[7]); c70 = Avx512F.FusedMultiplyAdd(a, b0, c70); c71 = Avx512F.FusedMultiplyAdd(a, b1, c71);
            a = Vector512.Create(w[8]); c80 = Avx512F.FusedMultiplyAdd(a, b0, c80); c81 = Avx512F.FusedMultiplyAdd(a, b1, c81);
            a = Vector512.Create(w[9]); c90 = Avx512F.FusedMultiplyAdd(a, b0, c90); c91 = Avx512F.FusedMultiplyAdd(a, b1, c91);
            a = Vector512.Create(w[10]); ca0 = Avx512F.FusedMultiplyAdd(a, b0, ca0); ca1 = Avx512F.FusedMultiplyAdd(a, b1, ca1);
            a = Vector512.Create(w[11]); cb0 = Avx512F.FusedMultiplyAdd(a, b0, cb0); cb1 = Avx512F.FusedMultiplyAdd(a, b1, cb1);
        }
        var lo = Vector512.Create(min);
        var hi = Vector512.Create(max);
        Finish(0, c00, c01, ldy, bias, res, y, rows, lo, hi);
        Finish(1, c10, c11, ldy, bias, res, y, rows, lo, hi);
        Finish(2, c20, c21, ldy, bias, res, y, rows, lo, hi);
        Finish(3, c30, c31, ldy, bias, res, y, rows, lo, hi);
        Finish(4, c40, c41, ldy, bias, res, y, rows, lo, hi);
        Finish(5, c50, c51, ldy, bias, res, y, rows, lo, hi);
        Finish(6, c60, c61, ldy, bias, res, y, rows, lo, hi);
        Finish(7, c70, c71, ldy, bias, res, y, rows, lo, hi);
        Finish(8, c80, c81, ldy, bias, res, y, rows, lo, hi);
        Finish(9, c90, c91, ldy, bias, res, y, rows, lo, hi);
        Finish(10, ca0, ca1, ldy, bias, res, y, rows, lo, hi);
        Finish(11, cb0, cb1, ldy, bias, res, y, rows, lo, hi);
    }

    /// <summary>Row r's epilogue. Max/Min take the accumulator second: x86 returns the second operand when one is NaN, so NaN passes through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Finish(int r, Vector512<float> v0, Vector512<float> v1, int ld, float* bias, float* res, float* y, int rows, Vector512<float> lo, Vector512<float> hi)
    {
        if (r >= rows)
            return;
        long at = (long)r * ld;
        if (bias != null)
        {
            var b = Vector512.Create(bias[r]);
            v0 += b;
            v1 += b;
        }
        if (res != null)
        {
            v0 += Avx512F.LoadVector512(res + at);
            v1 += Avx512F.LoadVector512(res + at + 16);
        }
        Avx512F.Store(y + at, Avx512F.Min(hi, Avx512F.Max(lo, v0)));
        Avx512F.Store(y + at + 16, Avx512F.Min(hi, Avx512F.Max(lo, v1)));
    }
}

/// <summary>6 channels × 16 pixels on ymm registers: 12 accumulators, two input vectors, one broadcast weight.</summary>
internal readonly unsafe struct Avx2PointwiseTile : IPointwiseTile
{
    public static int MR => 6;
    public static int NR => 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tile(float* w, float* x, int ldx, int k, float* bias, float* res, float* y, int ldy, int rows, float min, float max)
    {
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int i = 0; i < k; i++, w += 6, x += ldx)
        {
            var b0 = Avx.LoadVector256(x);
            var b1 = Avx.LoadVector256(x + 8);
            var a = Vector256.Create(w[0]); c00 = Fma.MultiplyAdd(a, b0, c00); c01 = Fma.MultiplyAdd(a, b1, c01);
            a = Vector256.Create(w[1]); c10 = Fma.MultiplyAdd(a, b0, c10); c11 = Fma.MultiplyAdd(a, b1, c11);
            a = Vector256.Create(w[2]); c20 = Fma.MultiplyAdd(a, b0, c20); c21 = Fma.MultiplyAdd(a, b1, c21);
            a = Vector256.Create(w[3]); c30 = Fma.MultiplyAdd(a, b0, c30); c31 = Fma.MultiplyAdd(a, b1, c31);
            a = Vector256.Create(w[4]); c40 = Fma.MultiplyAdd(a, b0, c40); c41 = Fma.MultiplyAdd(a, b1, c41);
            a = Vector256.Create(w[5]); c50 = Fma.MultiplyAdd(a, b0, c50); c51 = Fma.MultiplyAdd(a, b1, c51);
        }
        var lo = Vector256.Create(min);
        var hi = Vector256.Create(max);
        Finish(0, c00, c01, ldy, bias, res, y, rows, lo, hi);
        Finish(1, c10, c11, ldy, bias, res, y, rows, lo, hi);
        Finish(2, c20, c21, ldy, bias, res, y, rows, lo, hi);
        Finish(3, c30, c31, ldy, bias, res, y, rows, lo, hi);
        Finish(4, c40, c41, ldy, bias, res, y, rows, lo, hi);
        Finish(5, c50, c51, ldy, bias, res, y, rows, lo, hi);
    }

    /// <summary>Row r's epilogue; NaN passes the clamp as in <see cref="Avx512PointwiseTile"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Finish(int r, Vector256<float> v0, Vector256<float> v1, int ld, float* bias, float* res, float* y, int rows, Vector256<float> lo, Vector256<float> hi)
    {
        if (r >= rows)
            return;
        long at = (long)r * ld;
        if (bias != null)
        {
            var b = Vector256.Create(bias[r]);
            v0 += b;
            v1 += b;
        }
        if (res != null)
        {
            v0 += Avx.LoadVector256(res + at);
            v1 += Avx.LoadVector256(res + at + 8);
        }
        Avx.Store(y + at, Avx.Min(hi, Avx.Max(lo, v0)));
        Avx.Store(y + at + 8, Avx.Min(hi, Avx.Max(lo, v1)));
    }
}
