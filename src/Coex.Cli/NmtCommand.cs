using System.CommandLine;
using System.Diagnostics;
using Coex.Nmt;
using Spectre.Console;

namespace Coex.Cli;

/// <summary><c>coex nmt</c>: train, evaluate and run English→Spanish translation models with dense or VVMA projections.</summary>
internal static class NmtCommand
{
    public static Command Create()
    {
        var command = new Command("nmt", "Low-latency translation models: LSTM/Transformer with dense or VVMA layers, BLEU, accelerator latency.");
        command.Subcommands.Add(Train());
        command.Subcommands.Add(Eval());
        command.Subcommands.Add(Compare());
        command.Subcommands.Add(LossCommand());
        command.Subcommands.Add(TranslateCommand());
        command.Subcommands.Add(NmtLatencyCommand.Create());
        command.Subcommands.Add(NmtBenchCommand.Create());
        return command;
    }

    /// <summary>data/nmt of the repository: from the working directory, else beside the built CLI (.coex/bin → repo).</summary>
    internal static string DefaultData()
    {
        var here = Path.Combine(Directory.GetCurrentDirectory(), "data", "nmt");
        if (Directory.Exists(here))
            return here;
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "data", "nmt"));
    }

    private static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return 1;
        }
    }

    private static Command Train()
    {
        var arch = new Option<string>("--arch") { Description = "lstm or transformer.", DefaultValueFactory = _ => "transformer" };
        var vvma = new Option<int>("--vvma") { Description = "VVMA block size k (0 = dense projections).", DefaultValueFactory = _ => 0 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training pairs.", DefaultValueFactory = _ => 10 };
        var batch = new Option<int>("--batch") { Description = "Sentence pairs per step.", DefaultValueFactory = _ => 32 };
        var lr = new Option<float>("--lr") { Description = "Peak AdamW learning rate (warm-up, then cosine).", DefaultValueFactory = _ => 2e-3f };
        var dim = new Option<int>("--dim") { Description = "Model width.", DefaultValueFactory = _ => 128 };
        var heads = new Option<int>("--heads") { Description = "Attention heads (Transformer).", DefaultValueFactory = _ => 4 };
        var ffn = new Option<int>("--ffn") { Description = "Feed-forward width (Transformer).", DefaultValueFactory = _ => 256 };
        var layers = new Option<int>("--layers") { Description = "Encoder and decoder layers each (Transformer).", DefaultValueFactory = _ => 2 };
        var vocab = new Option<int>("--vocab") { Description = "BPE vocabulary size target (rounded up to a multiple of 64).", DefaultValueFactory = _ => 2000 };
        var dropout = new Option<float>("--dropout") { Description = "Dropout probability.", DefaultValueFactory = _ => 0.1f };
        var task = new Option<string>("--task") { Description = "apertium (data/nmt corpus) or reversal (synthetic, seconds).", DefaultValueFactory = _ => "apertium" };
        var data = new Option<string>("--data") { Description = "Corpus directory with train/dev/test .en/.es files.", DefaultValueFactory = _ => DefaultData() };
        var warm = new Option<string?>("--warm-start") { Description = "Model file that initializes this one: a dense twin's projections are fitted into VVMA form (least squares); a model of the same architecture is continued (fresh optimizer and schedule)." };
        var denseOutput = new Option<bool>("--dense-output") { Description = "With --vvma: keep the output (softmax) projection dense." };
        var warmup = new Option<int>("--warmup") { Description = "Learning-rate warm-up steps.", DefaultValueFactory = _ => 100 };
        var distill = new Option<string?>("--distill") { Description = "Teacher model file: train on its translations of the training sources (sequence-level distillation)." };
        var distillBeam = new Option<int>("--distill-beam") { Description = "With --distill: the teacher translates with beam search of this width (1 = greedy).", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of initialization, dropout and batch order.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Kernel threads (0 = all cores).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "Model file (default nmt-<arch>-<dense|vvmaK>.model); its training state is saved beside it as <out>.state after every epoch." };
        var resume = new Option<bool>("--resume") { Description = "Continue the stopped run whose model is --out, from its last finished epoch, exactly as if it had not stopped (give the options it started with)." };
        var cmd = new Command("train", "Train a translation model; prints dev BLEU at the end.");
        foreach (var o in new Option[] { arch, vvma, denseOutput, epochs, batch, lr, warmup, dim, heads, ffn, layers, vocab, dropout, task, data, warm, distill, distillBeam, seed, threads, output, resume })
            cmd.Options.Add(o);
        cmd.SetAction(pr => Guard(() =>
        {
            var archValue = pr.GetValue(arch) switch
            {
                "lstm" => Seq2SeqArch.Lstm,
                "transformer" => Seq2SeqArch.Transformer,
                var other => throw new ArgumentException($"--arch must be lstm or transformer; got '{other}'."),
            };
            int k = pr.GetValue(vvma);
            var (train, dev) = pr.GetValue(task) switch
            {
                "apertium" => (ParallelText.Load(pr.GetValue(data)!, "train"), ParallelText.Load(pr.GetValue(data)!, "dev")),
                "reversal" => (ParallelText.Reversal(3000, 1), ParallelText.Reversal(200, 2)),
                var other => throw new ArgumentException($"--task must be apertium or reversal; got '{other}'."),
            };
            var tokenizer = BpeTokenizer.Train(train.Source.Concat(train.Target), pr.GetValue(vocab));
            var encoded = train.Encode(tokenizer);
            int maxLength = encoded.Max(p => Math.Max(p.Source.Length, p.Target.Length)) * 2 + 12;
            var config = new Seq2SeqConfig
            {
                Arch = archValue, VocabSize = (tokenizer.VocabSize + 63) / 64 * 64, Dim = pr.GetValue(dim), Heads = pr.GetValue(heads),
                FfnDim = pr.GetValue(ffn), Layers = pr.GetValue(layers), VvmaBlock = k, Dropout = pr.GetValue(dropout), MaxLength = maxLength,
                Seed = pr.GetValue(seed), DenseOutput = k > 0 && pr.GetValue(denseOutput),
            };
            string outPath = pr.GetValue(output) ?? $"nmt-{pr.GetValue(arch)}-{(k == 0 ? "dense" : $"vvma{k}")}{(config.DenseOutput ? "-dense-output" : "")}.model";
            string statePath = outPath + ".state";
            // Read before the teacher's pass over the corpus, which can take half an hour, so a wrong --resume fails at once.
            var state = pr.GetValue(resume) ? NmtTrainingState.Load(statePath) : null;
            string distillPath = pr.GetValue(distill) ?? "";
            if (distillPath.Length > 0)
                encoded = Distill(distillPath, tokenizer, encoded, pr.GetValue(distillBeam));
            Seq2SeqModel model;
            if (state is not null)
            {
                model = Resumed(outPath, config, tokenizer);
                AnsiConsole.MarkupLine($"resuming {Markup.Escape(outPath)} after epoch {state.EpochsDone}{(pr.GetValue(warm) is { Length: > 0 } ? " (--warm-start is already in it)" : "")}");
            }
            else
            {
                model = Seq2SeqModel.Create(config);
                string warmPath = pr.GetValue(warm) ?? "";
                if (warmPath.Length > 0)
                    WarmStart(model, warmPath);
            }
            var options = new NmtTrainOptions
            {
                Epochs = pr.GetValue(epochs), BatchSize = pr.GetValue(batch), LearningRate = pr.GetValue(lr), WarmupSteps = pr.GetValue(warmup), Seed = pr.GetValue(seed), Threads = pr.GetValue(threads),
            };
            int threadCount = Coex.Kernels.KernelThreads.Resolve(options.Threads);
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(config.ToString())}[/]: {model.ParameterCount:N0} parameters, {model.ProjectionWeightCount:N0} in projections; "
                + $"{train.Count:N0} training pairs, BPE vocabulary {tokenizer.VocabSize}; {threadCount} threads");
            if (state is null && File.Exists(statePath))
                KeepPreviousRun(outPath, statePath);
            var clock = Stopwatch.StartNew();
            double[] losses = [];
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var bar = ctx.AddTask("training", maxValue: 1);
                    double smooth = double.NaN;
                    losses = NmtTrainer.Train(model, encoded, options, s =>
                    {
                        smooth = double.IsNaN(smooth) ? s.Loss : 0.95 * smooth + 0.05 * s.Loss;
                        bar.MaxValue = s.TotalSteps;
                        bar.Value = s.Step;
                        bar.Description = $"epoch {s.Epoch + 1}/{options.Epochs} loss {smooth:F3}";
                    }, state, done =>
                    {
                        // After every epoch, so a run stopped hours in keeps its last finished epoch (--resume).
                        NmtCheckpoint.Save(model, tokenizer, outPath);
                        done.Save(statePath);
                    });
                });
            double trainSeconds = clock.Elapsed.TotalSeconds;
            var report = Translator.Evaluate(model, tokenizer, dev, threads: 1);
            var table = new Table().AddColumns("epoch", "train loss");
            for (int e = 0; e < losses.Length; e++)
                table.AddRow($"{e + 1}", $"{losses[e]:F3}");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"trained in {trainSeconds:F0} s; dev {Markup.Escape(report.Bleu.ToString())}; saved {Markup.Escape(outPath)}");
            return 0;
        }));
        return cmd;
    }

    /// <summary>A new run keeps the previous run's model and state beside them (it would overwrite them after its first
    /// epoch), so that forgetting --resume loses no training.</summary>
    private static void KeepPreviousRun(string outPath, string statePath)
    {
        string stamp = File.GetLastWriteTimeUtc(statePath).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        string kept = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, $"{Path.GetFileNameWithoutExtension(outPath)}-{stamp}{Path.GetExtension(outPath)}");
        if (File.Exists(outPath))
            File.Move(outPath, kept, overwrite: true);
        File.Move(statePath, kept + ".state", overwrite: true);
        AnsiConsole.MarkupLine($"previous run moved to {Markup.Escape(kept)} (pass --resume to continue a run instead)");
    }

    /// <summary>The model a stopped run saved at <paramref name="path"/>, checked to be the one these options build.</summary>
    private static Seq2SeqModel Resumed(string path, Seq2SeqConfig config, BpeTokenizer tokenizer)
    {
        var (model, saved) = NmtCheckpoint.Load(path);
        if (model.Config != config)
            throw new ArgumentException($"'{path}' is a {model.Config} model (seed {model.Config.Seed}, dropout {model.Config.Dropout}); these options build {config} (seed {config.Seed}, dropout {config.Dropout}). Resume with the options the run started with.");
        if (saved.VocabSize != tokenizer.VocabSize || !saved.Merges.SequenceEqual(tokenizer.Merges))
            throw new ArgumentException($"'{path}' was trained with another BPE vocabulary; resume on the corpus and --vocab the run started with.");
        return model;
    }

    /// <summary>The teacher's greedy or beam translations of the training sources as targets (its tokenizer must equal this one).</summary>
    private static List<(int[] Source, int[] Target)> Distill(string teacherPath, BpeTokenizer tokenizer, List<(int[] Source, int[] Target)> pairs, int beam)
    {
        if (beam <= 0)
            throw new ArgumentException($"--distill-beam must be at least 1; got {beam}.");
        var (teacher, teacherTokenizer) = NmtCheckpoint.Load(teacherPath);
        if (teacherTokenizer.VocabSize != tokenizer.VocabSize || !teacherTokenizer.Merges.SequenceEqual(tokenizer.Merges))
            throw new ArgumentException($"The teacher '{teacherPath}' was trained with a different BPE vocabulary (train it on the same corpus and --vocab).");
        List<(int[] Source, int[] Target)> result = [];
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var bar = ctx.AddTask("teacher translating", maxValue: pairs.Count);
                int limit = teacher.Config.MaxLength - 1;
                result = SequenceDistillation.Targets(teacher, pairs.Select(p => p.Source.Length <= limit ? p.Source : p.Source[..limit]).ToList(), threads: 1, i => bar.Value = i, beam);
            });
        AnsiConsole.MarkupLine($"distillation: {result.Count:N0} targets from {Markup.Escape(teacherPath)}, {(beam == 1 ? "greedy" : $"beam {beam}")} ({result.Sum(p => p.Target.Length):N0} tokens; references {pairs.Sum(p => p.Target.Length):N0})");
        return result;
    }

    /// <summary>Copies the dense model's embeddings/norms and fits each VVMA projection to its dense twin.</summary>
    private static void WarmStart(Seq2SeqModel model, string densePath)
    {
        var (dense, _) = NmtCheckpoint.Load(densePath);
        if (dense.Config with { VvmaBlock = model.Config.VvmaBlock, DenseOutput = model.Config.DenseOutput, Dropout = model.Config.Dropout, Seed = model.Config.Seed } != model.Config)
            throw new ArgumentException($"Warm start needs the same architecture: '{densePath}' is {dense.Config}, this model is {model.Config}.");
        var denseParams = dense.Parameters().ToDictionary(p => p.Name);
        foreach (var p in model.Parameters())
            if (denseParams.TryGetValue(p.Name, out var src) && src.Shape.SequenceEqual(p.Shape))
            {
                src.Data.CopyTo(p.Data);
                p.MarkChanged();
            }
        var errors = new List<double>();
        foreach (var (mine, theirs) in model.Projections().Zip(dense.Projections()))
            if (mine is VvmaProjection v && theirs is DenseProjection d)
                errors.Add(v.InitializeFrom(d)[^1]);
        if (errors.Count > 0)
            AnsiConsole.MarkupLine($"warm start from {Markup.Escape(densePath)}: {errors.Count} projections fitted, relative error {errors.Min():F3}–{errors.Max():F3}");
    }

    private static Command Eval()
    {
        var model = new Option<string>("--model") { Description = "Model file from `coex nmt train`.", Required = true };
        var split = new Option<string>("--split") { Description = "Corpus split: dev or test.", DefaultValueFactory = _ => "test" };
        var data = new Option<string>("--data") { Description = "Corpus directory.", DefaultValueFactory = _ => DefaultData() };
        var beam = new Option<int>("--beam") { Description = "Beam size (1 = greedy).", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Kernel threads for decoding.", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "Only the first N sentences (0 = all).", DefaultValueFactory = _ => 0 };
        var cmd = new Command("eval", "Corpus BLEU (sacreBLEU-style, 13a) and CPU decode speed at batch 1.");
        foreach (var o in new Option[] { model, split, data, beam, threads, limit })
            cmd.Options.Add(o);
        cmd.SetAction(pr => Guard(() =>
        {
            var (net, tokenizer) = NmtCheckpoint.Load(pr.GetValue(model)!);
            var test = LoadSplit(pr.GetValue(data)!, pr.GetValue(split)!, pr.GetValue(limit));
            var report = TranslateWithProgress("translating", net, tokenizer, test, pr.GetValue(beam), pr.GetValue(threads));
            var table = new Table().AddColumns("model", "projection weights", "BLEU", "tokens/s", "ms/token", "threads");
            table.AddRow(Markup.Escape(net.Config.ToString()), $"{net.ProjectionWeightCount:N0}", $"{report.Bleu.Score:F2}", $"{report.TokensPerSecond:F0}",
                $"{report.MillisecondsPerToken:F3}", $"{pr.GetValue(threads)}");
            AnsiConsole.Write(table);
            AnsiConsole.WriteLine(report.Bleu.ToString());
            for (int i = 0; i < Math.Min(3, test.Count); i++)
                AnsiConsole.MarkupLine($"[grey]{Markup.Escape(test.Source[i])}[/] → {Markup.Escape(report.Hypotheses[i])}");
            return 0;
        }));
        return cmd;
    }

    private static Command Compare()
    {
        var model = new Option<string>("--model") { Description = "Model file from `coex nmt train`: the candidate.", Required = true };
        var baseline = new Option<string>("--baseline") { Description = "Model file to compare against (e.g. the dense twin).", Required = true };
        var split = new Option<string>("--split") { Description = "Corpus split: dev or test.", DefaultValueFactory = _ => "test" };
        var data = new Option<string>("--data") { Description = "Corpus directory.", DefaultValueFactory = _ => DefaultData() };
        var beam = new Option<int>("--beam") { Description = "Beam size (1 = greedy).", DefaultValueFactory = _ => 1 };
        var samples = new Option<int>("--samples") { Description = "Bootstrap resamples of the sentences.", DefaultValueFactory = _ => 1000 };
        samples.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--samples must be at least 1.");
        });
        var within = new Option<double?>("--within") { Description = "Also print the share of resamples on which the model is at most this many BLEU behind." };
        var threads = new Option<int>("--threads") { Description = "Kernel threads for decoding.", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "Only the first N sentences (0 = all).", DefaultValueFactory = _ => 0 };
        var cmd = new Command("compare", "BLEU of two models on the same split and the gap's 95% interval by paired bootstrap resampling.");
        foreach (var o in new Option[] { model, baseline, split, data, beam, samples, within, threads, limit })
            cmd.Options.Add(o);
        cmd.SetAction(pr => Guard(() =>
        {
            var models = new[] { pr.GetValue(baseline)!, pr.GetValue(model)! }.Select(NmtCheckpoint.Load).ToArray();
            var test = LoadSplit(pr.GetValue(data)!, pr.GetValue(split)!, pr.GetValue(limit));
            var hypotheses = models.Select((m, i) => TranslateWithProgress(i == 0 ? "baseline" : "model", m.Model, m.Tokenizer, test,
                pr.GetValue(beam), pr.GetValue(threads)).Hypotheses).ToArray();
            var comparison = BleuBootstrap.Compare(hypotheses[0], hypotheses[1], test.Target, pr.GetValue(samples));
            var table = new Table().AddColumns("", "model", "projection weights", "BLEU");
            table.AddRow("baseline", Markup.Escape(models[0].Model.Config.ToString()), $"{models[0].Model.ProjectionWeightCount:N0}", $"{comparison.A.Score:F2}");
            table.AddRow("model", Markup.Escape(models[1].Model.Config.ToString()), $"{models[1].Model.ProjectionWeightCount:N0}", $"{comparison.B.Score:F2}");
            AnsiConsole.Write(table);
            var (low, high) = comparison.Interval95;
            AnsiConsole.WriteLine($"baseline − model = {comparison.Gap:F2} BLEU; 95% interval [{low:F2}, {high:F2}] over {comparison.Gaps.Length} paired bootstrap resamples of {test.Count} sentences ({pr.GetValue(split)}, beam {pr.GetValue(beam)})");
            AnsiConsole.WriteLine($"the model is level or ahead on {100 * comparison.ShareAtMost(0):F1}% of resamples");
            if (pr.GetValue(within) is double x)
                AnsiConsole.WriteLine($"the model is at most {x:G} BLEU behind on {100 * comparison.ShareAtMost(x):F1}% of resamples");
            return 0;
        }));
        return cmd;
    }

    /// <summary>Translates <paramref name="text"/> behind a progress bar named <paramref name="label"/>.</summary>
    private static TranslationReport TranslateWithProgress(string label, Seq2SeqModel net, BpeTokenizer tokenizer, ParallelText text, int beam, int threads) =>
        AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var bar = ctx.AddTask(label, maxValue: text.Count);
                return Translator.Evaluate(net, tokenizer, text, beam, threads, i => bar.Value = i);
            });

    /// <summary>A corpus split, cut to its first <paramref name="limit"/> pairs when that is positive.</summary>
    private static ParallelText LoadSplit(string directory, string split, int limit)
    {
        if (limit < 0)
            throw new ArgumentException($"--limit must be 0 (all) or positive; got {limit}.");
        var text = ParallelText.Load(directory, split);
        return limit > 0 && limit < text.Count ? new ParallelText(text.Source[..limit], text.Target[..limit]) : text;
    }

    private static Command LossCommand()
    {
        var model = new Option<string>("--model") { Description = "Model file from `coex nmt train`.", Required = true };
        var split = new Option<string>("--split") { Description = "Corpus split: train, dev or test.", DefaultValueFactory = _ => "train" };
        var data = new Option<string>("--data") { Description = "Corpus directory.", DefaultValueFactory = _ => DefaultData() };
        var limit = new Option<int>("--limit") { Description = "Only the first N pairs (0 = all).", DefaultValueFactory = _ => 0 };
        var threads = new Option<int>("--threads") { Description = "Kernel threads (0 = all cores).", DefaultValueFactory = _ => 0 };
        var cmd = new Command("loss", "Teacher-forced cross-entropy on the reference pairs of a split, no dropout: underfitting (high on train) vs poor generalization.");
        foreach (var o in new Option[] { model, split, data, limit, threads })
            cmd.Options.Add(o);
        cmd.SetAction(pr => Guard(() =>
        {
            var (net, tokenizer) = NmtCheckpoint.Load(pr.GetValue(model)!);
            var text = LoadSplit(pr.GetValue(data)!, pr.GetValue(split)!, pr.GetValue(limit));
            var report = NmtTrainer.MeanLoss(net, text.Encode(tokenizer), threads: pr.GetValue(threads));
            var table = new Table().AddColumns("model", "split", "pairs", "target tokens", "loss (nats/token)", "perplexity");
            table.AddRow(Markup.Escape(net.Config.ToString()), Markup.Escape(pr.GetValue(split)!), $"{report.Pairs:N0}", $"{report.Tokens:N0}",
                $"{report.MeanLoss:F3}", $"{report.Perplexity:F2}");
            AnsiConsole.Write(table);
            return 0;
        }));
        return cmd;
    }

    private static Command TranslateCommand()
    {
        var sentence = new Argument<string>("sentence") { Description = "English text to translate." };
        var model = new Option<string>("--model") { Description = "Model file from `coex nmt train`.", Required = true };
        var beam = new Option<int>("--beam") { Description = "Beam size (1 = greedy).", DefaultValueFactory = _ => 4 };
        var cmd = new Command("translate", "Translate one sentence.");
        cmd.Arguments.Add(sentence);
        cmd.Options.Add(model);
        cmd.Options.Add(beam);
        cmd.SetAction(pr => Guard(() =>
        {
            var (net, tokenizer) = NmtCheckpoint.Load(pr.GetValue(model)!);
            Console.WriteLine(Translator.Translate(net, tokenizer, pr.GetValue(sentence)!, pr.GetValue(beam)));
            return 0;
        }));
        return cmd;
    }
}
