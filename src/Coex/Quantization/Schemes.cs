using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>The number format a layer's weights (and, for int8, activations) are stored and computed in.</summary>
public enum LayerPrecision
{
    /// <summary>Unchanged float32.</summary>
    Fp32,
    /// <summary>int8 weights (s8) and u8 activations: quantized inputs, int32 accumulation.</summary>
    Int8,
    /// <summary>Weight-only float16: weights stored at 16 bits, cast to float32 for compute.</summary>
    Fp16,
    /// <summary>Weight-only bfloat16 (float32's exponent, 8-bit mantissa).</summary>
    Bf16,
}

/// <summary>How an activation range is chosen from calibration data.</summary>
public enum CalibrationMethod
{
    /// <summary>The observed minimum and maximum (no clipping).</summary>
    MinMax,
    /// <summary>The range holding a given percentile of the observed values (clips the tails).</summary>
    Percentile,
    /// <summary>The range minimizing the expected squared quantization error (L2) over the observed histogram.</summary>
    Mse,
    /// <summary>The range minimizing the KL divergence between the observed and the quantized distribution (entropy calibration).</summary>
    Entropy,
}

/// <summary>The quantization scheme of one layer (a Conv, Gemm or MatMul with constant weights).</summary>
public sealed record LayerScheme
{
    public LayerPrecision Precision { get; init; } = LayerPrecision.Int8;
    /// <summary>int8 weights: one scale per output channel (true) or one for the tensor.</summary>
    public bool PerChannel { get; init; } = true;
    /// <summary>int8 weights: zero point 0 (true; what Coex's integer GEMM runs) or an asymmetric grid.</summary>
    public bool SymmetricWeights { get; init; } = true;
    /// <summary>int8 activations: range measured per batch at run time (DynamicQuantizeLinear) instead of calibrated.</summary>
    public bool Dynamic { get; init; }
    /// <summary>
    /// int8 weights on a 7-bit grid ([−63, 63]): halves weight resolution so that runtimes whose x86 kernels add u8×s8
    /// products pairwise in saturating int16 (vpmaddubsw, e.g. ONNX Runtime without VNNI) compute exact sums.
    /// </summary>
    public bool ReducedRange { get; init; }
    /// <summary>int8 static activations: how the calibrated range is chosen.</summary>
    public CalibrationMethod Calibration { get; init; } = CalibrationMethod.MinMax;

    public static LayerScheme Fp32 { get; } = new() { Precision = LayerPrecision.Fp32 };
    public static LayerScheme Fp16 { get; } = new() { Precision = LayerPrecision.Fp16 };
    public static LayerScheme Bf16 { get; } = new() { Precision = LayerPrecision.Bf16 };

    /// <summary>Static int8 with the given options.</summary>
    public static LayerScheme Int8(CalibrationMethod calibration = CalibrationMethod.MinMax, bool perChannel = true, bool symmetricWeights = true)
        => new() { Calibration = calibration, PerChannel = perChannel, SymmetricWeights = symmetricWeights };

    /// <summary>Dynamic int8 (activation range per batch).</summary>
    public static LayerScheme Int8Dynamic(bool perChannel = true) => new() { Dynamic = true, PerChannel = perChannel };

    /// <summary>Bits a weight element occupies.</summary>
    public int WeightBits => Precision switch { LayerPrecision.Int8 => 8, LayerPrecision.Fp16 or LayerPrecision.Bf16 => 16, _ => 32 };

    /// <summary>A short label: "fp32", "fp16", "int8 ch minmax", "int8 t dyn", "int8 ch asym mse".</summary>
    public override string ToString() => Precision switch
    {
        LayerPrecision.Fp32 => "fp32",
        LayerPrecision.Fp16 => "fp16",
        LayerPrecision.Bf16 => "bf16",
        _ => $"int8 {(PerChannel ? "ch" : "t")}{(SymmetricWeights ? "" : " asym")}{(ReducedRange ? " w7" : "")} {(Dynamic ? "dyn" : Calibration.ToString().ToLowerInvariant())}",
    };
}

/// <summary>A layer the quantizer can rewrite: its node, the index of its constant weight input and the weight's output-channel axis.</summary>
public sealed record QuantizableLayer(string Name, Graphs.Node Node, int WeightIndex, int ChannelAxis, long Macs)
{
    public string OpType => Node.OpType;
}

