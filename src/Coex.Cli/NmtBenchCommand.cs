using System.CommandLine;
using Coex.Bench;
using Coex.Kernels.Gemm;
using Coex.Kernels.Vvma;
using Coex.Nmt;
using Spectre.Console;

namespace Coex.Cli;

/// <summary>
/// <c>coex nmt bench</c>: CPU time of dense against VVMA, taking turns in one process: single-vector layer kernels (Coex's
/// packed f32 GEMM at M = 1 against the fused VVMA kernel), and, given two model files, greedy decoding per token.
/// </summary>
internal static class NmtBenchCommand
{
    public static Command Create()
    {
        var dense = new Option<string?>("--dense") { Description = "Dense model file (with --vvma-model: whole-model decode timing)." };
        var vvma = new Option<string?>("--vvma-model") { Description = "VVMA model file." };
        var k = new Option<int>("--vvma") { Description = "VVMA block size for the layer kernels.", DefaultValueFactory = _ => 16 };
        var dim = new Option<int>("--dim") { Description = "Model width for the layer kernels.", DefaultValueFactory = _ => 64 };
        var ffn = new Option<int>("--ffn") { Description = "Feed-forward width for the layer kernels.", DefaultValueFactory = _ => 128 };
        var vocab = new Option<int>("--vocab") { Description = "Vocabulary for the output layer kernel.", DefaultValueFactory = _ => 1024 };
        var sentences = new Option<int>("--sentences") { Description = "Dev sentences decoded per timed call.", DefaultValueFactory = _ => 10 };
        var data = new Option<string>("--data") { Description = "Corpus directory.", DefaultValueFactory = _ => NmtCommand.DefaultData() };
        var cmd = new Command("bench", "CPU decode cost, dense vs VVMA: layer kernels at batch 1 and (given two models) greedy decoding per token; 1 thread.");
        foreach (var o in new Option[] { dense, vvma, k, dim, ffn, vocab, sentences, data })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            try
            {
                Layers(pr.GetValue(dim), pr.GetValue(ffn), pr.GetValue(vocab), pr.GetValue(k));
                string? a = pr.GetValue(dense), b = pr.GetValue(vvma);
                if (a is not null && b is not null)
                    Models(a, b, pr.GetValue(data)!, pr.GetValue(sentences));
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

    private static void Layers(int d, int ffn, int vocab, int k)
    {
        var table = new Table().AddColumns("layer (1 row)", "dense MACs", "VVMA MACs", "dense GEMM µs", "VVMA fused µs", "VVMA decode layout µs",
            "dense/fused time", "dense/decode-layout time", "other load");
        var rng = new Random(1);
        foreach (var (nIn, nOut) in new[] { (d, d), (d, ffn), (ffn, d), (d, vocab) })
        {
            float[] Random(int n) => Enumerable.Range(0, n).Select(_ => rng.NextSingle() - 0.5f).ToArray();
            var x = Random(nIn);
            var packed = GemmF32.Pack(Random(nIn * nOut), nIn, nOut);
            var m = Random(k * k);
            var v = Random(nIn * nOut / k);
            var bias = Random(nOut);
            var vt = VvmaDecodeKernels.Pack(v, nIn, nOut, k);
            var y = new float[nOut];
            var load = MachineLoad.Start();
            var times = InterleavedTimer.Measure(
            [
                () => GemmF32.Multiply(x, packed, y, 1, threads: 1),
                () => VvmaKernels.Forward(x, m, v, bias, y, 1, nIn, nOut, k, threads: 1),
                () => VvmaDecodeKernels.Forward(x, m, vt, bias, y, 1, nIn, nOut, k),
            ]);
            double td = times[0].MedianSeconds * 1e6, tv = times[1].MedianSeconds * 1e6, tt = times[2].MedianSeconds * 1e6;
            table.AddRow($"{nIn}→{nOut}", $"{(long)nIn * nOut:N0}", $"{(long)nIn * nOut / k + (long)nOut * k:N0}", $"{td:F2}", $"{tv:F2}", $"{tt:F2}", $"{td / tv:F2}×", $"{td / tt:F2}×",
                load.OtherCores is { } c ? $"{c:F1} cores" : "n/a");
        }
        AnsiConsole.MarkupLine($"[bold]Layer kernels[/], 1 thread, VVMA k = {k} ({Coex.Kernels.CpuFeatures.Describe()})");
        AnsiConsole.Write(table);
    }

    private static void Models(string densePath, string vvmaPath, string data, int count)
    {
        var (dense, tokDense) = NmtCheckpoint.Load(densePath);
        var (vvma, tokVvma) = NmtCheckpoint.Load(vvmaPath);
        var dev = ParallelText.Load(data, "dev");
        var sources = dev.Source.Take(count).ToArray();
        long tokensDense = 0, tokensVvma = 0;
        Action Decode(Seq2SeqModel model, BpeTokenizer tok, Action<long> count) => () =>
        {
            long n = 0;
            foreach (var s in sources)
                n += Decoding.Greedy(model, tok.Encode(s), threads: 1).Length + 1;
            count(n);
        };
        var load = MachineLoad.Start();
        var times = InterleavedTimer.Measure([Decode(dense, tokDense, n => tokensDense = n), Decode(vvma, tokVvma, n => tokensVvma = n)],
            TimingOptions.Default with { WarmupCalls = 1, MinSeconds = 2, MinCalls = 3 });
        double msDense = times[0].MedianSeconds * 1e3 / tokensDense, msVvma = times[1].MedianSeconds * 1e3 / tokensVvma;
        var table = new Table().AddColumns("model", "projection weights", "tokens/call", "ms/token (median)", "tokens/s");
        table.AddRow(Markup.Escape(dense.Config.ToString()), $"{dense.ProjectionWeightCount:N0}", $"{tokensDense}", $"{msDense:F3}", $"{1000 / msDense:F0}");
        table.AddRow(Markup.Escape(vvma.Config.ToString()), $"{vvma.ProjectionWeightCount:N0}", $"{tokensVvma}", $"{msVvma:F3}", $"{1000 / msVvma:F0}");
        AnsiConsole.MarkupLine($"[bold]Greedy decoding[/], batch 1, 1 thread, {sources.Length} dev sentences per call, taking turns; other load {(load.OtherCores is { } c ? $"{c:F1} cores" : "n/a")}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"dense/VVMA time per token: {msDense / msVvma:F2}×");
    }
}
