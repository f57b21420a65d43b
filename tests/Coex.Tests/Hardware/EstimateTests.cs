using System.Text.Json;
using Coex.Graphs;
using Coex.Hardware;

namespace Coex.Tests.Hardware;

/// <summary>The library side of <c>coex estimate</c>: spec resolution, whole-graph estimates and their JSON.</summary>
public class EstimateTests
{
    private static GraphLayers DefaultModel() => GraphMapping.Map(BuiltinModels.Create(BuiltinModels.Names[0]));

    public static TheoryData<string> SystolicPresets() => [.. AcceleratorPresets.Systolic.Keys];

    [Theory]
    [MemberData(nameof(SystolicPresets))]
    public void Default_model_on_each_systolic_preset_has_finite_positive_totals(string preset)
    {
        var target = HardwareTarget.Resolve(preset);
        Assert.Equal(HardwareKind.Systolic, target.Kind);
        var t = GraphEstimate.Evaluate(DefaultModel(), target.Systolic!, BitWidths.Int8).Totals;
        Assert.True(t.Layers > 0);
        foreach (double value in new[] { t.TotalCycles, t.LatencySeconds, t.InferencesPerSecond, t.EnergyPj, t.Area.TotalMm2, t.AveragePowerWatts })
            Assert.True(double.IsFinite(value) && value > 0, $"{preset}: total {value}");
    }

    [Fact]
    public void Default_model_on_the_fpga_preset_has_finite_positive_totals_and_fits()
    {
        var target = HardwareTarget.Resolve(AcceleratorPresets.ZhangVc707.Name);
        Assert.Equal(HardwareKind.Fpga, target.Kind);
        var e = FpgaEstimate.Evaluate(DefaultModel(), target.Fpga!, BitWidths.Int8);
        Assert.True(e.Feasible, string.Join(" ", e.Problems));
        Assert.Single(e.Partition.StageCycles);
        foreach (double value in new[] { e.LatencyCycles, e.LatencySeconds, e.InferencesPerSecond, e.Gops, e.Macs, e.DramBytes })
            Assert.True(double.IsFinite(value) && value > 0, $"total {value}");
        // The whole-network latency is the layers' latencies run one after another.
        Assert.Equal(e.Layers.Sum(l => l.Cost.LatencyCycles), e.LatencyCycles);
        foreach (var l in e.Layers)
        {
            // Double buffering overlaps the three phases: the latency is at least the busiest one and at most their sum.
            long busiest = Math.Max(l.ComputeCycles, Math.Max(l.LoadCycles, l.StoreCycles));
            Assert.InRange(l.Cost.LatencyCycles, busiest, l.ComputeCycles + l.LoadCycles + l.StoreCycles + busiest);
        }
    }

    [Theory]
    [InlineData("lenet")]
    [InlineData("mobilenetv2-block")]
    [InlineData("mlp")]
    public void More_devices_never_lower_throughput(string model)
    {
        var layers = GraphMapping.Map(BuiltinModels.Create(model));
        double previous = 0;
        for (int devices = 1; devices <= 4; devices++)
        {
            var e = FpgaEstimate.Evaluate(layers, AcceleratorPresets.ZhangVc707, BitWidths.Int8, devices);
            Assert.True(e.InferencesPerSecond >= previous, $"{model}: {devices} devices {e.InferencesPerSecond}/s < {previous}/s");
            // Latency is the same layers in sequence however they are split.
            Assert.Equal(e.Layers.Sum(l => l.Cost.LatencyCycles), e.LatencyCycles);
            Assert.Equal(Math.Min(devices, e.Layers.Count), e.Partition.Stages);
            previous = e.InferencesPerSecond;
        }
    }

    [Fact]
    public void Two_devices_split_lenet_into_contiguous_stages_covering_every_layer()
    {
        var e = FpgaEstimate.Evaluate(DefaultModel(), AcceleratorPresets.ZhangVc707, BitWidths.Int8, devices: 2);
        var stages = e.Stages().ToList();
        Assert.Equal(2, stages.Count);
        Assert.Equal(0, stages[0].FirstLayer);
        Assert.Equal(stages[0].LastLayer + 1, stages[1].FirstLayer);
        Assert.Equal(e.Layers.Count - 1, stages[1].LastLayer);
        Assert.Equal(stages.Max(s => s.Cycles), e.Partition.BottleneckCycles);
        Assert.Equal(e.Spec.ClockMHz * 1e6 / e.Partition.BottleneckCycles, e.InferencesPerSecond, 6);
    }

    [Fact]
    public void Bit_widths_change_fixed_point_dsps_and_bram()
    {
        var spec = AcceleratorPresets.ZhangVc707 with { Arithmetic = FpgaArithmetic.Fixed };
        var narrow = FpgaEstimate.Evaluate(DefaultModel(), spec, new BitWidths(4, 4));
        var wide = FpgaEstimate.Evaluate(DefaultModel(), spec, new BitWidths(16, 16));
        Assert.Equal(0.5, narrow.Resources.DspsPerMac);
        Assert.Equal(1, wide.Resources.DspsPerMac);
        Assert.True(narrow.Resources.Dsps < wide.Resources.Dsps);
        Assert.True(narrow.Resources.Bram18K <= wide.Resources.Bram18K);
        Assert.True(narrow.DramBytes < wide.DramBytes);
    }

