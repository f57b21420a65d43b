using Coex.Hardware;
using Coex.Search;

namespace Coex.Tests.Hardware;

/// <summary>Supply voltage: on-chip energy scales with V², the clock follows the alpha-power law, DRAM does neither.</summary>
public class OperatingPointTests
{
    private static SystolicArraySpec Array(double? volts) => new()
    {
        Name = "test", Rows = 16, Cols = 16, Dataflow = Dataflow.OutputStationary,
        IfmapSramKiB = 64, FilterSramKiB = 64, OfmapSramKiB = 64,
        DramBytesPerCycle = 8, ClockMHz = 500, SupplyVolts = volts,
    };

    [Fact]
    public void The_clock_scale_is_one_at_nominal_falls_with_the_supply_and_follows_the_alpha_power_law()
    {
        var tech = TechnologyParameters.Horowitz45nm;
        Assert.Equal(1.0, tech.ClockScale(tech.NominalVolts), 12);
        // (0.8 − 0.35)^1.3 · 0.9 / ((0.9 − 0.35)^1.3 · 0.8), worked by hand: 0.3541 · 0.9 / (0.4597 · 0.8) ≈ 0.8666.
        Assert.Equal(0.8666, tech.ClockScale(0.8), 3);
        double previous = double.PositiveInfinity;
        foreach (double v in new[] { 1.0, 0.9, 0.8, 0.7, 0.6, 0.4 })
        {
            double scale = tech.ClockScale(v);
            Assert.True(scale > 0 && scale < previous, $"{v} V: {scale}");
            previous = scale;
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => tech.ClockScale(0.35));
        Assert.Equal(0.36 / 0.81, tech.OnChipEnergyScale(0.6), 12);
    }

    [Fact]
    public void A_lower_supply_scales_mac_and_sram_energy_by_v_squared_and_leaves_cycles_and_dram_alone()
    {
        LayerShape[] layers =
        [
            LayerShape.Conv("conv", 1, 3, 17, 17, 24, 5, 5, padH: 2, padW: 2),
            LayerShape.Gemm("fc", m: 1, n: 100, k: 255),
            LayerShape.Embedding("emb", rowsGathered: 4, dim: 8, bags: 1),
        ];
        foreach (var layer in layers)
        {
            var nominal = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, Array(null));
            var atNominal = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, Array(0.9));
            var low = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, Array(0.6));
            Assert.Equal(nominal, atNominal);
            double scale = 0.6 * 0.6 / (0.9 * 0.9);
            Assert.Equal(nominal.MacEnergyPj * scale, low.MacEnergyPj, 9);
            Assert.Equal(nominal.SramEnergyPj * scale, low.SramEnergyPj, 9);
            Assert.Equal(nominal.DramEnergyPj, low.DramEnergyPj);
            Assert.Equal(nominal.TotalCycles, low.TotalCycles);
            Assert.True(low.EnergyPj < nominal.EnergyPj);
        }
    }

    [Fact]
    public void The_supply_round_trips_through_json_is_omitted_when_nominal_and_is_validated()
    {
        Assert.DoesNotContain("supplyVolts", Array(null).ToJson());
        var low = Array(0.7);
        Assert.Equal(low, SystolicArraySpec.FromJson(low.ToJson()));
        foreach (double bad in new[] { 0.35, 0.1, -1, 1.5, double.NaN })
        {
            var e = Assert.Throws<ArgumentException>(() => Array(bad).Validate());
            Assert.Contains("SupplyVolts", e.Message);
        }
        Assert.Throws<ArgumentException>(() => (TechnologyParameters.Horowitz45nm with { AlphaPower = 3 }).Validate());
        Assert.Throws<ArgumentException>(() => (TechnologyParameters.Horowitz45nm with { NominalVolts = 0.3 }).Validate());
    }

    [Fact]
    public void The_dvfs_space_trades_compute_speed_for_energy_and_keeps_dram_bytes_per_second()
    {
        var space = (SystolicSpace)HardwareSpace.Create("systolic-dvfs");
        Assert.True(space.OperatingPoints);
        Assert.False(space.ResidentWeights);
        Assert.True(((SystolicSpace)HardwareSpace.Create("systolic-resident-dvfs")).ResidentWeights);
        var dims = space.Space.Dimensions;
        int Index(int d, int value) => dims[d].Values.ToList().IndexOf(value);
        int[] At(int dramBytesPerCycle, int mv) => [Index(0, 16), Index(1, 16), 0, Index(3, 64), Index(4, 64), Index(5, 64), Index(6, dramBytesPerCycle), Index(7, mv)];

        var nominal = space.Spec(At(8, 900))!;
        var low = space.Spec(At(8, 600))!;
        Assert.Equal(SystolicSpace.ClockMHz, nominal.ClockMHz);
        Assert.Equal(0.6, low.SupplyVolts);
        Assert.Equal(SystolicSpace.ClockMHz * TechnologyParameters.Horowitz45nm.ClockScale(0.6), low.ClockMHz, 9);
        Assert.Equal(nominal.DramBytesPerCycle * nominal.ClockMHz, low.DramBytesPerCycle * low.ClockMHz, 9);
        Assert.EndsWith("0.6 V", space.ShortName(At(8, 600)));

        // Compute-bound work slows by the clock ratio; weight streaming of a batch-1 dense layer is DRAM-bound and
        // keeps its time in seconds; both spend less energy at the lower supply.
        var compute = new LayerWorkload([LayerShape.Conv("conv", 1, 16, 28, 28, 64, 3, 3, padH: 1, padW: 1)], [BitWidths.Int8]);
        var memory = new LayerWorkload([LayerShape.Gemm("fc", m: 1, n: 512, k: 1024)], [BitWidths.Int8]);
        var (cHigh, cLow) = (space.Evaluate(compute, At(32, 900))!.Value, space.Evaluate(compute, At(32, 600))!.Value);
        var (mHigh, mLow) = (space.Evaluate(memory, At(2, 900))!.Value, space.Evaluate(memory, At(2, 600))!.Value);
        Assert.Equal(1 / TechnologyParameters.Horowitz45nm.ClockScale(0.6), cLow.LatencySeconds / cHigh.LatencySeconds, 2);
        Assert.Equal(1.0, mLow.LatencySeconds / mHigh.LatencySeconds, 4);
        Assert.True(cLow.EnergyJoules < cHigh.EnergyJoules && mLow.EnergyJoules < mHigh.EnergyJoules);
        Assert.Equal(cHigh.Area, cLow.Area);
    }
}
