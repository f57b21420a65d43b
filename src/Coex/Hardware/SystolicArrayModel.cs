namespace Coex.Hardware;

/// <summary>Silicon area of an array built for one pair of bit widths.</summary>
public readonly record struct SystolicArea(double PeUm2, double SramUm2)
{
    public double TotalUm2 => PeUm2 + SramUm2;
    public double TotalMm2 => TotalUm2 * 1e-6;
}

/// <summary>
/// Analytic cost model of a systolic array: a pure function of (layer, bit widths, spec), allocation-free.
/// Compute cycles follow SCALE-Sim v2's standard compute classes (scalesim/compute/systolic_compute_{os,ws,is}.py);
/// DRAM traffic, stalls, energy and the roofline are this model's own, documented in docs/hardware.md.
/// </summary>
public static class SystolicArrayModel
{
    /// <summary>
    /// Evaluates <paramref name="layer"/> on <paramref name="spec"/> with <paramref name="bits"/>. Throws
    /// <see cref="ArgumentException"/> for an invalid spec or bit widths.
    /// </summary>
    /// <remarks>
    /// <paramref name="weightsOnChip"/>: the layer's weights are already in the filter scratchpad (loaded by an earlier
    /// inference, see <see cref="WeightsStayOnChip"/>), so it fetches none from DRAM and pays no fill energy for them.
    /// </remarks>
    public static SystolicCost Evaluate(LayerShape layer, BitWidths bits, SystolicArraySpec spec, bool weightsOnChip = false)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(spec);
        bits.ThrowIfInvalid(nameof(bits));
        spec.Validate();
        if (weightsOnChip && layer.Kind == LayerKind.Embedding)
            throw new ArgumentException("An embedding table is gathered from DRAM; it cannot be held on chip.", nameof(weightsOnChip));
        return layer.Kind == LayerKind.Embedding ? Embedding(layer, bits, spec) : Gemm(layer, bits, spec, weightsOnChip);
    }

    /// <summary>
    /// Evaluates a whole network's layers, in order, into <paramref name="costs"/>: <see cref="Evaluate"/> of each, with
    /// the weights on chip when <see cref="WeightsStayOnChip"/> says the network's weights stay there.
    /// </summary>
    public static void EvaluateNetwork(IReadOnlyList<LayerShape> layers, IReadOnlyList<BitWidths> bits, SystolicArraySpec spec, Span<SystolicCost> costs)
    {
        bool onChip = WeightsStayOnChip(layers, bits, spec);
        if (costs.Length < layers.Count)
            throw new ArgumentException($"{layers.Count} layers but room for {costs.Length} costs.", nameof(costs));
        for (int i = 0; i < layers.Count; i++)
            costs[i] = Evaluate(layers[i], bits[i], spec, onChip);
    }

    /// <summary>
    /// True when <paramref name="spec"/> caches parameters (<see cref="SystolicArraySpec.ResidentWeights"/>) and every
    /// weight of the network (<paramref name="layers"/> at <paramref name="bits"/>, all groups) fits its filter scratchpad
    /// at once. A network with an embedding layer never does: its tables are gathered from DRAM.
    /// </summary>
    public static bool WeightsStayOnChip(IReadOnlyList<LayerShape> layers, IReadOnlyList<BitWidths> bits, SystolicArraySpec spec)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(bits);
        ArgumentNullException.ThrowIfNull(spec);
        if (bits.Count != layers.Count)
            throw new ArgumentException($"{layers.Count} layers but {bits.Count} bit widths.", nameof(bits));
        if (!spec.ResidentWeights)
            return false;
        double weightBits = 0;
        for (int i = 0; i < layers.Count; i++)
        {
            if (layers[i].Kind == LayerKind.Embedding)
                return false;
            weightBits += (double)layers[i].Groups * layers[i].WeightElements * bits[i].Weights;
        }
        return weightBits <= spec.FilterSramBytes * 8;
    }

    /// <summary>Area of <paramref name="spec"/> built for <paramref name="bits"/>: PEs × PE area plus all scratchpads.</summary>
    public static SystolicArea Area(SystolicArraySpec spec, BitWidths bits)
    {
        ArgumentNullException.ThrowIfNull(spec);
        bits.ThrowIfInvalid(nameof(bits));
        spec.Validate();
        var t = spec.Technology;
        return new SystolicArea(spec.Pes * t.PeAreaUm2(bits),
            (spec.IfmapSramBytes + spec.FilterSramBytes + spec.OfmapSramBytes) * t.SramAreaUm2PerByte);
    }

    /// <summary>
    /// Sums <paramref name="layers"/> (costs from <see cref="Evaluate"/> on <paramref name="spec"/>) into one
    /// inference. <paramref name="designBits"/> are the widths the PEs are built for (the widest any layer uses),
    /// which set the area.
    /// </summary>
    public static NetworkCost Summarize(ReadOnlySpan<SystolicCost> layers, SystolicArraySpec spec, BitWidths designBits)
    {
        var area = Area(spec, designBits);
        long macs = 0, compute = 0, stall = 0, total = 0, dram = 0;
        double energy = 0;
        int computeBound = 0;
        foreach (ref readonly var c in layers)
        {
            macs += c.Macs; compute += c.ComputeCycles; stall += c.StallCycles; total += c.TotalCycles; dram += c.DramBytes;
            energy += c.EnergyPj;
            if (c.ComputeBound)
                computeBound++;
        }
        return new NetworkCost
        {
            Layers = layers.Length, Macs = macs, ComputeCycles = compute, StallCycles = stall, TotalCycles = total,
            DramBytes = dram, EnergyPj = energy, LatencySeconds = total / (spec.ClockMHz * 1e6),
            Utilization = total == 0 ? 0 : macs / ((double)total * spec.Pes), ComputeBoundLayers = computeBound, Area = area,
        };
    }

    private static SystolicCost Gemm(LayerShape layer, BitWidths bits, SystolicArraySpec spec, bool weightsOnChip)
    {
        long rows = spec.Rows, cols = spec.Cols, m = layer.M, n = layer.N, k = layer.K, groups = layer.Groups;
        int wb = bits.Weights, ab = bits.Activations, accBits = bits.AccumulatorBits(k);

        // SCALE-Sim v2's mapping (set_params of each compute class) and fold order: for fc in col folds, for fr in
        // row folds. Per-fold cycles are the row count of its demand matrices: the T operand rows, the drain
        // suffix, the weight-load prefix (WS, IS) and the skew of rows + cols − 1.
        long sr, sc, t, perFold;
        switch (spec.Dataflow)
        {
            case Dataflow.OutputStationary:
                (sr, sc, t) = (m, n, k);
                perFold = rows + cols + t - 2;
                break;
            case Dataflow.WeightStationary:
                (sr, sc, t) = (k, n, m);
                perFold = 2 * rows + cols + t - 2;
                break;
            default:
                (sr, sc, t) = (k, m, n);
                perFold = 2 * rows + cols + t - 2;
                break;
        }
        long rowFolds = CeilDiv(sr, rows), colFolds = CeilDiv(sc, cols), folds = rowFolds * colFolds;
        long computeCycles = groups * folds * perFold;
        long macs = groups * m * n * k;

        // SRAM requests per group, as SCALE-Sim counts them: the operand indexed by the row fold only is re-read
        // once per column fold; the one indexed by both folds is read once; WS and IS write one set of partial
        // sums per row fold.
        long ifmapReads, filterReads, ofmapWrites;
        switch (spec.Dataflow)
        {
            case Dataflow.OutputStationary:
                (ifmapReads, filterReads, ofmapWrites) = (colFolds * m * k, rowFolds * n * k, m * n);
                break;
            case Dataflow.WeightStationary:
                (ifmapReads, filterReads, ofmapWrites) = (colFolds * m * k, k * n, rowFolds * m * n);
                break;
            default:
                (ifmapReads, filterReads, ofmapWrites) = (m * k, colFolds * n * k, rowFolds * m * n);
                break;
        }

        // DRAM traffic per group, in bits. An operand streamed once per column fold is fetched once if it fits its
        // whole scratchpad and once per column fold otherwise; an operand held for a whole column fold (OS filter
        // slice) needs its slice in half the double-buffered scratchpad or is refetched every row fold; partial sums
        // (WS, IS) stay on chip when one column fold's worth fits half the ofmap scratchpad, else every extra row
        // fold writes them out and reads them back at accumulator width.
        double ifCap = spec.IfmapSramBytes * 8, fCap = spec.FilterSramBytes * 8, oCap = spec.OfmapSramBytes * 8;
        double inputBits = layer.InputElements * (double)ab, weightBits = layer.WeightElements * (double)wb;
        double outputBits = layer.OutputElements * (double)ab;
        double ifmapDram, filterDram, ofmapDram;
        switch (spec.Dataflow)
        {
            case Dataflow.OutputStationary:
            {
                ifmapDram = inputBits * (inputBits <= ifCap ? 1 : colFolds);
                double sliceBits = (double)k * Math.Min(cols, n) * wb;
                filterDram = weightBits * (weightBits <= fCap || sliceBits <= fCap / 2 ? 1 : rowFolds);
                ofmapDram = outputBits;
                break;
            }
            case Dataflow.WeightStationary:
                ifmapDram = inputBits * (inputBits <= ifCap ? 1 : colFolds);
                filterDram = weightBits;
                ofmapDram = outputBits + PartialSumSpillBits(m * Math.Min(cols, n), m * n, rowFolds, accBits, oCap);
                break;
            default:
                ifmapDram = inputBits;
                filterDram = weightBits * (weightBits <= fCap ? 1 : colFolds);
                ofmapDram = outputBits + PartialSumSpillBits(Math.Min(cols, m) * n, m * n, rowFolds, accBits, oCap);
                break;
        }
        if (weightsOnChip)
            filterDram = 0;
        long ifmapBytes = groups * BitsToBytes(ifmapDram), filterBytes = groups * BitsToBytes(filterDram);
        long ofmapBytes = groups * BitsToBytes(ofmapDram);

        long finalOutputs = m * n;
        double ifmapSramBits = (double)ifmapReads * ab, filterSramBits = (double)filterReads * wb;
        double ofmapSramBits = (double)(ofmapWrites - finalOutputs) * accBits + (double)finalOutputs * ab;
        long sramBytes = groups * (BitsToBytes(ifmapSramBits) + BitsToBytes(filterSramBits) + BitsToBytes(ofmapSramBits));

        var tech = spec.Technology;
        // Every byte crossing a scratchpad costs its access energy: the array side (above) and the DRAM side
        // (fills of ifmap and filter, drains and refills of the ofmap).
        double sramPj = groups * (
            (ifmapSramBits / 8 + ifmapDram / 8) * tech.SramPjPerByte(spec.IfmapSramBytes)
            + (filterSramBits / 8 + filterDram / 8) * tech.SramPjPerByte(spec.FilterSramBytes)
            + (ofmapSramBits / 8 + ofmapDram / 8) * tech.SramPjPerByte(spec.OfmapSramBytes));

        return Finish(spec, macs, bits, k, computeCycles, ifmapBytes, filterBytes, ofmapBytes, sramPj) with
        {
            SpatialRows = sr, SpatialCols = sc, Temporal = t, RowFolds = rowFolds, ColFolds = colFolds,
            CyclesPerFold = perFold,
            MappingEfficiency = (double)sr * sc / ((double)folds * rows * cols),
            ComputeUtilization = macs / ((double)computeCycles * rows * cols),
            IfmapSramReads = groups * ifmapReads, FilterSramReads = groups * filterReads,
            OfmapSramWrites = groups * ofmapWrites, SramBytes = sramBytes,
        };
    }

    /// <summary>An embedding gather never uses the PEs: the gathered rows stream from DRAM through the filter
    /// scratchpad and the pooled rows go back out through the ofmap scratchpad.</summary>
    private static SystolicCost Embedding(LayerShape layer, BitWidths bits, SystolicArraySpec spec)
    {
        double rowBits = layer.WeightElements * (double)bits.Weights, outBits = layer.OutputElements * (double)bits.Activations;
        long filterBytes = BitsToBytes(rowBits), ofmapBytes = BitsToBytes(outBits);
        var tech = spec.Technology;
        double sramPj = 2 * (rowBits / 8 * tech.SramPjPerByte(spec.FilterSramBytes) + outBits / 8 * tech.SramPjPerByte(spec.OfmapSramBytes));
        return Finish(spec, 0, bits, 1, 0, 0, filterBytes, ofmapBytes, sramPj) with
        {
            SpatialRows = layer.M, SpatialCols = layer.N, Temporal = 1,
            SramBytes = 2 * (filterBytes + ofmapBytes),
        };
    }

    /// <summary>Time, energy and roofline shared by every layer kind; <paramref name="sramPj"/> is at nominal voltage.</summary>
    private static SystolicCost Finish(SystolicArraySpec spec, long macs, BitWidths bits, long reduction,
        long computeCycles, long ifmapBytes, long filterBytes, long ofmapBytes, double sramPj)
    {
        long dramBytes = ifmapBytes + filterBytes + ofmapBytes;
        long dramCycles = (long)Math.Ceiling(dramBytes / spec.DramBytesPerCycle);
        long total = Math.Max(computeCycles, dramCycles);
        double pes = spec.Pes, peak = 2 * pes;
        double intensity = dramBytes == 0 ? double.PositiveInfinity : 2.0 * macs / dramBytes;
        var tech = spec.Technology;
        double onChip = tech.OnChipEnergyScale(spec.Volts);
        return new SystolicCost
        {
            ComputeCycles = computeCycles, DramCycles = dramCycles, TotalCycles = total,
            StallCycles = total - computeCycles, LatencySeconds = total / (spec.ClockMHz * 1e6),
            Macs = macs, Utilization = total == 0 ? 0 : macs / (total * pes),
            IfmapDramBytes = ifmapBytes, FilterDramBytes = filterBytes, OfmapDramBytes = ofmapBytes,
            MacEnergyPj = macs * tech.MacEnergyPj(bits, reduction) * onChip, SramEnergyPj = sramPj * onChip,
            DramEnergyPj = dramBytes * tech.DramPjPerByte,
            Bops = macs * TechnologyParameters.BopsPerMac(bits, reduction),
            Intensity = intensity, PeakOpsPerCycle = peak,
            AttainableOpsPerCycle = Math.Min(peak, intensity * spec.DramBytesPerCycle),
            RidgeIntensity = peak / spec.DramBytesPerCycle,
        };
    }

    /// <summary>Extra DRAM bits when one column fold's partial sums (<paramref name="sliceElements"/>) do not fit
    /// half the ofmap scratchpad: every row fold but the last writes them, every one but the first reads them back.</summary>
    private static double PartialSumSpillBits(long sliceElements, long outputs, long rowFolds, int accBits, double ofmapCapBits) =>
        rowFolds <= 1 || (double)sliceElements * accBits <= ofmapCapBits / 2 ? 0 : 2.0 * (rowFolds - 1) * outputs * accBits;

    private static long CeilDiv(long a, long b) => (a + b - 1) / b;

    private static long BitsToBytes(double bits) => (long)Math.Ceiling(bits / 8);
}
