using Coex.Hardware;

namespace Coex.Tests.Hardware;

public class SystolicArrayModelTests
{
    /// <summary>A square array with scratchpads large enough that every operand is fetched once.</summary>
    private static SystolicArraySpec Array(int rows, int cols, Dataflow dataflow, double dramBytesPerCycle = 1e6) => new()
    {
        Name = "test", Rows = rows, Cols = cols, Dataflow = dataflow,
        IfmapSramKiB = 1024, FilterSramKiB = 1024, OfmapSramKiB = 1024,
        DramBytesPerCycle = dramBytesPerCycle, ClockMHz = 100,
    };

    private static readonly LayerShape Gemm653 = LayerShape.Gemm("g", m: 6, n: 5, k: 3);

    [Fact]
    public void Output_stationary_gemm_on_4x4()
    {
        // OS: Sr = M = 6 on rows, Sc = N = 5 on cols, T = K = 3.
        // Folds: ceil(6/4) = 2 row folds × ceil(5/4) = 2 col folds = 4.
        // Per fold: R + C + T − 2 = 4 + 4 + 3 − 2 = 9 → 36 cycles.
        var c = SystolicArrayModel.Evaluate(Gemm653, BitWidths.Int8, Array(4, 4, Dataflow.OutputStationary));
        Assert.Equal((6L, 5L, 3L), (c.SpatialRows, c.SpatialCols, c.Temporal));
        Assert.Equal((2L, 2L, 9L), (c.RowFolds, c.ColFolds, c.CyclesPerFold));
        Assert.Equal(36, c.ComputeCycles);
        Assert.Equal(90, c.Macs);
        Assert.Equal(30.0 / (4 * 16), c.MappingEfficiency, 12);   // 6·5 useful PEs over 4 folds of 16
        Assert.Equal(90.0 / (36 * 16), c.ComputeUtilization, 12);
        // SRAM: ifmap re-read per col fold (2·6·3), filter per row fold (2·5·3), each output written once.
        Assert.Equal((36L, 30L, 30L), (c.IfmapSramReads, c.FilterSramReads, c.OfmapSramWrites));
    }

    [Fact]
    public void Weight_stationary_gemm_on_4x4()
    {
        // WS: Sr = K = 3, Sc = N = 5, T = M = 6. Folds: 1 × 2. Per fold: 2R + C + T − 2 = 8 + 4 + 6 − 2 = 16 → 32.
        var c = SystolicArrayModel.Evaluate(Gemm653, BitWidths.Int8, Array(4, 4, Dataflow.WeightStationary));
        Assert.Equal((3L, 5L, 6L), (c.SpatialRows, c.SpatialCols, c.Temporal));
        Assert.Equal((1L, 2L, 16L), (c.RowFolds, c.ColFolds, c.CyclesPerFold));
        Assert.Equal(32, c.ComputeCycles);
        Assert.Equal(15.0 / (2 * 16), c.MappingEfficiency, 12);
        // ifmap streamed per col fold (2·6·3), each weight loaded once (3·5), psums once per row fold (1·6·5).
        Assert.Equal((36L, 15L, 30L), (c.IfmapSramReads, c.FilterSramReads, c.OfmapSramWrites));
    }

    [Fact]
    public void Input_stationary_gemm_on_4x4()
    {
        // IS: Sr = K = 3, Sc = M = 6, T = N = 5. Folds: 1 × 2. Per fold: 8 + 4 + 5 − 2 = 15 → 30.
        var c = SystolicArrayModel.Evaluate(Gemm653, BitWidths.Int8, Array(4, 4, Dataflow.InputStationary));
        Assert.Equal((3L, 6L, 5L), (c.SpatialRows, c.SpatialCols, c.Temporal));
        Assert.Equal((1L, 2L, 15L), (c.RowFolds, c.ColFolds, c.CyclesPerFold));
        Assert.Equal(30, c.ComputeCycles);
        // inputs loaded once (6·3), filter streamed per col fold (2·5·3), psums once per row fold.
        Assert.Equal((18L, 30L, 30L), (c.IfmapSramReads, c.FilterSramReads, c.OfmapSramWrites));
    }

