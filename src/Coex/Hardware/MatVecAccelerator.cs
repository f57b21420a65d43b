namespace Coex.Hardware;

/// <summary>
/// A matrix-vector accelerator for batch-1 inference with a vector-vector unit beside it, the machine VVMA layers are made
/// for: a weight-stationary <see cref="TileSize"/>×<see cref="TileSize"/> MAC array that must load a whole weight tile
/// (<see cref="WeightLoadCycles"/>) before any vector uses it, then streams one vector per cycle through the tile; and a
/// <see cref="VectorLanes"/>-wide unit doing elementwise multiply-adds (one block of lanes per cycle).
/// </summary>
public sealed record MatVecAcceleratorSpec
{
    public required string Name { get; init; }
    /// <summary>Rows = columns of the MAC array; VVMA block sizes up to this fit one tile.</summary>
    public required int TileSize { get; init; }
    /// <summary>Cycles to bring one k×k weight tile into the array (memory transfer plus shifting it in).</summary>
    public required int WeightLoadCycles { get; init; }
    /// <summary>Cycles from the last vector entering a tile to its result leaving the array (paid once per layer).</summary>
    public required int PipelineDepth { get; init; }
    /// <summary>Elementwise multiply-adds per cycle of the vector unit.</summary>
    public required int VectorLanes { get; init; }
    /// <summary>True when the next tile loads while the current one computes (a tile then costs max(load, vectors)).</summary>
    public bool DoubleBufferedWeights { get; init; }
    public double ClockMHz { get; init; } = 1000;

    public void Validate()
    {
        if (TileSize <= 0 || WeightLoadCycles < 0 || PipelineDepth < 0 || VectorLanes <= 0 || !(ClockMHz > 0))
            throw new ArgumentException($"Accelerator {Name}: tile {TileSize}, load {WeightLoadCycles}, depth {PipelineDepth}, lanes {VectorLanes} and clock {ClockMHz} MHz must be positive.");
    }
}

/// <summary>A matrix layer run once per decoded token: In → Out, dense (<see cref="VvmaBlock"/> 0) or VVMA with k×k blocks.</summary>
public sealed record MatVecLayer(string Name, int In, int Out, int VvmaBlock = 0, int Count = 1);

/// <summary>Cycles of one layer, split by unit.</summary>
public readonly record struct MatVecCycles(double WeightLoad, double Array, double Vector, double Total);

/// <summary>The decode-step workload of a model: its matrix layers and the elementwise work around them (attention, norms, gates).</summary>
public sealed record DecodeWorkload(string Name, IReadOnlyList<MatVecLayer> Layers, long VectorOpsPerToken);

