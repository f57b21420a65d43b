using System.Runtime.CompilerServices;

namespace Coex.Kernels.Conv;

/// <summary>Bounds of a clamp applied to a convolution's output: (−∞, +∞) is none, (0, 6) is ReLU6.</summary>
public readonly record struct ClampRange(float Min, float Max)
{
    public static ClampRange None => new(float.NegativeInfinity, float.PositiveInfinity);
}

/// <summary>The three convolutions of an inverted-residual block, prepared once by <see cref="InvertedResidual.Pack"/>.</summary>
public sealed class PackedInvertedResidual
{
    internal PackedInvertedResidual(Conv2DGeometry expand, Conv2DGeometry depthwise, Conv2DGeometry project,
        float[] expandPanels, float[] depthwiseWeights, float[] projectPanels, Isa isa)
    {
        Expand = expand;
        Depthwise = depthwise;
        Project = project;
        ExpandPanels = expandPanels;
        DepthwiseWeights = depthwiseWeights;
        ProjectPanels = projectPanels;
        Isa = isa;
    }

    public Conv2DGeometry Expand { get; }
    public Conv2DGeometry Depthwise { get; }
    public Conv2DGeometry Project { get; }
    internal float[] ExpandPanels { get; }
    internal float[] DepthwiseWeights { get; }
    internal float[] ProjectPanels { get; }
    internal Isa Isa { get; }
}

/// <summary>
/// A MobileNetV2 inverted-residual block — 1×1 expand (+bias, clamp) → depthwise k×k (+bias, clamp) → 1×1
/// project (+bias, + residual, clamp) — run band by band: for a few output rows at a time, the expanded rows they need
/// (the band plus the filter's halo) and their depthwise output live only in per-thread scratch that stays in L2, so
/// the two wide intermediate tensors (expansion × the input) never go to memory. Halo rows are recomputed by the
/// neighbouring band rather than shared: a few percent more expand work for independent bands.
/// </summary>
public static unsafe class InvertedResidual
{
    /// <summary>Scratch one band aims for (expanded rows + depthwise rows): well inside a 1–2 MB L2.</summary>
    private const int BandBytes = 768 * 1024;

    /// <summary>
    /// True when the three geometries chain as a block this kernel runs: 1×1 stride-1 unpadded one-group expand and
    /// project around a depthwise convolution (any stride; vertical padding within the filter's extent), one batch.
    /// </summary>
    public static bool Fits(Conv2DGeometry expand, Conv2DGeometry depthwise, Conv2DGeometry project)
    {
        ArgumentNullException.ThrowIfNull(expand);
        ArgumentNullException.ThrowIfNull(depthwise);
        ArgumentNullException.ThrowIfNull(project);
        return expand.IsPointwise && expand.Groups == 1 && project.IsPointwise && project.Groups == 1 && depthwise.IsDepthwise
            && depthwise.PadTop <= (depthwise.KernelH - 1) * depthwise.DilationH && depthwise.PadBottom <= (depthwise.KernelH - 1) * depthwise.DilationH
            && depthwise.Batch == expand.Batch && project.Batch == expand.Batch
            && depthwise.InChannels == expand.OutChannels && depthwise.Height == expand.Height && depthwise.Width == expand.Width
            && project.InChannels == depthwise.OutChannels && project.Height == depthwise.OutHeight && project.Width == depthwise.OutWidth;
    }

    /// <summary>Prepares the OIHW weights of the three convolutions; throws when <see cref="Fits"/> does not hold.</summary>
    public static PackedInvertedResidual Pack(Conv2DGeometry expand, ReadOnlySpan<float> expandWeights, Conv2DGeometry depthwise,
        ReadOnlySpan<float> depthwiseWeights, Conv2DGeometry project, ReadOnlySpan<float> projectWeights)
    {
        if (!Fits(expand, depthwise, project))
            throw new ArgumentException($"The convolutions do not chain as an inverted-residual block (1×1 → depthwise → 1×1): {expand}, {depthwise}, {project}.");
        expand.Validate();
        depthwise.Validate();
        project.Validate();
        Check(expandWeights, expand, nameof(expandWeights));
        Check(depthwiseWeights, depthwise, nameof(depthwiseWeights));
        Check(projectWeights, project, nameof(projectWeights));
        var isa = PointwiseConv.Path;
        int mr = PointwiseConv.PanelRows(isa);
        return new PackedInvertedResidual(expand, depthwise, project,
            PointwiseConv.Pack(expandWeights, expand.OutChannels, expand.InChannels, mr), depthwiseWeights.ToArray(),
            PointwiseConv.Pack(projectWeights, project.OutChannels, project.InChannels, mr), isa);
    }

