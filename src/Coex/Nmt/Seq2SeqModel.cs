using System.Text.Json.Serialization;
using Coex.Tensors;
using Coex.Training;

namespace Coex.Nmt;

public enum Seq2SeqArch { Lstm, Transformer }

/// <summary>Shape of a sequence-to-sequence model. <see cref="VvmaBlock"/> 0 builds dense projections, k > 0 VVMA ones with k×k blocks.</summary>
public sealed record Seq2SeqConfig
{
    public Seq2SeqArch Arch { get; init; } = Seq2SeqArch.Transformer;
    public int VocabSize { get; init; }
    /// <summary>Model width (embedding, hidden state).</summary>
    public int Dim { get; init; } = 128;
    public int Heads { get; init; } = 4;
    /// <summary>Transformer feed-forward width.</summary>
    public int FfnDim { get; init; } = 256;
    /// <summary>Encoder and decoder layers each (the LSTM uses one layer).</summary>
    public int Layers { get; init; } = 2;
    public int VvmaBlock { get; init; }
    /// <summary>
    /// Keep the output (softmax) projection dense in a VVMA model. In a VVMA output layer the k tokens of a block share M, so
    /// each token has only In/k weights of its own; on a small model that costs more accuracy than any other layer.
    /// </summary>
    public bool DenseOutput { get; init; }
    public float Dropout { get; init; } = 0.1f;
    /// <summary>Longest sequence (tokens, with &lt;s&gt;/&lt;/s&gt;) the positional table covers.</summary>
    public int MaxLength { get; init; } = 128;
    public int Seed { get; init; } = 1;

    public void Validate()
    {
        if (VocabSize <= BpeTokenizer.Unk || Dim <= 0 || Heads <= 0 || Dim % Heads != 0 || FfnDim <= 0 || Layers <= 0 || MaxLength <= 1)
            throw new ArgumentException($"Invalid model shape: vocab {VocabSize}, dim {Dim}, heads {Heads} (must divide dim), ffn {FfnDim}, layers {Layers}, max length {MaxLength}.");
        if (VvmaBlock < 0)
            throw new ArgumentException($"VVMA block size must be 0 (dense) or positive; got {VvmaBlock}.");
        if (VvmaBlock > 0 && (Dim % VvmaBlock != 0 || FfnDim % VvmaBlock != 0 || (!DenseOutput && VocabSize % VvmaBlock != 0)))
            throw new ArgumentException($"VVMA block size {VvmaBlock} must divide the width {Dim}, the feed-forward width {FfnDim} and the vocabulary {VocabSize} (round the vocabulary up).");
        if (!(Dropout >= 0 && Dropout < 1))
            throw new ArgumentException($"Dropout must be in [0, 1); got {Dropout}.");
    }

    public override string ToString() =>
        $"{Arch.ToString().ToLowerInvariant()} dim {Dim} {(Arch == Seq2SeqArch.Transformer ? $"heads {Heads} ffn {FfnDim} layers {Layers} " : "")}vocab {VocabSize} {(VvmaBlock == 0 ? "dense" : $"vvma k={VvmaBlock}{(DenseOutput ? " dense-output" : "")}")}";

    /// <summary>Block size of the output projection: 0 (dense) when <see cref="DenseOutput"/>, else <see cref="VvmaBlock"/>.</summary>
    [JsonIgnore]
    public int OutputBlock => DenseOutput ? 0 : VvmaBlock;
}

/// <summary>Per-sentence decoding state (encoder output, recurrent state or key/value cache) for a set of beams.</summary>
public abstract class DecoderState
{
    /// <summary>Hypotheses decoded side by side.</summary>
    public int Beams { get; protected set; }
    /// <summary>Tokens fed so far.</summary>
    public int Position { get; protected set; }

    /// <summary>Keeps beam <paramref name="parents"/>[i] as new beam i (beam search after choosing extensions).</summary>
    public abstract void Reorder(int[] parents);
}

/// <summary>An encoder-decoder translation model trained on a <see cref="Tape"/>.</summary>
public abstract class Seq2SeqModel
{
    protected Seq2SeqModel(Seq2SeqConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        Config = config;
        DropoutRandom = new Random(DropoutSeed(0));
    }

