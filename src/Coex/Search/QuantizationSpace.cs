using Coex.Hardware;

namespace Coex.Search;

/// <summary>
/// Weight and activation bit widths per stage ("w0", "a0", ...), each from <see cref="Choices"/> (4/8/16 by
/// default). With one choice (e.g. 8) the space has a single point and the search runs at fixed precision.
/// </summary>
public sealed class QuantizationSpace
{
    public QuantizationSpace(int stages, IReadOnlyList<int>? choices = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stages);
        Choices = choices ?? [4, 8, 16];
        if (Choices.Count == 0 || Choices.Any(b => b < BitWidths.MinBits || b > BitWidths.MaxBits))
            throw new ArgumentException($"Bit widths must be {BitWidths.MinBits}–{BitWidths.MaxBits}; got {{{string.Join(", ", Choices)}}}.", nameof(choices));
        Stages = stages;
        var dims = new List<Dimension>();
        for (int s = 0; s < stages; s++)
        {
            dims.Add(new Dimension($"w{s}", Choices));
            dims.Add(new Dimension($"a{s}", Choices));
        }
        Space = new SearchSpace("bits", dims);
    }

    public int Stages { get; }
    public IReadOnlyList<int> Choices { get; }
    public SearchSpace Space { get; }

    /// <summary>Bit widths of stage <paramref name="stage"/> at <paramref name="point"/>.</summary>
    public BitWidths At(ReadOnlySpan<int> point, int stage) =>
        new(Choices[point[2 * stage]], Choices[point[2 * stage + 1]]);

    /// <summary>Weight bits per stage at <paramref name="point"/>.</summary>
    public int[] WeightBits(ReadOnlySpan<int> point)
    {
        var bits = new int[Stages];
        for (int s = 0; s < Stages; s++)
            bits[s] = Choices[point[2 * s]];
        return bits;
    }

    /// <summary>Activation bits per stage at <paramref name="point"/>.</summary>
    public int[] ActivationBits(ReadOnlySpan<int> point)
    {
        var bits = new int[Stages];
        for (int s = 0; s < Stages; s++)
            bits[s] = Choices[point[2 * s + 1]];
        return bits;
    }
}
