using System.CommandLine;
using System.Globalization;
using Coex.Bench;
using Coex.Kernels;
using Coex.Kernels.Embedding;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex bench embedding</c>: one EmbeddingBag configuration, Coex against ONNX Runtime's Gather + ReduceSum.</summary>
internal static class EmbeddingBenchCommand
{
    /// <summary>Precision names on the command line.</summary>
    internal static EmbeddingPrecision ParsePrecision(string text) => text.ToLowerInvariant() switch
    {
        "fp32" or "f32" => EmbeddingPrecision.F32,
        "fp16" or "f16" => EmbeddingPrecision.F16,
        "int8" => EmbeddingPrecision.Int8,
        "int4" => EmbeddingPrecision.Int4,
        "int2" => EmbeddingPrecision.Int2,
        _ => throw new ArgumentException($"Unknown precision '{text}'; use fp32, fp16, int8, int4 or int2."),
    };

    internal static string Name(EmbeddingPrecision p) => p switch
    {
        EmbeddingPrecision.F32 => "fp32",
        EmbeddingPrecision.F16 => "fp16",
        _ => p.ToString().ToLowerInvariant(),
    };

    internal static Option<string[]> PrecisionOption(string[] defaults, bool many) => new Option<string[]>("--precision")
    {
        Description = "Embedding table precision: fp32, fp16, int8, int4" + (many ? " (several may be given)." : "."),
        DefaultValueFactory = _ => defaults,
        AllowMultipleArgumentsPerToken = many,
        Validators =
        {
            r =>
            {
                foreach (var v in r.GetValueOrDefault<string[]>() ?? [])
                    if (v.ToLowerInvariant() is not ("fp32" or "f32" or "fp16" or "f16" or "int8" or "int4" or "int2"))
                        r.AddError($"--precision must be fp32, fp16, int8, int4 or int2, not '{v}'.");
            },
        },
    };