    private static void Check(ReadOnlySpan<float> weights, Conv2DGeometry g, string name)
    {
        if (weights.Length != g.WeightLength)
            throw new ArgumentException($"Weights hold {weights.Length} floats; OIHW [{g.OutChannels}, {g.InChannelsPerGroup}, {g.KernelH}, {g.KernelW}] needs {g.WeightLength}.", name);
    }

    /// <summary>
    /// <c>output = clamp(project(clamp(depthwise(clamp(expand(input) + b1, c1)) + b2, c2)) + b3 + residual, c3)</c>.
    /// Biases may be empty (none); <paramref name="residual"/> may be empty (none) and must not overlap the output.
    /// </summary>
    public static void Forward(ReadOnlySpan<float> input, PackedInvertedResidual block,
        ReadOnlySpan<float> expandBias, ClampRange expandClamp, ReadOnlySpan<float> depthwiseBias, ClampRange depthwiseClamp,
        ReadOnlySpan<float> projectBias, ReadOnlySpan<float> residual, ClampRange projectClamp, Span<float> output, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (e, d, p) = (block.Expand, block.Depthwise, block.Project);
        if (input.Length != e.InputLength)
            throw new ArgumentException($"Input holds {input.Length} floats; [{e.Batch}, {e.InChannels}, {e.Height}, {e.Width}] needs {e.InputLength}.", nameof(input));
        if (output.Length != p.OutputLength)
            throw new ArgumentException($"Output holds {output.Length} floats; [{p.Batch}, {p.OutChannels}, {p.OutHeight}, {p.OutWidth}] needs {p.OutputLength}.", nameof(output));
        CheckBias(expandBias, e, nameof(expandBias));
        CheckBias(depthwiseBias, d, nameof(depthwiseBias));
        CheckBias(projectBias, p, nameof(projectBias));
        if (!residual.IsEmpty && residual.Length != output.Length)
            throw new ArgumentException($"Residual holds {residual.Length} floats; it must match the output's {output.Length} or be empty.", nameof(residual));
        if (residual.Overlaps(output) || input.Overlaps(output))
            throw new ArgumentException("Input and residual must not overlap the output.", nameof(output));
        foreach (var c in new[] { expandClamp, depthwiseClamp, projectClamp })
            if (float.IsNaN(c.Min) || float.IsNaN(c.Max))
                throw new ArgumentException("Clamp bounds must not be NaN.", nameof(expandClamp));
        threads = KernelThreads.Resolve(threads);

        // Bands of output rows: as many as fit the scratch budget, at least enough for one pointwise tile, evenly split.
        int h = d.OutHeight, w = d.OutWidth, hidden = e.OutChannels;
        int rowBytes = hidden * (e.Width * d.StrideH + w) * sizeof(float);
        int minRows = Math.Min(h, (PointwiseConv.TilePixels(block.Isa) + w - 1) / w);
        int bands = Math.Clamp((h * rowBytes + BandBytes - 1) / BandBytes, 1, Math.Max(1, h / Math.Max(1, minRows)));
        if (threads > 1 && e.Batch % threads != 0)
        {
            // Few images: round the bands up so every thread gets as many (a 5-band image on 2 threads would idle one).
            int perImage = (threads + e.Batch - 1) / e.Batch;
            bands = Math.Clamp((Math.Max(bands, perImage) + perImage - 1) / perImage * perImage, 1, Math.Max(1, h / Math.Max(1, minRows)));
        }
        fixed (float* pIn = input)
        fixed (float* pOut = output)
        fixed (float* pRes = residual)
        fixed (float* pB1 = expandBias)
        fixed (float* pB2 = depthwiseBias)
        fixed (float* pB3 = projectBias)
        fixed (float* pW1 = block.ExpandPanels)
        fixed (float* pW2 = block.DepthwiseWeights)
        fixed (float* pW3 = block.ProjectPanels)
        {
            var a = new Addresses((nint)pIn, (nint)pOut, residual.IsEmpty ? 0 : (nint)pRes, expandBias.IsEmpty ? 0 : (nint)pB1,
                depthwiseBias.IsEmpty ? 0 : (nint)pB2, projectBias.IsEmpty ? 0 : (nint)pB3, (nint)pW1, (nint)pW2, (nint)pW3);
            KernelThreads.For(e.Batch * bands, threads, task =>
            {
                int n = task / bands, band = task % bands;
                Band(block, a, n, band * h / bands, (band + 1) * h / bands, expandClamp, depthwiseClamp, projectClamp);
            });
        }
    }

