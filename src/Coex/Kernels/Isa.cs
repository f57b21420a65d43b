using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels;

/// <summary>The instruction-set paths Coex kernels are written for.</summary>
public enum Isa
{
    /// <summary>Plain loops; runs everywhere.</summary>
    Scalar,
    /// <summary>256-bit AVX2 (+FMA): float FMA on ymm; int8 as exact vpmaddwd on s16 pairs.</summary>
    Avx2,
    /// <summary>512-bit AVX-512 F+BW: float FMA on zmm; int8 as exact vpmaddwd on s16 pairs.</summary>
    Avx512,
    /// <summary>256-bit AVX-VNNI (vpdpbusd on ymm), for u8×s8 dot products.</summary>
    AvxVnni,
}

/// <summary>What this process's CPU and runtime allow (DOTNET_Enable* environment switches included).</summary>
public static class CpuFeatures
{
    public static bool HasAvx512 => Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512BW.IsSupported;
    public static bool HasAvx2Fma => Vector256.IsHardwareAccelerated && Avx2.IsSupported && Fma.IsSupported;
    public static bool HasAvxVnni => AvxVnni.IsSupported && Avx2.IsSupported;

    /// <summary>Widest float path available: AVX-512, then AVX2+FMA, then scalar.</summary>
    public static Isa BestFloat => HasAvx512 ? Isa.Avx512 : HasAvx2Fma ? Isa.Avx2 : Isa.Scalar;

    /// <summary>True when <paramref name="isa"/> can run in this process.</summary>
    public static bool Supports(Isa isa) => isa switch
    {
        Isa.Scalar => true,
        Isa.Avx2 => HasAvx2Fma,
        Isa.Avx512 => HasAvx512,
        Isa.AvxVnni => HasAvxVnni,
        _ => false,
    };

    /// <summary>One line for logs and benchmark headers.</summary>
    public static string Describe() =>
        $"AVX-512 F/BW: {HasAvx512}, AVX2+FMA: {HasAvx2Fma}, AVX-VNNI(256): {HasAvxVnni}, cores: {Environment.ProcessorCount}";
}
