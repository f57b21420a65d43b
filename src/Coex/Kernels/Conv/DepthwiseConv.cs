using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Conv;

/// <summary>
/// Direct depthwise convolution of one channel plane: <c>y[oy, ox] = clamp(bias + Σ w[kh, kw]·x[oy·sh − pt + kh·dh,
/// ox·sw − pl + kw·dw], min, max)</c>, zero outside the plane. Output columns run in
/// vectors over a zero-bordered copy of the rows (at stride 2 each row split into its even and its odd columns, so
/// every tap is still one plain load), each block summing every tap in registers and storing once with bias and clamp
/// applied; other strides, rows narrower than a vector and machines without vectors run the scalar loop.
/// </summary>
internal static unsafe class DepthwiseConv
{

    /// <summary>The geometry as plain fields: the per-column loops read them often, and the record computes OutWidth.</summary>
    internal readonly struct Dims(Conv2DGeometry g)
    {
        public readonly int H = g.Height, W = g.Width, OH = g.OutHeight, OW = g.OutWidth, KH = g.KernelH, KW = g.KernelW;
        public readonly int SH = g.StrideH, SW = g.StrideW, PT = g.PadTop, PL = g.PadLeft, DH = g.DilationH, DW = g.DilationW;
    }

    /// <summary>One plane: <paramref name="src"/> is H×W, <paramref name="dst"/> OH×OW, <paramref name="w"/> KH×KW.</summary>
    public static void Plane(in Dims d, float* src, float* w, float bias, float* dst, float min, float max)
    {
        // The widest vector no wider than an output row; narrow planes (7×7, 14×14) take the narrower one.
        if (d.SW is 1 or 2)
        {
            if (CpuFeatures.HasAvx512 && d.OW >= Lanes512.Count)
            {
                if (d.SW == 1)
                    Run<Lanes512, Vector512<float>, Unit>(d, src, w, bias, dst, min, max);
                else
                    Run<Lanes512, Vector512<float>, Two>(d, src, w, bias, dst, min, max);
                return;
            }
            if (CpuFeatures.HasAvx2Fma && d.OW >= Lanes256.Count)
            {
                if (d.SW == 1)
                    Run<Lanes256, Vector256<float>, Unit>(d, src, w, bias, dst, min, max);
                else
                    Run<Lanes256, Vector256<float>, Two>(d, src, w, bias, dst, min, max);
                return;
            }
        }
        for (int y = 0; y < d.OH; y++)
            ScalarColumns(d, src, w, bias, dst, y, 0, d.OW, min, max);
    }

    [ThreadStatic] private static float[]? t_padded;
    [ThreadStatic] private static (int RowLength, int Rows, int PadLeft, int PadTop, int Width, int Height, int Stride) t_bordersFor;

    /// <summary>
    /// Row length of the zero-bordered copy: the input at column PL, with zeros left of it and up to the last block's
    /// last load ((OW − v)·s + (KW−1)·dw + s·v floats from column 0).
    /// </summary>
    private static int PaddedWidth(in Dims d) => Math.Max(d.PL + d.W, d.OW * d.SW + (d.KW - 1) * d.DW);

    /// <summary>Rows of the zero-bordered copy: PT zero rows, the input, zero rows down to the last row a filter reads.</summary>
    private static int PaddedRows(in Dims d) => Math.Max(d.PT + d.H, (d.OH - 1) * d.SH + (d.KH - 1) * d.DH + 1);

