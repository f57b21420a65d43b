using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>Settings of <see cref="NumericDebugger.Run"/>.</summary>
public sealed record NumericDebugOptions
{
    /// <summary>
    /// A layer "jumps" when its SQNR is more than this many dB below its worst input layer's SQNR
    /// (see <see cref="NumericDebugReport.FirstJump"/>). 10 dB is ten times the noise power.
    /// </summary>
    public double JumpDb { get; init; } = 10;

    /// <summary>Kernel threads for both models (0 = all cores).</summary>
    public int Threads { get; init; }
}

/// <summary>How far one layer of the quantized model is from the float model, over every sample run.</summary>
/// <param name="Name">Layer (node) name.</param>
/// <param name="OpType">The float node's op type, or "Input" for a quantized graph input.</param>
/// <param name="Value">The float model's value name of the layer output.</param>
/// <param name="SqnrDb">10·log10(Σ r² / Σ (r − q)²) over all elements of all samples (+∞ when identical).</param>
/// <param name="MaxAbsError">max |r − q|.</param>
/// <param name="MeanAbsError">mean |r − q|.</param>
/// <param name="SaturationFraction">Share of the quantizer's inputs it clips: more than half a step outside its representable
/// range [s(qmin − z), s(qmax − z)]; null when the layer's output is not quantized.</param>
/// <param name="RangeLow">The quantizer's lowest representable value (channel minimum when per-axis), or null.</param>
/// <param name="RangeHigh">The quantizer's highest representable value (channel maximum when per-axis), or null.</param>
/// <param name="ReferenceMin">Smallest value of the float model's layer output.</param>
/// <param name="ReferenceMax">Largest value of the float model's layer output.</param>
/// <param name="DropDb">How many dB this layer's SQNR is below its worst input layer's (see <see cref="NumericDebugReport.FirstJump"/>).</param>
/// <param name="Jump">True when <paramref name="DropDb"/> exceeds the jump threshold.</param>
public sealed record LayerError(string Name, string OpType, string Value, double SqnrDb, double MaxAbsError, double MeanAbsError,
    double? SaturationFraction, float? RangeLow, float? RangeHigh, float ReferenceMin, float ReferenceMax, double DropDb, bool Jump);

/// <summary>What <see cref="NumericDebugger.Run"/> found: per layer error in the float model's order.</summary>
public sealed record NumericDebugReport(IReadOnlyList<LayerError> Layers, int Samples, double JumpDb, double MedianSqnrDb,
    double? Top1Agreement, IReadOnlyList<string> UnmatchedNodes)
{
    /// <summary>
    /// The layer where error first jumps: the first layer, in graph order, whose SQNR is more than <see cref="JumpDb"/>
    /// below the lowest SQNR among the layers it reads (a layer reading only graph inputs compares with the median SQNR
    /// of all non-input layers instead, because a quantized input is nearly exact and every first layer would jump).
    /// Comparing with the inputs blames the layer that adds the error, not the ones that inherit it. A layer reading an
    /// exact (+∞ dB) layer jumps as soon as it has any error: that is where error first appears. Null when no layer jumps.
    /// </summary>
    public LayerError? FirstJump => Layers.FirstOrDefault(l => l.Jump);

    /// <summary>The layer with the lowest SQNR, or null when there are no layers.</summary>
    public LayerError? Worst => Layers.Where(l => !double.IsNaN(l.SqnrDb)).MinBy(l => l.SqnrDb);
}

