using Coex.Kernels.Embedding;

namespace Coex.Tests.Kernels;

[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class EmbeddingFormatTests
{
    private static byte[] Quantize(EmbeddingPrecision p, float[] row)
    {
        var bytes = new byte[RowWiseQuantization.RowBytes(p, row.Length)];
        RowWiseQuantization.QuantizeRow(p, row, bytes);
        return bytes;
    }

    private static float[] Dequantize(EmbeddingPrecision p, byte[] bytes, int dim)
    {
        var row = new float[dim];
        RowWiseQuantization.DequantizeRow(p, bytes, row);
        return row;
    }

    [Fact]
    public void Int8_row_is_codes_then_fp32_scale_then_fp32_bias()
    {
        // min −1, max 1: scale 2/255, bias −1; 255/(2 + 1e-8) is exactly 127.5 in float, so 0 lands on 127.5 → 128 (ties to even).
        var bytes = Quantize(EmbeddingPrecision.Int8, [-1f, 0f, 1f, 0.5f]);
        Assert.Equal(12, bytes.Length);
        Assert.Equal(new byte[] { 0, 128, 255, 191 }, bytes[..4]);
        Assert.Equal(BitConverter.GetBytes(2f / 255f), bytes[4..8]);
        Assert.Equal(BitConverter.GetBytes(-1f), bytes[8..12]);
        var back = Dequantize(EmbeddingPrecision.Int8, bytes, 4);
        Assert.Equal(-1f, back[0]);
        Assert.Equal(1f, back[2], 6);
    }

    [Fact]
    public void Int4_row_packs_low_nibble_first_then_fp16_scale_and_bias()
    {
        var row = Enumerable.Range(0, 16).Select(i => (float)i).ToArray();
        var bytes = Quantize(EmbeddingPrecision.Int4, row);
        Assert.Equal(12, bytes.Length);
        Assert.Equal(new byte[] { 0x10, 0x32, 0x54, 0x76, 0x98, 0xBA, 0xDC, 0xFE }, bytes[..8]);
        Assert.Equal(new byte[] { 0x00, 0x3C, 0x00, 0x00 }, bytes[8..]); // fp16 1.0 = 0x3C00, fp16 0.0
        Assert.Equal(row, Dequantize(EmbeddingPrecision.Int4, bytes, 16)); // exact: integer values on the code grid
    }

    [Fact]
    public void Int2_row_packs_lowest_bits_first_then_fp16_scale_and_bias()
    {
        float[] row = [10f, 11f, 12f, 13f, 11f];
        var bytes = Quantize(EmbeddingPrecision.Int2, row);
        Assert.Equal(6, bytes.Length);
        Assert.Equal(0b11_10_01_00, bytes[0]);
        Assert.Equal(0b01, bytes[1]);
        Assert.Equal(BitConverter.GetBytes((Half)1f), bytes[2..4]);
        Assert.Equal(BitConverter.GetBytes((Half)10f), bytes[4..6]);
        Assert.Equal(row, Dequantize(EmbeddingPrecision.Int2, bytes, 5));
    }

    [Fact]
    public void Odd_dim_int4_leaves_the_last_high_nibble_zero()
    {
        var bytes = Quantize(EmbeddingPrecision.Int4, [0f, 15f, 15f]);
        Assert.Equal(2 + 4, bytes.Length);
        Assert.Equal(0xF0, bytes[0]);
        Assert.Equal(0x0F, bytes[1]);
    }

    [Fact]
    public void Constant_rows_round_trip_exactly()
    {
        foreach (var p in new[] { EmbeddingPrecision.Int8, EmbeddingPrecision.Int4, EmbeddingPrecision.Int2 })
        {
            var back = Dequantize(p, Quantize(p, [0.25f, 0.25f, 0.25f]), 3);
            Assert.All(back, v => Assert.Equal(0.25f, v));
        }
    }

    [Theory]
    [InlineData(EmbeddingPrecision.F16)]
    [InlineData(EmbeddingPrecision.Int8)]
    [InlineData(EmbeddingPrecision.Int4)]
    [InlineData(EmbeddingPrecision.Int2)]
    public void Quantize_dequantize_error_stays_within_the_format_bound(EmbeddingPrecision p)
    {
        var rng = new Random(7);
        foreach (int dim in new[] { 1, 3, 16, 17, 64, 255 })
            for (int trial = 0; trial < 20; trial++)
            {
                float spread = MathF.Pow(10, rng.Next(-3, 3));
                float center = (rng.NextSingle() - 0.5f) * 4 * spread;
                var row = new float[dim];
                for (int c = 0; c < dim; c++)
                    row[c] = center + (rng.NextSingle() - 0.5f) * spread;
                var back = Dequantize(p, Quantize(p, row), dim);
                float bound = RowWiseQuantization.ErrorBound(p, row.Min(), row.Max());
                for (int c = 0; c < dim; c++)
                    Assert.True(Math.Abs(back[c] - row[c]) <= bound, $"{p} dim {dim}: |{back[c]} − {row[c]}| > {bound}");
            }
    }

    [Fact]
    public void Int8_error_is_at_most_half_a_step_and_uses_the_full_code_range()
    {
        var rng = new Random(3);
        var row = Enumerable.Range(0, 64).Select(_ => rng.NextSingle() * 2 - 1).ToArray();
        var bytes = Quantize(EmbeddingPrecision.Int8, row);
        Assert.Equal(0, bytes[..64].Min());
        Assert.Equal(255, bytes[..64].Max());
        float step = (row.Max() - row.Min()) / 255;
        var back = Dequantize(EmbeddingPrecision.Int8, bytes, 64);
        Assert.True(row.Zip(back).Max(t => Math.Abs(t.First - t.Second)) <= step * 0.5f * 1.0001f);
    }

    [Fact]
    public void Non_finite_rows_are_refused_with_the_position()
    {
        var bytes = new byte[RowWiseQuantization.RowBytes(EmbeddingPrecision.Int8, 3)];
        var e = Assert.Throws<ArgumentException>(() => RowWiseQuantization.QuantizeRow(EmbeddingPrecision.Int8, [1f, float.NaN, 2f], bytes));
        Assert.Contains("element 1", e.Message);
        var nbit = new byte[RowWiseQuantization.RowBytes(EmbeddingPrecision.Int4, 2)];
        Assert.Throws<ArgumentException>(() => RowWiseQuantization.QuantizeRow(EmbeddingPrecision.Int4, [0f, 1e6f], nbit));
        Assert.Throws<ArgumentException>(() => RowWiseQuantization.QuantizeRow(EmbeddingPrecision.Int8, [1f, 2f], bytes));
    }

    [Theory]
    [InlineData(16, 64.0 / 24, 64.0 / 12)]
    [InlineData(32, 128.0 / 40, 128.0 / 20)]
    [InlineData(64, 256.0 / 72, 256.0 / 36)]
    [InlineData(128, 512.0 / 136, 512.0 / 68)]
    public void Size_versus_fp32(int dim, double int8Ratio, double int4Ratio)
    {
        using var int8 = new EmbeddingTable("t8", 10, dim, EmbeddingPrecision.Int8);
        using var int4 = new EmbeddingTable("t4", 10, dim, EmbeddingPrecision.Int4);
        Assert.Equal(int8Ratio, int8.CompressionVsF32, 9);
        Assert.Equal(int4Ratio, int4.CompressionVsF32, 9);
        // The size targets (int8 ≥ 3.5×, int4 ≥ 6×) hold from dim 64 and dim 32 up; the 8 (4) bytes of
        // scale and bias per row are what small dims pay.
        if (dim >= 64) Assert.True(int8.CompressionVsF32 >= 3.5);
        if (dim >= 32) Assert.True(int4.CompressionVsF32 >= 6);
    }

    [Fact]
    public void Table_rows_round_trip_and_convert()
    {
        var rng = new Random(5);
        var weights = Enumerable.Range(0, 7 * 5).Select(_ => rng.NextSingle()).ToArray();
        using var f32 = EmbeddingTable.FromFloats("emb", weights, 7, 5, EmbeddingPrecision.F32);
        Assert.Equal(weights, f32.ToFloats());
        using var int8 = f32.ConvertTo(EmbeddingPrecision.Int8);
        var back = int8.ToFloats();
        for (int i = 0; i < weights.Length; i++)
            Assert.True(Math.Abs(back[i] - weights[i]) <= 1f / 255);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => f32.RowData(7));
        Assert.Contains("emb", e.Message);
    }
}
