using System.CommandLine;
using System.Diagnostics;
using Coex.Runtime;
using Coex.Tensors;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex run MODEL --input NAME=FILE.npy ... [--output DIR]</c>: runs an ONNX model on .npy inputs.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("model") { Description = "The ONNX model file." };
        var inputs = new Option<string[]>("--input") { Description = "An input as NAME=FILE.npy; repeat for each input.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output") { Description = "Write each output to DIR/NAME.npy." };
        var threads = new Option<int>("--threads") { Description = "Kernel threads (0 = every core)." };
        var command = new Command("run", "Run an ONNX model on numpy .npy inputs and print or save its outputs.");
        command.Add(model);
        command.Add(inputs);
        command.Add(output);
        command.Add(threads);
        command.SetAction(parseResult =>
        {
            try
            {
                return Execute(parseResult, model, inputs, output, threads);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or InvalidOperationException
                or NotSupportedException or UnauthorizedAccessException or Onnx.OnnxFormatException)
            {
                // The library's messages name the input, operator or file at fault; a stack trace adds nothing for a user.
                Console.Error.WriteLine($"coex run: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Execute(ParseResult parseResult, Argument<string> model, Option<string[]> inputs, Option<string?> output, Option<int> threads)
    {
        var session = new InferenceSession(parseResult.GetValue(model)!, new SessionOptions { Threads = parseResult.GetValue(threads) });
        var feeds = new Dictionary<string, Tensor>();
        foreach (var spec in parseResult.GetValue(inputs) ?? [])
        {
            int eq = spec.IndexOf('=');
            if (eq <= 0)
            {
                Console.Error.WriteLine($"--input '{spec}' is not NAME=FILE.npy.");
                return 2;
            }
            feeds[spec[..eq]] = Npy.Load(spec[(eq + 1)..]);
        }
        var stopwatch = Stopwatch.StartNew();
        var results = session.Run(feeds);
        stopwatch.Stop();
        string? dir = parseResult.GetValue(output);
        if (dir is not null)
            Directory.CreateDirectory(dir);
        var table = new Table().AddColumns("Output", "Type", "Shape", "First values");
        foreach (var (name, tensor) in results)
        {
            table.AddRow(Markup.Escape(name), tensor.DType.ToString(), $"[[{string.Join(", ", tensor.Shape.ToArray())}]]", Markup.Escape(Preview(tensor)));
            if (dir is not null)
                Npy.Save(tensor, Path.Combine(dir, SafeName(name) + ".npy"));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Ran in {stopwatch.Elapsed.TotalMilliseconds:F2} ms{(dir is null ? "" : $"; outputs written to {Markup.Escape(dir)}")}.");
        return 0;
    }

    private static string Preview(Tensor t)
    {
        int n = (int)Math.Min(t.Length, 6);
        var values = t.DType switch
        {
            DType.F32 => t.AsSpan<float>()[..n].ToArray().Select(v => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)),
            DType.I64 => t.AsSpan<long>()[..n].ToArray().Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DType.I32 => t.AsSpan<int>()[..n].ToArray().Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DType.U8 => t.AsSpan<byte>()[..n].ToArray().Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DType.I8 => t.AsSpan<sbyte>()[..n].ToArray().Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DType.Bool => t.AsSpan<bool>()[..n].ToArray().Select(v => v ? "true" : "false"),
            _ => ["…"],
        };
        return string.Join(", ", values) + (t.Length > n ? ", …" : "");
    }

    /// <summary>An output name made safe as a file name (ONNX names may hold '/' or ':').</summary>
    private static string SafeName(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
