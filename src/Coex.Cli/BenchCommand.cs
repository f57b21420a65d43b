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
        return bench;
    }

    private static Option<int> ThreadsOption() => new("--threads")
    {
        Description = "Threads for Coex and ONNX Runtime alike (0: every core).",
        DefaultValueFactory = _ => 0,
    };

    private static Command CreateGemm()
    {
        var threads = ThreadsOption();
        var json = new Option<FileInfo?>("--json") { Description = "Also write one JSON object per row, one per line, to this file." };
        var shapes = new Option<ShapeSet>("--shapes")
        {
            Description = "quick: a few shapes in seconds; full: every shape up to 1024³.",
            DefaultValueFactory = _ => ShapeSet.Full,
        };
        var command = new Command("gemm", "Coex GEMM (f32, f16/bf16 weights, u8s8) against ONNX Runtime in the same process.")
        {
            threads, json, shapes,
        };
        command.SetAction(parse =>
        {
            var benchmark = new GemmBenchmark(parse.GetValue(threads));
            var set = parse.GetValue(shapes);
            Header("GEMM: Coex vs ONNX Runtime", benchmark.Threads);

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("kernel", "shape M×N×K", "threads", "Coex GOP/s", "peer", "peer GOP/s", "ratio", "vs Coex f32", "✓ max|Δ|");
            foreach (int c in new[] { 2, 3, 5, 6, 7 })
                table.Columns[c].RightAligned();
            var results = new List<GemmResult>();
            AnsiConsole.Status().Start("measuring", ctx =>
            {
                foreach (var shape in GemmBenchmark.Shapes(set))
                {
                    ctx.Status($"measuring {shape}");
                    foreach (var r in benchmark.Run(shape))
                    {
                        results.Add(r);
                        table.AddRow(r.Kernel, r.Shape.ToString(), r.Threads.ToString(CultureInfo.InvariantCulture), Num(r.CoexGops),
                            r.Peer, Num(r.PeerGops), Ratio(r.Ratio), Ratio(r.VsCoexF32), Check(r));
                    }
                }
            });
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("[grey]GOP/s = 2·M·N·K / median call time. Contenders take turns in ~30 ms slices, ≥0.3 s and ≥5 calls each, after 3 warm-up calls.[/]");
            AnsiConsole.MarkupLine("[grey]B is packed (Coex) or a prepacked initializer (ORT) outside the timing; ORT runs with input and output bound to pre-allocated arrays.[/]");
            AnsiConsole.MarkupLine("[grey]f16w/bf16w: ORT has no CPU MatMul with fp16/bf16 weights, so their peer is ORT's fp32 MatMul (the same measurement as the f32 row).[/]");
            AnsiConsole.MarkupLine("[grey]B holds multiples of 1/256, exact in F16 and BF16: every float row is checked against the same ORT output (tolerance 2·K·2⁻²⁴·Σ|a|·max|b|).[/]");
            AnsiConsole.MarkupLine("[grey]u8s8: A uint8 with zero point 128, B int8 full range; ORT's output is also checked against a scalar reference on sampled elements.[/]");
            if (!benchmark.HasCoexInt8)
                AnsiConsole.MarkupLine("[yellow]u8s8: Coex's int8 GEMM is not on this branch yet (Coex.Bench.CoexInt8.Gemm is null): only the peer is timed.[/]");

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

    private static void Header(string title, int threads)
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

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";

    private static string Check(GemmResult r)
    {
        string mark = r.Agrees ? "[green]✓[/]" : "[red]✗[/]";
        return r.MaxAbsDiff is { } d ? $"{mark} {d.ToString("G2", CultureInfo.InvariantCulture)}" : $"{mark} (peer only)";
    }
}