    [Fact]
    public void Conv_worked_example_on_8x8_in_all_dataflows()
    {
        // docs/hardware.md: 1×3×10×10 input, 16 filters 3×3, stride 1, no pad → 8×8 output.
        // GEMM view M = 64, K = 3·3·3 = 27, N = 16.
        var layer = LayerShape.Conv("conv", batch: 1, channels: 3, height: 10, width: 10, outChannels: 16, kernelH: 3, kernelW: 3);
        Assert.Equal((64, 16, 27), (layer.M, layer.N, layer.K));
        // OS: Sr 64, Sc 16, T 27: 8 × 2 = 16 folds × (8 + 8 + 27 − 2 = 41) = 656.
        Assert.Equal(656, SystolicArrayModel.Evaluate(layer, BitWidths.Int8, Array(8, 8, Dataflow.OutputStationary)).ComputeCycles);
        // WS: Sr 27, Sc 16, T 64: 4 × 2 = 8 folds × (16 + 8 + 64 − 2 = 86) = 688.
        Assert.Equal(688, SystolicArrayModel.Evaluate(layer, BitWidths.Int8, Array(8, 8, Dataflow.WeightStationary)).ComputeCycles);
        // IS: Sr 27, Sc 64, T 16: 4 × 8 = 32 folds × (16 + 8 + 16 − 2 = 38) = 1216.
        Assert.Equal(1216, SystolicArrayModel.Evaluate(layer, BitWidths.Int8, Array(8, 8, Dataflow.InputStationary)).ComputeCycles);
    }

    [Fact]
    public void Depthwise_runs_one_gemm_per_group()
    {
        // 1×4×6×6, 4 groups of one 3×3 filter, no pad → 4×4 outputs: per group M = 16, K = 9, N = 1.
        // OS on 4×4: 4 × 1 folds × (4 + 4 + 9 − 2 = 15) = 60 per group, 240 for the 4 groups.
        var layer = LayerShape.Conv("dw", 1, 4, 6, 6, 4, 3, 3, groups: 4);
        Assert.Equal((16, 1, 9, 4), (layer.M, layer.N, layer.K, layer.Groups));
        var c = SystolicArrayModel.Evaluate(layer, BitWidths.Int8, Array(4, 4, Dataflow.OutputStationary));
        Assert.Equal(240, c.ComputeCycles);
        Assert.Equal(4L * 16 * 9, c.Macs);
        Assert.Equal(0.25, c.MappingEfficiency, 12); // one of four columns used
    }

    [Fact]
    public void Dram_once_per_operand_and_stalls_when_bandwidth_is_short()
    {
        // Buffers hold everything: ifmap 6·3 + weights 3·5 + outputs 6·5 bytes at 8 bits = 63 B.
        // At 1 B/cycle the DRAM needs 63 cycles against 36 of compute: 27 stall cycles.
        var c = SystolicArrayModel.Evaluate(Gemm653, BitWidths.Int8, Array(4, 4, Dataflow.OutputStationary, dramBytesPerCycle: 1));
        Assert.Equal((18L, 15L, 30L), (c.IfmapDramBytes, c.FilterDramBytes, c.OfmapDramBytes));
        Assert.Equal((63L, 63L, 27L), (c.DramCycles, c.TotalCycles, c.StallCycles));
        Assert.Equal(90.0 / (63 * 16), c.Utilization, 12);
        // 4-bit operands halve every byte count: 9 + 8 (7.5 rounded up) + 15.
        var c4 = SystolicArrayModel.Evaluate(Gemm653, new BitWidths(4, 4), Array(4, 4, Dataflow.OutputStationary, dramBytesPerCycle: 1));
        Assert.Equal((9L, 8L, 15L), (c4.IfmapDramBytes, c4.FilterDramBytes, c4.OfmapDramBytes));
    }

