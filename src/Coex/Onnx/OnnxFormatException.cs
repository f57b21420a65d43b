namespace Coex.Onnx;

/// <summary>
/// Thrown when an ONNX file or tensor cannot be turned into a valid Coex graph: malformed protobuf,
/// truncated data, shapes that disagree with the stored bytes, unsupported data types, external data,
/// cycles, dangling inputs and the like. The message names the offending item and where it sits.
/// </summary>
/// <remarks>
/// Every kind of bad input reaches the caller as this one type so a loader can catch it alone; the
/// underlying parser exception, when there is one, is kept as <see cref="Exception.InnerException"/>.
/// </remarks>
public sealed class OnnxFormatException : Exception
{
    public OnnxFormatException(string message) : base(message) { }

    public OnnxFormatException(string message, Exception innerException) : base(message, innerException) { }
}
