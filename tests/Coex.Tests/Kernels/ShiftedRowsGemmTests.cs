using Coex.Kernels;
using Coex.Kernels.Gemm;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

/// <summary>The in-place GEMM over shifted rows of one buffer (stride-1 convolution) against the scalar GEMM reference.</summary>
[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class ShiftedRowsGemmTests
{
    public static TheoryData<Isa> Paths()
    {
        var data = new TheoryData<Isa>();
        foreach (var isa in new[] { Isa.Scalar, Isa.Avx2, Isa.Avx512 })
            if (CpuFeatures.Supports(isa))
                data.Add(isa);
        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public unsafe void Matches_the_reference_over_awkward_shapes(Isa isa)
    {
        var rng = new Random(77 + (int)isa);
        int[] sizes = [1, 3, 7, 17, 33, 255];
        int cases = 0;
        foreach (int m in sizes)
            foreach (int n in sizes)
            {
                // K past one 256-row block now and then; rows of B start at random offsets into one buffer.
                int k = cases++ % 4 == 0 ? 300 : sizes[(m + n + cases) % sizes.Length];
                var offsets = new int[k];
                for (int r = 0; r < k; r++)
                    offsets[r] = rng.Next(0, 3 * n + 5);
                var buffer = TestData.Floats(rng, 3 * n + 5 + n + ShiftedRowsGemm.ReadSlack);
                var b = new float[k * n];
                for (int r = 0; r < k; r++)
                    buffer.AsSpan(offsets[r], n).CopyTo(b.AsSpan(r * n, n));
                var a = TestData.Floats(rng, m * k);
                var bias = TestData.Floats(rng, m);
                var expected = new float[m * n];
                GemmReference.F32(a, b, expected, m, n, k);
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < n; j++)
                        expected[i * n + j] = Math.Max(0f, expected[i * n + j] + bias[i]);
                int ldc = n + 3;
                var actual = new float[m * ldc];
                Array.Fill(actual, float.NaN);
                fixed (float* pb = buffer)
                fixed (float* pc = actual)
                fixed (float* pBias = bias)
                    ShiftedRowsGemm.Multiply(a, pb, offsets, n, pc, ldc, m, new PinnedEpilogue(pBias, null, 0f, float.PositiveInfinity), isa);
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < n; j++)
                        Assert.True(Math.Abs(expected[i * n + j] - actual[i * ldc + j]) <= 1e-4f * (1 + Math.Abs(expected[i * n + j])),
                            $"{isa} {m}×{n}×{k}: c[{i},{j}] = {actual[i * ldc + j]}, expected {expected[i * n + j]}");
                // Columns past N in C's rows are left alone.
                Assert.True(float.IsNaN(actual[n]) || n == ldc);
            }
    }

    [Fact]
    public unsafe void Inconsistent_sizes_are_refused()
    {
        var buffer = new float[64];
        var c = new float[16];
        fixed (float* pb = buffer)
        fixed (float* pc = c)
        {
            float* b = pb, cc = pc;
            Assert.Throws<ArgumentException>(() => ShiftedRowsGemm.Multiply(new float[3], b, new int[2], 4, cc, 4, 2, default, Isa.Scalar));
            Assert.Throws<ArgumentException>(() => ShiftedRowsGemm.Multiply(new float[4], b, new int[2], 4, cc, 3, 2, default, Isa.Scalar));
        }
    }
}
