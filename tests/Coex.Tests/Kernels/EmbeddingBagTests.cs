using Coex.Kernels.Embedding;
using Coex.Kernels.Reference;

namespace Coex.Tests.Kernels;

[Trait("Category", Coex.Tests.Dispatch.IsaPaths.KernelCategory)]
public class EmbeddingBagTests
{
    private static readonly EmbeddingPrecision[] Precisions =
        [EmbeddingPrecision.F32, EmbeddingPrecision.F16, EmbeddingPrecision.Int8, EmbeddingPrecision.Int4, EmbeddingPrecision.Int2];

    private static EmbeddingTable RandomTable(string name, int rows, int dim, EmbeddingPrecision p, Random rng)
    {
        var w = new float[rows * dim];
        for (int i = 0; i < w.Length; i++)
            w[i] = rng.NextSingle() * 2 - 1;
        return EmbeddingTable.FromFloats(name, w, rows, dim, p);
    }

    /// <summary>Random bags (some empty) over [0, rows): ids and B + 1 offsets.</summary>
    private static (long[] Ids, long[] Offsets) RandomBags(int batch, int rows, int maxPooling, Random rng)
    {
        var offsets = new long[batch + 1];
        var ids = new List<long>();
        for (int b = 0; b < batch; b++)
        {
            int length = rng.Next(0, maxPooling + 1);
            for (int k = 0; k < length; k++)
                ids.Add(rng.Next(rows));
            offsets[b + 1] = ids.Count;
        }
        return ([.. ids], offsets);
    }

    private static void AssertClose(double[] expected, double[] magnitude, ReadOnlySpan<float> actual, int stride, int column, int dim, string what)
    {
        int batch = expected.Length / dim;
        for (int b = 0; b < batch; b++)
            for (int c = 0; c < dim; c++)
            {
                double e = expected[b * dim + c], a = actual[b * stride + column + c];
                double tolerance = 1e-6 + 2e-6 * magnitude[b * dim + c];
                Assert.True(Math.Abs(e - a) <= tolerance, $"{what}: bag {b} col {c}: expected {e}, got {a}");
            }
    }

