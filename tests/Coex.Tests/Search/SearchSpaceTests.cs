using Coex.Search;
using Coex.Training;

namespace Coex.Tests.Search;

public class SearchSpaceTests
{
    [Fact]
    public void Spaces_print_every_dimension_and_their_size()
    {
        var lenet = new LeNetSpace();
        string text = lenet.Space.Print();
        Assert.Contains("conv2.filters  {24, 36, 48, 64}", text);
        Assert.Equal(4096, lenet.Space.Size);
        var hw = new SystolicSpace().Space;
        Assert.Contains("dataflow", hw.Print());
        Assert.Contains("{OS, WS, IS}", hw.Print());
        Assert.Equal(5.0 * 5 * 3 * 3 * 3 * 3 * 3, hw.Size);
        var mobile = new MobileNetSpace().Space;
        Assert.Equal(Math.Pow(2 * 3 * 3 * 3, 4) * 3, mobile.Size);
        Assert.Equal(Math.Pow(3, 6), new QuantizationSpace(3).Space.Size);
    }

    [Fact]
    public void Sampling_is_seeded_and_in_range()
    {
        var space = SearchSpace.Concat("joint", new LeNetSpace().Space, new QuantizationSpace(3).Space, new SystolicSpace().Space);
        var a = space.Sample(new Random(5));
        var b = space.Sample(new Random(5));
        Assert.Equal(a, b);
        var rng = new Random(1);
        for (int i = 0; i < 200; i++)
            space.Check(space.Sample(rng));
        Assert.Equal(b, SearchSpace.ParseKey(SearchSpace.Key(b)));
    }

    [Fact]
    public void Bad_points_and_spaces_are_rejected_with_a_message()
    {
        var space = new LeNetSpace().Space;
        var e = Assert.Throws<ArgumentException>(() => space.Check([0, 0, 0, 0, 0, 4]));
        Assert.Contains("conv2.filters", e.Message);
        Assert.Throws<ArgumentException>(() => space.Check([0, 0]));
        Assert.Throws<ArgumentException>(() => new SearchSpace("x", [new Dimension("a", [1]), new Dimension("a", [2])]));
        Assert.Throws<ArgumentException>(() => new Dimension("a", []));
        Assert.Throws<ArgumentException>(() => ArchitectureSpace.Create("resnet"));
        Assert.Throws<ArgumentException>(() => HardwareSpace.Create("gpu"));
        Assert.Throws<ArgumentException>(() => new QuantizationSpace(2, [1, 8]));
    }

    [Fact]
    public void LeNet_points_build_the_chosen_kernels_and_filters()
    {
        var space = new LeNetSpace();
        int[] point = [3, 0, 1, 3, 0, 2]; // k7 f24, k3 f64, k1 f48
        var model = space.Build(point, [1, 28, 28], 10, seed: 1);
        var shapes = model.Parameters.Where(p => p.Name.StartsWith("conv", StringComparison.Ordinal)).Select(p => p.Value.Shape.ToArray()).ToArray();
        Assert.Equal([24, 1, 7, 7], shapes[0]);
        Assert.Equal([64, 24, 3, 3], shapes[1]);
        Assert.Equal([48, 64, 1, 1], shapes[2]);
        Assert.Equal(0, space.StageOf(point, "conv0"));
        Assert.Equal(2, space.StageOf(point, "fc"));
    }

    [Fact]
    public void MobileNet_points_decode_to_zoo_options_and_stages()
    {
        var space = new MobileNetSpace();
        var point = new int[space.Space.Dimensions.Count];
        point[space.Space.IndexOf("stage1.block")] = 1;
        point[space.Space.IndexOf("stage1.kernel")] = 2;
        point[space.Space.IndexOf("stage1.expansion")] = 2;
        point[space.Space.IndexOf("stage1.depth")] = 2;
        point[space.Space.IndexOf("width")] = 0;
        var options = space.Options(point);
        Assert.Equal(new MobileNetStage(6, 24, 3, 2, 7, true), options.Stages[1]);
        Assert.Equal(0.5f, options.Width);
        // Blocks: stage0 has 1, stage1 has 3 → block 3 is stage 1, block 4 is stage 2.
        Assert.Equal(1, space.StageOf(point, "blocks.3.fused"));
        Assert.Equal(2, space.StageOf(point, "blocks.4.depthwise"));
        Assert.Equal(0, space.StageOf(point, "stem"));
        Assert.Equal(3, space.StageOf(point, "classifier"));
        var model = space.Build(point, [1, 28, 28], 10, 1);
        Assert.True(model.ParameterCount > 0);
    }
}