    /// <summary>
    /// The vector plane: the rows are first copied into a zero-bordered scratch (one pass through L1, a few percent of
    /// the taps' cost; the borders are zeroed once per shape), so every output column is a vector column — the last
    /// block overlaps its neighbour rather than leaving a scalar tail — and no tap tests for the padding. At stride 2
    /// the copy de-interleaves each row into its even columns then its odd ones (<see cref="SplitColumns"/>): the taps
    /// then load contiguous lanes instead of permuting two loads each, and a 3×3 filter reads each input once more
    /// rather than nine times through the shuffle port.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run<TL, TV, TS>(in Dims d, float* src, float* w, float bias, float* dst, float min, float max)
        where TL : struct, IFloatLanes<TV> where TV : struct where TS : struct, IStride
    {
        int v = TL.Count, s = TS.Value, ow = d.OW, kw = d.KW, dw = d.DW, wp = PaddedWidth(d), rows = PaddedRows(d);
        var split = s == 2 ? new SplitColumns(d.PL, wp, ow, (kw - 1) * dw) : default;
        int rs = s == 2 ? split.RowStride : wp;
        // Pinned, so the line-aligned start below stays at one place in the array.
        var scratch = t_padded;
        if (scratch is null || scratch.Length < rows * rs + 16)
        {
            t_padded = scratch = GC.AllocateArray<float>(rows * rs + 16, pinned: true);
            t_bordersFor = default;
        }
        // Only the input's own positions are ever written, so once the scratch is zeroed for this layout its borders
        // stay zero: later planes of the same shape copy just the interior.
        if (t_bordersFor != (rs, rows, d.PL, d.PT, d.W, d.H, s))
        {
            Array.Clear(scratch);
            t_bordersFor = (rs, rows, d.PL, d.PT, d.W, d.H, s);
        }
        var vBias = TL.Splat(bias);
        var vMin = TL.Splat(min);
        var vMax = TL.Splat(max);
        fixed (float* unaligned = scratch)
        {
            float* padded = SplitColumns.LineAligned(unaligned);
            if (s == 2)
                split.Rows(src, d.W, d.H, padded + (long)d.PT * rs, d.PL);
            else
                for (int h = 0; h < d.H; h++)
                    Buffer.MemoryCopy(src + (long)h * d.W, padded + (long)(d.PT + h) * rs + d.PL, (long)d.W * sizeof(float), (long)d.W * sizeof(float));
            if (d.KH == 3 && kw == 3)
            {
                // The common 3×3 filter: taps in registers; one partial sum per filter row, so short FMA chains run side
                // by side. At stride 1 two output rows share four input rows: 12 loads for 18 FMAs instead of 18.
                TV t0 = TL.Splat(w[0]), t1 = TL.Splat(w[1]), t2 = TL.Splat(w[2]), t3 = TL.Splat(w[3]), t4 = TL.Splat(w[4]);
                TV t5 = TL.Splat(w[5]), t6 = TL.Splat(w[6]), t7 = TL.Splat(w[7]), t8 = TL.Splat(w[8]);
                // Row pointers below start at the first tap; o1 and o2 are the other two relative to it.
                int o0 = Offset<TS>(0, split), o1 = Offset<TS>(dw, split) - o0, o2 = Offset<TS>(2 * dw, split) - o0, y = 0;
                if (d.SH == 1 && d.DH == 1)
                    for (; y + 1 < d.OH; y += 2)
                    {
                        float* r0 = padded + (long)y * rs + o0, r1 = r0 + rs, r2 = r1 + rs, r3 = r2 + rs;
                        float* out0 = dst + (long)y * ow, out1 = out0 + ow;
                        for (int x = 0; x < ow; x += v)
                        {
                            int at = Math.Min(x, ow - v);
                            TV x10 = TL.Load(r1 + at), x11 = TL.Load(r1 + at + o1), x12 = TL.Load(r1 + at + o2);
                            TV x20 = TL.Load(r2 + at), x21 = TL.Load(r2 + at + o1), x22 = TL.Load(r2 + at + o2);
                            var a0 = TL.MulAdd(t2, TL.Load(r0 + at + o2), TL.MulAdd(t1, TL.Load(r0 + at + o1), TL.MulAdd(t0, TL.Load(r0 + at), vBias)));
                            var a1 = TL.MulAdd(t5, x12, TL.MulAdd(t4, x11, TL.Multiply(t3, x10)));
                            var a2 = TL.MulAdd(t8, x22, TL.MulAdd(t7, x21, TL.Multiply(t6, x20)));
                            var b0 = TL.MulAdd(t2, x12, TL.MulAdd(t1, x11, TL.MulAdd(t0, x10, vBias)));
                            var b1 = TL.MulAdd(t5, x22, TL.MulAdd(t4, x21, TL.Multiply(t3, x20)));
                            var b2 = TL.MulAdd(t8, TL.Load(r3 + at + o2), TL.MulAdd(t7, TL.Load(r3 + at + o1), TL.Multiply(t6, TL.Load(r3 + at))));
                            TL.Store(out0 + at, TL.Clamp(TL.Add(TL.Add(a0, a1), a2), vMin, vMax));
                            TL.Store(out1 + at, TL.Clamp(TL.Add(TL.Add(b0, b1), b2), vMin, vMax));
                        }
                    }
                for (; y < d.OH; y++)
                {
                    float* r0 = padded + (long)y * d.SH * rs + o0, r1 = r0 + (long)d.DH * rs, r2 = r1 + (long)d.DH * rs;
                    float* outRow = dst + (long)y * ow;
                    for (int x = 0; x < ow; x += v)
                    {
                        int at = Math.Min(x, ow - v);
                        var a0 = TL.MulAdd(t2, TL.Load(r0 + at + o2), TL.MulAdd(t1, TL.Load(r0 + at + o1), TL.MulAdd(t0, TL.Load(r0 + at), vBias)));
                        var a1 = TL.MulAdd(t5, TL.Load(r1 + at + o2), TL.MulAdd(t4, TL.Load(r1 + at + o1), TL.Multiply(t3, TL.Load(r1 + at))));
                        var a2 = TL.MulAdd(t8, TL.Load(r2 + at + o2), TL.MulAdd(t7, TL.Load(r2 + at + o1), TL.Multiply(t6, TL.Load(r2 + at))));
                        TL.Store(outRow + at, TL.Clamp(TL.Add(TL.Add(a0, a1), a2), vMin, vMax));
                    }
                }
                return;
            }
            for (int y = 0; y < d.OH; y++)
            {
                float* outRow = dst + (long)y * ow;
                for (int x = 0; x < ow; x += v)
                {
                    int at = Math.Min(x, ow - v);
                    TV even = vBias, odd = default;
                    for (int kh = 0; kh < d.KH; kh++)
                    {
                        float* row = padded + (long)(y * d.SH + kh * d.DH) * rs;
                        var acc = default(TV);
                        for (int k = 0; k < kw; k++)
                            acc = TL.MulAdd(TL.Splat(w[kh * kw + k]), TL.Load(row + at + Offset<TS>(k * dw, split)), acc);
                        // Alternate filter rows between two sums: two chains instead of one KH·KW deep.
                        if ((kh & 1) == 0)
                            even = TL.Add(even, acc);
                        else
                            odd = TL.Add(odd, acc);
                    }
                    TL.Store(outRow + at, TL.Clamp(TL.Add(even, odd), vMin, vMax));
                }
            }
        }
    }

