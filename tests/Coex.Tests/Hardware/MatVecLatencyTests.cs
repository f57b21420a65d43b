using Coex.Hardware;
using Coex.Nmt;

namespace Coex.Tests.Hardware;

public class MatVecLatencyTests
{
    private static readonly MatVecAcceleratorSpec Spec = new() { Name = "t", TileSize = 32, WeightLoadCycles = 64, PipelineDepth = 32, VectorLanes = 32 };

    [Fact]
    public void Layer_cycles_follow_the_tile_formulas()
    {
        // Dense 128→256: 8·4 = 32 tiles, each 64 load + 1 vector, + 32 depth = 2112.
        Assert.Equal(32 * (64 + 1) + 32, MatVecLatencyModel.Layer(new MatVecLayer("d", 128, 256), Spec, 1).Total);
        // VVMA k = 32: one load, 32 block products on the vector unit (≥ 8 array passes), + depth = 64 + 32 + 32.
        Assert.Equal(64 + 32 + 32, MatVecLatencyModel.Layer(new MatVecLayer("v", 128, 256, 32), Spec, 1).Total);
        // k = 8: 16 input blocks × ⌈256/32⌉ = 128 vector cycles; 32 block sums, 4 copies of M per pass = 8 array cycles.
        var packed = MatVecLatencyModel.Layer(new MatVecLayer("v8", 128, 256, 8), Spec, 1);
        Assert.Equal(128, packed.Vector);
        Assert.Equal(8, packed.Array);
        Assert.Equal(64 + 128 + 32, packed.Total);
        // Batch 4 dense: 32·(64 + 4) + 32.
        Assert.Equal(32 * 68 + 32, MatVecLatencyModel.Layer(new MatVecLayer("d", 128, 256), Spec, 4).Total);
        // Double buffering hides loads behind large batches: 32·max(64, 100) + 64 + 32.
        Assert.Equal(32 * 100 + 64 + 32, MatVecLatencyModel.Layer(new MatVecLayer("d", 128, 256), Spec with { DoubleBufferedWeights = true }, 100).Total);
        Assert.Throws<ArgumentException>(() => MatVecLatencyModel.Layer(new MatVecLayer("v", 128, 256, 64), Spec, 1));
    }

    [Fact]
    public void Vvma_transformer_is_over_3x_faster_at_batch_1_and_the_advantage_shrinks_with_batch()
    {
        var config = new Seq2SeqConfig { VocabSize = 2048, Dim = 128, FfnDim = 256, Layers = 2, VvmaBlock = 32 };
        var dense = DecodeWorkloads.For(config with { VvmaBlock = 0 });
        var vvma = DecodeWorkloads.For(config);
        var spec = MatVecPresets.Mvu32;
        double speedup1 = MatVecLatencyModel.CyclesPerToken(dense, spec, 1) / MatVecLatencyModel.CyclesPerToken(vvma, spec, 1);
        Assert.True(speedup1 >= 3, $"batch-1 speed-up {speedup1:F2}");
        double previous = speedup1;
        foreach (int b in new[] { 2, 8, 32, 128 })
        {
            double s = MatVecLatencyModel.CyclesPerToken(dense, spec, b) / MatVecLatencyModel.CyclesPerToken(vvma, spec, b);
            Assert.True(s < previous, $"speed-up should shrink with batch: {previous:F2} then {s:F2} at batch {b}");
            previous = s;
        }
        int? crossover = MatVecLatencyModel.Crossover(dense, vvma, spec, 1.1);
        Assert.NotNull(crossover);
        Assert.True(MatVecLatencyModel.CyclesPerToken(dense, spec, crossover!.Value) < 1.1 * MatVecLatencyModel.CyclesPerToken(vvma, spec, crossover.Value));
        Assert.True(MatVecLatencyModel.CyclesPerToken(dense, spec, crossover.Value - 1) >= 1.1 * MatVecLatencyModel.CyclesPerToken(vvma, spec, crossover.Value - 1));
    }
}
