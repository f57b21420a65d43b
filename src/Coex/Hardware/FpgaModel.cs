namespace Coex.Hardware;

/// <summary>DSP and BRAM18K use of a tiled engine, and whether it fits its device.</summary>
public readonly record struct FpgaResources
{
    public double DspsPerMac { get; init; }
    public int Dsps { get; init; }
    public int InputBram18K { get; init; }
    public int WeightBram18K { get; init; }
    public int OutputBram18K { get; init; }
    public int Bram18K => InputBram18K + WeightBram18K + OutputBram18K;
    public bool FitsDsps { get; init; }
    public bool FitsBram { get; init; }
    public bool Feasible => FitsDsps && FitsBram;
}

/// <summary>Which of the engine's three overlapped phases sets a layer's latency.</summary>
public enum FpgaBound
{
    Load,
    Compute,
    Store,
}

/// <summary>Cost of one layer on a tiled FPGA engine (<see cref="FpgaModel.Evaluate"/>).</summary>
public readonly record struct FpgaCost
{
    public FpgaResources Resources { get; init; }
    /// <summary>The layer's kernel and stride are within the sizes the buffers were built for.</summary>
    public bool LayerFits { get; init; }
    public bool Feasible => Resources.Feasible && LayerFits;
    /// <summary>Tiles of Tm output maps × Tr × Tc pixels (over batch and groups) and input-map tiles per output tile.</summary>
    public long OutputTiles { get; init; }
    public long InputTilesPerOutputTile { get; init; }
    /// <summary>Cycles of one (output tile, input-map tile) step: compute Tr·Tc·KH·KW, input load, weight load.</summary>
    public long ComputeCyclesPerStep { get; init; }
    public long InputLoadCycles { get; init; }
    public long WeightLoadCycles { get; init; }
    public long StoreCycles { get; init; }
    /// <summary>Zhang et al.'s computational roof in cycles: every step at its compute time, memory ignored.</summary>
    public long ComputeCycles { get; init; }
    /// <summary>Double-buffered latency: OutputTiles · max(steps · max(compute, input load, weight load), store)
    /// plus the first load and the last store, which nothing overlaps.</summary>
    public long LatencyCycles { get; init; }
    public double LatencySeconds { get; init; }
    public long Macs { get; init; }
    public long DramBytes { get; init; }
    /// <summary>2·Macs per second of latency, in GOPS.</summary>
    public double Gops { get; init; }

    /// <summary>Cycles the input and weight ports are busy over the layer: every (output tile, input-map tile) step
    /// loads both in parallel, so each step costs the slower of the two.</summary>
    public long BusyLoadCycles => OutputTiles * InputTilesPerOutputTile * Math.Max(InputLoadCycles, WeightLoadCycles);
    /// <summary>Cycles the output port is busy over the layer: one store per output tile.</summary>
    public long BusyStoreCycles => OutputTiles * StoreCycles;

    /// <summary>The phase that is the maximum in <see cref="FpgaModel.Evaluate"/>'s per-tile latency: store when
    /// draining an output tile outlasts accumulating it, else compute or load, whichever is longer per step (ties go
    /// to compute: the engine then runs at its computational roof).</summary>
    public FpgaBound Bound
    {
        get
        {
            long load = Math.Max(InputLoadCycles, WeightLoadCycles);
            if (StoreCycles > InputTilesPerOutputTile * Math.Max(ComputeCyclesPerStep, load))
                return FpgaBound.Store;
            return ComputeCyclesPerStep >= load ? FpgaBound.Compute : FpgaBound.Load;
        }
    }
}

/// <summary>
/// The tiled convolution engine of Zhang et al., FPGA 2015: loops over output maps (Tm), input maps (Tn), output rows
/// (Tr) and columns (Tc), with the Tm·Tn MACs fully pipelined (one step of Tr·Tc·KH·KW cycles per tile pair).
/// </summary>
public static class FpgaModel
{
    /// <summary>Zhang et al. implement a float32 multiply-add in 5 DSP48E1 slices (3 for the multiplier, 2 for the adder).</summary>
    public const double Float32DspsPerMac = 5;
    /// <summary>Two multiplies of ≤ 8-bit operands sharing one operand pack into one DSP48 (Xilinx WP486, "Deep
    /// Learning with INT8 Optimization on Xilinx Devices").</summary>
    public const double PackedInt8DspsPerMac = 0.5;
    /// <summary>Anything up to 25×18 bits fits the DSP48E1's multiplier once (Xilinx UG479).</summary>
    public const double WideFixedDspsPerMac = 1;

