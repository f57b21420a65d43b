using Coex.Kernels;

namespace Coex.Bench;

/// <summary>
/// <c>c[i,j] = Σ_k (a[i,k] − aZeroPoint)·b[k,j]</c> in int32 for i &lt; <paramref name="m"/> (ONNX MatMulInteger
/// semantics) over int8 weights B[K,N] packed when the delegate was made; a is M×K uint8, c M×N, row-major.
/// </summary>
public delegate void Int8Multiply(ReadOnlySpan<byte> a, byte aZeroPoint, Span<int> c, int m, int threads);

/// <summary>An int8 GEMM over weights packed once.</summary>
/// <param name="Multiply">The multiply over the packed weights.</param>
/// <param name="Isa">The instruction path the packed weights run (picks the roof in <c>coex bench roofline</c>).</param>
/// <param name="WeightBytes">Bytes of packed weights one multiply reads.</param>
public sealed record Int8Kernel(Int8Multiply Multiply, Isa Isa, long WeightBytes);

/// <summary>Packs row-major int8 weights B[K,N] once and returns the GEMM over them.</summary>
public delegate Int8Kernel Int8Packer(ReadOnlySpan<sbyte> b, int k, int n);

/// <summary>Where the benchmarks find Coex's u8×s8 GEMM.</summary>
public static class CoexInt8
{
    /// <summary>The Coex int8 GEMM under test, or null while it is not on this branch (the u8s8 rows then time only the peer).</summary>
    /// <remarks>
    /// TODO(int8): the int8 kernel is being written on another branch. When <c>Coex.Kernels.Gemm.GemmU8S8</c> exists
    /// here, replace <c>null</c> with:
    /// <code>
    /// (b, k, n) =>
    /// {
    ///     var packed = Coex.Kernels.Gemm.GemmU8S8.Pack(b, k, n);
    ///     return new Int8Kernel((a, za, c, m, threads) => Coex.Kernels.Gemm.GemmU8S8.MultiplyS32(a, za, packed, c, m, threads),
    ///         packed.Isa, packed.Bytes);
    /// };
    /// </code>
    /// </remarks>
    public static Int8Packer? Gemm { get; } = null;
}
