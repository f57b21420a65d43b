using Coex.Hardware;

namespace Coex.Search;

/// <summary>Cost of one network on one accelerator design, from the hardware model (no training involved).</summary>
/// <param name="LatencySeconds">One inference.</param>
/// <param name="EnergyJoules">Dynamic energy of one inference; NaN where the model has none (FPGA).</param>
/// <param name="Area">Systolic: mm² of PEs and SRAM. FPGA: DSP slices in use over all devices.</param>
public readonly record struct HardwareMetrics(double LatencySeconds, double EnergyJoules, double Area);

/// <summary>A network's layers as the hardware sees them, and the bit widths each runs at.</summary>
public sealed record LayerWorkload(IReadOnlyList<LayerShape> Layers, IReadOnlyList<BitWidths> Bits)
{
    /// <summary>The widest weight and activation widths any layer uses: the PEs are built for these.</summary>
    public BitWidths DesignBits => new(Bits.Max(b => b.Weights), Bits.Max(b => b.Activations));
}

/// <summary>
/// Accelerator designs as a <see cref="SearchSpace"/>: decodes a point into a machine and evaluates a workload on
/// it with the analytic cost model. Points whose spec is invalid (e.g. scratchpads too small for one tile) are
/// reported as such, not thrown.
/// </summary>
public abstract class HardwareSpace
{
    public abstract SearchSpace Space { get; }

    /// <summary>"mm²" or "DSPs": the unit of <see cref="HardwareMetrics.Area"/>.</summary>
    public abstract string AreaUnit { get; }

    /// <summary>False when the point decodes to an invalid machine.</summary>
    public abstract bool IsValid(int[] point);

    /// <summary>Cost of <paramref name="workload"/> on the machine at <paramref name="point"/>, or null when the
    /// machine cannot run it (invalid spec, resources exceeded, a kernel the buffers do not fit).</summary>
    public abstract HardwareMetrics? Evaluate(LayerWorkload workload, int[] point);

    /// <summary>Per-layer rows (name, MACs, cycles, utilization, DRAM bytes, energy) for the report.</summary>
    public abstract IReadOnlyList<LayerBreakdown> Breakdown(LayerWorkload workload, int[] point);

    /// <summary>A short machine name for tables and plot legends, e.g. "32x16 WS".</summary>
    public abstract string ShortName(int[] point);

