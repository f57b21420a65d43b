using Coex.Search;

namespace Coex.Tests.Search;

[Collection("Codesign")]
public class CoSearchTests
{
    /// <summary>A stand-in for training: accuracy grows with filters and kernel size; can stop mid-"training".</summary>
    private sealed class FakeEvaluator(int failOnCall = int.MaxValue) : IAccuracyEvaluator
    {
        public int Calls { get; private set; }
        public List<string> Trained { get; } = [];

        public AccuracyResult Evaluate(ArchitectureSpace space, int[] arch, int[] weightBits, int[] activationBits, CancellationToken cancel)
        {
            if (++Calls == failOnCall)
                throw new OperationCanceledException("killed mid-training");
            Trained.Add(SearchSpace.Key(arch));
            double accuracy = 0.6 + 0.3 * arch.Select((v, i) => v * (i + 1)).Sum() / (3.0 * 21) - 0.01 * weightBits.Count(b => b < 8);
            return new AccuracyResult(accuracy, accuracy, 0.01);
        }
    }

    private static CodesignOptions Options(double latency = double.PositiveInfinity, string sampler = "evolution", int trainings = 10) => new()
    {
        Trainings = trainings, MaxSamples = 200, Sampler = sampler, BitChoices = [4, 8],
        Constraints = new Constraints(latency, 2.0), MaxHardwarePoints = 300,
    };

    /// <summary>A latency limit half the architectures meet on some machine: the fastest latency of the median architecture.</summary>
    private static double MedianFastest()
    {
        var search = new CoSearch(Options(), new FakeEvaluator());
        var rng = new Random(11);
        var fastest = Enumerable.Range(0, 40).Select(_ => search.OuterSpace.Sample(rng)).Select(p =>
            search.Tuner.Tune(search.Tuner.Workload(p[..6], p[6..])).MinLatencySeconds).Order().ToArray();
        return fastest[fastest.Length / 2];
    }

    private static readonly Lazy<double> Tight = new(MedianFastest);

    [Fact]
    public void Machine_choice_room_compares_the_fixed_machine_with_each_networks_best()
    {
        var search = new CoSearch(Options(latency: Tight.Value), new FakeEvaluator());
        var room = search.MachineChoiceRoom(feasible: 12, tries: 120);
        Assert.InRange(room.Feasible, 1, 12);
        Assert.InRange(room.Sampled, room.Feasible, 120);
        Assert.InRange(room.FixedRuns, 0, room.Feasible);
        // No feasible machine is faster than the fastest one, and the fixed machine either is feasible (so at best as
        // fast) or misses the limit the fastest meets: the latency ratio is at least 1 for every network.
        Assert.True(room.LatencyP50 >= 1 && room.LatencyP90 >= room.LatencyP50, $"latency ×{room.LatencyP50} / ×{room.LatencyP90}");
        Assert.True(room.EnergyP50 > 0 && room.EnergyP90 >= room.EnergyP50, $"energy ×{room.EnergyP50} / ×{room.EnergyP90}");
        // The same draw again: a pure function of the seed.
        Assert.Equal(room, search.MachineChoiceRoom(feasible: 12, tries: 120));
    }

    [Fact]
    public void Machine_choice_room_on_the_fpga_space_has_latency_but_no_energy()
    {
        // The FPGA model has no energy: the room must say NaN there (the CLI prints "not modelled"), not a ratio.
        var options = Options() with { HardwareSpace = "fpga", Constraints = new Constraints(double.PositiveInfinity, 2800) };
        var room = new CoSearch(options, new FakeEvaluator()).MachineChoiceRoom(feasible: 8, tries: 40);
        Assert.InRange(room.Feasible, 1, 8);
        Assert.True(room.LatencyP50 >= 1, $"latency ×{room.LatencyP50}");
        Assert.True(double.IsNaN(room.EnergyP50) && double.IsNaN(room.EnergyP90));
    }

