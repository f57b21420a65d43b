using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Coex.Kernels.Elementwise;

/// <summary>A float binary operation with a scalar and a 256-bit form; the drivers own all looping and tails.</summary>
public interface IBinaryOperator
{
    static abstract float Invoke(float x, float y);
    static abstract Vector256<float> Invoke(Vector256<float> x, Vector256<float> y);
    /// <summary>False when only the scalar form is exact (the driver then never calls the vector form).</summary>
    static virtual bool Vectorizable => true;
}

/// <summary>A float unary operation with a scalar and a 256-bit form, and optionally a 512-bit one.</summary>
public interface IUnaryOperator
{
    static abstract float Invoke(float x);
    static abstract Vector256<float> Invoke(Vector256<float> x);
    static virtual bool Vectorizable => true;
    /// <summary>True when the 512-bit form exists (the driver uses it where the CPU runs 512-bit vectors natively).</summary>
    static virtual bool Vectorizable512 => false;
    static virtual Vector512<float> Invoke(Vector512<float> x) => throw new NotSupportedException();
}

public readonly struct AddOperator : IBinaryOperator
{
    public static float Invoke(float x, float y) => x + y;
    public static Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) => x + y;
}

public readonly struct SubtractOperator : IBinaryOperator
{
    public static float Invoke(float x, float y) => x - y;
    public static Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) => x - y;
}

public readonly struct MultiplyOperator : IBinaryOperator
{
    public static float Invoke(float x, float y) => x * y;
    public static Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) => x * y;
}

public readonly struct DivideOperator : IBinaryOperator
{
    public static float Invoke(float x, float y) => x / y;
    public static Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) => x / y;
}

/// <summary>x^y with <see cref="MathF.Pow(float, float)"/> semantics; scalar only (no exact vector pow).</summary>
public readonly struct PowOperator : IBinaryOperator
{
    public static float Invoke(float x, float y) => MathF.Pow(x, y);
    public static Vector256<float> Invoke(Vector256<float> x, Vector256<float> y) => throw new NotSupportedException();
    public static bool Vectorizable => false;
}

/// <summary>max(x, 0); NaN stays NaN.</summary>
public readonly struct ReluOperator : IUnaryOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Invoke(float x) => x > 0f || float.IsNaN(x) ? x : 0f;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Invoke(Vector256<float> x) =>
        Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<float>.Zero) | ~Vector256.Equals(x, x), x, Vector256<float>.Zero);
}

public readonly struct NegateOperator : IUnaryOperator
{
    public static float Invoke(float x) => -x;
    public static Vector256<float> Invoke(Vector256<float> x) => -x;
}

public readonly struct AbsOperator : IUnaryOperator
{
    public static float Invoke(float x) => MathF.Abs(x);
    public static Vector256<float> Invoke(Vector256<float> x) => Vector256.Abs(x);
}

public readonly struct SqrtOperator : IUnaryOperator
{
    public static float Invoke(float x) => MathF.Sqrt(x);
    public static Vector256<float> Invoke(Vector256<float> x) => Vector256.Sqrt(x);
}

/// <summary>Transcendentals run the scalar MathF forms, so Coex matches the platform libm to the last bit.</summary>
public readonly struct ExpOperator : IUnaryOperator
{
    public static float Invoke(float x) => MathF.Exp(x);
    public static Vector256<float> Invoke(Vector256<float> x) => throw new NotSupportedException();
    public static bool Vectorizable => false;
}

public readonly struct LogOperator : IUnaryOperator
{
    public static float Invoke(float x) => MathF.Log(x);
    public static Vector256<float> Invoke(Vector256<float> x) => throw new NotSupportedException();
    public static bool Vectorizable => false;
}

public readonly struct TanhOperator : IUnaryOperator
{
    public static float Invoke(float x) => MathF.Tanh(x);
    public static Vector256<float> Invoke(Vector256<float> x) => throw new NotSupportedException();
    public static bool Vectorizable => false;
}

/// <summary>1 / (1 + e^−x), computed so that large |x| neither overflows nor loses the tail.</summary>
public readonly struct SigmoidOperator : IUnaryOperator
{
    public static float Invoke(float x) => x >= 0 ? 1f / (1f + MathF.Exp(-x)) : MathF.Exp(x) / (1f + MathF.Exp(x));
    public static Vector256<float> Invoke(Vector256<float> x) => throw new NotSupportedException();
    public static bool Vectorizable => false;
}

