using Coex.Tensors;

namespace Coex.Graphs;

/// <summary>
/// Small reference networks built in code, so that tools work without a model file: a LeNet-5-style CNN, a
/// MobileNetV2 inverted-residual block, a three-layer MLP and a transformer encoder block. Weights are seeded random numbers (He-scaled), which
/// is all a cost model or a shape check needs; the graphs are shape-annotated, valid and exportable to ONNX
/// (opset 17).
/// </summary>
public static class BuiltinModels
{
    /// <summary>Names <see cref="Create"/> accepts, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["lenet", "mobilenetv2-block", "mlp", "transformer-block"];

    /// <summary>The opset the built-in graphs are written against.</summary>
    public const long Opset = 17;

    /// <summary>The built-in model named <paramref name="name"/> (case-insensitive) at batch size <paramref name="batch"/>.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static Graph Create(string name, int batch = 1, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "lenet" => LeNet(batch, seed),
            "mobilenetv2-block" => MobileNetV2Block(batch, seed),
            "mlp" => Mlp(batch, seed),
            "transformer-block" => TransformerBlock(batch, seed),
            _ => throw new ArgumentException($"Unknown built-in model '{name}'; the built-in models are: {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>
    /// LeNet-5 on 28×28 MNIST digits (LeCun et al. 1998, with ReLU and max pooling as commonly written today):
    /// conv 5×5×6 (pad 2) → ReLU → maxpool 2 → conv 5×5×16 → ReLU → maxpool 2 → flatten (400) → FC 120 → ReLU →
    /// FC 84 → ReLU → FC 10. Input "input" [batch, 1, 28, 28], output "logits" [batch, 10].
    /// </summary>
    public static Graph LeNet(int batch = 1, int seed = 0)
    {
        var b = new Builder("lenet", seed);
        var x = b.Input("input", batch, 1, 28, 28);
        x = b.Conv("conv1", x, 6, 5, pad: 2);
        x = b.Unary("Relu", "relu1", x);
        x = b.MaxPool("pool1", x, 2);
        x = b.Conv("conv2", x, 16, 5);
        x = b.Unary("Relu", "relu2", x);
        x = b.MaxPool("pool2", x, 2);
        x = b.Flatten("flatten", x);
        x = b.Dense("fc1", x, 120);
        x = b.Unary("Relu", "relu3", x);
        x = b.Dense("fc2", x, 84);
        x = b.Unary("Relu", "relu4", x);
        x = b.Dense("fc3", x, 10);
        return b.Finish(x, "logits");
    }

    /// <summary>
    /// One MobileNetV2 inverted-residual block (Sandler et al. 2018) at the 56×56, 24-channel stage, expansion 6:
    /// 1×1 conv 24→144 → BN → ReLU6 → 3×3 depthwise conv (group 144, pad 1) → BN → ReLU6 → 1×1 conv 144→24 → BN →
    /// add the block input. ReLU6 is Clip(0, 6). Input "input" [batch, 24, 56, 56], output "output" of the same shape.
    /// </summary>
    public static Graph MobileNetV2Block(int batch = 1, int seed = 0)
    {
        const int channels = 24, expanded = channels * 6;
        var b = new Builder("mobilenetv2-block", seed);
        var input = b.Input("input", batch, channels, 56, 56);
        var x = b.Conv("expand", input, expanded, 1);
        x = b.BatchNorm("expand_bn", x);
        x = b.Relu6("expand_relu6", x);
        x = b.Conv("depthwise", x, expanded, 3, pad: 1, groups: expanded);
        x = b.BatchNorm("depthwise_bn", x);
        x = b.Relu6("depthwise_relu6", x);
        x = b.Conv("project", x, channels, 1);
        x = b.BatchNorm("project_bn", x);
        x = b.Binary("Add", "residual", x, input);
        return b.Finish(x, "output");
    }

    /// <summary>A 784→256→128→10 multilayer perceptron with ReLU: input "input" [batch, 784], output "logits" [batch, 10].</summary>
    public static Graph Mlp(int batch = 1, int seed = 0)
    {
        var b = new Builder("mlp", seed);
        var x = b.Input("input", batch, 784);
        x = b.Dense("fc1", x, 256);
        x = b.Unary("Relu", "relu1", x);
        x = b.Dense("fc2", x, 128);
        x = b.Unary("Relu", "relu2", x);
        x = b.Dense("fc3", x, 10);
        return b.Finish(x, "logits");
    }

    /// <summary>
    /// A post-norm transformer encoder block (Vaswani et al. 2017; BERT-mini-sized by default: 64 tokens, width 128,
    /// 4 heads, feed-forward 512) as exporters write it: Q, K and V as MatMul + Add, Reshape/Transpose into heads,
    /// scores = Q·Kᵀ / √d_head, Softmax, attention · V, heads merged back, output projection, residual Add,
    /// LayerNormalization, then a GELU feed-forward (GELU written with Erf) with its own residual Add and
    /// LayerNormalization. Input "tokens" [batch, seq, d], output "output" of the same shape.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="heads"/> does not divide <paramref name="d"/>, or a size is not positive.</exception>
    public static Graph TransformerBlock(int batch = 1, int seed = 0, int seq = 64, int d = 128, int heads = 4, int ffn = 512)
    {
        if (seq <= 0 || d <= 0 || heads <= 0 || ffn <= 0 || d % heads != 0)
            throw new ArgumentException($"Transformer sizes must be positive with heads dividing the width: seq {seq}, d {d}, heads {heads}, ffn {ffn}.");
        int dh = d / heads;
        var b = new Builder("transformer-block", seed);
        var x = b.Input("tokens", batch, seq, d);
        var headShape = b.Int64s("head_shape", [0, 0, heads, dh]);
        var mergedShape = b.Int64s("merged_shape", [0, 0, d]);
        Value Heads(string name, Value v) =>
            b.Transpose($"{name}_heads", b.Binary("Reshape", $"{name}_split", v, headShape), [0, 2, 1, 3]);
        var q = Heads("q", b.Linear("q", x, d));
        var k = Heads("k", b.Linear("k", x, d));
        var v = Heads("v", b.Linear("v", x, d));
        var scores = b.Binary("MatMul", "scores", q, b.Transpose("k_t", k, [0, 1, 3, 2]));
        scores = b.Binary("Div", "scale", scores, b.Scalar("sqrt_dh", MathF.Sqrt(dh)));
        var probabilities = b.Unary("Softmax", "softmax", scores, NodeAttribute.Int("axis", -1));
        var attention = b.Binary("MatMul", "attention", probabilities, v);
        var merged = b.Binary("Reshape", "merge", b.Transpose("merge_heads", attention, [0, 2, 1, 3]), mergedShape);
        var h = b.LayerNorm("norm1", b.Binary("Add", "residual1", x, b.Linear("out", merged, d)));
        // GELU(u) = u · (1 + erf(u / √2)) / 2
        var u = b.Linear("ffn1", h, ffn);
        var erf = b.Unary("Erf", "gelu_erf", b.Binary("Div", "gelu_div", u, b.Scalar("sqrt2", MathF.Sqrt(2f))));
        var gelu = b.Binary("Mul", "gelu_half", b.Binary("Mul", "gelu_mul", u, b.Binary("Add", "gelu_add", erf, b.Scalar("one", 1f))), b.Scalar("half", 0.5f));
        var y = b.LayerNorm("norm2", b.Binary("Add", "residual2", h, b.Linear("ffn2", gelu, d)));
        return b.Finish(y, "output");
    }

    /// <summary>Appends nodes with seeded weights, tracking each value's shape so the next layer can be sized.</summary>
    private sealed class Builder
    {
        private readonly Graph _graph;
        private readonly Random _rng;

        public Builder(string name, int seed)
        {
            _graph = new Graph { Name = name, DocString = $"Coex built-in model '{name}' (random weights, seed {seed})." };
            _graph.OpsetImports.Add(new OpsetImport("", Opset));
            _graph.Metadata.ProducerName = "coex";
            _rng = new Random(seed);
        }

        public Value Input(string name, int batch, params int[] dims)
        {
            if (batch <= 0)
                throw new ArgumentOutOfRangeException(nameof(batch), batch, "The batch size must be positive.");
            var v = new Value(name, DType.F32);
            v.SetShape([batch, .. dims]);
            _graph.Inputs.Add(v);
            return v;
        }

        public Value Conv(string name, Value x, int outChannels, int kernel, int pad = 0, int groups = 1)
        {
            int c = Dims(x)[1];
            var w = Weight($"{name}.weight", c / groups * kernel * kernel, outChannels, c / groups, kernel, kernel);
            var bias = _graph.AddInitializer($"{name}.bias", Tensor.Zeros(DType.F32, outChannels));
            var node = Node("Conv", name, [x, w, bias]);
            node.Attributes.Add(NodeAttribute.Ints("kernel_shape", [kernel, kernel]));
            node.Attributes.Add(NodeAttribute.Ints("pads", [pad, pad, pad, pad]));
            node.Attributes.Add(NodeAttribute.Ints("strides", [1, 1]));
            if (groups != 1)
                node.Attributes.Add(NodeAttribute.Int("group", groups));
            return Infer(node);
        }

        public Value MaxPool(string name, Value x, int size)
        {
            var node = Node("MaxPool", name, [x]);
            node.Attributes.Add(NodeAttribute.Ints("kernel_shape", [size, size]));
            node.Attributes.Add(NodeAttribute.Ints("strides", [size, size]));
            return Infer(node);
        }

        public Value Flatten(string name, Value x) => Infer(Node("Flatten", name, [x]));

        /// <summary>A fully connected layer as Gemm with weights stored [out, in] (transB = 1), the PyTorch layout.</summary>
        public Value Dense(string name, Value x, int outFeatures)
        {
            int inFeatures = Dims(x)[1];
            var w = Weight($"{name}.weight", inFeatures, outFeatures, inFeatures);
            var bias = _graph.AddInitializer($"{name}.bias", Tensor.Zeros(DType.F32, outFeatures));
            var node = Node("Gemm", name, [x, w, bias]);
            node.Attributes.Add(NodeAttribute.Int("transB", 1));
            return Infer(node);
        }

        public Value BatchNorm(string name, Value x)
        {
            int c = Dims(x)[1];
            var scale = Filled($"{name}.scale", c, 1f);
            var bias = Filled($"{name}.bias", c, 0f);
            var mean = Filled($"{name}.mean", c, 0f);
            var variance = Filled($"{name}.var", c, 1f);
            return Infer(Node("BatchNormalization", name, [x, scale, bias, mean, variance]));
        }

        public Value Relu6(string name, Value x)
        {
            var min = _graph.AddInitializer($"{name}.min", Tensor.FromSpan<float>([0f]));
            var max = _graph.AddInitializer($"{name}.max", Tensor.FromSpan<float>([6f]));
            return Infer(Node("Clip", name, [x, min, max]));
        }

        public Value Unary(string op, string name, Value x, params NodeAttribute[] attributes)
        {
            var node = Node(op, name, [x]);
            node.Attributes.AddRange(attributes);
            return Infer(node);
        }

        /// <summary>
        /// A dense layer as exporters write it for 3-D activations: MatMul by weights stored [in, out], then Add of a small
        /// random bias (nonzero, so a cross-check also covers the bias).
        /// </summary>
        public Value Linear(string name, Value x, int outFeatures)
        {
            int inFeatures = Dims(x)[^1];
            var w = Weight($"{name}.weight", inFeatures, inFeatures, outFeatures);
            var bias = Uniform($"{name}.bias", 0.1f, outFeatures);
            return Binary("Add", $"{name}_bias", Binary("MatMul", name, x, w), bias);
        }

        public Value Transpose(string name, Value x, long[] perm)
        {
            var node = Node("Transpose", name, [x]);
            node.Attributes.Add(NodeAttribute.Ints("perm", perm));
            return Infer(node);
        }

        /// <summary>LayerNormalization over the last axis (ε = 1e-5), scale 1 and bias 0 as initialized for training.</summary>
        public Value LayerNorm(string name, Value x)
        {
            int d = Dims(x)[^1];
            var node = Node("LayerNormalization", name, [x, Filled($"{name}.scale", d, 1f), Filled($"{name}.bias", d, 0f)]);
            node.Attributes.Add(NodeAttribute.Int("axis", -1));
            node.Attributes.Add(NodeAttribute.Float("epsilon", 1e-5f));
            return Infer(node);
        }

        public Value Scalar(string name, float value) => _graph.AddInitializer(name, Tensor.FromSpan<float>([value]));

        public Value Int64s(string name, long[] values) => _graph.AddInitializer(name, Tensor.FromSpan<long>(values, values.Length));

        public Value Binary(string op, string name, Value a, Value b) => Infer(Node(op, name, [a, b]));

        public Graph Finish(Value last, string outputName)
        {
            // The graph output gets a stable, documented name: the last node writes a value of that name instead.
            var producer = _graph.Nodes[^1];
            var named = new Value(outputName, last.DType, last.Shape);
            producer.Outputs[0] = named;
            _graph.Outputs.Add(named);
            GraphValidator.Validate(_graph);
            return _graph;
        }

        private Node Node(string op, string name, Value[] inputs) =>
            _graph.AddNode(op, inputs, [new Value($"{name}_out")], name: name);

        /// <summary>Infers the new node's output with the graph's own rules, so builders never restate shape arithmetic.</summary>
        private Value Infer(Node node)
        {
            ShapeInference.InferShapes(_graph);
            return node.Outputs[0]!;
        }

        /// <summary>He-normal-like weights: uniform in ±√(6 / fanIn), variance 2 / fanIn.</summary>
        private Value Weight(string name, int fanIn, params int[] shape) => Uniform(name, MathF.Sqrt(6f / fanIn), shape);

        /// <summary>Uniform in ±<paramref name="limit"/>.</summary>
        private Value Uniform(string name, float limit, params int[] shape)
        {
            var t = Tensor.Zeros(DType.F32, shape);
            var span = t.AsSpan<float>();
            for (int i = 0; i < span.Length; i++)
                span[i] = (float)(_rng.NextDouble() * 2 - 1) * limit;
            return _graph.AddInitializer(name, t);
        }

        private Value Filled(string name, int length, float value)
        {
            var t = Tensor.Zeros(DType.F32, length);
            t.AsSpan<float>().Fill(value);
            return _graph.AddInitializer(name, t);
        }

        private static int[] Dims(Value v) => [.. v.Shape!.Select(d => d.Size!.Value)];
    }
}
