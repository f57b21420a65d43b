namespace Coex.Tests;

/// <summary>Seeded random inputs for kernel tests.</summary>
internal static class TestData
{
    /// <summary>The awkward sizes every kernel is tried on: 1, tiny, just past vector and tile widths, large.</summary>
    public static readonly int[] AwkwardSizes = [1, 2, 3, 7, 16, 17, 31, 64, 65, 255, 256];

    public static float[] Floats(Random rng, int count, float scale = 1f)
    {
        var x = new float[count];
        for (int i = 0; i < count; i++)
            x[i] = (float)(rng.NextDouble() * 2 - 1) * scale;
        return x;
    }

    public static byte[] Bytes(Random rng, int count)
    {
        var x = new byte[count];
        rng.NextBytes(x);
        return x;
    }

    public static sbyte[] SBytes(Random rng, int count)
    {
        var x = new sbyte[count];
        for (int i = 0; i < count; i++)
            x[i] = (sbyte)rng.Next(-128, 128);
        return x;
    }
}
