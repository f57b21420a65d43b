using Coex.Kernels.Conv;
using Coex.Kernels.Gemm;
using Coex.Kernels.Quantize;

namespace Coex.Tests.Quantization;

/// <summary>The float-in/float-out int8 kernels against plain integer references.</summary>
public class Int8KernelTests
{
    [Fact]
    public void QuantizeU8_matches_the_scalar_definition_at_every_awkward_length()
    {
        var rng = new Random(1);
        foreach (int n in TestData.AwkwardSizes.Append(1000))
        {
            var x = TestData.Floats(rng, n, 5f);
            if (n > 3) { x[0] = float.NaN; x[1] = 1e30f; x[2] = -1e30f; x[3] = 0.5f * 0.02f; }
            var dst = new byte[n];
            QuantizeKernels.QuantizeU8(x, 0.02f, 100, dst);
            for (int i = 0; i < n; i++)
            {
                float q = float.IsNaN(x[i]) ? 0 : Math.Clamp(MathF.Round(x[i] / 0.02f, MidpointRounding.ToEven) + 100, 0, 255);
                Assert.Equal((byte)q, dst[i]);
            }
        }
        Assert.Throws<ArgumentException>(() => QuantizeKernels.QuantizeU8(new float[4], 0f, 0, new byte[4]));
        Assert.Throws<ArgumentException>(() => QuantizeKernels.QuantizeU8(new float[4], 1f, 0, new byte[3]));
    }

    public static TheoryData<int, int, int, int, int, int, int, int, int> Shapes => new()
    {
        // batch, c, h, w, oc, k, stride, pad, dilation
        { 1, 1, 5, 5, 1, 3, 1, 0, 1 },
        { 3, 3, 7, 9, 17, 3, 1, 1, 1 },
        { 2, 16, 14, 14, 32, 5, 1, 2, 1 },
        { 2, 5, 11, 8, 6, 3, 2, 1, 1 },
        { 1, 4, 9, 9, 3, 3, 1, 2, 2 },
        { 4, 24, 7, 7, 40, 1, 1, 0, 1 }, // pointwise
        { 1, 7, 6, 6, 9, 1, 2, 0, 1 },   // strided 1×1
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Int8Conv2D_equals_the_integer_reference(int batch, int c, int h, int w, int oc, int k, int stride, int pad, int dilation)
    {
        var rng = new Random(batch * 1000 + c * 10 + oc);
        var g = new Conv2DGeometry
        {
            Batch = batch, InChannels = c, Height = h, Width = w, OutChannels = oc, KernelH = k, KernelW = k,
            StrideH = stride, StrideW = stride, PadTop = pad, PadLeft = pad, PadBottom = pad, PadRight = pad, DilationH = dilation, DilationW = dilation,
        };
        var x = TestData.Floats(rng, (int)g.InputLength, 2f);
        var wq = TestData.SBytes(rng, (int)g.WeightLength);
        for (int i = 0; i < wq.Length; i++) if (wq[i] == -128) wq[i] = -127;
        var scales = Enumerable.Range(0, oc).Select(j => 0.001f * (j + 1)).ToArray();
        var bias = TestData.Floats(rng, oc);
        const float xs = 0.03f;
        const int xz = 77;
        var y = new float[g.OutputLength];
        var packed = Int8Conv2D.PackWeights(wq, oc, c, k, k);
        Int8Conv2D.Forward(x, g, xs, xz, packed, scales.Select(v => v * xs).ToArray(), bias, 0f, float.PositiveInfinity, y, threads: 2);

        var xq = x.Select(v => (int)QuantizeKernels.QuantizeU8(v, xs, xz)).ToArray();
        int oh = g.OutHeight, ow = g.OutWidth;
        for (int n = 0; n < batch; n++)
            for (int o = 0; o < oc; o++)
                for (int py = 0; py < oh; py++)
                    for (int px = 0; px < ow; px++)
                    {
                        long acc = 0;
                        for (int ci = 0; ci < c; ci++)
                            for (int ky = 0; ky < k; ky++)
                                for (int kx = 0; kx < k; kx++)
                                {
                                    int iy = py * stride - pad + ky * dilation, ix = px * stride - pad + kx * dilation;
                                    int q = (uint)iy < (uint)h && (uint)ix < (uint)w ? xq[((n * c + ci) * h + iy) * w + ix] : xz;
                                    acc += (q - xz) * wq[((o * c + ci) * k + ky) * k + kx];
                                }
                        float expected = Math.Max(0f, acc * (xs * scales[o]) + bias[o]);
                        float got = y[((n * oc + o) * oh + py) * ow + px];
                        Assert.True(Math.Abs(got - expected) <= 1e-5f * (1 + Math.Abs(expected)), $"[{n},{o},{py},{px}]: {got} vs {expected}");
                    }
    }

    [Fact]
    public void Int8Conv2D_refuses_mismatched_buffers()
    {
        var g = new Conv2DGeometry { Batch = 1, InChannels = 2, Height = 4, Width = 4, OutChannels = 3, KernelH = 3, KernelW = 3 };
        var packed = Int8Conv2D.PackWeights(new sbyte[3 * 2 * 9], 3, 2, 3, 3);
        Assert.Throws<ArgumentException>(() => Int8Conv2D.Forward(new float[31], g, 1f, 0, packed, new float[3], [], 0, 1, new float[12]));
        Assert.Throws<ArgumentException>(() => Int8Conv2D.Forward(new float[32], g, 1f, 0, packed, new float[2], [], 0, 1, new float[12]));
        Assert.Throws<ArgumentException>(() => Int8Conv2D.PackWeights(new sbyte[5], 3, 2, 3, 3));
    }

    [Fact]
    public unsafe void DequantizeRows_applies_scale_bias_and_clamp_per_column()
    {
        var rng = new Random(4);
        foreach (int n in new[] { 1, 7, 17, 33 })
        {
            int m = 5, k = 9;
            var a = TestData.Bytes(rng, m * k);
            var b = TestData.SBytes(rng, k * n);
            var packed = GemmU8S8.Pack(b, k, n);
            var scales = TestData.Floats(rng, n).Select(v => Math.Abs(v) + 0.01f).ToArray();
            var bias = TestData.Floats(rng, n, 100f);
            var y = new float[m * n];
            fixed (float* py = y)
            {
                var stage = new DequantizeRows(py, y.Length, scales, bias, -50f, 50f);
                GemmU8S8.Multiply(a, 3, packed, ref stage, m, 1);
            }
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                {
                    int acc = 0;
                    for (int p = 0; p < k; p++) acc += (a[i * k + p] - 3) * b[p * n + j];
                    float expected = Math.Clamp(acc * scales[j] + bias[j], -50f, 50f);
                    Assert.True(Math.Abs(y[i * n + j] - expected) <= 1e-4f * (1 + Math.Abs(expected)));
                }
        }
    }
}
