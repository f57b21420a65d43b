using System.Text.Json;
using Coex.Bench;

namespace Coex.Tests.Bench;

public class GemmResultJsonTests
{
    private static readonly string[] Fields = ["kernel", "m", "n", "k", "threads", "coex_gops", "peer", "peer_gops", "ratio"];

    [Fact]
    public void Json_line_has_exactly_the_required_fields()
    {
        var r = new GemmResult("f16w", new GemmShape(16, 1024, 512), 2, 50.5, GemmBenchmark.OrtMatMul, 101, 0.9, 1e-6, true);
        string line = r.ToJsonLine();

        Assert.DoesNotContain('\n', line);
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.Equal(Fields, root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("f16w", root.GetProperty("kernel").GetString());
        Assert.Equal(16, root.GetProperty("m").GetInt32());
        Assert.Equal(1024, root.GetProperty("n").GetInt32());
        Assert.Equal(512, root.GetProperty("k").GetInt32());
        Assert.Equal(2, root.GetProperty("threads").GetInt32());
        Assert.Equal(50.5, root.GetProperty("coex_gops").GetDouble());
        Assert.Equal("ort-matmul-f32", root.GetProperty("peer").GetString());
        Assert.Equal(101, root.GetProperty("peer_gops").GetDouble());
        Assert.Equal(0.5, root.GetProperty("ratio").GetDouble(), 1e-4);
    }

    [Fact]
    public void Missing_coex_kernel_writes_nulls_not_zeros()
    {
        var r = new GemmResult("u8s8", new GemmShape(1, 512, 512), 1, null, GemmBenchmark.OrtMatMulInteger, 80, null, null, true);
        using var doc = JsonDocument.Parse(r.ToJsonLine());
        Assert.Equal(Fields, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("coex_gops").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("ratio").ValueKind);
    }

    [Fact]
    public void Quick_shapes_are_a_subset_of_full()
    {
        Assert.Subset(GemmBenchmark.Shapes(ShapeSet.Full).ToHashSet(), GemmBenchmark.Shapes(ShapeSet.Quick).ToHashSet());
        Assert.Contains(new GemmShape(3136, 64, 576), GemmBenchmark.Shapes(ShapeSet.Full));
    }
}
