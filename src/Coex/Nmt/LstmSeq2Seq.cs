using Coex.Tensors;
using Coex.Training;

namespace Coex.Nmt;

/// <summary>
/// LSTM encoder-decoder with Luong attention and input feeding: the encoder LSTM reads the source; each decoder step feeds
/// [embedding; previous attentional state] to the decoder LSTM, attends over the encoder states with its hidden state h
/// (dot-product, one head), and emits <c>h̃ = tanh(W_c·[context; h])</c>, from which the output projection gives the logits.
/// Gate, combine and output matrices are <see cref="Projection"/>s, dense or VVMA.
/// </summary>
public sealed class LstmSeq2Seq : Seq2SeqModel
{
    private readonly Parameter _embedding;
    private readonly Projection _encoderInput, _encoderHidden, _decoderInput, _decoderHidden, _combine, _output;

    public LstmSeq2Seq(Seq2SeqConfig config) : base(config)
    {
        var rng = new Random(config.Seed);
        int d = config.Dim, k = config.VvmaBlock;
        _embedding = NewParameter("embedding", rng, 1.0 / d, config.VocabSize, d);
        _encoderInput = Projection.Create("encoder.input", d, 4 * d, k, rng);
        _encoderHidden = Projection.Create("encoder.hidden", d, 4 * d, k, rng, bias: false);
        _decoderInput = Projection.Create("decoder.input", 2 * d, 4 * d, k, rng);
        _decoderHidden = Projection.Create("decoder.hidden", d, 4 * d, k, rng, bias: false);
        _combine = Projection.Create("decoder.combine", 2 * d, d, k, rng);
        _output = Projection.Create("output", d, config.VocabSize, config.OutputBlock, rng);
        // Forget-gate bias 1: the cell remembers by default early in training (Jozefowicz et al.).
        foreach (var p in new[] { _encoderInput, _decoderInput })
        {
            var bias = p.Parameters().Last().Data;
            bias.Slice(d, d).Fill(1f);
        }
    }

    private IEnumerable<Projection> All => [_encoderInput, _encoderHidden, _decoderInput, _decoderHidden, _combine, _output];

    public override IEnumerable<Parameter> Parameters() => new[] { _embedding }.Concat(All.SelectMany(p => p.Parameters()));

    public override IEnumerable<Projection> Projections() => All;

    /// <summary>One LSTM step from precomputed input gates [B, 4H]: returns (h, c).</summary>
    private (Variable H, Variable C) Cell(Tape tape, Variable inputGates, Variable? h, Variable? c, Projection hidden)
    {
        int d = Config.Dim;
        var gates = h is null ? inputGates : tape.Add(inputGates, hidden.Forward(tape, h));
        var i = tape.Sigmoid(tape.SliceColumns(gates, 0, d));
        var f = tape.Sigmoid(tape.SliceColumns(gates, d, d));
        var g = tape.Tanh(tape.SliceColumns(gates, 2 * d, d));
        var o = tape.Sigmoid(tape.SliceColumns(gates, 3 * d, d));
        var cNext = c is null ? tape.Mul(i, g) : tape.Add(tape.Mul(f, c), tape.Mul(i, g));
        return (tape.Mul(o, tape.Tanh(cNext)), cNext);
    }

    /// <summary>Encoder states [B, S, H] for source ids [B, S].</summary>
    private Variable Encode(Tape tape, int[] ids, int batch, int length)
    {
        var e = tape.Dropout(tape.GatherRows(_embedding, ids), Config.Dropout, DropoutRandom);
        var gx = _encoderInput.Forward(tape, e);
        Variable? h = null, c = null;
        var states = new Variable[length];
        for (int t = 0; t < length; t++)
        {
            (h, c) = Cell(tape, tape.GatherRows(gx, Enumerable.Range(0, batch).Select(b => b * length + t).ToArray()), h, c, _encoderHidden);
            states[t] = h;
        }
        return tape.Reshape(tape.Concat(1, states), batch, length, Config.Dim);
    }

