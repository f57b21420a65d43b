namespace Coex.Hardware;

/// <summary>
/// Named accelerator specs built from public numbers. Each says where its numbers come from and which ones are
/// assumptions; they are "-like": the models approximate the real machines by PE count, buffers and bandwidth.
/// </summary>
public static class AcceleratorPresets
{
    /// <summary>
    /// TPU v1 (Jouppi et al., "In-Datacenter Performance Analysis of a Tensor Processing Unit", ISCA 2017):
    /// 256×256 8-bit MACs, weight-stationary, 700 MHz; 24 MiB Unified Buffer for activations (ifmap), 4 MiB of
    /// 32-bit accumulators (ofmap); weights come from 8 GiB DDR3 at 34 GB/s through a Weight FIFO four 64 KiB
    /// tiles deep (filter scratchpad 256 KiB). 34 GB/s ÷ 700 MHz ≈ 48.6 B/cycle.
    /// </summary>
    public static SystolicArraySpec TpuV1 { get; } = new()
    {
        Name = "tpu-v1",
        Rows = 256, Cols = 256, Dataflow = Dataflow.WeightStationary,
        IfmapSramKiB = 24 * 1024, FilterSramKiB = 4 * 64, OfmapSramKiB = 4 * 1024,
        DramBytesPerCycle = 34e9 / 700e6, ClockMHz = 700,
    };

    /// <summary>
    /// Edge-TPU-like. Google publishes 4 TOPS at 2 TOPS/W (Coral "technology" page) and about 8 MB of on-chip SRAM
    /// that caches model parameters (Edge TPU Compiler docs, "parameter data caching"); the array shape and clock
    /// are not published.
    /// Assumed: a 64×64 weight-stationary array at 480 MHz (2·64·64·480 MHz ≈ 3.9 TOPS); the 8 MiB split as
    /// 6 MiB weights, 1 MiB each for activations in and out; host link PCIe Gen2 ×1 (the M.2/mini-PCIe modules):
    /// 500 MB/s ÷ 480 MHz ≈ 1.04 B/cycle.
    /// </summary>
    public static SystolicArraySpec EdgeTpu { get; } = new()
    {
        Name = "edge-tpu",
        Rows = 64, Cols = 64, Dataflow = Dataflow.WeightStationary,
        IfmapSramKiB = 1024, FilterSramKiB = 6 * 1024, OfmapSramKiB = 1024,
        DramBytesPerCycle = 500e6 / 480e6, ClockMHz = 480,
    };

    /// <summary>
    /// Eyeriss-like (Chen et al., ISSCC 2016 and JSSC 2017): 168 PEs as 12 rows × 14 columns, 16-bit fixed point,
    /// 200 MHz, a 108 KB global buffer for ifmaps and psums, and 224-word filter scratchpads in each PE
    /// (168 × 224 × 2 B = 73.5 KiB, used here as the filter scratchpad). Row-stationary is approximated as
    /// weight-stationary (filter rows stay in the PEs, psums accumulate along columns). Assumed: the global buffer
    /// split evenly (54 KiB ifmap, 54 KiB psum/ofmap) and its 64-bit off-chip bus moving one word per cycle (8 B/cycle).
    /// </summary>
    public static SystolicArraySpec Eyeriss { get; } = new()
    {
        Name = "eyeriss",
        Rows = 12, Cols = 14, Dataflow = Dataflow.WeightStationary,
        IfmapSramKiB = 54, FilterSramKiB = 168 * 224 * 2 / 1024.0, OfmapSramKiB = 54,
        DramBytesPerCycle = 8, ClockMHz = 200,
    };

    /// <summary>
    /// The FPGA template of Zhang et al., "Optimizing FPGA-based Accelerator Design for Deep Convolutional Neural
    /// Networks", FPGA 2015: Xilinx VC707 (Virtex-7 485T: 2800 DSP48E1, 2060 BRAM18K), 100 MHz, 32-bit float,
    /// the unified unroll ⟨Tm, Tn⟩ = ⟨64, 7⟩ (2240 DSPs at 5 DSPs per float multiply-add). Assumed: Tr = Tc = 13
    /// (AlexNet's conv3–5 output size), buffers sized for AlexNet's largest kernel (11) and stride (4), and three
    /// 128-bit AXI ports, 4.8 GB/s in all at 100 MHz, near the paper's ≈4.5 GB/s bandwidth roof.
    /// </summary>
    public static FpgaSpec ZhangVc707 { get; } = new()
    {
        Name = "zhang-fpga15-vc707",
        Dsps = 2800, Bram18K = 2060, ClockMHz = 100, Arithmetic = FpgaArithmetic.Float32,
        Tm = 64, Tn = 7, Tr = 13, Tc = 13, MaxKernel = 11, MaxStride = 4,
        InputPortBits = 128, WeightPortBits = 128, OutputPortBits = 128,
    };

    /// <summary>The systolic presets by name: tpu-v1, edge-tpu, eyeriss.</summary>
    public static IReadOnlyDictionary<string, SystolicArraySpec> Systolic { get; } =
        new Dictionary<string, SystolicArraySpec>(StringComparer.OrdinalIgnoreCase)
        {
            [TpuV1.Name] = TpuV1, [EdgeTpu.Name] = EdgeTpu, [Eyeriss.Name] = Eyeriss,
        };

    /// <summary>The FPGA presets by name: zhang-fpga15-vc707.</summary>
    public static IReadOnlyDictionary<string, FpgaSpec> Fpga { get; } =
        new Dictionary<string, FpgaSpec>(StringComparer.OrdinalIgnoreCase)
        {
            [ZhangVc707.Name] = ZhangVc707,
        };
}