    [Fact]
    public void Ifmap_refetched_per_column_fold_when_it_does_not_fit()
    {
        // OS 4×4: the smallest legal ifmap scratchpad is 4 rows × 2 B × 2 halves = 16 B; the 18 B input does not
        // fit, so each of the 2 column folds reads it again: 36 B.
        var spec = Array(4, 4, Dataflow.OutputStationary) with { IfmapSramKiB = 16 / 1024.0 };
        Assert.Equal(36, SystolicArrayModel.Evaluate(Gemm653, BitWidths.Int8, spec).IfmapDramBytes);
        // At 4 bits the input is 9 B and fits again.
        Assert.Equal(9, SystolicArrayModel.Evaluate(Gemm653, new BitWidths(4, 4), spec).IfmapDramBytes);
    }

    [Fact]
    public void Weight_stationary_partial_sums_spill_when_the_ofmap_buffer_is_small()
    {
        // WS 4×4, GEMM M 6, N 5, K 9: Sr = 9 → 3 row folds, 2 col folds. Accumulator: 8 + 8 + ceil(log2 9) = 20 bits.
        // One col fold's psums: 6 × 4 × 20 bits = 60 B > half of a 64 B buffer → spill: the 2 extra row folds each
        // write and read back all 30 psums: 2·2·30·20 bits = 300 B, plus the 30 B of final outputs.
        var layer = LayerShape.Gemm("g", 6, 5, 9);
        var small = Array(4, 4, Dataflow.WeightStationary) with { OfmapSramKiB = 64 / 1024.0 };
        Assert.Equal(330, SystolicArrayModel.Evaluate(layer, BitWidths.Int8, small).OfmapDramBytes);
        Assert.Equal(30, SystolicArrayModel.Evaluate(layer, BitWidths.Int8, small with { OfmapSramKiB = 1 }).OfmapDramBytes);
    }

    [Fact]
    public void Roofline_and_lower_bits_crossing_the_ridge()
    {
        // 64×64 OS array at 16 B/cycle: peak 2·4096 = 8192 ops/cycle, ridge 8192 / 16 = 512 ops/byte.
        // GEMM 1024 × 1024 × 64 with everything fetched once: 2·2^26 ops. At 16 bits the bytes are
        // 2·(1024·64 + 64·1024 + 1024·1024) = 2,359,296 → intensity ≈ 56.9: memory-bound.
        var spec = Array(64, 64, Dataflow.OutputStationary, dramBytesPerCycle: 16) with
        {
            IfmapSramKiB = 4096, FilterSramKiB = 4096, OfmapSramKiB = 4096,
        };
        var layer = LayerShape.Gemm("fc", 1024, 1024, 64);
        var wide = SystolicArrayModel.Evaluate(layer, new BitWidths(16, 16), spec);
        Assert.Equal(8192, wide.PeakOpsPerCycle);
        Assert.Equal(512, wide.RidgeIntensity);
        Assert.Equal(2.0 * 1024 * 1024 * 64 / 2_359_296, wide.Intensity, 9);
        Assert.False(wide.ComputeBound);
        Assert.Equal(wide.Intensity * 16, wide.AttainableOpsPerCycle, 9);
        // A deeper GEMM, K = 2048: 2·2^31 ops. At 16 bits: input 4 MiB (just fits), weights 4 MiB, outputs 2 MiB =
        // 10 MiB → intensity 409.6 < 512, memory-bound. At 2 bits: 1.25 MiB → 3276.8, compute-bound: lowering the
        // width moves the layer across the ridge.
        var deep = LayerShape.Gemm("deep", 1024, 1024, 2048);
        var deep16 = SystolicArrayModel.Evaluate(deep, new BitWidths(16, 16), spec);
        var deep2 = SystolicArrayModel.Evaluate(deep, new BitWidths(2, 2), spec);
        Assert.Equal(409.6, deep16.Intensity, 9);
        Assert.False(deep16.ComputeBound);
        Assert.Equal(3276.8, deep2.Intensity, 9);
        Assert.True(deep2.ComputeBound);
        Assert.Equal(8192, deep2.AttainableOpsPerCycle);
    }