    public static TheoryData<EmbeddingPrecision> AllPrecisions()
    {
        var data = new TheoryData<EmbeddingPrecision>();
        foreach (var p in Precisions) data.Add(p);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPrecisions))]
    public void Matches_the_scalar_reference_over_awkward_dims(EmbeddingPrecision precision)
    {
        var rng = new Random(11 + (int)precision);
        foreach (int dim in new[] { 1, 3, 8, 16, 17, 33, 64, 255 })
        {
            using var table = RandomTable("t", 50, dim, precision, rng);
            foreach (var pooling in new[] { EmbeddingPooling.Sum, EmbeddingPooling.Mean })
                foreach (bool weighted in new[] { false, true })
                {
                    var (ids, offsets) = RandomBags(9, 50, 7, rng);
                    var weights = weighted ? ids.Select(_ => rng.NextSingle() * 2 - 1).ToArray() : [];
                    var (expected, magnitude) = EmbeddingBagReference.Forward(table, ids, offsets, weights, pooling);
                    var output = new float[9 * dim];
                    EmbeddingBag.Forward(table, ids, offsets, weights, pooling, output);
                    AssertClose(expected, magnitude, output, dim, 0, dim, $"{precision} dim {dim} {pooling} weighted {weighted} (64-bit)");
                    // 32-bit ids, no prefetch, two threads: the same numbers.
                    Array.Fill(output, float.NaN);
                    EmbeddingBag.Forward(table, ids.Select(i => (int)i).ToArray(), offsets.Select(o => (int)o).ToArray(), weights, pooling, output,
                        new EmbeddingBagOptions { Prefetch = false, Threads = 2 });
                    AssertClose(expected, magnitude, output, dim, 0, dim, $"{precision} dim {dim} {pooling} weighted {weighted} (32-bit)");
                }
        }
    }

    [Fact]
    public void Multi_table_call_places_each_table_side_by_side_and_threads_agree()
    {
        var rng = new Random(2);
        int batch = 300;
        EmbeddingTable[] tables =
        [
            RandomTable("user", 1000, 16, EmbeddingPrecision.Int8, rng),
            RandomTable("item", 500, 17, EmbeddingPrecision.F16, rng),
            RandomTable("site", 30, 8, EmbeddingPrecision.Int4, rng),
            RandomTable("ad", 2000, 32, EmbeddingPrecision.F32, rng),
        ];
        try
        {
            var ids = new List<long>();
            var offsets = new List<long> { 0 };
            var perTable = new List<(long[] Ids, long[] Offsets)>();
            foreach (var t in tables)
            {
                var (tIds, tOffsets) = RandomBags(batch, t.Rows, 40, rng);
                perTable.Add((tIds, tOffsets));
                long start = ids.Count;
                ids.AddRange(tIds);
                offsets.AddRange(tOffsets.Skip(1).Select(o => o + start));
            }
            int stride = 16 + 17 + 8 + 32 + 5; // wider rows than needed: the gap stays untouched
            var single = new float[batch * stride];
            var multi = new float[batch * stride];
            Array.Fill(single, -7f);
            Array.Fill(multi, -7f);
            EmbeddingBag.Forward(tables, ids.ToArray(), offsets.ToArray(), [], EmbeddingPooling.Sum, single, stride);
            EmbeddingBag.Forward(tables, ids.Select(i => (int)i).ToArray(), offsets.Select(o => (int)o).ToArray(), [], EmbeddingPooling.Sum, multi, stride,
                new EmbeddingBagOptions { Threads = 2 });
            Assert.Equal(single, multi);
            int column = 0;
            for (int t = 0; t < tables.Length; t++)
            {
                var (expected, magnitude) = EmbeddingBagReference.Forward(tables[t], perTable[t].Ids, perTable[t].Offsets, [], EmbeddingPooling.Sum);
                AssertClose(expected, magnitude, single, stride, column, tables[t].Dim, tables[t].Name);
                column += tables[t].Dim;
            }
            for (int b = 0; b < batch; b++)
                for (int c = column; c < stride; c++)
                    Assert.Equal(-7f, single[b * stride + c]);
        }
        finally
        {
            foreach (var t in tables) t.Dispose();
        }
    }

    [Fact]
    public void F32_span_table_matches_the_native_table()
    {
        var rng = new Random(4);
        var w = Enumerable.Range(0, 20 * 6).Select(_ => rng.NextSingle()).ToArray();
        using var table = EmbeddingTable.FromFloats("t", w, 20, 6, EmbeddingPrecision.F32);
        int[] ids = [3, 19, 0, 3, 7];
        int[] offsets = [0, 2, 2, 5];
        var a = new float[18];
        var b = new float[18];
        EmbeddingBag.Forward(table, ids, offsets, [], EmbeddingPooling.Mean, a);
        EmbeddingBag.ForwardF32(w, 6, ids, offsets, [], EmbeddingPooling.Mean, b);
        Assert.Equal(a, b);
        Assert.All(b.AsSpan(6, 6).ToArray(), v => Assert.Equal(0f, v)); // empty bag
        Assert.Equal((w[3 * 6] + w[19 * 6]) / 2, b[0], 6);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(20)]
    [InlineData(int.MaxValue)]
    public void Out_of_range_index_names_the_table_and_the_position(int bad)
    {
        using var table = new EmbeddingTable("ad_id", 20, 4, EmbeddingPrecision.Int8);
        var output = new float[8];
        Array.Fill(output, 5f);
        var e = Assert.Throws<EmbeddingIndexException>(() =>
            EmbeddingBag.Forward(table, [1, 2, bad, 4], [0, 2, 4], [], EmbeddingPooling.Sum, output));
        Assert.Contains("'ad_id'", e.Message);
        Assert.Contains("position 2", e.Message);
        Assert.Contains("bag 1", e.Message);
        Assert.Contains(bad.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
        Assert.All(output, v => Assert.Equal(5f, v)); // nothing written
    }

    [Fact]
    public void Out_of_range_64_bit_index_in_the_second_table_is_caught()
    {
        using var a = new EmbeddingTable("a", 10, 4, EmbeddingPrecision.F32);
        using var b = new EmbeddingTable("b", 3, 4, EmbeddingPrecision.F16);
        var e = Assert.Throws<EmbeddingIndexException>(() =>
            EmbeddingBag.Forward([a, b], [9L, 9L, 2L, 1L << 40], [0L, 1L, 2L, 3L, 4L], [], EmbeddingPooling.Sum, new float[16]));
        Assert.Contains("'b'", e.Message);
        Assert.Contains("position 3", e.Message);
    }

    [Fact]
    public void Bad_offsets_are_refused()
    {
        using var t = new EmbeddingTable("t", 10, 2, EmbeddingPrecision.F32);
        var output = new float[6];
        int[] ids = [1, 2, 3];
        Assert.Contains("must not decrease", Assert.Throws<EmbeddingIndexException>(() => EmbeddingBag.Forward(t, ids, [0, 2, 1, 3], [], EmbeddingPooling.Sum, output)).Message);
        Assert.Contains("offsets[0]", Assert.Throws<EmbeddingIndexException>(() => EmbeddingBag.Forward(t, ids, [1, 2, 2, 3], [], EmbeddingPooling.Sum, output)).Message);
        Assert.Contains("last offset", Assert.Throws<EmbeddingIndexException>(() => EmbeddingBag.Forward(t, ids, [0, 1, 2, 2], [], EmbeddingPooling.Sum, output)).Message);
        Assert.Contains("past the 3 indices", Assert.Throws<EmbeddingIndexException>(() => EmbeddingBag.Forward(t, ids, [0, 9, 2, 3], [], EmbeddingPooling.Sum, output)).Message);
        Assert.Throws<EmbeddingIndexException>(() => EmbeddingBag.Forward(t, ids, [], [], EmbeddingPooling.Sum, output));
        Assert.Throws<EmbeddingIndexException>(() => EmbeddingBag.Forward([t, t], ids, [0, 1, 2, 3], [], EmbeddingPooling.Sum, output));
        Assert.Throws<ArgumentException>(() => EmbeddingBag.Forward(t, ids, [0, 1, 2, 3], [1f], EmbeddingPooling.Sum, output));
        Assert.Throws<ArgumentException>(() => EmbeddingBag.Forward(t, ids, [0, 1, 2, 3], [], EmbeddingPooling.Sum, new float[5]));
    }

    [Fact]
    public void Disposed_table_is_refused()
    {
        var t = new EmbeddingTable("gone", 4, 2, EmbeddingPrecision.F32);
        t.Dispose();
        Assert.Throws<ObjectDisposedException>(() => EmbeddingBag.Forward(t, [0], [0, 1], [], EmbeddingPooling.Sum, new float[2]));
    }
}
