using System.Diagnostics;
using Coex.Training;
using Coex.Training.Optimizers;

namespace Coex.Nmt;

/// <summary>Training settings for <see cref="NmtTrainer"/>.</summary>
public sealed record NmtTrainOptions
{
    public int Epochs { get; init; } = 10;
    public int BatchSize { get; init; } = 32;
    public float LearningRate { get; init; } = 1e-3f;
    public int WarmupSteps { get; init; } = 100;
    public float WeightDecay { get; init; } = 0.01f;
    /// <summary>Global gradient-norm clip; 0 disables it.</summary>
    public float ClipNorm { get; init; } = 1f;
    public int Seed { get; init; } = 1;
    /// <summary>Kernel threads for the tape; 0 = every core.</summary>
    public int Threads { get; init; } = 0;
}

/// <summary>One report per optimizer step.</summary>
public readonly record struct NmtStep(int Epoch, int Step, int TotalSteps, double Loss, double Seconds);

/// <summary>
/// Teacher-forced training with AdamW, linear warm-up then cosine decay to a tenth of the rate, and global-norm clipping.
/// Batches hold sentences of similar source length (sorted, then cut), visited in a seeded random order each epoch.
/// </summary>
public static class NmtTrainer
{
    /// <returns>Mean training loss of each epoch.</returns>
    /// <param name="resume">Continue a run from the state <paramref name="epochDone"/> reported after its last finished
    /// epoch; <paramref name="model"/> must hold that epoch's parameters. The rest of the run is then what an
    /// uninterrupted one would have done: the same schedule, optimizer moments, batch order and dropout masks.</param>
    /// <param name="epochDone">Called after every epoch with the state to resume from.</param>
    public static double[] Train(Seq2SeqModel model, IReadOnlyList<(int[] Source, int[] Target)> data, NmtTrainOptions options, Action<NmtStep>? progress = null,
        NmtTrainingState? resume = null, Action<NmtTrainingState>? epochDone = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (data.Count == 0)
            throw new ArgumentException("No training pairs.", nameof(data));
        if (options.Epochs <= 0 || options.BatchSize <= 0)
            throw new ArgumentException($"Epochs ({options.Epochs}) and batch size ({options.BatchSize}) must be positive.", nameof(options));
        var batches = Batches(model, data, options.BatchSize);
        int total = options.Epochs * batches.Length;
        var optimizer = new AdamW(model.Parameters(), options.LearningRate, beta2: 0.98f, weightDecay: options.WeightDecay);
        var schedule = new CosineSchedule(options.LearningRate, total, Math.Min(options.WarmupSteps, total - 1), options.LearningRate / 10);
        var rng = new Random(options.Seed);
        var losses = new double[options.Epochs];
        string run = RunKey(model, batches, options);
        int firstEpoch = 0;
        if (resume is not null)
        {
            if (resume.Run != run)
                throw new ArgumentException($"The training state belongs to another run ({resume.Run}); this one is {run}. Resume with the options and data the run started with.");
            if (resume.ModelChecksum != NmtTrainingState.Checksum(model))
                throw new ArgumentException($"The model's parameters are not the ones the training state saved after epoch {resume.EpochsDone} (the model file was replaced, or saved without its state).");
            optimizer.LoadState(resume.Optimizer);
            resume.Losses.CopyTo(losses, 0);
            firstEpoch = resume.EpochsDone;
            for (int e = 0; e < firstEpoch; e++) // the batch orders of the finished epochs, to reach the next one's
                rng.Shuffle(new int[batches.Length]);
        }
        var clock = Stopwatch.StartNew();
        int step = firstEpoch * batches.Length;
        for (int epoch = firstEpoch; epoch < options.Epochs; epoch++)
        {
            var visit = Enumerable.Range(0, batches.Length).ToArray();
            rng.Shuffle(visit);
            model.BeginEpoch(epoch);
            double sum = 0;
            foreach (int b in visit)
            {
                optimizer.LearningRate = schedule.At(step);
                optimizer.ZeroGrad();
                var tape = new Tape(training: true, recording: true, options.Threads);
                var loss = model.Loss(tape, batches[b]);
                tape.Backward(loss);
                if (options.ClipNorm > 0)
                    GradientClipping.ClipGlobalNorm(optimizer.Parameters, options.ClipNorm);
                optimizer.Step();
                double value = loss.Data[0];
                if (!double.IsFinite(value))
                    throw new InvalidOperationException($"Training diverged at step {step} (loss {value}); lower the learning rate.");
                sum += value;
                step++;
                progress?.Invoke(new NmtStep(epoch, step, total, value, clock.Elapsed.TotalSeconds));
            }
            losses[epoch] = sum / batches.Length;
            epochDone?.Invoke(new NmtTrainingState(run, losses[..(epoch + 1)], NmtTrainingState.Checksum(model), optimizer.SaveState()));
        }
        return losses;
    }

