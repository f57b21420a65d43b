using Coex.Graphs;
using Coex.Graphs.Passes;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// "How accurate is this model with weights at B_w bits and activations at B_a bits?" in one call, by fake quantization:
/// every layer's weights are quantized and dequantized (symmetric, per output channel) and every layer's input passes
/// through <c>Clip → QuantizeLinear → DequantizeLinear</c> on a min/max-calibrated asymmetric grid of 2^B_a levels.
/// For co-design searches that need the accuracy of a bit-width choice before any kernel for it exists.
/// </summary>
public static class BitWidthEvaluation
{
    /// <summary>Bit widths at or above this leave a tensor in float32 (16-bit activations cost no measurable accuracy here).</summary>
    public const int FloatBits = 16;

    /// <summary>
    /// A float graph computing <paramref name="prepared"/> (<see cref="Quantizer.Prepare"/>) with fake-quantized weights
    /// (<paramref name="weightBits"/> in [2, 16]; ≥ 32 keeps them) and layer inputs (<paramref name="activationBits"/> in [2, 8];
    /// ≥ 16 keeps them float; needs <paramref name="calibration"/>).
    /// </summary>
    public static Graph FakeQuantize(Graph prepared, int weightBits, int activationBits, Calibration? calibration)
    {
        CheckWidths(weightBits, activationBits, nameof(weightBits), nameof(activationBits), "");
        return FakeQuantize(prepared, _ => (weightBits, activationBits), calibration);
    }

    /// <summary>
    /// As <see cref="FakeQuantize(Graph, int, int, Calibration?)"/> with widths chosen per layer: <paramref name="bitsOfLayer"/>
    /// gives each layer of <see cref="Quantizer.FindLayers"/> its (weight, activation) widths, so mixed-precision designs
    /// (e.g. a co-design search's bits per stage) are evaluated in one graph.
    /// </summary>
    public static Graph FakeQuantize(Graph prepared, Func<QuantizableLayer, (int Weights, int Activations)> bitsOfLayer, Calibration? calibration)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(bitsOfLayer);
        var g = prepared.CopyForRewrite();
        var facts = new GraphFacts(g);
        // One fake-quantized copy per (activation, width): layers sharing an input at the same width share it.
        var done = new Dictionary<Value, Dictionary<int, Value>>(ReferenceEqualityComparer.Instance);
        foreach (var layer in Quantizer.FindLayers(g))
        {
            var (weightBits, activationBits) = bitsOfLayer(layer);
            CheckWidths(weightBits, activationBits, nameof(bitsOfLayer), nameof(bitsOfLayer), $" (layer '{layer.Name}')");
            var node = layer.Node;
            if (weightBits < 32)
            {
                var w = facts.Constant(node.Inputs[layer.WeightIndex])!;
                node.Inputs[layer.WeightIndex] = g.AddInitializer(BatchNormFolding.FreshName(g, $"{node.Inputs[layer.WeightIndex]!.Name}_w{weightBits}"),
                    FakeQuant.Symmetric(w, weightBits, layer.ChannelAxis));
            }
            if (activationBits >= FloatBits)
                continue;
            var x = node.Inputs[0]!;
            if (!done.TryGetValue(x, out var widths))
                done[x] = widths = [];
            if (!widths.TryGetValue(activationBits, out var fq))
            {
                if (calibration is null || !calibration.Observers.TryGetValue(x.Name, out var observer))
                    throw new ArgumentException($"Activation '{x.Name}' was not calibrated; fake-quantized activations need a calibration.", nameof(calibration));
                var (lo, hi) = observer.Range(CalibrationMethod.MinMax);
                fq = widths[activationBits] = Insert(g, node, x, QuantParams.FromRange(lo, hi, 0, (1 << activationBits) - 1, symmetric: false));
            }
            node.Inputs[0] = fq;
        }
        GraphValidator.Validate(g);
        return g;
    }

    /// <summary>
    /// Top-1 accuracy (in [0, 1]) of <paramref name="model"/> on <paramref name="eval"/> with weights at <paramref name="weightBits"/>
    /// and activations at <paramref name="activationBits"/> (see <see cref="FakeQuantize(Graph, int, int, Calibration?)"/>), calibrating activations on the first
    /// <paramref name="calibrationBatches"/> batches of <paramref name="calibration"/>.
    /// </summary>
    public static double Accuracy(Graph model, ICalibrationDataReader calibration, IEnumerable<LabelledBatch> eval, int weightBits, int activationBits,
        int threads = 0, int calibrationBatches = 16)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(calibration);
        var prepared = Quantizer.Prepare(model);
        var calib = activationBits < FloatBits ? Quantizer.Calibrate(prepared, Quantizer.FindLayers(prepared), calibration, calibrationBatches, threads) : null;
        var result = ModelEvaluation.Evaluate(FakeQuantize(prepared, weightBits, activationBits, calib), eval, threads);
        return result.Labels is null ? throw new ArgumentException("Accuracy needs labelled evaluation data.", nameof(eval)) : result.Accuracy;
    }

    /// <summary>True when fake quantization can simulate activations at <paramref name="bits"/>: an 8-bit-or-narrower grid, or float.</summary>
    public static bool IsSupportedActivationWidth(int bits) => bits is >= 2 and <= 8 or >= FloatBits;

    private static void CheckWidths(int weightBits, int activationBits, string weightParam, string activationParam, string where)
    {
        if (weightBits is < 2 or (> 16 and < 32))
            throw new ArgumentOutOfRangeException(weightParam, weightBits, $"Weight bits must be in [2, 16], or 32 for float{where}.");
        if (!IsSupportedActivationWidth(activationBits))
            throw new ArgumentOutOfRangeException(activationParam, activationBits, $"Activation bits must be in [2, 8], or ≥ {FloatBits} for float{where}.");
    }

    private static Value Insert(Graph g, Node before, Value x, QuantParams p)
    {
        float s = p.Scales[0];
        int z = p.ZeroPoints[0];
        var scale = g.AddInitializer(BatchNormFolding.FreshName(g, x.Name + "_fq_scale"), p.ScaleTensor());
        var zero = g.AddInitializer(BatchNormFolding.FreshName(g, x.Name + "_fq_zero_point"), p.ZeroPointTensor());
        // The clip bounds are the grid's ends, so QuantizeLinear never leaves [0, 2^bits − 1] even on unseen data.
        var min = g.AddInitializer(BatchNormFolding.FreshName(g, x.Name + "_fq_min"), Tensor.FromSpan<float>([(p.QMin - z) * s]));
        var max = g.AddInitializer(BatchNormFolding.FreshName(g, x.Name + "_fq_max"), Tensor.FromSpan<float>([(p.QMax - z) * s]));
        var clipped = new Value(BatchNormFolding.FreshName(g, x.Name + "_fq_clipped"), DType.F32, x.Shape);
        var q = new Value(BatchNormFolding.FreshName(g, x.Name + "_fq_quantized"), DType.U8, x.Shape);
        var dq = new Value(BatchNormFolding.FreshName(g, x.Name + "_fq"), DType.F32, x.Shape);
        int at = g.Nodes.IndexOf(before);
        g.Nodes.InsertRange(at,
        [
            new Node("Clip", [x, min, max], [clipped]),
            new Node("QuantizeLinear", [clipped, scale, zero], [q]),
            new Node("DequantizeLinear", [q, scale, zero], [dq]),
        ]);
        return dq;
    }
}
