using Coex.Quantization;
using Coex.Tensors;
using Coex.Training;
using Coex.Training.Data;

namespace Coex.Tests.Quantization;

/// <summary>The one-call bit-width evaluation: fewer bits, more output error; 32/16 bits change nothing.</summary>
public class BitWidthEvaluationTests
{
    [Fact]
    public void Output_error_grows_as_bits_shrink_and_float_widths_are_exact()
    {
        var graph = Quantizer.Prepare(ModelExport.ToGraph(ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 2)));
        var reader = new ImageDatasetReader(FashionMnist.LoadTest().Take(128), new DataOptions { Mean = 0.286f, Std = 0.353f }, batchSize: 64);
        var batches = reader.Batches().ToList();
        var calibration = Quantizer.Calibrate(graph, Quantizer.FindLayers(graph), reader, threads: 2);
        var reference = ModelEvaluation.Evaluate(graph, batches, threads: 2);
        double Noise(int wb, int ab) => ModelEvaluation.Loss(
            ModelEvaluation.Evaluate(BitWidthEvaluation.FakeQuantize(graph, wb, ab, calibration), batches, threads: 2), reference, QualityMetric.Sqnr);

        Assert.Equal(0, Noise(32, 16));
        double w8a8 = Noise(8, 8), w4a8 = Noise(4, 8), w2a8 = Noise(2, 8), w8a4 = Noise(8, 4), w16 = Noise(16, 16);
        Assert.True(w16 < w8a8 && w8a8 < w4a8 && w4a8 < w2a8, $"weights 16/8/4/2 bits: noise {w16} {w8a8} {w4a8} {w2a8} (%)");
        Assert.True(w8a8 < w8a4, $"activations 8 vs 4 bits: {w8a8} vs {w8a4}");
        Assert.True(w8a8 < 1, $"8-bit noise power {w8a8}% of the signal");

        // The one call returns an accuracy in [0, 1].
        double acc = BitWidthEvaluation.Accuracy(ModelExport.ToGraph(ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 2)), reader, batches, 8, 8, threads: 2, calibrationBatches: 1);
        Assert.InRange(acc, 0, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => BitWidthEvaluation.FakeQuantize(graph, 20, 8, calibration));
        Assert.Throws<ArgumentException>(() => BitWidthEvaluation.FakeQuantize(graph, 8, 8, null));
    }
}
