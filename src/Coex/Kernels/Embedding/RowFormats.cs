using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Coex.Tensors;

namespace Coex.Kernels.Embedding;

/// <summary>
/// Adds one stored row, times a weight, into a float accumulator: <c>acc[c] += weight·value[c]</c>. Quantized formats
/// add <c>weight·scale·code[c]</c> and leave <c>weight·bias</c> in <c>biasSum</c>, which the caller adds once per bag.
/// </summary>
/// <remarks>
/// Each implementation is a struct so the bag loop is specialized per format; the ISA branches test JIT-time constants
/// (<c>IsSupported</c>/<c>IsHardwareAccelerated</c>), so the widest path is chosen when the loop is compiled, with a
/// scalar tail that rounds like the vector body (fused multiply-add).
/// </remarks>
internal unsafe interface IRowFormat
{
    /// <summary>True when rows carry a bias that accumulates into biasSum.</summary>
    static abstract bool HasBias { get; }

    static abstract void Accumulate(byte* row, float weight, float* acc, int dim, ref float biasSum);

    /// <summary>True when <see cref="Load16"/> has an AVX-512 body (the register-accumulator path may be used).</summary>
    static abstract bool HasLoad16 { get; }

    /// <summary>The factor the row's raw values are multiplied by (weight·scale, or the weight); adds weight·bias to biasSum.</summary>
    static abstract float Factor(byte* row, float weight, int dim, ref float biasSum);

    /// <summary>Raw values c … c + 15 of the row as floats (codes for quantized rows, before scale and bias).</summary>
    static abstract Vector512<float> Load16(byte* row, int c);
}

