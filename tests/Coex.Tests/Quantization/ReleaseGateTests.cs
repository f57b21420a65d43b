using Coex.Quantization;

namespace Coex.Tests.Quantization;

public class ReleaseGateTests
{
    private static List<LabelledBatch> Data(int batches) =>
        [.. QuantToolsFixtures.TestBatches(128, batches).Select(b => new LabelledBatch(b.Images, b.Labels))];

    [Fact]
    public void Gate_passes_an_equal_snapshot_and_fails_a_regressed_one()
    {
        var fp32 = QuantToolsFixtures.Float;
        var calibration = QuantToolsFixtures.TrainBatch(256).Images;
        var good = QuantToolsFixtures.Qdq(fp32, calibration);
        var conv2 = fp32.Nodes.First(n => n.OpType == "Conv" && n.Name.Contains("conv2"));
        var broken = QuantToolsFixtures.Qdq(fp32, calibration, new Dictionary<string, float> { [conv2.Outputs[0]!.Name] = 0.02f });
        var data = Data(2);
        var options = new ReleaseGateOptions { Threads = 2 };

        var same = ReleaseGate.Compare(new ModelSnapshot("v1", good, fp32), new ModelSnapshot("v2", good, fp32), data, options);
        Assert.True(same.Passed, same.Summary);
        Assert.Equal(0, same.CandidateOnlyWrong + same.PreviousOnlyWrong);
        Assert.Equal(256, same.Candidate.Samples);
        Assert.Equal(3, same.Checks.Count);
        Assert.StartsWith("PASS", same.Summary);

        var regressed = ReleaseGate.Compare(new ModelSnapshot("v1", good, fp32), new ModelSnapshot("v2", broken, fp32), data, options);
        Assert.False(regressed.Passed);
        Assert.False(regressed.Checks.Single(c => c.Name == "quantized accuracy").Passed);
        Assert.False(regressed.Checks.Single(c => c.Name == "quantization loss").Passed);
        Assert.True(regressed.Candidate.Accuracy < regressed.Previous.Accuracy - 0.05);
        Assert.True(regressed.CandidateOnlyWrong > regressed.PreviousOnlyWrong);
        Assert.StartsWith("FAIL", regressed.Summary);
        Assert.Contains("quantized accuracy fell", regressed.Summary);

        // The other way round is an improvement: it passes, and without float models there is no quantization-loss check.
        var improved = ReleaseGate.Compare(new ModelSnapshot("v1", broken), new ModelSnapshot("v2", good), data, options);
        Assert.True(improved.Passed, improved.Summary);
        Assert.Equal(2, improved.Checks.Count);
    }

    [Fact]
    public void Gate_needs_labels()
    {
        var fp32 = QuantToolsFixtures.Float;
        var batch = QuantToolsFixtures.TrainBatch(8);
        var snapshot = new ModelSnapshot("m", fp32);
        Assert.Throws<ArgumentException>(() => ReleaseGate.Compare(snapshot, snapshot, [new LabelledBatch(batch.Images, null)]));
        Assert.Throws<ArgumentException>(() => ReleaseGate.Compare(snapshot, snapshot, []));
    }
}