    [Fact]
    public void Infeasible_designs_say_what_does_not_fit()
    {
        var tooBig = AcceleratorPresets.ZhangVc707 with { Tm = 128 };
        var e = FpgaEstimate.Evaluate(DefaultModel(), tooBig, BitWidths.Int8);
        Assert.False(e.Feasible);
        Assert.Contains(e.Problems, p => p.Contains("4480 DSPs", StringComparison.Ordinal) && p.Contains("2800", StringComparison.Ordinal));

        var smallKernels = AcceleratorPresets.ZhangVc707 with { MaxKernel = 3 };
        var k = FpgaEstimate.Evaluate(DefaultModel(), smallKernels, BitWidths.Int8);
        Assert.False(k.Feasible);
        Assert.Contains(k.Problems, p => p.Contains("layer 'conv1'", StringComparison.Ordinal) && p.Contains("kernel ≤ 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_preset_error_names_it_and_lists_the_presets()
    {
        var e = Assert.Throws<ArgumentException>(() => HardwareTarget.Resolve("tpu-v9"));
        Assert.Contains("'tpu-v9'", e.Message, StringComparison.Ordinal);
        foreach (string name in HardwareTarget.PresetNames)
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spec_files_of_either_kind_are_detected()
    {
        string dir = Directory.CreateTempSubdirectory("coex-estimate-").FullName;
        try
        {
            string fpga = Path.Combine(dir, "fpga.json"), systolic = Path.Combine(dir, "array.json");
            (AcceleratorPresets.ZhangVc707 with { Name = "mine" }).Save(fpga);
            AcceleratorPresets.EdgeTpu.Save(systolic);
            Assert.Equal(AcceleratorPresets.ZhangVc707 with { Name = "mine" }, HardwareTarget.Resolve(fpga).Fpga);
            Assert.Equal(AcceleratorPresets.EdgeTpu, HardwareTarget.Resolve(systolic).Systolic);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("{\"dsps\": ", "Invalid accelerator spec JSON")]
    [InlineData("[1, 2]", "expected an object, got Array")]
    [InlineData("{\"name\": \"x\", \"clockMHz\": 100}", "neither a systolic-array spec")]
    [InlineData("{\"dsps\": 10, \"rows\": 4}", "both 'dsps' (FPGA) and 'rows'")]
    [InlineData("{\"dsps\": 10}", "Invalid FPGA spec JSON")]
    [InlineData("{\"rows\": 4, \"cols\": 4, \"dataflow\": \"sideways\"}", "sideways")]
    public void Malformed_spec_json_errors_name_the_problem(string json, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => HardwareTarget.Parse(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_spec_file_error_names_the_file_once()
    {
        string path = Path.Combine(Path.GetTempPath(), $"coex-bad-spec-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"foo\": 1}");
        try
        {
            var e = Assert.Throws<ArgumentException>(() => HardwareTarget.Resolve(path));
            Assert.StartsWith($"--hw {path}: ", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("(Parameter", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Fpga_json_has_the_documented_fields()
    {
        var e = FpgaEstimate.Evaluate(DefaultModel(), AcceleratorPresets.ZhangVc707, BitWidths.Int8, devices: 2);
        using var doc = JsonDocument.Parse(e.ToJson("lenet"));
        var root = doc.RootElement;
        foreach (string field in new[] { "model", "hardware", "kind", "weightBits", "activationBits", "devices", "tiling", "resources", "feasible", "problems", "layers", "stages", "totals", "notMapped" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("fpga", root.GetProperty("kind").GetString());
        Assert.Equal(2, root.GetProperty("devices").GetInt32());
        Assert.Equal(2, root.GetProperty("stages").GetArrayLength());
        var layer = root.GetProperty("layers")[0];
        foreach (string field in new[] { "layer", "op", "loadCycles", "computeCycles", "storeCycles", "latencyCycles", "bound", "fits" })
            Assert.True(layer.TryGetProperty(field, out _), $"layer missing {field}");
        Assert.Contains(layer.GetProperty("bound").GetString(), new[] { "load", "compute", "store" });
        var totals = root.GetProperty("totals");
        Assert.Equal(e.InferencesPerSecond, totals.GetProperty("inferencesPerSecond").GetDouble(), 9);
        Assert.Equal(e.Partition.BottleneckCycles, totals.GetProperty("bottleneckCycles").GetInt64());
    }

    [Fact]
    public void Systolic_json_has_the_documented_fields()
    {
        var e = GraphEstimate.Evaluate(DefaultModel(), AcceleratorPresets.Eyeriss, BitWidths.Int8);
        using var doc = JsonDocument.Parse(e.ToJson("lenet"));
        var root = doc.RootElement;
        foreach (string field in new[] { "model", "hardware", "kind", "weightBits", "activationBits", "layers", "totals", "notMapped" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("systolic", root.GetProperty("kind").GetString());
        Assert.Equal(e.Layers.Count, root.GetProperty("layers").GetArrayLength());
        Assert.Equal(e.Totals.TotalCycles, root.GetProperty("totals").GetProperty("totalCycles").GetInt64());
    }
}