    [Fact]
    public void Joint_search_spends_its_budget_and_never_trains_a_pruned_architecture()
    {
        var evaluator = new FakeEvaluator();
        double limit = Tight.Value;
        var search = new CoSearch(Options(latency: limit), evaluator);
        var result = search.Run(SearchMethod.Joint, seed: 1);
        Assert.Equal(10, result.Trainings);
        Assert.True(result.Pruned > 0);
        // Bits change latency, so pruning is per (architecture, bits): the evaluator ran once per surviving pair and
        // never on a pruned one.
        var pruned = result.Trials.Where(t => t.Status == TrialStatus.Pruned).Select(t => (t.Arch, t.Bits)).ToHashSet();
        var survivors = result.Trials.Where(t => t.Status != TrialStatus.Pruned).Select(t => (t.Arch, t.Bits)).ToHashSet();
        Assert.Empty(pruned.Intersect(survivors));
        Assert.Equal(survivors.Count, evaluator.Calls);
        // A pruned architecture really misses the constraint on every machine; a trained one meets it on some.
        foreach (var t in result.Trials)
        {
            var tuning = search.Tuner.Tune(search.Tuner.Workload(SearchSpace.ParseKey(t.Arch), SearchSpace.ParseKey(t.Bits)));
            Assert.Equal(t.Status != TrialStatus.Pruned, tuning.Feasible);
            // Pruned: below every trained design, graded by how far the fastest machine missed the limit.
            if (t.Status == TrialStatus.Pruned)
                Assert.Equal(-Math.Min(1, tuning.MinLatencySeconds / limit - 1), t.Reward, 9);
            else
                Assert.True(t.Reward > 0);
        }
        Assert.All(result.Designs, d => Assert.True(d.Metrics.LatencySeconds <= limit && d.Metrics.Area <= 2.0));
    }

    [Fact]
    public void Without_pruning_infeasible_architectures_are_trained_but_never_reach_the_front()
    {
        var evaluator = new FakeEvaluator();
        double limit = Tight.Value;
        var result = new CoSearch(Options(latency: limit) with { Prune = false }, evaluator).Run(SearchMethod.Joint, 1);
        Assert.Equal(0, result.Pruned);
        Assert.Contains(result.Trials, t => t.Hardware.Length == 0); // trained, yet no machine meets the constraint
        Assert.All(result.Designs, d => Assert.True(d.Metrics.LatencySeconds <= limit));
    }

    [Fact]
    public void Baselines_run_at_the_same_budget_and_fronts_compare()
    {
        var search = new CoSearch(Options(trainings: 8), new FakeEvaluator());
        var joint = search.Run(SearchMethod.Joint, 2);
        var sequential = search.Run(SearchMethod.Sequential, 2);
        var nas = search.Run(SearchMethod.NasOnly, 2);
        var hw = search.Run(SearchMethod.HardwareOnly, 2);
        Assert.Equal(8, joint.Trainings);
        Assert.Equal(8, sequential.Trainings);
        Assert.Equal(8, nas.Trainings);
        Assert.Equal(1, hw.Trainings);
        // NAS-only designs all sit on the one reference machine; sequential adds the re-tuned best architecture.
        Assert.All(nas.Designs, d => Assert.Equal(search.ReferenceHardware, d.Hardware));
        Assert.True(sequential.Designs.Count > nas.Designs.Count);
        var summary = new FrontSummary(new[] { joint, sequential, nas, hw }.SelectMany(r => r.Designs), double.PositiveInfinity);
        Assert.True(summary.LatencyHypervolume(sequential.Designs) >= summary.LatencyHypervolume(nas.Designs));
        Assert.InRange(summary.LatencyHypervolume(joint.Designs), 0.0, 1.0);
        string md = CodesignReport.Markdown(search, [joint, sequential, nas, hw], TimeSpan.FromSeconds(1), []);
        Assert.Contains("| joint | 2 |", md);
        Assert.Contains("## Best design", md);
        Assert.Contains("- joint ≥ sequential on accuracy–latency in ", md);
        Assert.Contains("With 1 seed(s) it cannot fall below 0.5.", md); // one seed: the sign-flip p is 0.5 or 1
        // Both fronts of the joint search are tabled, each row naming its machine.
        Assert.Contains("## Pareto front: accuracy vs latency (joint", md);
        Assert.Contains("## Pareto front: accuracy vs energy (joint", md);
        Assert.Contains($"| {FrontSummary.EnergyFront(joint.Designs)[0].HardwareName} |", md);
    }

