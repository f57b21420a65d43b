using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using Coex.Kernels.Elementwise;

namespace Coex.Training.Kernels;

/// <summary>Clip (ReLU6 is Clip(0, 6)) forward and backward for the tape; backward in 256-bit vectors with a scalar end.</summary>
public static class ClipKernel
{
    /// <summary><c>output[i] = min(max(input[i], min), max)</c>; a NaN input gives NaN (the inference kernel, shared).</summary>
    public static void Forward(ReadOnlySpan<float> input, float min, float max, Span<float> output)
    {
        if (output.Length != input.Length)
            throw new ArgumentException($"Clip needs equal lengths; got input {input.Length}, output {output.Length}.");
        AffineKernels.Clamp(input, min, max, output);
    }

    /// <summary><c>dInput[i] += min &lt; input[i] &lt; max ? dOutput[i] : 0</c> (a NaN input passes no gradient).</summary>
    public static void Backward(ReadOnlySpan<float> input, float min, float max, ReadOnlySpan<float> dOutput, Span<float> dInput)
    {
        if (dOutput.Length != input.Length || dInput.Length != input.Length)
            throw new ArgumentException($"Clip backward needs equal lengths; got input {input.Length}, dOutput {dOutput.Length}, dInput {dInput.Length}.");
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float x = ref MemoryMarshal.GetReference(input);
            ref float dy = ref MemoryMarshal.GetReference(dOutput);
            ref float dx = ref MemoryMarshal.GetReference(dInput);
            var lo = Vector256.Create(min);
            var hi = Vector256.Create(max);
            for (; i <= input.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var v = Vector256.LoadUnsafe(ref x, (nuint)i);
                var pass = Vector256.GreaterThan(v, lo) & Vector256.LessThan(v, hi);
                (Vector256.LoadUnsafe(ref dx, (nuint)i) + (Vector256.LoadUnsafe(ref dy, (nuint)i) & pass)).StoreUnsafe(ref dx, (nuint)i);
            }
        }
        for (; i < input.Length; i++)
            if (input[i] > min && input[i] < max)
                dInput[i] += dOutput[i];
    }
}
