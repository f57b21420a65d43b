using System.Diagnostics;
using System.Text.Json;

namespace Coex.Search;

/// <summary>Which search runs: the joint co-exploration or one of its baselines.</summary>
public enum SearchMethod
{
    /// <summary>Outer sampler over architecture and bits; the inner loop tunes the machine for each and prunes
    /// architectures no machine can run within the constraints, before training.</summary>
    Joint,
    /// <summary>Fix the machine (tuned for a reference architecture, the middle of the model space), search the
    /// architecture on it; then tune the machine for the best architecture found.</summary>
    Sequential,
    /// <summary>The first phase of <see cref="Sequential"/> alone: architecture search on the fixed machine.</summary>
    NasOnly,
    /// <summary>Fix the architecture (the space's middle point, or the nearest smaller network some machine runs within
    /// the constraints), train it once, tune the machine.</summary>
    HardwareOnly,
    /// <summary>
    /// The joint search with the machine sampled too: the outer sampler (e.g. the REINFORCE policy, with heads for rows,
    /// cols, dataflow, SRAM sizes and DRAM bandwidth) proposes architecture ⊕ bits ⊕ machine and is rewarded for that
    /// one design. The inner loop stays as the cheap filter: an architecture no machine can run within the constraints
    /// is pruned, and a sampled machine that misses them is rejected, both without training.
    /// </summary>
    JointPolicy,
}

/// <summary>Everything that defines a co-design search (the trial store checks it on resume).</summary>
public sealed record CodesignOptions
{
    /// <summary>The constraints <c>coex codesign</c> uses by default: latency ≤ 0.025 ms, area ≤ 2 mm².</summary>
    public static readonly Constraints MainJobConstraints = new(0.025e-3, 2.0);

    public string ModelSpace { get; init; } = "lenet";
    public string HardwareSpace { get; init; } = "systolic";
    /// <summary>Bit widths each stage may take; one value (default 8) fixes the precision.</summary>
    public IReadOnlyList<int> BitChoices { get; init; } = [8];
    public string Sampler { get; init; } = "evolution";
    /// <summary>Distinct architectures each method may train (the equal training budget).</summary>
    public int Trainings { get; init; } = 24;
    /// <summary>Samples (trained, cached or pruned) after which a method stops even if its budget is not spent.</summary>
    public int MaxSamples { get; init; } = 400;
    public Constraints Constraints { get; init; } = new();
    public RewardKind Reward { get; init; } = RewardKind.AccuracyLatency;
    /// <summary>What evolution and REINFORCE are rewarded with: the scalar reward, or what a trial adds to the fronts.</summary>
    public Selection Selection { get; init; } = Selection.Reward;
    /// <summary>Reject constraint-infeasible architectures before training (the point of the two-level search).</summary>
    public bool Prune { get; init; } = true;
    /// <summary>Most hardware points the inner loop evaluates per architecture.</summary>
    public int MaxHardwarePoints { get; init; } = 8192;
    public ProxyTrainingOptions Training { get; init; } = new();

    public void Validate()
    {
        if (Trainings <= 0 || MaxSamples < Trainings)
            throw new ArgumentException($"The training budget must be positive and at most the sample cap; got {Trainings} trainings, {MaxSamples} samples.");
        if (!Search.Sampler.Names.Contains(Sampler))
            throw new ArgumentException($"Unknown sampler '{Sampler}'; use {string.Join(", ", Search.Sampler.Names)}.");
        if (BitChoices.FirstOrDefault(b => !Quantization.BitWidthEvaluation.IsSupportedActivationWidth(b), 0) is int bad and not 0)
            throw new ArgumentException($"Bit width {bad} cannot be simulated for activations (an 8-bit-or-narrower grid, or 16 and up as float); use widths 2–8 or 16.");
        if (!(Constraints.MaxLatencySeconds > 0) || !(Constraints.MaxArea > 0))
            throw new ArgumentException($"Constraints must be positive; got {Constraints}.");
        Training.Validate();
    }

