using System.Runtime.Intrinsics;
using Coex.Kernels;
using Coex.Kernels.Embedding;
using Coex.Kernels.Gemm;
using Coex.Kernels.Elementwise;

namespace Coex.RecSys;

/// <summary>
/// Serves a trained <see cref="DlrmModel"/>: takes a batch of requests (dense features plus sparse ids in the
/// table-batched indices + offsets layout) and returns click probabilities, with the embedding tables stored in a chosen
/// precision (fp32, fp16, row-wise int8/int4) and the MLPs in fp32 on packed GEMM weights.
/// </summary>
/// <remarks>
/// Every buffer is sized for <see cref="MaxBatch"/> when the session is built, so <see cref="Run"/> allocates nothing on
/// one thread (the <see cref="KernelThreads"/> team allocates a small job object per parallel kernel call). Ids and
/// offsets are checked on entry (<see cref="EmbeddingIndexException"/>). A session is not thread-safe: one request batch
/// at a time. Built with a <see cref="MergePlan"/>, the session looks its embeddings up in the plan's merged
/// (Cartesian-product) tables through <see cref="MergedEmbeddingBags"/>: same requests, same probabilities, fewer lookups.
/// </remarks>
public sealed class RecSysSession : IDisposable
{
    private readonly EmbeddingTable[] _tables;
    private readonly MergedEmbeddingBags? _merged;
    /// <summary>Where feature row f (0 = bottom output, 1 + t = table t) starts in a request's <see cref="_features"/> row.</summary>
    private readonly int[] _featureColumn;
    private readonly PackedWeights[] _bottom, _top;
    private readonly float[][] _bottomBias, _topBias;
    private readonly float[] _features;      // [B, (T+1)·D]: bottom output, then the T pooled rows
    private readonly float[] _interaction;   // [B, InteractionWidth]
    private readonly float[] _a, _b;         // ping-pong MLP activations
    private readonly float[] _probabilities;
    private readonly EmbeddingBagOptions _bagOptions;
    private readonly int _threads, _featureWidth;

    /// <param name="model">The trained model; its weights are copied (later training does not change the session).</param>
    /// <param name="precision">How the embedding tables are stored.</param>
    /// <param name="maxBatch">Largest request batch <see cref="Run"/> accepts.</param>
    /// <param name="threads">Threads for embedding bags and GEMMs; 0 = every core.</param>
    /// <param name="prefetch">Software-prefetch upcoming embedding rows.</param>
    public RecSysSession(DlrmModel model, EmbeddingPrecision precision, int maxBatch = 256, int threads = 1, bool prefetch = true)
        : this(model, precision, null, maxBatch, threads, prefetch)
    {
    }

