using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Coex.Search;

/// <summary>How a trial ended.</summary>
public enum TrialStatus
{
    /// <summary>No machine in the hardware space meets the constraints: rejected without training.</summary>
    Pruned,
    /// <summary>Trained (proxy training) for this trial.</summary>
    Trained,
    /// <summary>The architecture was trained before (by this or another search in the same store): no new training.</summary>
    Cached,
    /// <summary>Joint-policy search only: the architecture fits some machine, but the machine the policy sampled with it
    /// misses the constraints (or is not a valid machine): rejected without training.</summary>
    Rejected,
}

/// <summary>One finished trial: what was sampled, what it scored, how long it took.</summary>
public sealed record TrialRecord
{
    public required string Method { get; init; }
    public required int Seed { get; init; }
    public required int Index { get; init; }
    /// <summary>Points as <see cref="SearchSpace.Key"/> text: architecture, bits, the chosen machine ("" when pruned).</summary>
    public required string Arch { get; init; }
    public required string Bits { get; init; }
    public string Hardware { get; init; } = "";
    /// <summary>Human-readable "name=label" form of all three points.</summary>
    public string Params { get; init; } = "";
    public required TrialStatus Status { get; init; }
    public double Accuracy { get; init; } = double.NaN;
    public double Fp32Accuracy { get; init; } = double.NaN;
    public double LatencySeconds { get; init; } = double.NaN;
    public double EnergyJoules { get; init; } = double.NaN;
    public double Area { get; init; } = double.NaN;
    public double Reward { get; init; }
    public double TrainSeconds { get; init; }
    public double Seconds { get; init; }
    public DateTime FinishedUtc { get; init; } = DateTime.UtcNow;
}

/// <summary>
/// Trials in SQLite, one row written (and committed) as each trial ends, so a search killed at any moment loses at
/// most the trial in flight. One store holds one search configuration (its options text is kept and checked on
/// resume) and any number of methods and seeds; it also caches trained accuracies by (architecture, bits).
/// </summary>
public sealed class TrialStore : IDisposable
{
    private readonly SqliteConnection _connection;

