using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Coex.Kernels;

/// <summary>
/// The handful of float vector operations a register-blocked loop needs, for one register width, so one generic loop
/// body serves AVX-512 and AVX2 (<c>Loop&lt;Lanes512, Vector512&lt;float&gt;&gt;</c>) and the JIT specializes each.
/// </summary>
internal unsafe interface IFloatLanes<TV> where TV : struct
{
    static abstract int Count { get; }
    static abstract TV Zero { get; }
    static abstract TV Splat(float value);
    static abstract TV Load(float* p);
    static abstract void Store(float* p, TV v);
    /// <summary>a·b + c, fused.</summary>
    static abstract TV MulAdd(TV a, TV b, TV c);
}

internal readonly unsafe struct Lanes512 : IFloatLanes<Vector512<float>>
{
    public static int Count => 16;
    public static Vector512<float> Zero => Vector512<float>.Zero;
    public static Vector512<float> Splat(float value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load(float* p) => Avx512F.LoadVector512(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(float* p, Vector512<float> v) => Avx512F.Store(p, v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> MulAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) => Avx512F.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct Lanes256 : IFloatLanes<Vector256<float>>
{
    public static int Count => 8;
    public static Vector256<float> Zero => Vector256<float>.Zero;
    public static Vector256<float> Splat(float value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Load(float* p) => Avx.LoadVector256(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(float* p, Vector256<float> v) => Avx.Store(p, v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> MulAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) => Fma.MultiplyAdd(a, b, c);
}
