using Coex.Graphs;
using Coex.Graphs.Passes;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>
/// Rewrites a float graph into a QDQ graph: every layer (Conv, Gemm, MatMul with constant weights) the
/// <see cref="QuantizationPlan"/> sets to int8 reads <c>DequantizeLinear(QuantizeLinear(x))</c> (or, dynamic,
/// <c>DequantizeLinear(DynamicQuantizeLinear(x))</c>) and <c>DequantizeLinear(w_s8)</c>; fp16/bf16 layers read
/// <c>Cast(w_16)</c>. The result is standard ONNX that ONNX Runtime runs; Coex's <see cref="QdqFusion"/> turns the
/// int8 patterns into its integer GEMM kernels.
/// </summary>
public static class Quantizer
{
    /// <summary>The opset per-channel DequantizeLinear (the axis attribute) needs.</summary>
    public const long MinOpset = 13;

    /// <summary>
    /// A copy of <paramref name="graph"/> ready to quantize: constants folded and BatchNorms folded into the convolutions
    /// before them (so the weights quantized are the ones that run), dead nodes removed, shapes inferred.
    /// </summary>
    public static Graph Prepare(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var g = graph.CopyForRewrite();
        new PassManager([new ConstantFolding(), new BatchNormFolding(), new DeadNodeRemoval()]).Run(g);
        ShapeInference.InferShapes(g);
        return g;
    }

    /// <summary>
    /// The layers of <paramref name="graph"/> the quantizer can rewrite, in graph order: Conv with constant F32 weights,
    /// Gemm with constant 2-D F32 B (no transA), MatMul with constant 2-D F32 B. A node without a name is named after
    /// its output.
    /// </summary>
    public static IReadOnlyList<QuantizableLayer> FindLayers(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var facts = new GraphFacts(graph);
        var layers = new List<QuantizableLayer>();
        foreach (var node in graph.Nodes)
        {
            if (!GraphFacts.IsOnnx(node) || node.Inputs.Count < 2 || node.Inputs[0] is null || node.Outputs.Count == 0 || node.Outputs[0] is null)
                continue;
            var w = facts.Constant(node.Inputs[1]);
            if (w is not { DType: DType.F32 })
                continue;
            int axis;
            switch (node.OpType)
            {
                case "Conv" when w.Rank is 3 or 4:
                    axis = 0;
                    break;
                case "Gemm" when w.Rank == 2 && (node.FindAttribute("transA")?.AsInt() ?? 0) == 0:
                    axis = (node.FindAttribute("transB")?.AsInt() ?? 0) != 0 ? 0 : 1;
                    break;
                case "MatMul" when w.Rank == 2:
                    axis = 1;
                    break;
                default:
                    continue;
            }
            layers.Add(new QuantizableLayer(LayerName(node), node, 1, axis, Macs(node, w)));
        }
        return layers;
    }

    /// <summary>
    /// True when Coex's int8 kernels run <paramref name="layer"/> once it is quantized (symmetric weights): every Gemm and
    /// MatMul, and Conv with one group. Grouped (e.g. depthwise) convolutions quantized to int8 still export and run, but
    /// in Coex through float QDQ, slower than fp32.
    /// </summary>
    public static bool HasInt8Kernel(QuantizableLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.OpType != "Conv" || (layer.Node.FindAttribute("group")?.AsInt() ?? 1) == 1;
    }

    /// <summary>A plan applying <paramref name="scheme"/> to every layer of <paramref name="graph"/>, except that int8 skips layers without an int8 kernel (<see cref="HasInt8Kernel"/>).</summary>
    public static QuantizationPlan UniformPlan(Graph graph, LayerScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var plan = new QuantizationPlan();
        foreach (var layer in FindLayers(graph))
            if (scheme.Precision != LayerPrecision.Int8 || HasInt8Kernel(layer))
                plan.Layers[layer.Name] = scheme;
        return plan;
    }

    /// <summary>The name a layer goes by in plans and reports.</summary>
    public static string LayerName(Node node) => node.Name.Length > 0 ? node.Name : $"{node.OpType}:{node.Outputs[0]?.Name}";

