using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;
using Coex.Training.Layers;

namespace Coex.Training;

/// <summary>How <see cref="ModelExport"/> writes a trained model.</summary>
public sealed record ModelExportOptions
{
    /// <summary>
    /// Folds each BatchNorm2d that directly follows a Conv2d into that convolution's weights and bias
    /// (<c>w' = w·γ/√(σ²+ε)</c>, <c>b' = (b − μ)·γ/√(σ²+ε) + β</c>, computed in double); other BatchNorms stay
    /// BatchNormalization nodes.
    /// </summary>
    public bool FoldBatchNorm { get; init; }

    /// <summary>A fixed batch size for the input, or null for a symbolic batch dimension named "N".</summary>
    public int? Batch { get; init; }
}

/// <summary>
/// Writes a trained <see cref="Model"/> as an ONNX graph (opset 17) that computes the training engine's eval-mode
/// logits: input "input" [N, C, H, W], output "logits" [N, Classes], trained parameters and BatchNorm running
/// statistics as initializers named like the model's tensors. Dropout is the identity in eval mode and is omitted.
/// </summary>
public static class ModelExport
{
    /// <summary>The opset the exported graphs are written against (Clip takes min/max as inputs from opset 11).</summary>
    public const long Opset = 17;

    /// <summary>The eval-mode graph of <paramref name="model"/>; the initializers are copies of its tensors.</summary>
    /// <exception cref="NotSupportedException">The model contains a module the exporter does not know.</exception>
    public static Graph ToGraph(Model model, ModelExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new ModelExportOptions();
        if (options.Batch is <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.Batch, "The export batch size must be positive.");
        var writer = new Writer(model, options);
        return writer.Finish();
    }

    /// <summary>Exports <paramref name="model"/> with <see cref="ToGraph"/> and saves it to <paramref name="path"/>.</summary>
    public static void Save(Model model, string path, ModelExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        OnnxExporter.Save(ToGraph(model, options), path);
    }

    private sealed class Writer
    {
        private readonly Graph _graph;
        private readonly ModelExportOptions _options;
        private readonly Dictionary<string, int> _nodeNames = [];
        private Value? _clipMin, _clipMax;

        public Writer(Model model, ModelExportOptions options)
        {
            _options = options;
            _graph = new Graph { Name = model.Name, DocString = $"Coex trained model: {model.Description}." };
            _graph.OpsetImports.Add(new OpsetImport("", Opset));
            _graph.Metadata.ProducerName = "coex";
            Dim batch = options.Batch is int b ? Dim.Known(b) : Dim.Symbolic("N");
            var input = new Value("input", DType.F32, [batch, .. model.InputShape.Select(Dim.Known)]);
            _graph.Inputs.Add(input);
            var last = Emit(model.Body, input);
            if (ReferenceEquals(last, input))
                last = Node("Identity", "identity", [input]);
            // The graph output gets a stable name: the last node writes a value called "logits".
            var producer = _graph.Nodes[^1];
            var logits = new Value("logits", DType.F32);
            producer.Outputs[0] = logits;
            _graph.Outputs.Add(logits);
        }

        public Graph Finish()
        {
            ShapeInference.InferShapes(_graph);
            GraphValidator.Validate(_graph);
            return _graph;
        }

        private Value Emit(Module module, Value x)
        {
            switch (module)
            {
                case Sequential seq:
                    var modules = seq.Modules;
                    for (int i = 0; i < modules.Count; i++)
                    {
                        if (_options.FoldBatchNorm && modules[i] is Conv2d conv && i + 1 < modules.Count && modules[i + 1] is BatchNorm2d bn)
                        {
                            x = Conv(conv, x, bn);
                            i++;
                        }
                        else
                        {
                            x = Emit(modules[i], x);
                        }
                    }
                    return x;
                case Residual residual:
                    var inner = Emit(residual.Inner, x);
                    return Node("Add", "add", [x, inner]);
                case Conv2d conv:
                    return Conv(conv, x, null);
                case Linear linear:
                    var inputs = new List<Value> { x, Initializer(linear.Weight.Name, linear.Weight.Value) };
                    if (linear.Bias is not null)
                        inputs.Add(Initializer(linear.Bias.Name, linear.Bias.Value));
                    return Node("Gemm", Prefix(linear.Weight.Name), [.. inputs], NodeAttribute.Int("transB", 1));
                case BatchNorm2d bn:
                    return Node("BatchNormalization", bn.Name,
                        [x, Initializer(bn.Gamma.Name, bn.Gamma.Value), Initializer(bn.Beta.Name, bn.Beta.Value),
                         Initializer($"{bn.Name}.running_mean", bn.RunningMean), Initializer($"{bn.Name}.running_var", bn.RunningVar)],
                        NodeAttribute.Float("epsilon", bn.Epsilon));
                case Relu:
                    return Node("Relu", "relu", [x]);
                case Relu6:
                    _clipMin ??= _graph.AddInitializer("relu6.min", Tensor.FromSpan<float>([0f]));
                    _clipMax ??= _graph.AddInitializer("relu6.max", Tensor.FromSpan<float>([6f]));
                    return Node("Clip", "relu6", [x, _clipMin, _clipMax]);
                case MaxPool2d pool:
                    return Node("MaxPool", "maxpool", [x], PoolAttributes(pool.Kernel, pool.Stride, pool.Padding));
                case AvgPool2d pool:
                    // count_include_pad = 0 (the ONNX default) matches the tape's divisor of in-bounds elements.
                    return Node("AveragePool", "avgpool", [x], PoolAttributes(pool.Kernel, pool.Stride, pool.Padding));
                case GlobalAvgPool:
                    return Node("GlobalAveragePool", "gap", [x]);
                case Flatten:
                    return Node("Flatten", "flatten", [x], NodeAttribute.Int("axis", 1));
                case Dropout:
                    return x;
                default:
                    throw new NotSupportedException($"ONNX export does not know the module type {module.GetType().Name}.");
            }
        }

