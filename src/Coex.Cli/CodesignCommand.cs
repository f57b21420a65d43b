using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Coex.Search;
using Coex.Training.Data;
using Spectre.Console;

namespace Coex.Cli;

/// <summary>
/// <c>coex codesign</c>: joint search of architecture, bit widths and accelerator, with its baselines at equal training
/// budget, trials in SQLite (resumable), and a Markdown report with plots. The logic lives in <see cref="CoSearch"/>.
/// </summary>
internal static class CodesignCommand
{
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "Smoke-test budget (about 2 minutes): 6 trainings per method on 512 images." };
        var modelSpace = new Option<string>("--model-space") { Description = "Architecture space: lenet or mobilenet.", DefaultValueFactory = _ => "lenet" };
        var hwSpace = new Option<string>("--hw-space") { Description = $"Hardware space: {string.Join(", ", HardwareSpace.Names)}. -resident: arrays keep a network's weights on chip when they fit the filter scratchpad; -dvfs: each array is also built for a supply voltage of 0.6–0.9 V and clocked as fast as it allows.", DefaultValueFactory = _ => "systolic" };
        var bits = new Option<string>("--bits") { Description = "Bit widths per stage to search, comma-separated (e.g. 4,8,16); one value fixes them.", DefaultValueFactory = _ => "8" };
        var sampler = new Option<string>("--sampler") { Description = $"Outer sampler: {string.Join(", ", Sampler.Names)}.", DefaultValueFactory = _ => "evolution" };
        var trainings = new Option<int?>("--trainings") { Description = "Training budget: architectures each method may train (default 20; --quick 6)." };
        var maxSamples = new Option<int?>("--max-samples") { Description = "Stop a method after this many samples even if its budget is not spent (default 20 × trainings)." };
        var latency = new Option<double>("--latency-ms") { Description = "Constraint: latency per inference ≤ this many ms (0 = none); --print-space shows what a value prunes.", DefaultValueFactory = _ => CodesignOptions.MainJobConstraints.MaxLatencySeconds * 1e3 };
        var area = new Option<double>("--area") { Description = "Constraint: area ≤ this (mm² for systolic, DSPs for fpga; 0 = none).", DefaultValueFactory = _ => CodesignOptions.MainJobConstraints.MaxArea };
        var reward = new Option<string>("--reward") { Description = "Scalar reward: accuracy-latency (acc × (lat/T)^-0.07) or weighted (0.7 acc + 0.3 efficiency).", DefaultValueFactory = _ => "accuracy-latency" };
        var selection = new Option<string>("--selection") { Description = "What evolution and REINFORCE are rewarded with: reward (the scalar --reward) or front (the hypervolume a trial's designs add to the method's accuracy–latency and accuracy–energy fronts).", DefaultValueFactory = _ => "reward" };
        var noPrune = new Option<bool>("--no-prune") { Description = "Train constraint-infeasible architectures too (to measure what pruning saves)." };
        var methods = new Option<string>("--methods") { Description = "Comma-separated: joint, sequential, nas-only, hw-only, joint-policy (the sampler picks the machine too; best with --sampler reinforce).", DefaultValueFactory = _ => "joint,sequential,nas-only,hw-only" };
        var seeds = new Option<string>("--seeds") { Description = "Comma-separated search seeds; each method runs once per seed.", DefaultValueFactory = _ => "1" };
        var trainImages = new Option<int?>("--train-images") { Description = "Proxy training images (default 1024; --quick 512)." };
        var validationImages = new Option<int?>("--val-images") { Description = "Held-out images for accuracy (default 1000; --quick 500)." };
        var epochs = new Option<int>("--epochs") { Description = "Proxy training epochs.", DefaultValueFactory = _ => 1 };
        var learningRate = new Option<float?>("--lr") { Description = $"Proxy training learning rate (SGD with Nesterov momentum, cosine schedule; default {new ProxyTrainingOptions().LearningRate})." };
        var threads = new Option<int>("--threads") { Description = "Kernel threads for training (0 = all cores).", DefaultValueFactory = _ => 0 };
        var data = new Option<string>("--data") { Description = "Directory of the Fashion-MNIST .gz files.", DefaultValueFactory = _ => FashionMnist.DefaultDirectory };
        var output = new Option<string>("--out") { Description = "Output directory: trials.db, report.md, plots.", DefaultValueFactory = _ => "codesign-out" };
        var resume = new Option<bool>("--resume") { Description = "Continue the search stored in --out (same options), skipping finished trials. Without it an existing trials.db is moved aside." };
        var printSpace = new Option<bool>("--print-space") { Description = "Print the search spaces and exit." };
        var rescore = new Option<int>("--rescore") { Description = "After the search (or with --resume, after a finished one): train every network on each method's fronts this many more times (other seeds), score it on the 10,000 Fashion-MNIST test images, and compare the methods again on the mean (0 = off).", DefaultValueFactory = _ => 0 };
        rescore.Validators.Add(result =>
        {
            if (result.GetValue(rescore) < 0)
                result.AddError("--rescore must be 0 (off) or a positive number of training seeds.");
        });
        var proxyCheck = new Option<int>("--proxy-check") { Description = "Train this many networks (smallest, middle, largest, random ones from the first seed) with the proxy settings, print accuracy against cost and their correlation, and exit (0 = off)." };

        var command = new Command("codesign", "Co-explore network architecture, bit widths and accelerator design (the main job).");
        foreach (var o in new Option[] { quick, modelSpace, hwSpace, bits, sampler, trainings, maxSamples, latency, area, reward, selection, noPrune, methods, seeds, trainImages, validationImages, epochs, learningRate, threads, data, output, resume, rescore, printSpace, proxyCheck })
            command.Options.Add(o);
        command.SetAction(pr =>
        {
            try
            {
                bool isQuick = pr.GetValue(quick);
                int budget = pr.GetValue(trainings) ?? (isQuick ? 6 : 20);
                double latencyMs = pr.GetValue(latency), areaLimit = pr.GetValue(area);
                var options = new CodesignOptions
                {
                    ModelSpace = pr.GetValue(modelSpace)!, HardwareSpace = pr.GetValue(hwSpace)!,
                    BitChoices = ParseInts(pr.GetValue(bits)!, "--bits"), Sampler = pr.GetValue(sampler)!,
                    Trainings = budget, MaxSamples = pr.GetValue(maxSamples) ?? 20 * budget,
                    Constraints = new Constraints(latencyMs > 0 ? latencyMs * 1e-3 : double.PositiveInfinity, areaLimit > 0 ? areaLimit : double.PositiveInfinity),
                    Reward = pr.GetValue(reward) switch
                    {
                        "accuracy-latency" => RewardKind.AccuracyLatency,
                        "weighted" => RewardKind.Weighted,
                        var r => throw new ArgumentException($"--reward '{r}': use accuracy-latency or weighted."),
                    },
                    Selection = pr.GetValue(selection) switch
                    {
                        "reward" => Selection.Reward,
                        "front" => Selection.FrontGain,
                        var v => throw new ArgumentException($"--selection '{v}': use reward or front."),
                    },
                    Prune = !pr.GetValue(noPrune),
                    Training = new ProxyTrainingOptions
                    {
                        TrainImages = pr.GetValue(trainImages) ?? (isQuick ? 512 : 1024),
                        ValidationImages = pr.GetValue(validationImages) ?? (isQuick ? 500 : 1000),
                        Epochs = pr.GetValue(epochs), LearningRate = pr.GetValue(learningRate) ?? new ProxyTrainingOptions().LearningRate, Threads = pr.GetValue(threads), DataDirectory = pr.GetValue(data),
                    },
                };
                var methodList = pr.GetValue(methods)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseMethod).ToList();
                var seedList = ParseInts(pr.GetValue(seeds)!, "--seeds");
                if (pr.GetValue(printSpace))
                    return PrintSpaces(options);
                if (pr.GetValue(proxyCheck) is int networks and not 0)
                    return CheckProxy(options, networks, seedList[0]);
                return Run(options, methodList, seedList, pr.GetValue(output)!, pr.GetValue(resume), pr.GetValue(rescore));
            }
            catch (Exception e) when (e is ArgumentException or FileNotFoundException or InvalidDataException or InvalidOperationException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return 1;
            }
        });
        return command;
    }

    private static int PrintSpaces(CodesignOptions options)
    {
        var arch = ArchitectureSpace.Create(options.ModelSpace);
        var bits = new QuantizationSpace(arch.Stages, options.BitChoices);
        var hw = HardwareSpace.Create(options.HardwareSpace);
        Console.Write(arch.Space.Print());
        Console.Write(bits.Space.Print());
        Console.Write(hw.Space.Print());
        var joint = SearchSpace.Concat("joint", arch.Space, bits.Space, hw.Space);
        Console.WriteLine($"joint: {joint.Size:0.###e+0} points; constraints {options.Constraints}");
        var search = new CoSearch(options, new NoTraining());
        var (p10, p50, p90) = search.FastestLatencyPercentiles();
        Console.WriteLine($"fastest latency within the area limit over 100 random architectures: p10 {p10 * 1e3:0.####} ms, p50 {p50 * 1e3:0.####} ms, p90 {p90 * 1e3:0.####} ms " +
            $"(a --latency-ms below p50 prunes about half before training)");
        var room = search.MachineChoiceRoom();
        if (room.Feasible == 0)
            Console.WriteLine($"room for co-design: none of {room.Sampled} random networks runs within the constraints on any machine (with the fixed machine within the area)");
        else
        {
            // The FPGA model has no energy: say so rather than print NaN ratios.
            string energy = double.IsNaN(room.EnergyP50) ? "its energy is not modelled for this hardware space"
                : $"its energy {room.EnergyP50:0.00}× and {room.EnergyP90:0.00}× the least";
            Console.WriteLine($"room for co-design over {room.Feasible} random networks some machine runs within the constraints and the fixed machine fits the area for (of {room.Sampled} drawn; " +
                $"the fixed machine {search.Hardware.ShortName(search.ReferenceHardware)} runs {room.FixedRuns}): its latency is {room.LatencyP50:0.00}× (p50) and {room.LatencyP90:0.00}× (p90) " +
                $"the network's fastest machine, {energy}; near 1× on a front, the joint search has little to gain there over the sequential baseline");
        }
        return 0;
    }

    private static int CheckProxy(CodesignOptions options, int count, int seed)
    {
        var clock = Stopwatch.StartNew();
        var trainer = new ProxyTrainer(options.Training);
        var search = new CoSearch(options, trainer);
        var networks = ProxyStudy.Networks(search.Architectures.Space, count, seed);
        var t = options.Training;
        AnsiConsole.MarkupLine($"[bold]proxy check[/]: {networks.Count} {Markup.Escape(options.ModelSpace)} networks, {t.TrainImages} images × {t.Epochs} epoch(s), " +
            $"batch {t.BatchSize}, accuracy on {t.ValidationImages} held-out images at the middle bits; {Coex.Kernels.KernelThreads.Resolve(t.Threads)} threads");
        IReadOnlyList<ProxyStudyRow> rows = [];
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()).Start(ctx =>
        {
            var task = ctx.AddTask("training", maxValue: networks.Count);
            rows = ProxyStudy.Run(search, trainer, networks, (done, _) => task.Value = done);
        });
        // A Markdown table: long network descriptions stay on one line, and it pastes into notes.
        var dims = search.Architectures.Space.Dimensions;
        Console.WriteLine($"| network ({string.Join(" ", dims.Select(d => d.Name))}) | MMACs | fastest latency (µs) | least energy (µJ) | accuracy | fp32 | train (s) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {string.Join(" ", r.Arch.Select((v, i) => dims[i].Labels[v]))} | {r.Macs / 1e6:0.00} | " +
                $"{r.FastestLatencySeconds * 1e6:0.00} | {Fmt(r.LeastEnergyJoules * 1e6, "0.00")} | {r.Accuracy:P1} | {r.Fp32Accuracy:P1} | {r.TrainSeconds:0.0} |"));
        var accuracy = rows.Select(r => r.Accuracy).ToList();
        double Corr(Func<ProxyStudyRow, double> cost) => ProxyStudy.Correlation(rows.Select(r => Math.Log(cost(r))).ToList(), accuracy);
        Console.WriteLine($"correlation of accuracy with log MACs {Fmt(Corr(r => r.Macs), "0.00")}, log fastest latency {Fmt(Corr(r => r.FastestLatencySeconds), "0.00")}, " +
            $"log least energy {Fmt(Corr(r => r.LeastEnergyJoules), "0.00")}; mean training {rows.Average(r => r.TrainSeconds):0.0} s; {clock.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    private static int Run(CodesignOptions options, List<SearchMethod> methods, IReadOnlyList<int> seeds, string outDir, bool resume, int rescoreSeeds)
    {
        var clock = Stopwatch.StartNew();
        options.Validate(); // before anything is written
        Directory.CreateDirectory(outDir);
        string dbPath = Path.Combine(outDir, "trials.db");
        if (!resume && File.Exists(dbPath))
        {
            // A new search keeps the old one's trials beside it rather than mixing them in or deleting them.
            string kept = Path.Combine(outDir, $"trials-{File.GetLastWriteTimeUtc(dbPath):yyyyMMdd-HHmmss}.db");
            foreach (string suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(dbPath + suffix))
                    File.Move(dbPath + suffix, kept + suffix, overwrite: true);
            AnsiConsole.MarkupLine($"previous trials moved to {Markup.Escape(kept)} (pass --resume to continue a search instead)");
        }
        using var store = new TrialStore(dbPath);
        store.Bind(options.Fingerprint(), resume);
        var trainer = new ProxyTrainer(options.Training);
        var search = new CoSearch(options, trainer, store);
        AnsiConsole.MarkupLine($"[bold]codesign[/]: {Markup.Escape(options.ModelSpace)} × bits {{{string.Join(",", options.BitChoices)}}} × {Markup.Escape(options.HardwareSpace)} " +
            $"({search.Tuner.Points.Count} machines); {Markup.Escape(options.Constraints.ToString())}; {options.Trainings} trainings per method; sampler {options.Sampler}; " +
            $"{Coex.Kernels.KernelThreads.Resolve(options.Training.Threads)} threads; trials → {Markup.Escape(dbPath)}");

        var results = new List<MethodResult>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var training = ctx.AddTask("training", maxValue: 1);
                trainer.StepProgress = (step, steps) =>
                {
                    training.MaxValue = steps;
                    training.Value = step;
                };
                foreach (int seed in seeds)
                    foreach (var method in methods)
                    {
                        string name = $"{CoSearch.MethodName(method)} seed {seed}";
                        var task = ctx.AddTask(name, maxValue: method == SearchMethod.HardwareOnly ? 1 : options.Trainings);
                        int pruned = 0, rejected = 0;
                        search.Progress = p =>
                        {
                            task.Value = p.Trainings;
                            if (p.Last == TrialStatus.Pruned) pruned++;
                            if (p.Last == TrialStatus.Rejected) rejected++;
                            task.Description = $"{name}: {p.Sampled} sampled, {p.Trainings} trained, {pruned} pruned" + (rejected > 0 ? $", {rejected} machines rejected" : "");
                        };
                        results.Add(search.Run(method, seed));
                        task.Value = task.MaxValue;
                    }
                training.Value = training.MaxValue;
            });

        var summary = new FrontSummary(results.SelectMany(r => r.Designs), options.Constraints.MaxLatencySeconds);
        var table = new Table().AddColumns("method", "seed", "sampled", "trained", "pruned", "HV acc-latency", "HV acc-energy", "best accuracy", "best latency (µs)");
        foreach (var r in results)
            table.AddRow(CoSearch.MethodName(r.Method), $"{r.Seed}", $"{r.Sampled}", $"{r.Trained}", $"{r.Pruned}",
                $"{summary.LatencyHypervolume(r.Designs):0.0000}", Fmt(summary.EnergyHypervolume(r.Designs), "0.0000"),
                r.Best is { } b ? $"{b.Accuracy:P2}" : "-", r.Best is { } c ? $"{c.LatencySeconds * 1e6:0.00}" : "-");
        AnsiConsole.Write(table);
        foreach (var h in summary.JointAgainstBaselines(results))
            AnsiConsole.WriteLine(h.Describe());
        var rescored = rescoreSeeds > 0 ? Rescore(search, results, rescoreSeeds) : null;
        if (rescored is not null)
        {
            var again = new Table().AddColumns("method", "seed", "front designs", "HV acc-latency", "HV acc-energy");
            foreach (var r in rescored)
                again.AddRow(CoSearch.MethodName(r.Method), $"{r.Seed}", $"{r.Designs.Count}", $"{summary.LatencyHypervolume(r.Designs):0.0000}", Fmt(summary.EnergyHypervolume(r.Designs), "0.0000"));
            AnsiConsole.MarkupLine($"[bold]fronts re-scored[/]: mean of {rescoreSeeds} more training seed(s), accuracy on the {FrontRescoring.TestImages:N0} test images");
            AnsiConsole.Write(again);
            foreach (var h in summary.JointAgainstBaselines(rescored))
                AnsiConsole.WriteLine(h.Describe());
        }

        var plots = new List<string>();
        var main = results.FirstOrDefault(r => r.Method == SearchMethod.Joint) ?? results.FirstOrDefault();
        if (main is not null && main.Designs.Count > 0)
        {
            var firstSeed = results.Where(r => r.Seed == main.Seed).ToList();
            string latencyPlot = Path.Combine(outDir, "accuracy-latency.png");
            CodesignPlots.Save(latencyPlot, $"Accuracy vs latency ({options.ModelSpace} × {options.HardwareSpace})", "Latency (s)",
                m => m.LatencySeconds, main, firstSeed, FrontSummary.LatencyFront);
            plots.Add(latencyPlot);
            if (main.Designs.Any(d => !double.IsNaN(d.Metrics.EnergyJoules)))
            {
                string energyPlot = Path.Combine(outDir, "accuracy-energy.png");
                CodesignPlots.Save(energyPlot, $"Accuracy vs energy ({options.ModelSpace} × {options.HardwareSpace})", "Energy per inference (J)",
                    m => m.EnergyJoules, main, firstSeed, FrontSummary.EnergyFront);
                plots.Add(energyPlot);
            }
        }
        string reportPath = Path.Combine(outDir, "report.md");
        File.WriteAllText(reportPath, CodesignReport.Markdown(search, results, clock.Elapsed, plots, rescored, rescoreSeeds));
        AnsiConsole.MarkupLine($"report → [bold]{Markup.Escape(reportPath)}[/] ({clock.Elapsed.TotalMinutes:0.0} min; {results.Sum(r => r.Pruned)} of {results.Sum(r => r.Sampled)} candidates pruned before training)");
        return 0;
    }

    /// <summary>The fronts re-scored with <paramref name="seeds"/> more trainings per network, with a progress bar.</summary>
    private static IReadOnlyList<MethodResult> Rescore(CoSearch search, IReadOnlyList<MethodResult> results, int seeds)
    {
        var t = search.Options.Training;
        var evaluators = Enumerable.Range(1, seeds)
            .Select(s => new ProxyTrainer(t with { Seed = t.Seed + s, ScoreOnTestSet = true, ValidationImages = FrontRescoring.TestImages })).ToList();
        IReadOnlyList<MethodResult> rescored = [];
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"re-scoring fronts ({seeds} seeds)", maxValue: 1);
                rescored = FrontRescoring.Rescore(search, results, evaluators, (done, total) =>
                {
                    task.MaxValue = total;
                    task.Value = done;
                });
            });
        return rescored;
    }

    /// <summary>--print-space only costs architectures; nothing is trained.</summary>
    private sealed class NoTraining : IAccuracyEvaluator
    {
        public AccuracyResult Evaluate(ArchitectureSpace space, int[] arch, int[] weightBits, int[] activationBits, CancellationToken cancel) =>
            throw new InvalidOperationException("--print-space does not train.");
    }

    private static string Fmt(double x, string format) => double.IsNaN(x) ? "n/a" : x.ToString(format, CultureInfo.InvariantCulture);

    private static SearchMethod ParseMethod(string text) => text switch
    {
        "joint" => SearchMethod.Joint,
        "sequential" => SearchMethod.Sequential,
        "nas-only" => SearchMethod.NasOnly,
        "hw-only" => SearchMethod.HardwareOnly,
        "joint-policy" => SearchMethod.JointPolicy,
        _ => throw new ArgumentException($"--methods: unknown method '{text}'; use joint, joint-policy, sequential, nas-only, hw-only."),
    };

    private static int[] ParseInts(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
            throw new ArgumentException($"{option} needs at least one integer.");
        return parts.Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v
            : throw new ArgumentException($"{option}: '{p}' is not an integer.")).ToArray();
    }
}
