namespace Coex.RecSys;

/// <summary>Quality of click predictions: log loss, normalized entropy and ROC AUC.</summary>
public static class ClickMetrics
{
    /// <summary>Predictions are clipped to [ε, 1 − ε] before the log, so a confident miss costs a finite amount.</summary>
    public const double Epsilon = 1e-7;

    /// <summary>Mean of <c>−[y·log p + (1 − y)·log(1 − p)]</c>.</summary>
    public static double LogLoss(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> labels)
    {
        Check(probabilities, labels);
        double sum = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double p = Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon);
            sum -= labels[i] * Math.Log(p) + (1 - labels[i]) * Math.Log(1 - p);
        }
        return sum / labels.Length;
    }

    /// <summary>Entropy of the base rate: the log loss of always predicting the mean label.</summary>
    public static double BaseEntropy(ReadOnlySpan<float> labels)
    {
        double rate = 0;
        foreach (float y in labels) rate += y;
        rate /= labels.Length;
        if (rate <= 0 || rate >= 1)
            return 0;
        return -(rate * Math.Log(rate) + (1 - rate) * Math.Log(1 - rate));
    }

    /// <summary>
    /// Normalized entropy: log loss divided by the base-rate entropy. 1 means no better than predicting the click rate;
    /// lower is better. Infinite when every label is the same (the base rate is then a perfect predictor).
    /// </summary>
    public static double NormalizedEntropy(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> labels)
    {
        double h = BaseEntropy(labels);
        double loss = LogLoss(probabilities, labels);
        return h == 0 ? double.PositiveInfinity : loss / h;
    }

    /// <summary>
    /// Area under the ROC curve: the probability that a random positive scores above a random negative (ties count ½),
    /// computed from ranks (Mann–Whitney U). NaN when only one class is present.
    /// </summary>
    public static double Auc(ReadOnlySpan<float> scores, ReadOnlySpan<float> labels)
    {
        Check(scores, labels);
        int n = labels.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double positives = 0, rankSum = 0;
        for (int i = 0; i < n;)
        {
            int j = i;
            while (j < n && keys[j] == keys[i]) j++;
            double midRank = (i + j + 1) / 2.0; // 1-based mean rank of the tie group
            for (int k = i; k < j; k++)
                if (labels[order[k]] >= 0.5f)
                {
                    positives++;
                    rankSum += midRank;
                }
            i = j;
        }
        double negatives = n - positives;
        if (positives == 0 || negatives == 0)
            return double.NaN;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    private static void Check(ReadOnlySpan<float> predictions, ReadOnlySpan<float> labels)
    {
        if (predictions.Length != labels.Length || labels.Length == 0)
            throw new ArgumentException($"Need one prediction per label and at least one label; got {predictions.Length} predictions and {labels.Length} labels.");
    }
}
