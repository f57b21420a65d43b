using Coex.Quantization;
using Coex.Tensors;

namespace Coex.Tests.Quantization;

/// <summary>Quantize → dequantize error bounds of every scheme: within the range, the error is at most half a step.</summary>
public class SchemeTests
{
    [Theory]
    [InlineData(0, 255, false)]   // u8 asymmetric activations
    [InlineData(-127, 127, true)] // s8 symmetric weights
    [InlineData(-128, 127, false)] // s8 asymmetric weights
    [InlineData(0, 255, true)]    // u8 symmetric (zero point 128)
    public void Round_trip_error_is_at_most_half_a_step_inside_the_range(int qMin, int qMax, bool symmetric)
    {
        var rng = new Random(3);
        foreach (var (lo, hi) in new[] { (-1f, 1f), (0f, 6f), (-0.3f, 2.5f), (-4f, -1f) })
        {
            var p = QuantParams.FromRange(lo, hi, qMin, qMax, symmetric);
            Assert.Equal(0f, p.Dequantize(p.Quantize(0f)));            // 0 is exact
            float step = p.Scales[0];
            for (int i = 0; i < 2000; i++)
            {
                float x = lo + (float)rng.NextDouble() * (hi - lo);
                float err = Math.Abs(p.Dequantize(p.Quantize(x)) - x);
                Assert.True(err <= step / 2 * 1.0001f + 1e-7f, $"[{lo}, {hi}] grid [{qMin}, {qMax}] sym={symmetric}: x={x} err={err} step={step}");
            }
            // Outside the range values saturate at the grid's ends.
            Assert.Equal(qMax, p.Quantize(hi + 100 * step + 10));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Int8_weights_per_channel_and_per_tensor_stay_within_half_a_step(bool perChannel)
    {
        var rng = new Random(5);
        var w = Tensor.FromSpan<float>(TestData.Floats(rng, 6 * 3 * 3 * 3), 6, 3, 3, 3);
        // Channel 2 is 100× smaller: per-tensor scales lose it, per-channel scales keep it.
        var ws = w.AsSpan<float>();
        for (int i = 2 * 27; i < 3 * 27; i++) ws[i] *= 0.01f;
        var (q, p) = WeightQuantizer.ToInt8(w, perChannel ? 0 : -1, symmetric: true);
        Assert.Equal(DType.I8, q.DType);
        Assert.Equal(perChannel ? 6 : 1, p.Scales.Length);
        Assert.True(p.Symmetric);
        var qs = q.AsSpan<sbyte>();
        double channel2Err = 0;
        for (int i = 0; i < ws.Length; i++)
        {
            int c = i / 27;
            float step = p.Scales[perChannel ? c : 0];
            float err = Math.Abs(p.Dequantize(qs[i], perChannel ? c : 0) - ws[i]);
            Assert.True(err <= step / 2 * 1.0001f, $"element {i}: err {err} > step/2 {step / 2}");
            Assert.InRange(qs[i], -127, 127);
            if (c == 2) channel2Err = Math.Max(channel2Err, err);
        }
        if (perChannel)
            Assert.True(channel2Err < 0.01 / 127, $"per-channel keeps the small channel: err {channel2Err}");
    }

    [Fact]
    public void Asymmetric_weights_use_the_full_grid_of_a_one_signed_channel()
    {
        var w = Tensor.FromSpan<float>([0.1f, 0.5f, 1f, 2f], 1, 4);
        var (q, p) = WeightQuantizer.ToInt8(w, 0, symmetric: false);
        Assert.Equal(-128, p.ZeroPoints[0]);       // min 0 maps to −128
        Assert.Equal(127, q.AsSpan<sbyte>()[3]);   // max maps to 127
        Assert.True(p.Scales[0] < 2f / 200);       // ≈ 2/255, finer than the symmetric 2/127
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    public void Fake_quant_error_shrinks_with_bits_and_is_bounded_by_half_a_step(int bits)
    {
        var rng = new Random(bits);
        var x = Tensor.FromSpan<float>(TestData.Floats(rng, 4 * 50, 3f), 4, 50);
        var y = FakeQuant.Symmetric(x, bits, axis: 0);
        var p = FakeQuant.SymmetricParams(x, bits, axis: 0);
        var xs = x.AsSpan<float>();
        var ys = y.AsSpan<float>();
        int levels = (1 << (bits - 1)) - 1;
        for (int i = 0; i < xs.Length; i++)
        {
            float step = p.Scales[i / 50];
            Assert.True(Math.Abs(xs[i] - ys[i]) <= step / 2 * 1.0001f);
            Assert.True(step <= 3f / levels * 1.0001f);
        }
        // Per tensor matches per channel's bound with the global max.
        var t = FakeQuant.Symmetric(x, bits, axis: -1);
        Assert.Equal(x.Length, t.Length);
    }

    [Fact]
    public void Fp16_and_bf16_weights_have_their_relative_error_bounds()
    {
        var rng = new Random(7);
        var w = Tensor.FromSpan<float>(TestData.Floats(rng, 1000, 10f), 1000);
        var h = WeightQuantizer.ToFp16(w).AsSpan<Half>();
        var b = WeightQuantizer.ToBf16(w).AsSpan<BFloat16>();
        var ws = w.AsSpan<float>();
        for (int i = 0; i < ws.Length; i++)
        {
            if (Math.Abs(ws[i]) < 1e-3f) continue;
            Assert.True(Math.Abs((float)h[i] - ws[i]) <= Math.Abs(ws[i]) * (1f / 2048), $"fp16 {ws[i]} -> {(float)h[i]}");
            Assert.True(Math.Abs((float)b[i] - ws[i]) <= Math.Abs(ws[i]) * (1f / 256), $"bf16 {ws[i]} -> {(float)b[i]}");
        }
    }

    [Fact]
    public void Bad_parameters_are_refused_with_a_message()
    {
        Assert.Throws<ArgumentException>(() => new QuantParams([0f], [0], -1, 0, 255));
        Assert.Throws<ArgumentException>(() => new QuantParams([1f], [300], -1, 0, 255));
        Assert.Throws<ArgumentException>(() => new QuantParams([1f, 1f], [0, 0], -1, 0, 255));
        Assert.Throws<ArgumentException>(() => QuantParams.FromRange(float.NaN, 1f, 0, 255, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuantParams.SignedGrid(1));
        Assert.Throws<ArgumentException>(() => FakeQuant.Symmetric(Tensor.Zeros(DType.I8, 3), 8));
        // An all-zero tensor quantizes exactly (scale 1, not a division by zero).
        var z = FakeQuant.Symmetric(Tensor.Zeros(DType.F32, 2, 3), 8);
        Assert.All(z.AsSpan<float>().ToArray(), v => Assert.Equal(0f, v));
    }
}