    /// <summary>A session whose embeddings come from <paramref name="plan"/>'s tables (merged products and the rest as they are) in <paramref name="precision"/>.</summary>
    /// <param name="plan">A merge plan over the model's tables (e.g. <see cref="CartesianMergePlanner.Plan"/> of <see cref="RecSysConfig.FromDlrm"/>); null = unmerged.</param>
    /// <exception cref="ArgumentException">The plan's tables are not the model's.</exception>
    public RecSysSession(DlrmModel model, EmbeddingPrecision precision, MergePlan? plan, int maxBatch = 256, int threads = 1, bool prefetch = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBatch);
        Config = model.Config;
        Precision = precision;
        MaxBatch = maxBatch;
        _threads = KernelThreads.Resolve(threads);
        _bagOptions = new EmbeddingBagOptions { Threads = _threads, Prefetch = prefetch };
        int d = Config.EmbeddingDim;
        _featureColumn = new int[Config.Tables + 1];
        if (plan is null)
        {
            _tables = new EmbeddingTable[Config.Tables];
            for (int t = 0; t < Config.Tables; t++)
                _tables[t] = EmbeddingTable.FromFloats($"emb.{t}", model.Tables[t].Data, Config.TableRows[t], d, precision);
            for (int f = 0; f <= Config.Tables; f++)
                _featureColumn[f] = f * d;
        }
        else
        {
            MergedDlrm.CheckPlan(Config, plan);
            var weights = model.Tables.Select(p => p.Data.ToArray()).ToArray();
            _merged = new MergedEmbeddingBags(new MergedTables(plan, weights), precision);
            _merged.Reserve(maxBatch, maxBatch * Config.Pooling.Select((_, t) => Config.MaxPooling(t)).Sum());
            _tables = [.. _merged.Tables];
            // Merged rows hold their members' columns in group order; the features keep the groups' layout.
            for (int t = 0; t < Config.Tables; t++)
                _featureColumn[t + 1] = d + _merged.ColumnOfTable[t];
        }
        Plan = plan;
        (_bottom, _bottomBias) = Pack(model.Bottom);
        (_top, _topBias) = Pack(model.Top);
        _featureWidth = (Config.Tables + 1) * d;
        _features = new float[maxBatch * _featureWidth];
        _interaction = new float[maxBatch * Config.InteractionWidth];
        int widest = Math.Max(Config.BottomMlp.Max(), Config.TopMlp.Length == 0 ? 1 : Config.TopMlp.Max());
        _a = new float[maxBatch * widest];
        _b = new float[maxBatch * widest];
        _probabilities = new float[maxBatch];
    }

    public DlrmConfig Config { get; }
    public EmbeddingPrecision Precision { get; }
    public int MaxBatch { get; }
    /// <summary>The merge plan the session serves, or null when its tables are unmerged.</summary>
    public MergePlan? Plan { get; }
    /// <summary>Row lookups the last <see cref="Run"/> made (fewer than the ids when tables are merged).</summary>
    public int LastLookups { get; private set; }
    /// <summary>The session's tables (row bytes and sizes for reports): one per config table, or one per merge group with a <see cref="Plan"/>.</summary>
    public IReadOnlyList<EmbeddingTable> Tables => _tables;
    /// <summary>Bytes of all embedding tables in <see cref="Precision"/>.</summary>
    public long EmbeddingBytes => _tables.Sum(t => t.ByteLength);

    /// <summary>
    /// Click probabilities of B requests: <paramref name="dense"/> [B, DenseFeatures], <paramref name="indices"/> and
    /// <paramref name="offsets"/> (T·B + 1 entries) as in <see cref="ClickBatch"/>. The returned span is the session's
    /// buffer, valid until the next call.
    /// </summary>
    public ReadOnlySpan<float> Run(ReadOnlySpan<float> dense, ReadOnlySpan<int> indices, ReadOnlySpan<int> offsets)
    {
        int batch = dense.Length / Config.DenseFeatures;
        if (batch == 0 || dense.Length != batch * Config.DenseFeatures || batch > MaxBatch)
            throw new ArgumentException($"Dense features must be [B, {Config.DenseFeatures}] with 1 ≤ B ≤ {MaxBatch}; got {dense.Length} values.", nameof(dense));
        if (offsets.Length != Config.Tables * batch + 1)
            throw new EmbeddingIndexException($"{batch} requests over {Config.Tables} tables need {Config.Tables * batch + 1} offsets; got {offsets.Length}.", nameof(offsets));
        int d = Config.EmbeddingDim;
        // Pooled embeddings land right after each request's bottom-MLP output.
        if (_merged is null)
        {
            EmbeddingBag.Forward(_tables, indices, offsets, [], EmbeddingPooling.Sum, _features.AsSpan(d), _featureWidth, _bagOptions);
            LastLookups = indices.Length;
        }
        else
            LastLookups = _merged.Forward(indices, offsets, _features.AsSpan(d), _featureWidth, _bagOptions);
        ReadOnlySpan<float> x = dense;
        int width = Config.DenseFeatures;
        for (int i = 0; i < _bottom.Length; i++)
        {
            bool last = i == _bottom.Length - 1;
            var y = (i % 2 == 0 ? _a : _b).AsSpan(0, batch * _bottom[i].N);
            GemmF32.Multiply(x[..(batch * width)], _bottom[i], y, batch, _threads);
            BiasRelu(y, _bottomBias[i], relu: true);
            width = _bottom[i].N;
            x = y;
            if (last)
                for (int b = 0; b < batch; b++)
                    y.Slice(b * d, d).CopyTo(_features.AsSpan(b * _featureWidth, d));
        }
        Span<float> top = Config.Interaction == InteractionKind.Dot || _merged is not null ? _interaction : _features;
        if (Config.Interaction == InteractionKind.Dot)
            DotInteraction(batch);
        else if (_merged is not null)
            ConcatInTableOrder(batch);
        x = top;
        width = Config.InteractionWidth;
        for (int i = 0; i < _top.Length; i++)
        {
            var y = (i % 2 == 0 ? _a : _b).AsSpan(0, batch * _top[i].N);
            GemmF32.Multiply(x[..(batch * width)], _top[i], y, batch, _threads);
            BiasRelu(y, _topBias[i], relu: i < _top.Length - 1);
            width = _top[i].N;
            x = y;
        }
        var p = _probabilities.AsSpan(0, batch);
        for (int b = 0; b < batch; b++)
            p[b] = 1f / (1f + MathF.Exp(-x[b]));
        return p;
    }

    /// <summary>Convenience: <see cref="Run"/> on a <see cref="ClickBatch"/>, copied out.</summary>
    public float[] Predict(ClickBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var result = new float[batch.Batch];
        for (int start = 0; start < batch.Batch; start += MaxBatch)
        {
            int n = Math.Min(MaxBatch, batch.Batch - start);
            var slice = Slice(batch, start, n);
            Run(slice.Dense, slice.Indices, slice.Offsets).CopyTo(result.AsSpan(start));
        }
        return result;
    }

    /// <summary>Requests [start, start + n) of <paramref name="batch"/> as their own batch.</summary>
    public static ClickBatch Slice(ClickBatch batch, int start, int n)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (start == 0 && n == batch.Batch)
            return batch;
        int tables = batch.Tables, total = batch.Batch;
        var ids = new List<int>();
        var offsets = new int[tables * n + 1];
        for (int t = 0; t < tables; t++)
            for (int b = 0; b < n; b++)
            {
                int from = batch.Offsets[t * total + start + b], to = batch.Offsets[t * total + start + b + 1];
                ids.AddRange(batch.Indices.AsSpan(from, to - from).ToArray());
                offsets[t * n + b + 1] = ids.Count;
            }
        return new ClickBatch(n, batch.DenseFeatures, tables, batch.Dense.AsSpan(start * batch.DenseFeatures, n * batch.DenseFeatures).ToArray(),
            [.. ids], offsets, batch.Labels.AsSpan(start, n).ToArray());
    }

    /// <summary>Per request: the bottom output, then ⟨f_i, f_j⟩ for i &gt; j over the F = T + 1 feature rows.</summary>
    private void DotInteraction(int batch)
    {
        int d = Config.EmbeddingDim, f = Config.Tables + 1, width = Config.InteractionWidth;
        for (int b = 0; b < batch; b++)
        {
            var features = _features.AsSpan(b * _featureWidth, _featureWidth);
            var output = _interaction.AsSpan(b * width, width);
            features[..d].CopyTo(output);
            int p = d;
            for (int i = 1; i < f; i++)
            {
                var fi = features.Slice(_featureColumn[i], d);
                for (int j = 0; j < i; j++)
                    output[p++] = DotProduct.Dot(fi, features.Slice(_featureColumn[j], d));
            }
        }
    }

    /// <summary>Concat interaction over merged groups: the feature rows back in table order for the top MLP.</summary>
    private void ConcatInTableOrder(int batch)
    {
        int d = Config.EmbeddingDim;
        for (int b = 0; b < batch; b++)
        {
            var features = _features.AsSpan(b * _featureWidth, _featureWidth);
            var output = _interaction.AsSpan(b * _featureWidth, _featureWidth);
            for (int f = 0; f < _featureColumn.Length; f++)
                features.Slice(_featureColumn[f], d).CopyTo(output.Slice(f * d, d));
        }
    }

    /// <summary><c>y[r, c] = max(y[r, c] + bias[c], 0)</c> (no max without <paramref name="relu"/>).</summary>
    private static void BiasRelu(Span<float> y, float[] bias, bool relu)
    {
        int n = bias.Length;
        for (int r = 0; r < y.Length; r += n)
        {
            var row = y.Slice(r, n);
            int c = 0;
            if (Vector256.IsHardwareAccelerated)
                for (; c <= n - 8; c += 8)
                {
                    var v = Vector256.Create(row.Slice(c, 8)) + Vector256.Create(bias.AsSpan(c, 8));
                    (relu ? Vector256.Max(v, Vector256<float>.Zero) : v).CopyTo(row.Slice(c, 8));
                }
            for (; c < n; c++)
            {
                float v = row[c] + bias[c];
                row[c] = relu ? Math.Max(v, 0f) : v;
            }
        }
    }

    private static (PackedWeights[], float[][]) Pack(IReadOnlyList<(Coex.Training.Parameter Weight, Coex.Training.Parameter Bias)> layers)
    {
        var packed = new PackedWeights[layers.Count];
        var biases = new float[layers.Count][];
        for (int i = 0; i < layers.Count; i++)
        {
            var (w, b) = layers[i];
            int outputs = w.Shape[0], inputs = w.Shape[1];
            // Weights are [out, in]; the GEMM wants B = Wᵀ as [in, out].
            var transposed = new float[inputs * outputs];
            var wd = w.Data;
            for (int o = 0; o < outputs; o++)
                for (int k = 0; k < inputs; k++)
                    transposed[k * outputs + o] = wd[o * inputs + k];
            packed[i] = GemmF32.Pack(transposed, inputs, outputs);
            biases[i] = b.Data.ToArray();
        }
        return (packed, biases);
    }

    public void Dispose()
    {
        if (_merged is not null)
            _merged.Dispose();
        else
            foreach (var t in _tables)
                t.Dispose();
    }
}
