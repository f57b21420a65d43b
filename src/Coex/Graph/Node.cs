namespace Coex.Graphs;

/// <summary>
/// One operator application: <see cref="OpType"/> in <see cref="Domain"/> ("" is the default ONNX
/// domain) reading <see cref="Inputs"/> and writing <see cref="Outputs"/>.
/// </summary>
/// <remarks>
/// An omitted optional input or output (an empty name in ONNX) is a null entry, so positions keep
/// their meaning.
/// </remarks>
public sealed class Node
{
    public Node(string opType, IEnumerable<Value?> inputs, IEnumerable<Value?> outputs, string domain = "", string name = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(opType);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(name);
        OpType = opType;
        Domain = domain;
        Name = name;
        Inputs = [.. inputs];
        Outputs = [.. outputs];
    }

    public string OpType { get; set; }

    /// <summary>Operator domain: "" (or "ai.onnx") for standard ONNX operators.</summary>
    public string Domain { get; set; }

    /// <summary>The node's name, possibly empty (ONNX does not require one).</summary>
    public string Name { get; set; }

    public string DocString { get; set; } = "";

    public List<Value?> Inputs { get; }

    public List<Value?> Outputs { get; }

    public List<NodeAttribute> Attributes { get; } = [];

    /// <summary>The attribute named <paramref name="name"/>, or null.</summary>
    public NodeAttribute? FindAttribute(string name)
    {
        foreach (var a in Attributes)
        {
            if (a.Name == name)
                return a;
        }
        return null;
    }

    /// <summary>A name for messages: the node's name if it has one, else its op type and first output.</summary>
    public string Describe()
    {
        string what = Domain.Length == 0 ? OpType : $"{Domain}.{OpType}";
        if (Name.Length > 0)
            return $"'{Name}' ({what})";
        var firstOutput = Outputs.FirstOrDefault(o => o is not null);
        return firstOutput is null ? $"({what})" : $"({what} -> '{firstOutput.Name}')";
    }

    public override string ToString() => Describe();
}
