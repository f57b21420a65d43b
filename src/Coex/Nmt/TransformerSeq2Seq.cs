using Coex.Tensors;
using Coex.Training;

namespace Coex.Nmt;

/// <summary>
/// Pre-norm Transformer encoder-decoder (Vaswani et al. with layer norm before each sub-layer): shared source/target
/// embedding scaled by √D plus sinusoidal positions, multi-head self-attention, cross-attention, ReLU feed-forward;
/// every matrix (Q, K, V, O, feed-forward, output) is a <see cref="Projection"/>, dense or VVMA.
/// </summary>
public sealed class TransformerSeq2Seq : Seq2SeqModel
{
    private readonly Parameter _embedding;
    private readonly float[] _positions;
    private readonly EncoderLayer[] _encoder;
    private readonly DecoderLayer[] _decoder;
    private readonly Norm _encoderNorm, _decoderNorm;
    private readonly Projection _output;
    private readonly Variable _embeddingScale;

    public TransformerSeq2Seq(Seq2SeqConfig config) : base(config)
    {
        var rng = new Random(config.Seed);
        int d = config.Dim, k = config.VvmaBlock;
        _embedding = NewParameter("embedding", rng, 1.0 / d, config.VocabSize, d);
        _encoder = Enumerable.Range(0, config.Layers).Select(i => new EncoderLayer($"encoder.{i}", d, config.FfnDim, k, rng)).ToArray();
        _decoder = Enumerable.Range(0, config.Layers).Select(i => new DecoderLayer($"decoder.{i}", d, config.FfnDim, k, rng)).ToArray();
        _encoderNorm = new Norm("encoder.norm", d);
        _decoderNorm = new Norm("decoder.norm", d);
        _output = Projection.Create("output", d, config.VocabSize, config.OutputBlock, rng);
        _positions = Sinusoids(config.MaxLength, d);
        _embeddingScale = new Variable(Tensor.FromSpan<float>([MathF.Sqrt(d)], 1));
    }

    /// <summary>When false, <see cref="Step"/> recomputes the decoder over the whole prefix instead of using the key/value cache.</summary>
    public bool UseKeyValueCache { get; set; } = true;

    public override IEnumerable<Parameter> Parameters() =>
        new[] { _embedding }.Concat(_encoder.SelectMany(l => l.Parameters())).Concat(_encoderNorm.Parameters())
            .Concat(_decoder.SelectMany(l => l.Parameters())).Concat(_decoderNorm.Parameters()).Concat(_output.Parameters());

    public override IEnumerable<Projection> Projections() =>
        _encoder.SelectMany(l => l.Projections()).Concat(_decoder.SelectMany(l => l.Projections())).Append(_output);

