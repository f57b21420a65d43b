using Coex.Graphs.Passes;
using Coex.Kernels.Conv;
using Coex.Tensors;

namespace Coex.Runtime.Operators;

/// <summary>
/// Kernel of <c>coex.InvertedResidual</c> (<see cref="InvertedResidualFusion"/>): the block's three convolutions in one
/// banded pass (<see cref="InvertedResidual"/>), weights packed once per input geometry.
/// </summary>
internal static class InvertedResidualOps
{
    public static Kernel Create(BuildContext c)
    {
        c.RequireType(0, DType.F32);
        var pads = c.Ints("depthwise_pads") ?? [0, 0, 0, 0];
        var dilations = c.Ints("depthwise_dilations") ?? [1, 1];
        var strides = c.Ints("depthwise_strides") ?? [1, 1];
        if (pads.Length != 4 || dilations.Length != 2 || strides.Length != 2)
            throw c.Unsupported("depthwise_pads must hold 4 values, depthwise_dilations and depthwise_strides 2");
        var expandClamp = Clamp(c, "expand");
        var depthwiseClamp = Clamp(c, "depthwise");
        var projectClamp = Clamp(c, "project");
        if (c.Constant(1) is null || c.Constant(3) is null || c.Constant(5) is null)
            throw c.Unsupported("the block's weights must be constants");
        PackedInvertedResidual? cached = null;
        return (ctx, i, o) =>
        {
            var x = i[0]!;
            Tensor w1 = i[1]!, w2 = i[3]!, w3 = i[5]!;
            if (x.Rank != 4 || w1.Rank != 4 || w2.Rank != 4 || w3.Rank != 4)
                throw new ArgumentException($"InvertedResidual needs 4-D input and weights, got {x}, {w1}, {w2}, {w3}.");
            if (w1.Shape[1] != x.Shape[1] || w2.Shape[1] != 1 || w2.Shape[0] != w1.Shape[0] || w3.Shape[1] != w1.Shape[0])
                throw new ArgumentException($"InvertedResidual weights {w1}, {w2}, {w3} do not chain from input {x}.");
            int n = x.Shape[0], h = x.Shape[2], w = x.Shape[3];
            var expand = Pointwise(n, x.Shape[1], h, w, w1.Shape[0]);
            var depthwise = new Conv2DGeometry
            {
                Batch = n, InChannels = w2.Shape[0], Height = h, Width = w, OutChannels = w2.Shape[0], Groups = w2.Shape[0],
                KernelH = w2.Shape[2], KernelW = w2.Shape[3], PadTop = (int)pads[0], PadLeft = (int)pads[1], PadBottom = (int)pads[2],
                PadRight = (int)pads[3], DilationH = (int)dilations[0], DilationW = (int)dilations[1], StrideH = (int)strides[0], StrideW = (int)strides[1],
            };
            depthwise.Validate();
            var project = Pointwise(n, w3.Shape[1], depthwise.OutHeight, depthwise.OutWidth, w3.Shape[0]);
            if (cached is not { } block || block.Expand != expand || block.Depthwise != depthwise || block.Project != project)
                cached = block = InvertedResidual.Pack(expand, w1.AsSpan<float>(), depthwise, w2.AsSpan<float>(), project, w3.AsSpan<float>());
            var y = ctx.Allocate(DType.F32, n, project.OutChannels, project.Height, project.Width);
            var residual = i.Length > 7 ? i[7] : null;
            if (residual is not null && !NnOps.IsElementwiseResidual(residual, y))
            {
                InvertedResidual.Forward(x.AsSpan<float>(), block, Span(i, 2), expandClamp, Span(i, 4), depthwiseClamp, Span(i, 6),
                    [], ClampRange.None, y.AsSpan<float>(), ctx.Threads);
                o[0] = NnOps.AddResidual(ctx, y, residual, projectClamp.Min, projectClamp.Max);
                return;
            }
            InvertedResidual.Forward(x.AsSpan<float>(), block, Span(i, 2), expandClamp, Span(i, 4), depthwiseClamp, Span(i, 6),
                residual is null ? [] : residual.AsSpan<float>(), projectClamp, y.AsSpan<float>(), ctx.Threads);
            o[0] = y;
        };
    }

    private static Conv2DGeometry Pointwise(int n, int c, int h, int w, int oc) =>
        new() { Batch = n, InChannels = c, Height = h, Width = w, OutChannels = oc, KernelH = 1, KernelW = 1 };

    private static ClampRange Clamp(BuildContext c, string prefix) =>
        new(c.Float(prefix + "_min", float.NegativeInfinity), c.Float(prefix + "_max", float.PositiveInfinity));

    private static ReadOnlySpan<float> Span(Tensor?[] inputs, int index) =>
        index < inputs.Length && inputs[index] is { } t ? t.AsSpan<float>() : [];
}
