using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>One batch for the monitor and the release gate: the model input and, when known, one class label per row.</summary>
public sealed record LabeledBatch(Tensor Input, int[]? Labels = null)
{
    /// <summary>Rows in the batch (the first dimension of <see cref="Input"/>).</summary>
    public int Count => Input.Rank == 0 ? 1 : Input.Shape[0];
}