    public override Variable Loss(Tape tape, SequenceBatch batch)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.SourceLength > Config.MaxLength || batch.TargetLength > Config.MaxLength)
            throw new ArgumentException($"Batch sequences ({batch.SourceLength}, {batch.TargetLength} tokens) exceed the model's {Config.MaxLength}.");
        var memory = Encode(tape, batch.Source, batch.Size, batch.SourceLength, batch.SourceLengths);
        var y = Decode(tape, batch.DecoderInput, batch.Size, batch.TargetLength, memory, batch.SourceLength, batch.SourceLengths);
        var logits = _output.Forward(tape, tape.GatherRows(y, batch.ValidTargetRows));
        return tape.SoftmaxCrossEntropy(logits, batch.Labels);
    }

    /// <summary>Token embeddings ·√D plus the positions [offset, offset + L), for ids [B, L] → [B·L, D].</summary>
    private Variable Embed(Tape tape, int[] ids, int batch, int length, int offset)
    {
        int d = Config.Dim;
        if (offset + length > Config.MaxLength)
            throw new InvalidOperationException($"Position {offset + length} is past the model's maximum length {Config.MaxLength}.");
        var x = tape.Mul(tape.GatherRows(_embedding, ids), _embeddingScale);
        var pe = new Variable(Tensor.FromSpan<float>(_positions.AsSpan(offset * d, length * d), 1, length, d));
        x = tape.Reshape(tape.Add(tape.Reshape(x, batch, length, d), pe), batch * length, d);
        return tape.Dropout(x, Config.Dropout, DropoutRandom);
    }

    private Variable Encode(Tape tape, int[] ids, int batch, int length, int[] lengths)
    {
        var x = Embed(tape, ids, batch, length, 0);
        foreach (var layer in _encoder)
        {
            var h = layer.Norm1.Forward(tape, x);
            x = tape.Add(x, Drop(tape, layer.Self.Forward(tape, h, h, batch, length, length, lengths, causal: false, Config.Heads)));
            x = tape.Add(x, Drop(tape, FeedForward(tape, layer.Ff1, layer.Ff2, layer.Norm2.Forward(tape, x))));
        }
        return _encoderNorm.Forward(tape, x);
    }

    private Variable Decode(Tape tape, int[] ids, int batch, int length, Variable memory, int sourceLength, int[] sourceLengths)
    {
        var y = Embed(tape, ids, batch, length, 0);
        foreach (var layer in _decoder)
        {
            var h = layer.Norm1.Forward(tape, y);
            y = tape.Add(y, Drop(tape, layer.Self.Forward(tape, h, h, batch, length, length, null, causal: true, Config.Heads)));
            h = layer.Norm2.Forward(tape, y);
            y = tape.Add(y, Drop(tape, layer.Cross.Forward(tape, h, memory, batch, length, sourceLength, sourceLengths, causal: false, Config.Heads)));
            y = tape.Add(y, Drop(tape, FeedForward(tape, layer.Ff1, layer.Ff2, layer.Norm3.Forward(tape, y))));
        }
        return _decoderNorm.Forward(tape, y);
    }

    private Variable Drop(Tape tape, Variable x) => tape.Dropout(x, Config.Dropout, DropoutRandom);

    private static Variable FeedForward(Tape tape, Projection ff1, Projection ff2, Variable x) => ff2.Forward(tape, tape.Relu(ff1.Forward(tape, x)));

    public override DecoderState Begin(int[] source, int beams, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(beams);
        var src = SourceWithEos(source);
        var tape = new Tape(training: false, recording: false, threads);
        var memory = Encode(tape, src, 1, src.Length, [src.Length]);
        // Every beam reads the same encoder output; replicate it once here.
        var replicated = tape.GatherRows(memory, Enumerable.Range(0, beams).SelectMany(_ => Enumerable.Range(0, src.Length)).ToArray());
        return new State(this, tape, replicated, src.Length, beams);
    }

    public override float[] Step(DecoderState state, int[] lastTokens)
    {
        var s = state as State ?? throw new ArgumentException("The state was not made by this model's Begin.", nameof(state));
        if (lastTokens.Length != s.Beams)
            throw new ArgumentException($"{lastTokens.Length} tokens for {s.Beams} beams.", nameof(lastTokens));
        return UseKeyValueCache ? s.StepCached(lastTokens) : s.StepFull(lastTokens);
    }

    private static float[] Sinusoids(int length, int d)
    {
        var pe = new float[length * d];
        for (int p = 0; p < length; p++)
            for (int i = 0; i < d; i += 2)
            {
                double angle = p / Math.Pow(10000, (double)i / d);
                pe[p * d + i] = (float)Math.Sin(angle);
                if (i + 1 < d) pe[p * d + i + 1] = (float)Math.Cos(angle);
            }
        return pe;
    }

    private sealed class AttentionBlock(string name, int d, int k, Random rng)
    {
        public Projection Q { get; } = Projection.Create($"{name}.q", d, d, k, rng);
        public Projection K { get; } = Projection.Create($"{name}.k", d, d, k, rng);
        public Projection V { get; } = Projection.Create($"{name}.v", d, d, k, rng);
        public Projection O { get; } = Projection.Create($"{name}.o", d, d, k, rng);

        /// <summary>Attention of queries [B·Tq, D] over keys/values from [B·Tk, D]; returns [B·Tq, D].</summary>
        public Variable Forward(Tape tape, Variable query, Variable keyValue, int batch, int tq, int tk, int[]? keyLengths, bool causal, int heads)
        {
            int d = query.Shape[1];
            var q = tape.Reshape(Q.Forward(tape, query), batch, tq, d);
            var kk = tape.Reshape(K.Forward(tape, keyValue), batch, tk, d);
            var v = tape.Reshape(V.Forward(tape, keyValue), batch, tk, d);
            return O.Forward(tape, tape.Reshape(tape.Attention(q, kk, v, heads, keyLengths, causal), batch * tq, d));
        }

        public IEnumerable<Projection> Projections() => [Q, K, V, O];
    }

    private sealed class EncoderLayer(string name, int d, int ffn, int k, Random rng)
    {
        public Norm Norm1 { get; } = new($"{name}.norm1", d);
        public AttentionBlock Self { get; } = new($"{name}.self", d, k, rng);
        public Norm Norm2 { get; } = new($"{name}.norm2", d);
        public Projection Ff1 { get; } = Projection.Create($"{name}.ff1", d, ffn, k, rng);
        public Projection Ff2 { get; } = Projection.Create($"{name}.ff2", ffn, d, k, rng);

        public IEnumerable<Projection> Projections() => Self.Projections().Append(Ff1).Append(Ff2);
        public IEnumerable<Parameter> Parameters() =>
            Norm1.Parameters().Concat(Self.Projections().SelectMany(p => p.Parameters())).Concat(Norm2.Parameters()).Concat(Ff1.Parameters()).Concat(Ff2.Parameters());
    }

    private sealed class DecoderLayer(string name, int d, int ffn, int k, Random rng)
    {
        public Norm Norm1 { get; } = new($"{name}.norm1", d);
        public AttentionBlock Self { get; } = new($"{name}.self", d, k, rng);
        public Norm Norm2 { get; } = new($"{name}.norm2", d);
        public AttentionBlock Cross { get; } = new($"{name}.cross", d, k, rng);
        public Norm Norm3 { get; } = new($"{name}.norm3", d);
        public Projection Ff1 { get; } = Projection.Create($"{name}.ff1", d, ffn, k, rng);
        public Projection Ff2 { get; } = Projection.Create($"{name}.ff2", ffn, d, k, rng);

        public IEnumerable<Projection> Projections() => Self.Projections().Concat(Cross.Projections()).Append(Ff1).Append(Ff2);
        public IEnumerable<Parameter> Parameters() =>
            Norm1.Parameters().Concat(Self.Projections().SelectMany(p => p.Parameters())).Concat(Norm2.Parameters())
                .Concat(Cross.Projections().SelectMany(p => p.Parameters())).Concat(Norm3.Parameters()).Concat(Ff1.Parameters()).Concat(Ff2.Parameters());
    }

    /// <summary>
    /// Decoding state. Cached: per decoder layer, the self-attention keys/values of every fed position in [beams, MaxLength, D]
    /// tensors (attention masks the unfilled tail), and the cross-attention keys/values of the encoder output, computed once.
    /// Uncached: the token prefix of each beam, re-decoded in full each step.
    /// </summary>
    private sealed class State : DecoderState
    {
        private readonly TransformerSeq2Seq _model;
        private readonly Tape _tape;
        private readonly Variable _memory;
        private readonly int _sourceLength;
        private readonly Tensor[] _selfKeys, _selfValues;
        private readonly Variable[] _crossKeys, _crossValues;
        private List<int>[] _prefixes;

        public State(TransformerSeq2Seq model, Tape tape, Variable memory, int sourceLength, int beams)
        {
            _model = model;
            _tape = tape;
            _memory = memory;
            _sourceLength = sourceLength;
            Beams = beams;
            int layers = model._decoder.Length, d = model.Config.Dim;
            _selfKeys = new Tensor[layers];
            _selfValues = new Tensor[layers];
            _crossKeys = new Variable[layers];
            _crossValues = new Variable[layers];
            for (int l = 0; l < layers; l++)
            {
                _selfKeys[l] = Tensor.Zeros(DType.F32, beams, model.Config.MaxLength, d);
                _selfValues[l] = Tensor.Zeros(DType.F32, beams, model.Config.MaxLength, d);
                var cross = model._decoder[l].Cross;
                _crossKeys[l] = tape.Reshape(cross.K.Forward(tape, memory), beams, sourceLength, d);
                _crossValues[l] = tape.Reshape(cross.V.Forward(tape, memory), beams, sourceLength, d);
            }
            _prefixes = Enumerable.Range(0, beams).Select(_ => new List<int>()).ToArray();
        }

        public float[] StepCached(int[] tokens)
        {
            var m = _model;
            int d = m.Config.Dim, pos = Position, maxLength = m.Config.MaxLength;
            var tape = _tape;
            var x = m.Embed(tape, tokens, Beams, 1, pos);
            var lengths = Enumerable.Repeat(pos + 1, Beams).ToArray();
            var sourceLengths = Enumerable.Repeat(_sourceLength, Beams).ToArray();
            for (int l = 0; l < m._decoder.Length; l++)
            {
                var layer = m._decoder[l];
                var h = layer.Norm1.Forward(tape, x);
                var q = layer.Self.Q.Forward(tape, h);
                var kNew = layer.Self.K.Forward(tape, h).Data;
                var vNew = layer.Self.V.Forward(tape, h).Data;
                for (int b = 0; b < Beams; b++)
                {
                    kNew.Slice(b * d, d).CopyTo(_selfKeys[l].AsSpan<float>().Slice((b * maxLength + pos) * d, d));
                    vNew.Slice(b * d, d).CopyTo(_selfValues[l].AsSpan<float>().Slice((b * maxLength + pos) * d, d));
                }
                var attended = tape.Attention(tape.Reshape(q, Beams, 1, d), new Variable(_selfKeys[l]), new Variable(_selfValues[l]), m.Config.Heads, lengths);
                x = tape.Add(x, layer.Self.O.Forward(tape, tape.Reshape(attended, Beams, d)));
                h = layer.Norm2.Forward(tape, x);
                var cq = tape.Reshape(layer.Cross.Q.Forward(tape, h), Beams, 1, d);
                var cross = tape.Attention(cq, _crossKeys[l], _crossValues[l], m.Config.Heads, sourceLengths);
                x = tape.Add(x, layer.Cross.O.Forward(tape, tape.Reshape(cross, Beams, d)));
                x = tape.Add(x, FeedForward(tape, layer.Ff1, layer.Ff2, layer.Norm3.Forward(tape, x)));
            }
            for (int b = 0; b < Beams; b++)
                _prefixes[b].Add(tokens[b]);
            Position++;
            return LogSoftmax(m._output.Forward(tape, m._decoderNorm.Forward(tape, x)).Data, m.Config.VocabSize);
        }

        public float[] StepFull(int[] tokens)
        {
            var m = _model;
            for (int b = 0; b < Beams; b++)
                _prefixes[b].Add(tokens[b]);
            Position++;
            int length = Position;
            var ids = _prefixes.SelectMany(p => p).ToArray();
            var y = m.Decode(_tape, ids, Beams, length, _memory, _sourceLength, Enumerable.Repeat(_sourceLength, Beams).ToArray());
            var last = _tape.GatherRows(y, Enumerable.Range(0, Beams).Select(b => b * length + length - 1).ToArray());
            return LogSoftmax(m._output.Forward(_tape, last).Data, m.Config.VocabSize);
        }

        public override void Reorder(int[] parents)
        {
            if (parents.Length != Beams)
                throw new ArgumentException($"{parents.Length} parents for {Beams} beams.", nameof(parents));
            int d = _model.Config.Dim, maxLength = _model.Config.MaxLength;
            foreach (var cache in _selfKeys.Concat(_selfValues))
            {
                var old = cache.AsSpan<float>().ToArray();
                for (int b = 0; b < Beams; b++)
                    old.AsSpan(parents[b] * maxLength * d, Position * d).CopyTo(cache.AsSpan<float>().Slice(b * maxLength * d, Position * d));
            }
            _prefixes = parents.Select(p => new List<int>(_prefixes[p])).ToArray();
        }
    }
}
