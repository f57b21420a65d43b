using Coex.Hardware;

namespace Coex.Tests.Hardware;

public class FpgaModelTests
{
    [Fact]
    public void Zhang_vc707_tiling_resources()
    {
        // ⟨Tm, Tn⟩ = ⟨64, 7⟩ float32: 448 MACs × 5 DSPs = 2240, the paper's DSP count.
        var z = AcceleratorPresets.ZhangVc707;
        var r = FpgaModel.Resources(z, BitWidths.Int8);
        Assert.Equal(2240, r.Dsps);
        // BRAM18K, all ×2 for double buffering, 32-bit words:
        //   input: 7 banks of ((13−1)·4 + 11)² = 59² = 3481 words → 512×36 needs ⌈3481/512⌉ = 7 → 2·7·7 = 98
        //   weights: 448 banks of 11² = 121 words → 1 each → 896
        //   output: 64 banks of 13·13 = 169 words → 1 each → 128
        Assert.Equal((98, 896, 128), (r.InputBram18K, r.WeightBram18K, r.OutputBram18K));
        Assert.Equal(1122, r.Bram18K);
        Assert.True(r.Feasible);
        // Fixed 8-bit packs two MACs per DSP: 224; 16-bit needs one each: 448.
        var fixedSpec = z with { Arithmetic = FpgaArithmetic.Fixed };
        Assert.Equal(224, FpgaModel.Resources(fixedSpec, BitWidths.Int8).Dsps);
        Assert.Equal(448, FpgaModel.Resources(fixedSpec, new BitWidths(16, 8)).Dsps);
        // Doubling Tm overflows the DSP budget (4480 > 2800).
        Assert.False(FpgaModel.Resources(z with { Tm = 128 }, BitWidths.Int8).FitsDsps);
    }

    [Fact]
    public void Bram_aspect_ratio_choice()
    {
        Assert.Equal(1, FpgaModel.Bram18KFor(512, 36));
        Assert.Equal(2, FpgaModel.Bram18KFor(513, 36));   // 1K×18: 1 × 2
        Assert.Equal(1, FpgaModel.Bram18KFor(16384, 1));
        Assert.Equal(1, FpgaModel.Bram18KFor(2048, 8));    // 2K×9
        Assert.Equal(4, FpgaModel.Bram18KFor(1024, 64));   // 512×36: 2 × 2
    }

    [Fact]
    public void Tiled_latency_counted_by_hand()
    {
        // Tm = Tn = Tr = Tc = 2, 8-bit fixed, 8-bit ports. Layer: 1×4×4×4, 4 filters 3×3, pad 1 → 4×4 outputs.
        // Tiles: ⌈4/2⌉ output maps × ⌈4/2⌉ rows × ⌈4/2⌉ cols = 8 output tiles, ⌈4/2⌉ = 2 input-map tiles each.
        // Step: compute 2·2·9 = 36; input tile 2·(1+3)·(1+3) = 32 B → 32 cycles; weights 2·2·9 = 36 B → 36 cycles.
        // Store: 2·2·2 = 8 B → 8 cycles. Per output tile max(2·36, 8) = 72; total 8·72 + 36 (first load) + 8 (last store) = 620.
        var spec = new FpgaSpec
        {
            Dsps = 100, Bram18K = 100, ClockMHz = 100, Tm = 2, Tn = 2, Tr = 2, Tc = 2, MaxKernel = 3, MaxStride = 1,
            InputPortBits = 8, WeightPortBits = 8, OutputPortBits = 8,
        };
        var layer = LayerShape.Conv("c", 1, 4, 4, 4, 4, 3, 3, padH: 1, padW: 1);
        var c = FpgaModel.Evaluate(layer, BitWidths.Int8, spec);
        Assert.Equal((8L, 2L), (c.OutputTiles, c.InputTilesPerOutputTile));
        Assert.Equal((36L, 32L, 36L, 8L), (c.ComputeCyclesPerStep, c.InputLoadCycles, c.WeightLoadCycles, c.StoreCycles));
        Assert.Equal(576, c.ComputeCycles);   // 8 · 2 · 36
        Assert.Equal(620, c.LatencyCycles);
        Assert.Equal(8 * (2 * (32 + 36) + 8), c.DramBytes);
        Assert.Equal(16L * 4 * 36, c.Macs);
        Assert.True(c.LayerFits);
        Assert.False(FpgaModel.Evaluate(LayerShape.Conv("big", 1, 4, 9, 9, 4, 5, 5), BitWidths.Int8, spec).Feasible); // 5 > MaxKernel 3
        Assert.Throws<NotSupportedException>(() => FpgaModel.Evaluate(LayerShape.Embedding("e", 4, 4, 1), BitWidths.Int8, spec));
        // Compute (36) ties the weight load (36) per step: compute-bound. Ports busy 8 · 2 · 36 loading, 8 · 8 storing.
        Assert.Equal(FpgaBound.Compute, c.Bound);
        Assert.Equal((576L, 64L), (c.BusyLoadCycles, c.BusyStoreCycles));
    }

