using Coex.Kernels.Embedding;
using Coex.Tensors;
using Coex.Training;
using Coex.Training.Optimizers;

namespace Coex.RecSys;

/// <summary>
/// A trainable DLRM (<see cref="DlrmConfig"/>): bottom MLP (Linear + ReLU layers) over the dense features, one float32
/// embedding table per sparse feature pooled by sum, the dot or concat interaction, and a top MLP ending in one logit.
/// </summary>
/// <remarks>
/// Parameters are named <c>bottom.{i}.weight/bias</c>, <c>emb.{t}</c> and <c>top.{i}.weight/bias</c>; Linear weights
/// are [out, in] (PyTorch/ONNX-Gemm transB convention). Initialization (seeded): Linear weights uniform in
/// ±√(6/(in + out)), biases 0, embeddings uniform in ±√(1/rows) (at most ±0.5), as the DLRM reference does.
/// </remarks>
public sealed class DlrmModel
{
    public DlrmModel(DlrmConfig config, int seed)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        Config = config;
        var rng = new Random(seed);
        Bottom = Layers("bottom", config.DenseFeatures, config.BottomMlp, rng);
        Tables = new Parameter[config.Tables];
        for (int t = 0; t < config.Tables; t++)
        {
            int rows = config.TableRows[t];
            float bound = MathF.Min(0.5f, MathF.Sqrt(1f / rows));
            Tables[t] = new Parameter($"emb.{t}", Uniform(rng, bound, rows, config.EmbeddingDim)) { NoWeightDecay = true };
        }
        Top = Layers("top", config.InteractionWidth, [.. config.TopMlp, 1], rng);
        Parameters = [.. Bottom.SelectMany(l => new[] { l.Weight, l.Bias }), .. Tables, .. Top.SelectMany(l => new[] { l.Weight, l.Bias })];
    }

    public DlrmConfig Config { get; }
    public IReadOnlyList<(Parameter Weight, Parameter Bias)> Bottom { get; }
    public Parameter[] Tables { get; }
    public IReadOnlyList<(Parameter Weight, Parameter Bias)> Top { get; }
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Logits [B, 1] for <paramref name="batch"/> (its labels are not used).</summary>
    public Variable Forward(Tape tape, ClickBatch batch)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.DenseFeatures != Config.DenseFeatures || batch.Tables != Config.Tables)
            throw new ArgumentException($"DLRM '{Config.Name}' takes {Config.DenseFeatures} dense features and {Config.Tables} tables; the batch has {batch.DenseFeatures} and {batch.Tables}.", nameof(batch));
        int n = batch.Batch;
        var x = new Variable(Tensor.FromSpan<float>(batch.Dense, n, Config.DenseFeatures));
        for (int i = 0; i < Bottom.Count; i++)
            x = tape.Relu(tape.Linear(x, Bottom[i].Weight, Bottom[i].Bias));
        var features = new Variable[Config.Tables + 1];
        features[0] = x;
        for (int t = 0; t < Config.Tables; t++)
        {
            var (ids, offsets) = batch.TableBags(t);
            features[t + 1] = tape.EmbeddingBag(Tables[t], ids, offsets, EmbeddingPooling.Sum);
        }
        var z = Config.Interaction == InteractionKind.Dot
            ? tape.Concat(1, x, tape.PairwiseDot(features))
            : tape.Concat(1, features);
        for (int i = 0; i < Top.Count; i++)
        {
            z = tape.Linear(z, Top[i].Weight, Top[i].Bias);
            if (i < Top.Count - 1)
                z = tape.Relu(z);
        }
        return z;
    }

    /// <summary>Click probabilities for <paramref name="batch"/> (inference: nothing recorded).</summary>
    public float[] Predict(ClickBatch batch, int threads = 1)
    {
        var logits = Forward(new Tape(training: false, recording: false, threads), batch).Data;
        var p = new float[logits.Length];
        for (int i = 0; i < p.Length; i++)
            p[i] = 1f / (1f + MathF.Exp(-logits[i]));
        return p;
    }

    private static (Parameter Weight, Parameter Bias)[] Layers(string prefix, int inputs, int[] widths, Random rng)
    {
        var layers = new (Parameter, Parameter)[widths.Length];
        for (int i = 0; i < widths.Length; i++)
        {
            float bound = MathF.Sqrt(6f / (inputs + widths[i]));
            layers[i] = (new Parameter($"{prefix}.{i}.weight", Uniform(rng, bound, widths[i], inputs)),
                         new Parameter($"{prefix}.{i}.bias", Tensor.Zeros(DType.F32, widths[i])) { NoWeightDecay = true });
            inputs = widths[i];
        }
        return layers;
    }

    private static Tensor Uniform(Random rng, float bound, int rows, int cols)
    {
        var t = Tensor.Zeros(DType.F32, rows, cols);
        var d = t.AsSpan<float>();
        for (int i = 0; i < d.Length; i++)
            d[i] = (rng.NextSingle() * 2 - 1) * bound;
        return t;
    }
}

/// <summary>Trains a <see cref="DlrmModel"/> on a click stream with binary cross-entropy and AdamW.</summary>
public static class DlrmTrainer
{
    /// <summary>
    /// Runs <paramref name="steps"/> steps of batch <paramref name="batchSize"/> drawn from <paramref name="data"/>;
    /// returns the mean training loss of each step. <paramref name="progress"/> gets (step, loss).
    /// </summary>
    public static float[] Train(DlrmModel model, ClickLogGenerator data, int steps, int batchSize, float learningRate = 3e-3f,
        int threads = 1, Action<int, float>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        var optimizer = new AdamW(model.Parameters, learningRate, weightDecay: 0f);
        var losses = new float[steps];
        for (int step = 0; step < steps; step++)
        {
            var batch = data.Next(batchSize);
            var tape = new Tape(training: true, recording: true, threads);
            var loss = tape.BinaryCrossEntropyWithLogits(model.Forward(tape, batch), batch.Labels);
            optimizer.ZeroGrad();
            tape.Backward(loss);
            optimizer.Step();
            losses[step] = loss.Data[0];
            progress?.Invoke(step, losses[step]);
        }
        return losses;
    }
}
