using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coex.RecSys;

/// <summary>One embedding table of a recommendation model: its rows, its vector width, and lookups per request.</summary>
/// <param name="Name">The sparse feature's name, for reports.</param>
/// <param name="Rows">Rows (the feature's cardinality after hashing).</param>
/// <param name="Dim">Elements per row.</param>
/// <param name="Pooling">Average ids looked up and pooled per request (1 for a one-hot feature).</param>
public sealed record EmbeddingTableSpec(string Name, long Rows, int Dim, double Pooling = 1)
{
    /// <summary>True for a one-hot feature: exactly one id per request. Only these may be merged (see <see cref="CartesianMergePlanner"/>).</summary>
    [JsonIgnore]
    public bool IsOneHot => Pooling == 1;

    /// <summary>Bytes of the table at <paramref name="bytesPerRow"/> (or fp32 rows when not given).</summary>
    public long Bytes(int? bytesPerRow = null) => Rows * (bytesPerRow ?? Dim * sizeof(float));
}

/// <summary>
/// The embedding side of a recommendation model as the merge planner and bank placement see it: per table its rows,
/// dim and lookups per request (tables may differ in dim). Presets <see cref="Small"/>, <see cref="Medium"/>,
/// <see cref="Large"/> are the <see cref="DlrmConfig"/> serving presets (Criteo profile); <see cref="ManySmall"/> is a
/// production-shaped model with many tiny tables; <see cref="Load"/> reads any other from JSON.
/// </summary>
public sealed record RecSysConfig
{
    public required string Name { get; init; }

    public int DenseFeatures { get; init; } = 13;

    public required IReadOnlyList<EmbeddingTableSpec> Tables { get; init; }

    /// <summary>Widths of the bottom MLP's layers (the last equals the embedding dim for dot interaction).</summary>
    public IReadOnlyList<int> BottomMlp { get; init; } = [64, 16];

    /// <summary>Widths of the top MLP's hidden layers (a final 1-wide layer with sigmoid follows).</summary>
    public IReadOnlyList<int> TopMlp { get; init; } = [64, 32];

    /// <summary>The recsys serving presets (<see cref="DlrmConfig.Small"/>: Criteo profile capped at 2 000 rows, dim 8, Criteo-like pooling).</summary>
    public static RecSysConfig Small => FromDlrm(DlrmConfig.Small);

    /// <summary><see cref="DlrmConfig.Medium"/>: Criteo profile capped at 200 000 rows, dim 16.</summary>
    public static RecSysConfig Medium => FromDlrm(DlrmConfig.Medium);

    /// <summary><see cref="DlrmConfig.Large"/>: Criteo profile capped at 2 M rows, dim 16.</summary>
    public static RecSysConfig Large => FromDlrm(DlrmConfig.Large);

    /// <summary>The tables of a DLRM config (named C1…C26 like Criteo's categorical columns), with its pooling factors.</summary>
    public static RecSysConfig FromDlrm(DlrmConfig dlrm)
    {
        ArgumentNullException.ThrowIfNull(dlrm);
        return new RecSysConfig
        {
            Name = dlrm.Name,
            DenseFeatures = dlrm.DenseFeatures,
            Tables = [.. dlrm.TableRows.Select((rows, t) => new EmbeddingTableSpec($"C{t + 1}", rows, dlrm.EmbeddingDim, dlrm.Pooling[t]))],
            BottomMlp = dlrm.BottomMlp,
            TopMlp = dlrm.TopMlp,
        };
    }

