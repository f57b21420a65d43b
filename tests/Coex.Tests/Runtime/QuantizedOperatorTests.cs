using Coex.Graphs;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Tests.Runtime;

/// <summary>Quantized operators on the u8×s8 GEMM path (constant s8 weights, zero point 0) and the exact int32 fallback, against a scalar reference.</summary>
public class QuantizedOperatorTests
{
    private static (byte[] A, sbyte[] B) Data(int m, int k, int n, int seed)
    {
        var r = new Random(seed);
        var a = new byte[m * k];
        var b = new sbyte[k * n];
        r.NextBytes(a);
        for (int i = 0; i < b.Length; i++) b[i] = (sbyte)r.Next(-128, 128);
        return (a, b);
    }

    private static int[] Reference(byte[] a, int za, sbyte[] b, int zb, int m, int k, int n)
    {
        var c = new int[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                long s = 0;
                for (int p = 0; p < k; p++) s += (long)(a[i * k + p] - za) * (b[p * n + j] - zb);
                c[i * n + j] = (int)s;
            }
        return c;
    }

    [Theory]
    [InlineData(0, true)]   // u8 × constant s8 with zero point 0: GemmU8S8 with weights packed at load
    [InlineData(0, false)]  // weights fed at run time: packed per run, same kernel
    [InlineData(3, true)]   // nonzero weight zero point: exact int32 fallback
    public void MatMulInteger_matches_the_scalar_reference(int bZero, bool constantWeights)
    {
        const int m = 5, k = 37, n = 19;
        var (a, b) = Data(m, k, n, seed: 11 + bZero);
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", 13));
        var av = new Value("a", DType.U8, [Dim.Known(m), Dim.Known(k)]);
        g.Inputs.Add(av);
        Value bv;
        var bTensor = Tensor.FromSpan<sbyte>(b, k, n);
        if (constantWeights)
            bv = g.AddInitializer("b", bTensor);
        else
            g.Inputs.Add(bv = new Value("b", DType.I8, [Dim.Known(k), Dim.Known(n)]));
        var aZero = g.AddInitializer("a_zero", Tensor.FromSpan<byte>([131]));
        var bZeroV = g.AddInitializer("b_zero", Tensor.FromSpan<sbyte>([(sbyte)bZero]));
        var y = new Value("y");
        g.AddNode("MatMulInteger", [av, bv, aZero, bZeroV], [y]);
        g.Outputs.Add(y);
        var inputs = new Dictionary<string, Tensor> { ["a"] = Tensor.FromSpan<byte>(a, m, k) };
        if (!constantWeights) inputs["b"] = bTensor;
        var result = new InferenceSession(g).Run(inputs)["y"];
        Assert.Equal(DType.I32, result.DType);
        Assert.Equal(Reference(a, 131, b, bZero, m, k, n), result.AsSpan<int>().ToArray());
    }

    [Theory]
    [InlineData(0, false)]  // fused: GemmU8S8 → Requantize → U8Store
    [InlineData(0, true)]   // fused: GemmU8S8 → Requantize → I8Store
    [InlineData(-5, false)] // nonzero weight zero point: exact int32 fallback, then requantize
    public void QLinearMatMul_requantizes_with_round_half_even_and_saturation(int bZero, bool signedOutput)
    {
        const int m = 4, k = 64, n = 9;
        var (a, b) = Data(m, k, n, seed: 5);
        float sa = 0.02f, sb = 0.003f, sy = 0.01f;
        const int za = 120;
        int zy = signedOutput ? -7 : 100;
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", 13));
        var av = new Value("a", DType.U8, [Dim.Known(m), Dim.Known(k)]);
        g.Inputs.Add(av);
        Value S(string name, float v) => g.AddInitializer(name, Tensor.FromSpan<float>([v]));
        var y = new Value("y");
        g.AddNode("QLinearMatMul", [av, S("sa", sa), g.AddInitializer("za", Tensor.FromSpan<byte>([za])),
            g.AddInitializer("b", Tensor.FromSpan<sbyte>(b, k, n)), S("sb", sb), g.AddInitializer("zb", Tensor.FromSpan<sbyte>([(sbyte)bZero])),
            S("sy", sy), signedOutput ? g.AddInitializer("zy", Tensor.FromSpan<sbyte>([(sbyte)zy])) : g.AddInitializer("zy", Tensor.FromSpan<byte>([(byte)zy]))], [y]);
        g.Outputs.Add(y);
        var result = new InferenceSession(g).Run(new Dictionary<string, Tensor> { ["a"] = Tensor.FromSpan<byte>(a, m, k) })["y"];
        var got = Enumerable.Range(0, m * n).Select(i => signedOutput ? (int)result.AsSpan<sbyte>()[i] : result.AsSpan<byte>()[i]).ToArray();
        var acc = Reference(a, za, b, bZero, m, k, n);
        float multiplier = sa * sb / sy;
        var expected = acc.Select(v => (int)Math.Clamp(Math.Round(v * (double)multiplier, MidpointRounding.ToEven) + zy, signedOutput ? -128 : 0, signedOutput ? 127 : 255)).ToArray();
        Assert.Equal(expected, got);
        Assert.Contains(expected, v => v == (signedOutput ? 127 : 255) || v == (signedOutput ? -128 : 0)); // saturation is exercised
    }

