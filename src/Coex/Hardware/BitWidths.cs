namespace Coex.Hardware;

/// <summary>
/// Operand bit widths of one evaluation: weights and activations, each 2–16 bits. Outputs are stored at the
/// activation width (they are the next layer's activations); partial sums use <see cref="AccumulatorBits"/>.
/// </summary>
public readonly record struct BitWidths
{
    /// <summary>Narrowest supported operand: binary/ternary networks are out of scope for a MAC array model.</summary>
    public const int MinBits = 2;
    /// <summary>Widest supported operand; spec validation sizes the smallest legal buffers at this width.</summary>
    public const int MaxBits = 16;

    /// <summary>Creates a pair of widths; throws <see cref="ArgumentOutOfRangeException"/> outside 2–16.</summary>
    public BitWidths(int weights, int activations)
    {
        Check(weights, nameof(weights));
        Check(activations, nameof(activations));
        Weights = weights;
        Activations = activations;
    }

    public int Weights { get; }
    public int Activations { get; }

    /// <summary>8-bit weights and activations, the TPU-v1 and Edge-TPU operating point.</summary>
    public static BitWidths Int8 => new(8, 8);

    /// <summary>
    /// Bits that hold a sum of <paramref name="reduction"/> products exactly: b_w + b_a + ⌈log2 reduction⌉
    /// (a product needs b_w + b_a bits; each doubling of the number of terms adds one carry bit).
    /// </summary>
    public int AccumulatorBits(long reduction) =>
        Weights + Activations + (reduction <= 1 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(reduction - 1)));

    /// <summary>Throws when this value did not come from the validating constructor (e.g. <c>default</c>).</summary>
    internal void ThrowIfInvalid(string paramName)
    {
        if (Weights < MinBits || Weights > MaxBits || Activations < MinBits || Activations > MaxBits)
            throw new ArgumentException(
                $"Bit widths must be {MinBits}–{MaxBits}, got weights {Weights}, activations {Activations}.", "bits");
    }

    private static void Check(int bits, string name)
    {
        if (bits < MinBits || bits > MaxBits)
            throw new ArgumentOutOfRangeException(name, bits, $"Operand width must be {MinBits}–{MaxBits} bits, got {bits}.");
    }
}
