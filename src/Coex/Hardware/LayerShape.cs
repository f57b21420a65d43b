namespace Coex.Hardware;

/// <summary>What a layer asks of an accelerator.</summary>
public enum LayerKind
{
    /// <summary>A matrix product (Gemm, MatMul, fully connected).</summary>
    Gemm,
    /// <summary>A 2-D convolution, seen by the array as its im2col GEMM (one per group).</summary>
    Conv,
    /// <summary>Rows gathered from an embedding table (and optionally summed into bags): memory only, no MACs.</summary>
    Embedding,
}

/// <summary>
/// The operand dimensions an accelerator works on: <see cref="Groups"/> independent GEMMs, each
/// <c>Out[M×N] = In[M×K] · W[K×N]</c>. A convolution becomes its im2col view (M = batch × output pixels,
/// K = C/groups·KH·KW, N = OC/groups), one GEMM per group, the way SCALE-Sim runs a depthwise layer as one layer
/// per channel. The convolution geometry is kept beside the GEMM view because tiled FPGA engines loop over it.
/// </summary>
/// <remarks>Built only by the factories (<see cref="Gemm"/>, <see cref="Conv"/>, <see cref="ScaleSimConv"/>,
/// <see cref="Embedding"/>), so the GEMM view and the geometry always agree.</remarks>
public sealed record LayerShape
{
    private LayerShape() { }

    public string Name { get; private init; } = "";
    public LayerKind Kind { get; private init; }

    /// <summary>Output rows of one group's GEMM: batch × output pixels for a convolution; lookups for an embedding.</summary>
    public int M { get; private init; }
    /// <summary>Output columns of one group's GEMM: output channels per group; the row width for an embedding.</summary>
    public int N { get; private init; }
    /// <summary>Reduction length: input channels per group × KH × KW (1 for an embedding).</summary>
    public int K { get; private init; }
    /// <summary>Independent GEMMs (convolution groups); every per-group quantity below repeats this many times.</summary>
    public int Groups { get; private init; } = 1;

    /// <summary>Distinct input elements one group reads from memory: the ifmap slice for a convolution (the im2col
    /// duplicates are re-reads of the same elements), M·K for a GEMM, 0 for an embedding (indices are not counted).</summary>
    public long InputElements { get; private init; }
    /// <summary>Weight elements one group reads: K·N, or the gathered table rows (M·N) for an embedding.</summary>
    public long WeightElements { get; private init; }
    /// <summary>Output elements one group writes: M·N, or bags × N for an embedding.</summary>
    public long OutputElements { get; private init; }

    // Convolution geometry per group; a GEMM is the 1×1 convolution over an M×1 "image" with K channels.
    public int Batch { get; private init; } = 1;
    public int InChannels { get; private init; }
    public int OutHeight { get; private init; }
    public int OutWidth { get; private init; }
    public int KernelH { get; private init; } = 1;
    public int KernelW { get; private init; } = 1;
    public int StrideH { get; private init; } = 1;
    public int StrideW { get; private init; } = 1;

    /// <summary>Multiply-accumulates of the whole layer: Groups · M · N · K (0 for an embedding).</summary>
    public long Macs => Kind == LayerKind.Embedding ? 0 : (long)Groups * M * N * K;

    /// <summary>A plain GEMM <c>[m×k]·[k×n]</c>; SCALE-Sim's GEMM topology row (M, N, K) maps to the same view.</summary>
    public static LayerShape Gemm(string name, int m, int n, int k)
    {
        Positive(m, nameof(m)); Positive(n, nameof(n)); Positive(k, nameof(k));
        CheckMacs(1, m, n, k);
        return new LayerShape
        {
            Name = name ?? "", Kind = LayerKind.Gemm, M = m, N = n, K = k,
            InputElements = (long)m * k, WeightElements = (long)k * n, OutputElements = (long)m * n,
            InChannels = k, OutHeight = m, OutWidth = 1,
        };
    }

    /// <summary>
    /// The im2col view of an NCHW convolution with symmetric padding, output size by the ONNX floor rule
    /// <c>(H + 2·pad − dil·(KH−1) − 1) / stride + 1</c>. Throws <see cref="ArgumentException"/> naming the offending
    /// value when a size is non-positive, groups do not divide the channels, or the kernel does not fit.
    /// </summary>
    public static LayerShape Conv(string name, int batch, int channels, int height, int width, int outChannels,
        int kernelH, int kernelW, int strideH = 1, int strideW = 1, int padH = 0, int padW = 0, int groups = 1,
        int dilationH = 1, int dilationW = 1)
    {
        Positive(batch, nameof(batch)); Positive(channels, nameof(channels)); Positive(height, nameof(height));
        Positive(width, nameof(width)); Positive(outChannels, nameof(outChannels)); Positive(kernelH, nameof(kernelH));
        Positive(kernelW, nameof(kernelW)); Positive(strideH, nameof(strideH)); Positive(strideW, nameof(strideW));
        Positive(groups, nameof(groups)); Positive(dilationH, nameof(dilationH)); Positive(dilationW, nameof(dilationW));
        if (padH < 0 || padW < 0)
            throw new ArgumentException($"Pads must be non-negative, got padH {padH}, padW {padW}.", padH < 0 ? nameof(padH) : nameof(padW));
        if (channels % groups != 0 || outChannels % groups != 0)
            throw new ArgumentException(
                $"Groups ({groups}) must divide channels ({channels}) and outChannels ({outChannels}).", nameof(groups));
        long outH = (height + 2L * padH - (long)dilationH * (kernelH - 1) - 1) / strideH + 1;
        long outW = (width + 2L * padW - (long)dilationW * (kernelW - 1) - 1) / strideW + 1;
        if (height + 2L * padH < (long)dilationH * (kernelH - 1) + 1 || width + 2L * padW < (long)dilationW * (kernelW - 1) + 1)
            throw new ArgumentException(
                $"Kernel {kernelH}×{kernelW} (dilation {dilationH}×{dilationW}) does not fit the padded {height}×{width} input (pads {padH}, {padW}).",
                nameof(kernelH));
        return FromGeometry(name, LayerKind.Conv, batch, channels / groups, outChannels / groups, outH, outW,
            kernelH, kernelW, strideH, strideW, groups, (long)batch * (channels / groups) * height * width);
    }

