namespace Coex.Graphs;

/// <summary>
/// One dimension of a <see cref="Value"/>'s shape: a known size, a named symbol (such as a batch size
/// <c>"N"</c> that is fixed only when the graph runs), or unknown.
/// </summary>
public readonly record struct Dim
{
    private Dim(int? size, string? symbol)
    {
        Size = size;
        Symbol = symbol;
    }

    /// <summary>The size, when known.</summary>
    public int? Size { get; }

    /// <summary>The symbol naming this dimension, when it is symbolic.</summary>
    public string? Symbol { get; }

    public bool IsKnown => Size.HasValue;

    /// <summary>A dimension of known size; <paramref name="size"/> must be non-negative.</summary>
    public static Dim Known(int size)
    {
        if (size < 0)
            throw new ArgumentOutOfRangeException(nameof(size), size, "A dimension must be non-negative.");
        return new Dim(size, null);
    }

    /// <summary>A dimension named <paramref name="symbol"/>; equal symbols mean equal sizes.</summary>
    public static Dim Symbolic(string symbol)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        return new Dim(null, symbol);
    }

    /// <summary>A dimension about which nothing is known.</summary>
    public static Dim Unknown => default;

    public override string ToString() => Size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Symbol ?? "?";
}
