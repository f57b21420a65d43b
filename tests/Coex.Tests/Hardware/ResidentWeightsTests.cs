using Coex.Hardware;
using Coex.Search;

namespace Coex.Tests.Hardware;

/// <summary>Parameter caching: weights that fit the filter scratchpad are fetched once, not on every inference.</summary>
public class ResidentWeightsTests
{
    private static SystolicArraySpec Array(double filterKiB, bool resident) => new()
    {
        Name = "test", Rows = 16, Cols = 16, Dataflow = Dataflow.WeightStationary,
        IfmapSramKiB = 64, FilterSramKiB = filterKiB, OfmapSramKiB = 64,
        DramBytesPerCycle = 8, ClockMHz = 500, ResidentWeights = resident,
    };

    // A depthwise conv (groups) and a dense layer: 32·9 + 512·100 = 51,488 weights, 50.3 KiB at 8 bits, 25.1 KiB at 4.
    private static readonly LayerShape[] Layers =
    [
        LayerShape.Conv("dw", 1, 32, 14, 14, 32, 3, 3, padH: 1, padW: 1, groups: 32),
        LayerShape.Gemm("fc", m: 1, n: 100, k: 512),
    ];

    [Fact]
    public void Weights_stay_on_chip_only_when_the_whole_network_fits_the_filter_scratchpad()
    {
        BitWidths[] int8 = [BitWidths.Int8, BitWidths.Int8], int4 = [new(4, 8), new(4, 8)];
        Assert.True(SystolicArrayModel.WeightsStayOnChip(Layers, int8, Array(64, resident: true)));
        Assert.False(SystolicArrayModel.WeightsStayOnChip(Layers, int8, Array(48, resident: true)));   // 50.3 KiB > 48
        Assert.True(SystolicArrayModel.WeightsStayOnChip(Layers, int4, Array(48, resident: true)));    // 25.1 KiB at 4 bits
        Assert.False(SystolicArrayModel.WeightsStayOnChip(Layers, int8, Array(64, resident: false)));  // no cache
        LayerShape[] withTable = [.. Layers, LayerShape.Embedding("emb", rowsGathered: 4, dim: 8, bags: 1)];
        Assert.False(SystolicArrayModel.WeightsStayOnChip(withTable, [.. int8, BitWidths.Int8], Array(1024, resident: true)));
        Assert.Throws<ArgumentException>(() => SystolicArrayModel.WeightsStayOnChip(Layers, [BitWidths.Int8], Array(64, true)));
    }

    [Fact]
    public void A_resident_layer_fetches_no_weights_and_saves_exactly_their_dram_and_fill_energy()
    {
        var spec = Array(64, resident: true);
        foreach (var layer in Layers)
        {
            var streamed = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, spec);
            var resident = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, spec, weightsOnChip: true);
            Assert.True(streamed.FilterDramBytes > 0);
            Assert.Equal(0, resident.FilterDramBytes);
            Assert.Equal(streamed.IfmapDramBytes, resident.IfmapDramBytes);
            Assert.Equal(streamed.OfmapDramBytes, resident.OfmapDramBytes);
            Assert.Equal(streamed.MacEnergyPj, resident.MacEnergyPj);
            var tech = spec.Technology;
            double saved = streamed.FilterDramBytes * (tech.DramPjPerByte + tech.SramPjPerByte(spec.FilterSramBytes));
            Assert.Equal(streamed.EnergyPj - saved, resident.EnergyPj, 6);
            Assert.True(resident.TotalCycles <= streamed.TotalCycles);
        }
        var table = LayerShape.Embedding("emb", rowsGathered: 4, dim: 8, bags: 1);
        Assert.Throws<ArgumentException>(() => SystolicArrayModel.Evaluate(table, BitWidths.Int8, spec, weightsOnChip: true));
    }

    [Fact]
    public void The_resident_systolic_space_costs_less_energy_where_the_weights_fit_and_the_same_where_they_do_not()
    {
        var plain = (SystolicSpace)HardwareSpace.Create("systolic");
        var resident = (SystolicSpace)HardwareSpace.Create("systolic-resident");
        Assert.False(plain.ResidentWeights);
        Assert.True(resident.ResidentWeights);
        var workload = new LayerWorkload(Layers, [BitWidths.Int8, BitWidths.Int8]);
        var space = plain.Space;
        int[] Point(int filterKiB) =>
        [
            space.Dimensions[0].Values.ToList().IndexOf(16), space.Dimensions[1].Values.ToList().IndexOf(16), 1,
            space.Dimensions[3].Values.ToList().IndexOf(64), space.Dimensions[4].Values.ToList().IndexOf(filterKiB),
            space.Dimensions[5].Values.ToList().IndexOf(64), space.Dimensions[6].Values.ToList().IndexOf(8),
        ];
        var fits = Point(64);
        Assert.True(resident.Evaluate(workload, fits)!.Value.EnergyJoules < 0.8 * plain.Evaluate(workload, fits)!.Value.EnergyJoules);
        var tooSmall = Point(16); // 50.3 KiB of weights do not fit 16 KiB
        Assert.Equal(plain.Evaluate(workload, tooSmall), resident.Evaluate(workload, tooSmall));
        Assert.Equal(plain.Evaluate(workload, fits)!.Value.Area, resident.Evaluate(workload, fits)!.Value.Area);
    }
}
