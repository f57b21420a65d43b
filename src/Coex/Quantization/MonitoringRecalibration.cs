using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// Rewrites the activation ranges of a QDQ model from data: new scale and zero point initializers for every
/// per-tensor activation quantizer, from the min/max its input takes on the given batches. Weights, per-axis
/// activation quantizers and everything else stay as they are; the original graph is not changed.
/// </summary>
public static class Recalibration
{
    /// <summary>The recalibrated copy of <paramref name="quantized"/> and the ranges it changed.</summary>
    /// <exception cref="ArgumentException">No batch was given.</exception>
    public static (Graph Quantized, IReadOnlyList<RecalibratedRange> Ranges) Rewrite(Graph quantized, IEnumerable<Tensor> batches, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(quantized);
        ArgumentNullException.ThrowIfNull(batches);
        var pairs = ActivationProfile.MonitoredPairs(new QdqStructure(quantized)).Where(p => p.PerTensor).ToList();
        var capture = new ActivationCapture(quantized, pairs.Select(p => p.Source), threads);
        var min = new float[pairs.Count];
        var max = new float[pairs.Count];
        bool any = false;
        foreach (var batch in batches)
        {
            var values = capture.Run(batch);
            for (int i = 0; i < pairs.Count; i++)
                foreach (float v in values[pairs[i].Source.Name].AsSpan<float>())
                {
                    // The range always holds 0, so that 0 (padding, ReLU) stays exact.
                    if (v < min[i]) min[i] = v;
                    if (v > max[i]) max[i] = v;
                }
            any = true;
        }
        if (!any)
            throw new ArgumentException("Recalibration needs at least one batch.", nameof(batches));

        var replacements = new Dictionary<Value, Tensor>(ReferenceEqualityComparer.Instance);
        var ranges = new List<RecalibratedRange>();
        for (int i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var (scale, zero) = Parameters(min[i], max[i], pair);
            foreach (var node in new[] { pair.Quantize, pair.Dequantize })
            {
                replacements[node.Inputs[1]!] = Tensor.FromSpan<float>([scale]);
                if (node.Inputs.Count > 2 && node.Inputs[2] is { } z)
                    replacements[z] = pair.QuantizedType == DType.U8 ? Tensor.FromSpan<byte>([(byte)zero]) : Tensor.FromSpan<sbyte>([(sbyte)zero]);
            }
            ranges.Add(new RecalibratedRange(pair.Source.Name, pair.Low(), pair.High(), scale * (pair.QMin - zero), scale * (pair.QMax - zero)));
        }

        var copy = quantized.CopyForRewrite();
        for (int k = 0; k < copy.Initializers.Count; k++)
        {
            var init = copy.Initializers[k];
            if (replacements.TryGetValue(init.Value, out var tensor))
            {
                // Keep the declared shape (scalar or [1]) of the original parameter.
                copy.Initializers[k] = new Initializer(init.Value, tensor.Reshape([.. init.Tensor.Shape]));
            }
        }
        return (copy, ranges);
    }

    /// <summary>
    /// A what-if copy of <paramref name="quantized"/> in which the quantizer of activation <paramref name="activation"/>
    /// (a value name, or the name of the node producing it) has its scale multiplied by <paramref name="factor"/>; the
    /// zero point stays, so the representable range scales by the factor. Use it to test whether a range is the cause
    /// of an error, or to make a deliberately broken model.
    /// </summary>
    /// <exception cref="ArgumentException">No activation quantizer has that name, or the factor is not positive and finite.</exception>
    public static Graph Rescale(Graph quantized, string activation, float factor)
    {
        ArgumentNullException.ThrowIfNull(quantized);
        ArgumentException.ThrowIfNullOrEmpty(activation);
        if (!(factor > 0) || !float.IsFinite(factor))
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The scale factor must be positive and finite.");
        var pairs = ActivationProfile.MonitoredPairs(new QdqStructure(quantized));
        var producers = ActivationProfile.Producers(quantized);
        var pair = pairs.FirstOrDefault(p => p.Source.Name == activation) ?? pairs.FirstOrDefault(p => producers.GetValueOrDefault(p.Source.Name) == activation)
            ?? throw new ArgumentException($"No quantized activation is named '{activation}'; quantized activations: {string.Join(", ", pairs.Select(p => p.Source.Name))}.", nameof(activation));
        var scaled = Tensor.FromSpan<float>(pair.Scale.Select(v => v * factor).ToArray(), pair.Scale.Length);
        var copy = quantized.CopyForRewrite();
        var targets = new HashSet<Value>([pair.Quantize.Inputs[1]!, pair.Dequantize.Inputs[1]!], ReferenceEqualityComparer.Instance);
        for (int k = 0; k < copy.Initializers.Count; k++)
        {
            var init = copy.Initializers[k];
            if (targets.Contains(init.Value))
                copy.Initializers[k] = new Initializer(init.Value, scaled.Reshape([.. init.Tensor.Shape]));
        }
        return copy;
    }

    /// <summary>
    /// Scale and zero point covering [min, max] (which holds 0) with the quantizer's type: symmetric (zero point 0,
    /// s = max|x| / qmax) for a signed quantizer whose zero point was 0, else asymmetric (s = (max − min) / 255).
    /// </summary>
    private static (float Scale, long Zero) Parameters(float min, float max, QdqLink pair)
    {
        const float Tiny = 1e-8f;
        if (pair.QMin < 0 && pair.ZeroPoint[0] == 0)
            return (Math.Max(Math.Max(-min, max), Tiny) / pair.QMax, 0);
        float scale = Math.Max(max - min, Tiny) / (pair.QMax - pair.QMin);
        long zero = Math.Clamp((long)MathF.Round(pair.QMin - min / scale, MidpointRounding.ToEven), pair.QMin, pair.QMax);
        return (scale, zero);
    }
}