    [Fact]
    public void Head_to_head_counts_seeds_per_front_and_averages_hypervolumes()
    {
        // One design per method and seed; latency in units of the limit (1 ms), energy scaled by the largest (1.05 × 4 J).
        static MethodResult Result(SearchMethod method, int seed, double accuracy, double latencyMs, double energy) =>
            new(method, seed, [], [new DesignPoint(method, 0, [0], [0], [0], "m", new DesignMetrics(accuracy, latencyMs * 1e-3, energy, 1))]);
        var results = new[]
        {
            Result(SearchMethod.Joint, 1, 0.8, 0.5, 1), Result(SearchMethod.Sequential, 1, 0.8, 0.6, 2),   // joint ahead on both
            Result(SearchMethod.Joint, 2, 0.8, 0.5, 4), Result(SearchMethod.Sequential, 2, 0.8, 0.5, 3),   // tie on latency, behind on energy
            Result(SearchMethod.Joint, 3, 0.5, 0.5, 1),                                                     // no baseline for seed 3
        };
        var summary = new FrontSummary(results.SelectMany(r => r.Designs), 1e-3);
        var h = summary.Compare(results, SearchMethod.Joint, SearchMethod.Sequential);
        Assert.Equal(2, h.Seeds);
        Assert.Equal(2, h.LatencyWins);
        Assert.Equal(1, h.EnergyWins);
        // HV of one point (x, error) against (1, 1) is (1 − x)(1 − error).
        Assert.Equal((0.5 * 0.8 + 0.5 * 0.8) / 2, h.MethodLatency, 12);
        Assert.Equal((0.4 * 0.8 + 0.5 * 0.8) / 2, h.BaselineLatency, 12);
        Assert.Equal(((1 - 1 / 4.2) * 0.8 + (1 - 4 / 4.2) * 0.8) / 2, h.MethodEnergy, 12);
        Assert.Equal(((1 - 2 / 4.2) * 0.8 + (1 - 3 / 4.2) * 0.8) / 2, h.BaselineEnergy, 12);
        // Latency differences (0.08, 0): sums 0.08, 0.08, −0.08, −0.08, two of four reach 0.08. Energy (0.19, −0.19): sum 0,
        // reached by three of four.
        Assert.Equal(0.5, h.LatencyP, 12);
        Assert.Equal(0.75, h.EnergyP, 12);
        Assert.StartsWith("joint ≥ sequential on accuracy–latency in 2 of 2 seeds (mean HV 0.4000 against 0.3600, sign-flip p = 0.500); on accuracy–energy in 1 of 2 seeds", h.Describe());
        Assert.Equal(0, summary.Compare(results, SearchMethod.Joint, SearchMethod.NasOnly).Seeds);
    }