    [Theory]
    // 1×1 conv, 1 → 4 maps on a 2×2 image, one tile (Tm = 4, Tn = 1, Tr = Tc = 2), 8-bit operands. Per step:
    // compute 2·2 = 4 cycles; input tile 4 B and weight tile 4 B; output tile 4·2·2 = 16 B.
    [InlineData(32, 32, 8, FpgaBound.Store)]     // loads 1 cycle each, store 128 bits / 8 = 16 > 1 step of 4
    [InlineData(32, 32, 128, FpgaBound.Compute)] // loads 1, store 1: the 4 compute cycles dominate
    [InlineData(4, 32, 128, FpgaBound.Load)]     // input load 32 bits / 4 = 8 > compute 4; store 1
    public void Bound_is_the_phase_that_sets_the_tile_time(int inputBits, int weightBits, int outputBits, FpgaBound expected)
    {
        var spec = new FpgaSpec
        {
            Dsps = 100, Bram18K = 100, ClockMHz = 100, Tm = 4, Tn = 1, Tr = 2, Tc = 2, MaxKernel = 1, MaxStride = 1,
            InputPortBits = inputBits, WeightPortBits = weightBits, OutputPortBits = outputBits,
        };
        var c = FpgaModel.Evaluate(LayerShape.Conv("pw", 1, 1, 2, 2, 4, 1, 1), BitWidths.Int8, spec);
        Assert.Equal((1L, 1L, 4L), (c.OutputTiles, c.InputTilesPerOutputTile, c.ComputeCyclesPerStep));
        Assert.Equal(expected, c.Bound);
        // The latency is the bounding phase plus the exposed first load and last store.
        long load = Math.Max(c.InputLoadCycles, c.WeightLoadCycles);
        Assert.Equal(Math.Max(Math.Max(4, load), c.StoreCycles) + load + c.StoreCycles, c.LatencyCycles);
    }

    [Fact]
    public void Pipeline_partition_minimises_the_slowest_stage()
    {
        var three = FpgaPipeline.Partition([5, 1, 1, 1, 5], 3);
        Assert.Equal([0, 1, 4], three.StageFirstLayer);
        Assert.Equal([5L, 3, 5], three.StageCycles);
        Assert.Equal(5, three.BottleneckCycles);
        // Two devices: [5,1 | 1,1,5] and [5,1,1 | 1,5] both give 7; the earliest cut wins.
        var two = FpgaPipeline.Partition([5, 1, 1, 1, 5], 2);
        Assert.Equal([0, 2], two.StageFirstLayer);
        Assert.Equal(7, two.BottleneckCycles);
        // More devices than layers: one layer per stage.
        Assert.Equal(2, FpgaPipeline.Partition([3, 4], 5).Stages);
        Assert.Throws<ArgumentOutOfRangeException>(() => FpgaPipeline.Partition([1], 0));
        Assert.Throws<ArgumentException>(() => FpgaPipeline.Partition([], 2));
    }

