using System.Runtime.InteropServices;

namespace Coex.Tensors;

/// <summary>
/// Brain floating point: the upper 16 bits of an IEEE binary32 (1 sign, 8 exponent, 7 mantissa bits).
/// </summary>
/// <remarks>Blittable, 2 bytes, identical to the bf16 storage of other runtimes.</remarks>
[StructLayout(LayoutKind.Sequential, Size = 2)]
public readonly struct BFloat16 : IEquatable<BFloat16>
{
    /// <summary>The raw 16 bits.</summary>
    public readonly ushort Bits;

    private BFloat16(ushort bits) => Bits = bits;

    public static BFloat16 FromBits(ushort bits) => new(bits);

    /// <summary>Rounds to nearest, ties to even; NaN stays NaN (quieted), infinities stay infinite.</summary>
    public static explicit operator BFloat16(float value) => new(FloatConversions.SingleToBFloat16Bits(value));

    /// <summary>Exact: every bf16 value is a float.</summary>
    public static explicit operator float(BFloat16 value) => FloatConversions.BFloat16BitsToSingle(value.Bits);

    public bool Equals(BFloat16 other) => Bits == other.Bits;
    public override bool Equals(object? obj) => obj is BFloat16 other && Equals(other);
    public override int GetHashCode() => Bits;
    public override string ToString() => ((float)this).ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static bool operator ==(BFloat16 left, BFloat16 right) => left.Equals(right);
    public static bool operator !=(BFloat16 left, BFloat16 right) => !left.Equals(right);
}
