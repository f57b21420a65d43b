using Coex.Tensors;

namespace Coex.Graphs;

/// <summary>
/// A named edge of a <see cref="Graph"/>: a graph input, an initializer, or a node output, consumed by
/// any number of nodes. Identity is by reference; the name is what ONNX files use to connect nodes.
/// </summary>
/// <remarks>
/// Element type and shape may be partly or wholly unknown; they are mutable so that shape inference can
/// fill them in after import.
/// </remarks>
public sealed class Value
{
    private IReadOnlyList<Dim>? _shape;

    public Value(string name, DType? dtype = null, IReadOnlyList<Dim>? shape = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        DType = dtype;
        Shape = shape;
    }

    public string Name { get; }

    /// <summary>The element type, or null when not yet known.</summary>
    public DType? DType { get; set; }

    /// <summary>The dimensions, outermost first, or null when even the rank is unknown. A scalar has none.</summary>
    public IReadOnlyList<Dim>? Shape
    {
        get => _shape;
        set => _shape = value is null ? null : [.. value];
    }

    /// <summary>Sets a fully known shape.</summary>
    public void SetShape(params ReadOnlySpan<int> dims)
    {
        var shape = new Dim[dims.Length];
        for (int i = 0; i < dims.Length; i++)
            shape[i] = Dim.Known(dims[i]);
        _shape = shape;
    }

    public override string ToString()
    {
        string type = DType?.ToString() ?? "?";
        string shape = Shape is null ? "[?]" : $"[{string.Join(", ", Shape)}]";
        return $"{Name}: {type}{shape}";
    }
}
