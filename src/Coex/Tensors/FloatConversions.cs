using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coex.Tensors;

/// <summary>
/// Conversions between float and the 16-bit float formats, scalar and over spans.
/// Float to 16-bit rounds to nearest, ties to even; NaN stays NaN (quiet, top payload bits kept);
/// infinities and signed zeros are preserved; finite values beyond the f16 range become infinity.
/// </summary>
public static class FloatConversions
{
    private const uint SignMask = 0x8000_0000u;
    private const uint F32Infinity = 0x7F80_0000u;
    // 65536.0f: the smallest float that rounds to f16 infinity regardless of mantissa (65520 rounds up too, via carry).
    private const uint F16OverflowThreshold = (127u + 16) << 23;
    // 2^-14 as float: below it the f16 result is subnormal.
    private const uint F16MinNormal = 113u << 23;
    // Adding 0.5 * 2^(-14+10) ... this float has its unit in the last place equal to one f16 subnormal step,
    // so a hardware float add rounds the value to the f16 subnormal grid with round-to-nearest-even.
    private const uint SubnormalMagic = ((127u - 15) + (23 - 10) + 1) << 23;
    // Rebias exponent from f32 (127) to f16 (15) and add the rounding half-ulp minus one (ties go to even via the odd bit).
    private const uint RebiasAndHalfUlp = unchecked((uint)((15 - 127) << 23)) + 0xFFF;