    private static void CheckBias(ReadOnlySpan<float> bias, Conv2DGeometry g, string name)
    {
        if (!bias.IsEmpty && bias.Length != g.OutChannels)
            throw new ArgumentException($"Bias holds {bias.Length} floats; expected {g.OutChannels} (one per output channel) or none.", name);
    }

    /// <summary>The pinned buffers, as addresses the band tasks can capture.</summary>
    private readonly record struct Addresses(nint Input, nint Output, nint Residual, nint ExpandBias, nint DepthwiseBias, nint ProjectBias,
        nint ExpandPanels, nint DepthwiseWeights, nint ProjectPanels);

    [ThreadStatic] private static float[]? t_expanded;
    [ThreadStatic] private static float[]? t_depthwise;

    /// <summary>Output rows [y0, y1) of image n: expand the input rows they read, depthwise them, project into the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Band(PackedInvertedResidual block, Addresses a, int n, int y0, int y1, ClampRange c1, ClampRange c2, ClampRange c3)
    {
        var (e, d, p) = (block.Expand, block.Depthwise, block.Project);
        int h = e.Height, w = e.Width, plane = h * w, outPlane = d.OutHeight * d.OutWidth, hidden = e.OutChannels, taps = d.KernelH * d.KernelW;
        // Input rows the band's depthwise outputs read, clipped to the plane; rows outside are the padding, which the
        // band's own geometry reinstates so that it yields exactly rows [y0, y1).
        int first = y0 * d.StrideH - d.PadTop, last = (y1 - 1) * d.StrideH - d.PadTop + (d.KernelH - 1) * d.DilationH;
        int e0 = Math.Max(0, first), e1 = Math.Min(h, last + 1);
        int eRows = e1 - e0, dRows = y1 - y0;
        var bandGeometry = d with
        {
            Batch = 1, Height = eRows, PadTop = e0 - first, PadBottom = last + 1 - e1,
        };
        var dims = new DepthwiseConv.Dims(bandGeometry);
        int ePixels = eRows * w, dPixels = dRows * d.OutWidth;
        // Pinned and 64-byte aligned, so the vector loads start on a cache line whatever the process allocated before.
        float* pe = Gemm.GemmTasks.Scratch(ref t_expanded, (long)hidden * ePixels);
        float* pd = Gemm.GemmTasks.Scratch(ref t_depthwise, (long)hidden * dPixels);
        float* x = (float*)a.Input + (long)n * e.InChannels * plane + (long)e0 * w;
        PointwiseConv.Forward(block.Isa, x, plane, (float*)a.ExpandPanels, (float*)a.ExpandBias, null, pe, ePixels,
            e.InChannels, hidden, ePixels, 0, ePixels, c1.Min, c1.Max);
        float* b2 = (float*)a.DepthwiseBias;
        for (int c = 0; c < hidden; c++)
            DepthwiseConv.Plane(dims, pe + (long)c * ePixels, (float*)a.DepthwiseWeights + c * taps, b2 == null ? 0f : b2[c],
                pd + (long)c * dPixels, c2.Min, c2.Max);
        long outAt = (long)n * p.OutChannels * outPlane + (long)y0 * d.OutWidth;
        PointwiseConv.Forward(block.Isa, pd, dPixels, (float*)a.ProjectPanels, (float*)a.ProjectBias,
            a.Residual == 0 ? null : (float*)a.Residual + outAt, (float*)a.Output + outAt, outPlane,
            hidden, p.OutChannels, dPixels, 0, dPixels, c3.Min, c3.Max);
    }
}
