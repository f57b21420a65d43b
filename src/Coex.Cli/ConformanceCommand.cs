using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Coex.Runtime.Conformance;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex conformance</c>: runs the ONNX backend node tests and prints passed/failed/unsupported counts per operator.</summary>
internal static class ConformanceCommand
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    public static Command Create()
    {
        var json = new Option<string?>("--json") { Description = "Also write every test's outcome and the per-operator counts to this JSON file." };
        var data = new Option<string?>("--data") { Description = $"Directory of node tests (default {NodeTestRunner.DefaultRoot})." };
        var verbose = new Option<bool>("--failures") { Description = "List each failed test with its reason." };
        var command = new Command("conformance", "Run the official ONNX backend node tests (libonnx-testdata) and report per-operator results.");
        command.Add(json);
        command.Add(data);
        command.Add(verbose);
        command.SetAction(parseResult =>
        {
            string root = parseResult.GetValue(data) ?? NodeTestRunner.DefaultRoot;
            var stopwatch = Stopwatch.StartNew();
            var results = new List<NodeTestResult>();
            AnsiConsole.Progress().Start(progress =>
            {
                var dirs = NodeTestRunner.TestDirectories(root);
                var task = progress.AddTask("node tests", maxValue: dirs.Length);
                foreach (var dir in dirs)
                {
                    results.Add(NodeTestRunner.Run(dir));
                    task.Increment(1);
                }
            });
            var perOp = PerOperator(results);

            var table = new Table().Title("ONNX backend node tests by operator").AddColumns("Operator", "Passed", "Failed", "Unsupported");
            foreach (var (op, c) in perOp)
                table.AddRow(Markup.Escape(op), c.Passed.ToString(), c.Failed > 0 ? $"[red]{c.Failed}[/]" : "0", c.Unsupported.ToString());
            AnsiConsole.Write(table);
            int passed = results.Count(r => r.Outcome == NodeTestOutcome.Passed);
            int failed = results.Count(r => r.Outcome == NodeTestOutcome.Failed);
            int unsupported = results.Count(r => r.Outcome == NodeTestOutcome.Unsupported);
            AnsiConsole.MarkupLine($"{results.Count} tests in {stopwatch.Elapsed.TotalSeconds:F1} s: [green]{passed} passed[/], [red]{failed} failed[/], {unsupported} unsupported.");
            AnsiConsole.MarkupLine("[grey]A passed or failed test counts under every operator its model uses; an unsupported one only under the operator that blocked it (models the importer refuses: (refused by importer)).[/]");
            if (parseResult.GetValue(verbose))
                foreach (var r in results.Where(r => r.Outcome == NodeTestOutcome.Failed))
                    AnsiConsole.MarkupLine($"[red]FAILED[/] {Markup.Escape(r.Name)}: {Markup.Escape(r.Detail)}");

            if (parseResult.GetValue(json) is { } path)
            {
                var report = new
                {
                    root,
                    seconds = stopwatch.Elapsed.TotalSeconds,
                    passed,
                    failed,
                    unsupported,
                    operators = perOp.ToDictionary(p => p.Op, p => new { passed = p.Counts.Passed, failed = p.Counts.Failed, unsupported = p.Counts.Unsupported }),
                    tests = results.Select(r => new { name = r.Name, outcome = r.Outcome.ToString(), ops = r.OpTypes, unsupportedOp = r.UnsupportedOp, detail = r.Detail }),
                };
                File.WriteAllText(path, JsonSerializer.Serialize(report, s_json));
                AnsiConsole.MarkupLine($"Wrote {Markup.Escape(path)}.");
            }
            return 0;
        });
        return command;
    }

    private sealed class Counts
    {
        public int Passed, Failed, Unsupported;
    }

    private static List<(string Op, Counts Counts)> PerOperator(List<NodeTestResult> results)
    {
        var map = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            // An unsupported test counts only under the operator that blocked it.
            IEnumerable<string> ops = r.Outcome == NodeTestOutcome.Unsupported ? [r.UnsupportedOp ?? "(refused by importer)"] : r.OpTypes;
            foreach (var op in ops)
            {
                if (!map.TryGetValue(op, out var c))
                    map[op] = c = new Counts();
                switch (r.Outcome)
                {
                    case NodeTestOutcome.Passed: c.Passed++; break;
                    case NodeTestOutcome.Failed: c.Failed++; break;
                    default: c.Unsupported++; break;
                }
            }
        }
        return [.. map.Select(p => (p.Key, p.Value))];
    }
}
