using Coex.Runtime.Conformance;
using Coex.Tensors;

namespace Coex.Tests.Conformance;

/// <summary>The comparison the conformance suite relies on: ONNX backend tolerances for floats, exact integers.</summary>
public class NodeTestRunnerTests
{
    [Fact]
    public void Floats_match_within_rtol_1e3_plus_atol_1e7_and_NaN_matches_NaN()
    {
        var expected = Tensor.FromSpan<float>([1000f, 0f, float.NaN, float.PositiveInfinity], 4);
        Assert.Null(NodeTestRunner.Compare(expected, Tensor.FromSpan<float>([1000.9f, 5e-8f, float.NaN, float.PositiveInfinity], 4)));
        Assert.Contains("element 0", NodeTestRunner.Compare(expected, Tensor.FromSpan<float>([1001.2f, 0f, float.NaN, float.PositiveInfinity], 4)));
        Assert.Contains("element 1", NodeTestRunner.Compare(expected, Tensor.FromSpan<float>([1000f, 2e-7f, float.NaN, float.PositiveInfinity], 4)));
        Assert.Contains("element 2", NodeTestRunner.Compare(expected, Tensor.FromSpan<float>([1000f, 0f, 1f, float.PositiveInfinity], 4)));
        Assert.Contains("element 3", NodeTestRunner.Compare(expected, Tensor.FromSpan<float>([1000f, 0f, float.NaN, float.NegativeInfinity], 4)));
    }

    [Fact]
    public void Integers_must_match_exactly_and_types_and_shapes_must_agree()
    {
        var expected = Tensor.FromSpan<long>([1, 2, 3], 3);
        Assert.Null(NodeTestRunner.Compare(expected, Tensor.FromSpan<long>([1, 2, 3], 3)));
        Assert.Contains("exact", NodeTestRunner.Compare(expected, Tensor.FromSpan<long>([1, 2, 4], 3)));
        Assert.Contains("shape", NodeTestRunner.Compare(expected, Tensor.FromSpan<long>([1, 2, 3], 1, 3)));
        Assert.Contains("element type", NodeTestRunner.Compare(expected, Tensor.FromSpan<int>([1, 2, 3], 3)));
    }
}