    [Fact]
    public void QLinearConv_on_u8_s8_matches_a_direct_reference()
    {
        const int c = 3, h = 6, w = 5, oc = 4, kh = 3;
        var r = new Random(9);
        var x = new byte[c * h * w];
        r.NextBytes(x);
        var wt = Enumerable.Range(0, oc * c * kh * kh).Select(_ => (sbyte)r.Next(-128, 128)).ToArray();
        var bias = Enumerable.Range(0, oc).Select(_ => r.Next(-1000, 1000)).ToArray();
        float sx = 0.01f, sy = 0.2f;
        float[] sw = [0.01f, 0.02f, 0.005f, 0.03f];
        const int zx = 128, zy = 3;
        var g = new Graph();
        g.OpsetImports.Add(new OpsetImport("", 13));
        var xv = new Value("x", DType.U8, [Dim.Known(1), Dim.Known(c), Dim.Known(h), Dim.Known(w)]);
        g.Inputs.Add(xv);
        var y = new Value("y");
        var node = g.AddNode("QLinearConv", [xv, g.AddInitializer("sx", Tensor.FromSpan<float>([sx])), g.AddInitializer("zx", Tensor.FromSpan<byte>([zx])),
            g.AddInitializer("w", Tensor.FromSpan<sbyte>(wt, oc, c, kh, kh)), g.AddInitializer("sw", Tensor.FromSpan<float>(sw, oc)),
            g.AddInitializer("zw", Tensor.FromSpan<sbyte>(new sbyte[oc], oc)), g.AddInitializer("sy", Tensor.FromSpan<float>([sy])),
            g.AddInitializer("zy", Tensor.FromSpan<byte>([zy])), g.AddInitializer("bias", Tensor.FromSpan<int>(bias, oc))], [y]);
        node.Attributes.Add(NodeAttribute.Ints("pads", [1, 1, 1, 1]));
        g.Outputs.Add(y);
        var result = new InferenceSession(g).Run(new Dictionary<string, Tensor> { ["x"] = Tensor.FromSpan<byte>(x, 1, c, h, w) })["y"];
        Assert.Equal([1, oc, h, w], result.Shape.ToArray());
        var got = result.AsSpan<byte>();
        for (int o = 0; o < oc; o++)
            for (int py = 0; py < h; py++)
                for (int px = 0; px < w; px++)
                {
                    long acc = bias[o];
                    for (int ci = 0; ci < c; ci++)
                        for (int ky = 0; ky < kh; ky++)
                            for (int kx = 0; kx < kh; kx++)
                            {
                                int iy = py - 1 + ky, ix = px - 1 + kx;
                                if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                                acc += (x[(ci * h + iy) * w + ix] - zx) * wt[((o * c + ci) * kh + ky) * kh + kx];
                            }
                    float multiplier = sx * sw[o] / sy;
                    byte expected = (byte)Math.Clamp(Math.Round(acc * (double)multiplier, MidpointRounding.ToEven) + zy, 0, 255);
                    Assert.Equal(expected, got[(o * h + py) * w + px]);
                }
    }
}