    /// <summary>The options as one line of JSON: the identity of a search in its trial store.</summary>
    public string Fingerprint() => JsonSerializer.Serialize(new
    {
        ModelSpace, HardwareSpace, BitChoices, Sampler, Trainings, MaxSamples, Constraints.MaxLatencySeconds, Constraints.MaxArea,
        Reward = Reward.ToString(), Prune, MaxHardwarePoints, Training.TrainImages, Training.ValidationImages, Training.Epochs,
        Training.BatchSize, Training.LearningRate, Training.Seed,
        // Only when not the default, so stores written before the option existed still resume.
        Selection = Selection == Selection.Reward ? null : Selection.ToString(),
    }, new JsonSerializerOptions
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    });
}

/// <summary>
/// <see cref="CoSearch.MachineChoiceRoom"/>: of <paramref name="Sampled"/> random networks, <paramref name="Feasible"/>
/// run within the constraints on some machine (and fit the area on the fixed one), <paramref name="FixedRuns"/> of them
/// on the baselines' fixed machine; the fixed machine's latency ÷ the fastest and energy ÷ the least, at the 50th and
/// 90th percentile over the <paramref name="Feasible"/> (NaN when there are none; the energy ratios are NaN too where the
/// hardware model has no energy, as on the FPGA space).
/// </summary>
public sealed record MachineRoom(int Sampled, int Feasible, int FixedRuns, double LatencyP50, double LatencyP90, double EnergyP50, double EnergyP90);

/// <summary>One (architecture, bits, machine) with its metrics: a point that can sit on a Pareto front.</summary>
public sealed record DesignPoint(SearchMethod Method, int Trial, int[] Arch, int[] Bits, int[] Hardware, string HardwareName, DesignMetrics Metrics);

/// <summary>What one method found for one seed.</summary>
public sealed record MethodResult(SearchMethod Method, int Seed, IReadOnlyList<TrialRecord> Trials, IReadOnlyList<DesignPoint> Designs)
{
    public int Sampled => Trials.Count;
    public int Trained => Trials.Count(t => t.Status == TrialStatus.Trained);
    public int Pruned => Trials.Count(t => t.Status == TrialStatus.Pruned);
    /// <summary>Joint-policy: samples whose machine missed the constraints (rejected without training).</summary>
    public int Rejected => Trials.Count(t => t.Status == TrialStatus.Rejected);
    /// <summary>Distinct architectures this method trained or took from the cache: its training budget spent.</summary>
    public int Trainings => Trials.Where(t => CoSearch.HasAccuracy(t.Status)).Select(t => t.Arch).Distinct().Count();

    /// <summary>The feasible trained trial of highest reward, or null.</summary>
    public TrialRecord? Best => Trials.Where(t => CoSearch.HasAccuracy(t.Status) && t.Hardware.Length > 0).MaxBy(t => t.Reward);
}

/// <summary>Progress of a running search, after each trial and each training step.</summary>
public readonly record struct SearchProgress(SearchMethod Method, int Seed, int Sampled, int Trainings, int Budget, TrialStatus Last, string LastParams);

/// <summary>
/// The two-level co-exploration and its baselines. Each method samples points, prunes with the cost model, trains the
/// survivors (through an <see cref="IAccuracyEvaluator"/>, cached by architecture) until it has spent its training
/// budget, and writes every trial to the <see cref="TrialStore"/> as it ends. Trials already in the store are replayed
/// instead of re-run, so a killed search resumes where it stopped and reaches the same result.
/// </summary>
public sealed class CoSearch
{
    private readonly IAccuracyEvaluator _evaluator;
    private readonly TrialStore? _store;
    private readonly Dictionary<string, AccuracyResult> _accuracies = [];

