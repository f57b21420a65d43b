using System.CommandLine;
using System.Globalization;
using Coex.Graphs;
using Coex.Hardware;
using Coex.Kernels;
using Coex.Kernels.Gemm;
using Coex.Tensors;
using Spectre.Console;

namespace Coex.Cli;

/// <summary>
/// <c>coex info</c>: the CPU features and kernel paths this process will use; <c>coex info MODEL</c>: a model's
/// inputs and outputs, op counts, parameters, and per-layer output shape, MACs and weight bytes.
/// </summary>
internal static class InfoCommand
{
    public static Command Create()
    {
        var model = new Argument<string?>("model")
        {
            Description = $"An .onnx file or a built-in model ({string.Join(", ", BuiltinModels.Names)}); without it, show this machine's CPU features.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var batch = new Option<int?>("--batch") { Description = "Batch size: the first input dimension (built-in models, or ONNX inputs with a symbolic batch)." };
        var command = new Command("info", "Show a model's structure and cost, or (without a model) the CPU features and kernel paths Coex uses here.")
        {
            model, batch,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(model) is not { } path)
            {
                Console.WriteLine($"CPU: {CpuFeatures.Describe()}");
                Console.WriteLine($"float GEMM path: {GemmF32.DefaultIsa}");
                Console.WriteLine($"int8 GEMM path: {GemmU8S8.DefaultIsa}");
                Console.WriteLine($"kernel threads: {KernelThreads.Default} (override with --threads on commands that run kernels)");
                return 0;
            }
            if (parse.GetValue(batch) is <= 0)
            {
                Console.Error.WriteLine("--batch must be positive.");
                return 2;
            }
            var (graph, name) = EstimateCommand.LoadModel(path, parse.GetValue(batch));
            PrintModel(graph, name);
            return 0;
        });
        return command;
    }

    private static void PrintModel(Graph graph, string name)
    {
        // Mapping runs shape inference, which the per-layer output shapes below rely on.
        var mapped = GraphMapping.Map(graph);
        var macs = mapped.Layers.ToDictionary(l => l.Node, l => l.Shape.Macs);
        var initialized = graph.Initializers.ToDictionary(i => i.Value, i => i.Tensor);

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {graph.Nodes.Count} nodes, opset {graph.OpsetVersion("")?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        var io = new Table().AddColumns("", "name", "dtype", "shape");
        foreach (var input in graph.Inputs.Where(v => !initialized.ContainsKey(v)))
            io.AddRow("input", Markup.Escape(input.Name), input.DType?.ToString() ?? "?", Markup.Escape(ShapeText(input.Shape)));
        foreach (var output in graph.Outputs)
            io.AddRow("output", Markup.Escape(output.Name), output.DType?.ToString() ?? "?", Markup.Escape(ShapeText(output.Shape)));
        AnsiConsole.Write(io);

        var ops = new Table().AddColumns("op", "count");
        foreach (var group in graph.Nodes.GroupBy(n => n.Domain.Length == 0 ? n.OpType : $"{n.Domain}.{n.OpType}").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            ops.AddRow(Markup.Escape(group.Key), group.Count().ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(ops);

        long parameters = graph.Initializers.Sum(i => i.Tensor.Length);
        long parameterBytes = graph.Initializers.Sum(i => (long)i.Tensor.ByteLength);
        AnsiConsole.MarkupLine($"parameters: {parameters:N0} ({Bytes(parameterBytes)}) in {graph.Initializers.Count} initializers");

        var layers = new Table().AddColumns("node", "op", "output shape", "MACs", "weight bytes");
        long totalMacs = 0, totalWeights = 0;
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            long nodeMacs = macs.GetValueOrDefault(node);
            // Weight bytes are the node's constant inputs; a tensor read twice by one node counts once.
            long weights = node.Inputs.Where(v => v is not null && initialized.ContainsKey(v)).Distinct().Sum(v => (long)initialized[v!].ByteLength);
            totalMacs += nodeMacs;
            totalWeights += weights;
            var output = node.Outputs.FirstOrDefault(o => o is not null);
            layers.AddRow(
                Markup.Escape(node.Name.Length > 0 ? node.Name : $"#{i}"),
                Markup.Escape(node.OpType),
                Markup.Escape(output is null ? "" : ShapeText(output.Shape)),
                nodeMacs == 0 ? "" : nodeMacs.ToString("N0", CultureInfo.InvariantCulture),
                weights == 0 ? "" : weights.ToString("N0", CultureInfo.InvariantCulture));
        }
        layers.AddRow("[bold]total[/]", "", "", totalMacs.ToString("N0", CultureInfo.InvariantCulture), totalWeights.ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(layers);
    }

    private static string ShapeText(IReadOnlyList<Dim>? shape) => shape is null ? "[?]" : $"[{string.Join(", ", shape)}]";

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1 << 20 => $"{bytes / (double)(1 << 20):F2} MiB",
        >= 1 << 10 => $"{bytes / 1024.0:F1} KiB",
        _ => $"{bytes} B",
    };
}