    /// <summary>What a training state must match to be resumed: the model's shape and the settings and data that decide
    /// every step (threads are left out; they change no result's meaning).</summary>
    private static string RunKey(Seq2SeqModel model, SequenceBatch[] batches, NmtTrainOptions options) =>
        FormattableString.Invariant($"{model.Config}, seed {model.Config.Seed}, dropout {model.Config.Dropout}; epochs {options.Epochs}, batch {options.BatchSize}, lr {options.LearningRate}, warm-up {options.WarmupSteps}, decay {options.WeightDecay}, clip {options.ClipNorm}, seed {options.Seed}; {batches.Length} batches, {batches.Sum(b => b.Labels.Length)} target tokens");

    /// <summary>
    /// The training objective measured without dropout and without updates: token-weighted mean cross-entropy of the
    /// targets under teacher forcing. On the reference training pairs it tells underfitting (high there) from poor
    /// generalization (low there, high on dev), also for a model trained on a teacher's translations.
    /// </summary>
    /// <remarks>Pairs longer than the model's length limit are skipped, as in training; the report counts the pairs used.</remarks>
    public static NmtLossReport MeanLoss(Seq2SeqModel model, IReadOnlyList<(int[] Source, int[] Target)> data, int batchSize = 32, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        if (batchSize <= 0)
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "Batch size must be positive.");
        if (data.Count == 0)
            throw new ArgumentException("No sentence pairs.", nameof(data));
        double sum = 0;
        long tokens = 0;
        int pairs = 0;
        foreach (var batch in Batches(model, data, batchSize))
        {
            var tape = new Tape(training: false, recording: false, threads);
            int n = batch.Labels.Length;
            sum += (double)model.Loss(tape, batch).Data[0] * n;
            tokens += n;
            pairs += batch.Size;
        }
        return new NmtLossReport(sum / tokens, tokens, pairs);
    }

    /// <summary>Batches of sentences of similar length (sorted by source, then target length), long pairs left out.</summary>
    private static SequenceBatch[] Batches(Seq2SeqModel model, IReadOnlyList<(int[] Source, int[] Target)> data, int batchSize)
    {
        int limit = model.Config.MaxLength - 1;
        var usable = data.Where(p => p.Source.Length <= limit && p.Target.Length <= limit).ToList();
        if (usable.Count == 0)
            throw new ArgumentException($"Every pair is longer than the model's {limit} tokens.", nameof(data));
        var order = Enumerable.Range(0, usable.Count).OrderBy(i => usable[i].Source.Length).ThenBy(i => usable[i].Target.Length).ThenBy(i => i).ToArray();
        return order.Chunk(batchSize).Select(chunk => new SequenceBatch(chunk.Select(i => usable[i]).ToList())).ToArray();
    }
}

/// <summary>Mean cross-entropy (nats per target token, &lt;/s&gt; included) over <see cref="Pairs"/> pairs.</summary>
public readonly record struct NmtLossReport(double MeanLoss, long Tokens, int Pairs)
{
    public double Perplexity => Math.Exp(MeanLoss);
}