    public CoSearch(CodesignOptions options, IAccuracyEvaluator evaluator, TrialStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _evaluator = evaluator ?? throw new ArgumentNullException(nameof(evaluator));
        _store = store;
        Architectures = ArchitectureSpace.Create(options.ModelSpace);
        Bits = new QuantizationSpace(Architectures.Stages, options.BitChoices);
        Hardware = Search.HardwareSpace.Create(options.HardwareSpace);
        Reward = new RewardFunction(options.Reward,
            double.IsPositiveInfinity(options.Constraints.MaxLatencySeconds) ? 1e-3 : options.Constraints.MaxLatencySeconds,
            ReferenceEnergyJoules: 1e-4, ReferenceArea: double.IsPositiveInfinity(options.Constraints.MaxArea) ? (Hardware is FpgaSpace ? 2800 : 10) : options.Constraints.MaxArea);
        Tuner = new HardwareTuner(Architectures, Bits, Hardware, options.Constraints, Reward, options.MaxHardwarePoints);
        ReferenceArchitecture = Architectures.Space.Dimensions.Select(d => d.Count / 2).ToArray();
        // The energy reference must be on the scale of the designs searched: a fixed 100 µJ left the weighted reward's
        // energy term nearly flat for LeNet-style networks (7–25 µJ), so no sampler was steered towards low energy.
        // Use the least energy the reference architecture needs on any machine within the area limit (cost model only).
        var referenceWorkload = Tuner.Workload(ReferenceArchitecture, ReferenceBits);
        double referenceEnergy = Tuner.Points.Select(p => Hardware.Evaluate(referenceWorkload, p)).OfType<HardwareMetrics>()
            .Where(m => m.Area <= options.Constraints.MaxArea && double.IsFinite(m.EnergyJoules) && m.EnergyJoules > 0).Select(m => m.EnergyJoules).DefaultIfEmpty(1e-4).Min();
        Reward = Reward with { ReferenceEnergyJoules = referenceEnergy };
        Tuner = new HardwareTuner(Architectures, Bits, Hardware, options.Constraints, Reward, options.MaxHardwarePoints);
        // Hardware first, as a team without co-design would do it: the machine the reward prefers for the reference
        // architecture (or, when no machine meets the constraints for it, the fastest one within the area limit).
        var reference = Tuner.Tune(Tuner.Workload(ReferenceArchitecture, ReferenceBits));
        ReferenceHardware = (reference.Best ?? reference.Fastest)?.Point ?? Tuner.Points[0];
        HardwareOnlyArchitecture = reference.Feasible ? ReferenceArchitecture : NearestFeasibleSmaller(ReferenceArchitecture);
    }

    public CodesignOptions Options { get; }
    public ArchitectureSpace Architectures { get; }
    public QuantizationSpace Bits { get; }
    public HardwareSpace Hardware { get; }
    public RewardFunction Reward { get; }
    public HardwareTuner Tuner { get; }
    /// <summary>The machine the sequential and NAS-only baselines fix: the one tuned for <see cref="ReferenceArchitecture"/>.</summary>
    public int[] ReferenceHardware { get; }
    /// <summary>The middle choice of every dimension: the network the sequential baselines tune their machine for.</summary>
    public int[] ReferenceArchitecture { get; }
    /// <summary>The middle choice of every bits dimension (the reference architecture's bits).</summary>
    public int[] ReferenceBits => Bits.Space.Dimensions.Select(d => d.Count / 2).ToArray();
    /// <summary>
    /// The architecture the hardware-only baseline fixes: <see cref="ReferenceArchitecture"/> when some machine runs it
    /// within the constraints, otherwise the nearest smaller network one does (<see cref="NearestFeasibleSmaller"/>);
    /// a baseline whose only network is pruned has nothing to show.
    /// </summary>
    public int[] HardwareOnlyArchitecture { get; }

    /// <summary>The joint space the outer samplers see: architecture ⊕ bits.</summary>
    public SearchSpace OuterSpace => SearchSpace.Concat("architecture+bits", Architectures.Space, Bits.Space);

    /// <summary>The space the joint-policy sampler sees: architecture ⊕ bits ⊕ machine.</summary>
    public SearchSpace PolicySpace => SearchSpace.Concat("architecture+bits+hardware", Architectures.Space, Bits.Space, Hardware.Space);

    /// <summary>True for trials that were trained or found trained (they have an accuracy).</summary>
    public static bool HasAccuracy(TrialStatus status) => status is TrialStatus.Trained or TrialStatus.Cached;

    public Action<SearchProgress>? Progress { get; set; }