    public TrialStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        string? directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS trials (
                method TEXT NOT NULL, seed INTEGER NOT NULL, idx INTEGER NOT NULL,
                arch TEXT NOT NULL, bits TEXT NOT NULL, hardware TEXT NOT NULL, params TEXT NOT NULL, status TEXT NOT NULL,
                accuracy REAL, fp32_accuracy REAL, latency_s REAL, energy_j REAL, area REAL, reward REAL,
                train_seconds REAL, seconds REAL, finished_utc TEXT NOT NULL,
                PRIMARY KEY (method, seed, idx));
            CREATE TABLE IF NOT EXISTS trainings (
                arch TEXT NOT NULL, bits TEXT NOT NULL, accuracy REAL NOT NULL, fp32_accuracy REAL NOT NULL, train_seconds REAL NOT NULL,
                PRIMARY KEY (arch, bits));
            """);
    }

    public string Path { get; }

    /// <summary>
    /// Binds the store to a configuration. A new store records <paramref name="options"/>; an existing one must have been
    /// written with the same options and is only reused when <paramref name="resume"/> is set.
    /// </summary>
    public void Bind(string options, bool resume)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? existing = Meta("options");
        if (existing is null)
        {
            SetMeta("options", options);
            return;
        }
        if (!resume && Count() > 0)
            throw new InvalidOperationException($"{Path} already holds {Count()} trials; pass --resume to continue that search or choose another output.");
        if (existing != options && Count() == 0)
        {
            // A search that died before its first trial ended: nothing to keep.
            SetMeta("options", options);
            return;
        }
        if (existing != options)
            throw new InvalidOperationException($"{Path} was written by a search with other options; resume needs the same options.\nstored: {existing}\nnow:    {options}");
    }

    public string? Meta(string key)
    {
        using var command = Command("SELECT value FROM meta WHERE key = $key", ("$key", key));
        return command.ExecuteScalar() as string;
    }

    public void SetMeta(string key, string value)
    {
        using var command = Command("INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value)", ("$key", key), ("$value", value));
        command.ExecuteNonQuery();
    }

    /// <summary>Writes one finished trial (committed before this returns).</summary>
    public void Add(TrialRecord t)
    {
        ArgumentNullException.ThrowIfNull(t);
        using var command = Command("""
            INSERT OR REPLACE INTO trials (method, seed, idx, arch, bits, hardware, params, status, accuracy, fp32_accuracy,
                latency_s, energy_j, area, reward, train_seconds, seconds, finished_utc)
            VALUES ($method, $seed, $idx, $arch, $bits, $hardware, $params, $status, $accuracy, $fp32, $latency, $energy, $area,
                $reward, $train, $seconds, $finished)
            """,
            ("$method", t.Method), ("$seed", t.Seed), ("$idx", t.Index), ("$arch", t.Arch), ("$bits", t.Bits), ("$hardware", t.Hardware),
            ("$params", t.Params), ("$status", t.Status.ToString()), ("$accuracy", Db(t.Accuracy)), ("$fp32", Db(t.Fp32Accuracy)),
            ("$latency", Db(t.LatencySeconds)), ("$energy", Db(t.EnergyJoules)), ("$area", Db(t.Area)), ("$reward", Db(t.Reward)),
            ("$train", t.TrainSeconds), ("$seconds", t.Seconds), ("$finished", t.FinishedUtc.ToString("O", CultureInfo.InvariantCulture)));
        command.ExecuteNonQuery();
    }

    /// <summary>Every trial, ordered by method, seed and index; or those of one method and seed.</summary>
    public IReadOnlyList<TrialRecord> Trials(string? method = null, int? seed = null)
    {
        using var command = Command("""
            SELECT method, seed, idx, arch, bits, hardware, params, status, accuracy, fp32_accuracy, latency_s, energy_j, area,
                reward, train_seconds, seconds, finished_utc
            FROM trials WHERE ($method IS NULL OR method = $method) AND ($seed IS NULL OR seed = $seed)
            ORDER BY method, seed, idx
            """, ("$method", method), ("$seed", seed));
        using var reader = command.ExecuteReader();
        var result = new List<TrialRecord>();
        while (reader.Read())
            result.Add(new TrialRecord
            {
                Method = reader.GetString(0), Seed = reader.GetInt32(1), Index = reader.GetInt32(2), Arch = reader.GetString(3),
                Bits = reader.GetString(4), Hardware = reader.GetString(5), Params = reader.GetString(6),
                Status = Enum.Parse<TrialStatus>(reader.GetString(7)), Accuracy = Real(reader, 8), Fp32Accuracy = Real(reader, 9),
                LatencySeconds = Real(reader, 10), EnergyJoules = Real(reader, 11), Area = Real(reader, 12), Reward = Real(reader, 13),
                TrainSeconds = Real(reader, 14), Seconds = Real(reader, 15),
                FinishedUtc = DateTime.Parse(reader.GetString(16), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            });
        return result;
    }

    public int Count()
    {
        using var command = Command("SELECT COUNT(*) FROM trials");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>A stored accuracy of (architecture, bits), or null.</summary>
    public AccuracyResult? Training(string arch, string bits)
    {
        using var command = Command("SELECT accuracy, fp32_accuracy, train_seconds FROM trainings WHERE arch = $arch AND bits = $bits", ("$arch", arch), ("$bits", bits));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new AccuracyResult(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2)) : null;
    }

    public void AddTraining(string arch, string bits, AccuracyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var command = Command("INSERT OR REPLACE INTO trainings (arch, bits, accuracy, fp32_accuracy, train_seconds) VALUES ($arch, $bits, $a, $f, $s)",
            ("$arch", arch), ("$bits", bits), ("$a", result.Accuracy), ("$f", result.Fp32Accuracy), ("$s", result.TrainSeconds));
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private static object? Db(double x) => double.IsNaN(x) ? null : double.IsInfinity(x) ? (x > 0 ? double.MaxValue : double.MinValue) : x;
    private static double Real(SqliteDataReader r, int i) => r.IsDBNull(i) ? double.NaN : r.GetDouble(i);

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
