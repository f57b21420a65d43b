namespace Coex.Runtime;

/// <summary>
/// A model uses an operator (or an operator with an element type or attribute value) that Coex cannot run.
/// Thrown when the session is created, never in the middle of <see cref="InferenceSession.Run"/>.
/// </summary>
public sealed class UnsupportedOperatorException : NotSupportedException
{
    public UnsupportedOperatorException(string opType, string domain, long opset, string? detail = null)
        : base($"Operator {opType} (domain '{(domain.Length == 0 ? "ai.onnx" : domain)}', opset {opset}) is not supported{(detail is null ? "." : $": {detail}")}")
    {
        OpType = opType;
        Domain = domain;
        Opset = opset;
    }

    public string OpType { get; }

    /// <summary>The operator's domain; "" is the default ONNX domain.</summary>
    public string Domain { get; }

    /// <summary>The version of <see cref="Domain"/> the model imports.</summary>
    public long Opset { get; }
}
