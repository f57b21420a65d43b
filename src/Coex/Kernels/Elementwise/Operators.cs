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

/// <summary>A float unary operation with a scalar and a 256-bit form.</summary>
public interface IUnaryOperator
{
    static abstract float Invoke(float x);
    static abstract Vector256<float> Invoke(Vector256<float> x);
    static virtual bool Vectorizable => true;
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
/// The error function in float: for |x| &lt; 0.5 its Maclaurin series (seven terms, relative error below 1e-8), beyond
/// that <c>1 − erfc</c> with the Chebyshev-fitted erfc of Numerical Recipes (<c>t·exp(−z² + P(t))</c>, t = 1/(1 + z/2),
/// fractional error below 1.2e-7). The vector form evaluates both and selects per lane; NaN stays NaN.
/// </summary>
public readonly struct ErfOperator : IUnaryOperator
{
    // erf(x) = 2/√π · Σ (−1)ⁿ x²ⁿ⁺¹ / (n!·(2n + 1)): the coefficients of x·Q(x²).
    private const float S0 = 1.1283791670955126f, S1 = -0.37612638903183754f, S2 = 0.11283791670955126f, S3 = -0.026866170645131252f;
    private const float S4 = 0.005223977625442188f, S5 = -0.0008548327023450853f, S6 = 0.00012055332981789664f;

    public static float Invoke(float x)
    {
        float z = MathF.Abs(x);
        if (!(z >= 0.5f)) // NaN takes the series, which keeps it
        {
            float x2 = x * x;
            return x * (S0 + x2 * (S1 + x2 * (S2 + x2 * (S3 + x2 * (S4 + x2 * (S5 + x2 * S6))))));
        }
        float t = 1f / (1f + 0.5f * z);
        float erfc = t * MathF.Exp(-z * z + Tail(t));
        return x >= 0 ? 1f - erfc : erfc - 1f;
    }

    public static Vector256<float> Invoke(Vector256<float> x)
    {
        var z = Vector256.Abs(x);
        var x2 = x * x;
        var q = Mad(x2, Vector256.Create(S6), Vector256.Create(S5));
        q = Mad(x2, q, Vector256.Create(S4));
        q = Mad(x2, q, Vector256.Create(S3));
        q = Mad(x2, q, Vector256.Create(S2));
        q = Mad(x2, q, Vector256.Create(S1));
        var series = x * Mad(x2, q, Vector256.Create(S0));
        var t = Vector256<float>.One / Mad(Vector256.Create(0.5f), z, Vector256<float>.One);
        var erfc = t * Vector256.Exp(Tail(t) - x2);
        var far = Vector256<float>.One - erfc;
        far = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<float>.Zero), -far, far);
        return Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(z, Vector256.Create(0.5f)), far, series);
    }

    // Numerical Recipes' erfcc polynomial: ln(erfc(z)/t) + z² as a polynomial in t.
    private const float T0 = -1.26551223f, T1 = 1.00002368f, T2 = 0.37409196f, T3 = 0.09678418f, T4 = -0.18628806f;
    private const float T5 = 0.27886807f, T6 = -1.13520398f, T7 = 1.48851587f, T8 = -0.82215223f, T9 = 0.17087277f;

    private static float Tail(float t) => T0 + t * (T1 + t * (T2 + t * (T3 + t * (T4 + t * (T5 + t * (T6 + t * (T7 + t * (T8 + t * T9))))))));

    private static Vector256<float> Tail(Vector256<float> t)
    {
        var p = Mad(t, Vector256.Create(T9), Vector256.Create(T8));
        p = Mad(t, p, Vector256.Create(T7));
        p = Mad(t, p, Vector256.Create(T6));
        p = Mad(t, p, Vector256.Create(T5));
        p = Mad(t, p, Vector256.Create(T4));
        p = Mad(t, p, Vector256.Create(T3));
        p = Mad(t, p, Vector256.Create(T2));
        p = Mad(t, p, Vector256.Create(T1));
        return Mad(t, p, Vector256.Create(T0));
    }

    /// <summary><c>a·b + c</c>, fused where the CPU has FMA (the polynomials are most of erf's cost).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Mad(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        System.Runtime.Intrinsics.X86.Fma.IsSupported ? System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c) : a * b + c;
}

/// <summary>Exact GELU, <c>x · (1 + erf(x / √2)) / 2</c>, on <see cref="ErfOperator"/>.</summary>
public readonly struct GeluOperator : IUnaryOperator
{
    private const float InvSqrt2 = 0.70710678118654752f;

    public static float Invoke(float x) => 0.5f * x * (1f + ErfOperator.Invoke(x * InvSqrt2));

    public static Vector256<float> Invoke(Vector256<float> x) =>
        Vector256.Create(0.5f) * x * (Vector256<float>.One + ErfOperator.Invoke(x * Vector256.Create(InvSqrt2)));
}
