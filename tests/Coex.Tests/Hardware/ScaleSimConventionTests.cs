using Coex.Hardware;

namespace Coex.Tests.Hardware;

/// <summary>
/// Pins the model's compute cycles to SCALE-Sim v2's conventions as read from its standard compute classes
/// (scalesim/compute/systolic_compute_{os,ws,is}.py). SCALE-Sim builds, per fold, one demand matrix per operand
/// (one row per cycle) and asserts that all three have the same number of rows. Each stream's length is derived
/// here on its own, from its parts (operand rows, the null-request prefixes and suffixes, and skew_matrix's
/// rows + columns − 1); all three must agree with each other and with the model's per-fold cycles.
/// </summary>
public class ScaleSimConventionTests
{
    /// <summary>skew_matrix delays column c by c cycles: a matrix of r rows and c columns becomes r + c − 1 rows.</summary>
    private static long Skewed(long rows, long cols) => rows + cols - 1;

    /// <summary>Rows of the ifmap, filter and ofmap demand matrices of one fold on an R×C array.</summary>
    private static (long Ifmap, long Filter, long Ofmap) DemandRows(Dataflow dataflow, long r, long c, long t) => dataflow switch
    {
        // OS: ifmap = T operand rows + (C − 1) drain rows, skewed over R columns; filter = T + (R − 1) drain rows,
        // skewed over C; ofmap = (T − 1) rows before the first output, then the R output rows, skewed over C.
        Dataflow.OutputStationary => (Skewed(t + c - 1, r), Skewed(t + r - 1, c), Skewed(t - 1 + r, c)),
        // WS: ifmap = R weight-load rows + T + (C − 1) drain, skewed over R; filter = R weight rows + (R + C + T − 2)
        // idle rows, not skewed; ofmap = (2R − 1) rows before the first partial sum + T, skewed over C.
        Dataflow.WeightStationary => (Skewed(r + t + c - 1, r), r + (r + c + t - 2), Skewed(2 * r - 1 + t, c)),
        // IS: the roles of ifmap and filter swap: ifmap = R rows + (R + C + T − 2), not skewed; filter = R + T + (C − 1),
        // skewed over R; ofmap as in WS.
        _ => (r + (r + c + t - 2), Skewed(r + t + c - 1, r), Skewed(2 * r - 1 + t, c)),
    };

    /// <summary>The conv layers of a small CNN as SCALE-Sim topology rows (padded ifmap, filter, channels, filters, stride).</summary>
    public static readonly LayerShape[] SmallCnn =
    [
        LayerShape.ScaleSimConv("conv1", 34, 34, 3, 3, 3, 16),
        LayerShape.ScaleSimConv("conv2", 34, 34, 3, 3, 16, 32, 2, 2),
        LayerShape.ScaleSimConv("conv3", 18, 18, 3, 3, 32, 64, 2, 2),
        LayerShape.ScaleSimConv("conv4", 8, 8, 1, 1, 64, 128),
        LayerShape.ScaleSimConv("fc", 1, 1024, 1, 1024, 1, 10),
    ];

    public static TheoryData<int, Dataflow> ArraysAndDataflows()
    {
        var data = new TheoryData<int, Dataflow>();
        foreach (int side in new[] { 8, 32, 128 })
            foreach (var d in new[] { Dataflow.OutputStationary, Dataflow.WeightStationary, Dataflow.InputStationary })
                data.Add(side, d);
        return data;
    }

    [Theory]
    [MemberData(nameof(ArraysAndDataflows))]
    public void Fold_cycles_match_the_demand_matrices(int side, Dataflow dataflow)
    {
        var spec = new SystolicArraySpec
        {
            Rows = side, Cols = side, Dataflow = dataflow, IfmapSramKiB = 1024, FilterSramKiB = 1024, OfmapSramKiB = 1024,
            DramBytesPerCycle = 1e9, ClockMHz = 1000,
        };
        foreach (var layer in SmallCnn)
        {
            var cost = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, spec);
            var (ifmap, filter, ofmap) = DemandRows(dataflow, side, side, cost.Temporal);
            Assert.Equal(ifmap, filter);
            Assert.Equal(filter, ofmap);
            Assert.Equal(ofmap, cost.CyclesPerFold);
            // Folds: ceil(Sr / R) · ceil(Sc / C), run back to back.
            Assert.Equal((cost.SpatialRows + side - 1) / side * ((cost.SpatialCols + side - 1) / side) * cost.CyclesPerFold, cost.ComputeCycles);
            Assert.Equal(cost.TotalCycles, cost.ComputeCycles); // unlimited bandwidth: no stalls
        }
    }

    [Fact]
    public void Spatio_temporal_mapping_matches_topology_utils()
    {
        // topology_utils.calc_spatio_temporal_params: OS (ofmap px, filters, window), WS (window, filters, ofmap px),
        // IS (window, ofmap px, filters). conv2: ⌈(34 − 3 + 2)/2⌉ = 17 → 289 pixels, window 3·3·16 = 144, 32 filters.
        var conv2 = SmallCnn[1];
        Assert.Equal((289, 32, 144), (conv2.M, conv2.N, conv2.K));
        var expected = new Dictionary<Dataflow, (long, long, long)>
        {
            [Dataflow.OutputStationary] = (289, 32, 144),
            [Dataflow.WeightStationary] = (144, 32, 289),
            [Dataflow.InputStationary] = (144, 289, 32),
        };
        foreach (var (dataflow, dims) in expected)
        {
            var spec = AcceleratorPresets.Eyeriss with { Dataflow = dataflow, IfmapSramKiB = 64, FilterSramKiB = 64, OfmapSramKiB = 64 };
            var c = SystolicArrayModel.Evaluate(conv2, BitWidths.Int8, spec);
            Assert.Equal(dims, (c.SpatialRows, c.SpatialCols, c.Temporal));
        }
    }

    [Fact]
    public void Evaluation_allocates_nothing()
    {
        var spec = AcceleratorPresets.TpuV1;
        var layer = SmallCnn[2];
        long sink = 0;
        long bytes = SteadyStateAllocation.FewestBytesPerRound(() =>
        {
            for (int i = 0; i < 1000; i++)
                sink += SystolicArrayModel.Evaluate(layer, new BitWidths(2 + i % 15, 8), spec).TotalCycles;
        });
        Assert.Equal(0, bytes);
        Assert.True(sink > 0);
    }
}