    /// <summary>
    /// Runs <paramref name="graph"/> (float) on the batches of <paramref name="data"/> (at most <paramref name="maxBatches"/>; 0: all)
    /// and observes the activation input of every layer in <paramref name="layers"/>.
    /// </summary>
    public static Calibration Calibrate(Graph graph, IEnumerable<QuantizableLayer> layers, ICalibrationDataReader data, int maxBatches = 0, int threads = 0, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(data);
        var watched = layers.Select(l => l.Node.Inputs[0]!).Distinct(ReferenceEqualityComparer.Instance).Cast<Value>().ToList();
        var probe = graph.CopyForRewrite();
        var inputs = new HashSet<Value>(probe.Inputs, ReferenceEqualityComparer.Instance);
        foreach (var v in watched)
            if (!inputs.Contains(v) && !probe.Outputs.Contains(v))
                probe.Outputs.Add(v);
        var session = new InferenceSession(probe, new SessionOptions { Threads = threads, OptimizationLevel = OptimizationLevel.None });
        string inputName = SingleInput(session);
        var calibration = new Calibration();
        foreach (var v in watched)
            calibration.Observers[v.Name] = new HistogramObserver();
        int batches = 0;
        foreach (var batch in data.Batches())
        {
            if (maxBatches > 0 && batches == maxBatches)
                break;
            var outputs = session.Run(new Dictionary<string, Tensor> { [inputName] = batch.Input }, [.. watched.Where(v => !inputs.Contains(v)).Select(v => v.Name)]);
            foreach (var v in watched)
            {
                var t = inputs.Contains(v) ? batch.Input : outputs[v.Name];
                calibration.Observers[v.Name].Observe(t.AsSpan<float>());
            }
            batches++;
            progress?.Invoke(batches);
        }
        if (batches == 0)
            throw new ArgumentException($"The calibration data ({data.Description}) yielded no batches.", nameof(data));
        calibration.Batches = batches;
        return calibration;
    }