    /// <summary>
    /// From <paramref name="start"/> (infeasible), steps one choice down in one dimension at a time (the choices of the
    /// model spaces grow with the index: smaller kernel, fewer filters, less expansion or depth, MBConv before fused), each step to the neighbour whose
    /// fastest machine within the area limit is fastest, until a neighbour meets the constraints on some machine; of
    /// those feasible neighbours it returns the slowest (the most network that still fits). Cost model only, a few
    /// dimensions' tunings per step. Returns the smallest network of the walk when even that is infeasible.
    /// </summary>
    private int[] NearestFeasibleSmaller(int[] start)
    {
        var bits = ReferenceBits;
        var current = start;
        while (true)
        {
            var neighbours = Enumerable.Range(0, current.Length).Where(d => current[d] > 0).Select(d =>
            {
                var next = (int[])current.Clone();
                next[d]--;
                return (Arch: next, Tuning: Tuner.Tune(Tuner.Workload(next, bits)));
            }).ToList();
            if (neighbours.Count == 0)
                return current;
            var fits = neighbours.Where(n => n.Tuning.Feasible).ToList();
            if (fits.Count > 0)
                return fits.MaxBy(n => n.Tuning.MinLatencySeconds).Arch;
            current = neighbours.MinBy(n => n.Tuning.MinLatencySeconds).Arch;
        }
    }

    /// <summary>
    /// Percentiles (10, 50, 90) of the fastest latency any machine within the area limit reaches, over
    /// <paramref name="samples"/> random (architecture, bits) points: what a latency limit will prune. Cost model only.
    /// </summary>
    public (double P10, double P50, double P90) FastestLatencyPercentiles(int samples = 100, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        var rng = new Random(seed);
        int archDims = Architectures.Space.Dimensions.Count;
        var unconstrained = new HardwareTuner(Architectures, Bits, Hardware, Options.Constraints with { MaxLatencySeconds = double.PositiveInfinity }, Reward, Options.MaxHardwarePoints);
        var fastest = Enumerable.Range(0, samples).Select(_ => OuterSpace.Sample(rng))
            .Select(p => unconstrained.Tune(unconstrained.Workload(p[..archDims], p[archDims..])).MinLatencySeconds).Order().ToArray();
        return (Percentile(fastest, 10), Percentile(fastest, 50), Percentile(fastest, 90));
    }

    /// <summary>The <paramref name="percent"/>-th percentile of ascending <paramref name="sorted"/> (nearest rank below); NaN when empty.</summary>
    private static double Percentile(IReadOnlyList<double> sorted, int percent) =>
        sorted.Count == 0 ? double.NaN : sorted[sorted.Count * percent / 100];

    /// <summary>
    /// How much the choice of machine is worth, per network, before any search: over random (architecture, bits) points
    /// that some machine runs within the constraints and that the fixed machine, built for their bits, fits the area
    /// limit for (at most <paramref name="feasible"/> of them, drawn from at most <paramref name="tries"/> samples), the
    /// baselines' fixed machine's latency and energy against the network's fastest and least-energy feasible machines.
    /// Ratios near 1 on a front mean one machine serves every network there, and a joint search can gain little on it
    /// over the sequential baseline. Cost model only.
    /// </summary>
    public MachineRoom MachineChoiceRoom(int feasible = 60, int tries = 400, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(feasible);
        ArgumentOutOfRangeException.ThrowIfLessThan(tries, feasible);
        var rng = new Random(seed);
        int archDims = Architectures.Space.Dimensions.Count, sampled = 0, fixedRuns = 0;
        var latency = new List<double>();
        var energy = new List<double>();
        while (latency.Count < feasible && sampled < tries)
        {
            sampled++;
            var p = OuterSpace.Sample(rng);
            var workload = Tuner.Workload(p[..archDims], p[archDims..]);
            var tuning = Tuner.Tune(workload);
            // The fixed machine is built for the network's widest bits; where that breaks the area limit, the
            // baseline cannot run the network at all, and there is nothing to compare.
            // (A feasible tuning has a fastest machine and a non-empty front.)
            if (tuning is not { Feasible: true, Fastest: { } fastest }
                || Hardware.Evaluate(workload, ReferenceHardware) is not { } onFixed || onFixed.Area > Options.Constraints.MaxArea)
                continue;
            if (Options.Constraints.Meets(onFixed))
                fixedRuns++;
            latency.Add(onFixed.LatencySeconds / fastest.Metrics.LatencySeconds);
            energy.Add(onFixed.EnergyJoules / tuning.Front.Min(c => c.Metrics.EnergyJoules));
        }
        latency.Sort();
        energy.Sort();
        return new MachineRoom(sampled, latency.Count, fixedRuns,
            Percentile(latency, 50), Percentile(latency, 90), Percentile(energy, 50), Percentile(energy, 90));
    }

