using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// Resize (opset 11+) and Upsample: nearest, linear and cubic interpolation, separable over every axis, following the
/// ONNX reference exactly: each output coordinate maps back to x = transform(i); its neighbours are f = ⌈x⌉ − 1 and
/// the next (linear, nearest) or f − 1 … f + 2 (cubic), clamped to the edge, weighted by the mode's coefficients of
/// r = x − f ∈ (0, 1].
/// </summary>
internal static class ResizeOps
{
    private sealed record Options(string Mode, string Transform, string Nearest, double CubicA, bool ExcludeOutside, double Extrapolation);

    public static void Register(RegisterOperator add)
    {
        add("Resize", 11, OperatorRegistry.LatestOpset, c =>
        {
            c.RequireType(0, DType.F32, DType.U8, DType.I8);
            if (c.HasAttribute("axes") || c.String("keep_aspect_ratio_policy", "stretch") != "stretch")
                throw c.Unsupported("the opset-18 axes / keep_aspect_ratio_policy attributes");
            var options = new Options(c.String("mode", "nearest"), c.String("coordinate_transformation_mode", "half_pixel"),
                c.String("nearest_mode", "round_prefer_floor"), c.Float("cubic_coeff_a", -0.75f), c.Int("exclude_outside", 0) != 0,
                c.Float("extrapolation_value", 0f));
            if (options.Mode is not ("nearest" or "linear" or "cubic"))
                throw c.Unsupported($"mode '{options.Mode}'");
            if (options.Transform is not ("half_pixel" or "pytorch_half_pixel" or "align_corners" or "asymmetric" or "tf_half_pixel_for_nn" or "tf_crop_and_resize"))
                throw c.Unsupported($"coordinate_transformation_mode '{options.Transform}'");
            return (ctx, i, o) =>
            {
                var x = i[0]!;
                var roi = i.Length > 1 && i[1] is { Length: > 0 } r ? r.AsSpan<float>().ToArray() : null;
                var scales = i.Length > 2 && i[2] is { Length: > 0 } s ? s.AsSpan<float>().ToArray() : null;
                var sizes = i.Length > 3 && i[3] is { Length: > 0 } z ? Longs(z) : null;
                o[0] = Resize(ctx, x, roi, scales, sizes, options);
            };
        });
        add("Upsample", 9, 9, c =>
        {
            string mode = c.String("mode", "nearest");
            var options = new Options(mode, "asymmetric", "floor", -0.75, false, 0);
            return (ctx, i, o) => o[0] = Resize(ctx, i[0]!, null, i[1]!.AsSpan<float>().ToArray(), null, options);
        });
    }

    private static Tensor Resize(RunContext c, Tensor x, float[]? roi, float[]? scales, long[]? sizes, Options opt)
    {
        int rank = x.Rank;
        var outSize = new int[rank];
        var scale = new double[rank];
        for (int d = 0; d < rank; d++)
        {
            if (sizes is not null)
            {
                outSize[d] = checked((int)sizes[d]);
                scale[d] = (double)outSize[d] / x.Shape[d];
            }
            else if (scales is not null)
            {
                scale[d] = scales[d];
                outSize[d] = (int)Math.Floor(x.Shape[d] * (double)scales[d]);
            }
            else
                throw new ArgumentException("Resize needs scales or sizes.");
        }
        // Per axis, per output index: the contributing input indices and weights, or null when outside (extrapolated).
        var taps = new (int[] Index, double[] Weight)?[rank][];
        for (int d = 0; d < rank; d++)
        {
            taps[d] = new (int[], double[])?[outSize[d]];
            for (int k = 0; k < outSize[d]; k++)
                taps[d][k] = Taps(k, x.Shape[d], scale[d], roi is null ? 0 : roi[d], roi is null ? 1 : roi[d + rank], opt);
        }
        var y = c.Allocate(x.DType, outSize);
        var inStrides = Strides(x.Shape);
        int count = Count(outSize);
        var index = new int[rank];
        var pick = new int[rank];
        var src = ToF32(c, x).AsSpan<float>();
        for (int e = 0; e < count; e++)
        {
            double value;
            var axisTaps = new (int[] Index, double[] Weight)[rank];
            bool outside = false;
            for (int d = 0; d < rank; d++)
            {
                if (taps[d][index[d]] is { } t) axisTaps[d] = t;
                else outside = true;
            }
            if (outside)
                value = opt.Extrapolation;
            else
            {
                // Σ over the tap combinations of Π weights · input.
                value = 0;
                Array.Clear(pick);
                while (true)
                {
                    double w = 1;
                    int off = 0;
                    for (int d = 0; d < rank; d++)
                    {
                        w *= axisTaps[d].Weight[pick[d]];
                        off += axisTaps[d].Index[pick[d]] * inStrides[d];
                    }
                    value += w * src[off];
                    int dd = rank - 1;
                    for (; dd >= 0; dd--)
                    {
                        if (++pick[dd] < axisTaps[dd].Index.Length) break;
                        pick[dd] = 0;
                    }
                    if (dd < 0) break;
                }
            }
            if (x.DType == DType.F32)
                y.AsSpan<float>()[e] = (float)value;
            else
                SetLong(y, e, (long)Math.Clamp(Math.Round(value, MidpointRounding.ToEven), x.DType == DType.U8 ? 0 : -128, x.DType == DType.U8 ? 255 : 127));
            for (int d = rank - 1; d >= 0 && ++index[d] == outSize[d]; d--)
                index[d] = 0;
        }
        return y;
    }