    [Fact]
    public void Energy_and_bops_follow_the_bit_width_laws()
    {
        var t = TechnologyParameters.Horowitz45nm;
        // 8×8 MAC with K = 3: 0.2 pJ multiply + (8 + 8 + 2) bits × 0.03/8 pJ add.
        Assert.Equal(0.2 + 18 * 0.03 / 8, t.MacEnergyPj(BitWidths.Int8, 3), 12);
        // 16×16: the multiply is 4× the 8×8 one.
        Assert.Equal(0.8 + 34 * 0.03 / 8, t.MacEnergyPj(new BitWidths(16, 16), 3), 12);
        // BOPS per MAC: b_a·b_w + b_a + b_w + log2 K = 64 + 16 + log2 27.
        Assert.Equal(80 + Math.Log2(27), TechnologyParameters.BopsPerMac(BitWidths.Int8, 27), 12);
        // PE area fit passes through Horowitz's multipliers: 8-bit 282 µm², 32-bit would be 3495 µm².
        double mul8 = t.MultiplierAreaUm2PerBitProduct * 64 + t.MultiplierAreaUm2PerBit * 8;
        double mul32 = t.MultiplierAreaUm2PerBitProduct * 1024 + t.MultiplierAreaUm2PerBit * 32;
        Assert.Equal(282, mul8, 9);
        Assert.Equal(3495, mul32, 9);
        Assert.Equal(mul8 + 4.3 * 32, t.PeAreaUm2(BitWidths.Int8), 9);
        // SRAM energy fit: 8 KiB → 1.25 pJ/B, 32 KiB → 2.5 pJ/B.
        Assert.Equal(1.25, t.SramPjPerByte(8192), 12);
        Assert.Equal(2.5, t.SramPjPerByte(32768), 12);

        var c = SystolicArrayModel.Evaluate(Gemm653, BitWidths.Int8, Array(4, 4, Dataflow.OutputStationary));
        Assert.Equal(90 * t.MacEnergyPj(BitWidths.Int8, 3), c.MacEnergyPj, 9);
        Assert.Equal(63 * t.DramPjPerByte, c.DramEnergyPj, 9);
        Assert.True(c.SramEnergyPj > 0);
        Assert.Equal(90 * (80 + Math.Log2(3)), c.Bops, 9);
    }

    [Fact]
    public void Embedding_is_memory_only()
    {
        // 100 rows of 64 gathered at 4 bits = 3200 B, pooled into 10 bags of 64 at 8 bits = 640 B.
        var layer = LayerShape.Embedding("emb", rowsGathered: 100, dim: 64, bags: 10);
        var c = SystolicArrayModel.Evaluate(layer, new BitWidths(4, 8), Array(4, 4, Dataflow.WeightStationary, dramBytesPerCycle: 16));
        Assert.Equal(0, c.ComputeCycles);
        Assert.Equal((0L, 3200L, 640L), (c.IfmapDramBytes, c.FilterDramBytes, c.OfmapDramBytes));
        Assert.Equal(240, c.TotalCycles); // 3840 / 16
        Assert.False(c.ComputeBound);
    }

    [Fact]
    public void Area_counts_pes_and_scratchpads()
    {
        var spec = Array(4, 4, Dataflow.OutputStationary);
        var t = spec.Technology;
        var area = SystolicArrayModel.Area(spec, BitWidths.Int8);
        Assert.Equal(16 * t.PeAreaUm2(BitWidths.Int8), area.PeUm2, 9);
        Assert.Equal(3 * 1024 * 1024 * t.SramAreaUm2PerByte, area.SramUm2, 3);
        Assert.True(SystolicArrayModel.Area(spec, new BitWidths(4, 4)).PeUm2 < area.PeUm2);
    }