    /// <summary>
    /// A production-shaped model with many small tables, the case Cartesian merging is for (MicroRec's production
    /// model has dozens of tables, most of them tiny). Synthetic, sizes assumed: 4 id tables (user 2 M, item 1 M,
    /// shop 500 k, brand 200 k rows), 8 mid-size one-hot tables (300 to 50 k rows), 30 small one-hot features of 2 to 100
    /// values (gender, age bucket, device, hour, weekday, city tier, …) and 2 multi-hot features (10 and 5 ids per
    /// request); all dim 32 (≈ 475 MB fp32, 57 lookups per request).
    /// </summary>
    public static RecSysConfig ManySmall
    {
        get
        {
            var tables = new List<EmbeddingTableSpec>();
            long[] ids = [2_000_000, 1_000_000, 500_000, 200_000];
            long[] mid = [50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 300];
            long[] small = [2, 2, 3, 3, 4, 5, 6, 7, 7, 8, 10, 12, 12, 16, 20, 24, 24, 30, 31, 32, 40, 50, 52, 60, 64, 80, 90, 100, 100, 100];
            tables.AddRange(ids.Select((r, i) => new EmbeddingTableSpec($"id{i + 1}", r, 32)));
            tables.AddRange(mid.Select((r, i) => new EmbeddingTableSpec($"mid{i + 1}", r, 32)));
            tables.AddRange(small.Select((r, i) => new EmbeddingTableSpec($"s{i + 1}", r, 32)));
            tables.Add(new EmbeddingTableSpec("history_cat", 5_000, 32, 10));
            tables.Add(new EmbeddingTableSpec("tags", 2_000, 32, 5));
            return new RecSysConfig { Name = "many-small", DenseFeatures = 13, Tables = tables, BottomMlp = [64, 32] };
        }
    }

    /// <summary>The preset names <see cref="Preset"/> accepts.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["small", "medium", "large", "many-small"];

    /// <summary>The preset named <paramref name="name"/> (small, medium, large, many-small).</summary>
    public static RecSysConfig Preset(string name) => name switch
    {
        "small" => Small,
        "medium" => Medium,
        "large" => Large,
        "many-small" => ManySmall,
        _ => throw new ArgumentException($"Unknown recsys config '{name}'; presets: {string.Join(", ", PresetNames)} (or a .json file).", nameof(name)),
    };

    /// <summary>The 26 Criteo Kaggle cardinalities, each capped at <paramref name="maxRows"/>, all one-hot (as in the raw Criteo data, one value per column).</summary>
    public static RecSysConfig Criteo(string name, long maxRows, int dim) => new()
    {
        Name = name,
        Tables = [.. DlrmConfig.CriteoCardinalities.Select((rows, i) => new EmbeddingTableSpec($"C{i + 1}", Math.Min(rows, maxRows), dim))],
        BottomMlp = [64, dim],
    };

    /// <summary>Total embedding bytes at fp32.</summary>
    public long EmbeddingBytes => Tables.Sum(t => t.Bytes());

    /// <summary>Lookups per request: the sum of the tables' pooling factors.</summary>
    public double LookupsPerRequest => Tables.Sum(t => t.Pooling);

    /// <summary>Reads a config from JSON (camelCase names as written by <see cref="ToJson"/>) and checks it.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid config; the message says what is wrong.</exception>
    public static RecSysConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No recsys config at '{path}'.", path);
        RecSysConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<RecSysConfig>(File.ReadAllText(path), s_json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a valid recsys config: {e.Message}", e);
        }
        if (config is null)
            throw new InvalidDataException($"'{path}' holds no recsys config.");
        config.Validate($"'{path}'");
        return config;
    }

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    /// <summary>Throws <see cref="InvalidDataException"/> naming the first table or field that makes no sense.</summary>
    public void Validate(string where = "the config")
    {
        if (Tables is null || Tables.Count == 0)
            throw new InvalidDataException($"{where} has no embedding tables.");
        if (DenseFeatures < 0)
            throw new InvalidDataException($"{where}: denseFeatures is {DenseFeatures}; it cannot be negative.");
        var names = new HashSet<string>();
        for (int i = 0; i < Tables.Count; i++)
        {
            var t = Tables[i];
            if (t is null || string.IsNullOrEmpty(t.Name))
                throw new InvalidDataException($"{where}: table {i} has no name.");
            if (!names.Add(t.Name))
                throw new InvalidDataException($"{where}: table name '{t.Name}' is used twice.");
            if (t.Rows <= 0 || t.Dim <= 0)
                throw new InvalidDataException($"{where}: table '{t.Name}' has {t.Rows} rows of dim {t.Dim}; both must be positive.");
            if (!(t.Pooling > 0) || double.IsInfinity(t.Pooling))
                throw new InvalidDataException($"{where}: table '{t.Name}' has pooling {t.Pooling}; it must be a positive number of lookups per request.");
        }
    }

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
