using Coex.Quantization;
using Coex.Tensors;

namespace Coex.Tests.Quantization;

public class MonitoringTests
{
    /// <summary>Standard normal deciles: equal-mass bins for N(0, 1), with ±3 closing the outer ones.</summary>
    private static readonly double[] NormalDecileEdges = [-3, -1.2816, -0.8416, -0.5244, -0.2533, 0, 0.2533, 0.5244, 0.8416, 1.2816, 3];

    [Fact]
    public void Psi_of_known_proportions()
    {
        Assert.Equal(0, DriftHistogram.Psi([0.5, 0.5], [0.5, 0.5]), 12);
        // Σ (a − e) ln(a / e) by hand: 0.15 ln 1.6 + 0.05 ln 1.2 − 0.05 ln 0.8 − 0.15 ln 0.4 = 0.22822.
        Assert.Equal(0.22822, DriftHistogram.Psi([0.25, 0.25, 0.25, 0.25], [0.4, 0.3, 0.2, 0.1]), 4);
        // Symmetric in its arguments.
        Assert.Equal(DriftHistogram.Psi([0.4, 0.3, 0.2, 0.1], [0.25, 0.25, 0.25, 0.25]), DriftHistogram.Psi([0.25, 0.25, 0.25, 0.25], [0.4, 0.3, 0.2, 0.1]), 12);
        // An empty bin is floored at 1e-4, not infinite: (0.5 − 1e-4) ln(0.5 / 1e-4) + (1e-4 − 0.5) ln(1e-4 / 0.5)... both bins move.
        double floored = DriftHistogram.Psi([0.5, 0.5], [1.0, 0.0]);
        Assert.Equal(0.5 * Math.Log(2) + (0.5 - 1e-4) * Math.Log(0.5 / 1e-4), floored, 6);
        Assert.Throws<ArgumentException>(() => DriftHistogram.Psi([0.5, 0.5], [1.0]));
    }

    [Fact]
    public void Psi_of_normal_samples_matches_the_known_divergence()
    {
        var reference = Normal(seed: 1, count: 100_000, mean: 0, std: 1);
        var same = Normal(seed: 2, count: 100_000, mean: 0, std: 1);
        // For N(0,1) vs N(δ,1) the PSI tends (with fine bins) to the Jeffreys divergence δ²; ten decile bins see a bit less.
        var shifted = Normal(seed: 3, count: 100_000, mean: 0.5, std: 1);
        var scaled = Normal(seed: 4, count: 100_000, mean: 0, std: 2);
        var e = Histogram(reference).Proportions();
        Assert.True(DriftHistogram.Psi(e, Histogram(same).Proportions()) < 0.005);
        double psiShift = DriftHistogram.Psi(e, Histogram(shifted).Proportions());
        Assert.InRange(psiShift, 0.2, 0.25);
        // Doubling σ: Jeffreys divergence (σ² − 1)² / (2σ²) = 9 / 8, of which the decile bins keep most.
        Assert.InRange(DriftHistogram.Psi(e, Histogram(scaled).Proportions()), 0.7, 1.125);
    }

    [Fact]
    public void Histogram_bins_edges_and_outliers()
    {
        var h = new DriftHistogram([0.0, 1.0, 2.0]);
        h.Add([-0.5f, 0f, 0.999f, 1f, 2f, 2.5f, float.NaN]);
        // below | [0, 1) | [1, 2] | above (NaN counts as above).
        Assert.Equal([1L, 2, 2, 2], h.Counts);
        Assert.Equal(7, h.Total);
        Assert.Throws<ArgumentException>(() => new DriftHistogram([1.0, 1.0]));
        Assert.Throws<ArgumentException>(() => new DriftHistogram([0.0]));
        Assert.Throws<ArgumentException>(() => h.Add(new DriftHistogram([0.0, 1.0])));
    }

    [Fact]
    public void Normalized_entropy_and_accuracy_of_known_logits()
    {
        var m = new ClassificationMetrics();
        // Two rows predicting uniformly over 2 classes, labels 0 and 1: CE = ln 2 each, label entropy ln 2 → NE 1.
        m.Add(Tensor.FromSpan<float>([0f, 0f, 3f, 3f], 2, 2), [0, 1]);
        Assert.Equal(1.0, m.NormalizedEntropy, 9);
        Assert.Equal(0.5, m.Accuracy, 9);
        var sure = new ClassificationMetrics();
        sure.Add(Tensor.FromSpan<float>([20f, 0f, 0f, 20f], 2, 2), [0, 1]);
        Assert.True(sure.NormalizedEntropy < 1e-6);
        Assert.Equal(1.0, sure.Accuracy);
        Assert.Throws<ArgumentException>(() => sure.Add(Tensor.FromSpan<float>([0f, 1f], 1, 2), [2]));
    }

