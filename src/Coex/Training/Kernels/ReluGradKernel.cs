using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coex.Training.Kernels;

/// <summary>Gradient of ReLU from its output.</summary>
public static class ReluGradKernel
{
    /// <summary><c>dInput[i] += output[i] &gt; 0 ? dOutput[i] : 0</c> (a NaN output passes no gradient).</summary>
    public static void Accumulate(ReadOnlySpan<float> output, ReadOnlySpan<float> dOutput, Span<float> dInput)
    {
        if (dOutput.Length != output.Length || dInput.Length != output.Length)
            throw new ArgumentException($"ReLU backward needs equal lengths; got output {output.Length}, dOutput {dOutput.Length}, dInput {dInput.Length}.");
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref float y = ref MemoryMarshal.GetReference(output);
            ref float dy = ref MemoryMarshal.GetReference(dOutput);
            ref float dx = ref MemoryMarshal.GetReference(dInput);
            for (; i <= output.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var pass = Vector256.GreaterThan(Vector256.LoadUnsafe(ref y, (nuint)i), Vector256<float>.Zero);
                var g = Vector256.LoadUnsafe(ref dx, (nuint)i) + (Vector256.LoadUnsafe(ref dy, (nuint)i) & pass);
                g.StoreUnsafe(ref dx, (nuint)i);
            }
        }
        for (; i < output.Length; i++)
            if (output[i] > 0f)
                dInput[i] += dOutput[i];
    }
}
