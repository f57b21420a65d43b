using System.CommandLine;
using System.Globalization;
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
        string presets = string.Join(", ", HardwareTarget.PresetNames);
        var model = new Argument<string?>("model")
        {
            Description = $"An .onnx file or a built-in model ({string.Join(", ", BuiltinModels.Names)}); default: {BuiltinModels.Names[0]}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var hw = new Option<string>("--hw")
        {
            Description = $"Accelerator: a preset ({presets}) or a spec JSON file (an FPGA spec when it has \"dsps\", else a systolic array).",
            DefaultValueFactory = _ => DefaultPreset,
        };
        var wbits = new Option<int>("--wbits") { Description = "Weight bit width (2–16).", DefaultValueFactory = _ => 8 };
        var abits = new Option<int>("--abits") { Description = "Activation bit width (2–16).", DefaultValueFactory = _ => 8 };
        var batch = new Option<int?>("--batch") { Description = "Batch size: sets the first dimension of every model input (default: 1 where it is symbolic)." };
        var devices = new Option<int>("--devices") { Description = "FPGA only: pipeline the layers over this many identical devices.", DefaultValueFactory = _ => 1 };
        var json = new Option<string?>("--json") { Description = "Write one JSON object per layer and a totals object to this file." };
        var plot = new Option<string?>("--plot") { Description = "Save a roofline plot (PNG) with the layers at these widths and at half of them." };
        var listPresets = new Option<bool>("--list-presets") { Description = "List the accelerator presets and exit." };

        var command = new Command("estimate", "Estimate a model's per-layer cycles, DRAM traffic, energy and roofline on an accelerator.");
        command.Arguments.Add(model);
        command.Options.Add(hw);
        command.Options.Add(wbits);
        command.Options.Add(abits);
        command.Options.Add(batch);
        command.Options.Add(devices);
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
                    parse.GetValue(batch), parse.GetValue(devices), parse.GetValue(json), parse.GetValue(plot));
            }
            catch (Exception e) when (e is ArgumentException or OnnxFormatException or InvalidGraphException or IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string? modelArg, string hwArg, int wbits, int abits, int? batch, int devices, string? jsonPath, string? plotPath)
    {
        if (batch is <= 0)
            throw new ArgumentException($"--batch must be positive, got {batch}.");
        if (devices < 1)
            throw new ArgumentException($"--devices must be at least 1, got {devices}.");
        foreach (var (flag, value) in new[] { ("--wbits", wbits), ("--abits", abits) })
        {
            if (value is < BitWidths.MinBits or > BitWidths.MaxBits)
                throw new ArgumentException($"{flag} must be {BitWidths.MinBits}–{BitWidths.MaxBits}, got {value}.");
        }
        var bits = new BitWidths(wbits, abits);
        var target = HardwareTarget.Resolve(hwArg);
        if (target.Fpga is null && devices != 1)
            throw new ArgumentException($"--devices pipelines FPGAs; '{target.Name}' is a systolic array.");
        if (target.Fpga is not null && plotPath is not null)
            throw new ArgumentException($"--plot draws a systolic array's roofline; '{target.Name}' is an FPGA template.");
        var (graph, modelName) = LoadModel(modelArg ?? BuiltinModels.Names[0], batch);

        if (target.Fpga is { } fpga)
        {
            var fpgaEstimate = FpgaEstimate.Evaluate(graph, fpga, bits, devices);
            PrintFpga(fpgaEstimate, modelName);
            WriteJson(jsonPath, fpgaEstimate.ToJson(modelName));
            // A design that does not fit is still reported in full, but scripts must be able to tell.
            return fpgaEstimate.Feasible ? 0 : 2;
        }

        var spec = target.Systolic!;
        var estimate = GraphEstimate.Evaluate(graph, spec, bits);
        PrintTable(estimate, modelName);
        WriteJson(jsonPath, estimate.ToJson(modelName));
        if (plotPath is not null)
        {
            var lower = new BitWidths(Math.Max(BitWidths.MinBits, wbits / 2), Math.Max(BitWidths.MinBits, abits / 2));
            var compare = GraphEstimate.Evaluate(new GraphLayers([.. estimate.Layers.Select(l => l.Layer)], estimate.NotMapped), spec, lower);
            RooflinePlot.Save(plotPath, modelName, estimate, compare);
            AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{plotPath}[/].");
        }
        return 0;
    }

    private static void WriteJson(string? path, string json)
    {
        if (path is null)
            return;
        File.WriteAllText(path, json);
        AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{path}[/].");
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
            $"Latency [bold]{Seconds(t.LatencySeconds)}[/] at {spec.ClockMHz:0.#} MHz, {spec.Volts:0.0#} V ({Count(t.ComputeCycles)} compute + {Count(t.StallCycles)} stall cycles)  ·  throughput [bold]{t.InferencesPerSecond:N0}[/] inferences/s");
        AnsiConsole.MarkupLineInterpolated(
            $"Energy [bold]{Energy(t.EnergyPj)}[/] per inference  ·  area [bold]{area.TotalMm2:0.###} mm²[/] (PEs {area.PeUm2 * 1e-6:0.###}, SRAM {area.SramUm2 * 1e-6:0.###})  ·  power [bold]{t.AveragePowerWatts:0.###} W[/] (dynamic)");
        if (spec.ResidentWeights)
            AnsiConsole.MarkupLine(e.Layers.All(l => l.Cost.FilterDramBytes == 0)
                ? "Parameter caching: the weights fit the filter scratchpad and stay on chip; no inference fetches them from DRAM."
                : "Parameter caching: the weights do not all fit the filter scratchpad, so every inference streams them from DRAM.");
        PrintNotMapped(e.NotMapped);
    }

    private static void PrintFpga(FpgaEstimate e, string modelName)
    {
        var spec = e.Spec;
        var r = e.Resources;
        string arithmetic = spec.Arithmetic == FpgaArithmetic.Float32 ? "float32 (bit widths ignored)" : $"W{e.Bits.Weights}A{e.Bits.Activations} fixed point";
        string devices = e.Devices > 1 ? $" ×{e.Devices} devices" : "";
        AnsiConsole.MarkupLineInterpolated(
            $"[bold]{modelName}[/] on [bold]{spec.Name}[/]{devices}: Tm={spec.Tm} Tn={spec.Tn} Tr={spec.Tr} Tc={spec.Tc}, {arithmetic}, {spec.ClockMHz:0.#} MHz");
        AnsiConsole.MarkupLineInterpolated(
            $"Per device: DSPs {Count(r.Dsps)}/{Count(spec.Dsps)} ({r.DspsPerMac:0.##} per MAC)  ·  BRAM18K {Count(r.Bram18K)}/{Count(spec.Bram18K)} (input {Count(r.InputBram18K)}, weight {Count(r.WeightBram18K)}, output {Count(r.OutputBram18K)})");

        // One unified tiling runs every layer (Zhang et al.), so DSPs and BRAM are the engine's, repeated per row.
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Layer");
        table.AddColumn("Op");
        table.AddColumn("Tm/Tn/Tr/Tc");
        table.AddColumn(new TableColumn("DSPs").RightAligned());
        table.AddColumn(new TableColumn("BRAM18K").RightAligned());
        table.AddColumn(new TableColumn("Load cyc").RightAligned());
        table.AddColumn(new TableColumn("Compute cyc").RightAligned());
        table.AddColumn(new TableColumn("Store cyc").RightAligned());
        table.AddColumn(new TableColumn("Latency cyc").RightAligned());
        table.AddColumn("Bound");
        bool pipelined = e.Devices > 1;
        if (pipelined)
            table.AddColumn(new TableColumn("Stage").RightAligned());
        var stageOf = new int[e.Layers.Count];
        foreach (var (stage, first, last, _) in e.Stages())
            Array.Fill(stageOf, stage, first, last - first + 1);
        string tiling = $"{spec.Tm}/{spec.Tn}/{spec.Tr}/{spec.Tc}";
        for (int i = 0; i < e.Layers.Count; i++)
        {
            var l = e.Layers[i];
            string bound = l.Bound switch
            {
                FpgaBound.Compute => "[green]compute[/]",
                FpgaBound.Load => "[yellow]load[/]",
                _ => "[yellow]store[/]",
            };
            string name = Markup.Escape(l.Layer.Shape.Name) + (l.Cost.LayerFits ? "" : " [red](does not fit)[/]");
            var row = new List<string>
            {
                name, Markup.Escape(l.Layer.Node.OpType), tiling, Count(r.Dsps), Count(r.Bram18K), Count(l.LoadCycles),
                Count(l.ComputeCycles), Count(l.StoreCycles), Count(l.Cost.LatencyCycles), bound,
            };
            if (pipelined)
                row.Add(stageOf[i].ToString(CultureInfo.InvariantCulture));
            table.AddRow([.. row]);
        }
        table.AddEmptyRow();
        var totals = new List<string>
        {
            "[bold]total[/]", "", "", "", "", Count(e.Layers.Sum(l => l.LoadCycles)), Count(e.Layers.Sum(l => l.ComputeCycles)),
            Count(e.Layers.Sum(l => l.StoreCycles)), $"[bold]{Count(e.LatencyCycles)}[/]",
            $"{e.Layers.Count(l => l.Bound == FpgaBound.Compute)}/{e.Layers.Count} compute",
        };
        if (pipelined)
            totals.Add("");
        table.AddRow([.. totals]);
        AnsiConsole.Write(table);

        if (pipelined)
        {
            foreach (var (stage, first, last, cycles) in e.Stages())
            {
                string firstName = e.Layers[first].Layer.Shape.Name, lastName = e.Layers[last].Layer.Shape.Name;
                string layers = first == last ? firstName : $"{firstName} … {lastName}";
                string slowest = cycles == e.Partition.BottleneckCycles ? "  (slowest)" : "";
                AnsiConsole.MarkupLineInterpolated($"Stage {stage}: {layers} ({last - first + 1} {(last == first ? "layer" : "layers")}), {Count(cycles)} cycles{slowest}");
            }
            if (e.Partition.Stages < e.Devices)
                AnsiConsole.MarkupLineInterpolated($"[grey]{e.Devices - e.Partition.Stages} of {e.Devices} devices idle: only {e.Layers.Count} layers to place.[/]");
        }
        string bottleneck = pipelined ? $", one input per {Count(e.Partition.BottleneckCycles)} cycles (slowest stage)" : "";
        AnsiConsole.MarkupLineInterpolated(
            $"Latency [bold]{Seconds(e.LatencySeconds)}[/] at {spec.ClockMHz:0.#} MHz ({Count(e.LatencyCycles)} cycles)  ·  throughput [bold]{e.InferencesPerSecond:N1}[/] inferences/s{bottleneck}");
        AnsiConsole.MarkupLineInterpolated($"{e.Gops:0.##} GOPS  ·  DRAM {Count(e.DramBytes)} B per inference");
        if (e.Feasible)
        {
            AnsiConsole.MarkupLine("[green]Feasible[/]: the tiling fits the device and every layer fits the buffers.");
        }
        else
        {
            AnsiConsole.MarkupLine("[red]Not feasible[/]:");
            foreach (var problem in e.Problems)
                AnsiConsole.MarkupLineInterpolated($"  [red]-[/] {problem}");
        }
        PrintNotMapped(e.NotMapped);
    }

    private static void PrintNotMapped(IReadOnlyList<UnmappedNode> notMapped)
    {
        if (notMapped.Count == 0)
            return;
        var groups = notMapped.GroupBy(u => u.Node.OpType).Select(g => g.Count() > 1 ? $"{g.Key}×{g.Count()}" : g.Key);
        AnsiConsole.MarkupLineInterpolated($"[grey]Not mapped ({notMapped.Count} nodes without MACs, with unknown shapes or unsupported): {string.Join(", ", groups)}[/]");
        foreach (var u in notMapped.Where(u => !u.Reason.StartsWith("no multiply-accumulates", StringComparison.Ordinal)))
            AnsiConsole.MarkupLineInterpolated($"[grey]  {u.Node.Describe()}: {u.Reason}[/]");
    }

    private static void PrintPresets()
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Systolic-array presets (--hw NAME)");
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

        var fpga = new Table().Border(TableBorder.Rounded).Title("FPGA presets (--hw NAME)");
        fpga.AddColumn("Name");
        fpga.AddColumn("Tm/Tn/Tr/Tc");
        fpga.AddColumn("Arithmetic");
        fpga.AddColumn(new TableColumn("DSPs").RightAligned());
        fpga.AddColumn(new TableColumn("BRAM18K").RightAligned());
        fpga.AddColumn(new TableColumn("Ports in/w/out bits").RightAligned());
        fpga.AddColumn(new TableColumn("Clock MHz").RightAligned());
        foreach (var f in AcceleratorPresets.Fpga.Values)
        {
            fpga.AddRow(f.Name, $"{f.Tm}/{f.Tn}/{f.Tr}/{f.Tc}", f.Arithmetic.ToString(), Count(f.Dsps), Count(f.Bram18K),
                $"{f.InputPortBits}/{f.WeightPortBits}/{f.OutputPortBits}", $"{f.ClockMHz:0.#}");
        }
        AnsiConsole.Write(fpga);
        AnsiConsole.MarkupLine("[grey]Or pass a spec JSON file as SystolicArraySpec.ToJson or FpgaSpec.ToJson writes it; a \"dsps\" member makes it an FPGA spec.[/]");

    }

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