    /// <summary>The space by name: "systolic", "systolic-resident" (the same arrays with parameter caching,
    /// <see cref="SystolicArraySpec.ResidentWeights"/>), either with "-dvfs" (each array also built for one of
    /// <see cref="SystolicSpace.OperatingVolts"/>), or "fpga".</summary>
    public static HardwareSpace Create(string name) => name switch
    {
        "systolic" => new SystolicSpace(),
        "systolic-resident" => new SystolicSpace(residentWeights: true),
        "systolic-dvfs" => new SystolicSpace(operatingPoints: true),
        "systolic-resident-dvfs" => new SystolicSpace(residentWeights: true, operatingPoints: true),
        "fpga" => new FpgaSpace(),
        _ => throw new ArgumentException($"Unknown hardware space '{name}'; use {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The names <see cref="Create"/> knows.</summary>
    public static IReadOnlyList<string> Names { get; } = ["systolic", "systolic-resident", "systolic-dvfs", "systolic-resident-dvfs", "fpga"];
}

/// <summary>One layer of the report's per-layer table.</summary>
public sealed record LayerBreakdown(string Layer, int WeightBits, int ActivationBits, long Macs, long Cycles, double Utilization, long DramBytes, double EnergyJoules, string Bound);

/// <summary>
/// Systolic arrays: rows and cols (8–128), dataflow (OS/WS/IS), the three scratchpads (16/64/256 KiB each) and
/// DRAM bandwidth (2/8/32 bytes per cycle at <see cref="ClockMHz"/>, i.e. 1/4/16 GB/s), at a clock of
/// <see cref="ClockMHz"/> in 45 nm at its nominal 0.9 V. With <see cref="ResidentWeights"/>, every array caches a
/// network's weights when they fit its filter scratchpad. With <see cref="OperatingPoints"/>, a further dimension
/// builds the array for one supply voltage of <see cref="OperatingVolts"/> and clocks it as fast as that voltage
/// allows (<see cref="TechnologyParameters.ClockScale"/>): on-chip energy falls with V², compute slows, and the DRAM
/// keeps its bytes per second.
/// </summary>
public sealed class SystolicSpace : HardwareSpace
{
    public const double ClockMHz = 500;
    /// <summary>Supply voltages of the operating-point dimension, mV: nominal and three lower points.</summary>
    public static IReadOnlyList<int> OperatingVolts { get; } = [900, 800, 700, 600];
    private readonly Dictionary<string, SystolicArraySpec?> _specs = [];

    public bool ResidentWeights { get; }
    public bool OperatingPoints { get; }

    public SystolicSpace(bool residentWeights = false, bool operatingPoints = false)
    {
        ResidentWeights = residentWeights;
        OperatingPoints = operatingPoints;
        int[] sram = [16, 64, 256];
        Dimension[] volts = operatingPoints
            ? [new Dimension("mV", OperatingVolts, OperatingVolts.Select(mv => (mv / 1000.0).ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + " V").ToArray())]
            : [];
        Space = new SearchSpace("systolic",
        [
            new Dimension("rows", [8, 16, 32, 64, 128]),
            new Dimension("cols", [8, 16, 32, 64, 128]),
            new Dimension("dataflow", [0, 1, 2], ["OS", "WS", "IS"]),
            new Dimension("ifmapKiB", sram),
            new Dimension("filterKiB", sram),
            new Dimension("ofmapKiB", sram),
            new Dimension("dramBytesPerCycle", [2, 8, 32]),
            .. volts,
        ]);
    }

    public override SearchSpace Space { get; }
    public override string AreaUnit => "mm²";

    /// <summary>The spec at <paramref name="point"/>, or null when it does not validate.</summary>
    public SystolicArraySpec? Spec(int[] point)
    {
        string key = SearchSpace.Key(point);
        lock (_specs)
        {
            if (_specs.TryGetValue(key, out var cached))
                return cached;
        }
        Space.Check(point);
        double? supply = OperatingPoints ? Space.Value(point, "mV") / 1000.0 : null;
        double clock = supply is { } v ? ClockMHz * TechnologyParameters.Horowitz45nm.ClockScale(v) : ClockMHz;
        var spec = new SystolicArraySpec
        {
            Name = ShortName(point),
            Rows = Space.Value(point, "rows"), Cols = Space.Value(point, "cols"),
            Dataflow = (Dataflow)Space.Value(point, "dataflow"),
            IfmapSramKiB = Space.Value(point, "ifmapKiB"), FilterSramKiB = Space.Value(point, "filterKiB"),
            OfmapSramKiB = Space.Value(point, "ofmapKiB"),
            // The DRAM's bytes per second stay; a slower array clock sees more of them per cycle.
            DramBytesPerCycle = Space.Value(point, "dramBytesPerCycle") * ClockMHz / clock,
            ClockMHz = clock, ResidentWeights = ResidentWeights, SupplyVolts = supply,
        };
        try
        {
            spec.Validate();
        }
        catch (ArgumentException)
        {
            spec = null;
        }
        lock (_specs)
            _specs[key] = spec;
        return spec;
    }

    public override bool IsValid(int[] point) => Spec(point) is not null;

    public override HardwareMetrics? Evaluate(LayerWorkload workload, int[] point)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var spec = Spec(point);
        if (spec is null)
            return null;
        Span<SystolicCost> costs = workload.Layers.Count <= 256 ? stackalloc SystolicCost[workload.Layers.Count] : new SystolicCost[workload.Layers.Count];
        SystolicArrayModel.EvaluateNetwork(workload.Layers, workload.Bits, spec, costs);
        var total = SystolicArrayModel.Summarize(costs, spec, workload.DesignBits);
        return new HardwareMetrics(total.LatencySeconds, total.EnergyPj * 1e-12, total.Area.TotalMm2);
    }

    public override IReadOnlyList<LayerBreakdown> Breakdown(LayerWorkload workload, int[] point)
    {
        var spec = Spec(point) ?? throw new ArgumentException($"The systolic point {Space.Describe(point)} is not a valid array.", nameof(point));
        var costs = new SystolicCost[workload.Layers.Count];
        SystolicArrayModel.EvaluateNetwork(workload.Layers, workload.Bits, spec, costs);
        return workload.Layers.Select((layer, i) =>
        {
            var c = costs[i];
            return new LayerBreakdown(layer.Name, workload.Bits[i].Weights, workload.Bits[i].Activations, c.Macs, c.TotalCycles,
                c.Utilization, c.DramBytes, c.EnergyPj * 1e-12, c.ComputeBound ? "compute" : "memory");
        }).ToArray();
    }

    public override string ShortName(int[] point) =>
        $"{Space.Value(point, "rows")}x{Space.Value(point, "cols")} {Space.Dimensions[2].Labels[point[2]]}"
        + (OperatingPoints ? " " + Space.Dimensions[^1].Labels[point[^1]] : "");
}

/// <summary>
/// FPGA tiled engines (Zhang et al. 2015) on a Virtex-7 485T-class device in 16-bit-capable fixed point: the
/// unroll Tm (16–128) × Tn (4–16), square output tiles Tr = Tc (7/14/28), and a pipeline of 1, 2 or 4 devices.
/// The FPGA model has no energy, so <see cref="HardwareMetrics.EnergyJoules"/> is NaN; area counts DSPs in use.
/// </summary>
public sealed class FpgaSpace : HardwareSpace
{
    public FpgaSpace()
    {
        Space = new SearchSpace("fpga",
        [
            new Dimension("tm", [16, 32, 64, 128]),
            new Dimension("tn", [4, 8, 16]),
            new Dimension("tile", [7, 14, 28]),
            new Dimension("devices", [1, 2, 4]),
        ]);
    }

