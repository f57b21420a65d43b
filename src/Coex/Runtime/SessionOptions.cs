namespace Coex.Runtime;

/// <summary>Options fixed when an <see cref="InferenceSession"/> is created.</summary>
public sealed class SessionOptions
{
    /// <summary>Worker threads kernels may use; 0 (the default) uses every core.</summary>
    public int Threads { get; init; }

    /// <summary>Measure the time each node takes; read the totals from <see cref="InferenceSession.Profile"/>.</summary>
    public bool EnableProfiling { get; init; }
}
