using Coex.Hardware;

namespace Coex.Tests.Hardware;

/// <summary>Properties over seeded random specs and layers that any sane cost model must keep.</summary>
public class MonotonicityTests
{
    private const int Trials = 2000;
    private static readonly Dataflow[] Dataflows = [Dataflow.OutputStationary, Dataflow.WeightStationary, Dataflow.InputStationary];

    private static SystolicArraySpec RandomSpec(Random rng)
    {
        int rows = rng.Next(1, 65), cols = rng.Next(1, 65);
        // At least one tile (rows·cols elements at 2 B, double-buffered) in every buffer, up to ~1 MiB.
        double minKiB = rows * cols * 4 / 1024.0;
        return new SystolicArraySpec
        {
            Rows = rows, Cols = cols, Dataflow = Dataflows[rng.Next(3)],
            IfmapSramKiB = minKiB + rng.NextDouble() * 1024, FilterSramKiB = minKiB + rng.NextDouble() * 1024,
            OfmapSramKiB = minKiB + rng.NextDouble() * 1024,
            DramBytesPerCycle = 0.25 + rng.NextDouble() * 64, ClockMHz = 500,
        };
    }

    private static LayerShape RandomLayer(Random rng) => rng.Next(3) switch
    {
        0 => LayerShape.Gemm("g", rng.Next(1, 2000), rng.Next(1, 2000), rng.Next(1, 2000)),
        1 => LayerShape.Conv("c", rng.Next(1, 3), 8 * rng.Next(1, 17), rng.Next(7, 57), rng.Next(7, 57), 8 * rng.Next(1, 33),
            3, 3, strideH: rng.Next(1, 3), strideW: rng.Next(1, 3), padH: 1, padW: 1, groups: rng.Next(2) == 0 ? 1 : 8),
        _ => LayerShape.Embedding("e", 64 * rng.Next(1, 100), 16 * rng.Next(1, 9), rng.Next(1, 64)),
    };

    private static BitWidths RandomBits(Random rng) => new(rng.Next(2, 17), rng.Next(2, 17));

    [Fact]
    public void More_dram_bandwidth_is_never_slower()
    {
        var rng = new Random(1);
        for (int i = 0; i < Trials; i++)
        {
            var (spec, layer, bits) = (RandomSpec(rng), RandomLayer(rng), RandomBits(rng));
            var slow = SystolicArrayModel.Evaluate(layer, bits, spec);
            var fast = SystolicArrayModel.Evaluate(layer, bits, spec with { DramBytesPerCycle = spec.DramBytesPerCycle * (1 + rng.NextDouble() * 4) });
            Assert.True(fast.TotalCycles <= slow.TotalCycles, $"trial {i}: {fast.TotalCycles} > {slow.TotalCycles}");
            Assert.True(fast.StallCycles <= slow.StallCycles);
        }
    }

    [Fact]
    public void Fewer_bits_never_move_more_bytes()
    {
        var rng = new Random(2);
        for (int i = 0; i < Trials; i++)
        {
            var (spec, layer, wide) = (RandomSpec(rng), RandomLayer(rng), RandomBits(rng));
            var narrow = new BitWidths(rng.Next(2, wide.Weights + 1), rng.Next(2, wide.Activations + 1));
            var w = SystolicArrayModel.Evaluate(layer, wide, spec);
            var n = SystolicArrayModel.Evaluate(layer, narrow, spec);
            Assert.True(n.DramBytes <= w.DramBytes, $"trial {i}: {narrow} moves {n.DramBytes} B > {w.DramBytes} B at {wide}");
            Assert.True(n.SramBytes <= w.SramBytes);
            Assert.True(n.EnergyPj <= w.EnergyPj);
            Assert.True(n.TotalCycles <= w.TotalCycles);
        }
    }

