using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// Accuracy and normalized entropy of a classifier's logits [N, classes] against labels, accumulated over batches.
/// </summary>
/// <remarks>
/// Normalized entropy (NE) is the mean cross-entropy of the predicted distribution, softmax(logits), divided by the
/// entropy of the labels' own class frequencies, H(p) = −Σ p_c ln p_c: the loss of the model relative to a model that
/// knows only the class priors. 1 means no better than the priors, lower is better. For two classes it is the
/// normalized entropy of click-prediction work (cross-entropy over the entropy of the background rate). Computed in
/// double with a log-sum-exp softmax; undefined (NaN) when every label is the same class.
/// </remarks>
public sealed class ClassificationMetrics
{
    private long _rows, _correct;
    private double _crossEntropy;
    private readonly Dictionary<int, long> _labelCounts = [];

    /// <summary>Adds a batch of logits and its labels; returns the top-1 class of each row.</summary>
    /// <exception cref="ArgumentException">The logits are not [N, classes] F32, or the labels do not match N or the classes.</exception>
    public int[] Add(Tensor logits, ReadOnlySpan<int> labels)
    {
        var top = Top1(logits);
        if (labels.Length != top.Length)
            throw new ArgumentException($"{labels.Length} labels for {top.Length} rows of logits.", nameof(labels));
        int classes = logits.Shape[1];
        var x = logits.AsSpan<float>();
        for (int r = 0; r < top.Length; r++)
        {
            int y = labels[r];
            if ((uint)y >= (uint)classes)
                throw new ArgumentException($"Label {r} is {y}, outside [0, {classes}).", nameof(labels));
            var row = x.Slice(r * classes, classes);
            double max = double.NegativeInfinity;
            foreach (float v in row)
                max = Math.Max(max, v);
            double sum = 0;
            foreach (float v in row)
                sum += Math.Exp(v - max);
            _crossEntropy += max + Math.Log(sum) - row[y];
            if (top[r] == y)
                _correct++;
            _labelCounts[y] = _labelCounts.GetValueOrDefault(y) + 1;
        }
        _rows += top.Length;
        return top;
    }

    public long Rows => _rows;

    public long Correct => _correct;

    /// <summary>Share of rows whose top-1 class is the label (NaN before any row).</summary>
    public double Accuracy => _rows == 0 ? double.NaN : (double)_correct / _rows;

    /// <summary>Mean cross-entropy in nats.</summary>
    public double CrossEntropy => _rows == 0 ? double.NaN : _crossEntropy / _rows;

    /// <summary>Normalized entropy: <see cref="CrossEntropy"/> over the entropy of the label frequencies.</summary>
    public double NormalizedEntropy
    {
        get
        {
            double h = 0;
            foreach (long c in _labelCounts.Values)
            {
                double p = (double)c / _rows;
                h -= p * Math.Log(p);
            }
            return h > 0 ? CrossEntropy / h : double.NaN;
        }
    }

    /// <summary>The index of the largest logit of each row of [N, classes] <paramref name="logits"/> (first on ties).</summary>
    public static int[] Top1(Tensor logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.DType != DType.F32 || logits.Rank != 2 || logits.Shape[1] == 0)
            throw new ArgumentException($"Expected F32 logits [N, classes]; got {logits}.", nameof(logits));
        int rows = logits.Shape[0], classes = logits.Shape[1];
        var x = logits.AsSpan<float>();
        var top = new int[rows];
        for (int r = 0; r < rows; r++)
            top[r] = NumericDebugger.ArgMax(x.Slice(r * classes, classes));
        return top;
    }
}