/// <summary>
/// Cycle model of <see cref="MatVecAcceleratorSpec"/>, a pure function of shapes and spec.
/// Dense layer, batch B: T = ⌈Out/t⌉·⌈In/t⌉ tiles, each loaded then used by B vectors: T·(load + B) (T·max(load, B) with double
/// buffering) + pipeline depth. VVMA layer (block k ≤ t): one tile holding ⌊t/k⌋ diagonal copies of M is loaded once; the
/// vector unit forms z_i = Σ_j v(i,j) ⊙ x_j, B·(In/k)·⌈Out/lanes⌉ cycles; the array applies M to the B·Out/k block sums,
/// ⌊t/k⌋ per pass; the two overlap, so load + max(vector, array) + depth. Elementwise work outside the matrices costs ⌈ops/lanes⌉ per vector on the vector unit,
/// the same for both forms.
/// </summary>
public static class MatVecLatencyModel
{
    public static MatVecCycles Layer(MatVecLayer layer, MatVecAcceleratorSpec spec, int batch)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batch);
        if (layer.In <= 0 || layer.Out <= 0 || layer.Count <= 0)
            throw new ArgumentException($"Layer {layer.Name}: sizes {layer.In}→{layer.Out} and count {layer.Count} must be positive.");
        int t = spec.TileSize, k = layer.VvmaBlock;
        double load, array, vector, total;
        if (k == 0)
        {
            long tiles = (long)Ceil(layer.Out, t) * Ceil(layer.In, t);
            load = tiles * (double)spec.WeightLoadCycles;
            array = tiles * (double)batch;
            vector = 0;
            total = (spec.DoubleBufferedWeights ? tiles * Math.Max(spec.WeightLoadCycles, batch) + spec.WeightLoadCycles : load + array) + spec.PipelineDepth;
        }
        else
        {
            if (k > t)
                throw new ArgumentException($"Layer {layer.Name}: VVMA block {k} is larger than the {t}×{t} array of {spec.Name}; M must fit one tile.");
            if (layer.In % k != 0 || layer.Out % k != 0)
                throw new ArgumentException($"Layer {layer.Name}: VVMA block {k} must divide {layer.In} and {layer.Out}.");
            // Vector unit: for each input block j, v(:, j) ⊙ x_j over all output blocks at once is Out elementwise products,
            // so a layer is In/k passes of ⌈Out/lanes⌉ cycles per vector. Array: the loaded tile holds ⌊t/k⌋ copies of M on its
            // diagonal, so one pass applies M to that many output blocks.
            load = spec.WeightLoadCycles;
            vector = (double)batch * (layer.In / k) * Ceil(layer.Out, spec.VectorLanes);
            array = (double)batch * Ceil(layer.Out / k, t / k);
            total = load + Math.Max(vector, array) + spec.PipelineDepth;
        }
        return new MatVecCycles(load * layer.Count, array * layer.Count, vector * layer.Count, total * layer.Count);
    }

    /// <summary>Cycles to decode one step for <paramref name="batch"/> sentences side by side (all layers plus elementwise work).</summary>
    public static double StepCycles(DecodeWorkload workload, MatVecAcceleratorSpec spec, int batch)
    {
        ArgumentNullException.ThrowIfNull(workload);
        double cycles = workload.Layers.Sum(l => Layer(l, spec, batch).Total);
        return cycles + (double)batch * Ceil(workload.VectorOpsPerToken, spec.VectorLanes);
    }

    /// <summary>Cycles per decoded token: a step's cycles divided by the tokens it produces (one per sentence in the batch).</summary>
    public static double CyclesPerToken(DecodeWorkload workload, MatVecAcceleratorSpec spec, int batch) => StepCycles(workload, spec, batch) / batch;

    /// <summary>
    /// Smallest batch (up to <paramref name="maxBatch"/>) at which <paramref name="vvma"/>'s speed-up per token over
    /// <paramref name="dense"/> falls below <paramref name="threshold"/> (1 = VVMA no longer faster at all), or null if it never does.
    /// </summary>
    /// <remarks>
    /// With the vector unit and the array overlapped, both forms approach the same per-token cost at large batches (the
    /// array's T cycles per vector against the vector unit's T block products), so the speed-up tends to 1 from above; the
    /// default threshold 1.1 reports where the advantage has shrunk to 10 %.
    /// </remarks>
    public static int? Crossover(DecodeWorkload dense, DecodeWorkload vvma, MatVecAcceleratorSpec spec, double threshold = 1.1, int maxBatch = 1 << 16)
    {
        if (!(threshold >= 1))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The speed-up threshold must be at least 1.");
        for (int b = 1; b <= maxBatch; b++)
            if (CyclesPerToken(dense, spec, b) < threshold * CyclesPerToken(vvma, spec, b))
                return b;
        return null;
    }

    private static int Ceil(long a, int b) => (int)((a + b - 1) / b);
}

/// <summary>Named matrix-vector accelerators for the VVMA latency model.</summary>
public static class MatVecPresets
{
    /// <summary>
    /// A 32×32 matrix-vector unit (assumed, sized like a small NMT accelerator tile): a tile of 16-bit weights is 2 KiB,
    /// brought in over a 64 B/cycle on-chip bus (32 cycles) and shifted into the array one row per cycle (32 cycles): 64 cycles
    /// per tile load; 32-cycle pipeline; a 32-lane vector unit; 1 GHz; no weight double buffering.
    /// </summary>
    public static MatVecAcceleratorSpec Mvu32 { get; } = new()
    {
        Name = "mvu-32", TileSize = 32, WeightLoadCycles = 64, PipelineDepth = 32, VectorLanes = 32, ClockMHz = 1000,
    };

    /// <summary>
    /// TPU-v1-like 256×256 array (Jouppi et al., ISCA 2017: 256 cycles to shift a weight tile in, 700 MHz), with an assumed
    /// 256-lane vector unit; weights double buffered (the TPU's weight FIFO), so a tile costs max(256, batch) cycles.
    /// </summary>
    public static MatVecAcceleratorSpec Tpu256 { get; } = new()
    {
        Name = "tpu-256", TileSize = 256, WeightLoadCycles = 256, PipelineDepth = 256, VectorLanes = 256, DoubleBufferedWeights = true, ClockMHz = 700,
    };

    public static IReadOnlyList<MatVecAcceleratorSpec> All { get; } = [Mvu32, Tpu256];

    public static MatVecAcceleratorSpec Get(string name) =>
        All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown accelerator preset '{name}'; known: {string.Join(", ", All.Select(p => p.Name))}.");
}
