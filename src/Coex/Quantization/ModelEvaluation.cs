using Coex.Graphs;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>What a precision search protects: the budget is a drop of this metric relative to the float model.</summary>
public enum QualityMetric
{
    /// <summary>Top-1 accuracy; the loss is the drop in percentage points.</summary>
    Accuracy,
    /// <summary>Normalized entropy (cross-entropy over the entropy of the label prior); the loss is its relative increase in %.</summary>
    Ne,
    /// <summary>Signal-to-quantization-noise of the outputs against the float model's; the loss is noise power over signal power in %.</summary>
    Sqnr,
}

/// <summary>A model's outputs over an evaluation set, with the labels when known.</summary>
public sealed record EvalResult(float[] Outputs, int[]? Labels, int Classes)
{
    /// <summary>Top-1 accuracy in [0, 1] (NaN without labels).</summary>
    public double Accuracy
    {
        get
        {
            if (Labels is null) return double.NaN;
            int correct = 0;
            for (int r = 0; r < Labels.Length; r++)
                if (ArgMax(r) == Labels[r]) correct++;
            return (double)correct / Labels.Length;
        }
    }

    /// <summary>Mean softmax cross-entropy over the entropy of the label distribution (NaN without labels).</summary>
    public double NormalizedEntropy
    {
        get
        {
            if (Labels is null) return double.NaN;
            double ce = 0;
            var prior = new double[Classes];
            for (int r = 0; r < Labels.Length; r++)
            {
                var row = Outputs.AsSpan(r * Classes, Classes);
                float max = float.NegativeInfinity;
                foreach (float v in row) max = Math.Max(max, v);
                double sum = 0;
                foreach (float v in row) sum += Math.Exp(v - max);
                ce += Math.Log(sum) + max - row[Labels[r]];
                prior[Labels[r]]++;
            }
            double h = 0;
            foreach (double c in prior)
                if (c > 0) h -= c / Labels.Length * Math.Log(c / Labels.Length);
            return ce / Labels.Length / Math.Max(h, 1e-12);
        }
    }

    /// <summary>The predicted class of row <paramref name="row"/>.</summary>
    public int ArgMax(int row)
    {
        var v = Outputs.AsSpan(row * Classes, Classes);
        int best = 0;
        for (int i = 1; i < v.Length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    /// <summary>Rows of this result and <paramref name="other"/> with the same top-1 class, as a fraction.</summary>
    public double Agreement(EvalResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int rows = Outputs.Length / Classes, same = 0;
        for (int r = 0; r < rows; r++)
            if (ArgMax(r) == other.ArgMax(r)) same++;
        return (double)same / rows;
    }
}

/// <summary>Runs models over evaluation batches and scores them against a reference.</summary>
public static class ModelEvaluation
{
    /// <summary>
    /// Runs <paramref name="graph"/> (one input, first output = class scores) over <paramref name="batches"/> with Coex at
    /// <paramref name="level"/> (All: QDQ layers run on the int8 kernels).
    /// </summary>
    public static EvalResult Evaluate(Graph graph, IEnumerable<LabelledBatch> batches, int threads = 0, OptimizationLevel level = OptimizationLevel.All)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(batches);
        var session = new InferenceSession(graph, new SessionOptions { Threads = threads, OptimizationLevel = level });
        if (session.InputNames.Count != 1)
            throw new ArgumentException($"Evaluation feeds one input; the model has {session.InputNames.Count}.", nameof(graph));
        string input = session.InputNames[0], output = session.OutputNames[0];
        var outputs = new List<float>();
        var labels = new List<int>();
        bool labelled = true;
        int classes = 0;
        foreach (var b in batches)
        {
            var y = session.Run(new Dictionary<string, Tensor> { [input] = b.Input }, [output])[output];
            if (y.DType != DType.F32 || y.Rank < 1)
                throw new ArgumentException($"Output '{output}' is {y}; evaluation needs F32 scores [N, classes].");
            classes = (int)(y.Length / b.Input.Shape[0]);
            outputs.AddRange(y.AsSpan<float>().ToArray());
            if (b.Labels is null) labelled = false;
            else labels.AddRange(b.Labels);
        }
        return new EvalResult([.. outputs], labelled && labels.Count > 0 ? [.. labels] : null, classes);
    }

    /// <summary>
    /// How much worse <paramref name="candidate"/> is than <paramref name="reference"/> under <paramref name="metric"/>, in percent
    /// units (percentage points of accuracy; % relative NE increase; noise-to-signal power in %). Negative is better.
    /// </summary>
    public static double Loss(EvalResult candidate, EvalResult reference, QualityMetric metric)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        if (candidate.Outputs.Length != reference.Outputs.Length)
            throw new ArgumentException("The two results cover different data.", nameof(candidate));
        switch (metric)
        {
            case QualityMetric.Accuracy:
                return (Labelled(reference).Accuracy - Labelled(candidate).Accuracy) * 100;
            case QualityMetric.Ne:
                return (Labelled(candidate).NormalizedEntropy / Labelled(reference).NormalizedEntropy - 1) * 100;
            default:
                double signal = 0, noise = 0;
                for (int i = 0; i < reference.Outputs.Length; i++)
                {
                    double r = reference.Outputs[i], d = candidate.Outputs[i] - r;
                    signal += r * r;
                    noise += d * d;
                }
                return signal == 0 ? 0 : noise / signal * 100;
        }
    }

    /// <summary>SQNR in dB of <paramref name="candidate"/>'s outputs against <paramref name="reference"/>'s.</summary>
    public static double SqnrDb(EvalResult candidate, EvalResult reference)
    {
        double ratio = Loss(candidate, reference, QualityMetric.Sqnr) / 100;
        return ratio <= 0 ? double.PositiveInfinity : -10 * Math.Log10(ratio);
    }

    /// <summary>Bytes of all initializers (the model's weights as stored).</summary>
    public static long WeightBytes(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Initializers.Sum(i => (long)i.Tensor.ByteLength);
    }

    private static EvalResult Labelled(EvalResult r) => r.Labels is not null ? r
        : throw new ArgumentException("Accuracy and NE need labelled data; use --metric sqnr for unlabelled inputs.");
}