    [Fact]
    public void A_search_killed_mid_trial_resumes_with_every_finished_trial_intact()
    {
        string dir = Path.Combine(Path.GetTempPath(), "coex-resume-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = Options(latency: Tight.Value, sampler: "nsga2");
            string killedPath = Path.Combine(dir, "killed.db"), cleanPath = Path.Combine(dir, "clean.db");
            IReadOnlyList<TrialRecord> beforeKill;
            using (var store = new TrialStore(killedPath))
            {
                store.Bind(options.Fingerprint(), resume: false);
                var search = new CoSearch(options, new FakeEvaluator(failOnCall: 6), store);
                Assert.Throws<OperationCanceledException>(() => search.Run(SearchMethod.Joint, 3));
                beforeKill = store.Trials();
            }
            // Five evaluations finished and were stored; the sixth was in flight when the search died.
            Assert.True(beforeKill.Count(t => t.Status != TrialStatus.Pruned) >= 5);

            var resumedEvaluator = new FakeEvaluator();
            MethodResult resumed;
            using (var store = new TrialStore(killedPath))
            {
                Assert.Throws<InvalidOperationException>(() => store.Bind(options.Fingerprint(), resume: false));
                Assert.Throws<InvalidOperationException>(() => store.Bind((options with { Trainings = 11 }).Fingerprint(), resume: true));
                store.Bind(options.Fingerprint(), resume: true);
                resumed = new CoSearch(options, resumedEvaluator, store).Run(SearchMethod.Joint, 3);
                var after = store.Trials().ToDictionary(t => t.Index);
                Assert.All(beforeKill, t => Assert.Equal(t, after[t.Index]));
            }
            Assert.Equal(options.Trainings, resumed.Trainings);

            MethodResult clean;
            var cleanEvaluator = new FakeEvaluator();
            using (var store = new TrialStore(cleanPath))
            {
                store.Bind(options.Fingerprint(), resume: false);
                clean = new CoSearch(options, cleanEvaluator, store).Run(SearchMethod.Joint, 3);
            }
            Assert.Equal(cleanEvaluator.Calls - 5, resumedEvaluator.Calls);
            Assert.Equal(clean.Trials.Select(t => (t.Index, t.Arch, t.Bits, t.Hardware, t.Status, t.Accuracy)),
                resumed.Trials.Select(t => (t.Index, t.Arch, t.Bits, t.Hardware, t.Status, t.Accuracy)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Joint_policy_samples_the_machine_and_trains_only_feasible_designs()
    {
        var evaluator = new FakeEvaluator();
        var search = new CoSearch(Options(latency: Tight.Value, sampler: "reinforce", trainings: 8) with { MaxSamples = 160 }, evaluator);
        var result = search.Run(SearchMethod.JointPolicy, seed: 4);
        Assert.Equal(search.OuterSpace.Dimensions.Count + search.Hardware.Space.Dimensions.Count, search.PolicySpace.Dimensions.Count);
        Assert.True(result.Pruned > 0 && result.Rejected > 0, $"{result.Pruned} pruned, {result.Rejected} rejected of {result.Sampled}");
        foreach (var t in result.Trials)
        {
            var tuning = search.Tuner.Tune(search.Tuner.Workload(SearchSpace.ParseKey(t.Arch), SearchSpace.ParseKey(t.Bits)));
            // Pruned: no machine fits (the inner loop's filter); rejected: some machine fits, the sampled one does not.
            Assert.Equal(t.Status == TrialStatus.Pruned, !tuning.Feasible);
            if (t.Status == TrialStatus.Rejected)
                Assert.True(double.IsNaN(t.LatencySeconds) || t.LatencySeconds > Tight.Value || t.Area > 2.0);
        }
        // Every design is one sampled (architecture, bits, machine) that meets the constraints, with its trial's accuracy.
        Assert.Equal(result.Trials.Count(t => CoSearch.HasAccuracy(t.Status) && t.Hardware.Length > 0), result.Designs.Count);
        Assert.All(result.Designs, d => Assert.True(d.Metrics.LatencySeconds <= Tight.Value && d.Metrics.Area <= 2.0));
        Assert.Equal(result.Trials.Where(t => CoSearch.HasAccuracy(t.Status)).Select(t => (t.Arch, t.Bits)).Distinct().Count(), evaluator.Calls);
        // The policy learns to propose designs that pass: fewer rejections in the last third than in the first.
        int third = result.Sampled / 3;
        int early = result.Trials.Take(third).Count(t => !CoSearch.HasAccuracy(t.Status)), late = result.Trials.TakeLast(third).Count(t => !CoSearch.HasAccuracy(t.Status));
        Assert.True(late < early, $"rejected or pruned: {early} of the first {third} samples, {late} of the last {third}");
        string md = CodesignReport.Markdown(search, [result], TimeSpan.FromSeconds(1), []);
        Assert.Contains("| joint-policy | 4 |", md);
        Assert.Contains("machines rejected", md);
    }

    [Fact]
    public void A_joint_policy_search_resumes_to_the_same_designs()
    {
        string path = Path.Combine(Path.GetTempPath(), "coex-policy-" + Guid.NewGuid().ToString("N") + ".db");
        var options = Options(latency: Tight.Value, sampler: "reinforce", trainings: 5) with { MaxSamples = 120 };
        try
        {
            using (var store = new TrialStore(path))
            {
                store.Bind(options.Fingerprint(), resume: false);
                Assert.Throws<OperationCanceledException>(() => new CoSearch(options, new FakeEvaluator(failOnCall: 4), store).Run(SearchMethod.JointPolicy, 6));
            }
            MethodResult resumed;
            using (var store = new TrialStore(path))
            {
                store.Bind(options.Fingerprint(), resume: true);
                resumed = new CoSearch(options, new FakeEvaluator(), store).Run(SearchMethod.JointPolicy, 6);
            }
            var clean = new CoSearch(options, new FakeEvaluator()).Run(SearchMethod.JointPolicy, 6);
            // The replay checks each stored trial's sampled machine too; the resumed search ends where a clean one does.
            Assert.Equal(clean.Trials.Select(t => (t.Params, t.Status, t.Reward)), resumed.Trials.Select(t => (t.Params, t.Status, t.Reward)));
            Assert.Equal(clean.Designs.Select(d => (d.HardwareName, d.Metrics)), resumed.Designs.Select(d => (d.HardwareName, d.Metrics)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (string suffix in new[] { "", "-wal", "-shm" })
                File.Delete(path + suffix);
        }
    }

    [Fact]
    public void Hardware_only_fixes_a_network_some_machine_runs_even_when_the_middle_one_misses_the_limit()
    {
        var probe = new CoSearch(Options(), new FakeEvaluator());
        double middleFastest = probe.Tuner.Tune(probe.Tuner.Workload(probe.ReferenceArchitecture, probe.ReferenceBits)).MinLatencySeconds;
        Assert.Equal(probe.ReferenceArchitecture, probe.HardwareOnlyArchitecture); // no latency limit: the middle runs
        double limit = middleFastest * 0.97;
        var search = new CoSearch(Options(latency: limit), new FakeEvaluator());
        var arch = search.HardwareOnlyArchitecture;
        Assert.NotEqual(search.ReferenceArchitecture, arch);
        Assert.All(arch.Zip(search.ReferenceArchitecture), p => Assert.True(p.First <= p.Second)); // a smaller network
        Assert.True(search.Tuner.Tune(search.Tuner.Workload(arch, search.ReferenceBits)).Feasible);
        var hw = search.Run(SearchMethod.HardwareOnly, 1);
        Assert.Equal(TrialStatus.Trained, Assert.Single(hw.Trials).Status);
        Assert.NotEmpty(hw.Designs);
        Assert.All(hw.Designs, d => Assert.True(d.Metrics.LatencySeconds <= limit && d.Metrics.Area <= 2.0));
        Assert.Contains("hw-only fixes the network " + search.Architectures.Space.Describe(arch), CodesignReport.Markdown(search, [hw], TimeSpan.Zero, []));
    }

    [Fact]
    public void At_the_main_jobs_defaults_the_hardware_only_network_is_feasible()
    {
        // Every machine of the systolic space, 8 bits, the constraints `coex codesign` uses by default: the middle
        // LeNet-style network (k5, 48 filters) needs just over 0.025 ms there, so this checks the fallback for real.
        var search = new CoSearch(new CodesignOptions { Constraints = CodesignOptions.MainJobConstraints }, new FakeEvaluator());
        Assert.True(search.Tuner.Tune(search.Tuner.Workload(search.HardwareOnlyArchitecture, search.ReferenceBits)).Feasible,
            $"hw-only network {search.Architectures.Space.Describe(search.HardwareOnlyArchitecture)} misses the default constraints on every machine");
    }

    private static DesignPoint Design(double accuracy, double latencySeconds, double energyJoules) =>
        new(SearchMethod.Joint, 0, [], [], [], "m", new DesignMetrics(accuracy, latencySeconds, energyJoules, 1));

    [Fact]
    public void Front_gain_is_the_hypervolume_a_trials_designs_add()
    {
        var reward = new RewardFunction(RewardKind.AccuracyLatency, TargetLatencySeconds: 1e-5, ReferenceEnergyJoules: 1e-5, ReferenceArea: 2);
        // Alone: latency 0.5 T and error 0.2 dominate 0.5 × 0.8 of the latency square; energy 1e-5 J on a scale of
        // max(2 × 1e-5, 1.05 × 1e-5) = 2e-5 is 0.5, so the energy square gains the same.
        var first = new List<DesignPoint> { Design(0.8, 0.5e-5, 1e-5) };
        Assert.Equal(0.4 + 0.0008, CoSearch.FrontGain(first, 0, 0.8, reward), 12);
        // A design the first one dominates on both fronts adds nothing: only the accuracy tie-break is left.
        var dominated = new List<DesignPoint>(first) { Design(0.7, 0.6e-5, 1.2e-5) };
        Assert.Equal(0.0007, CoSearch.FrontGain(dominated, 1, 0.7, reward), 12);
        // A faster, less accurate one adds the region left of the first: (0.5 − 0.25) × (1 − 0.4) = 0.15. The energy scale
        // is still 2e-5 (1.05 × 1e-5 is less), so its energy 0.5e-5 J sits at 0.25 and adds the same.
        var faster = new List<DesignPoint>(first) { Design(0.6, 0.25e-5, 0.5e-5) };
        Assert.Equal(0.15 + 0.0006, CoSearch.FrontGain(faster, 1, 0.6, reward), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => CoSearch.FrontGain(first, 2, 0.8, reward));
    }

    [Fact]
    public void Front_selection_steers_evolution_differently_and_is_part_of_the_stores_identity()
    {
        var byReward = new CoSearch(Options(latency: Tight.Value), new FakeEvaluator()).Run(SearchMethod.Joint, seed: 3);
        var frontOptions = Options(latency: Tight.Value) with { Selection = Selection.FrontGain };
        var byFront = new CoSearch(frontOptions, new FakeEvaluator()).Run(SearchMethod.Joint, seed: 3);
        Assert.Equal(10, byFront.Trainings);
        // The random first population is the same; what evolution breeds from it is not.
        Assert.Equal(byReward.Trials.Take(8).Select(t => t.Arch + t.Bits), byFront.Trials.Take(8).Select(t => t.Arch + t.Bits));
        Assert.NotEqual(byReward.Trials.Select(t => t.Arch + t.Bits), byFront.Trials.Select(t => t.Arch + t.Bits));
        Assert.NotEqual(Options().Fingerprint(), frontOptions.Fingerprint());
        // Stores written before the option existed keep their identity.
        Assert.DoesNotContain("Selection", Options().Fingerprint());
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new CoSearch(Options() with { Trainings = 0 }, new FakeEvaluator()));
        Assert.Throws<ArgumentException>(() => new CoSearch(Options() with { Sampler = "grid" }, new FakeEvaluator()));
        Assert.Throws<ArgumentException>(() => new CoSearch(Options() with { Constraints = new Constraints(-1) }, new FakeEvaluator()));
        Assert.Throws<ArgumentException>(() => new CoSearch(Options() with { ModelSpace = "vgg" }, new FakeEvaluator()));
    }

    /// <summary>The fake evaluator's accuracy shifted by a fixed amount: one "training seed" of a re-scoring.</summary>
    private sealed class ShiftedEvaluator(double shift) : IAccuracyEvaluator
    {
        private readonly FakeEvaluator _inner = new();
        public List<string> Evaluated { get; } = [];

        public AccuracyResult Evaluate(ArchitectureSpace space, int[] arch, int[] weightBits, int[] activationBits, CancellationToken cancel)
        {
            Evaluated.Add(SearchSpace.Key(arch) + "|" + string.Join(",", weightBits) + "/" + string.Join(",", activationBits));
            var a = _inner.Evaluate(space, arch, weightBits, activationBits, cancel);
            return a with { Accuracy = a.Accuracy + shift };
        }
    }

    [Fact]
    public void Rescoring_keeps_each_front_with_the_mean_accuracy_of_the_other_seeds()
    {
        var search = new CoSearch(Options(trainings: 8), new FakeEvaluator());
        MethodResult[] results = [search.Run(SearchMethod.Joint, 1), search.Run(SearchMethod.Sequential, 1)];
        ShiftedEvaluator up = new(0.02), down = new(-0.04);
        var rescored = FrontRescoring.Rescore(search, results, [up, down]);

        Assert.Equal(results.Length, rescored.Count);
        foreach (var (before, after) in results.Zip(rescored))
        {
            Assert.Equal((before.Method, before.Seed), (after.Method, after.Seed));
            var front = FrontSummary.LatencyFront(before.Designs).Concat(FrontSummary.EnergyFront(before.Designs)).Distinct().ToList();
            Assert.Equal(front.Count, after.Designs.Count);
            Assert.True(after.Designs.Count < before.Designs.Count, "only the fronts are re-scored");
            foreach (var (d, r) in front.Zip(after.Designs))
            {
                // Same machine and cost; accuracy the mean of +0.02 and −0.04 around the search's own.
                Assert.Equal(d.Hardware, r.Hardware);
                Assert.Equal(d.Metrics with { Accuracy = 0 }, r.Metrics with { Accuracy = 0 });
                Assert.Equal(d.Metrics.Accuracy - 0.01, r.Metrics.Accuracy, 12);
            }
        }
        // Each distinct (architecture, bits) on any front is trained once per seed, not once per design or method.
        int networks = rescored.SelectMany(r => r.Designs).Select(d => SearchSpace.Key(d.Arch) + "|" + SearchSpace.Key(d.Bits)).Distinct().Count();
        Assert.Equal(networks, up.Evaluated.Count);
        Assert.Equal(networks, up.Evaluated.Distinct().Count());
        Assert.Equal(up.Evaluated, down.Evaluated);
        Assert.Throws<ArgumentException>(() => FrontRescoring.Rescore(search, results, []));
    }
}