    /// <summary>
    /// The QDQ graph of <paramref name="graph"/> under <paramref name="plan"/> (which names layers from <see cref="FindLayers"/>);
    /// static int8 layers take their activation ranges from <paramref name="calibration"/>. The input graph is not changed.
    /// </summary>
    /// <exception cref="ArgumentException">A static int8 layer's input was not calibrated, or the graph's opset is below <see cref="MinOpset"/>.</exception>
    public static Graph Quantize(Graph graph, QuantizationPlan plan, Calibration? calibration, double percentile = 99.99)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(plan);
        var copy = graph.CopyForRewrite();
        var layers = FindLayers(copy);
        if (layers.Any(l => plan[l.Name].Precision == LayerPrecision.Int8) && (copy.OpsetVersion("") ?? 0) < MinOpset)
            throw new ArgumentException($"int8 QDQ needs opset ≥ {MinOpset} (per-channel DequantizeLinear); the model imports opset {copy.OpsetVersion("")}.", nameof(graph));
        var facts = new GraphFacts(copy);
        var activationQdq = new Dictionary<(Value, string), Value>();
        foreach (var layer in layers)
        {
            var scheme = plan[layer.Name];
            if (scheme.Precision == LayerPrecision.Fp32)
                continue;
            var node = layer.Node;
            var w = facts.Constant(node.Inputs[layer.WeightIndex])!;
            string wName = node.Inputs[layer.WeightIndex]!.Name;
            var added = new List<Node>();
            if (scheme.Precision is LayerPrecision.Fp16 or LayerPrecision.Bf16)
            {
                bool half = scheme.Precision == LayerPrecision.Fp16;
                var w16 = copy.AddInitializer(BatchNormFolding.FreshName(copy, wName + (half ? "_fp16" : "_bf16")), half ? WeightQuantizer.ToFp16(w) : WeightQuantizer.ToBf16(w));
                var wf = NewValue(copy, wName + "_f32", DType.F32, [.. w.Shape]);
                var cast = new Node("Cast", [w16], [wf], name: BatchNormFolding.FreshName(copy, layer.Name + "_cast"));
                cast.Attributes.Add(NodeAttribute.Int("to", 1)); // TensorProto.FLOAT
                added.Add(cast);
                node.Inputs[layer.WeightIndex] = wf;
            }
            else
            {
                var x = node.Inputs[0]!;
                string key = scheme.Dynamic ? "dynamic" : scheme.Calibration.ToString();
                if (!activationQdq.TryGetValue((x, key), out var xdq))
                {
                    xdq = scheme.Dynamic ? DynamicQdq(copy, x, added) : StaticQdq(copy, x, ActivationParams(calibration, x, scheme, percentile), added);
                    activationQdq[(x, key)] = xdq;
                }
                var (wq, p) = WeightQuantizer.ToInt8(w, scheme.PerChannel ? layer.ChannelAxis : -1, scheme.SymmetricWeights, scheme.ReducedRange);
                var wqv = copy.AddInitializer(BatchNormFolding.FreshName(copy, wName + "_quantized"), wq);
                var ws = copy.AddInitializer(BatchNormFolding.FreshName(copy, wName + "_scale"), p.ScaleTensor());
                var wz = copy.AddInitializer(BatchNormFolding.FreshName(copy, wName + "_zero_point"), p.ZeroPointTensor());
                var wdq = NewValue(copy, wName + "_dequantized", DType.F32, [.. w.Shape]);
                var dq = new Node("DequantizeLinear", [wqv, ws, wz], [wdq], name: BatchNormFolding.FreshName(copy, wName + "_DequantizeLinear"));
                if (p.PerChannel)
                    dq.Attributes.Add(NodeAttribute.Int("axis", p.Axis));
                added.Add(dq);
                node.Inputs[0] = xdq;
                node.Inputs[layer.WeightIndex] = wdq;
            }
            copy.Nodes.InsertRange(copy.Nodes.IndexOf(node), added);
        }
        new DeadNodeRemoval().Run(copy);
        GraphValidator.Validate(copy);
        return copy;
    }

    /// <summary>The u8 activation parameters of a static int8 layer reading <paramref name="x"/>.</summary>
    public static QuantParams ActivationParams(Calibration? calibration, Value x, LayerScheme scheme, double percentile = 99.99)
    {
        if (calibration is null || !calibration.Observers.TryGetValue(x.Name, out var observer))
            throw new ArgumentException($"Activation '{x.Name}' was not calibrated; run Calibrate over the layers first (or use dynamic int8).", nameof(calibration));
        var (lo, hi) = observer.Range(scheme.Calibration, percentile);
        return QuantParams.FromRange(lo, hi, 0, 255, symmetric: false);
    }

    private static Value StaticQdq(Graph g, Value x, QuantParams p, List<Node> added)
    {
        var scale = g.AddInitializer(BatchNormFolding.FreshName(g, x.Name + "_scale"), p.ScaleTensor());
        var zero = g.AddInitializer(BatchNormFolding.FreshName(g, x.Name + "_zero_point"), p.ZeroPointTensor());
        var xq = NewValue(g, x.Name + "_quantized", DType.U8, x.Shape);
        var xdq = NewValue(g, x.Name + "_dequantized", DType.F32, x.Shape);
        added.Add(new Node("QuantizeLinear", [x, scale, zero], [xq], name: BatchNormFolding.FreshName(g, x.Name + "_QuantizeLinear")));
        added.Add(new Node("DequantizeLinear", [xq, scale, zero], [xdq], name: BatchNormFolding.FreshName(g, x.Name + "_DequantizeLinear")));
        return xdq;
    }

    private static Value DynamicQdq(Graph g, Value x, List<Node> added)
    {
        var xq = NewValue(g, x.Name + "_quantized", DType.U8, x.Shape);
        var scale = NewValue(g, x.Name + "_scale", DType.F32, Array.Empty<int>());
        var zero = NewValue(g, x.Name + "_zero_point", DType.U8, Array.Empty<int>());
        var xdq = NewValue(g, x.Name + "_dequantized", DType.F32, x.Shape);
        added.Add(new Node("DynamicQuantizeLinear", [x], [xq, scale, zero], name: BatchNormFolding.FreshName(g, x.Name + "_DynamicQuantizeLinear")));
        added.Add(new Node("DequantizeLinear", [xq, scale, zero], [xdq], name: BatchNormFolding.FreshName(g, x.Name + "_DequantizeLinear")));
        return xdq;
    }

    private static Value NewValue(Graph g, string name, DType dtype, IReadOnlyList<Dim>? shape)
    {
        // Names within one layer's additions differ by suffix, so FreshName (which sees only added nodes) cannot repeat one.
        return new Value(BatchNormFolding.FreshName(g, name), dtype, shape);
    }

    private static Value NewValue(Graph g, string name, DType dtype, int[] shape) => NewValue(g, name, dtype, shape.Select(Dim.Known).ToArray());

    private static string SingleInput(InferenceSession session) => session.InputNames.Count == 1
        ? session.InputNames[0]
        : throw new ArgumentException($"Calibration feeds one input; the model has {session.InputNames.Count}: {string.Join(", ", session.InputNames)}.");

    private static long Macs(Node node, Tensor w)
    {
        // Per sample: weight elements times output pixels for convolutions (when the output shape is known), else weight elements.
        long macs = w.Length;
        if (node.OpType == "Conv" && node.Outputs[0]?.Shape is { } s && s.Count >= 3)
        {
            for (int d = 2; d < s.Count; d++)
                macs *= s[d].Size ?? 1;
        }
        return macs;
    }
}

/// <summary>The observed ranges of a model's activations, by value name.</summary>
public sealed class Calibration
{
    public Dictionary<string, HistogramObserver> Observers { get; } = [];

    /// <summary>Batches observed.</summary>
    public int Batches { get; internal set; }
}
