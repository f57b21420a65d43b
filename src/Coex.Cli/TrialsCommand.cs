using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Coex.Search;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex trials DB</c>: lists the trials of a co-design store and exports them as CSV or JSON.</summary>
internal static class TrialsCommand
{
    public static Command Create()
    {
        var db = new Argument<string>("db") { Description = "The trial store (trials.db written by coex codesign)." };
        var csv = new Option<string?>("--csv") { Description = "Write every trial to this CSV file." };
        var json = new Option<string?>("--json") { Description = "Write every trial to this JSON file." };
        var method = new Option<string?>("--method") { Description = "Only this method (joint, sequential, nas-only, hw-only)." };
        var command = new Command("trials", "List or export the trials of a co-design search.");
        command.Arguments.Add(db);
        foreach (var o in new Option[] { csv, json, method })
            command.Options.Add(o);
        command.SetAction(pr =>
        {
            string path = pr.GetValue(db)!;
            if (!File.Exists(path))
            {
                AnsiConsole.MarkupLine($"[red]error:[/] no trial store at {Markup.Escape(path)}.");
                return 1;
            }
            using var store = new TrialStore(path);
            var trials = store.Trials(pr.GetValue(method));
            if (pr.GetValue(csv) is { } csvPath)
                File.WriteAllText(csvPath, Csv(trials));
            if (pr.GetValue(json) is { } jsonPath)
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(trials, new JsonSerializerOptions
                {
                    WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
                    NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
                }));
            var table = new Table().AddColumns("method", "seed", "#", "status", "accuracy", "latency (ms)", "energy (µJ)", "area", "reward", "train s", "params");
            foreach (var t in trials)
                table.AddRow(t.Method, $"{t.Seed}", $"{t.Index}", t.Status.ToString(), F(t.Accuracy * 100, "0.00"), F(t.LatencySeconds * 1e3, "0.000"),
                    F(t.EnergyJoules * 1e6, "0.00"), F(t.Area, "0.###"), F(t.Reward, "0.0000"), F(t.TrainSeconds, "0.0"), Markup.Escape(t.Params));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{trials.Count} trials ({trials.Count(t => t.Status == TrialStatus.Trained)} trained, {trials.Count(t => t.Status == TrialStatus.Pruned)} pruned, {trials.Count(t => t.Status == TrialStatus.Rejected)} machines rejected) in {Markup.Escape(path)}");
            return 0;
        });
        return command;
    }

    /// <summary>RFC 4180 CSV, one row per trial, invariant culture.</summary>
    public static string Csv(IReadOnlyList<TrialRecord> trials)
    {
        var text = new StringBuilder("method,seed,index,status,arch,bits,hardware,params,accuracy,fp32_accuracy,latency_s,energy_j,area,reward,train_seconds,seconds,finished_utc\n");
        foreach (var t in trials)
            text.AppendLine(string.Join(",", t.Method, t.Seed, t.Index, t.Status, Quote(t.Arch), Quote(t.Bits), Quote(t.Hardware), Quote(t.Params),
                R(t.Accuracy), R(t.Fp32Accuracy), R(t.LatencySeconds), R(t.EnergyJoules), R(t.Area), R(t.Reward), R(t.TrainSeconds), R(t.Seconds),
                t.FinishedUtc.ToString("O", CultureInfo.InvariantCulture)));
        return text.ToString();
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    private static string R(double x) => double.IsNaN(x) ? "" : x.ToString("R", CultureInfo.InvariantCulture);
    private static string F(double x, string format) => double.IsNaN(x) ? "-" : x.ToString(format, CultureInfo.InvariantCulture);
}