        /// <summary>A Conv node; with <paramref name="bn"/> the BatchNorm's eval-mode affine map is folded into it.</summary>
        private Value Conv(Conv2d conv, Value x, BatchNorm2d? bn)
        {
            var weight = conv.Weight.Value;
            int outChannels = weight.Shape[0];
            Value w;
            Value? b;
            if (bn is null)
            {
                w = Initializer(conv.Weight.Name, weight);
                b = conv.Bias is null ? null : Initializer(conv.Bias.Name, conv.Bias.Value);
            }
            else
            {
                var folded = Tensor.FromSpan<float>(weight.AsSpan<float>(), weight.Shape.ToArray());
                var bias = Tensor.Zeros(DType.F32, outChannels);
                var fw = folded.AsSpan<float>();
                var fb = bias.AsSpan<float>();
                var gamma = bn.Gamma.Value.AsSpan<float>();
                var beta = bn.Beta.Value.AsSpan<float>();
                var mean = bn.RunningMean.AsSpan<float>();
                var variance = bn.RunningVar.AsSpan<float>();
                ReadOnlySpan<float> convBias = conv.Bias is null ? default : conv.Bias.Value.AsSpan<float>();
                int perChannel = fw.Length / outChannels;
                for (int o = 0; o < outChannels; o++)
                {
                    double scale = gamma[o] / Math.Sqrt((double)variance[o] + bn.Epsilon);
                    var row = fw.Slice(o * perChannel, perChannel);
                    for (int i = 0; i < row.Length; i++)
                        row[i] = (float)(row[i] * scale);
                    double b0 = convBias.IsEmpty ? 0 : convBias[o];
                    fb[o] = (float)((b0 - mean[o]) * scale + beta[o]);
                }
                w = Unique(conv.Weight.Name + ".folded", folded);
                b = Unique(Prefix(conv.Weight.Name) + ".bias.folded", bias);
            }
            int kernel = weight.Shape[2];
            Value[] inputs = b is null ? [x, w] : [x, w, b];
            return Node("Conv", Prefix(conv.Weight.Name), inputs,
                NodeAttribute.Ints("kernel_shape", [kernel, kernel]),
                NodeAttribute.Ints("pads", [conv.Padding, conv.Padding, conv.Padding, conv.Padding]),
                NodeAttribute.Ints("strides", [conv.Stride, conv.Stride]),
                NodeAttribute.Int("group", conv.Groups));
        }

        private static NodeAttribute[] PoolAttributes(int kernel, int stride, int padding) =>
        [
            NodeAttribute.Ints("kernel_shape", [kernel, kernel]),
            NodeAttribute.Ints("strides", [stride, stride]),
            NodeAttribute.Ints("pads", [padding, padding, padding, padding]),
        ];

        private static string Prefix(string tensorName)
        {
            int dot = tensorName.LastIndexOf('.');
            return dot > 0 ? tensorName[..dot] : tensorName;
        }

        /// <summary>A copy of <paramref name="tensor"/> as an initializer, so later training does not change the graph.</summary>
        private Value Initializer(string name, Tensor tensor) =>
            Unique(name, Tensor.FromSpan<float>(tensor.AsSpan<float>(), tensor.Shape.ToArray()));

        private Value Unique(string name, Tensor tensor) => _graph.AddInitializer(name, tensor);

        private Value Node(string op, string name, Value[] inputs, params NodeAttribute[] attributes)
        {
            // Node and value names must be unique; repeated layer kinds (relu, add) get a counter.
            int count = _nodeNames.GetValueOrDefault(name);
            _nodeNames[name] = count + 1;
            string unique = count == 0 ? name : $"{name}_{count}";
            var node = _graph.AddNode(op, inputs, [new Value($"{unique}_out", DType.F32)], name: unique);
            foreach (var a in attributes)
                node.Attributes.Add(a);
            return node.Outputs[0]!;
        }
    }
}