/// <summary>
/// The numeric debugger: runs a float model and its quantized (QDQ) version on the same inputs, captures every
/// matched layer's output in both, and reports per layer the SQNR, the largest and mean absolute error, the share of
/// values the quantizer clipped, and the layer where error first jumps.
/// </summary>
/// <remarks>
/// Layers are paired by <see cref="LayerMatcher"/>. The quantized side of a layer is what its consumers read, so
/// the error includes the quantization of that output as well as everything upstream. Saturation is measured on
/// the quantized model's own values entering the QuantizeLinear (what actually gets clipped). Statistics stream
/// batch by batch; nothing is kept per sample.
/// </remarks>
public static class NumericDebugger
{
    /// <summary>Compares the two models on <paramref name="batches"/> (inputs of the models' one input).</summary>
    /// <param name="progress">Called with the number of samples done after each batch.</param>
    /// <exception cref="ArgumentException">No layer matches, the models do not have one input each, or no batch was given.</exception>
    public static NumericDebugReport Run(Graph reference, Graph quantized, IEnumerable<Tensor> batches, NumericDebugOptions? options = null, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(quantized);
        ArgumentNullException.ThrowIfNull(batches);
        options ??= new NumericDebugOptions();
        var (layers, unmatched) = LayerMatcher.Match(reference, quantized);
        if (layers.Count == 0)
            throw new ArgumentException("No layer of the quantized model matches a layer of the float model (by output name, node name or op type order).", nameof(quantized));
        var refCapture = new ActivationCapture(reference, layers.Select(l => l.Reference), options.Threads);
        var qCapture = new ActivationCapture(quantized, layers.Select(l => l.Quantized).Concat(layers.Where(l => l.Quantizer is not null).Select(l => l.Quantizer!.Source)), options.Threads);

        var errors = layers.Select(_ => new ErrorStatistics()).ToArray();
        var saturated = new long[layers.Count];
        var quantizedCount = new long[layers.Count];
        var min = Enumerable.Repeat(float.PositiveInfinity, layers.Count).ToArray();
        var max = Enumerable.Repeat(float.NegativeInfinity, layers.Count).ToArray();
        long agree = 0, compared = 0;
        int samples = 0;
        foreach (var batch in batches)
        {
            ArgumentNullException.ThrowIfNull(batch, nameof(batches));
            var r = refCapture.Run(batch);
            var q = qCapture.Run(batch);
            for (int i = 0; i < layers.Count; i++)
            {
                var layer = layers[i];
                var rt = AsF32(r[layer.Reference.Name], layer.Name);
                var qt = AsF32(q[layer.Quantized.Name], layer.Name);
                if (rt.Length != qt.Length)
                    throw new InvalidOperationException($"Layer '{layer.Name}': the float output has shape [{string.Join(", ", rt.Shape.ToArray())}] but the quantized one [{string.Join(", ", qt.Shape.ToArray())}].");
                var rs = rt.AsSpan<float>();
                errors[i].Add(rs, qt.AsSpan<float>());
                foreach (float v in rs)
                {
                    if (v < min[i]) min[i] = v;
                    if (v > max[i]) max[i] = v;
                }
                if (layer.Quantizer is { } pair)
                {
                    var source = AsF32(q[pair.Source.Name], layer.Name);
                    saturated[i] += CountOutside(source, pair);
                    quantizedCount[i] += source.Length;
                }
            }
            if (refCapture.OutputNames.Count > 0 && r[refCapture.OutputNames[0]] is { Rank: 2 } logitsR && q.TryGetValue(qCapture.OutputNames[0], out var logitsQ) && logitsQ.Rank == 2)
            {
                var (a, n) = Top1Agreement(AsF32(logitsR, "output"), AsF32(logitsQ, "output"));
                agree += a;
                compared += n;
            }
            samples += batch.Rank > 0 ? batch.Shape[0] : 1;
            progress?.Invoke(samples);
        }
        if (samples == 0)
            throw new ArgumentException("No input batch was given.", nameof(batches));

        var sqnr = errors.Select(e => e.SqnrDb).ToArray();
        var finiteOrInfinite = sqnr.Where((s, i) => !double.IsNaN(s) && layers[i].OpType != "Input").Order().ToArray();
        double median = finiteOrInfinite.Length == 0 ? double.NaN : finiteOrInfinite.Length % 2 == 1
            ? finiteOrInfinite[finiteOrInfinite.Length / 2]
            : Mean(finiteOrInfinite[finiteOrInfinite.Length / 2 - 1], finiteOrInfinite[finiteOrInfinite.Length / 2]);
        var results = new List<LayerError>();
        for (int i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            // Quantizing the graph input is nearly exact (pixels are 8-bit already), so the first layers compare with the median instead.
            var predecessors = layer.Predecessors.Where(p => layers[p].OpType != "Input").ToList();
            double baseline = predecessors.Count == 0 ? median : predecessors.Min(p => sqnr[p]);
            double drop = double.IsPositiveInfinity(baseline) && double.IsPositiveInfinity(sqnr[i]) ? 0 : baseline - sqnr[i];
            var pair = layer.Quantizer;
            results.Add(new LayerError(layer.Name, layer.OpType, layer.Reference.Name, sqnr[i], errors[i].MaxAbsError, errors[i].MeanAbsError,
                pair is null ? null : quantizedCount[i] == 0 ? 0 : (double)saturated[i] / quantizedCount[i],
                pair is null ? null : Enumerable.Range(0, pair.Scale.Length).Min(c => pair.Low(c)),
                pair is null ? null : Enumerable.Range(0, pair.Scale.Length).Max(c => pair.High(c)),
                min[i], max[i], drop, drop > options.JumpDb));
        }
        return new NumericDebugReport(results, samples, options.JumpDb, median, compared == 0 ? null : (double)agree / compared,
            [.. unmatched.Select(n => n.Describe())]);
    }

