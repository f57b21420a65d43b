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