    /// <summary>
    /// Where the tap <paramref name="c"/> columns right of output column x's first tap lies in a scratch row, relative to
    /// x: c at stride 1; at stride 2 the first tap (column 2x) is x in the even half, so c lands in its parity's half at c / 2.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Offset<TS>(int c, in SplitColumns split) where TS : struct, IStride => TS.Value == 2 ? split.Offset(c) : c;

    /// <summary>Output columns [x0, x1) of row <paramref name="y"/>, every tap bounds-checked; the oracle-like path.</summary>
    private static void ScalarColumns(in Dims d, float* src, float* w, float bias, float* dst, int y, int x0, int x1, float min, float max)
    {
        float* outRow = dst + (long)y * d.OW;
        for (int x = x0; x < x1; x++)
        {
            float sum = bias;
            for (int kh = 0; kh < d.KH; kh++)
            {
                int ih = y * d.SH - d.PT + kh * d.DH;
                if ((uint)ih >= (uint)d.H)
                    continue;
                float* row = src + (long)ih * d.W;
                for (int k = 0; k < d.KW; k++)
                {
                    int ix = x * d.SW - d.PL + k * d.DW;
                    if ((uint)ix < (uint)d.W)
                        sum += w[kh * d.KW + k] * row[ix];
                }
            }
            outRow[x] = float.IsNaN(sum) ? sum : MathF.Min(MathF.Max(sum, min), max);
        }
    }

    /// <summary>The column stride as a constant of the specialized loop, so its tests (scratch layout, tap offsets) fold away.</summary>
    private interface IStride
    {
        static abstract int Value { get; }
    }

    private readonly struct Unit : IStride
    {
        public static int Value => 1;
    }

    private readonly struct Two : IStride
    {
        public static int Value => 2;
    }
}