    private static (int[], double[])? Taps(int i, int inSize, double scale, double roiStart, double roiEnd, Options opt)
    {
        // The reference measures the output as scale · input (unfloored), which differs from the element count when downscaling.
        double outSize = scale * inSize;
        double x = opt.Transform switch
        {
            "half_pixel" => (i + 0.5) / scale - 0.5,
            "pytorch_half_pixel" => outSize > 1 ? (i + 0.5) / scale - 0.5 : 0,
            "align_corners" => outSize == 1 ? 0 : i * (inSize - 1.0) / (outSize - 1),
            "asymmetric" => i / scale,
            "tf_half_pixel_for_nn" => (i + 0.5) / scale,
            _ => outSize > 1
                ? roiStart * (inSize - 1) + i * (roiEnd - roiStart) * (inSize - 1) / (outSize - 1)
                : 0.5 * (roiStart + roiEnd) * (inSize - 1),
        };
        if (opt.Transform == "tf_crop_and_resize" && (x < 0 || x > inSize - 1))
            return null;
        // f = ⌈x⌉ − 1 and r ∈ (0, 1]: the reference prefers the left neighbour and uses ratio 1 on integers.
        int f = (int)Math.Ceiling(x) - 1;
        double r = x - f;
        double[] coeffs;
        int first;
        switch (opt.Mode)
        {
            case "nearest":
                bool right = r == 1 || opt.Nearest switch
                {
                    "round_prefer_floor" => r > 0.5,
                    "round_prefer_ceil" => r >= 0.5,
                    "floor" => false,
                    _ => true,
                };
                return ([Math.Clamp(right ? f + 1 : f, 0, inSize - 1)], [1.0]);
            case "linear":
                coeffs = [1 - r, r];
                first = f;
                break;
            default:
                double a = opt.CubicA, s = 1 - r;
                coeffs =
                [
                    ((a * (r + 1) - 5 * a) * (r + 1) + 8 * a) * (r + 1) - 4 * a,
                    ((a + 2) * r - (a + 3)) * r * r + 1,
                    ((a + 2) * s - (a + 3)) * s * s + 1,
                    ((a * (s + 1) - 5 * a) * (s + 1) + 8 * a) * (s + 1) - 4 * a,
                ];
                first = f - 1;
                break;
        }
        var idx = new int[coeffs.Length];
        for (int k = 0; k < coeffs.Length; k++)
        {
            int p = first + k;
            if (opt.ExcludeOutside && (p < 0 || p >= inSize))
                coeffs[k] = 0;
            idx[k] = Math.Clamp(p, 0, inSize - 1);
        }
        if (opt.ExcludeOutside)
        {
            double sum = coeffs.Sum();
            for (int k = 0; k < coeffs.Length; k++) coeffs[k] /= sum;
        }
        return (idx, coeffs);
    }
}