    [Fact]
    public void Bigger_buffers_never_move_more_bytes()
    {
        var rng = new Random(3);
        for (int i = 0; i < Trials; i++)
        {
            var (spec, layer, bits) = (RandomSpec(rng), RandomLayer(rng), RandomBits(rng));
            var bigger = spec with
            {
                IfmapSramKiB = spec.IfmapSramKiB * (1 + rng.NextDouble() * 64), FilterSramKiB = spec.FilterSramKiB * (1 + rng.NextDouble() * 64),
                OfmapSramKiB = spec.OfmapSramKiB * (1 + rng.NextDouble() * 64),
            };
            Assert.True(SystolicArrayModel.Evaluate(layer, bits, bigger).DramBytes <= SystolicArrayModel.Evaluate(layer, bits, spec).DramBytes);
        }
    }

    [Fact]
    public void More_pes_never_more_folds_nor_more_cycles_when_folds_stay_full()
    {
        var rng = new Random(4);
        for (int i = 0; i < Trials; i++)
        {
            var spec = RandomSpec(rng);
            var layer = LayerShape.Gemm("g", rng.Next(1, 3000), rng.Next(1, 3000), rng.Next(1, 3000));
            var bigger = spec with { Rows = spec.Rows + rng.Next(0, 64), Cols = spec.Cols + rng.Next(0, 64), OfmapSramKiB = 1e5, FilterSramKiB = 1e5, IfmapSramKiB = 1e5 };
            var small = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, spec);
            var large = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, bigger);
            Assert.True(large.RowFolds <= small.RowFolds && large.ColFolds <= small.ColFolds, $"trial {i}");

            // Full folds: Sr and Sc multiples of both arrays' sides. Cycles = (Sr/R)(Sc/C)(aR + C + T − 2) fall in R and C.
            int r = rng.Next(1, 9), c = rng.Next(1, 9), f = rng.Next(1, 5);
            var full = spec with { Rows = r, Cols = c, OfmapSramKiB = 1e5, FilterSramKiB = 1e5, IfmapSramKiB = 1e5 };
            var fuller = full with { Rows = r * rng.Next(1, 4), Cols = c * rng.Next(1, 4) };
            long sr = (long)fuller.Rows * f * r, sc = (long)fuller.Cols * f * c, t = rng.Next(1, 500);
            var gemm = spec.Dataflow switch
            {
                Dataflow.OutputStationary => LayerShape.Gemm("g", (int)sr, (int)sc, (int)t),
                Dataflow.WeightStationary => LayerShape.Gemm("g", (int)t, (int)sc, (int)sr),
                _ => LayerShape.Gemm("g", (int)sc, (int)t, (int)sr),
            };
            Assert.True(SystolicArrayModel.Evaluate(gemm, BitWidths.Int8, fuller).ComputeCycles
                <= SystolicArrayModel.Evaluate(gemm, BitWidths.Int8, full).ComputeCycles, $"trial {i}");
        }
    }

    [Fact]
    public void An_oversized_array_only_adds_fill_and_drain()
    {
        // The counter-example to "more PEs, fewer cycles": a GEMV (M = 1) on OS already uses one row; doubling the
        // rows keeps 1 × 1 folds and lengthens each by the extra rows: (4 + 4 + 100 − 2) → (8 + 4 + 100 − 2).
        var gemv = LayerShape.Gemm("gemv", 1, 4, 100);
        var spec = new SystolicArraySpec
        {
            Rows = 4, Cols = 4, Dataflow = Dataflow.OutputStationary, IfmapSramKiB = 64, FilterSramKiB = 64, OfmapSramKiB = 64,
            DramBytesPerCycle = 64, ClockMHz = 100,
        };
        Assert.Equal(106, SystolicArrayModel.Evaluate(gemv, BitWidths.Int8, spec).ComputeCycles);
        Assert.Equal(110, SystolicArrayModel.Evaluate(gemv, BitWidths.Int8, spec with { Rows = 8 }).ComputeCycles);
    }
}
