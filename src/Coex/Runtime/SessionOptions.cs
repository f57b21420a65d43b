namespace Coex.Runtime;

/// <summary>Options fixed when an <see cref="InferenceSession"/> is created.</summary>
public sealed class SessionOptions
{
    /// <summary>Worker threads kernels may use; 0 (the default) uses every core.</summary>
    public int Threads { get; init; }
}