    /// <summary>Runs (or resumes) <paramref name="method"/> with <paramref name="seed"/>.</summary>
    public MethodResult Run(SearchMethod method, int seed, CancellationToken cancel = default)
    {
        string name = MethodName(method);
        var stored = (_store?.Trials(name, seed) ?? []).ToDictionary(t => t.Index);
        var trials = new List<TrialRecord>();
        var designs = new List<DesignPoint>();
        var trained = new HashSet<string>();
        int archDims = Architectures.Space.Dimensions.Count;

        if (method == SearchMethod.HardwareOnly)
        {
            var trial = RunTrial(method, seed, 0, HardwareOnlyArchitecture, ReferenceBits, Tuner.Points, stored, trained, designs, cancel);
            trials.Add(trial);
            return new MethodResult(method, seed, trials, designs);
        }

        bool sampleMachine = method == SearchMethod.JointPolicy;
        int outerDims = OuterSpace.Dimensions.Count;
        var sampler = Sampler.Create(Options.Sampler, sampleMachine ? PolicySpace : OuterSpace, seed, Options.Trainings);
        IReadOnlyList<int[]> machines = method is SearchMethod.Joint or SearchMethod.JointPolicy ? Tuner.Points : [ReferenceHardware];
        while (trained.Count < Options.Trainings && trials.Count < Options.MaxSamples)
        {
            var point = sampler.Propose();
            int before = designs.Count, budgetBefore = trained.Count;
            var trial = RunTrial(method, seed, trials.Count, point[..archDims], point[archDims..outerDims], machines, stored, trained, designs, cancel,
                sampleMachine ? point[outerDims..] : null);
            trials.Add(trial);
            var observation = Observe(trial, designs.Skip(before).ToList(), spentBudget: trained.Count > budgetBefore);
            if (Options.Selection == Selection.FrontGain && observation.Feasible)
                observation = observation with { Reward = FrontGain(designs, before, trial.Accuracy, Reward) };
            sampler.Observe(point, observation);
        }

        if (method == SearchMethod.Sequential && new MethodResult(method, seed, trials, designs).Best is { } best)
        {
            // Phase 2: the architecture is fixed now; only the cost model runs.
            var arch = SearchSpace.ParseKey(best.Arch);
            var bits = SearchSpace.ParseKey(best.Bits);
            var tuning = Tuner.Tune(Tuner.Workload(arch, bits));
            foreach (var choice in tuning.Front)
                designs.Add(new DesignPoint(method, best.Index, arch, bits, choice.Point, Hardware.ShortName(choice.Point), new DesignMetrics(best.Accuracy, choice.Metrics)));
        }
        return new MethodResult(method, seed, trials, designs);
    }

    public static string MethodName(SearchMethod method) => method switch
    {
        SearchMethod.Joint => "joint",
        SearchMethod.Sequential => "sequential",
        SearchMethod.NasOnly => "nas-only",
        SearchMethod.JointPolicy => "joint-policy",
        _ => "hw-only",
    };

