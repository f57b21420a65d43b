using Coex.Hardware;

namespace Coex.Tests.Hardware;

public class SpecTests
{
    [Fact]
    public void Presets_are_valid_and_round_trip_through_json()
    {
        foreach (var spec in AcceleratorPresets.Systolic.Values)
        {
            spec.Validate();
            var back = SystolicArraySpec.FromJson(spec.ToJson());
            Assert.Equal(spec, back);
        }
        var fpga = AcceleratorPresets.ZhangVc707;
        Assert.Equal(fpga, FpgaSpec.FromJson(fpga.ToJson()));
    }

    [Fact]
    public void Json_writes_dataflow_by_name_and_reads_short_forms()
    {
        string json = AcceleratorPresets.TpuV1.ToJson();
        Assert.Contains("\"dataflow\": \"WeightStationary\"", json);
        Assert.DoesNotContain("pes", json); // derived sizes stay out of the file
        var os = SystolicArraySpec.FromJson(json.Replace("\"WeightStationary\"", "\"os\""));
        Assert.Equal(Dataflow.OutputStationary, os.Dataflow);
    }

    [Fact]
    public void Files_round_trip()
    {
        string path = Path.Combine(Path.GetTempPath(), $"coex-hw-{Environment.ProcessId}.json");
        try
        {
            AcceleratorPresets.Eyeriss.Save(path);
            Assert.Equal(AcceleratorPresets.Eyeriss, SystolicArraySpec.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_dataflow_is_rejected_naming_it()
    {
        string json = AcceleratorPresets.TpuV1.ToJson().Replace("\"WeightStationary\"", "\"RowStationary\"");
        var e = Assert.Throws<ArgumentException>(() => SystolicArraySpec.FromJson(json));
        Assert.Contains("RowStationary", e.Message);
        Assert.Contains("WeightStationary", e.Message);
    }

    [Fact]
    public void Unknown_and_missing_fields_are_rejected()
    {
        string json = AcceleratorPresets.TpuV1.ToJson();
        var unknown = Assert.Throws<ArgumentException>(() => SystolicArraySpec.FromJson(json.Replace("\"rows\"", "\"rowz\"")));
        Assert.Contains("rowz", unknown.Message);
        var missing = Assert.Throws<ArgumentException>(() => SystolicArraySpec.FromJson("{\"rows\": 4}"));
        Assert.Contains("cols", missing.Message);
        Assert.Throws<ArgumentException>(() => SystolicArraySpec.FromJson("not json"));
    }

    [Fact]
    public void Bad_specs_are_rejected_with_the_offending_value()
    {
        var tpu = AcceleratorPresets.TpuV1;
        Assert.Contains("0×256", Assert.Throws<ArgumentException>(() => (tpu with { Rows = 0 }).Validate()).Message);
        Assert.Contains("DramBytesPerCycle must be a finite positive number, got -1",
            Assert.Throws<ArgumentException>(() => (tpu with { DramBytesPerCycle = -1 }).Validate()).Message);
        Assert.Contains("ClockMHz", Assert.Throws<ArgumentException>(() => (tpu with { ClockMHz = double.NaN }).Validate()).Message);
        Assert.Contains("unknown dataflow 7", Assert.Throws<ArgumentException>(() => (tpu with { Dataflow = (Dataflow)7 }).Validate()).Message);
        Assert.Contains("DramPjPerByte", Assert.Throws<ArgumentException>(() =>
            (tpu with { Technology = new TechnologyParameters { DramPjPerByte = -2 } }).Validate()).Message);
    }

    [Fact]
    public void Buffers_too_small_for_one_tile_are_rejected()
    {
        // A WS 256×256 weight tile at 16 bits, double-buffered, is 256·256·2·2 B = 256 KiB: TPU v1's weight FIFO exactly.
        var tpu = AcceleratorPresets.TpuV1;
        var e = Assert.Throws<ArgumentException>(() => (tpu with { FilterSramKiB = 255 }).Validate());
        Assert.Contains("FilterSramKiB = 255 KiB is too small", e.Message);
        Assert.Contains("256 KiB", e.Message);
        // OS keeps the outputs: the ofmap buffer must hold the tile; the filter buffer only a column vector.
        var os = tpu with { Dataflow = Dataflow.OutputStationary, FilterSramKiB = 1, OfmapSramKiB = 256 };
        os.Validate();
        Assert.Throws<ArgumentException>(() => (os with { OfmapSramKiB = 200 }).Validate());
    }

    [Fact]
    public void Bad_fpga_specs_are_rejected()
    {
        var z = AcceleratorPresets.ZhangVc707;
        Assert.Contains("Tm must be positive, got 0", Assert.Throws<ArgumentException>(() => (z with { Tm = 0 }).Validate()).Message);
        Assert.Contains("unknown arithmetic", Assert.Throws<ArgumentException>(() => (z with { Arithmetic = (FpgaArithmetic)9 }).Validate()).Message);
        Assert.Throws<ArgumentException>(() => FpgaSpec.FromJson(z.ToJson().Replace("\"Float32\"", "\"Float64\"")));
    }
}
