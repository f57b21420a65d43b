using Coex.Bench.Onnx;
using Coex.Kernels.Gemm;
using Coex.Kernels.Reference;

namespace Coex.Tests.Bench;

/// <summary>The in-memory ONNX models load in ONNX Runtime and compute what the benchmark claims they do.</summary>
public class OrtGemmTests
{
    [Theory]
    [InlineData(3, 17, 5, 1)]
    [InlineData(1, 64, 33, 2)]
    public void MatMul_model_loads_and_matches_GemmF32_and_reference(int m, int n, int k, int threads)
    {
        var rng = new Random(m * 1000 + n * 10 + k);
        float[] a = TestData.Floats(rng, m * k), b = TestData.Floats(rng, k * n);
        float[] ort = new float[m * n], coex = new float[m * n], reference = new float[m * n], scale = new float[m * n];

        using (var session = OrtGemm.MatMulF32(a, b, ort, m, k, n, threads))
            session.Run();
        GemmF32.Multiply(a, GemmF32.Pack(b, k, n), coex, m, threads);
        GemmReference.F32(a, b, reference, m, n, k);
        GemmReference.AbsF32(a, b, scale, m, n, k);

        for (int i = 0; i < m * n; i++)
        {
            // Any summation order is within K·u·Σ|a·b| of the exact value (u = 2^-24).
            float tolerance = 2 * k * MathF.Pow(2, -24) * scale[i] + 1e-30f;
            Assert.True(Math.Abs(ort[i] - reference[i]) <= tolerance, $"ORT[{i}] = {ort[i]}, reference {reference[i]}");
            Assert.True(Math.Abs(coex[i] - ort[i]) <= 2 * tolerance, $"Coex[{i}] = {coex[i]}, ORT {ort[i]}");
        }
    }

    [Theory]
    [InlineData(3, 17, 5, 0)]
    [InlineData(4, 20, 70, 128)]
    [InlineData(1, 33, 9, 255)]
    public void MatMulInteger_model_runs_and_matches_scalar_reference(int m, int n, int k, byte zeroPoint)
    {
        var rng = new Random(m * 7 + n * 3 + k + zeroPoint);
        byte[] a = TestData.Bytes(rng, m * k);
        sbyte[] b = TestData.SBytes(rng, k * n);
        int[] ort = new int[m * n];

        using (var session = OrtGemm.MatMulIntegerU8S8(a, zeroPoint, b, ort, m, k, n, threads: 2))
            session.Run();

        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                int sum = 0;
                for (int p = 0; p < k; p++)
                    sum += (a[i * k + p] - zeroPoint) * b[p * n + j];
                Assert.Equal(sum, ort[i * n + j]);
            }
    }

    [Fact]
    public void Output_array_is_rewritten_on_every_run()
    {
        // The benchmark binds A once and changes it in place; a session that cached A would time a stale answer.
        float[] a = [1, 2], b = [3, 4], c = new float[1];
        using var session = OrtGemm.MatMulF32(a, b, c, m: 1, k: 2, n: 1, threads: 1);
        session.Run();
        Assert.Equal(11f, c[0]);
        a[0] = 2;
        session.Run();
        Assert.Equal(14f, c[0]);
    }

    [Fact]
    public void Model_bytes_start_with_ir_version_then_graph()
    {
        byte[] model = OnnxGemmModels.MatMulF32(1, 1, 1, [1f]);
        // Field 1 varint (tag 0x08) = 8, then field 7 length-delimited (tag 0x3A).
        Assert.Equal(new byte[] { 0x08, 0x08, 0x3A }, model[..3]);
    }
}
