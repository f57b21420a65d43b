using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// A simulated input drift for trying the monitor: every input value x becomes <c>Scale·x + Shift + Noise·z</c> with
/// z standard normal (seeded), as a camera whose gain, offset or noise changed would shift normalized pixels.
/// </summary>
public sealed record SyntheticDrift(float Scale = 1, float Shift = 0, float Noise = 0, int Seed = 1)
{
    /// <summary>
    /// Parses "none", "shift:S", "scale:K", "noise:SD" or a comma-separated combination ("scale:1.5,shift:1").
    /// </summary>
    /// <exception cref="ArgumentException">An unknown part or a value that is not a finite number.</exception>
    public static SyntheticDrift Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var drift = new SyntheticDrift();
        if (text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) || text.Trim().Length == 0)
            return drift;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split(':', 2);
            if (kv.Length != 2 || !float.TryParse(kv[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float v) || !float.IsFinite(v))
                throw new ArgumentException($"Drift part '{part}' must be NAME:NUMBER (shift, scale or noise).", nameof(text));
            drift = kv[0].ToLowerInvariant() switch
            {
                "shift" => drift with { Shift = v },
                "scale" => drift with { Scale = v },
                "noise" => v >= 0 ? drift with { Noise = v } : throw new ArgumentException($"Noise must be non-negative; got {v}.", nameof(text)),
                _ => throw new ArgumentException($"Unknown drift '{kv[0]}'; use shift, scale or noise.", nameof(text)),
            };
        }
        return drift;
    }

    /// <summary>True when applying the drift changes nothing.</summary>
    public bool IsNone => Scale == 1 && Shift == 0 && Noise == 0;

    /// <summary>A drifted copy of <paramref name="input"/> (F32); <paramref name="batchIndex"/> varies the noise per batch.</summary>
    public Tensor Apply(Tensor input, int batchIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        var copy = Tensor.FromSpan<float>(input.AsSpan<float>(), input.Shape.ToArray());
        if (IsNone)
            return copy;
        var x = copy.AsSpan<float>();
        // A fixed mix (HashCode is randomized per process): the same seed and batch always give the same noise.
        var rng = new Random(unchecked(Seed * 1_000_003 + batchIndex) & int.MaxValue);
        for (int i = 0; i < x.Length; i++)
        {
            float z = 0;
            if (Noise > 0)
            {
                double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
                z = (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
            }
            x[i] = Scale * x[i] + Shift + Noise * z;
        }
        return copy;
    }

    public override string ToString() => IsNone ? "none" : string.Join(",", new[]
    {
        Scale != 1 ? $"scale:{Scale}" : null,
        Shift != 0 ? $"shift:{Shift}" : null,
        Noise != 0 ? $"noise:{Noise}" : null,
    }.Where(s => s is not null));
}
