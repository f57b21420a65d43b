using Coex.Hardware;
using Coex.Search;
using Coex.Training;

namespace Coex.Tests.Search;

public class HardwareTunerTests
{
    private static HardwareTuner Tuner(Constraints constraints, HardwareSpace? hw = null)
    {
        var arch = new LeNetSpace();
        var bits = new QuantizationSpace(arch.Stages, [4, 8, 16]);
        hw ??= new SystolicSpace();
        return new HardwareTuner(arch, bits, hw, constraints, new RewardFunction(RewardKind.AccuracyLatency, 1e-4, 1e-4, 2));
    }

    [Fact]
    public void Systolic_space_cost_matches_the_graph_estimate()
    {
        var tuner = Tuner(new Constraints());
        var hw = (SystolicSpace)tuner.Hardware;
        int[] arch = [2, 1, 1, 3, 3, 2];
        int[] bits = [1, 1, 1, 1, 1, 1]; // 8/8 everywhere
        var workload = tuner.Workload(arch, bits);
        var rng = new Random(4);
        for (int i = 0; i < 20; i++)
        {
            var point = hw.Space.Sample(rng);
            var spec = hw.Spec(point);
            var metrics = hw.Evaluate(workload, point);
            if (spec is null)
            {
                Assert.Null(metrics);
                continue;
            }
            var graph = ModelExport.ToGraph(tuner.Architectures.Build(arch, [1, 28, 28], 10, 0), new ModelExportOptions { Batch = 1 });
            var reference = GraphEstimate.Evaluate(graph, spec, BitWidths.Int8).Totals;
            Assert.Equal(reference.LatencySeconds, metrics!.Value.LatencySeconds, 12);
            Assert.Equal(reference.EnergyPj * 1e-12, metrics.Value.EnergyJoules, 15);
            Assert.Equal(reference.Area.TotalMm2, metrics.Value.Area, 12);
        }
    }

    [Fact]
    public void Narrower_bits_cost_less_energy_and_per_stage_bits_reach_the_layers()
    {
        var tuner = Tuner(new Constraints());
        int[] arch = [2, 1, 1, 3, 3, 2];
        var hw = tuner.Points[tuner.Points.Count / 2];
        var wide = tuner.Hardware.Evaluate(tuner.Workload(arch, [2, 2, 2, 2, 2, 2]), hw)!.Value;
        var narrow = tuner.Hardware.Evaluate(tuner.Workload(arch, [0, 0, 0, 0, 0, 0]), hw)!.Value;
        Assert.True(narrow.EnergyJoules < wide.EnergyJoules);
        var mixed = tuner.Workload(arch, [0, 0, 2, 2, 1, 1]);
        Assert.Equal([4, 16, 8, 8], mixed.Bits.Select(b => b.Weights).ToArray()); // conv0, conv1, conv2, fc (last stage)
        Assert.Equal(new BitWidths(16, 16), mixed.DesignBits);
    }

    [Fact]
    public void Tuning_prunes_exactly_when_no_machine_meets_the_constraints()
    {
        int[] arch = [3, 3, 3, 3, 3, 3];
        int[] bits = [1, 1, 1, 1, 1, 1];
        var loose = Tuner(new Constraints());
        var all = loose.Tune(loose.Workload(arch, bits));
        Assert.True(all.Feasible);
        double fastest = all.MinLatencySeconds;
        var impossible = Tuner(new Constraints(fastest * 0.99));
        Assert.False(impossible.Tune(impossible.Workload(arch, bits)).Feasible);
        var tight = Tuner(new Constraints(fastest * 1.01));
        var result = tight.Tune(tight.Workload(arch, bits));
        Assert.True(result.Feasible);
        Assert.All(result.Front, c => Assert.True(c.Metrics.LatencySeconds <= fastest * 1.01));
        // The front is non-dominated in (latency, energy, area).
        var objectives = result.Front.Select(c => new[] { c.Metrics.LatencySeconds, c.Metrics.EnergyJoules, c.Metrics.Area }).ToList();
        Assert.All(objectives, o => Assert.DoesNotContain(objectives, q => Pareto.Dominates(q, o)));
    }

    [Fact]
    public void Fpga_space_evaluates_pipelines_and_rejects_oversized_tilings()
    {
        var fpga = new FpgaSpace();
        var tuner = Tuner(new Constraints(), fpga);
        var workload = tuner.Workload([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]);
        int[] one = [1, 1, 1, 0], four = [1, 1, 1, 2];
        var single = fpga.Evaluate(workload, one)!.Value;
        var pipeline = fpga.Evaluate(workload, four)!.Value;
        Assert.True(double.IsNaN(single.EnergyJoules));
        Assert.True(pipeline.Area > single.Area); // more devices, more DSPs
        // Tm 128 × Tn 16 needs 4096 weight BRAM banks; the device has 2060.
        var huge = tuner.Workload([1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2]);
        Assert.Null(fpga.Evaluate(huge, [3, 2, 2, 0]));
    }
}