    /// <summary>
    /// How many elements of <paramref name="x"/> the quantizer <paramref name="pair"/> clips (per channel when per-axis):
    /// those beyond half a step outside its representable range, where round(x / s) + z leaves [qmin, qmax]. A value
    /// within half a step of the edge rounds to the edge level anyway and is not counted.
    /// </summary>
    public static long CountOutside(Tensor x, QdqLink pair)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(pair);
        var xs = x.AsSpan<float>();
        long count = 0;
        if (pair.PerTensor)
        {
            float lo = pair.Low() - pair.Scale[0] / 2, hi = pair.High() + pair.Scale[0] / 2;
            foreach (float v in xs)
                if (v < lo || v > hi)
                    count++;
            return count;
        }
        int axis = pair.Axis < 0 ? pair.Axis + x.Rank : pair.Axis;
        if ((uint)axis >= (uint)x.Rank || x.Shape[axis] != pair.Scale.Length)
            throw new ArgumentException($"A per-axis quantizer with {pair.Scale.Length} scales on axis {pair.Axis} does not fit {x}.", nameof(x));
        int inner = 1;
        for (int d = axis + 1; d < x.Rank; d++)
            inner *= x.Shape[d];
        int dim = x.Shape[axis];
        for (int k = 0; k < xs.Length; k++)
        {
            int c = k / inner % dim;
            if (xs[k] < pair.Low(c) - pair.Scale[c] / 2 || xs[k] > pair.High(c) + pair.Scale[c] / 2)
                count++;
        }
        return count;
    }

    private static (long Agree, long Rows) Top1Agreement(Tensor a, Tensor b)
    {
        if (a.Length != b.Length || a.Shape[1] == 0)
            return (0, 0);
        int rows = a.Shape[0], cols = a.Shape[1];
        var xa = a.AsSpan<float>();
        var xb = b.AsSpan<float>();
        long agree = 0;
        for (int r = 0; r < rows; r++)
            if (ArgMax(xa.Slice(r * cols, cols)) == ArgMax(xb.Slice(r * cols, cols)))
                agree++;
        return (agree, rows);
    }

    internal static int ArgMax(ReadOnlySpan<float> x)
    {
        int best = 0;
        for (int i = 1; i < x.Length; i++)
            if (x[i] > x[best])
                best = i;
        return best;
    }

    private static Tensor AsF32(Tensor t, string layer) => t.DType == DType.F32 ? t
        : throw new InvalidOperationException($"Layer '{layer}' holds {t.DType}; the debugger compares float values.");

    private static double Mean(double a, double b) => double.IsPositiveInfinity(a) || double.IsPositiveInfinity(b) ? Math.Max(a, b) : (a + b) / 2;
}
