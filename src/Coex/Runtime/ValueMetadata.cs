using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Runtime;

/// <summary>
/// What a session declares about one of its inputs or outputs: the name, the element type (null when the model
/// leaves it open) and the dimensions (null when even the rank is open; a dimension may be symbolic or unknown).
/// </summary>
public sealed record ValueMetadata(string Name, DType? ElementType, IReadOnlyList<Dim>? Shape)
{
    public override string ToString()
        => $"{Name}: {ElementType?.ToString() ?? "?"}{(Shape is null ? "[?]" : $"[{string.Join(", ", Shape)}]")}";
}
