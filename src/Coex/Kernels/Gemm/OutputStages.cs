using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels.Gemm;

/// <summary>
/// One step of the int8 GEMM output pipeline, run on each finished row segment of int32 results.
/// Stages are generic structs chained through type parameters (<c>BiasAdd&lt;Requantize&lt;ReluActivation, U8Store&gt;&gt;</c>),
/// so the JIT compiles one fused, specialized loop per chain.
/// </summary>
public interface IOutputStage
{
    /// <summary>Checks that every buffer the chain holds fits an M×N output; throws <see cref="ArgumentException"/> naming the buffer and sizes.</summary>
    void Validate(int m, int n);

    /// <summary>
    /// Consumes <c>values[j] = C[row, column + j]</c> of an M×N result (exact zero-point-corrected int32 sums).
    /// A stage may overwrite <paramref name="values"/> before passing them on. Called from worker threads
    /// on disjoint segments, so stages must not mutate shared state; nor may they call back into
    /// <see cref="GemmU8S8"/>, whose per-thread scratch holds <paramref name="values"/>.
    /// </summary>
    void Process(Span<int> values, int row, int column, int n);
}

/// <summary>The last stage of a requantizing chain: stores integers already clamped to [<see cref="MinValue"/>, <see cref="MaxValue"/>].</summary>
public interface IQuantizedStore : IOutputStage
{
    /// <summary>Smallest value the stored type holds.</summary>
    static abstract int MinValue { get; }
    /// <summary>Largest value the stored type holds.</summary>
    static abstract int MaxValue { get; }
}

/// <summary>An activation fused into requantization as a clamp in the quantized domain.</summary>
public interface IQuantizedActivation
{
    /// <summary>Lowest quantized output allowed, given the output zero point and the stored type's minimum.</summary>
    static abstract int Lower(int zeroPoint, int typeMin);
}

/// <summary>No activation: outputs saturate only at the stored type's range.</summary>
public readonly struct NoActivation : IQuantizedActivation
{
    public static int Lower(int zeroPoint, int typeMin) => typeMin;
}

/// <summary>ReLU: real values below 0 become 0, i.e. quantized values clamp at the output zero point.</summary>
public readonly struct ReluActivation : IQuantizedActivation
{
    public static int Lower(int zeroPoint, int typeMin) => Math.Max(zeroPoint, typeMin);
}

/// <summary>Stores the int32 results: <c>destination[row·N + column + j] = values[j]</c>.</summary>
public readonly struct S32Store(Memory<int> destination) : IOutputStage
{
    public void Validate(int m, int n) => OutputChecks.Length(destination.Length, m, n, "int32 destination");

    public void Process(Span<int> values, int row, int column, int n)
        => values.CopyTo(destination.Span.Slice(row * n + column, values.Length));
}

/// <summary>Stores values already in [0, 255] as bytes.</summary>
public readonly struct U8Store(Memory<byte> destination) : IQuantizedStore
{
    public static int MinValue => byte.MinValue;
    public static int MaxValue => byte.MaxValue;

    public void Validate(int m, int n) => OutputChecks.Length(destination.Length, m, n, "u8 destination");

    public void Process(Span<int> values, int row, int column, int n)
        => OutputChecks.Narrow(values, MemoryMarshal.AsBytes(destination.Span.Slice(row * n + column, values.Length)));
}

/// <summary>Stores values already in [−128, 127] as signed bytes.</summary>
public readonly struct I8Store(Memory<sbyte> destination) : IQuantizedStore
{
    public static int MinValue => sbyte.MinValue;
    public static int MaxValue => sbyte.MaxValue;

    public void Validate(int m, int n) => OutputChecks.Length(destination.Length, m, n, "i8 destination");

    public void Process(Span<int> values, int row, int column, int n)
        => OutputChecks.Narrow(values, MemoryMarshal.AsBytes(destination.Span.Slice(row * n + column, values.Length)));
}

/// <summary>
/// Adds an int32 bias per output channel, <c>values[j] += bias[column + j]</c> (wrapping, as int32 hardware does),
/// then hands on to <typeparamref name="TNext"/>. The bias is quantized with scale a_scale·b_scale[n] and zero point 0.
/// </summary>
public readonly struct BiasAdd<TNext>(ReadOnlyMemory<int> bias, TNext next) : IOutputStage
    where TNext : struct, IOutputStage
{
    public void Validate(int m, int n)
    {
        if (bias.Length != n)
            throw new ArgumentException($"Bias holds {bias.Length} values; N = {n} output channels need {n}.", "output");
        next.Validate(m, n);
    }

    public void Process(Span<int> values, int row, int column, int n)
    {
        ReadOnlySpan<int> b = bias.Span.Slice(column, values.Length);
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref int v = ref MemoryMarshal.GetReference(values);
            ref int w = ref MemoryMarshal.GetReference(b);
            for (; j <= values.Length - 8; j += 8)
                (Vector256.LoadUnsafe(ref v, (nuint)j) + Vector256.LoadUnsafe(ref w, (nuint)j)).StoreUnsafe(ref v, (nuint)j);
        }
        for (; j < values.Length; j++)
            values[j] = unchecked(values[j] + b[j]);
        next.Process(values, row, column, n);
    }
}