    [Fact]
    public void Monitor_stays_silent_without_drift_and_names_layers_when_inputs_drift()
    {
        var fp32 = QuantToolsFixtures.Float;
        var calibration = QuantToolsFixtures.TrainBatch(256);
        var q = QuantToolsFixtures.Qdq(fp32, calibration.Images);
        var profile = ActivationProfile.Collect(q, Split(calibration.Images, 128), threads: 2);
        Assert.Equal(256, profile.Samples);
        Assert.Equal(12, profile.Activations.Count);
        var options = new MonitorOptions { Threads = 2, Window = 6, MinWindowSamples = 128 };

        var quiet = new AccuracyMonitor(fp32, q, profile, options);
        MonitorStatus last = null!;
        foreach (var b in QuantToolsFixtures.TestBatches(32, 8))
            last = quiet.Observe(new LabelledBatch(b.Images, b.Labels));
        Assert.True(quiet.Alerts.Count == 0, string.Join("\n", quiet.Alerts.Select(a => a.Message)));
        Assert.True(last.MostShifted!.Psi < 0.1, $"{last.MostShifted}");
        Assert.True(last.Agreement > 0.97, $"agreement {last.Agreement:P1}");
        Assert.NotNull(last.QuantizedNe);

        // The same stream, drifting after four batches: every pixel scaled by 1.5 and shifted by one training std.
        var drifting = new AccuracyMonitor(fp32, q, profile, options);
        int index = 0;
        foreach (var b in QuantToolsFixtures.TestBatches(32, 10))
        {
            var input = index++ < 4 ? b.Images : QuantToolsFixtures.Drift(b.Images, scale: 1.5f, shift: 1.0f);
            last = drifting.Observe(new LabelledBatch(input, b.Labels));
        }
        var shift = drifting.Alerts.FirstOrDefault(a => a.Kind == AlertKind.DistributionShift);
        Assert.NotNull(shift);
        Assert.True(shift.Batch >= 4, $"alert at batch {shift.Batch}, before the drift started");
        Assert.Contains("input", shift.Layers);
        var range = drifting.Alerts.FirstOrDefault(a => a.Kind == AlertKind.RangeDrift);
        Assert.NotNull(range);
        Assert.Equal("input", range.Layers[0]);
        Assert.True(last.Layers.Single(l => l.Layer == "input").OutOfRange > 0.1);

        // Recalibrating on the drifted batches widens the input range and clears the range alert.
        var result = drifting.Recalibrate(budget: 0.1);
        var inputRange = result.Ranges.Single(r => r.Layer == "input");
        Assert.True(inputRange.NewHigh > inputRange.OldHigh * 1.3, $"{inputRange}");
        Assert.True(result.Adopted, $"{result.Before} → {result.After}");
        Assert.Same(result.Quantized, drifting.Quantized);
        int alertsBefore = drifting.Alerts.Count;
        foreach (var b in QuantToolsFixtures.TestBatches(32, 6, offset: 10 * 32))
            last = drifting.Observe(new LabelledBatch(QuantToolsFixtures.Drift(b.Images, 1.5f, 1.0f), b.Labels));
        Assert.DoesNotContain(drifting.Alerts.Skip(alertsBefore), a => a.Kind == AlertKind.RangeDrift);
        Assert.True(last.Layers.Single(l => l.Layer == "input").OutOfRange < 0.01);
    }

