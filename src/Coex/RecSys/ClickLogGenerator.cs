namespace Coex.RecSys;

/// <summary>
/// A batch of click-log samples: dense features [B, DenseFeatures], sparse ids of T tables in the table-batched
/// "indices + offsets" layout (offsets has T·B + 1 entries; bag t·B + b is sample b's bag for table t) and 0/1 labels.
/// </summary>
public sealed class ClickBatch
{
    public ClickBatch(int batch, int denseFeatures, int tables, float[] dense, int[] indices, int[] offsets, float[] labels)
    {
        if (dense.Length != batch * denseFeatures || offsets.Length != tables * batch + 1 || labels.Length != batch || offsets[^1] != indices.Length)
            throw new ArgumentException($"A click batch of {batch} samples needs {batch * denseFeatures} dense values, {tables * batch + 1} offsets ending at the id count and {batch} labels.");
        Batch = batch;
        DenseFeatures = denseFeatures;
        Tables = tables;
        Dense = dense;
        Indices = indices;
        Offsets = offsets;
        Labels = labels;
    }

    public int Batch { get; }
    public int DenseFeatures { get; }
    public int Tables { get; }
    public float[] Dense { get; }
    public int[] Indices { get; }
    public int[] Offsets { get; }
    public float[] Labels { get; }

    /// <summary>Table <paramref name="t"/>'s ids and its B + 1 offsets rebased to start at 0 (copies).</summary>
    public (int[] Ids, int[] Offsets) TableBags(int t)
    {
        int start = Offsets[t * Batch], end = Offsets[(t + 1) * Batch];
        var offsets = new int[Batch + 1];
        for (int b = 0; b <= Batch; b++)
            offsets[b] = Offsets[t * Batch + b] - start;
        return (Indices[start..end], offsets);
    }
}

/// <summary>
/// Seeded synthetic click logs shaped like public CTR data (Criteo): log-normal count features, Zipf-distributed ids
/// per table, bag lengths varying around each table's pooling factor, and labels drawn from a hidden ground-truth
/// model so a trained model has a signal to find.
/// </summary>
/// <remarks>
/// Ground truth: <c>logit = b₀ + Σ_i a_i·z_i + Σ_t mean_{id ∈ bag t} e_t(id) + γ·u₀(id₀)·u₁(id₁)</c>, where z_i is the
/// standardized log(1 + count) of dense feature i, e_t(id) and u are fixed Gaussians derived from a hash of
/// (seed, table, id) — no memory per id, so million-row tables cost nothing — with weight 0 on every third table
/// (pure-noise features); the label is a Bernoulli draw of sigmoid(logit). Zipf ranks are scattered over the table by a
/// multiplicative bijection so popular ids are not neighbours in memory. The same seed gives the same stream.
/// </remarks>
public sealed class ClickLogGenerator
{
    /// <summary>Intercept: a click rate near Criteo's ~25 %.</summary>
    private const double Intercept = -1.4;
    private const double SparseScale = 0.8, DenseScale = 0.35, PairScale = 0.6, DenseSigma = 1.2;
    private readonly DlrmConfig _config;
    private readonly Random _rng;
    private readonly ulong _truthSeed;
    private readonly double[] _denseMu, _denseCoef;
    private readonly long[] _scatter;