internal unsafe struct F32Rows : IRowFormat
{
    public static bool HasBias => false;
    public static bool HasLoad16 => true;
    public static float Factor(byte* row, float weight, int dim, ref float biasSum) => weight;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load16(byte* row, int c) => Vector512.Load((float*)row + c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(byte* row, float weight, float* acc, int dim, ref float biasSum)
    {
        float* r = (float*)row;
        int c = 0;
        if (Vector512.IsHardwareAccelerated)
            for (var w = Vector512.Create(weight); c <= dim - 16; c += 16)
                Vector512.FusedMultiplyAdd(Vector512.Load(r + c), w, Vector512.Load(acc + c)).Store(acc + c);
        if (Vector256.IsHardwareAccelerated)
            for (var w = Vector256.Create(weight); c <= dim - 8; c += 8)
                Vector256.FusedMultiplyAdd(Vector256.Load(r + c), w, Vector256.Load(acc + c)).Store(acc + c);
        for (; c < dim; c++)
            acc[c] = MathF.FusedMultiplyAdd(r[c], weight, acc[c]);
    }
}

internal unsafe struct F16Rows : IRowFormat
{
    public static bool HasBias => false;
    public static bool HasLoad16 => true;
    public static float Factor(byte* row, float weight, int dim, ref float biasSum) => weight;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load16(byte* row, int c) =>
        FloatConversions.HalfToSingle(Vector512.WidenLower(Vector256.Load((ushort*)row + c).ToVector512()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(byte* row, float weight, float* acc, int dim, ref float biasSum)
    {
        ushort* r = (ushort*)row;
        int c = 0;
        if (Vector512.IsHardwareAccelerated)
            for (var w = Vector512.Create(weight); c <= dim - 16; c += 16)
            {
                var wide = Vector512.WidenLower(Vector256.Load(r + c).ToVector512());
                Vector512.FusedMultiplyAdd(FloatConversions.HalfToSingle(wide), w, Vector512.Load(acc + c)).Store(acc + c);
            }
        if (Vector256.IsHardwareAccelerated)
            for (var w = Vector256.Create(weight); c <= dim - 8; c += 8)
            {
                var wide = Vector256.WidenLower(Vector128.Load(r + c).ToVector256());
                Vector256.FusedMultiplyAdd(FloatConversions.HalfToSingle(wide), w, Vector256.Load(acc + c)).Store(acc + c);
            }
        for (; c < dim; c++)
            acc[c] = MathF.FusedMultiplyAdd(FloatConversions.HalfBitsToSingle(r[c]), weight, acc[c]);
    }
}

/// <summary>Fused 8-bit row-wise: <c>dim</c> codes, float32 scale, float32 bias.</summary>
internal unsafe struct Int8Rows : IRowFormat
{
    public static bool HasBias => true;
    public static bool HasLoad16 => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Factor(byte* row, float weight, int dim, ref float biasSum)
    {
        biasSum = MathF.FusedMultiplyAdd(weight, Unsafe.ReadUnaligned<float>(row + dim + 4), biasSum);
        return weight * Unsafe.ReadUnaligned<float>(row + dim);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load16(byte* row, int c) =>
        Vector512.ConvertToSingle(Avx512F.ConvertToVector512Int32(Vector128.Load(row + c)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(byte* row, float weight, float* acc, int dim, ref float biasSum)
    {
        float a = weight * Unsafe.ReadUnaligned<float>(row + dim);
        biasSum = MathF.FusedMultiplyAdd(weight, Unsafe.ReadUnaligned<float>(row + dim + 4), biasSum);
        int c = 0;
        if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
            for (var va = Vector512.Create(a); c <= dim - 16; c += 16)
            {
                var codes = Vector512.ConvertToSingle(Avx512F.ConvertToVector512Int32(Vector128.Load(row + c)));
                Vector512.FusedMultiplyAdd(codes, va, Vector512.Load(acc + c)).Store(acc + c);
            }
        if (Vector256.IsHardwareAccelerated && Avx2.IsSupported)
            for (var va = Vector256.Create(a); c <= dim - 8; c += 8)
            {
                var codes = Vector256.ConvertToSingle(Avx2.ConvertToVector256Int32(row + c));
                Vector256.FusedMultiplyAdd(codes, va, Vector256.Load(acc + c)).Store(acc + c);
            }
        for (; c < dim; c++)
            acc[c] = MathF.FusedMultiplyAdd(row[c], a, acc[c]);
    }
}

/// <summary>Fused 4-bit row-wise: ⌈dim/2⌉ bytes of codes (low nibble first), float16 scale, float16 bias.</summary>
internal unsafe struct Int4Rows : IRowFormat
{
    public static bool HasBias => true;
    public static bool HasLoad16 => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Factor(byte* row, float weight, int dim, ref float biasSum)
    {
        byte* tail = row + (dim + 1) / 2;
        biasSum = MathF.FusedMultiplyAdd(weight, FloatConversions.HalfBitsToSingle(Unsafe.ReadUnaligned<ushort>(tail + 2)), biasSum);
        return weight * FloatConversions.HalfBitsToSingle(Unsafe.ReadUnaligned<ushort>(tail));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load16(byte* row, int c) =>
        Vector512.ConvertToSingle(Avx512F.ConvertToVector512Int32(Unpack16(row + c / 2)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(byte* row, float weight, float* acc, int dim, ref float biasSum)
    {
        byte* tail = row + (dim + 1) / 2;
        float a = weight * FloatConversions.HalfBitsToSingle(Unsafe.ReadUnaligned<ushort>(tail));
        biasSum = MathF.FusedMultiplyAdd(weight, FloatConversions.HalfBitsToSingle(Unsafe.ReadUnaligned<ushort>(tail + 2)), biasSum);
        int c = 0;
        if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
            for (var va = Vector512.Create(a); c <= dim - 16; c += 16)
            {
                var codes = Vector512.ConvertToSingle(Avx512F.ConvertToVector512Int32(Unpack16(row + c / 2)));
                Vector512.FusedMultiplyAdd(codes, va, Vector512.Load(acc + c)).Store(acc + c);
            }
        if (Vector256.IsHardwareAccelerated && Avx2.IsSupported)
            for (var va = Vector256.Create(a); c <= dim - 16; c += 16)
            {
                var bytes = Unpack16(row + c / 2);
                var low = Vector256.ConvertToSingle(Avx2.ConvertToVector256Int32(bytes));
                var high = Vector256.ConvertToSingle(Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(bytes, 8)));
                Vector256.FusedMultiplyAdd(low, va, Vector256.Load(acc + c)).Store(acc + c);
                Vector256.FusedMultiplyAdd(high, va, Vector256.Load(acc + c + 8)).Store(acc + c + 8);
            }
        for (; c < dim; c++)
            acc[c] = MathF.FusedMultiplyAdd((row[c >> 1] >> ((c & 1) * 4)) & 0xF, a, acc[c]);
    }

    /// <summary>Eight packed bytes to sixteen code bytes in element order: low nibble, then high nibble, of each byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Unpack16(byte* packed)
    {
        var b = Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>(packed)).AsByte();
        var nibble = Vector128.Create((byte)0x0F);
        var low = b & nibble;
        var high = Vector128.ShiftRightLogical(b.AsUInt16(), 4).AsByte() & nibble;
        return Sse2.UnpackLow(low, high);
    }
}

/// <summary>Fused 2-bit row-wise: ⌈dim/4⌉ bytes of codes (lowest bits first), float16 scale, float16 bias. Scalar loop.</summary>
internal unsafe struct Int2Rows : IRowFormat
{
    public static bool HasBias => true;
    public static bool HasLoad16 => false;
    public static float Factor(byte* row, float weight, int dim, ref float biasSum) => throw new NotSupportedException();
    public static Vector512<float> Load16(byte* row, int c) => throw new NotSupportedException();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(byte* row, float weight, float* acc, int dim, ref float biasSum)
    {
        byte* tail = row + (dim + 3) / 4;
        float a = weight * FloatConversions.HalfBitsToSingle(Unsafe.ReadUnaligned<ushort>(tail));
        biasSum = MathF.FusedMultiplyAdd(weight, FloatConversions.HalfBitsToSingle(Unsafe.ReadUnaligned<ushort>(tail + 2)), biasSum);
        for (int c = 0; c < dim; c++)
            acc[c] = MathF.FusedMultiplyAdd((row[c >> 2] >> ((c & 3) * 2)) & 0x3, a, acc[c]);
    }
}