    /// <param name="machine">Joint-policy: the machine sampled with the architecture, which the trial stands for
    /// (null: the inner loop chooses among <paramref name="machines"/>).</param>
    private TrialRecord RunTrial(SearchMethod method, int seed, int index, int[] arch, int[] bits, IReadOnlyList<int[]> machines,
        Dictionary<int, TrialRecord> stored, HashSet<string> trained, List<DesignPoint> designs, CancellationToken cancel, int[]? machine = null)
    {
        var clock = Stopwatch.StartNew();
        string archKey = SearchSpace.Key(arch), bitsKey = SearchSpace.Key(bits);
        var workload = Tuner.Workload(arch, bits);
        var tuning = Tuner.Tune(workload, machines);
        var sampled = machine is not null && Hardware.Evaluate(workload, machine) is { } cost ? new HardwareChoice(machine, cost) : null;
        bool designFeasible = machine is null ? tuning.Feasible : sampled is not null && Options.Constraints.Meets(sampled.Metrics);
        string parameters = Architectures.Space.Describe(arch) + " | " + Bits.Space.Describe(bits) + (machine is null ? "" : " | " + Hardware.Space.Describe(machine));
        TrialRecord trial;
        if (stored.TryGetValue(index, out var previous))
        {
            if (previous.Arch != archKey || previous.Bits != bitsKey || (machine is not null && previous.Params != parameters))
                throw new InvalidOperationException(
                    $"Stored trial {index} of {MethodName(method)} seed {seed} was ({previous.Params}); the search now proposes ({parameters}). The store belongs to another search.");
            trial = previous;
            if (HasAccuracy(trial.Status))
                _accuracies.TryAdd(archKey + "|" + bitsKey, new AccuracyResult(trial.Accuracy, trial.Fp32Accuracy, trial.TrainSeconds));
        }
        else
        {
            if (Options.Prune && (!tuning.Feasible || !designFeasible))
            {
                // No machine runs this network within the constraints (pruned), or the sampled one does not (rejected).
                var missed = tuning.Feasible ? sampled?.Metrics : tuning.Fastest?.Metrics;
                trial = new TrialRecord
                {
                    Method = MethodName(method), Seed = seed, Index = index, Arch = archKey, Bits = bitsKey, Params = parameters,
                    Status = tuning.Feasible ? TrialStatus.Rejected : TrialStatus.Pruned, LatencySeconds = missed?.LatencySeconds ?? double.NaN,
                    EnergyJoules = missed?.EnergyJoules ?? double.NaN, Area = missed?.Area ?? double.NaN, Reward = Violation(missed),
                    Seconds = clock.Elapsed.TotalSeconds,
                };
            }
            else
            {
                bool fresh = !trained.Contains(archKey);
                var accuracy = Accuracy(arch, bits, cancel, out bool newTraining);
                var choice = machine is null ? tuning.Best ?? tuning.Fastest : sampled;
                var metrics = choice is null ? new DesignMetrics(accuracy.Accuracy, double.NaN, double.NaN, double.NaN) : new DesignMetrics(accuracy.Accuracy, choice.Metrics);
                trial = new TrialRecord
                {
                    Method = MethodName(method), Seed = seed, Index = index, Arch = archKey, Bits = bitsKey,
                    Hardware = designFeasible && choice is not null ? SearchSpace.Key(choice.Point) : "",
                    Params = parameters + (machine is null && choice is not null ? " | " + Hardware.Space.Describe(choice.Point) : ""),
                    Status = newTraining && fresh ? TrialStatus.Trained : TrialStatus.Cached,
                    Accuracy = accuracy.Accuracy, Fp32Accuracy = accuracy.Fp32Accuracy, LatencySeconds = metrics.LatencySeconds,
                    EnergyJoules = metrics.EnergyJoules, Area = metrics.Area,
                    Reward = choice is null ? 0 : Reward.Of(metrics) * (designFeasible ? 1 : 0.5),
                    TrainSeconds = newTraining ? accuracy.TrainSeconds : 0, Seconds = clock.Elapsed.TotalSeconds,
                };
            }
            _store?.Add(trial);
        }
        if (HasAccuracy(trial.Status))
            trained.Add(archKey);
        if (HasAccuracy(trial.Status) && designFeasible)
            foreach (var choice in machine is null ? tuning.Front : [sampled!])
                designs.Add(new DesignPoint(method, index, arch, bits, choice.Point, Hardware.ShortName(choice.Point), new DesignMetrics(trial.Accuracy, choice.Metrics)));
        Progress?.Invoke(new SearchProgress(method, seed, index + 1, trained.Count, Options.Trainings, trial.Status, trial.Params));
        return trial;
    }

    /// <summary>
    /// The reward of a design rejected before training: below every trained design's (≥ 0), and higher the closer it
    /// came to the constraints, −min(1, latency excess + area excess) relative to the limits (−1 with no machine at all).
    /// A flat 0 gave scalar samplers no direction out of an infeasible region: under a tight limit the sequential
    /// baseline's evolution once walked 240 samples without finding a network its fixed machine could run.
    /// </summary>
    private double Violation(HardwareMetrics? missed) =>
        missed is { } m ? -Math.Min(1, Excess(m.LatencySeconds, m.Area)) : -1;

