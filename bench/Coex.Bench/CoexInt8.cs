using Coex.Kernels;
using Coex.Kernels.Gemm;

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
    /// <summary>The Coex int8 GEMM under test: <see cref="GemmU8S8"/> on the path it picks for this machine.</summary>
    public static Int8Packer Gemm { get; } = (b, k, n) =>
    {
        var packed = GemmU8S8.Pack(b, k, n);
        return new Int8Kernel((a, za, c, m, threads) => GemmU8S8.MultiplyS32(a, za, packed, c, m, threads), packed.Isa, packed.Bytes);
    };
}