    /// <summary>BRAM18K aspect ratios in simple dual-port mode (Xilinx UG473, 7 Series Memory Resources), depth × width.</summary>
    private static ReadOnlySpan<int> BramDepths => [16384, 8192, 4096, 2048, 1024, 512];
    private static ReadOnlySpan<int> BramWidths => [1, 2, 4, 9, 18, 36];

    /// <summary>Bits per operand the engine stores: 32 for float32, else the evaluation's width.</summary>
    private static (int Weight, int Activation, int Accumulator) OperandBits(FpgaSpec spec, BitWidths bits) =>
        spec.Arithmetic == FpgaArithmetic.Float32
            ? (32, 32, 32)
            : (bits.Weights, bits.Activations, bits.Weights + bits.Activations + TechnologyParameters.Horowitz45nm.AccumulatorHeadroomBits);

    /// <summary>DSP slices per MAC: float32 5; fixed point 0.5 when both operands are ≤ 8 bits, else 1.</summary>
    public static double DspsPerMac(FpgaArithmetic arithmetic, BitWidths bits) => arithmetic switch
    {
        FpgaArithmetic.Float32 => Float32DspsPerMac,
        _ => bits.Weights <= 8 && bits.Activations <= 8 ? PackedInt8DspsPerMac : WideFixedDspsPerMac,
    };

    /// <summary>BRAM18Ks holding <paramref name="depth"/> words of <paramref name="width"/> bits: the cheapest aspect
    /// ratio, ⌈depth / d⌉·⌈width / w⌉ over the six configurations.</summary>
    public static int Bram18KFor(long depth, int width)
    {
        if (depth <= 0 || width <= 0)
            throw new ArgumentOutOfRangeException(depth <= 0 ? nameof(depth) : nameof(width), $"depth {depth} and width {width} must be positive.");
        long best = long.MaxValue;
        for (int i = 0; i < BramDepths.Length; i++)
            best = Math.Min(best, (depth + BramDepths[i] - 1) / BramDepths[i] * ((width + BramWidths[i] - 1) / BramWidths[i]));
        return (int)Math.Min(best, int.MaxValue);
    }

    /// <summary>
    /// DSP and BRAM use of <paramref name="spec"/>'s engine at <paramref name="bits"/>: ⌈Tm·Tn·DspsPerMac⌉ DSPs; buffers
    /// partitioned into one bank per parallel access, all doubled for double buffering: Tn input banks of
    /// ((Tr−1)·S+K)·((Tc−1)·S+K) activations, Tm·Tn weight banks of K² weights, Tm output banks of Tr·Tc accumulators.
    /// </summary>
    public static FpgaResources Resources(FpgaSpec spec, BitWidths bits)
    {
        ArgumentNullException.ThrowIfNull(spec);
        bits.ThrowIfInvalid(nameof(bits));
        spec.Validate();
        var (wBits, aBits, accBits) = OperandBits(spec, bits);
        double perMac = DspsPerMac(spec.Arithmetic, bits);
        int dsps = (int)Math.Ceiling((double)spec.Tm * spec.Tn * perMac);
        long inRows = (long)(spec.Tr - 1) * spec.MaxStride + spec.MaxKernel, inCols = (long)(spec.Tc - 1) * spec.MaxStride + spec.MaxKernel;
        const int DoubleBuffered = 2;
        long input = DoubleBuffered * (long)spec.Tn * Bram18KFor(inRows * inCols, aBits);
        long weight = DoubleBuffered * (long)spec.Tm * spec.Tn * Bram18KFor((long)spec.MaxKernel * spec.MaxKernel, wBits);
        long output = DoubleBuffered * (long)spec.Tm * Bram18KFor((long)spec.Tr * spec.Tc, accBits);
        return new FpgaResources
        {
            DspsPerMac = perMac, Dsps = dsps,
            InputBram18K = (int)Math.Min(input, int.MaxValue / 4), WeightBram18K = (int)Math.Min(weight, int.MaxValue / 4),
            OutputBram18K = (int)Math.Min(output, int.MaxValue / 4),
            FitsDsps = dsps <= spec.Dsps, FitsBram = input + weight + output <= spec.Bram18K,
        };
    }

