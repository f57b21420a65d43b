using System.CommandLine;
using Coex.Hardware;
using Coex.Nmt;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex nmt latency</c>: modeled cycles per decoded token, dense vs VVMA, and the batch where VVMA stops paying.</summary>
internal static class NmtLatencyCommand
{
    public static Command Create()
    {
        var hw = new Option<string>("--hw") { Description = $"Accelerator preset: {string.Join(", ", MatVecPresets.All.Select(p => p.Name))}.", DefaultValueFactory = _ => MatVecPresets.Mvu32.Name };
        var model = new Option<string?>("--model") { Description = "Model file: take the shape from it (otherwise --arch/--dim/... describe it)." };
        var arch = new Option<string>("--arch") { Description = "lstm or transformer.", DefaultValueFactory = _ => "transformer" };
        var vvma = new Option<int>("--vvma") { Description = "VVMA block size k of the VVMA twin.", DefaultValueFactory = _ => 32 };
        var dim = new Option<int>("--dim") { Description = "Model width.", DefaultValueFactory = _ => 128 };
        var ffn = new Option<int>("--ffn") { Description = "Feed-forward width.", DefaultValueFactory = _ => 256 };
        var layers = new Option<int>("--layers") { Description = "Encoder/decoder layers.", DefaultValueFactory = _ => 2 };
        var vocab = new Option<int>("--vocab") { Description = "Vocabulary size.", DefaultValueFactory = _ => 2048 };
        var denseOutput = new Option<bool>("--dense-output") { Description = "The VVMA twin keeps a dense output (softmax) layer." };
        var length = new Option<int>("--length") { Description = "Source length and decoder position of the modeled step.", DefaultValueFactory = _ => 16 };
        var cmd = new Command("latency", "Modeled accelerator cycles per decoded token at batch 1, dense vs VVMA, and the crossover batch.");
        foreach (var o in new Option[] { hw, model, arch, vvma, denseOutput, dim, ffn, layers, vocab, length })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            try
            {
                var spec = MatVecPresets.Get(pr.GetValue(hw)!);
                Seq2SeqConfig config;
                string? path = pr.GetValue(model);
                if (path is not null)
                    config = NmtCheckpoint.Load(path).Model.Config;
                else
                    config = new Seq2SeqConfig
                    {
                        Arch = pr.GetValue(arch) == "lstm" ? Seq2SeqArch.Lstm : pr.GetValue(arch) == "transformer" ? Seq2SeqArch.Transformer
                            : throw new ArgumentException($"--arch must be lstm or transformer; got '{pr.GetValue(arch)}'."),
                        Dim = pr.GetValue(dim), FfnDim = pr.GetValue(ffn), Layers = pr.GetValue(layers), VocabSize = pr.GetValue(vocab), VvmaBlock = pr.GetValue(vvma),
                        DenseOutput = pr.GetValue(denseOutput),
                    };
                if (config.VvmaBlock == 0)
                    config = config with { VvmaBlock = pr.GetValue(vvma) };
                int n = pr.GetValue(length);
                var dense = DecodeWorkloads.For(config with { VvmaBlock = 0 }, n, n);
                var twin = DecodeWorkloads.For(config, n, n);
                Report(spec, dense, twin);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or FileNotFoundException or InvalidDataException)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return 1;
            }
        });
        return cmd;
    }

    private static void Report(MatVecAcceleratorSpec spec, DecodeWorkload dense, DecodeWorkload vvma)
    {
        AnsiConsole.MarkupLine($"[bold]{spec.Name}[/]: {spec.TileSize}×{spec.TileSize} array, {spec.WeightLoadCycles} cycles per tile load{(spec.DoubleBufferedWeights ? " (double buffered)" : "")}, {spec.VectorLanes}-lane vector unit, {spec.ClockMHz} MHz");
        var layers = new Table().AddColumns("layer", "in→out", "×", "dense cycles", "VVMA cycles", "ratio");
        foreach (var (a, b) in dense.Layers.Zip(vvma.Layers))
        {
            double ca = MatVecLatencyModel.Layer(a, spec, 1).Total, cb = MatVecLatencyModel.Layer(b, spec, 1).Total;
            layers.AddRow(a.Name, $"{a.In}→{a.Out}", $"{a.Count}", $"{ca:N0}", $"{cb:N0}", $"{ca / cb:F1}×");
        }
        AnsiConsole.Write(layers);
        var table = new Table().AddColumns("batch", "dense cycles/token", "VVMA cycles/token", "dense µs/token", "VVMA µs/token", "VVMA speed-up");
        foreach (int b in new[] { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512 })
        {
            double cd = MatVecLatencyModel.CyclesPerToken(dense, spec, b), cv = MatVecLatencyModel.CyclesPerToken(vvma, spec, b);
            table.AddRow($"{b}", $"{cd:N0}", $"{cv:N0}", $"{cd / spec.ClockMHz:F2}", $"{cv / spec.ClockMHz:F2}", $"{cd / cv:F2}×");
        }
        AnsiConsole.Write(table);
        var within10 = MatVecLatencyModel.Crossover(dense, vvma, spec, 1.1);
        var gone = MatVecLatencyModel.Crossover(dense, vvma, spec, 1.0);
        AnsiConsole.MarkupLine($"VVMA speed-up at batch 1: {MatVecLatencyModel.CyclesPerToken(dense, spec, 1) / MatVecLatencyModel.CyclesPerToken(vvma, spec, 1):F2}×; "
            + $"below 1.1× from batch {within10?.ToString() ?? "> 65536"}; gone (≤ 1×) from batch {gone?.ToString() ?? "> 65536"}.");
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(dense.Name)} vs {Markup.Escape(vvma.Name)}[/]");
    }
}