    /// <summary>Float to IEEE binary16 bits.</summary>
    public static ushort SingleToHalfBits(float value)
    {
        uint u = BitConverter.SingleToUInt32Bits(value);
        uint sign = u & SignMask;
        u ^= sign;
        uint h;
        if (u >= F16OverflowThreshold)
            h = u > F32Infinity ? 0x7E00u | ((u >> 13) & 0x3FF) : 0x7C00u;
        else if (u < F16MinNormal)
            h = BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle(u) + BitConverter.UInt32BitsToSingle(SubnormalMagic)) - SubnormalMagic;
        else
            h = (u + RebiasAndHalfUlp + ((u >> 13) & 1)) >> 13;
        return (ushort)(h | (sign >> 16));
    }

    /// <summary>IEEE binary16 bits to float (exact).</summary>
    public static float HalfBitsToSingle(ushort bits)
    {
        uint o = (bits & 0x7FFFu) << 13;
        uint magnitude = (bits & 0x7C00u) == 0x7C00u
            ? o | F32Infinity
            : BitConverter.SingleToUInt32Bits(BitConverter.UInt32BitsToSingle(o) * BitConverter.UInt32BitsToSingle(ExponentRebias));
        return BitConverter.UInt32BitsToSingle(magnitude | ((bits & 0x8000u) << 16));
    }

    /// <summary>Float to bfloat16 bits, round to nearest even; NaN stays a quiet NaN.</summary>
    public static ushort SingleToBFloat16Bits(float value)
    {
        uint u = BitConverter.SingleToUInt32Bits(value);
        if ((u & 0x7FFF_FFFFu) > F32Infinity)
            return (ushort)((u >> 16) | 0x0040u);
        return (ushort)((u + 0x7FFFu + ((u >> 16) & 1)) >> 16);
    }

    /// <summary>bfloat16 bits to float (exact).</summary>
    public static float BFloat16BitsToSingle(ushort bits) => BitConverter.UInt32BitsToSingle((uint)bits << 16);

    /// <summary><c>destination[i] = (Half)source[i]</c> with round-to-nearest-even.</summary>
    public static void ToHalf(ReadOnlySpan<float> source, Span<Half> destination)
    {
        CheckLengths(source.Length, destination.Length);
        var src = MemoryMarshal.Cast<float, uint>(source);
        var dst = MemoryMarshal.Cast<Half, ushort>(destination);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= src.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                var h = SingleToHalf(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(src), (nuint)i));
                var narrowed = Vector128.Narrow(h.GetLower(), h.GetUpper());
                narrowed.StoreUnsafe(ref MemoryMarshal.GetReference(dst), (nuint)i);
            }
        }
        for (; i < src.Length; i++)
            dst[i] = SingleToHalfBits(BitConverter.UInt32BitsToSingle(src[i]));
    }

    /// <summary><c>destination[i] = (float)source[i]</c>, exact.</summary>
    public static void ToSingle(ReadOnlySpan<Half> source, Span<float> destination)
    {
        CheckLengths(source.Length, destination.Length);
        var src = MemoryMarshal.Cast<Half, ushort>(source);
        var dst = MemoryMarshal.Cast<float, uint>(destination);
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i <= src.Length - Vector512<uint>.Count; i += Vector512<uint>.Count)
            {
                var wide = Vector512.WidenLower(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(src), (nuint)i).ToVector512());
                HalfToSingle(wide).AsUInt32().StoreUnsafe(ref MemoryMarshal.GetReference(dst), (nuint)i);
            }
        }
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= src.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                var wide = Vector256.WidenLower(Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(src), (nuint)i).ToVector256());
                HalfToSingle(wide).AsUInt32().StoreUnsafe(ref MemoryMarshal.GetReference(dst), (nuint)i);
            }
        }
        for (; i < src.Length; i++)
            dst[i] = BitConverter.SingleToUInt32Bits(HalfBitsToSingle(src[i]));
    }

    /// <summary><c>destination[i] = (BFloat16)source[i]</c> with round-to-nearest-even.</summary>
    public static void ToBFloat16(ReadOnlySpan<float> source, Span<BFloat16> destination)
    {
        CheckLengths(source.Length, destination.Length);
        var src = MemoryMarshal.Cast<float, uint>(source);
        var dst = MemoryMarshal.Cast<BFloat16, ushort>(destination);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var exponentMask = Vector256.Create(0x7FFF_FFFFu);
            for (; i <= src.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                var u = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(src), (nuint)i);
                var rounded = (u + Vector256.Create(0x7FFFu) + ((u >> 16) & Vector256<uint>.One)) >> 16;
                var nan = Vector256.GreaterThan(u & exponentMask, Vector256.Create(F32Infinity));
                var r = Vector256.ConditionalSelect(nan, (u >> 16) | Vector256.Create(0x0040u), rounded);
                Vector128.Narrow(r.GetLower(), r.GetUpper()).StoreUnsafe(ref MemoryMarshal.GetReference(dst), (nuint)i);
            }
        }
        for (; i < src.Length; i++)
            dst[i] = SingleToBFloat16Bits(BitConverter.UInt32BitsToSingle(src[i]));
    }

    /// <summary><c>destination[i] = (float)source[i]</c>, exact.</summary>
    public static void ToSingle(ReadOnlySpan<BFloat16> source, Span<float> destination)
    {
        CheckLengths(source.Length, destination.Length);
        var src = MemoryMarshal.Cast<BFloat16, ushort>(source);
        for (int i = 0; i < src.Length; i++)
            destination[i] = BFloat16BitsToSingle(src[i]);
    }

    // 2^112 as float: moves an f16 exponent field (bias 15) placed in f32 position to the f32 bias 127.
    // Multiplying (rather than adding to the exponent) also turns f16 subnormals, which land as f32 subnormals, exact.
    private const uint ExponentRebias = (127u + 112) << 23;

    /// <summary>Eight f16 values (zero-extended in 32-bit lanes) to floats, exact; NaN payloads kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> HalfToSingle(Vector256<uint> h)
    {
        var o = (h & Vector256.Create(0x7FFFu)) << 13;
        var scaled = (o.AsSingle() * Vector256.Create(ExponentRebias).AsSingle()).AsUInt32();
        var infNan = Vector256.Equals(h & Vector256.Create(0x7C00u), Vector256.Create(0x7C00u));
        var magnitude = Vector256.ConditionalSelect(infNan, o | Vector256.Create(F32Infinity), scaled);
        return (magnitude | ((h & Vector256.Create(0x8000u)) << 16)).AsSingle();
    }

    /// <summary>Sixteen f16 values to floats; same algorithm as the 256-bit overload.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<float> HalfToSingle(Vector512<uint> h)
    {
        var o = (h & Vector512.Create(0x7FFFu)) << 13;
        var scaled = (o.AsSingle() * Vector512.Create(ExponentRebias).AsSingle()).AsUInt32();
        var infNan = Vector512.Equals(h & Vector512.Create(0x7C00u), Vector512.Create(0x7C00u));
        var magnitude = Vector512.ConditionalSelect(infNan, o | Vector512.Create(F32Infinity), scaled);
        return (magnitude | ((h & Vector512.Create(0x8000u)) << 16)).AsSingle();
    }

    /// <summary>Eight floats to f16 bits in the low half of 32-bit lanes; same algorithm as <see cref="SingleToHalfBits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<uint> SingleToHalf(Vector256<uint> u)
    {
        var sign = u & Vector256.Create(SignMask);
        u ^= sign;
        var overflow = Vector256.GreaterThanOrEqual(u, Vector256.Create(F16OverflowThreshold));
        var nan = Vector256.GreaterThan(u, Vector256.Create(F32Infinity));
        var special = Vector256.ConditionalSelect(nan, Vector256.Create(0x7E00u) | ((u >> 13) & Vector256.Create(0x3FFu)), Vector256.Create(0x7C00u));
        var magic = Vector256.Create(SubnormalMagic);
        var sub = (u.AsSingle() + magic.AsSingle()).AsUInt32() - magic;
        var normal = (u + Vector256.Create(RebiasAndHalfUlp) + ((u >> 13) & Vector256<uint>.One)) >> 13;
        var isSub = Vector256.LessThan(u, Vector256.Create(F16MinNormal));
        var h = Vector256.ConditionalSelect(overflow, special, Vector256.ConditionalSelect(isSub, sub, normal));
        return h | (sign >> 16);
    }

    private static void CheckLengths(int source, int destination)
    {
        if (destination < source)
            throw new ArgumentException($"Destination holds {destination} elements but the source has {source}.", nameof(destination));
    }
}
