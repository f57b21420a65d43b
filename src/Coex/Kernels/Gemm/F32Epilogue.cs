using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Coex.Kernels.Gemm;

/// <summary>
/// What the float GEMM applies to each finished C tile while it is still in L1:
/// <c>c[i,j] = clamp(act(c[i,j] + RowBias[i] + ColumnBias[j] + Residual[i,j]), Min, Max)</c>, NaN kept (as ONNX Clip),
/// where act is GELU when <see cref="Gelu"/> is set and the identity otherwise. It replaces the separate bias, residual
/// and activation passes over C (a convolution's bias is per row, a Gemm's per column; a transformer's residual Add and
/// feed-forward GELU follow its matrix products).
/// </summary>
public readonly ref struct F32Epilogue
{
    public F32Epilogue() { }

    /// <summary>One value per row of C, or empty.</summary>
    public ReadOnlySpan<float> RowBias { get; init; }

    /// <summary>One value per column of C, or empty.</summary>
    public ReadOnlySpan<float> ColumnBias { get; init; }

    /// <summary>An M×N row-major tensor added to C (a skip connection), or empty. It must not overlap C.</summary>
    public ReadOnlySpan<float> Residual { get; init; }

    /// <summary>Apply exact GELU (<see cref="Elementwise.GeluOperator"/>) after the additions.</summary>
    public bool Gelu { get; init; }

    /// <summary>Lower clamp bound (−∞: none; 0 with Max = +∞ is ReLU).</summary>
    public float Min { get; init; } = float.NegativeInfinity;

    /// <summary>Upper clamp bound (+∞: none).</summary>
    public float Max { get; init; } = float.PositiveInfinity;
}

/// <summary><see cref="F32Epilogue"/> pinned for the GEMM's tasks: addresses instead of spans.</summary>
/// <remarks><paramref name="residual"/> is C's twin: element [i, j] at residual + i·ldc(C's row stride) + j.</remarks>
internal readonly unsafe struct PinnedEpilogue(float* rowBias, float* columnBias, float min, float max, float* residual = null, bool gelu = false)
{
    private readonly nint _rowBias = (nint)rowBias, _columnBias = (nint)columnBias, _residual = (nint)residual;
    private readonly float _min = min, _max = max;
    private readonly bool _clamp = !(float.IsNegativeInfinity(min) && float.IsPositiveInfinity(max)), _gelu = gelu;

    public bool Any => _rowBias != 0 || _columnBias != 0 || _residual != 0 || _gelu || _clamp;

    /// <summary>Only biases and a clamp (Conv/Gemm + ReLU or ReLU6, the common case): no residual, no GELU.</summary>
    public bool BiasAndClampOnly => _residual == 0 && !_gelu;

    public float* RowBias => (float*)_rowBias;
    public float* ColumnBias => (float*)_columnBias;
    public bool Clamps => _clamp;
    public float Min => _min;
    public float Max => _max;

    /// <summary>Applies the epilogue to rows × cols of C at <paramref name="c"/> (row stride ldc), whose first element is C[i0, j0].</summary>
    public void Apply(float* c, int ldc, int rows, int cols, int i0, int j0)
    {
        float* rowBias = (float*)_rowBias, colBias = (float*)_columnBias;
        var lo = Vector256.Create(_min);
        var hi = Vector256.Create(_max);
        for (int r = 0; r < rows; r++)
        {
            float* row = c + (long)r * ldc;
            float* skip = _residual == 0 ? null : (float*)_residual + (long)(i0 + r) * ldc + j0;
            var add = Vector256.Create(rowBias == null ? 0f : rowBias[i0 + r]);
            int j = 0;
            if (Vector256.IsHardwareAccelerated)
                for (; j <= cols - 8; j += 8)
                {
                    var v = Vector256.Load(row + j) + add;
                    if (colBias != null)
                        v += Vector256.Load(colBias + j0 + j);
                    if (skip != null)
                        v += Vector256.Load(skip + j);
                    if (_gelu)
                        v = Elementwise.GeluOperator.Invoke(v);
                    if (_clamp)
                        v = Lanes256.Clamp(v, lo, hi); // Vector256 accelerated: AVX is there
                    v.Store(row + j);
                }
            for (; j < cols; j++)
            {
                float v = row[j] + (rowBias == null ? 0f : rowBias[i0 + r]) + (colBias == null ? 0f : colBias[j0 + j]) + (skip == null ? 0f : skip[j]);
                if (_gelu)
                    v = Elementwise.GeluOperator.Invoke(v);
                row[j] = _clamp ? Clamp(v) : v;
            }
        }
    }

    /// <summary>
    /// The epilogue on C[i, j .. j + 16) while it is still in a register: a micro-kernel's finished row, before its
    /// store, so no second pass reads the tile back (a pass over every tile cost a fifth of a K = 128 product).
    /// </summary>
    /// <remarks>
    /// Additions in the order of <see cref="Apply(float*, int, int, int, int, int)"/>; <paramref name="ldc"/> is the residual's
    /// row stride. By value, not by ref: a ref to an accumulator would make the JIT keep every accumulator in memory.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<float> Apply(Vector512<float> v, int i, int j, int ldc)
    {
        if (_rowBias != 0)
            v += Vector512.Create(((float*)_rowBias)[i]);
        if (_columnBias != 0)
            v += Vector512.Load((float*)_columnBias + j);
        if (_residual != 0)
            v += Vector512.Load((float*)_residual + (long)i * ldc + j);
        if (_gelu)
            v = Elementwise.GeluOperator.Invoke(v);
        if (_clamp)
            v = Lanes512.Clamp(v, Vector512.Create(_min), Vector512.Create(_max));
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float Clamp(float v) => float.IsNaN(v) ? v : MathF.Min(MathF.Max(v, _min), _max);
}
