using System.Collections;
using Coex.Tensors;

namespace Coex.Runtime;

/// <summary>
/// The outputs of one <see cref="InferenceSession.Run"/>, by name. Disposing it hands the outputs' storage back to the
/// session, so the next run reuses it instead of allocating (ONNX Runtime's outputs work the same way); the tensors must
/// not be used after that. A result that is never disposed stays valid and is collected like any other object.
/// </summary>
public sealed class RunResult : IReadOnlyDictionary<string, Tensor>, IDisposable
{
    private readonly Dictionary<string, Tensor> _outputs;
    private readonly Action<AlignedBuffer>? _giveBack;
    private List<AlignedBuffer>? _pooled;

    internal RunResult(Dictionary<string, Tensor> outputs, List<AlignedBuffer> pooled, Action<AlignedBuffer> giveBack)
    {
        _outputs = outputs;
        _pooled = pooled;
        _giveBack = giveBack;
    }

    public Tensor this[string key] => _outputs[key];
    public IEnumerable<string> Keys => _outputs.Keys;
    public IEnumerable<Tensor> Values => _outputs.Values;
    public int Count => _outputs.Count;
    public bool ContainsKey(string key) => _outputs.ContainsKey(key);
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Tensor value) => _outputs.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, Tensor>> GetEnumerator() => _outputs.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns the outputs' session-allocated storage to the session; a second call does nothing.</summary>
    public void Dispose()
    {
        var pooled = Interlocked.Exchange(ref _pooled, null);
        if (pooled is null)
            return;
        foreach (var buffer in pooled)
            _giveBack!(buffer);
    }
}