    /// <summary>
    /// Latency and traffic of <paramref name="layer"/> on the engine. A GEMM runs as a 1×1 convolution over an M×1
    /// image. Throws <see cref="NotSupportedException"/> for an embedding (the engine has no gather path).
    /// </summary>
    public static FpgaCost Evaluate(LayerShape layer, BitWidths bits, FpgaSpec spec)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Kind == LayerKind.Embedding)
            throw new NotSupportedException($"Layer '{layer.Name}' is an embedding lookup; the tiled conv engine has no gather path.");
        var resources = Resources(spec, bits);
        var (wBits, aBits, _) = OperandBits(spec, bits);

        long mTiles = CeilDiv(layer.N, spec.Tm), nTiles = CeilDiv(layer.InChannels, spec.Tn);
        long rTiles = CeilDiv(layer.OutHeight, spec.Tr), cTiles = CeilDiv(layer.OutWidth, spec.Tc);
        long outputTiles = (long)layer.Batch * layer.Groups * mTiles * rTiles * cTiles;

        long tComp = (long)spec.Tr * spec.Tc * layer.KernelH * layer.KernelW;
        long inTile = (long)spec.Tn * ((spec.Tr - 1L) * layer.StrideH + layer.KernelH) * ((spec.Tc - 1L) * layer.StrideW + layer.KernelW);
        long wTile = (long)spec.Tm * spec.Tn * layer.KernelH * layer.KernelW;
        long oTile = (long)spec.Tm * spec.Tr * spec.Tc;
        long tIn = CeilDiv(inTile * aBits, spec.InputPortBits), tW = CeilDiv(wTile * wBits, spec.WeightPortBits);
        long tOut = CeilDiv(oTile * aBits, spec.OutputPortBits);

        // Double buffering: the next input-map tile loads while this one computes, and an output tile drains while
        // the next accumulates; only the very first load and the very last store are exposed.
        long step = Math.Max(tComp, Math.Max(tIn, tW));
        long perOutputTile = Math.Max(nTiles * step, tOut);
        long latency = outputTiles * perOutputTile + Math.Max(tIn, tW) + tOut;
        double seconds = latency / (spec.ClockMHz * 1e6);
        long dramBits = outputTiles * (nTiles * (inTile * aBits + wTile * wBits) + oTile * aBits);
        return new FpgaCost
        {
            Resources = resources,
            LayerFits = layer.KernelH <= spec.MaxKernel && layer.KernelW <= spec.MaxKernel
                && layer.StrideH <= spec.MaxStride && layer.StrideW <= spec.MaxStride,
            OutputTiles = outputTiles, InputTilesPerOutputTile = nTiles,
            ComputeCyclesPerStep = tComp, InputLoadCycles = tIn, WeightLoadCycles = tW, StoreCycles = tOut,
            ComputeCycles = outputTiles * nTiles * tComp, LatencyCycles = latency, LatencySeconds = seconds,
            Macs = layer.Macs, DramBytes = CeilDiv(dramBits, 8), Gops = 2.0 * layer.Macs / seconds / 1e9,
        };
    }

    /// <summary>
    /// Zhang et al.'s design-space exploration: every unified unroll ⟨Tm, Tn⟩ with Tm ≤ <paramref name="maxTm"/>,
    /// Tn ≤ <paramref name="maxTn"/> on <paramref name="template"/> (its Tr, Tc, ports and budget kept), the feasible
    /// one with the least total latency over <paramref name="layers"/>, ties to fewer DSPs. Returns null when no
    /// tiling fits the device.
    /// </summary>
    public static FpgaSpec? BestTiling(IReadOnlyList<LayerShape> layers, BitWidths bits, FpgaSpec template, int maxTm, int maxTn)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(template);
        if (maxTm < 1 || maxTn < 1)
            throw new ArgumentOutOfRangeException(maxTm < 1 ? nameof(maxTm) : nameof(maxTn), $"maxTm ({maxTm}) and maxTn ({maxTn}) must be at least 1.");
        FpgaSpec? best = null;
        long bestLatency = long.MaxValue;
        int bestDsps = int.MaxValue;
        for (int tm = 1; tm <= maxTm; tm++)
        {
            for (int tn = 1; tn <= maxTn; tn++)
            {
                var candidate = template with { Tm = tm, Tn = tn };
                var resources = Resources(candidate, bits);
                if (!resources.Feasible)
                    continue;
                long latency = 0;
                bool fits = true;
                for (int i = 0; i < layers.Count && fits; i++)
                {
                    var cost = Evaluate(layers[i], bits, candidate);
                    fits = cost.LayerFits;
                    latency += cost.LatencyCycles;
                }
                if (fits && (latency < bestLatency || (latency == bestLatency && resources.Dsps < bestDsps)))
                    (best, bestLatency, bestDsps) = (candidate, latency, resources.Dsps);
            }
        }
        return best;
    }

    private static long CeilDiv(long a, long b) => (a + b - 1) / b;
}
