using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Coex.Graphs;
using Coex.Hardware;
using Coex.Onnx;
using Spectre.Console;

namespace Coex.Cli;

/// <summary>
/// <c>coex estimate [MODEL]</c>: what a network costs on an accelerator, layer by layer — cycles, utilization, DRAM
/// traffic, energy, roofline verdict — and in total, optionally as JSON and as a roofline plot.
/// </summary>
internal static class EstimateCommand
{
    private const string DefaultPreset = "eyeriss";

    /// <summary>Columns assumed when output goes to a file or pipe: wide enough for the table on one line per layer.</summary>
    private const int PipedWidth = 150;

    public static Command Create()
    {
        string presets = string.Join(", ", AcceleratorPresets.Systolic.Keys);
        var model = new Argument<string?>("model")
        {
            Description = $"An .onnx file or a built-in model ({string.Join(", ", BuiltinModels.Names)}); default: {BuiltinModels.Names[0]}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var hw = new Option<string>("--hw")
        {
            Description = $"Accelerator: a preset ({presets}) or a systolic-array spec JSON file.",
            DefaultValueFactory = _ => DefaultPreset,
        };
        var wbits = new Option<int>("--wbits") { Description = "Weight bit width (2–16).", DefaultValueFactory = _ => 8 };
        var abits = new Option<int>("--abits") { Description = "Activation bit width (2–16).", DefaultValueFactory = _ => 8 };
        var batch = new Option<int?>("--batch") { Description = "Batch size: sets the first dimension of every model input (default: 1 where it is symbolic)." };
        var json = new Option<string?>("--json") { Description = "Write one JSON object per layer and a totals object to this file." };
        var plot = new Option<string?>("--plot") { Description = "Save a roofline plot (PNG) with the layers at these widths and at half of them." };
        var listPresets = new Option<bool>("--list-presets") { Description = "List the accelerator presets and exit." };

        var command = new Command("estimate", "Estimate a model's per-layer cycles, DRAM traffic, energy and roofline on an accelerator.");
        command.Arguments.Add(model);
        command.Options.Add(hw);
        command.Options.Add(wbits);
        command.Options.Add(abits);
        command.Options.Add(batch);
        command.Options.Add(json);
        command.Options.Add(plot);
        command.Options.Add(listPresets);
        command.SetAction(parse =>
        {
            // Piped output has no terminal width; Spectre would assume 80 columns and wrap every cell.
            if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < PipedWidth)
                AnsiConsole.Profile.Width = PipedWidth;
            if (parse.GetValue(listPresets))
            {
                PrintPresets();
                return 0;
            }
            try
            {
                return Run(parse.GetValue(model), parse.GetValue(hw) ?? DefaultPreset, parse.GetValue(wbits), parse.GetValue(abits),
                    parse.GetValue(batch), parse.GetValue(json), parse.GetValue(plot));
            }
            catch (Exception e) when (e is ArgumentException or OnnxFormatException or InvalidGraphException or IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string? modelArg, string hwArg, int wbits, int abits, int? batch, string? jsonPath, string? plotPath)
    {
        if (batch is <= 0)
            throw new ArgumentException($"--batch must be positive, got {batch}.");
        foreach (var (flag, value) in new[] { ("--wbits", wbits), ("--abits", abits) })
        {
            if (value is < BitWidths.MinBits or > BitWidths.MaxBits)
                throw new ArgumentException($"{flag} must be {BitWidths.MinBits}–{BitWidths.MaxBits}, got {value}.");
        }
        var bits = new BitWidths(wbits, abits);
        var spec = LoadSpec(hwArg);
        var (graph, modelName) = LoadModel(modelArg ?? BuiltinModels.Names[0], batch);
        var estimate = GraphEstimate.Evaluate(graph, spec, bits);

        PrintTable(estimate, modelName);
        if (jsonPath is not null)
        {
            File.WriteAllText(jsonPath, ToJson(estimate, modelName));
            AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{jsonPath}[/].");
        }
        if (plotPath is not null)
        {
            var lower = new BitWidths(Math.Max(BitWidths.MinBits, wbits / 2), Math.Max(BitWidths.MinBits, abits / 2));
            var compare = GraphEstimate.Evaluate(new GraphLayers([.. estimate.Layers.Select(l => l.Layer)], estimate.NotMapped), spec, lower);
            RooflinePlot.Save(plotPath, modelName, estimate, compare);
            AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{plotPath}[/].");
        }
        return 0;
    }

    private static SystolicArraySpec LoadSpec(string hw)
    {
        if (AcceleratorPresets.Systolic.TryGetValue(hw, out var preset))
            return preset;
        if (File.Exists(hw))
            return SystolicArraySpec.Load(hw);
        string why = string.Equals(hw, AcceleratorPresets.ZhangVc707.Name, StringComparison.OrdinalIgnoreCase)
            ? "it is an FPGA template, which estimate does not model yet; "
            : "";
        throw new ArgumentException(
            $"--hw '{hw}' is neither a systolic-array preset nor a spec file ({why}presets: {string.Join(", ", AcceleratorPresets.Systolic.Keys)}).");
    }

    /// <summary>A built-in model by name, or an ONNX file whose inputs get the batch size as their first dimension.</summary>
    internal static (Graph Graph, string Name) LoadModel(string model, int? batch)
    {
        if (!File.Exists(model) && BuiltinModels.Names.Contains(model, StringComparer.OrdinalIgnoreCase))
            return (BuiltinModels.Create(model, batch ?? 1), model.ToLowerInvariant());
        if (!File.Exists(model))
            throw new ArgumentException($"'{model}' is neither an ONNX file nor a built-in model ({string.Join(", ", BuiltinModels.Names)}).");

        var graph = OnnxImporter.Load(model);
        var initialized = graph.Initializers.Select(i => i.Value).ToHashSet();
        bool changed = false;
        foreach (var input in graph.Inputs)
        {
            if (initialized.Contains(input) || input.Shape is not { Count: > 0 } shape)
                continue;
            // A symbolic first dimension is the batch; a fixed one changes only when --batch asks for it.
            int? size = batch ?? (shape[0].IsKnown ? null : 1);
            if (size is { } n && shape[0].Size != n)
            {
                changed |= shape[0].IsKnown;
                input.Shape = [Dim.Known(n), .. shape.Skip(1)];
            }
        }
        if (changed)
        {
            // Declared intermediate shapes were written for the file's batch size; inference recomputes them.
            foreach (var node in graph.Nodes)
            {
                foreach (var output in node.Outputs.OfType<Value>())
                    output.Shape = null;
            }
        }
        return (graph, Path.GetFileName(model));
    }

    private static void PrintTable(GraphEstimate e, string modelName)
    {
        var spec = e.Spec;
        AnsiConsole.MarkupLineInterpolated(
            $"[bold]{modelName}[/] on [bold]{spec.Name}[/]: {spec.Rows}×{spec.Cols} {spec.Dataflow}, {spec.ClockMHz:0.#} MHz, {spec.DramBytesPerCycle:0.##} B/cycle DRAM; W{e.Bits.Weights}A{e.Bits.Activations}");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Layer");
        table.AddColumn("Op");
        table.AddColumn(new TableColumn("M×N×K").RightAligned());
        table.AddColumn(new TableColumn("Folds").RightAligned());
        table.AddColumn(new TableColumn("Cycles").RightAligned());
        table.AddColumn(new TableColumn("Util").RightAligned());
        table.AddColumn(new TableColumn("DRAM bytes").RightAligned());
        table.AddColumn(new TableColumn("Energy").RightAligned());
        table.AddColumn(new TableColumn("Ops/B").RightAligned());
        table.AddColumn("Bound");
        foreach (var (layer, c) in e.Layers)
        {
            var s = layer.Shape;
            string gemm = $"{s.M}×{s.N}×{s.K}" + (s.Groups > 1 ? $" ×{s.Groups}g" : "");
            string folds = s.Kind == LayerKind.Embedding ? "-" : $"{c.RowFolds}×{c.ColFolds}" + (s.Groups > 1 ? $" ×{s.Groups}" : "");
            string bound = c.ComputeBound ? "[green]compute[/]" : "[yellow]memory[/]";
            table.AddRow(Markup.Escape(s.Name), Markup.Escape(layer.Node.OpType), gemm, folds, Count(c.TotalCycles),
                Percent(c.Utilization), Count(c.DramBytes), Energy(c.EnergyPj),
                double.IsInfinity(c.Intensity) ? "∞" : c.Intensity.ToString("0.#", CultureInfo.InvariantCulture), bound);
        }
        var t = e.Totals;
        table.AddEmptyRow();
        table.AddRow("[bold]total[/]", "", $"{Count(t.Macs)} MACs", "", $"[bold]{Count(t.TotalCycles)}[/]", Percent(t.Utilization),
            Count(t.DramBytes), Energy(t.EnergyPj), "", $"{t.ComputeBoundLayers}/{t.Layers} compute");
        AnsiConsole.Write(table);

        var area = t.Area;
        AnsiConsole.MarkupLineInterpolated(
            $"Latency [bold]{Seconds(t.LatencySeconds)}[/] at {spec.ClockMHz:0.#} MHz ({Count(t.ComputeCycles)} compute + {Count(t.StallCycles)} stall cycles)  ·  throughput [bold]{t.InferencesPerSecond:N0}[/] inferences/s");
        AnsiConsole.MarkupLineInterpolated(
            $"Energy [bold]{Energy(t.EnergyPj)}[/] per inference  ·  area [bold]{area.TotalMm2:0.###} mm²[/] (PEs {area.PeUm2 * 1e-6:0.###}, SRAM {area.SramUm2 * 1e-6:0.###})  ·  power [bold]{t.AveragePowerWatts:0.###} W[/] (dynamic)");
        if (e.NotMapped.Count > 0)
        {
            var groups = e.NotMapped.GroupBy(u => u.Node.OpType).Select(g => g.Count() > 1 ? $"{g.Key}×{g.Count()}" : g.Key);
            AnsiConsole.MarkupLineInterpolated($"[grey]Not mapped ({e.NotMapped.Count} nodes without MACs or with unknown shapes): {string.Join(", ", groups)}[/]");
            foreach (var u in e.NotMapped.Where(u => !u.Reason.StartsWith("no multiply-accumulates", StringComparison.Ordinal)))
                AnsiConsole.MarkupLineInterpolated($"[grey]  {u.Node.Describe()}: {u.Reason}[/]");
        }
    }

    private static void PrintPresets()
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Accelerator presets (--hw NAME)");
        table.AddColumn("Name");
        table.AddColumn("Array");
        table.AddColumn("Dataflow");
        table.AddColumn(new TableColumn("Ifmap/Filter/Ofmap KiB").RightAligned());
        table.AddColumn(new TableColumn("DRAM B/cycle").RightAligned());
        table.AddColumn(new TableColumn("Clock MHz").RightAligned());
        foreach (var s in AcceleratorPresets.Systolic.Values)
        {
            table.AddRow(s.Name, $"{s.Rows}×{s.Cols}", s.Dataflow.ToString(),
                $"{s.IfmapSramKiB:0.#} / {s.FilterSramKiB:0.#} / {s.OfmapSramKiB:0.#}", $"{s.DramBytesPerCycle:0.##}", $"{s.ClockMHz:0.#}");
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]Or pass a systolic-array spec JSON file (the form SystolicArraySpec.ToJson writes).[/]");
    }

    private static string ToJson(GraphEstimate e, string modelName)
    {
        var layers = e.Layers.Select(l => new
        {
            layer = l.Layer.Shape.Name, op = l.Layer.Node.OpType, kind = l.Layer.Shape.Kind.ToString(),
            m = l.Layer.Shape.M, n = l.Layer.Shape.N, k = l.Layer.Shape.K, groups = l.Layer.Shape.Groups, macs = l.Cost.Macs,
            rowFolds = l.Cost.RowFolds, colFolds = l.Cost.ColFolds, computeCycles = l.Cost.ComputeCycles, stallCycles = l.Cost.StallCycles,
            totalCycles = l.Cost.TotalCycles, utilization = l.Cost.Utilization, mappingEfficiency = l.Cost.MappingEfficiency,
            ifmapDramBytes = l.Cost.IfmapDramBytes, filterDramBytes = l.Cost.FilterDramBytes, ofmapDramBytes = l.Cost.OfmapDramBytes,
            dramBytes = l.Cost.DramBytes, sramBytes = l.Cost.SramBytes, energyPj = l.Cost.EnergyPj,
            intensityOpsPerByte = double.IsInfinity(l.Cost.Intensity) ? (double?)null : l.Cost.Intensity,
            attainableOpsPerCycle = l.Cost.AttainableOpsPerCycle, ridgeOpsPerByte = l.Cost.RidgeIntensity,
            bound = l.Cost.ComputeBound ? "compute" : "memory",
        });
        var t = e.Totals;
        var document = new
        {
            model = modelName, hardware = e.Spec.Name, weightBits = e.Bits.Weights, activationBits = e.Bits.Activations,
            layers,
            totals = new
            {
                layers = t.Layers, macs = t.Macs, computeCycles = t.ComputeCycles, stallCycles = t.StallCycles, totalCycles = t.TotalCycles,
                dramBytes = t.DramBytes, energyPj = t.EnergyPj, latencySeconds = t.LatencySeconds, inferencesPerSecond = t.InferencesPerSecond,
                averagePowerWatts = t.AveragePowerWatts, utilization = t.Utilization, computeBoundLayers = t.ComputeBoundLayers,
                areaMm2 = t.Area.TotalMm2, peAreaMm2 = t.Area.PeUm2 * 1e-6, sramAreaMm2 = t.Area.SramUm2 * 1e-6,
            },
            notMapped = e.NotMapped.Select(u => new { node = u.Node.Describe(), op = u.Node.OpType, reason = u.Reason }),
        };
        return JsonSerializer.Serialize(document, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Node descriptions quote names; keep them readable rather than \u0027-escaped (the file is not embedded in HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One decimal, or two below 1 % so a nearly idle array does not read as exactly 0.0 %.</summary>
    private static string Percent(double fraction) =>
        (fraction * 100).ToString(fraction < 0.01 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "%";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Energy(double pj) => pj switch
    {
        >= 1e9 => $"{pj * 1e-9:0.##} mJ",
        >= 1e6 => $"{pj * 1e-6:0.##} µJ",
        >= 1e3 => $"{pj * 1e-3:0.##} nJ",
        _ => $"{pj:0.#} pJ",
    };

    private static string Seconds(double s) => s switch
    {
        >= 1 => $"{s:0.###} s",
        >= 1e-3 => $"{s * 1e3:0.###} ms",
        _ => $"{s * 1e6:0.###} µs",
    };
}
