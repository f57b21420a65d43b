namespace Coex.Runtime;

/// <summary>How much an <see cref="InferenceSession"/> rewrites its copy of the model before binding kernels.</summary>
public enum OptimizationLevel
{
    /// <summary>Run the graph exactly as given.</summary>
    None,

    /// <summary>Constant folding and dead-node removal: rewrites that change no arithmetic.</summary>
    Basic,

    /// <summary>Basic, plus BatchNorm folding into Conv/Gemm and Conv/Gemm + Relu/Clip fusion (results may differ by rounding).</summary>
    All,
}

/// <summary>Options fixed when an <see cref="InferenceSession"/> is created.</summary>
public sealed class SessionOptions
{
    /// <summary>Worker threads kernels may use; 0 (the default) uses every core.</summary>
    public int Threads { get; init; }

    /// <summary>Measure the time each node takes; read the totals from <see cref="InferenceSession.Profile"/>.</summary>
    public bool EnableProfiling { get; init; }

    /// <summary>Graph passes applied at load (default <see cref="OptimizationLevel.All"/>). The caller's graph is never modified.</summary>
    public OptimizationLevel OptimizationLevel { get; init; } = OptimizationLevel.All;
}