    /// <summary>Latency excess + area excess relative to the limits (0 when both are met; +∞ when unmeasured).</summary>
    private double Excess(double latencySeconds, double area)
    {
        if (double.IsNaN(latencySeconds) || double.IsNaN(area))
            return double.PositiveInfinity;
        var limits = Options.Constraints;
        return Math.Max(0, latencySeconds / limits.MaxLatencySeconds - 1) + Math.Max(0, area / limits.MaxArea - 1);
    }

    /// <summary>Accuracy of (arch, bits): from memory, the store, or a new training (<paramref name="newTraining"/>).</summary>
    private AccuracyResult Accuracy(int[] arch, int[] bits, CancellationToken cancel, out bool newTraining)
    {
        string archKey = SearchSpace.Key(arch), bitsKey = SearchSpace.Key(bits), key = archKey + "|" + bitsKey;
        newTraining = false;
        if (_accuracies.TryGetValue(key, out var known))
            return known;
        if (_store?.Training(archKey, bitsKey) is { } cached)
            return _accuracies[key] = cached;
        var result = _evaluator.Evaluate(Architectures, arch, Bits.WeightBits(bits), Bits.ActivationBits(bits), cancel);
        _store?.AddTraining(archKey, bitsKey, result);
        newTraining = true;
        return _accuracies[key] = result;
    }

    /// <summary>What the sampler learns: the reward, objectives [1 − accuracy, latency / T, energy / E_ref], and for an
    /// infeasible trial how far it missed the constraints; <paramref name="spentBudget"/>: the trial trained an architecture
    /// this method had not trained before.</summary>
    /// <remarks>A trial that added designs (the feasible front of its machines) reports the least latency and the least
    /// energy among them: what the network can reach, not only on the machine the scalar reward prefers, so NSGA-II
    /// ranks architectures by the fronts the hypervolume measures.</remarks>
    private Observation Observe(TrialRecord t, IReadOnlyList<DesignPoint> added, bool spentBudget)
    {
        bool feasible = HasAccuracy(t.Status) && t.Hardware.Length > 0;
        double accuracy = HasAccuracy(t.Status) ? t.Accuracy : 0;
        double energyJoules = added.Count > 0 ? added.Min(d => Finite(d.Metrics.EnergyJoules)) : t.EnergyJoules;
        double latencySeconds = added.Count > 0 ? added.Min(d => d.Metrics.LatencySeconds) : t.LatencySeconds;
        double energy = double.IsNaN(energyJoules) ? 0 : energyJoules / Reward.ReferenceEnergyJoules;
        double latency = double.IsNaN(latencySeconds) ? double.MaxValue : latencySeconds / Reward.TargetLatencySeconds;
        return new Observation(t.Reward, [1 - accuracy, latency, energy], feasible, feasible ? 0 : Excess(t.LatencySeconds, t.Area), spentBudget);
    }

    private static double Finite(double x) => double.IsNaN(x) ? 0 : x;

    /// <summary>
    /// <see cref="Selection.FrontGain"/>: the hypervolume designs[<paramref name="before"/>..] add to designs[..before],
    /// averaged over accuracy–latency (latency / T, reference 1) and accuracy–energy (energy / E, reference 1, with E the
    /// larger of 2 × the reward's energy reference and 1.05 × the most energy of any design so far), plus
    /// 0.001 × <paramref name="accuracy"/>.
    /// </summary>
    internal static double FrontGain(IReadOnlyList<DesignPoint> designs, int before, double accuracy, RewardFunction reward)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(before);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(before, designs.Count);
        double energyScale = Math.Max(2 * reward.ReferenceEnergyJoules, 1.05 * designs.Select(d => Finite(d.Metrics.EnergyJoules)).DefaultIfEmpty(0).Max());
        double Gain(Func<DesignPoint, double> cost) =>
            Pareto.Hypervolume2D(designs.Select(d => (cost(d), 1 - d.Metrics.Accuracy)), (1, 1))
            - Pareto.Hypervolume2D(designs.Take(before).Select(d => (cost(d), 1 - d.Metrics.Accuracy)), (1, 1));
        double latency = Gain(d => d.Metrics.LatencySeconds / reward.TargetLatencySeconds);
        double energy = Gain(d => d.Metrics.EnergyJoules / energyScale); // 0 when the hardware model has no energy
        return (latency + energy) / 2 + 0.001 * accuracy;
    }
}