    public override SearchSpace Space { get; }
    public override string AreaUnit => "DSPs";

    public FpgaSpec Spec(int[] point)
    {
        Space.Check(point);
        int tile = Space.Value(point, "tile");
        return new FpgaSpec
        {
            Name = ShortName(point), Dsps = 2800, Bram18K = 2060, ClockMHz = 200, Arithmetic = FpgaArithmetic.Fixed,
            Tm = Space.Value(point, "tm"), Tn = Space.Value(point, "tn"), Tr = tile, Tc = tile, MaxKernel = 7, MaxStride = 2,
            InputPortBits = 128, WeightPortBits = 128, OutputPortBits = 128,
        };
    }

    public override bool IsValid(int[] point) => true;

    public override HardwareMetrics? Evaluate(LayerWorkload workload, int[] point)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var spec = Spec(point);
        var bits = workload.DesignBits;
        var resources = FpgaModel.Resources(spec, bits);
        if (!resources.Feasible)
            return null;
        var cycles = new long[workload.Layers.Count];
        for (int i = 0; i < cycles.Length; i++)
        {
            var cost = FpgaModel.Evaluate(workload.Layers[i], bits, spec);
            if (!cost.LayerFits)
                return null;
            cycles[i] = cost.LatencyCycles;
        }
        int devices = Space.Value(point, "devices");
        var partition = FpgaPipeline.Partition(cycles, devices);
        return new HardwareMetrics(partition.LatencyCycles / (spec.ClockMHz * 1e6), double.NaN, (double)resources.Dsps * partition.Stages);
    }

    public override IReadOnlyList<LayerBreakdown> Breakdown(LayerWorkload workload, int[] point)
    {
        var spec = Spec(point);
        var bits = workload.DesignBits;
        return workload.Layers.Select(layer =>
        {
            var c = FpgaModel.Evaluate(layer, bits, spec);
            double utilization = c.LatencyCycles == 0 ? 0 : (double)c.ComputeCycles / c.LatencyCycles;
            return new LayerBreakdown(layer.Name, bits.Weights, bits.Activations, c.Macs, c.LatencyCycles, utilization, c.DramBytes, double.NaN, c.Bound.ToString().ToLowerInvariant());
        }).ToArray();
    }

    public override string ShortName(int[] point) =>
        $"Tm{Space.Value(point, "tm")} Tn{Space.Value(point, "tn")} T{Space.Value(point, "tile")} x{Space.Value(point, "devices")}";
}