    [Fact]
    public void Recalibration_keeps_weights_and_the_original_graph()
    {
        var fp32 = QuantToolsFixtures.Float;
        var calibration = QuantToolsFixtures.TrainBatch(64);
        var q = QuantToolsFixtures.Qdq(fp32, calibration.Images);
        var before = q.Initializers.ToDictionary(i => i.Value.Name, i => i.Tensor);
        var (copy, ranges) = Recalibration.Rewrite(q, [QuantToolsFixtures.Drift(calibration.Images, 2f, 0f)], threads: 2);
        Assert.Equal(12, ranges.Count);
        // The original model is untouched; weights keep their tensors in the copy.
        Assert.All(q.Initializers, i => Assert.Same(before[i.Value.Name], i.Tensor));
        Assert.All(copy.Initializers.Where(i => i.Tensor.DType == DType.F32 && i.Tensor.Length > 1), i => Assert.Same(before[i.Value.Name], i.Tensor));
        // The input range (asymmetric u8) doubled with the doubled data.
        var input = ranges.Single(r => r.Layer == "input");
        Assert.Equal(2 * (input.OldHigh - input.OldLow), input.NewHigh - input.NewLow, 1e-2);
        Assert.Throws<ArgumentException>(() => Recalibration.Rewrite(q, []));
    }

    [Fact]
    public void Rescale_changes_one_activation_scale_by_value_or_node_name()
    {
        var fp32 = QuantToolsFixtures.Float;
        var q = QuantToolsFixtures.Qdq(fp32, QuantToolsFixtures.TrainBatch(64).Images);
        var conv2 = fp32.Nodes.First(n => n.Name.Contains("conv2"));
        var original = new QdqStructure(q).QuantizerOf(conv2.Outputs[0]!)!;
        foreach (string name in new[] { conv2.Name, conv2.Outputs[0]!.Name })
        {
            var scaled = Recalibration.Rescale(q, name, 0.25f);
            var pair = new QdqStructure(scaled).QuantizerOf(conv2.Outputs[0]!)!;
            Assert.Equal(original.Scale[0] * 0.25f, pair.Scale[0], 6);
            Assert.Equal(original.ZeroPoint[0], pair.ZeroPoint[0]);
            Assert.Equal(original.High() * 0.25f, pair.High(), 4);
            // Every other quantizer keeps its scale, and the original model is unchanged.
            Assert.Equal(1, new QdqStructure(q).Pairs.Count(p => p.Scale[0] != new QdqStructure(scaled).QuantizerOf(p.Source)!.Scale[0]));
            Assert.Equal(original.Scale[0], new QdqStructure(q).QuantizerOf(conv2.Outputs[0]!)!.Scale[0]);
        }
        var e = Assert.Throws<ArgumentException>(() => Recalibration.Rescale(q, "no_such_layer", 2f));
        Assert.Contains("quantized activations:", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Recalibration.Rescale(q, conv2.Name, 0f));
    }

    [Fact]
    public void Synthetic_drift_parses_and_applies()
    {
        var d = SyntheticDrift.Parse("scale:1.5, shift:-1");
        Assert.Equal(new SyntheticDrift(1.5f, -1f), d);
        var x = Tensor.FromSpan<float>([0f, 2f], 2);
        Assert.Equal([-1f, 2f], d.Apply(x).AsSpan<float>().ToArray());
        Assert.True(SyntheticDrift.Parse("none").IsNone);
        var noisy = SyntheticDrift.Parse("noise:0.5");
        Assert.Equal(noisy.Apply(x, 3).AsSpan<float>().ToArray(), noisy.Apply(x, 3).AsSpan<float>().ToArray());
        Assert.NotEqual(noisy.Apply(x, 3).AsSpan<float>().ToArray(), noisy.Apply(x, 4).AsSpan<float>().ToArray());
        Assert.Throws<ArgumentException>(() => SyntheticDrift.Parse("tilt:2"));
        Assert.Throws<ArgumentException>(() => SyntheticDrift.Parse("shift:abc"));
        Assert.Throws<ArgumentException>(() => SyntheticDrift.Parse("noise:-1"));
    }

    private static IEnumerable<Tensor> Split(Tensor images, int size)
    {
        int n = images.Shape[0], row = (int)(images.Length / n);
        for (int s = 0; s < n; s += size)
        {
            int count = Math.Min(size, n - s);
            yield return Tensor.FromSpan<float>(images.AsSpan<float>().Slice(s * row, count * row), [count, .. images.Shape[1..].ToArray()]);
        }
    }

    private static float[] Normal(int seed, int count, double mean, double std)
    {
        var rng = new Random(seed);
        var x = new float[count];
        for (int i = 0; i < count; i++)
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            x[i] = (float)(mean + std * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
        return x;
    }

    private static DriftHistogram Histogram(float[] values)
    {
        var h = new DriftHistogram(NormalDecileEdges);
        h.Add(values);
        return h;
    }
}
