using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Coex.Tensors;

namespace Coex.Kernels.Gemm;

/// <summary>Hands the float GEMM one packed B panel as floats, widening 16-bit storage into a scratch panel.</summary>
internal unsafe interface IPanelSource
{
    /// <summary>Pointer to <paramref name="count"/> floats of the panel starting at element <paramref name="offset"/>.</summary>
    static abstract float* Panel(byte* data, long offset, int count, float* scratch);
}

internal readonly unsafe struct F32Panels : IPanelSource
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float* Panel(byte* data, long offset, int count, float* scratch) => (float*)data + offset;
}

internal readonly unsafe struct F16Panels : IPanelSource
{
    public static float* Panel(byte* data, long offset, int count, float* scratch)
    {
        // Panels hold a multiple of 8 elements (NR is 8, 16 or 32), so the vector loop has no tail.
        ushort* src = (ushort*)data + offset;
        if (Vector512.IsHardwareAccelerated && count % 16 == 0)
        {
            for (int i = 0; i < count; i += 16)
                FloatConversions.HalfToSingle(Vector512.WidenLower(Vector256.Load(src + i).ToVector512())).Store(scratch + i);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (int i = 0; i < count; i += 8)
                FloatConversions.HalfToSingle(Vector256.WidenLower(Vector128.Load(src + i).ToVector256())).Store(scratch + i);
        }
        else
        {
            for (int i = 0; i < count; i++)
                scratch[i] = FloatConversions.HalfBitsToSingle(src[i]);
        }
        return scratch;
    }
}

internal readonly unsafe struct BF16Panels : IPanelSource
{
    public static float* Panel(byte* data, long offset, int count, float* scratch)
    {
        ushort* src = (ushort*)data + offset;
        if (Vector512.IsHardwareAccelerated && count % 16 == 0)
        {
            for (int i = 0; i < count; i += 16)
                (Vector512.WidenLower(Vector256.Load(src + i).ToVector512()) << 16).AsSingle().Store(scratch + i);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (int i = 0; i < count; i += 8)
                (Vector256.WidenLower(Vector128.Load(src + i).ToVector256()) << 16).AsSingle().Store(scratch + i);
        }
        else
        {
            for (int i = 0; i < count; i++)
                scratch[i] = FloatConversions.BFloat16BitsToSingle(src[i]);
        }
        return scratch;
    }
}