    [Fact]
    public void Pipeline_partition_matches_brute_force()
    {
        var rng = new Random(5);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = rng.Next(1, 9), devices = rng.Next(1, 5);
            var cycles = new long[n];
            for (int i = 0; i < n; i++)
                cycles[i] = rng.Next(0, 100);
            Assert.Equal(BruteForce(cycles, Math.Min(devices, n)), FpgaPipeline.Partition(cycles, devices).BottleneckCycles);
        }
    }

    /// <summary>Tries every placement of stages − 1 cuts among the n − 1 gaps.</summary>
    private static long BruteForce(long[] cycles, int stages)
    {
        int n = cycles.Length;
        long best = long.MaxValue;
        for (int mask = 0; mask < 1 << (n - 1); mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != stages - 1)
                continue;
            long worst = 0, run = 0;
            for (int i = 0; i < n; i++)
            {
                run += cycles[i];
                if (i == n - 1 || (mask >> i & 1) != 0)
                    (worst, run) = (Math.Max(worst, run), 0);
            }
            best = Math.Min(best, worst);
        }
        return best;
    }

    /// <summary>AlexNet's five convolutions (grouped as in the two-tower original).</summary>
    private static readonly LayerShape[] AlexNetConvs =
    [
        LayerShape.Conv("conv1", 1, 3, 227, 227, 96, 11, 11, strideH: 4, strideW: 4),
        LayerShape.Conv("conv2", 1, 96, 27, 27, 256, 5, 5, padH: 2, padW: 2, groups: 2),
        LayerShape.Conv("conv3", 1, 256, 13, 13, 384, 3, 3, padH: 1, padW: 1),
        LayerShape.Conv("conv4", 1, 384, 13, 13, 384, 3, 3, padH: 1, padW: 1, groups: 2),
        LayerShape.Conv("conv5", 1, 384, 13, 13, 256, 3, 3, padH: 1, padW: 1, groups: 2),
    ];

    private static long TotalLatency(FpgaSpec spec) => AlexNetConvs.Sum(l => FpgaModel.Evaluate(l, BitWidths.Int8, spec).LatencyCycles);

    [Fact]
    public void Best_tiling_is_feasible_and_no_slower_than_the_papers()
    {
        var z = AcceleratorPresets.ZhangVc707;
        var best = FpgaModel.BestTiling(AlexNetConvs, BitWidths.Int8, z, maxTm: 128, maxTn: 16);
        Assert.NotNull(best);
        Assert.True(FpgaModel.Resources(best, BitWidths.Int8).Feasible);
        Assert.True(TotalLatency(best) <= TotalLatency(z)); // ⟨64, 7⟩ is in the searched space
        Assert.Equal((z.Tr, z.Tc, z.Dsps), (best.Tr, best.Tc, best.Dsps));
        // One DSP cannot hold a 5-DSP float MAC: nothing fits.
        Assert.Null(FpgaModel.BestTiling(AlexNetConvs, BitWidths.Int8, z with { Dsps = 1 }, 4, 4));
    }

    [Fact]
    public void Pipeline_plan_over_alexnet_convs()
    {
        LayerShape[] layers = AlexNetConvs;
        var one = FpgaPipeline.Plan(layers, BitWidths.Int8, AcceleratorPresets.ZhangVc707, 1);
        var two = FpgaPipeline.Plan(layers, BitWidths.Int8, AcceleratorPresets.ZhangVc707, 2);
        Assert.True(one.Feasible && two.Feasible);
        Assert.Equal(one.Partition.LatencyCycles, two.Partition.LatencyCycles); // same layers, same total work
        Assert.True(two.InferencesPerSecond > one.InferencesPerSecond);
        Assert.True(two.InferencesPerSecond <= 2 * one.InferencesPerSecond + 1e-9);
        // Every layer's latency is at least its computational roof.
        Assert.All(one.Layers, l => Assert.True(l.LatencyCycles >= l.ComputeCycles));
    }
}