    public static Command Create()
    {
        Option<int> Positive(string name, string description, int value)
        {
            var o = new Option<int>(name) { Description = description, DefaultValueFactory = _ => value };
            o.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) r.AddError($"{name} must be positive."); });
            return o;
        }
        var rows = Positive("--rows", "Table rows.", 4_000_000);
        var dim = Positive("--dim", "Values per row.", 64);
        var batch = Positive("--batch", "Bags per call.", 256);
        var pooling = Positive("--pooling", "Ids per bag.", 32);
        var precision = PrecisionOption(["int8"], many: false);
        var weighted = new Option<bool>("--weighted") { Description = "Per-sample weights (ORT multiplies before ReduceSum)." };
        var prefetch = new Option<string>("--prefetch") { Description = "Software prefetch of upcoming rows: on or off.", DefaultValueFactory = _ => "on" };
        prefetch.Validators.Add(r => { if (r.GetValueOrDefault<string>() is not ("on" or "off")) r.AddError("--prefetch must be on or off."); });
        var distance = new Option<int>("--prefetch-distance") { Description = "Lookups ahead the kernel prefetches (with --prefetch on).", DefaultValueFactory = _ => 16 };
        distance.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--prefetch-distance must not be negative."); });
        var flush = new Option<bool>("--flush-cache") { Description = $"Also time with the caches flushed before every call ({EmbeddingBenchmark.FlushBytes >> 20} MiB rewritten)." };
        var indexBits = new Option<int>("--index-bits") { Description = "32- or 64-bit ids and offsets.", DefaultValueFactory = _ => 32 };
        indexBits.Validators.Add(r => { if (r.GetValueOrDefault<int>() is not (32 or 64)) r.AddError("--index-bits must be 32 or 64."); });
        var threads = BenchCommand.ThreadsOption();
        var json = new Option<FileInfo?>("--json") { Description = "Also write the result as one JSON object to this file." };
        var command = new Command("embedding", "EmbeddingBag throughput (bytes read/s, ns per lookup), Coex against ONNX Runtime's Gather + ReduceSum on the fp32 table, same ids and threads.")
        {
            rows, dim, batch, pooling, precision, weighted, prefetch, distance, flush, indexBits, threads, json,
        };
        command.SetAction(parse =>
        {
            int n = KernelThreads.Resolve(parse.GetValue(threads));
            var options = new EmbeddingBenchOptions(parse.GetValue(rows), parse.GetValue(dim), parse.GetValue(batch), parse.GetValue(pooling),
                ParsePrecision(parse.GetValue(precision)![0]), parse.GetValue(weighted), parse.GetValue(prefetch) == "on", parse.GetValue(flush),
                parse.GetValue(indexBits), n, PrefetchDistance: parse.GetValue(distance));
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return 2;
            }
            BenchCommand.Header("EmbeddingBag: Coex vs ONNX Runtime Gather + ReduceSum (fp32)", n);
            EmbeddingBenchResult? result = null;
            BenchCommand.WithStatus(status => result = EmbeddingBenchmark.Run(options, progress: status));
            var r = result!;
            string F(double v, string format = "0.00") => v.ToString(format, CultureInfo.InvariantCulture);
            AnsiConsole.MarkupLine($"table [bold]{options.Rows:N0} × {options.Dim}[/] {Name(options.Precision)} ({r.CoexRowBytes} B/row, {F((double)options.Rows * r.CoexRowBytes / (1 << 20), "0")} MiB); " +
                $"batch {options.Batch} × pooling {options.Pooling} = {r.CoexHot.Lookups:N0} lookups; weighted {options.Weighted}; prefetch {parse.GetValue(prefetch)} (distance {options.PrefetchDistance}); {options.IndexBits}-bit ids");
            var table = new Table().AddColumns("contender", "caches", "p50 µs", "ns/lookup", "GB/s read", "ORT/Coex");
            void Add(string who, string caches, EmbeddingTiming t, double? ratio) =>
                table.AddRow(who, caches, F(t.Time.MedianSeconds * 1e6, "0.0"), F(t.NsPerLookup), F(t.GBPerSecond), BenchCommand.Ratio(ratio));
            Add($"Coex {Name(options.Precision)}", "hot", r.CoexHot, r.HotSpeedup);
            Add("ORT fp32 Gather+ReduceSum", "hot", r.OrtHot, null);
            if (r.CoexFlushed is { } cf && r.OrtFlushed is { } of)
            {
                Add($"Coex {Name(options.Precision)}", "flushed", cf, r.FlushedSpeedup);
                Add("ORT fp32 Gather+ReduceSum", "flushed", of, null);
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[grey]max |Coex − ORT| = {r.MaxAbsDifference:0.0e0} (largest |output| {r.ReferenceMagnitude:0.0}; quantized tables differ by their rounding). GB/s counts the stored row bytes each contender reads.[/]");
            AnsiConsole.MarkupLine($"Random-access roof ({n} thread(s), {r.Roof.BufferBytes >> 20} MiB buffer): [bold]{F(r.Roof.LinesPerSecond / 1e6, "0.0")} M[/] random 64-B lines/s = " +
                $"[bold]{F(r.Roof.GBPerSecond)} GB/s[/] ({F(r.Roof.NsPerLine)} ns/line, prefetch distance {r.Roof.PrefetchDistance}).");
            AnsiConsole.MarkupLine($"Coex bytes/s = [bold]{F(r.HotFractionOfRoof)}×[/] the roof with hot caches" +
                (r.FlushedFractionOfRoof is { } ff ? $", [bold]{F(ff)}×[/] flushed" : "") +
                $"; lookups/s = [bold]{F(r.LookupsFractionOfRoof)}×[/] the roof's lines/s{(r.CoexFlushed is null ? " (hot)" : " (flushed)")}" +
                $" [grey](a {r.CoexRowBytes}-B row spans {(r.CoexRowBytes + 63) / 64}–{(r.CoexRowBytes + 126) / 64} lines)[/]");
            if (parse.GetValue(json) is { } file)
                File.WriteAllText(file.FullName, System.Text.Json.JsonSerializer.Serialize(new
                {
                    rows = options.Rows, dim = options.Dim, batch = options.Batch, pooling = options.Pooling, precision = Name(options.Precision),
                    weighted = options.Weighted, prefetch = options.Prefetch, index_bits = options.IndexBits, threads = n, row_bytes = r.CoexRowBytes,
                    lookups = r.CoexHot.Lookups,
                    coex_hot = Json(r.CoexHot), ort_hot = Json(r.OrtHot),
                    coex_flushed = r.CoexFlushed is { } a ? Json(a) : null, ort_flushed = r.OrtFlushed is { } b ? Json(b) : null,
                    speedup_hot = r.HotSpeedup, speedup_flushed = r.FlushedSpeedup, max_abs_diff = r.MaxAbsDifference,
                    roof_lines_per_s = r.Roof.LinesPerSecond, roof_gb_per_s = r.Roof.GBPerSecond, roof_buffer_bytes = r.Roof.BufferBytes,
                    coex_lookups_fraction_of_roof_lines = r.LookupsFractionOfRoof, coex_hot_fraction_of_roof = r.HotFractionOfRoof, coex_flushed_fraction_of_roof = r.FlushedFractionOfRoof,
                }));
            return 0;
        });
        return command;
    }

    private static object Json(EmbeddingTiming t) => new
    {
        p50_us = t.Time.MedianSeconds * 1e6, p99_us = t.Time.P99Seconds * 1e6, calls = t.Time.Calls, ns_per_lookup = t.NsPerLookup, gb_per_s = t.GBPerSecond, bytes = t.Bytes,
    };
}