    /// <summary>One decoder step: returns the attentional state h̃ [B, H] and the new (h, c).</summary>
    private (Variable Out, Variable H, Variable C) DecoderStep(Tape tape, Variable embedded, Variable feed, Variable? h, Variable? c,
        Variable memory, int[] sourceLengths)
    {
        int batch = embedded.Shape[0], d = Config.Dim;
        var gx = _decoderInput.Forward(tape, tape.Concat(1, embedded, feed));
        (h, c) = Cell(tape, gx, h, c, _decoderHidden);
        var context = tape.Reshape(tape.Attention(tape.Reshape(h, batch, 1, d), memory, memory, 1, sourceLengths), batch, d);
        var output = tape.Tanh(_combine.Forward(tape, tape.Concat(1, context, h)));
        return (output, h, c);
    }

    public override Variable Loss(Tape tape, SequenceBatch batch)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(batch);
        int d = Config.Dim, n = batch.Size, length = batch.TargetLength;
        var memory = Encode(tape, batch.Source, n, batch.SourceLength);
        var embedded = tape.Dropout(tape.GatherRows(_embedding, batch.DecoderInput), Config.Dropout, DropoutRandom);
        Variable feed = new(Tensor.Zeros(DType.F32, n, d));
        Variable? h = null, c = null;
        var outputs = new Variable[length];
        for (int t = 0; t < length; t++)
        {
            var row = tape.GatherRows(embedded, Enumerable.Range(0, n).Select(b => b * length + t).ToArray());
            (feed, h, c) = DecoderStep(tape, row, feed, h, c, memory, batch.SourceLengths);
            outputs[t] = feed;
        }
        var all = tape.Dropout(tape.Reshape(tape.Concat(1, outputs), n * length, d), Config.Dropout, DropoutRandom);
        var logits = _output.Forward(tape, tape.GatherRows(all, batch.ValidTargetRows));
        return tape.SoftmaxCrossEntropy(logits, batch.Labels);
    }

    public override DecoderState Begin(int[] source, int beams, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beams);
        var src = SourceWithEos(source);
        var tape = new Tape(training: false, recording: false, threads);
        var memory = Encode(tape, src, 1, src.Length);
        var replicated = tape.Reshape(tape.GatherRows(tape.Reshape(memory, src.Length, Config.Dim),
            Enumerable.Range(0, beams).SelectMany(_ => Enumerable.Range(0, src.Length)).ToArray()), beams, src.Length, Config.Dim);
        return new State(tape, replicated, src.Length, beams, Config.Dim);
    }

    public override float[] Step(DecoderState state, int[] lastTokens)
    {
        var s = state as State ?? throw new ArgumentException("The state was not made by this model's Begin.", nameof(state));
        if (lastTokens.Length != s.Beams)
            throw new ArgumentException($"{lastTokens.Length} tokens for {s.Beams} beams.", nameof(lastTokens));
        var tape = s.Tape;
        var embedded = tape.GatherRows(_embedding, lastTokens);
        var (output, h, c) = DecoderStep(tape, embedded, s.Feed, s.H, s.C, s.Memory, s.SourceLengths);
        s.Advance(output, h, c);
        return LogSoftmax(_output.Forward(tape, output).Data, Config.VocabSize);
    }

    private sealed class State : DecoderState
    {
        public State(Tape tape, Variable memory, int sourceLength, int beams, int d)
        {
            Tape = tape;
            Memory = memory;
            SourceLengths = Enumerable.Repeat(sourceLength, beams).ToArray();
            Beams = beams;
            Feed = new Variable(Tensor.Zeros(DType.F32, beams, d));
        }

        public Tape Tape { get; }
        public Variable Memory { get; }
        public int[] SourceLengths { get; }
        public Variable Feed { get; private set; }
        public Variable? H { get; private set; }
        public Variable? C { get; private set; }

        public void Advance(Variable feed, Variable h, Variable c)
        {
            (Feed, H, C) = (feed, h, c);
            Position++;
        }

        public override void Reorder(int[] parents)
        {
            if (parents.Length != Beams)
                throw new ArgumentException($"{parents.Length} parents for {Beams} beams.", nameof(parents));
            Feed = Tape.GatherRows(Feed, parents);
            if (H is not null) H = Tape.GatherRows(H, parents);
            if (C is not null) C = Tape.GatherRows(C, parents);
        }
    }
}
