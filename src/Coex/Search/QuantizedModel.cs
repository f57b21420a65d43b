using Coex.Graphs;
using Coex.Hardware;
using Coex.Quantization;
using Coex.Training;

namespace Coex.Search;

/// <summary>
/// A trained model's accuracy at given bit widths per layer, the one place the co-design search turns bits into
/// accuracy. The model is exported once, BatchNorms folded (<see cref="Quantizer.Prepare"/>), and the input of every
/// convolution and linear layer calibrated (min/max) on <c>calibration</c>; each <see cref="Accuracy"/> then runs
/// <see cref="BitWidthEvaluation"/>'s fake quantization: weights symmetric per output channel, activations on an
/// asymmetric grid of 2^bits levels over the calibrated range (post-training quantization, no retraining), 16-bit
/// activations left in float.
/// </summary>
public sealed class QuantizedModel
{
    private readonly Graph _prepared;
    private readonly Calibration _calibration;
    private readonly IReadOnlyList<LabelledBatch> _data;
    private readonly int _threads;

    /// <param name="model">The trained model (copied: later training does not change this one).</param>
    /// <param name="calibration">Inputs the activation ranges are observed on.</param>
    /// <param name="data">Labelled batches accuracy is measured on (kept by reference, shared by the caller's models).</param>
    public QuantizedModel(Model model, ICalibrationDataReader calibration, IReadOnlyList<LabelledBatch> data, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(data);
        _prepared = Quantizer.Prepare(ModelExport.ToGraph(model));
        _calibration = Quantizer.Calibrate(_prepared, Quantizer.FindLayers(_prepared), calibration, threads: threads);
        _data = data;
        _threads = threads;
        Layers = Quantizer.FindLayers(_prepared).Select(l => l.Name).ToArray();
    }

    /// <summary>Names of the layers whose weights and inputs are quantized (the exported node names).</summary>
    public IReadOnlyList<string> Layers { get; }

    /// <summary>Top-1 accuracy with each layer at the widths <paramref name="bitsOfLayer"/> gives it (by layer name).</summary>
    public double Accuracy(Func<string, BitWidths> bitsOfLayer) => Evaluate(bitsOfLayer).Accuracy;

    /// <summary>The outputs over the data with each layer at the widths <paramref name="bitsOfLayer"/> gives it.</summary>
    public EvalResult Evaluate(Func<string, BitWidths> bitsOfLayer)
    {
        ArgumentNullException.ThrowIfNull(bitsOfLayer);
        var graph = BitWidthEvaluation.FakeQuantize(_prepared, layer =>
        {
            var bits = bitsOfLayer(layer.Name);
            return (bits.Weights, bits.Activations);
        }, _calibration);
        return ModelEvaluation.Evaluate(graph, _data, _threads);
    }

    /// <summary>The float model's outputs over the data (the reference the quantized ones are compared with).</summary>
    public EvalResult EvaluateFloat() => ModelEvaluation.Evaluate(_prepared, _data, _threads);
}