/// <summary>
/// Requantizes int32 sums: <c>q = clamp(roundHalfEven(v · multiplier[n]) + zeroPoint, lo, TStore.MaxValue)</c> with the
/// product taken in double (exact int32→double, one rounding), lo = <typeparamref name="TActivation"/>'s lower bound;
/// then hands the integers to <typeparamref name="TStore"/>.
/// </summary>
/// <remarks>
/// <paramref name="multipliers"/> holds one value (per tensor) or N values (per output channel), each the real
/// multiplier a_scale·b_scale[n] / out_scale: finite and positive. Rounding matches ONNX QuantizeLinear.
/// </remarks>
public readonly struct Requantize<TActivation, TStore>(ReadOnlyMemory<float> multipliers, int zeroPoint, TStore store) : IOutputStage
    where TActivation : struct, IQuantizedActivation
    where TStore : struct, IQuantizedStore
{
    public void Validate(int m, int n)
    {
        var mult = multipliers.Span;
        if (mult.Length != 1 && mult.Length != n)
            throw new ArgumentException($"Requantize holds {mult.Length} multipliers; it needs 1 (per tensor) or N = {n} (per channel).", "output");
        for (int j = 0; j < mult.Length; j++)
            if (!float.IsFinite(mult[j]) || mult[j] <= 0)
                throw new ArgumentException($"Requantize multiplier [{j}] is {mult[j]}; multipliers must be finite and positive.", "output");
        if (zeroPoint < TStore.MinValue || zeroPoint > TStore.MaxValue)
            throw new ArgumentException($"Output zero point {zeroPoint} is outside the stored range [{TStore.MinValue}, {TStore.MaxValue}].", "output");
        store.Validate(m, n);
    }

    public unsafe void Process(Span<int> values, int row, int column, int n)
    {
        ReadOnlySpan<float> mult = multipliers.Span;
        bool perChannel = mult.Length != 1;
        double lo = TActivation.Lower(zeroPoint, TStore.MinValue), hi = TStore.MaxValue, zp = zeroPoint;
        int j = 0;
        fixed (int* v = values)
        fixed (float* mp = mult)
        {
            if (Avx.IsSupported)
            {
                var vlo = Vector256.Create(lo);
                var vhi = Vector256.Create(hi);
                var vzp = Vector256.Create(zp);
                var scale = Vector256.Create((double)mp[0]);
                float* mc = mp + column;
                for (; j <= values.Length - 4; j += 4)
                {
                    if (perChannel)
                        scale = Avx.ConvertToVector256Double(Sse.LoadVector128(mc + j));
                    var x = Avx.Multiply(Avx.ConvertToVector256Double(Sse2.LoadVector128(v + j)), scale);
                    // vroundpd in round-to-nearest-even mode; then the zero point and the clamp are exact in double.
                    x = Avx.Add(Avx.RoundToNearestInteger(x), vzp);
                    x = Avx.Min(Avx.Max(x, vlo), vhi);
                    Sse2.Store(v + j, Avx.ConvertToVector128Int32WithTruncation(x));
                }
            }
            for (; j < values.Length; j++)
            {
                double x = Math.Round((double)v[j] * mp[perChannel ? column + j : 0], MidpointRounding.ToEven) + zp;
                v[j] = (int)Math.Min(Math.Max(x, lo), hi);
            }
        }
        store.Process(values, row, column, n);
    }
}

/// <summary>Stores int32 results through a pinned pointer; the span-based <see cref="GemmU8S8.MultiplyS32"/> uses it.</summary>
internal readonly unsafe struct S32PointerStore(int* destination) : IOutputStage
{
    private readonly nint _destination = (nint)destination;

    public void Validate(int m, int n) { }

    public void Process(Span<int> values, int row, int column, int n)
        => values.CopyTo(new Span<int>((int*)_destination + (long)row * n + column, values.Length));
}

internal static class OutputChecks
{
    public static void Length(int length, int m, int n, string what)
    {
        if (length < (long)m * n)
            throw new ArgumentException($"The {what} holds {length} values; M×N = {m}×{n} needs {(long)m * n}.", "output");
    }

    /// <summary>dst[j] = low byte of values[j]; callers have clamped values to the byte's range, so truncation is exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Narrow(ReadOnlySpan<int> values, Span<byte> dst)
    {
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref int v = ref MemoryMarshal.GetReference(values);
            ref byte d = ref MemoryMarshal.GetReference(dst);
            for (; j <= values.Length - 32; j += 32)
            {
                var lo = Vector256.Narrow(Vector256.LoadUnsafe(ref v, (nuint)j).AsUInt32(), Vector256.LoadUnsafe(ref v, (nuint)j + 8).AsUInt32());
                var hi = Vector256.Narrow(Vector256.LoadUnsafe(ref v, (nuint)j + 16).AsUInt32(), Vector256.LoadUnsafe(ref v, (nuint)j + 24).AsUInt32());
                Vector256.Narrow(lo, hi).StoreUnsafe(ref d, (nuint)j);
            }
        }
        for (; j < values.Length; j++)
            dst[j] = (byte)values[j];
    }
}
