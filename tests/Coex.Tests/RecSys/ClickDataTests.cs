using Coex.RecSys;

namespace Coex.Tests.RecSys;

public class ClickDataTests
{
    [Fact]
    public void Metrics_on_known_values()
    {
        Assert.Equal(Math.Log(2), ClickMetrics.LogLoss([0.5f, 0.5f], [1f, 0f]), 12);
        float[] labels = [1, 0, 0, 0];
        double h = -(0.25 * Math.Log(0.25) + 0.75 * Math.Log(0.75));
        Assert.Equal(h, ClickMetrics.BaseEntropy(labels), 12);
        Assert.Equal(1.0, ClickMetrics.NormalizedEntropy([0.25f, 0.25f, 0.25f, 0.25f], labels), 6);
        Assert.True(ClickMetrics.NormalizedEntropy([0.9f, 0.1f, 0.1f, 0.1f], labels) < 0.5);
        Assert.Equal(0.75, ClickMetrics.Auc([0.1f, 0.4f, 0.35f, 0.8f], [0, 0, 1, 1]), 12);
        Assert.Equal(0.5, ClickMetrics.Auc([0.5f, 0.5f], [0, 1]), 12);
        Assert.Equal(1.0, ClickMetrics.Auc([0.1f, 0.2f, 0.9f], [0, 0, 1]), 12);
        Assert.True(double.IsNaN(ClickMetrics.Auc([0.1f, 0.2f], [1, 1])));
        Assert.Throws<ArgumentException>(() => ClickMetrics.LogLoss([0.5f], [1f, 0f]));
    }

    [Fact]
    public void Generator_is_seeded_and_shaped_like_criteo()
    {
        var config = DlrmConfig.Small;
        var a = new ClickLogGenerator(config, seed: 9).Next(500);
        var b = new ClickLogGenerator(config, seed: 9).Next(500);
        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(a.Dense, b.Dense);
        Assert.Equal(a.Labels, b.Labels);
        Assert.NotEqual(a.Indices, new ClickLogGenerator(config, seed: 10).Next(500).Indices);
        Assert.Equal(26, a.Tables);
        Assert.Equal(13, a.DenseFeatures);
        Assert.Equal(26 * 500 + 1, a.Offsets.Length);
        for (int t = 0; t < config.Tables; t++)
        {
            var (ids, offsets) = a.TableBags(t);
            Assert.All(ids, id => Assert.InRange(id, 0, config.TableRows[t] - 1));
            for (int s = 0; s < 500; s++)
                Assert.InRange(offsets[s + 1] - offsets[s], 1, config.MaxPooling(t));
        }
        double rate = a.Labels.Average();
        Assert.InRange(rate, 0.1, 0.45);
        Assert.All(a.Dense, v => Assert.True(v >= 0 && float.IsFinite(v)));
        // Zipf: in the 2 000-row table the most frequent id is far above uniform (1/2000 of the lookups).
        var (big, _) = a.TableBags(2);
        double top = big.GroupBy(i => i).Max(g => g.Count()) / (double)big.Length;
        Assert.True(top > 0.05, $"top id share {top}");
    }

    [Fact]
    public void Short_training_beats_the_base_rate()
    {
        var config = DlrmConfig.Small;
        var data = new ClickLogGenerator(config, seed: 1);
        var model = new DlrmModel(config, seed: 2);
        var losses = DlrmTrainer.Train(model, data, steps: 60, batchSize: 256, learningRate: 3e-3f, threads: 2);
        Assert.All(losses, l => Assert.True(float.IsFinite(l)));
        var heldOut = data.Next(8192);
        var p = model.Predict(heldOut);
        double ne = ClickMetrics.NormalizedEntropy(p, heldOut.Labels);
        double auc = ClickMetrics.Auc(p, heldOut.Labels);
        Assert.True(ne < 0.95, $"NE {ne:F4}, AUC {auc:F4}");
        Assert.True(auc > 0.65, $"NE {ne:F4}, AUC {auc:F4}");
    }
}
