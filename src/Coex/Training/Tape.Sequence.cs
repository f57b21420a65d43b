using Coex.Kernels.Elementwise;
using Coex.Tensors;

namespace Coex.Training;

public sealed partial class Tape
{
    /// <summary>
    /// Rows of a matrix by index: <c>y[r, :] = x[rows[r], :]</c> for x [N, D] (an embedding lookup when x is the table).
    /// Backward scatter-adds each output row's gradient into the row it came from.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, N).</exception>
    public Variable GatherRows(Variable x, ReadOnlySpan<int> rows)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Shape.Length != 2)
            throw new ArgumentException($"GatherRows needs x [N, D]; got {ShapeText(x.Shape)}.", nameof(x));
        int n = x.Shape[0], d = x.Shape[1];
        var index = rows.ToArray();
        var y = NewLike([index.Length, d]);
        var yd = y.AsSpan<float>();
        for (int r = 0; r < index.Length; r++)
        {
            if ((uint)index[r] >= (uint)n)
                throw new ArgumentOutOfRangeException(nameof(rows), index[r], $"Row index {r} is {index[r]}, outside [0, {n}).");
            x.Data.Slice(index[r] * d, d).CopyTo(yd.Slice(r * d, d));
        }
        var output = Output(y, x);
        Record(output, () =>
        {
            var dy = output.GradData;
            var dx = x.GradData;
            for (int r = 0; r < index.Length; r++)
                AddInto(dy.Slice(r * d, d), dx.Slice(index[r] * d, d));
        });
        return output;
    }

    /// <summary>Columns [start, start + length) of x [R, C] → [R, length]; backward adds into those columns.</summary>
    public Variable SliceColumns(Variable x, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Shape.Length != 2)
            throw new ArgumentException($"SliceColumns needs x [R, C]; got {ShapeText(x.Shape)}.", nameof(x));
        int rowCount = x.Shape[0], c = x.Shape[1];
        if (start < 0 || length <= 0 || start + length > c)
            throw new ArgumentOutOfRangeException(nameof(start), $"Columns [{start}, {start + length}) are not inside [0, {c}).");
        var y = NewLike([rowCount, length]);
        var yd = y.AsSpan<float>();
        for (int r = 0; r < rowCount; r++)
            x.Data.Slice(r * c + start, length).CopyTo(yd.Slice(r * length, length));
        var output = Output(y, x);
        Record(output, () =>
        {
            var dy = output.GradData;
            var dx = x.GradData;
            for (int r = 0; r < rowCount; r++)
                AddInto(dy.Slice(r * length, length), dx.Slice(r * c + start, length));
        });
        return output;
    }

    /// <summary>
    /// Multi-head scaled dot-product attention over q [B, Tq, D], k and v [B, Tk, D] with D = heads·dₕ: per batch item and head,
    /// <c>out = softmax(q·kᵀ/√dₕ + mask)·v</c>, heads concatenated back to [B, Tq, D]. The mask hides keys at positions ≥
    /// <paramref name="keyLengths"/>[b] (null: none hidden) and, when <paramref name="causal"/>, keys after the query's position
    /// (query t sees keys ≤ t + Tk − Tq, so a query block at the end of a longer key sequence lines up with it).
    /// </summary>
    /// <remarks>
    /// Backward with P the saved probabilities: <c>dv = Pᵀ·dout</c>, <c>dP = dout·vᵀ</c>, <c>dS = P ⊙ (dP − rowsum(dP ⊙ P))</c>,
    /// <c>dq = dS·k/√dₕ</c>, <c>dk = dSᵀ·q/√dₕ</c>.
    /// </remarks>
    public Variable Attention(Variable q, Variable k, Variable v, int heads, ReadOnlySpan<int> keyLengths = default, bool causal = false)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(v);
        if (q.Shape.Length != 3 || k.Shape.Length != 3 || !k.Shape.SequenceEqual(v.Shape) || q.Shape[0] != k.Shape[0] || q.Shape[2] != k.Shape[2])
            throw new ArgumentException($"Attention needs q [B, Tq, D] and k, v [B, Tk, D]; got q {ShapeText(q.Shape)}, k {ShapeText(k.Shape)}, v {ShapeText(v.Shape)}.");
        int batch = q.Shape[0], tq = q.Shape[1], tk = k.Shape[1], dim = q.Shape[2];
        if (heads <= 0 || dim % heads != 0)
            throw new ArgumentException($"Attention: {heads} heads must divide the model width {dim}.", nameof(heads));
        if (!keyLengths.IsEmpty && keyLengths.Length != batch)
            throw new ArgumentException($"Attention: {keyLengths.Length} key lengths for a batch of {batch}.", nameof(keyLengths));
        var lengths = new int[batch];
        for (int b = 0; b < batch; b++)
        {
            lengths[b] = keyLengths.IsEmpty ? tk : keyLengths[b];
            if (lengths[b] <= 0 || lengths[b] > tk)
                throw new ArgumentOutOfRangeException(nameof(keyLengths), lengths[b], $"Key length of item {b} must be in [1, {tk}].");
        }
        int dh = dim / heads;
        float scale = 1f / MathF.Sqrt(dh);
        var probs = new float[batch * heads * tq * tk];
        var y = NewLike([batch, tq, dim]);
        var yd = y.AsSpan<float>();
        var qd = q.Data;
        var kd = k.Data;
        var vd = v.Data;
        for (int b = 0; b < batch; b++)
            for (int h = 0; h < heads; h++)
                for (int t = 0; t < tq; t++)
                {
                    var p = probs.AsSpan(((b * heads + h) * tq + t) * tk, tk);
                    int visible = Visible(lengths[b], t, tq, tk, causal);
                    var qt = qd.Slice((b * tq + t) * dim + h * dh, dh);
                    float max = float.NegativeInfinity;
                    for (int s = 0; s < visible; s++)
                    {
                        p[s] = DotProduct.Dot(qt, kd.Slice((b * tk + s) * dim + h * dh, dh)) * scale;
                        max = MathF.Max(max, p[s]);
                    }
                    float sum = 0f;
                    for (int s = 0; s < visible; s++)
                        sum += p[s] = MathF.Exp(p[s] - max);
                    var o = yd.Slice((b * tq + t) * dim + h * dh, dh);
                    for (int s = 0; s < visible; s++)
                    {
                        p[s] /= sum;
                        AxpyInto(p[s], vd.Slice((b * tk + s) * dim + h * dh, dh), o);
                    }
                }
        var output = Output(y, q, k, v);
        Record(output, () =>
        {
            var dout = output.GradData;
            var qd = q.Data;
            var kd = k.Data;
            var vd = v.Data;
            var dq = q.RequiresGrad ? q.GradData : [];
            var dk = k.RequiresGrad ? k.GradData : [];
            var dv = v.RequiresGrad ? v.GradData : [];
            var ds = new float[tk];
            for (int b = 0; b < batch; b++)
                for (int h = 0; h < heads; h++)
                    for (int t = 0; t < tq; t++)
                    {
                        var p = probs.AsSpan(((b * heads + h) * tq + t) * tk, tk);
                        int visible = Visible(lengths[b], t, tq, tk, causal);
                        var dot = dout.Slice((b * tq + t) * dim + h * dh, dh);
                        float weighted = 0f;
                        for (int s = 0; s < visible; s++)
                        {
                            ds[s] = DotProduct.Dot(dot, vd.Slice((b * tk + s) * dim + h * dh, dh));
                            weighted += ds[s] * p[s];
                            if (!dv.IsEmpty)
                                AxpyInto(p[s], dot, dv.Slice((b * tk + s) * dim + h * dh, dh));
                        }
                        for (int s = 0; s < visible; s++)
                        {
                            float g = p[s] * (ds[s] - weighted) * scale;
                            if (!dq.IsEmpty)
                                AxpyInto(g, kd.Slice((b * tk + s) * dim + h * dh, dh), dq.Slice((b * tq + t) * dim + h * dh, dh));
                            if (!dk.IsEmpty)
                                AxpyInto(g, qd.Slice((b * tq + t) * dim + h * dh, dh), dk.Slice((b * tk + s) * dim + h * dh, dh));
                        }
                    }
        });
        return output;
    }

    /// <summary>How many leading keys query t may see.</summary>
    private static int Visible(int length, int t, int tq, int tk, bool causal) =>
        causal ? Math.Min(length, t + tk - tq + 1) : length;

    /// <summary><c>destination += a·x</c>.</summary>
    private static void AxpyInto(float a, ReadOnlySpan<float> x, Span<float> destination)
    {
        for (int i = 0; i < destination.Length; i++)
            destination[i] = MathF.FusedMultiplyAdd(a, x[i], destination[i]);
    }
}