    [Fact]
    public void Bad_bit_widths_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitWidths(1, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitWidths(8, 17));
        var e = Assert.Throws<ArgumentException>(() => SystolicArrayModel.Evaluate(Gemm653, default, Array(4, 4, Dataflow.OutputStationary)));
        Assert.Contains("weights 0", e.Message);
    }

    [Fact]
    public void Layer_factories_validate_and_follow_their_output_rules()
    {
        // ONNX floor: (5 − 2) / 2 + 1 = 2; SCALE-Sim ceil: ⌈(5 − 2 + 2) / 2⌉ = 3.
        Assert.Equal(2, LayerShape.Conv("c", 1, 1, 5, 5, 1, 2, 2, strideH: 2, strideW: 2).OutHeight);
        Assert.Equal(3, LayerShape.ScaleSimConv("c", 5, 5, 2, 2, 1, 1, 2, 2).OutHeight);
        // Padding: 4×4 with pad 1 and a 3×3 kernel keeps 4×4; input elements count the unpadded ifmap per group.
        var padded = LayerShape.Conv("c", 2, 8, 4, 4, 6, 3, 3, padH: 1, padW: 1, groups: 2);
        Assert.Equal((2 * 16, 3, 4 * 9), (padded.M, padded.N, padded.K));
        Assert.Equal(2L * 4 * 16, padded.InputElements);
        Assert.Contains("groups", Assert.Throws<ArgumentException>(() => LayerShape.Conv("c", 1, 6, 4, 4, 6, 3, 3, groups: 4)).Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("does not fit", Assert.Throws<ArgumentException>(() => LayerShape.Conv("c", 1, 1, 2, 2, 1, 3, 3)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => LayerShape.Gemm("g", 0, 1, 1));
        Assert.Throws<ArgumentException>(() => LayerShape.Embedding("e", 2, 4, 3));
        Assert.Contains("exceeds the models' range", Assert.Throws<ArgumentException>(() => LayerShape.Gemm("huge", int.MaxValue, int.MaxValue, 1 << 20)).Message);
    }
}

public class NetworkCostTests
{
    [Fact]
    public void Summary_adds_layers_and_derives_throughput_and_power()
    {
        var spec = AcceleratorPresets.Eyeriss;
        LayerShape[] net =
        [
            LayerShape.Conv("c1", 1, 3, 32, 32, 16, 3, 3, padH: 1, padW: 1),
            LayerShape.Conv("c2", 1, 16, 32, 32, 16, 3, 3, padH: 1, padW: 1, groups: 16),
            LayerShape.Gemm("fc", 1, 10, 16 * 32 * 32),
        ];
        var costs = net.Select(l => SystolicArrayModel.Evaluate(l, BitWidths.Int8, spec)).ToArray();
        var sum = SystolicArrayModel.Summarize(costs, spec, BitWidths.Int8);
        Assert.Equal(3, sum.Layers);
        Assert.Equal(costs.Sum(c => c.TotalCycles), sum.TotalCycles);
        Assert.Equal(costs.Sum(c => c.Macs), sum.Macs);
        Assert.Equal(costs.Sum(c => c.EnergyPj), sum.EnergyPj, 6);
        Assert.Equal(sum.TotalCycles / 200e6, sum.LatencySeconds, 12);  // Eyeriss at 200 MHz
        Assert.Equal(1 / sum.LatencySeconds, sum.InferencesPerSecond, 6);
        Assert.Equal(sum.EnergyPj * 1e-12 / sum.LatencySeconds, sum.AveragePowerWatts, 12);
        Assert.Equal(SystolicArrayModel.Area(spec, BitWidths.Int8), sum.Area);
        Assert.Equal(costs.Count(c => c.ComputeBound), sum.ComputeBoundLayers);
    }
}
