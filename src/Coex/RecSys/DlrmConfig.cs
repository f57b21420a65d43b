namespace Coex.RecSys;

/// <summary>How a DLRM combines the bottom-MLP output with the pooled embeddings before the top MLP.</summary>
public enum InteractionKind
{
    /// <summary>Dot products of every pair of the F = T + 1 feature vectors (lower triangle), concatenated after the bottom output.</summary>
    Dot,
    /// <summary>The bottom output and the T pooled embeddings side by side.</summary>
    Concat,
}

/// <summary>
/// The shape of a DLRM-style click model: dense features through a bottom MLP, one embedding table per sparse
/// feature (sum-pooled bags), a feature interaction and a top MLP ending in one logit (sigmoid = click probability).
/// </summary>
public sealed record DlrmConfig
{
    /// <summary>Criteo's 26 categorical feature cardinalities (Kaggle display-advertising data), the size profile the presets follow.</summary>
    public static IReadOnlyList<int> CriteoCardinalities { get; } =
    [
        1460, 583, 10131227, 2202608, 305, 24, 12517, 633, 3, 93145, 5683, 8351593, 3194,
        27, 14992, 5461306, 10, 5652, 2173, 4, 7046547, 18, 15, 286181, 105, 142572,
    ];

    /// <summary>Mean ids per bag of each of the 26 features: most are one-hot, some multi-hot (histories, lists).</summary>
    public static IReadOnlyList<int> CriteoLikePooling { get; } =
        [1, 1, 4, 2, 1, 1, 8, 1, 1, 2, 1, 16, 1, 1, 4, 2, 1, 1, 1, 1, 8, 1, 1, 2, 1, 4];

    public required string Name { get; init; }
    /// <summary>Dense (continuous) features per sample; Criteo has 13.</summary>
    public int DenseFeatures { get; init; } = 13;
    /// <summary>Rows of each embedding table (one table per sparse feature).</summary>
    public required int[] TableRows { get; init; }
    /// <summary>Mean bag length of each table; bags hold 1 … 2·mean − 1 ids.</summary>
    public required int[] Pooling { get; init; }
    /// <summary>Width of every embedding row and of the bottom MLP's output.</summary>
    public int EmbeddingDim { get; init; } = 16;
    /// <summary>Bottom MLP widths; the last must equal <see cref="EmbeddingDim"/>. Each layer is Linear + ReLU.</summary>
    public required int[] BottomMlp { get; init; }
    /// <summary>Top MLP hidden widths (Linear + ReLU each); a final Linear to one logit follows.</summary>
    public required int[] TopMlp { get; init; }
    public InteractionKind Interaction { get; init; } = InteractionKind.Dot;

    public int Tables => TableRows.Length;

    /// <summary>Largest bag length of table <paramref name="t"/> (the width of its padded id tensor in the ONNX export).</summary>
    public int MaxPooling(int t) => 2 * Pooling[t] - 1;

    /// <summary>Width of the interaction output, i.e. the top MLP's input.</summary>
    public int InteractionWidth => Interaction == InteractionKind.Dot
        ? EmbeddingDim + (Tables + 1) * Tables / 2
        : EmbeddingDim * (Tables + 1);

    /// <summary>Total embedding rows over all tables.</summary>
    public long TotalRows => TableRows.Sum(r => (long)r);

    /// <summary>Mean lookups per sample (Σ mean pooling).</summary>
    public int MeanLookups => Pooling.Sum();

    /// <summary>Throws when the widths do not fit together.</summary>
    public void Validate()
    {
        if (DenseFeatures <= 0 || EmbeddingDim <= 0)
            throw new ArgumentException($"DLRM '{Name}': dense features ({DenseFeatures}) and embedding dim ({EmbeddingDim}) must be positive.");
        if (TableRows.Length == 0 || TableRows.Length != Pooling.Length)
            throw new ArgumentException($"DLRM '{Name}': {TableRows.Length} tables but {Pooling.Length} pooling factors.");
        if (TableRows.Any(r => r <= 0) || Pooling.Any(p => p <= 0))
            throw new ArgumentException($"DLRM '{Name}': table rows and pooling factors must be positive.");
        if (BottomMlp.Length == 0 || BottomMlp[^1] != EmbeddingDim || BottomMlp.Any(w => w <= 0))
            throw new ArgumentException($"DLRM '{Name}': the bottom MLP [{string.Join(", ", BottomMlp)}] must end in the embedding dim {EmbeddingDim}.");
        if (TopMlp.Any(w => w <= 0))
            throw new ArgumentException($"DLRM '{Name}': top MLP widths must be positive.");
    }

    /// <summary>The Criteo profile with every table capped at <paramref name="maxRows"/> rows.</summary>
    public static int[] CappedCriteo(int maxRows) => CriteoCardinalities.Select(c => Math.Min(c, maxRows)).ToArray();

    /// <summary>Tests and quick runs: 26 tables of 3 … 2 000 rows, dim 8 (under 1 MB of fp32 embeddings).</summary>
    public static DlrmConfig Small { get; } = new()
    {
        Name = "small", TableRows = CappedCriteo(2_000), Pooling = [.. CriteoLikePooling], EmbeddingDim = 8,
        BottomMlp = [32, 8], TopMlp = [64, 32],
    };

    /// <summary>26 tables of 3 … 200 000 rows, dim 16 (~50 MB fp32): past the last-level cache.</summary>
    public static DlrmConfig Medium { get; } = new()
    {
        Name = "medium", TableRows = CappedCriteo(200_000), Pooling = [.. CriteoLikePooling], EmbeddingDim = 16,
        BottomMlp = [128, 64, 16], TopMlp = [256, 128],
    };

    /// <summary>The Criteo-Kaggle DLRM shape with tables capped at 2 M rows (10.6 M rows, ~680 MB fp32, dim 16).</summary>
    public static DlrmConfig Large { get; } = new()
    {
        Name = "large", TableRows = CappedCriteo(2_000_000), Pooling = [.. CriteoLikePooling], EmbeddingDim = 16,
        BottomMlp = [512, 256, 64, 16], TopMlp = [512, 256],
    };

    /// <summary>Names accepted by <see cref="FromName"/>.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["small", "medium", "large"];

    /// <summary>The preset called <paramref name="name"/> (small, medium, large).</summary>
    public static DlrmConfig FromName(string name) => name?.ToLowerInvariant() switch
    {
        "small" => Small,
        "medium" => Medium,
        "large" => Large,
        _ => throw new ArgumentException($"Unknown DLRM config '{name}'; choose one of {string.Join(", ", PresetNames)}.", nameof(name)),
    };
}
