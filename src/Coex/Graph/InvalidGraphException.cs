namespace Coex.Graphs;

/// <summary>Thrown when a <see cref="Graph"/> is not well formed; the message names the value, node and graph at fault.</summary>
public sealed class InvalidGraphException : Exception
{
    public InvalidGraphException(string message) : base(message) { }

    public InvalidGraphException(string message, Exception innerException) : base(message, innerException) { }
}
