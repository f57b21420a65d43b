using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>NonMaxSuppression and Unique: data-dependent output sizes, direct loops from the ONNX definitions.</summary>
internal static class DetectionOps
{
    public static void Register(RegisterOperator add)
    {
        int last = OperatorRegistry.LatestOpset;
        add("NonMaxSuppression", 10, last, c =>
        {
            bool centerBox = c.Int("center_point_box", 0) != 0;
            return (ctx, i, o) => o[0] = Nms(i[0]!, i[1]!,
                i.Length > 2 && i[2] is { Length: > 0 } m ? GetLong(m, 0) : 0,
                i.Length > 3 && i[3] is { Length: > 0 } iou ? Get(iou, 0) : 0,
                i.Length > 4 && i[4] is { Length: > 0 } st ? Get(st, 0) : double.NegativeInfinity, centerBox);
        });
        add("Unique", 11, last, c =>
        {
            bool sorted = c.Int("sorted", 1) != 0;
            long? axis = c.HasAttribute("axis") ? c.Int("axis", 0) : null;
            return (ctx, i, o) => Unique(ctx, i[0]!, axis, sorted, o);
        });
    }

    /// <summary>
    /// Per batch and class: boxes by descending score (ties by index), kept when the score exceeds the threshold and
    /// the IoU with every kept box is at most iou_threshold, up to max_output_boxes_per_class. Output rows are
    /// (batch, class, box) in selection order.
    /// </summary>
    private static Tensor Nms(Tensor boxes, Tensor scores, long maxPerClass, double iouThreshold, double scoreThreshold, bool centerBox)
    {
        int batches = scores.Shape[0], classes = scores.Shape[1], count = scores.Shape[2];
        var b = boxes.AsSpan<float>().ToArray();
        var s = scores.AsSpan<float>().ToArray();
        var selected = new List<long>();
        (double Y1, double X1, double Y2, double X2) Corners(int batch, int k)
        {
            int at = (batch * count + k) * 4;
            if (centerBox)
            {
                double cx = b[at], cy = b[at + 1], w = b[at + 2], h = b[at + 3];
                return (cy - h / 2, cx - w / 2, cy + h / 2, cx + w / 2);
            }
            // Corners may come in either order.
            return (Math.Min(b[at], b[at + 2]), Math.Min(b[at + 1], b[at + 3]), Math.Max(b[at], b[at + 2]), Math.Max(b[at + 1], b[at + 3]));
        }
        double Iou(int batch, int p, int q)
        {
            var (a1, a2, a3, a4) = Corners(batch, p);
            var (b1, b2, b3, b4) = Corners(batch, q);
            double ih = Math.Max(0, Math.Min(a3, b3) - Math.Max(a1, b1)), iw = Math.Max(0, Math.Min(a4, b4) - Math.Max(a2, b2));
            double inter = ih * iw, union = (a3 - a1) * (a4 - a2) + (b3 - b1) * (b4 - b2) - inter;
            return union <= 0 ? 0 : inter / union;
        }
        for (int batch = 0; batch < batches; batch++)
            for (int cls = 0; cls < classes; cls++)
            {
                int row = (batch * classes + cls) * count;
                var order = Enumerable.Range(0, count).Where(k => s[row + k] > scoreThreshold)
                    .OrderByDescending(k => s[row + k]).ThenBy(k => k).ToList();
                var kept = new List<int>();
                foreach (int k in order)
                {
                    if (kept.Count >= maxPerClass)
                        break;
                    if (kept.All(p => Iou(batch, p, k) <= iouThreshold))
                        kept.Add(k);
                }
                foreach (int k in kept)
                    selected.AddRange([batch, cls, k]);
            }
        return Tensor.FromSpan<long>([.. selected], selected.Count / 3, 3);
    }

    /// <summary>
    /// Unique elements (or slices along <paramref name="axisAttr"/>): Y, the first-occurrence index of each, the index in Y of
    /// every input element/slice, and the counts. Sorted ascending (slices lexicographically) or in first-occurrence order.
    /// </summary>
    private static void Unique(RunContext c, Tensor x, long? axisAttr, bool sorted, Tensor?[] outputs)
    {
        var shape = ShapeOf(x);
        int axis = axisAttr is null ? 0 : Axis(axisAttr.Value, x.Rank);
        var flat = axisAttr is null ? x.Reshape((int)x.Length) : x;
        int dim = axisAttr is null ? (int)x.Length : shape[axis];
        int outer = axisAttr is null ? 1 : Count(shape.AsSpan(0, axis)), inner = axisAttr is null ? 1 : Count(shape.AsSpan(axis + 1));
        double[] Slice(int k)
        {
            var v = new double[outer * inner];
            for (int o = 0; o < outer; o++)
                for (int i = 0; i < inner; i++)
                    v[o * inner + i] = Get(flat, (o * dim + k) * inner + i);
            return v;
        }
        var slices = Enumerable.Range(0, dim).Select(Slice).ToArray();
        int Compare(double[] p, double[] q)
        {
            for (int k = 0; k < p.Length; k++)
                if (p[k] != q[k]) return p[k].CompareTo(q[k]);
            return 0;
        }
        var firsts = new List<int>();
        var inverseOfSlice = new int[dim];
        for (int k = 0; k < dim; k++)
        {
            int found = firsts.FindIndex(f => Compare(slices[f], slices[k]) == 0);
            if (found < 0) { found = firsts.Count; firsts.Add(k); }
            inverseOfSlice[k] = found;
        }
        var order = Enumerable.Range(0, firsts.Count).ToArray();
        if (sorted)
            Array.Sort(order, (p, q) => Compare(slices[firsts[p]], slices[firsts[q]]));
        var rank = new int[order.Length];
        for (int r = 0; r < order.Length; r++) rank[order[r]] = r;
        int unique = order.Length;
        var yShape = axisAttr is null ? [unique] : shape.Select((d, k) => k == axis ? unique : d).ToArray();
        var offsets = new int[Count(yShape)];
        for (int o = 0; o < outer; o++)
            for (int r = 0; r < unique; r++)
                for (int i = 0; i < inner; i++)
                    offsets[(o * unique + r) * inner + i] = (o * dim + firsts[order[r]]) * inner + i;
        var y = c.Allocate(x.DType, yShape);
        int size = ElementSize(x.DType);
        for (int k = 0; k < offsets.Length; k++)
            flat.Bytes.Slice(offsets[k] * size, size).CopyTo(y.Bytes.Slice(k * size, size));
        outputs[0] = y;
        if (outputs.Length > 1) outputs[1] = Tensor.FromSpan<long>([.. order.Select(r => (long)firsts[r])], unique);
        if (outputs.Length > 2) outputs[2] = Tensor.FromSpan<long>([.. inverseOfSlice.Select(u => (long)rank[u])], dim);
        if (outputs.Length > 3) outputs[3] = Tensor.FromSpan<long>([.. order.Select(r => (long)inverseOfSlice.Count(u => u == r))], unique);
    }
}