    /// <summary>
    /// A convolution as one SCALE-Sim v2 topology row (IFMAP H, W, filter H, W, channels, filters, strides): the
    /// ifmap is taken as already padded and the output size follows SCALE-Sim's
    /// <c>⌈(H − FH + S) / S⌉</c> (topology_utils.py), which keeps a partial last window where ONNX floors it.
    /// Use it to compare cycle counts with SCALE-Sim on the same layers.
    /// </summary>
    public static LayerShape ScaleSimConv(string name, int ifmapH, int ifmapW, int filterH, int filterW, int channels,
        int filters, int strideH = 1, int strideW = 1)
    {
        Positive(ifmapH, nameof(ifmapH)); Positive(ifmapW, nameof(ifmapW)); Positive(filterH, nameof(filterH));
        Positive(filterW, nameof(filterW)); Positive(channels, nameof(channels)); Positive(filters, nameof(filters));
        Positive(strideH, nameof(strideH)); Positive(strideW, nameof(strideW));
        if (filterH > ifmapH || filterW > ifmapW)
            throw new ArgumentException($"Filter {filterH}×{filterW} is larger than the ifmap {ifmapH}×{ifmapW}.", nameof(filterH));
        long outH = (ifmapH - filterH + strideH + strideH - 1) / strideH;
        long outW = (ifmapW - filterW + strideW + strideW - 1) / strideW;
        return FromGeometry(name, LayerKind.Conv, 1, channels, filters, outH, outW, filterH, filterW, strideH, strideW, 1,
            (long)channels * ifmapH * ifmapW);
    }

    /// <summary>
    /// An embedding lookup: <paramref name="rowsGathered"/> table rows of <paramref name="dim"/> elements read
    /// (at the weight width: tables are weights) and summed into <paramref name="bags"/> output rows (at the
    /// activation width). It has no MACs; on an accelerator it is pure memory traffic.
    /// </summary>
    public static LayerShape Embedding(string name, int rowsGathered, int dim, int bags)
    {
        Positive(rowsGathered, nameof(rowsGathered)); Positive(dim, nameof(dim)); Positive(bags, nameof(bags));
        if (bags > rowsGathered)
            throw new ArgumentException($"bags ({bags}) cannot exceed rowsGathered ({rowsGathered}): every bag pools at least one row.", nameof(bags));
        return new LayerShape
        {
            Name = name ?? "", Kind = LayerKind.Embedding, M = rowsGathered, N = dim, K = 1,
            InputElements = 0, WeightElements = (long)rowsGathered * dim, OutputElements = (long)bags * dim,
            InChannels = 1, OutHeight = rowsGathered, OutWidth = 1,
        };
    }

    private static LayerShape FromGeometry(string name, LayerKind kind, int batch, int inPerGroup, int outPerGroup,
        long outH, long outW, int kernelH, int kernelW, int strideH, int strideW, int groups, long inputElements)
    {
        long m = batch * outH * outW;
        long k = (long)inPerGroup * kernelH * kernelW;
        if (m > int.MaxValue || k > int.MaxValue)
            throw new ArgumentException($"GEMM view M={m}, K={k} exceeds {int.MaxValue}; split the batch.", nameof(batch));
        CheckMacs(groups, m, outPerGroup, k);
        return new LayerShape
        {
            Name = name ?? "", Kind = kind, M = (int)m, N = outPerGroup, K = (int)k, Groups = groups,
            InputElements = inputElements, WeightElements = k * outPerGroup, OutputElements = m * outPerGroup,
            Batch = batch, InChannels = inPerGroup, OutHeight = (int)outH, OutWidth = (int)outW,
            KernelH = kernelH, KernelW = kernelW, StrideH = strideH, StrideW = strideW,
        };
    }

    /// <summary>Cost models multiply MACs by cycles, bits and picojoules in 64-bit integers and doubles; 2^60 MACs
    /// (a million times the largest published networks) leaves them headroom.</summary>
    private const double MaxMacs = 1L << 60;

    private static void CheckMacs(long groups, long m, long n, long k)
    {
        double macs = (double)groups * m * n * k;
        if (macs > MaxMacs)
            throw new ArgumentException($"Layer of {groups}×{m}×{n}×{k} = {macs:G3} MACs exceeds the models' range (2^60).");
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive, got {value}.");
    }
}
