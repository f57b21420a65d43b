using System.CommandLine;
using System.Globalization;
using Coex.Bench;
using Coex.Kernels;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex bench gemm</c> and <c>coex bench roofline</c>: composes the Coex.Bench library and prints its results.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks: Coex kernels against ONNX Runtime and against this machine's limits.");
        bench.Add(CreateGemm());
        bench.Add(CreateRoofline());
        bench.Add(CreateModel());
        bench.Add(EmbeddingBenchCommand.Create());
        bench.Add(BenchTrainCommand.Create());
        return bench;
    }

    private static Command CreateModel()
    {
        var models = new Argument<string[]>("model")
        {
            Description = $"ONNX files or built-in models ({string.Join(", ", Coex.Graphs.BuiltinModels.Names)}); several may be given.",
            Arity = ArgumentArity.OneOrMore,
        };
        models.Validators.Add(result =>
        {
            foreach (var model in result.GetValueOrDefault<string[]>() ?? [])
                if (!File.Exists(model) && !Coex.Graphs.BuiltinModels.Names.Contains(model, StringComparer.OrdinalIgnoreCase))
                    result.AddError($"'{model}' is neither an ONNX file nor a built-in model ({string.Join(", ", Coex.Graphs.BuiltinModels.Names)}).");
        });
        var threads = ThreadsOption();
        var batches = new Option<int[]>("--batch")
        {
            Description = "Batch sizes (first input dimension of built-in models and of symbolic-batch ONNX inputs); several may be given.",
            DefaultValueFactory = _ => [1],
            AllowMultipleArgumentsPerToken = true,
        };
        batches.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int[]>() is { } b && b.Any(x => x <= 0))
                result.AddError("--batch sizes must be positive.");
        });
        var json = new Option<FileInfo?>("--json") { Description = "Also write one JSON object per row, one per line, to this file." };
        var optimization = new Option<Coex.Runtime.OptimizationLevel>("--optimization")
        {
            Description = "Coex graph passes at load: None, Basic or All (ONNX Runtime always applies all of its own).",
            DefaultValueFactory = _ => Coex.Runtime.OptimizationLevel.All,
        };
        var profile = new Option<bool>("--profile") { Description = "Also print Coex's time per op type (its session profiler, averaged over 100 runs)." };
        var seconds = new Option<double>("--seconds")
        {
            Description = "Timed seconds each engine accumulates per row (longer runs average out a shared machine's slow spells).",
            DefaultValueFactory = _ => TimingOptions.Default.MinSeconds,
        };
        seconds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 600))
                result.AddError("--seconds must be in (0, 600].");
        });
        var command = new Command("model", "Whole-model latency: Coex InferenceSession against ONNX Runtime on the same model file, inputs and threads, taking turns.")
        {
            models, threads, batches, json, optimization, profile, seconds,
        };
        command.SetAction(parse =>
        {
            int n = KernelThreads.Resolve(parse.GetValue(threads));
            Header("Model latency: Coex vs ONNX Runtime (fp32, same inputs, taking turns)", n);
            AnsiConsole.MarkupLine($"Coex graph passes: [bold]{parse.GetValue(optimization)}[/]");
            var results = new List<ModelBenchResult>();
            WithStatus(status =>
            {
                foreach (var model in parse.GetValue(models)!)
                    foreach (int batch in parse.GetValue(batches)!)
                    {
                        status($"{model}, batch {batch}");
                        results.Add(ModelBenchmark.Run(model, ModelBenchmark.LoadModelBytes(model, batch), batch, n,
                            timing: TimingOptions.Default with { MinSeconds = parse.GetValue(seconds) }, optimization: parse.GetValue(optimization)));
                    }
            });
            var table = new Table().AddColumns("model", "batch", "✓", "max |Δ|", "Coex p50 ms", "Coex p99 ms", "ORT p50 ms", "ORT p99 ms", "ORT/Coex");
            foreach (var r in results)
            {
                table.AddRow(Markup.Escape(r.Model), r.Batch.ToString(CultureInfo.InvariantCulture), r.OutputsMatch ? "[green]✓[/]" : "[red]✗[/]",
                    r.MaxAbsDifference.ToString("0.0e0", CultureInfo.InvariantCulture),
                    Ms(r.Coex.MedianSeconds), Ms(r.Coex.P99Seconds), Ms(r.Ort.MedianSeconds), Ms(r.Ort.P99Seconds),
                    r.Speedup >= 1 ? $"[green]{Ratio(r.Speedup)}[/]" : $"[red]{Ratio(r.Speedup)}[/]");
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("[grey]ORT/Coex = ORT p50 ÷ Coex p50: above 1 means Coex is faster. ✓: every output within 1e-4 + 1e-3·|ORT|.[/]");
            if (parse.GetValue(profile))
                PrintProfiles(parse.GetValue(models)!, parse.GetValue(batches)!, n, parse.GetValue(optimization));
            if (parse.GetValue(json) is { } file)
            {
                using var writer = new StreamWriter(file.FullName);
                foreach (var r in results)
                {
                    writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                    {
                        model = r.Model, batch = r.Batch, threads = r.Threads, outputs_match = r.OutputsMatch, max_abs_diff = r.MaxAbsDifference,
                        coex_p50_ms = r.Coex.MedianSeconds * 1e3, coex_p99_ms = r.Coex.P99Seconds * 1e3, coex_calls = r.Coex.Calls,
                        ort_p50_ms = r.Ort.MedianSeconds * 1e3, ort_p99_ms = r.Ort.P99Seconds * 1e3, ort_calls = r.Ort.Calls,
                        speedup = r.Speedup,
                    }));
                }
            }
            return results.All(r => r.OutputsMatch) ? 0 : 1;
        });
        return command;
    }

    private static void PrintProfiles(string[] models, int[] batches, int threads, Coex.Runtime.OptimizationLevel optimization)
    {
        var table = new Table().AddColumns("model", "batch", "op", "calls/run", "ms/run", "share");
        foreach (var model in models)
            foreach (int batch in batches)
            {
                var ops = ModelBenchmark.ProfileCoex(ModelBenchmark.LoadModelBytes(model, batch), batch, threads, optimization: optimization);
                double total = ops.Sum(o => o.MsPerRun);
                foreach (var (op, calls, ms) in ops)
                    table.AddRow(Markup.Escape(model), batch.ToString(CultureInfo.InvariantCulture), Markup.Escape(op), calls.ToString(CultureInfo.InvariantCulture),
                        ms.ToString("0.0000", CultureInfo.InvariantCulture), (ms / total).ToString("0%", CultureInfo.InvariantCulture));
            }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]Coex session profiler: time inside each op's kernel, per run; the rest of a run is the session's own bookkeeping.[/]");
    }

    internal static string Ms(double seconds) => (seconds * 1e3).ToString(seconds < 0.01 ? "0.000" : "0.00", CultureInfo.InvariantCulture);

    private static Command CreateRoofline()
    {
        var threads = ThreadsOption();
        var quiet = QuietOption();
        var command = new Command("roofline", "This machine's peak fp32/int8 compute and memory bandwidth, and Coex's GEMMs as a fraction of them.")
        {
            threads, quiet,
        };
        command.SetAction(parse =>
        {
            int n = KernelThreads.Resolve(parse.GetValue(threads));
            Header("Roofline: this machine's peaks, and Coex GEMM against them", n);
            var roofs = new List<Roof>();
            var roofLoad = new Dictionary<Roof, double?>();
            var randomRoofs = new List<RandomAccessRoofResult>();
            var timings = new List<(CoexGemmTiming Timing, double? Load)>();
            var quietFor = TimeSpan.FromSeconds(parse.GetValue(quiet));
            WithStatus(status =>
            {
                foreach (var kind in Enum.GetValues<RoofKind>().Where(Roofline.IsSupported))
                    for (int t = 1; t <= n; t++)
                    {
                        status($"roof: {kind}, {t} thread(s)");
                        // A roof is the best the machine can do: a figure taken while others were busy is retried, keeping the best.
                        Roof best = default;
                        double? bestLoad = null;
                        for (int attempt = 0; attempt < BusyAttempts; attempt++)
                        {
                            MachineLoad.WaitForQuiet(quietFor);
                            var window = MachineLoad.Start();
                            var roof = Roofline.Measure(kind, t);
                            double? load = window.OtherCores;
                            if (roof.Value > best.Value)
                                (best, bestLoad) = (roof, load);
                            if (load is not > 0.1)
                                break;
                        }
                        roofs.Add(best);
                        roofLoad[best] = bestLoad;
                    }
                for (int t = 1; t <= n; t++)
                {
                    status($"random-access roof, {t} thread(s)");
                    randomRoofs.Add(RandomAccessRoof.Measure(t));
                }
                var benchmark = new GemmBenchmark(n);
                foreach (var shape in GemmBenchmark.Shapes(ShapeSet.Full))
                {
                    status($"Coex GEMM {shape}");
                    var (shapeTimings, load) = LeastDisturbed(quietFor, () => benchmark.RunCoexOnly(shape));
                    timings.AddRange(shapeTimings.Select(x => (x, load)));
                }
            });

            var roofTable = new Table().Border(TableBorder.Rounded).AddColumns("roof", "instructions", "unit");
            for (int t = 1; t <= n; t++)
                roofTable.AddColumn(new TableColumn($"{t} thread{(t > 1 ? "s" : "")}").RightAligned());
            foreach (var group in roofs.GroupBy(r => r.Kind))
            {
                var cells = new List<string> { group.Key.ToString(), Instructions(group.Key), group.First().Unit };
                cells.AddRange(group.OrderBy(r => r.Threads).Select(r => Num(r.Value) + (roofLoad[r] is > 0.1 ? " [red]*[/]" : "")));
                roofTable.AddRow(cells.ToArray());
            }
            AnsiConsole.Write(roofTable);
            AnsiConsole.MarkupLine("[grey]Compute: 12 independent accumulator chains per thread, best of 3 runs of ~0.15 s; multiply and add count as 2 ops.[/]");
            AnsiConsole.MarkupLine($"[grey]Memory: sum of a {Roofline.BandwidthBytes >> 20} MiB array split over the threads, best of 3.[/]");
            foreach (var rr in randomRoofs)
                AnsiConsole.MarkupLine($"Random-access roof, {rr.Threads} thread(s): [bold]{rr.LinesPerSecond / 1e6:0.0} M[/] random 64-B lines/s = [bold]{rr.GBPerSecond:0.00} GB/s[/] " +
                    $"({rr.NsPerLine:0.00} ns/line, best prefetch distance {rr.PrefetchDistance})");
            AnsiConsole.MarkupLine($"[grey]Random access: whole 64-B lines at uniformly random addresses of a {RandomAccessRoof.DefaultBufferBytes >> 20} MiB buffer, 4 independent loads per step, " +
                $"software prefetch distances {string.Join("/", RandomAccessRoof.Distances)} tried, best of {RandomAccessRoof.Repeats}: the ceiling for embedding-row lookups.[/]");
            if (roofLoad.Values.Any(l => l is > 0.1))
                AnsiConsole.MarkupLine("[red]*[/] [grey]other processes kept more than 0.1 core busy while this figure was measured: it may be low.[/]");

            var gemmTable = new Table().Border(TableBorder.Rounded)
                .AddColumns("kernel", "shape M×N×K", "threads", "Coex GOP/s", "compute roof", "roof GOP/s", "% compute", "B bytes", "BW roof GOP/s", "% BW", "other load");
            foreach (int c in new[] { 2, 3, 5, 6, 7, 8, 9, 10 })
                gemmTable.Columns[c].RightAligned();
            foreach (var (t, load) in timings)
            {
                var f = RoofFraction.For(t, roofs);
                gemmTable.AddRow(t.Kernel, t.Shape.ToString(), t.Threads.ToString(CultureInfo.InvariantCulture), Num(t.Gops),
                    f.ComputeRoofKind.ToString(), Num(f.ComputeRoofGops), Percent(f.OfCompute),
                    Bytes(t.WeightBytes), Num(f.BandwidthRoofGops), Percent(f.OfBandwidth), Load(load));
            }
            AnsiConsole.Write(gemmTable);
            AnsiConsole.MarkupLine($"[grey]BW roof (M ≤ {RoofFraction.SmallM} only): 2·M·N·K over the time to read packed B once from memory; B that fits in cache can beat it (% BW > 100).[/]");
            ReportLoad(roofLoad.Values.Concat(timings.Select(t => t.Load)).ToList(), "figures");
            return 0;
        });
        return command;
    }

    /// <summary>Measurements taken while other processes kept more than 0.1 core busy are tried this many times in all.</summary>
    private const int BusyAttempts = 3;

    /// <summary>
    /// Waits for a quiet machine, then measures; while other processes were busy during the measurement, tries again
    /// (up to <see cref="BusyAttempts"/> in all) and keeps the attempt they disturbed least, with its load.
    /// </summary>
    private static (T Result, double? Load) LeastDisturbed<T>(TimeSpan quietFor, Func<T> measure)
    {
        (T Result, double? Load)? best = null;
        for (int attempt = 0; attempt < BusyAttempts; attempt++)
        {
            MachineLoad.WaitForQuiet(quietFor);
            var window = MachineLoad.Start();
            var result = measure();
            double? load = window.OtherCores;
            if (best is null || (load ?? 0) < (best.Value.Load ?? 0))
                best = (result, load);
            if (load is not > 0.1)
                break;
        }
        return best!.Value;
    }

    /// <summary>
    /// Runs <paramref name="body"/> with a live status line on a terminal; piped output gets no progress lines,
    /// so a captured run is just its tables.
    /// </summary>
    internal static void WithStatus(Action<Action<string>> body)
    {
        if (Console.IsOutputRedirected)
            body(_ => { });
        else
            AnsiConsole.Status().Start("measuring", ctx => body(text => ctx.Status(Markup.Escape(text))));
    }

    private static string Instructions(RoofKind kind) => kind switch
    {
        RoofKind.Fp32Avx512 => "vfmadd231ps zmm",
        RoofKind.Fp32Avx2 => "vfmadd231ps ymm",
        RoofKind.Int8AvxVnni => "vpdpbusd ymm (AVX-VNNI)",
        RoofKind.Int8Avx512BW => "vpmaddwd + vpaddd zmm",
        RoofKind.Int8Avx2 => "vpmaddwd + vpaddd ymm",
        _ => "vector loads + adds",
    };

    private static string Load(double? cores) => cores is { } c
        ? (c > 0.1 ? $"[red]{c.ToString("0.00", CultureInfo.InvariantCulture)}[/]" : c.ToString("0.00", CultureInfo.InvariantCulture))
        : "?";

    private static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "—";

    private static string Bytes(long bytes) => bytes >= 1 << 20
        ? $"{(bytes / (double)(1 << 20)).ToString("0.0", CultureInfo.InvariantCulture)} MiB"
        : $"{(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KiB";

    internal static Option<int> ThreadsOption()
    {
        var option = new Option<int>("--threads")
        {
            Description = "Threads for Coex and ONNX Runtime alike (0: every core).",
            DefaultValueFactory = _ => 0,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError($"--threads must be 0 (every core) or positive, not {result.GetValueOrDefault<int>()}.");
        });
        return option;
    }

    private static Option<double> QuietOption() => new("--wait-quiet")
    {
        Description = "Before each measurement, wait up to this many seconds for other processes to leave the CPUs idle (0: don't wait); a measurement they disturbed anyway is retried up to twice.",
        DefaultValueFactory = _ => 5,
    };

    private static Command CreateGemm()
    {
        var threads = ThreadsOption();
        var quiet = QuietOption();
        var json = new Option<FileInfo?>("--json") { Description = "Also write one JSON object per row, one per line, to this file." };
        var shapes = new Option<ShapeSet>("--shapes")
        {
            Description = "quick: a few shapes in seconds; full: every shape up to 1024³.",
            HelpName = "quick|full",
            DefaultValueFactory = _ => ShapeSet.Full,
        };
        var command = new Command("gemm", "Coex GEMM (f32, f16/bf16 weights, u8s8) against ONNX Runtime in the same process.")
        {
            threads, json, shapes, quiet,
        };
        command.SetAction(parse =>
        {
            var benchmark = new GemmBenchmark(parse.GetValue(threads));
            var set = parse.GetValue(shapes);
            Header("GEMM: Coex vs ONNX Runtime", benchmark.Threads);

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("kernel", "shape M×N×K", "threads", "Coex GOP/s", "peer", "peer GOP/s", "ratio", "vs Coex f32", "✓ max|Δ|", "other load");
            foreach (int c in new[] { 2, 3, 5, 6, 7, 9 })
                table.Columns[c].RightAligned();
            var results = new List<GemmResult>();
            var busy = new List<double?>();
            WithStatus(status =>
            {
                foreach (var shape in GemmBenchmark.Shapes(set))
                {
                    status($"waiting for a quiet machine, then {shape}");
                    var (rows, shapeLoad) = LeastDisturbed(TimeSpan.FromSeconds(parse.GetValue(quiet)), () =>
                    {
                        status($"measuring {shape}");
                        return benchmark.Run(shape);
                    });
                    busy.Add(shapeLoad);
                    string other = Load(shapeLoad);
                    foreach (var r in rows)
                    {
                        results.Add(r);
                        table.AddRow(r.Kernel, r.Shape.ToString(), r.Threads.ToString(CultureInfo.InvariantCulture), Num(r.CoexGops),
                            r.Peer, Num(r.PeerGops), Ratio(r.Ratio), Ratio(r.VsCoexF32), Check(r), other);
                    }
                }
            });
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]GOP/s = 2·M·N·K / median call time. Contenders take turns in ~{TimingOptions.Default.SliceSeconds * 1000:0} ms slices with {TimingOptions.Default.SettleSeconds * 1000:0} ms idle gaps (so thread pools stop spinning), ≥{TimingOptions.Default.MinSeconds} s and ≥{TimingOptions.Default.MinCalls} calls each, after {TimingOptions.Default.WarmupCalls} warm-up calls.[/]");
            AnsiConsole.MarkupLine("[grey]B is packed (Coex) or a prepacked initializer (ORT) outside the timing; ORT runs with input and output bound to pre-allocated arrays.[/]");
            AnsiConsole.MarkupLine("[grey]f16w/bf16w: ORT has no CPU MatMul with fp16/bf16 weights, so their peer is ORT's fp32 MatMul (the same measurement as the f32 row).[/]");
            AnsiConsole.MarkupLine("[grey]B holds multiples of 1/256, exact in F16 and BF16: every float row is checked against the same ORT output (tolerance 2·K·2⁻²⁴·Σ|a|·max|b|).[/]");
            AnsiConsole.MarkupLine("[grey]u8s8: A uint8 with zero point 128, B int8 full range; ORT's output is also checked against a scalar reference on sampled elements. Target: u8s8 ≥ 2.5× Coex f32 (vs Coex f32 column).[/]");
            if (HostCpu.PeerOnlyFlags() is { Count: > 0 } flags)
                AnsiConsole.MarkupLine($"[grey]This CPU also has {string.Join(", ", flags)}: ORT's MLAS may use AMX tiles for u8s8 (a u8s8 peer above the AVX-VNNI roof of `coex bench roofline` means it does); .NET 10 exposes no AMX or 512-bit VNNI intrinsics to Coex.[/]");
            AnsiConsole.MarkupLine("[grey]other load: cores other processes kept busy while that shape was measured (0 on an idle machine).[/]");
            ReportLoad(busy, "shapes");

            if (parse.GetValue(json) is { } file)
            {
                using var writer = new StreamWriter(file.FullName);
                foreach (var r in results.Where(r => r.CoexGops is not null))
                    writer.WriteLine(r.ToJsonLine());
                AnsiConsole.MarkupLine($"[grey]JSON lines: {Markup.Escape(file.FullName)}[/]");
            }
            bool allRight = results.All(r => r.Agrees);
            if (!allRight)
                AnsiConsole.MarkupLine("[red]Some outputs disagree (✗): those rows compare wrong answers.[/]");
            return allRight ? 0 : 1;
        });
        return command;
    }

    /// <summary>Says how many measurements shared the CPUs with other processes; on 2 cores even one busy process ruins a figure.</summary>
    private static void ReportLoad(IReadOnlyList<double?> loads, string what)
    {
        int busy = loads.Count(l => l is > 0.1), unknown = loads.Count(l => l is null);
        if (busy > 0)
            AnsiConsole.MarkupLine($"[red]warning: {busy} of {loads.Count} {what} were measured while other processes kept more than 0.1 core busy: those numbers are not clean.[/]");
        else if (unknown < loads.Count)
            AnsiConsole.MarkupLine($"[grey]All {what} were measured with other processes below 0.1 core.[/]");
    }

    internal static void Header(string title, int threads)
    {
        // Piped or captured output has no terminal width; keep tables on one line per row instead of 80 columns.
        if (Console.IsOutputRedirected)
            AnsiConsole.Profile.Width = 160;
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        AnsiConsole.MarkupLine($"threads: [bold]{threads}[/]   CPU: {Markup.Escape(CpuFeatures.Describe())}");
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription)}, ONNX Runtime {Markup.Escape(OrtVersion())}[/]");
    }

    private static string OrtVersion() =>
        typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly.GetName().Version?.ToString(3) ?? "?";

    private static string Num(double? value) => value is { } v ? v.ToString(v < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) : "—";

    internal static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";

    private static string Check(GemmResult r)
    {
        string mark = r.Agrees ? "[green]✓[/]" : "[red]✗[/]";
        return r.MaxAbsDiff is { } d ? $"{mark} {d.ToString("G2", CultureInfo.InvariantCulture)}" : $"{mark} (peer only)";
    }
}
