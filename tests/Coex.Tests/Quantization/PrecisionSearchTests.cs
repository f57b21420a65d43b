using Coex.Quantization;
using Coex.Training;
using Coex.Training.Data;

namespace Coex.Tests.Quantization;

/// <summary>Greedy and knapsack searches keep their measured loss within the budget; a free budget quantizes everything, a zero budget nothing.</summary>
public class PrecisionSearchTests
{
    [Fact]
    public void Searches_respect_the_budget_at_both_extremes_and_in_between()
    {
        var graph = Quantizer.Prepare(ModelExport.ToGraph(ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 3)));
        var reader = new ImageDatasetReader(FashionMnist.LoadTest().Take(64), new DataOptions { Mean = 0.286f, Std = 0.353f }, batchSize: 64);
        var batches = reader.Batches().ToList();
        var calibration = Quantizer.Calibrate(graph, Quantizer.FindLayers(graph), reader, threads: 2);
        // A deterministic "timer": the float model takes 1 s, an int8 layer saves 0.4 s (fp16 runs the float kernels and is not timed).
        static double[] Timer(IReadOnlyList<Action> actions) => actions.Count == 2 ? [1.0, 0.6] : [.. Enumerable.Repeat(1.0, actions.Count)];
        var candidates = new[] { LayerScheme.Int8(), LayerScheme.Int8(CalibrationMethod.Entropy), LayerScheme.Fp16 };
        PrecisionSearch Search(double budget) => new(graph, calibration, batches, batches[0].Input, Timer,
            new PrecisionSearchOptions { Metric = QualityMetric.Sqnr, Budget = budget, Candidates = candidates, Threads = 2 });

        var free = Search(1e6);
        var sensitivity = free.Sensitivity();
        Assert.Equal(free.Layers.Count * candidates.Length, sensitivity.Count);
        Assert.All(sensitivity, o => Assert.True(o.Loss > 0, $"{o.Layer} {o.Scheme}: any quantization adds noise"));
        Assert.All(sensitivity.Where(o => o.Scheme.Precision == LayerPrecision.Int8), o => Assert.Equal(0.4, o.GainSeconds, 6));
        Assert.All(sensitivity.Where(o => o.Scheme.Precision == LayerPrecision.Fp16), o => Assert.Equal(0, o.GainSeconds));
        foreach (var outcome in new[] { free.Greedy(sensitivity), free.Knapsack(sensitivity) })
            Assert.All(free.Layers, l => Assert.Equal(LayerPrecision.Int8, outcome.Plan[l.Name].Precision));

        var none = Search(0);
        foreach (var outcome in new[] { none.Greedy(sensitivity), none.Knapsack(sensitivity) })
        {
            Assert.All(none.Layers, l => Assert.Equal(LayerPrecision.Fp32, outcome.Plan[l.Name].Precision));
            Assert.Equal(0, outcome.Loss);
        }

        // In between: the measured loss of whatever is chosen fits, and something is quantized.
        double budget = sensitivity.Where(o => o.Scheme.Precision == LayerPrecision.Int8).Select(o => o.Loss).Order().ElementAt(3);
        var mid = Search(budget);
        foreach (var outcome in new[] { mid.Greedy(sensitivity), mid.Knapsack(sensitivity) })
        {
            Assert.True(outcome.Loss <= budget, $"{outcome.Method}: loss {outcome.Loss} > budget {budget}");
            Assert.Contains(mid.Layers, l => outcome.Plan[l.Name].Precision != LayerPrecision.Fp32);
        }
    }
}