/// <summary>
/// The error function in float as one rational function, <c>erf(x) ≈ x·P(x²)/Q(x²)</c> (P of degree 6, Q of degree 5,
/// coefficients fitted for Coex by reweighted least squares on |x| ≤ 3.93, relative error 2e-9 in exact arithmetic and
/// below 4e-7 evaluated in float), and ±1 beyond 3.93, where erf rounds to ±1 in float. One division and eleven
/// multiply-adds per element: no exp and no branch, so the vector forms cost a few cycles per lane. NaN stays NaN.
/// </summary>
public readonly struct ErfOperator : IUnaryOperator
{
    private const float Saturation = 3.93f;
    private const float P0 = 1.128379169170352f, P1 = 0.18514784154499536f, P2 = 0.054254560125838444f, P3 = 0.003840273608382234f;
    private const float P4 = 0.00037715890318367785f, P5 = 4.61982542166936e-06f, P6 = -1.2856779585401767e-08f;
    private const float Q1 = 0.4974164095752969f, Q2 = 0.11388683617916132f, Q3 = 0.015434770947109405f;
    private const float Q4 = 0.0013023938519137839f, Q5 = 6.249865099150487e-05f;

    public static float Invoke(float x)
    {
        if (!(MathF.Abs(x) < Saturation)) // NaN falls through to CopySign, which keeps it
            return float.IsNaN(x) ? x : MathF.CopySign(1f, x);
        float t = x * x;
        float p = P0 + t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * (P5 + t * P6)))));
        float q = 1f + t * (Q1 + t * (Q2 + t * (Q3 + t * (Q4 + t * Q5))));
        return x * p / q;
    }

    public static Vector256<float> Invoke(Vector256<float> x)
    {
        var t = x * x;
        var p = Vector256.FusedMultiplyAdd(t, Vector256.Create(P6), Vector256.Create(P5));
        p = Vector256.FusedMultiplyAdd(t, p, Vector256.Create(P4));
        p = Vector256.FusedMultiplyAdd(t, p, Vector256.Create(P3));
        p = Vector256.FusedMultiplyAdd(t, p, Vector256.Create(P2));
        p = Vector256.FusedMultiplyAdd(t, p, Vector256.Create(P1));
        p = Vector256.FusedMultiplyAdd(t, p, Vector256.Create(P0));
        var q = Vector256.FusedMultiplyAdd(t, Vector256.Create(Q5), Vector256.Create(Q4));
        q = Vector256.FusedMultiplyAdd(t, q, Vector256.Create(Q3));
        q = Vector256.FusedMultiplyAdd(t, q, Vector256.Create(Q2));
        q = Vector256.FusedMultiplyAdd(t, q, Vector256.Create(Q1));
        q = Vector256.FusedMultiplyAdd(t, q, Vector256<float>.One);
        var y = x * p / q;
        // Beyond the fitted range (and for ±∞, whose products are NaN) the answer is ±1; NaN fails the compare and stays.
        var saturated = Vector256.CopySign(Vector256<float>.One, x);
        return Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(Vector256.Abs(x), Vector256.Create(Saturation)), saturated, y);
    }

    public static bool Vectorizable512 => true;

    public static Vector512<float> Invoke(Vector512<float> x)
    {
        var t = x * x;
        var p = Vector512.FusedMultiplyAdd(t, Vector512.Create(P6), Vector512.Create(P5));
        p = Vector512.FusedMultiplyAdd(t, p, Vector512.Create(P4));
        p = Vector512.FusedMultiplyAdd(t, p, Vector512.Create(P3));
        p = Vector512.FusedMultiplyAdd(t, p, Vector512.Create(P2));
        p = Vector512.FusedMultiplyAdd(t, p, Vector512.Create(P1));
        p = Vector512.FusedMultiplyAdd(t, p, Vector512.Create(P0));
        var q = Vector512.FusedMultiplyAdd(t, Vector512.Create(Q5), Vector512.Create(Q4));
        q = Vector512.FusedMultiplyAdd(t, q, Vector512.Create(Q3));
        q = Vector512.FusedMultiplyAdd(t, q, Vector512.Create(Q2));
        q = Vector512.FusedMultiplyAdd(t, q, Vector512.Create(Q1));
        q = Vector512.FusedMultiplyAdd(t, q, Vector512<float>.One);
        var y = x * p / q;
        var saturated = Vector512.CopySign(Vector512<float>.One, x);
        return Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(Vector512.Abs(x), Vector512.Create(Saturation)), saturated, y);
    }
}

/// <summary>Exact GELU, <c>x · (1 + erf(x / √2)) / 2</c>, on <see cref="ErfOperator"/>.</summary>
public readonly struct GeluOperator : IUnaryOperator
{
    private const float InvSqrt2 = 0.70710678118654752f;

    public static float Invoke(float x) => 0.5f * x * (1f + ErfOperator.Invoke(x * InvSqrt2));

    public static Vector256<float> Invoke(Vector256<float> x) =>
        Vector256.Create(0.5f) * x * (Vector256<float>.One + ErfOperator.Invoke(x * Vector256.Create(InvSqrt2)));

    public static bool Vectorizable512 => true;

    public static Vector512<float> Invoke(Vector512<float> x) =>
        Vector512.Create(0.5f) * x * (Vector512<float>.One + ErfOperator.Invoke(x * Vector512.Create(InvSqrt2)));
}
