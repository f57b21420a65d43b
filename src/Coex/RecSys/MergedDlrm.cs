using Coex.Kernels.Embedding;
using Coex.Kernels.Elementwise;

namespace Coex.RecSys;

/// <summary>
/// Inference of a trained <see cref="DlrmModel"/> whose embeddings come from the tables of a <see cref="MergePlan"/>
/// (merged Cartesian products, the other tables as they are) in a chosen precision: the check that merging leaves the
/// model's output unchanged, end to end. The MLPs and interaction run as plain fp32 loops, independent of the training
/// engine's code.
/// </summary>
public sealed class MergedDlrm : IDisposable
{
    private readonly DlrmModel _model;
    private readonly MergedEmbeddingBags _bags;

    /// <exception cref="ArgumentException">The plan's tables are not the model's (rows, dim, count).</exception>
    public MergedDlrm(DlrmModel model, MergePlan plan, EmbeddingPrecision precision = EmbeddingPrecision.F32)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(plan);
        CheckPlan(model.Config, plan);
        _model = model;
        var weights = model.Tables.Select(p => p.Data.ToArray()).ToArray();
        _bags = new MergedEmbeddingBags(new MergedTables(plan, weights), precision);
    }

    /// <exception cref="ArgumentException">The plan's tables are not <paramref name="dlrm"/>'s (rows, dim, count).</exception>
    internal static void CheckPlan(DlrmConfig dlrm, MergePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var tables = plan.Config.Tables;
        if (tables.Count != dlrm.Tables)
            throw new ArgumentException($"The plan has {tables.Count} tables; DLRM '{dlrm.Name}' has {dlrm.Tables}.", nameof(plan));
        for (int t = 0; t < tables.Count; t++)
        {
            if (tables[t].Rows != dlrm.TableRows[t] || tables[t].Dim != dlrm.EmbeddingDim)
                throw new ArgumentException($"Plan table '{tables[t].Name}' is [{tables[t].Rows}, {tables[t].Dim}]; the model's table {t} is [{dlrm.TableRows[t]}, {dlrm.EmbeddingDim}].", nameof(plan));
        }
    }

    /// <summary>Lookups the last <see cref="Predict"/> made.</summary>
    public long LastLookups { get; private set; }

    /// <summary>Click probabilities of <paramref name="batch"/>.</summary>
    public float[] Predict(ClickBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var config = _model.Config;
        if (batch.Tables != config.Tables || batch.DenseFeatures != config.DenseFeatures)
            throw new ArgumentException($"DLRM '{config.Name}' takes {config.DenseFeatures} dense features and {config.Tables} tables; the batch has {batch.DenseFeatures} and {batch.Tables}.", nameof(batch));
        int n = batch.Batch, d = config.EmbeddingDim, tables = config.Tables;
        var indices = new long[tables][];
        var offsets = new long[tables][];
        for (int t = 0; t < tables; t++)
        {
            var (ids, bounds) = batch.TableBags(t);
            indices[t] = [.. ids.Select(i => (long)i)];
            offsets[t] = [.. bounds.Select(o => (long)o)];
        }
        var pooled = new float[n * _bags.OutputWidth];
        LastLookups = _bags.Forward(indices, offsets, n, pooled);

        var result = new float[n];
        var features = new float[(tables + 1) * d];
        for (int b = 0; b < n; b++)
        {
            var x = batch.Dense.AsSpan(b * config.DenseFeatures, config.DenseFeatures).ToArray();
            foreach (var (w, bias) in _model.Bottom)
                x = Linear(x, w.Data, bias.Data, relu: true);
            x.CopyTo(features, 0);
            for (int t = 0; t < tables; t++)
                pooled.AsSpan(b * _bags.OutputWidth + _bags.ColumnOfTable[t], d).CopyTo(features.AsSpan((t + 1) * d, d));
            float[] z;
            if (config.Interaction == InteractionKind.Dot)
            {
                // The bottom output, then the dot of every pair (i, j < i) in row order — the training engine's layout.
                var list = new List<float>(x);
                for (int i = 1; i <= tables; i++)
                    for (int j = 0; j < i; j++)
                        list.Add(DotProduct.Dot(features.AsSpan(i * d, d), features.AsSpan(j * d, d)));
                z = [.. list];
            }
            else
                z = (float[])features.Clone();
            for (int l = 0; l < _model.Top.Count; l++)
                z = Linear(z, _model.Top[l].Weight.Data, _model.Top[l].Bias.Data, relu: l < _model.Top.Count - 1);
            result[b] = 1f / (1f + MathF.Exp(-z[0]));
        }
        return result;
    }

    /// <summary>y = W·x + bias (W is [out, in] row-major), then ReLU when asked.</summary>
    private static float[] Linear(float[] x, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, bool relu)
    {
        var y = new float[bias.Length];
        for (int o = 0; o < y.Length; o++)
        {
            float v = bias[o] + DotProduct.Dot(w.Slice(o * x.Length, x.Length), x);
            y[o] = relu ? MathF.Max(v, 0) : v;
        }
        return y;
    }

    public void Dispose() => _bags.Dispose();
}