    public ClickLogGenerator(DlrmConfig config, int seed, double zipfExponent = 1.05)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        if (!(zipfExponent > 0) || zipfExponent == 1)
            throw new ArgumentOutOfRangeException(nameof(zipfExponent), zipfExponent, "The Zipf exponent must be positive and not 1.");
        _config = config;
        ZipfExponent = zipfExponent;
        _rng = new Random(seed);
        // The truth depends on the seed only, not on how many samples were drawn.
        _truthSeed = (ulong)seed * 0x9E3779B97F4A7C15UL + 12345;
        var truth = new Random(seed ^ 0x5EED);
        _denseMu = new double[config.DenseFeatures];
        _denseCoef = new double[config.DenseFeatures];
        for (int i = 0; i < config.DenseFeatures; i++)
        {
            _denseMu[i] = truth.NextDouble() * 4;
            _denseCoef[i] = Gaussian(truth) * DenseScale;
        }
        _scatter = config.TableRows.Select(Scatter).ToArray();
    }

    public double ZipfExponent { get; }

    /// <summary>The next <paramref name="batch"/> samples of the stream.</summary>
    public ClickBatch Next(int batch)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batch);
        int dense = _config.DenseFeatures, tables = _config.Tables;
        var denseValues = new float[batch * dense];
        var logits = new double[batch];
        for (int b = 0; b < batch; b++)
        {
            double logit = Intercept;
            for (int i = 0; i < dense; i++)
            {
                // A heavy-tailed count, then the usual log(1 + x) transform.
                double count = Math.Floor(Math.Exp(_denseMu[i] + DenseSigma * Gaussian(_rng)));
                double value = Math.Log(1 + count);
                denseValues[b * dense + i] = (float)value;
                logit += _denseCoef[i] * (value - _denseMu[i]) / DenseSigma;
            }
            logits[b] = logit;
        }
        var ids = new List<int>(batch * _config.MeanLookups);
        var offsets = new int[tables * batch + 1];
        var firstIds = new int[2, batch];
        for (int t = 0; t < tables; t++)
        {
            int rows = _config.TableRows[t], maxLength = _config.MaxPooling(t);
            for (int b = 0; b < batch; b++)
            {
                int length = 1 + _rng.Next(maxLength);
                double effect = 0;
                for (int k = 0; k < length; k++)
                {
                    int id = Id(t, rows);
                    ids.Add(id);
                    effect += IdEffect(t, id);
                    if (k == 0 && t < 2)
                        firstIds[t, b] = id;
                }
                logits[b] += effect / length;
                offsets[t * batch + b + 1] = ids.Count;
            }
        }
        var labels = new float[batch];
        for (int b = 0; b < batch; b++)
        {
            double logit = logits[b];
            if (tables >= 2)
                logit += PairScale * HashGaussian(0, 1_000_001, firstIds[0, b]) * HashGaussian(1, 1_000_001, firstIds[1, b]);
            labels[b] = _rng.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1f : 0f;
        }
        return new ClickBatch(batch, dense, tables, denseValues, [.. ids], offsets, labels);
    }

    /// <summary>The hidden per-id effect of table <paramref name="t"/> (0 for every third table: noise features).</summary>
    private double IdEffect(int t, int id) => t % 3 == 2 ? 0 : SparseScale * HashGaussian(t, 0, id);

    /// <summary>A Zipf-ranked id: rank r ∈ [0, rows) with P(r) ∝ (r + 1)^−s, scattered by a bijection of [0, rows).</summary>
    private int Id(int t, int rows)
    {
        double s = ZipfExponent, u = _rng.NextDouble();
        // Inverse CDF of the continuous Zipf density on [1, rows + 1).
        double top = Math.Pow(rows + 1.0, 1 - s);
        double x = Math.Pow((top - 1) * u + 1, 1 / (1 - s));
        long rank = Math.Clamp((long)x - 1, 0, rows - 1);
        return (int)(rank * _scatter[t] % rows);
    }

    /// <summary>A multiplier coprime with <paramref name="rows"/>, so r ↦ r·m mod rows is a bijection.</summary>
    private static long Scatter(int rows)
    {
        long m = 1_000_003;
        while (Gcd(m, rows) != 1) m += 2;
        return m % rows == 0 ? 1 : m;
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    private double HashGaussian(int table, int salt, int id)
    {
        ulong h = SplitMix(_truthSeed ^ SplitMix((ulong)table * 0x100000001B3UL + (ulong)salt) ^ (ulong)id);
        double u1 = ((h >> 11) + 0.5) / (1UL << 53);
        double u2 = ((SplitMix(h) >> 11) + 0.5) / (1UL << 53);
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
