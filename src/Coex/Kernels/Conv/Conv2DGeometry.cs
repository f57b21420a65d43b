namespace Coex.Kernels.Conv;

/// <summary>
/// Shape of a 2-D convolution over NCHW activations with OIHW weights ([OutChannels, InChannels/Groups, KernelH, KernelW]).
/// </summary>
public sealed record Conv2DGeometry
{
    public required int Batch { get; init; }
    public required int InChannels { get; init; }
    public required int Height { get; init; }
    public required int Width { get; init; }
    public required int OutChannels { get; init; }
    public required int KernelH { get; init; }
    public required int KernelW { get; init; }
    public int StrideH { get; init; } = 1;
    public int StrideW { get; init; } = 1;
    public int PadTop { get; init; }
    public int PadLeft { get; init; }
    public int PadBottom { get; init; }
    public int PadRight { get; init; }
    public int DilationH { get; init; } = 1;
    public int DilationW { get; init; } = 1;
    public int Groups { get; init; } = 1;

    public int OutHeight => (Height + PadTop + PadBottom - DilationH * (KernelH - 1) - 1) / StrideH + 1;
    public int OutWidth => (Width + PadLeft + PadRight - DilationW * (KernelW - 1) - 1) / StrideW + 1;
    public int InChannelsPerGroup => InChannels / Groups;
    public int OutChannelsPerGroup => OutChannels / Groups;
    /// <summary>Reduction length of one output: InChannels/Groups × KernelH × KernelW.</summary>
    public int PatchSize => InChannelsPerGroup * KernelH * KernelW;
    public long InputLength => (long)Batch * InChannels * Height * Width;
    public long OutputLength => (long)Batch * OutChannels * OutHeight * OutWidth;
    public long WeightLength => (long)OutChannels * PatchSize;
    /// <summary>Multiply-accumulates of one forward pass.</summary>
    public long Macs => OutputLength * PatchSize;
    /// <summary>One filter per channel: the case direct depthwise code handles.</summary>
    public bool IsDepthwise => Groups == InChannels && Groups == OutChannels && Groups > 1;
    /// <summary>1×1, stride 1, unpadded: the im2col matrix of each image is its input unchanged.</summary>
    public bool IsPointwise => KernelH == 1 && KernelW == 1 && StrideH == 1 && StrideW == 1
        && PadTop + PadLeft + PadBottom + PadRight == 0;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first inconsistent field.</summary>
    public void Validate()
    {
        Positive(Batch, nameof(Batch)); Positive(InChannels, nameof(InChannels)); Positive(Height, nameof(Height));
        Positive(Width, nameof(Width)); Positive(OutChannels, nameof(OutChannels)); Positive(KernelH, nameof(KernelH));
        Positive(KernelW, nameof(KernelW)); Positive(StrideH, nameof(StrideH)); Positive(StrideW, nameof(StrideW));
        Positive(DilationH, nameof(DilationH)); Positive(DilationW, nameof(DilationW)); Positive(Groups, nameof(Groups));
        if (PadTop < 0 || PadLeft < 0 || PadBottom < 0 || PadRight < 0)
            throw new ArgumentException($"Pads must be non-negative (top {PadTop}, left {PadLeft}, bottom {PadBottom}, right {PadRight}).");
        if (InChannels % Groups != 0 || OutChannels % Groups != 0)
            throw new ArgumentException($"Groups ({Groups}) must divide InChannels ({InChannels}) and OutChannels ({OutChannels}).");
        if (OutHeight <= 0 || OutWidth <= 0)
            throw new ArgumentException($"Kernel {KernelH}×{KernelW} (dilation {DilationH}×{DilationW}) does not fit the padded {Height}×{Width} input.");
        if (OutputLength > int.MaxValue || InputLength > int.MaxValue || (long)PatchSize * OutHeight * OutWidth > int.MaxValue)
            throw new ArgumentException("Convolution is too large for one call; split the batch.");
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0)
            throw new ArgumentException($"{name} must be positive, got {value}.", name);
    }
}