    public Seq2SeqConfig Config { get; }

    /// <summary>Where dropout draws its masks; <see cref="BeginEpoch"/> reseeds it.</summary>
    protected Random DropoutRandom { get; private set; }

    /// <summary>
    /// Reseeds dropout for epoch <paramref name="epoch"/> (0-based), so an epoch's masks depend only on the seed and the
    /// epoch: a run resumed at an epoch boundary draws the masks an uninterrupted one would.
    /// </summary>
    public void BeginEpoch(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        DropoutRandom = new Random(DropoutSeed(epoch));
    }

    private int DropoutSeed(int epoch) => unchecked(Config.Seed + 1 + 1_000_003 * epoch);

    public static Seq2SeqModel Create(Seq2SeqConfig config) =>
        config.Arch == Seq2SeqArch.Lstm ? new LstmSeq2Seq(config) : new TransformerSeq2Seq(config);

    /// <summary>Trainable parameters in a fixed order with unique names.</summary>
    public abstract IEnumerable<Parameter> Parameters();

    /// <summary>The learned matrix maps (dense or VVMA), the layers VVMA replaces.</summary>
    public abstract IEnumerable<Projection> Projections();

    public long ParameterCount => Parameters().Sum(p => p.Length);

    /// <summary>Weights of the projected layers only (biases not counted).</summary>
    public long ProjectionWeightCount => Projections().Sum(p => p.WeightCount);

    /// <summary>Mean cross-entropy of the target tokens under teacher forcing.</summary>
    public abstract Variable Loss(Tape tape, SequenceBatch batch);

    /// <summary>Encodes one source sentence (ids without &lt;s&gt;/&lt;/s&gt;; &lt;/s&gt; is appended) and starts <paramref name="beams"/> hypotheses.</summary>
    public abstract DecoderState Begin(int[] source, int beams, int threads = 1);

    /// <summary>Feeds each beam's last token and returns log-probabilities [beams, Vocab] of the next one.</summary>
    public abstract float[] Step(DecoderState state, int[] lastTokens);

    /// <summary>Uniform values of variance <paramref name="variance"/>.</summary>
    protected static Parameter NewParameter(string name, Random rng, double variance, params int[] shape) =>
        new(name, Projection.Uniform(rng, variance, shape));

    protected static Parameter Constant(string name, float value, params int[] shape)
    {
        var t = Tensor.Zeros(DType.F32, shape);
        t.AsSpan<float>().Fill(value);
        return new Parameter(name, t) { NoWeightDecay = true };
    }

    /// <summary>Row-wise log-softmax of [rows, V] logits.</summary>
    protected static float[] LogSoftmax(ReadOnlySpan<float> logits, int vocab)
    {
        var result = new float[logits.Length];
        Coex.Kernels.Norms.SoftmaxKernels.Softmax(logits, result, vocab, log: true);
        return result;
    }

    /// <summary>The source with &lt;/s&gt; appended, checked against the vocabulary and the length limit.</summary>
    protected int[] SourceWithEos(int[] source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length + 1 > Config.MaxLength)
            throw new ArgumentException($"The source has {source.Length} tokens; this model takes at most {Config.MaxLength - 1}.", nameof(source));
        foreach (int id in source)
            if ((uint)id >= (uint)Config.VocabSize)
                throw new ArgumentOutOfRangeException(nameof(source), id, $"Token id outside the vocabulary [0, {Config.VocabSize}).");
        return [.. source, BpeTokenizer.Eos];
    }
}

/// <summary>Layer normalization parameters over the model width.</summary>
internal sealed class Norm(string name, int dim)
{
    public Parameter Gamma { get; } = new($"{name}.weight", Filled(1f, dim)) { NoWeightDecay = true };
    public Parameter Beta { get; } = new($"{name}.bias", Filled(0f, dim)) { NoWeightDecay = true };

    public Variable Forward(Tape tape, Variable x) => tape.LayerNorm(x, Gamma, Beta);
    public IEnumerable<Parameter> Parameters() => [Gamma, Beta];

    private static Tensor Filled(float value, int n)
    {
        var t = Tensor.Zeros(DType.F32, n);
        t.AsSpan<float>().Fill(value);
        return t;
    }
}