/// <summary>Per-layer schemes, keyed by layer name; layers not listed use <see cref="Default"/>.</summary>
public sealed class QuantizationPlan
{
    public QuantizationPlan(LayerScheme? defaultScheme = null) => Default = defaultScheme ?? LayerScheme.Fp32;

    public LayerScheme Default { get; }

    public Dictionary<string, LayerScheme> Layers { get; } = [];

    /// <summary>The scheme of layer <paramref name="name"/>.</summary>
    public LayerScheme this[string name] => Layers.TryGetValue(name, out var s) ? s : Default;

    /// <summary>A plan that applies <paramref name="scheme"/> to every layer.</summary>
    public static QuantizationPlan Uniform(LayerScheme scheme) => new(scheme);

    /// <summary>A copy with layer <paramref name="name"/> set to <paramref name="scheme"/>.</summary>
    public QuantizationPlan With(string name, LayerScheme scheme)
    {
        var copy = new QuantizationPlan(Default);
        foreach (var (k, v) in Layers)
            copy.Layers[k] = v;
        copy.Layers[name] = scheme;
        return copy;
    }
}

/// <summary>Quantization of weight tensors to s8 and to 16-bit floats.</summary>
public static class WeightQuantizer
{
    /// <summary>
    /// Quantizes F32 weights to s8: symmetric on [−127, 127] with zero point 0, or asymmetric on [−128, 127] (reduced range:
    /// [−63, 63] and [−64, 63]); per channel
    /// along <paramref name="axis"/> or per tensor (<paramref name="axis"/> = −1).
    /// </summary>
    public static (Tensor Quantized, QuantParams Params) ToInt8(Tensor weights, int axis, bool symmetric, bool reducedRange = false)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.DType != DType.F32)
            throw new ArgumentException($"Weights must be F32, got {weights.DType}.", nameof(weights));
        var data = weights.AsSpan<float>();
        var (qMin, qMax) = (symmetric, reducedRange) switch { (true, false) => (-127, 127), (false, false) => (-128, 127), (true, true) => (-63, 63), _ => (-64, 63) };
        QuantParams p;
        if (axis < 0)
        {
            float min = 0, max = 0;
            foreach (float v in data)
            {
                if (float.IsNaN(v)) continue;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
            p = QuantParams.FromRange(min, max, qMin, qMax, symmetric);
        }
        else
        {
            if (axis >= weights.Rank)
                throw new ArgumentOutOfRangeException(nameof(axis), axis, $"Axis must be −1 or in [0, {weights.Rank}) for {weights}.");
            var (mins, maxs) = FakeQuant.ChannelRanges(data, weights.Shape, axis);
            p = QuantParams.FromRanges(mins, maxs, axis, qMin, qMax, symmetric);
        }
        var q = Tensor.Zeros(DType.I8, [.. weights.Shape]);
        var qs = q.AsSpan<sbyte>();
        int inner = 1;
        for (int d = axis + 1; axis >= 0 && d < weights.Rank; d++)
            inner *= weights.Shape[d];
        int channels = p.Scales.Length;
        for (int k = 0; k < data.Length; k++)
            qs[k] = (sbyte)p.Quantize(float.IsNaN(data[k]) ? 0f : data[k], channels == 1 ? 0 : k / inner % channels);
        return (q, p);
    }

    /// <summary>F32 weights rounded to float16 (round to nearest even; beyond ±65504 becomes ±∞).</summary>
    public static Tensor ToFp16(Tensor weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var src = weights.AsSpan<float>();
        var t = Tensor.Zeros(DType.F16, [.. weights.Shape]);
        var dst = t.AsSpan<Half>();
        for (int i = 0; i < src.Length; i++)
            dst[i] = (Half)src[i];
        return t;
    }

    /// <summary>F32 weights rounded to bfloat16 (round to nearest even).</summary>
    public static Tensor ToBf16(Tensor weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var src = weights.AsSpan<float>();
        var t = Tensor.Zeros(DType.BF16, [.. weights.Shape]);
        var dst = t.AsSpan<BFloat16>();
        for (int i = 0; i < src.Length; i++)
            dst[i] = (BFloat16)src[i];
        return t;
    }
}
