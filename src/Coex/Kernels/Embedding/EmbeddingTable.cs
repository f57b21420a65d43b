using System.Runtime.InteropServices;

namespace Coex.Kernels.Embedding;

/// <summary>
/// One embedding table: <see cref="Rows"/> rows of <see cref="Dim"/> values, stored row after row in
/// <see cref="Precision"/> (<see cref="RowBytes"/> bytes per row, see <see cref="RowWiseQuantization"/>), in one
/// 64-byte-aligned native block (on huge pages when large, see <see cref="LargePages"/>) so tables beyond 2 GiB work and
/// kernels can prefetch rows by address.
/// </summary>
/// <remarks>
/// The memory is freed by <see cref="Dispose"/> (or the finalizer). A table is not synchronized: write rows before
/// sharing it with lookups; concurrent lookups are safe.
/// </remarks>
public sealed unsafe class EmbeddingTable : IDisposable
{
    private byte* _data;
    // False for a view over memory someone else owns (see View): nothing to free.
    private readonly bool _owned = true;

    /// <summary>A zero-filled table (all-zero bytes: 0.0 for F32/F16, code 0 with scale 0 and bias 0 for quantized rows).</summary>
    public EmbeddingTable(string name, int rows, int dim, EmbeddingPrecision precision)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (rows <= 0)
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"Table '{name}' needs at least one row.");
        Name = name;
        Rows = rows;
        Dim = dim;
        Precision = precision;
        RowBytes = RowWiseQuantization.RowBytes(precision, dim);
        ByteLength = (long)rows * RowBytes;
        _data = LargePages.Allocate(ByteLength);
        NativeMemory.Clear(_data, (nuint)ByteLength);
        GC.AddMemoryPressure(ByteLength);
    }

    private EmbeddingTable(string name, byte* data, int rows, int dim, EmbeddingPrecision precision)
    {
        Name = name;
        Rows = rows;
        Dim = dim;
        Precision = precision;
        RowBytes = RowWiseQuantization.RowBytes(precision, dim);
        ByteLength = (long)rows * RowBytes;
        _data = data;
        _owned = false;
    }

    /// <summary>
    /// A table over memory the caller owns and keeps alive (pinned) while the view is used; disposing the view frees nothing.
    /// </summary>
    internal static EmbeddingTable View(string name, byte* data, int rows, int dim, EmbeddingPrecision precision)
    {
        if (rows <= 0)
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"Table '{name}' needs at least one row.");
        return new EmbeddingTable(name, data, rows, dim, precision);
    }

    /// <summary>
    /// A table holding <paramref name="weights"/> ([rows, dim] row-major floats) encoded in <paramref name="precision"/>.
    /// </summary>
    public static EmbeddingTable FromFloats(string name, ReadOnlySpan<float> weights, int rows, int dim, EmbeddingPrecision precision)
    {
        if (dim <= 0 || rows <= 0 || weights.Length != (long)rows * dim)
            throw new ArgumentException($"Table '{name}': {weights.Length} weights do not make [{rows}, {dim}].", nameof(weights));
        var table = new EmbeddingTable(name, rows, dim, precision);
        for (int r = 0; r < rows; r++)
            table.SetRow(r, weights.Slice(r * dim, dim));
        return table;
    }

    /// <summary>Name used in error messages (e.g. the feature the table embeds).</summary>
    public string Name { get; }
    public int Rows { get; }
    public int Dim { get; }
    public EmbeddingPrecision Precision { get; }
    /// <summary>Bytes per stored row, scale and bias included.</summary>
    public int RowBytes { get; }
    /// <summary>Bytes of the whole table.</summary>
    public long ByteLength { get; }

    /// <summary>Address of row 0; valid until <see cref="Dispose"/>. Kernels index it with checked row ids.</summary>
    internal byte* Data => _data != null ? _data : throw new ObjectDisposedException($"embedding table '{Name}'");

    /// <summary>The stored bytes of row <paramref name="row"/> (codes then scale/bias for quantized rows).</summary>
    public Span<byte> RowData(int row)
    {
        CheckRow(row);
        return new Span<byte>(Data + (long)row * RowBytes, RowBytes);
    }

    /// <summary>Encodes <paramref name="values"/> (<see cref="Dim"/> floats) into row <paramref name="row"/>.</summary>
    public void SetRow(int row, ReadOnlySpan<float> values)
    {
        if (values.Length != Dim)
            throw new ArgumentException($"Table '{Name}' has rows of {Dim} values; got {values.Length}.", nameof(values));
        RowWiseQuantization.QuantizeRow(Precision, values, RowData(row));
    }

    /// <summary>Decodes row <paramref name="row"/> into <paramref name="destination"/> (<see cref="Dim"/> floats).</summary>
    public void ReadRow(int row, Span<float> destination)
    {
        if (destination.Length != Dim)
            throw new ArgumentException($"Table '{Name}' has rows of {Dim} values; the destination holds {destination.Length}.", nameof(destination));
        RowWiseQuantization.DequantizeRow(Precision, RowData(row), destination);
    }

    /// <summary>The whole table decoded to floats [Rows, Dim] (a copy).</summary>
    public float[] ToFloats()
    {
        var result = new float[checked((long)Rows * Dim)];
        for (int r = 0; r < Rows; r++)
            ReadRow(r, result.AsSpan(r * Dim, Dim));
        return result;
    }

    /// <summary>A copy of this table re-encoded in <paramref name="precision"/> (decoded row by row, then encoded).</summary>
    public EmbeddingTable ConvertTo(EmbeddingPrecision precision, string? name = null)
    {
        var table = new EmbeddingTable(name ?? Name, Rows, Dim, precision);
        var row = new float[Dim];
        for (int r = 0; r < Rows; r++)
        {
            ReadRow(r, row);
            table.SetRow(r, row);
        }
        return table;
    }

    /// <summary>Size of this table relative to the same rows in float32 (e.g. 3.6 for int8 at dim 32).</summary>
    public double CompressionVsF32 => (double)Rows * Dim * 4 / ByteLength;

    private void CheckRow(int row)
    {
        if ((uint)row >= (uint)Rows)
            throw new ArgumentOutOfRangeException(nameof(row), row, $"Table '{Name}' has rows [0, {Rows}).");
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    ~EmbeddingTable() => Free();

    private void Free()
    {
        if (_data == null)
            return;
        if (_owned)
        {
            LargePages.Free(_data);
            GC.RemoveMemoryPressure(ByteLength);
        }
        _data = null;
    }

    public override string ToString() => $"EmbeddingTable '{Name}' [{Rows}, {Dim}] {Precision} ({ByteLength} bytes)";
}
