using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Tests.Graphs;

/// <summary>Hand-checked shapes for each operator rule of <see cref="ShapeInference"/>.</summary>
public class ShapeInferenceTests
{
    /// <summary>Builds a one-node graph over inputs of the given shapes (null: unknown) and infers it.</summary>
    private static Value[] Run(string op, (string Name, object? Shape)[] inputs, int outputs = 1, params NodeAttribute[] attributes)
    {
        var graph = new Graph();
        var values = new List<Value?>();
        foreach (var (name, shape) in inputs)
        {
            switch (shape)
            {
                case null when name.Length == 0:
                    values.Add(null);
                    break;
                case Tensor t:
                    values.Add(graph.AddInitializer(name, t));
                    break;
                case int[] dims:
                {
                    var v = new Value(name, DType.F32);
                    v.SetShape(dims);
                    graph.Inputs.Add(v);
                    values.Add(v);
                    break;
                }
                case Dim[] dims:
                {
                    var v = new Value(name, DType.F32, dims);
                    graph.Inputs.Add(v);
                    values.Add(v);
                    break;
                }
                default:
                {
                    var v = new Value(name, DType.F32);
                    graph.Inputs.Add(v);
                    values.Add(v);
                    break;
                }
            }
        }
        var outs = Enumerable.Range(0, outputs).Select(i => new Value($"y{i}")).ToArray();
        var node = graph.AddNode(op, values, outs, name: "n");
        node.Attributes.AddRange(attributes);
        GraphValidator.Validate(graph);
        ShapeInference.InferShapes(graph);
        return outs;
    }

    private static Value One(string op, (string, object?)[] inputs, params NodeAttribute[] attributes) => Run(op, inputs, 1, attributes)[0];

    private static string S(Value v) => v.Shape is null ? "?" : string.Join("x", v.Shape);

    private static NodeAttribute Ints(string name, params long[] values) => NodeAttribute.Ints(name, values);

    private static NodeAttribute Int(string name, long value) => NodeAttribute.Int(name, value);

    private static Tensor I64(params long[] values) => Tensor.FromSpan<long>(values, values.Length);

    private static Tensor F32(params int[] shape) => Tensor.Zeros(DType.F32, shape);

    [Fact]
    public void Conv_pads_strides_dilations_groups()
    {
        // (32 + 1 + 1 − 3) / 1 + 1 = 32.
        Assert.Equal("1x16x32x32", S(One("Conv", [("x", new[] { 1, 3, 32, 32 }), ("w", F32(16, 3, 3, 3))], Ints("pads", 1, 1, 1, 1))));
        // Stride 2, no pad: (32 − 3) / 2 + 1 = 15; dilation 2 → extent 5: (32 − 5) / 1 + 1 = 28.
        Assert.Equal("1x16x15x15", S(One("Conv", [("x", new[] { 1, 3, 32, 32 }), ("w", F32(16, 3, 3, 3))], Ints("strides", 2, 2))));
        Assert.Equal("1x16x28x28", S(One("Conv", [("x", new[] { 1, 3, 32, 32 }), ("w", F32(16, 3, 3, 3))], Ints("dilations", 2, 2))));
        // Asymmetric pads (0 top, 2 bottom): (7 + 2 − 3) / 2 + 1 = 4 rows; width (7 − 3) / 2 + 1 = 3.
        Assert.Equal("2x4x4x3", S(One("Conv", [("x", new[] { 2, 8, 7, 7 }), ("w", F32(4, 2, 3, 3))],
            Ints("pads", 0, 0, 2, 0), Ints("strides", 2, 2), Int("group", 4))));
        // Depthwise: 32 channels, group 32, weight [32, 1, 3, 3].
        Assert.Equal("1x32x56x56", S(One("Conv", [("x", new[] { 1, 32, 56, 56 }), ("w", F32(32, 1, 3, 3))],
            Int("group", 32), Ints("pads", 1, 1, 1, 1))));
    }

    [Fact]
    public void Conv_auto_pad_and_1d()
    {
        // SAME: ⌈in / stride⌉ = ⌈7 / 2⌉ = 4; VALID: (7 − 3) / 2 + 1 = 3.
        var same = NodeAttribute.String("auto_pad", "SAME_UPPER");
        var valid = NodeAttribute.String("auto_pad", "VALID");
        Assert.Equal("1x2x4x4", S(One("Conv", [("x", new[] { 1, 1, 7, 7 }), ("w", F32(2, 1, 3, 3))], same, Ints("strides", 2, 2))));
        Assert.Equal("1x2x3x3", S(One("Conv", [("x", new[] { 1, 1, 7, 7 }), ("w", F32(2, 1, 3, 3))], valid, Ints("strides", 2, 2))));
        Assert.Equal("4x8x98", S(One("Conv", [("x", new[] { 4, 3, 100 }), ("w", F32(8, 3, 3))])));
    }

    [Fact]
    public void Conv_keeps_a_symbolic_batch()
    {
        var y = One("Conv", [("x", new[] { Dim.Symbolic("N"), Dim.Known(3), Dim.Known(8), Dim.Known(8) }), ("w", F32(4, 3, 3, 3))]);
        Assert.Equal("Nx4x6x6", S(y));
        Assert.Equal(DType.F32, y.DType);
    }

    [Fact]
    public void Conv_channel_mismatch_throws_naming_node_and_dims()
    {
        var e = Assert.Throws<InvalidGraphException>(() => One("Conv", [("x", new[] { 1, 4, 8, 8 }), ("w", F32(8, 3, 3, 3))]));
        Assert.Contains("'n' (Conv)", e.Message);
        Assert.Contains("4 channels", e.Message);
        Assert.Contains("[8, 3, 3, 3]", e.Message);
        // A kernel larger than the padded input is a contradiction too.
        e = Assert.Throws<InvalidGraphException>(() => One("Conv", [("x", new[] { 1, 3, 2, 2 }), ("w", F32(8, 3, 3, 3))]));
        Assert.Contains("smaller than the kernel extent 3", e.Message);
    }

    [Fact]
    public void Quantized_conv_and_matmul()
    {
        var convInt = One("ConvInteger", [("x", new[] { 1, 3, 8, 8 }), ("w", Tensor.Zeros(DType.I8, 4, 3, 3, 3))]);
        Assert.Equal(("1x4x6x6", DType.I32), (S(convInt), convInt.DType));

        var zp = Tensor.Zeros(DType.U8, 1);
        var scale = F32(1);
        var qconv = One("QLinearConv", [("x", new[] { 1, 3, 8, 8 }), ("xs", scale), ("xz", zp), ("w", Tensor.Zeros(DType.I8, 4, 3, 3, 3)),
            ("ws", F32(1)), ("wz", Tensor.Zeros(DType.I8, 1)), ("ys", F32(1)), ("yz", Tensor.Zeros(DType.U8, 1))], Ints("pads", 1, 1, 1, 1));
        Assert.Equal(("1x4x8x8", DType.U8), (S(qconv), qconv.DType));

        var mmInt = One("MatMulInteger", [("a", new[] { 5, 16 }), ("b", Tensor.Zeros(DType.I8, 16, 7))]);
        Assert.Equal(("5x7", DType.I32), (S(mmInt), mmInt.DType));
        var qmm = One("QLinearMatMul", [("a", new[] { 2, 5, 16 }), ("as", F32(1)), ("az", Tensor.Zeros(DType.U8, 1)),
            ("b", Tensor.Zeros(DType.I8, 16, 7)), ("bs", F32(1)), ("bz", Tensor.Zeros(DType.I8, 1)), ("ys", F32(1)), ("yz", Tensor.Zeros(DType.I8, 1))]);
        Assert.Equal(("2x5x7", DType.I8), (S(qmm), qmm.DType));
    }

    [Fact]
    public void Pools_with_ceil_mode_and_global()
    {
        // Floor: (7 − 2) / 2 + 1 = 3; ceil: ⌈5 / 2⌉ + 1 = 4 (last window starts at 6 < 7).
        Assert.Equal("1x3x3x3", S(One("MaxPool", [("x", new[] { 1, 3, 7, 7 })], Ints("kernel_shape", 2, 2), Ints("strides", 2, 2))));
        Assert.Equal("1x3x4x4", S(One("MaxPool", [("x", new[] { 1, 3, 7, 7 })], Ints("kernel_shape", 2, 2), Ints("strides", 2, 2), Int("ceil_mode", 1))));
        // Ceil with pads (1, 1), in 4, k 3, s 2: ⌈(6 − 3) / 2⌉ + 1 = 3, but window 2 would start at 4 ≥ 4 + 1? no (4 < 5) → 3.
        Assert.Equal("1x1x3x3", S(One("AveragePool", [("x", new[] { 1, 1, 4, 4 })], Ints("kernel_shape", 3, 3), Ints("strides", 2, 2),
            Ints("pads", 1, 1, 1, 1), Int("ceil_mode", 1))));
        var max = Run("MaxPool", [("x", new[] { 1, 3, 8, 8 })], 2, Ints("kernel_shape", 2, 2), Ints("strides", 2, 2));
        Assert.Equal(("1x3x4x4", DType.I64), (S(max[1]), max[1].DType));
        Assert.Equal("2x64x1x1", S(One("GlobalAveragePool", [("x", new[] { 2, 64, 7, 7 })])));
    }

    [Fact]
    public void Gemm_transposes_and_mismatch()
    {
        Assert.Equal("4x10", S(One("Gemm", [("a", new[] { 4, 84 }), ("b", F32(84, 10)), ("c", F32(10))])));
        Assert.Equal("4x10", S(One("Gemm", [("a", new[] { 84, 4 }), ("b", F32(10, 84))], Int("transA", 1), Int("transB", 1))));
        var e = Assert.Throws<InvalidGraphException>(() => One("Gemm", [("a", new[] { 4, 84 }), ("b", F32(10, 84))]));
        Assert.Contains("K = 84", e.Message);
        Assert.Contains("K = 10", e.Message);
    }

    [Fact]
    public void MatMul_batched_broadcasting_and_vectors()
    {
        Assert.Equal("2x3x4x6", S(One("MatMul", [("a", new[] { 2, 1, 4, 5 }), ("b", new[] { 3, 5, 6 })])));
        Assert.Equal("2x4", S(One("MatMul", [("a", new[] { 2, 4, 5 }), ("b", new[] { 5 })])));
        Assert.Equal("6", S(One("MatMul", [("a", new[] { 5 }), ("b", new[] { 5, 6 })])));
        Assert.Equal("", S(One("MatMul", [("a", new[] { 5 }), ("b", new[] { 5 })])));
        var e = Assert.Throws<InvalidGraphException>(() => One("MatMul", [("a", new[] { 2, 4, 5 }), ("b", new[] { 6, 7 })]));
        Assert.Contains("K = 5", e.Message);
        Assert.Contains("K = 6", e.Message);
        Assert.Throws<InvalidGraphException>(() => One("MatMul", [("a", new[] { 2, 4, 5 }), ("b", new[] { 3, 5, 7 })]));
    }

    [Fact]
    public void Elementwise_broadcasting_and_dtypes()
    {
        Assert.Equal("8x1x6x5", S(One("Add", [("a", new[] { 8, 1, 6, 1 }), ("b", new[] { 1, 5 })])));
        Assert.Equal("3x4", S(One("Mul", [("a", new[] { 3, 4 }), ("b", F32())])));
        var less = One("Less", [("a", new[] { 3, 4 }), ("b", new[] { 4 })]);
        Assert.Equal(("3x4", DType.Bool), (S(less), less.DType));
        Assert.Equal("2x3x4", S(One("Where", [("c", new[] { 3, 1 }), ("x", new[] { 2, 1, 4 }), ("y", new[] { 4 })])));
        Assert.Equal("2x5", S(One("Sum", [("a", new[] { 2, 5 }), ("b", new[] { 5 }), ("c", new[] { 2, 1 })])));
        // An unknown size against a known size other than 1 can only be that size.
        Assert.Equal("Nx7", S(One("Sub", [("a", new[] { Dim.Symbolic("N"), Dim.Unknown }), ("b", new[] { 7 })])));
        var e = Assert.Throws<InvalidGraphException>(() => One("Add", [("a", new[] { 3, 4 }), ("b", new[] { 5 })]));
        Assert.Contains("4 and 5", e.Message);
    }

    [Fact]
    public void Same_shape_ops_and_their_dtypes()
    {
        foreach (string op in new[] { "Relu", "LeakyRelu", "Clip", "Sigmoid", "Tanh", "Identity", "Softmax", "LogSoftmax", "Abs", "Exp" })
            Assert.Equal("2x3x4", S(One(op, [("x", new[] { 2, 3, 4 })])));
        var bn = One("BatchNormalization", [("x", new[] { 1, 8, 5, 5 }), ("s", F32(8)), ("b", F32(8)), ("m", F32(8)), ("v", F32(8))]);
        Assert.Equal("1x8x5x5", S(bn));
        var drop = Run("Dropout", [("x", new[] { 2, 3 })], 2);
        Assert.Equal(("2x3", "2x3", DType.Bool), (S(drop[0]), S(drop[1]), drop[1].DType));
        var ln = Run("LayerNormalization", [("x", new[] { 2, 5, 16 }), ("g", F32(16))], 3, Int("axis", -1));
        Assert.Equal(("2x5x16", "2x5x1"), (S(ln[0]), S(ln[1])));

        var q = One("QuantizeLinear", [("x", new[] { 2, 3 }), ("s", F32()), ("z", Tensor.Zeros(DType.I8, 1))]);
        Assert.Equal(("2x3", DType.I8), (S(q), q.DType));
        var qDefault = One("QuantizeLinear", [("x", new[] { 2, 3 }), ("s", F32())]);
        Assert.Equal(DType.U8, qDefault.DType);
        var dq = One("DequantizeLinear", [("x", new[] { 2, 3 }), ("s", F32())]);
        Assert.Equal(("2x3", DType.F32), (S(dq), dq.DType));
        var cast = One("Cast", [("x", new[] { 2, 3 })], Int("to", 7));
        Assert.Equal(("2x3", DType.I64), (S(cast), cast.DType));
    }

    [Fact]
    public void Flatten_and_reshape()
    {
        Assert.Equal("2x60", S(One("Flatten", [("x", new[] { 2, 3, 4, 5 })])));
        Assert.Equal("1x120", S(One("Flatten", [("x", new[] { 2, 3, 4, 5 })], Int("axis", 0))));
        Assert.Equal("6x20", S(One("Flatten", [("x", new[] { 2, 3, 4, 5 })], Int("axis", -2))));
        // 0 copies the input dimension, −1 takes what remains: 2·3·4·5 / (2·5) = 12.
        Assert.Equal("2x12x5", S(One("Reshape", [("x", new[] { 2, 3, 4, 5 }), ("s", I64(0, -1, 5))])));
        Assert.Equal("0x3", S(One("Reshape", [("x", new[] { 0, 3 }), ("s", I64(0, 3))], Int("allowzero", 1))));
        // Shape unknown, target fully given: the target is the shape.
        Assert.Equal("4x4", S(One("Reshape", [("x", null), ("s", I64(4, 4))])));
        // Target from an input that is not constant: unknown.
        Assert.Equal("?", S(One("Reshape", [("x", new[] { 2, 3 }), ("s", null)])));
        var e = Assert.Throws<InvalidGraphException>(() => One("Reshape", [("x", new[] { 2, 3 }), ("s", I64(4, -1))]));
        Assert.Contains("6 elements", e.Message);
    }

    [Fact]
    public void Reshape_reads_a_constant_node_and_a_shape_chain()
    {
        // x[2,3,4] → Shape → Gather([0]) → Concat with Constant [-1] → Reshape: [2, 12].
        var graph = new Graph();
        var x = new Value("x", DType.F32);
        x.SetShape(2, 3, 4);
        graph.Inputs.Add(x);
        Value shape = new("shape"), first = new("first"), rest = new("rest"), target = new("target"), y = new("y");
        var idx = graph.AddInitializer("idx", I64(0));
        graph.AddNode("Shape", [x], [shape]);
        graph.AddNode("Gather", [shape, idx], [first]);
        graph.AddNode("Constant", [], [rest]).Attributes.Add(NodeAttribute.Ints("value_ints", [-1]));
        graph.AddNode("Concat", [first, rest], [target]).Attributes.Add(NodeAttribute.Int("axis", 0));
        graph.AddNode("Reshape", [x, target], [y]);
        ShapeInference.InferShapes(graph);
        Assert.Equal("2x12", S(y));
        Assert.Equal(("3", DType.I64), (S(shape), shape.DType));
    }

    [Fact]
    public void Transpose_concat_squeeze_unsqueeze()
    {
        Assert.Equal("4x3x2", S(One("Transpose", [("x", new[] { 2, 3, 4 })])));
        Assert.Equal("2x4x3", S(One("Transpose", [("x", new[] { 2, 3, 4 })], Ints("perm", 0, 2, 1))));
        Assert.Equal("2x9x4", S(One("Concat", [("a", new[] { 2, 3, 4 }), ("b", new[] { 2, 6, 4 })], Int("axis", 1))));
        Assert.Throws<InvalidGraphException>(() => One("Concat", [("a", new[] { 2, 3, 4 }), ("b", new[] { 2, 6, 5 })], Int("axis", 1)));

        Assert.Equal("3x4", S(One("Squeeze", [("x", new[] { 1, 3, 1, 4 })])));
        Assert.Equal("3x1x4", S(One("Squeeze", [("x", new[] { 1, 3, 1, 4 })], Ints("axes", 0))));
        Assert.Equal("1x3x4", S(One("Squeeze", [("x", new[] { 1, 3, 1, 4 }), ("axes", I64(-2))])));
        Assert.Throws<InvalidGraphException>(() => One("Squeeze", [("x", new[] { 1, 3, 1, 4 })], Ints("axes", 1)));

        Assert.Equal("1x3x1x4", S(One("Unsqueeze", [("x", new[] { 3, 4 })], Ints("axes", 0, 2))));
        Assert.Equal("3x4x1", S(One("Unsqueeze", [("x", new[] { 3, 4 }), ("axes", I64(-1))])));
    }

    [Fact]
    public void Gather_shape_and_reductions()
    {
        // Embedding: table [1000, 64], ids [2, 7] → [2, 7, 64].
        Assert.Equal("2x7x64", S(One("Gather", [("table", F32(1000, 64)), ("ids", new[] { 2, 7 })])));
        Assert.Equal("5x2x7", S(One("Gather", [("x", new[] { 5, 3 }), ("ids", new[] { 2, 7 })], Int("axis", 1))));
        Assert.Equal("4", S(One("Shape", [("x", new[] { 2, 3, 4, 5 })])));
        Assert.Equal("2", S(One("Shape", [("x", new[] { 2, 3, 4, 5 })], Int("start", 1), Int("end", -1))));

        Assert.Equal("2x1x5", S(One("ReduceMean", [("x", new[] { 2, 3, 5 })], Ints("axes", 1))));
        Assert.Equal("2x5", S(One("ReduceMax", [("x", new[] { 2, 3, 5 })], Ints("axes", 1), Int("keepdims", 0))));
        Assert.Equal("2x3", S(One("ReduceSum", [("x", new[] { 2, 3, 5 }), ("axes", I64(-1))], Int("keepdims", 0))));
        Assert.Equal("1x1x1", S(One("ReduceSum", [("x", new[] { 2, 3, 5 })])));
        Assert.Equal("2x3x5", S(One("ReduceSum", [("x", new[] { 2, 3, 5 }), ("axes", I64())], Int("noop_with_empty_axes", 1))));
    }

    [Fact]
    public void Unknown_ops_and_unknown_inputs_leave_outputs_unknown()
    {
        Assert.Equal("?", S(One("NotAnOp", [("x", new[] { 2, 3 })])));
        Assert.Equal("?", S(One("Relu", [("x", null)])));
        Assert.Equal("?", S(One("Conv", [("x", null), ("w", F32(4, 3, 3, 3))])));
    }

    [Fact]
    public void Declared_output_shapes_merge_and_contradictions_throw()
    {
        var graph = new Graph();
        var x = new Value("x", DType.F32, [Dim.Unknown, Dim.Known(3)]);
        graph.Inputs.Add(x);
        var y = new Value("y", null, [Dim.Symbolic("B"), Dim.Unknown]);
        graph.AddNode("Relu", [x], [y]);
        ShapeInference.InferShapes(graph);
        Assert.Equal("Bx3", S(y));

        y.Shape = [Dim.Known(1), Dim.Known(4)];
        var e = Assert.Throws<InvalidGraphException>(() => ShapeInference.InferShapes(graph));
        Assert.Contains("declared [1, 4]", e.Message);
    }

    [Fact]
    public void Input_shape_overload_fixes_symbolic_batch()
    {
        var graph = new Graph();
        var x = new Value("x", DType.F32, [Dim.Symbolic("N"), Dim.Known(3), Dim.Known(8), Dim.Known(8)]);
        graph.Inputs.Add(x);
        var w = graph.AddInitializer("w", F32(4, 3, 3, 3));
        var y = new Value("y");
        graph.AddNode("Conv", [x, w], [y]);
        ShapeInference.InferShapes(graph, new Dictionary<string, int[]> { ["x"] = [16, 3, 8, 8] });
        Assert.Equal("16x4x6x6", S(y));
        Assert.Throws<ArgumentException>(() => ShapeInference.InferShapes(graph, new Dictionary<string, int[]> { ["x"] = [16, 4, 8, 8] }));
        Assert.Throws<ArgumentException>(() => ShapeInference.InferShapes(graph, new Dictionary<string, int[]> { ["nope"] = [1] }));
    }

    [Fact]
    public void Slice_split_pad_expand_tile()
    {
        // Slice [10, 20] rows 2..8 step 3 → ⌈6/3⌉ = 2; columns −5.. → 5; an end past the dim is clamped.
        Assert.Equal("2x5", S(One("Slice", [("x", new[] { 10, 20 }), ("s", I64(2, -5)), ("e", I64(8, long.MaxValue)), ("a", I64(0, 1)), ("st", I64(3, 1))])));
        // Negative step from the end: 9 down to (but not including) 0 → 9 elements.
        Assert.Equal("9x20", S(One("Slice", [("x", new[] { 10, 20 }), ("s", I64(-1)), ("e", I64(0)), ("a", I64(0)), ("st", I64(-1))])));

        var parts = Run("Split", [("x", new[] { 4, 10 }), ("split", I64(3, 7))], 2, Int("axis", 1));
        Assert.Equal(("4x3", "4x7"), (S(parts[0]), S(parts[1])));
        var equal = Run("Split", [("x", new[] { 6, 2 })], 3);
        Assert.Equal("2x2", S(equal[2]));
        Assert.Throws<InvalidGraphException>(() => Run("Split", [("x", new[] { 4, 10 }), ("split", I64(3, 8))], 2, Int("axis", 1)));

        Assert.Equal("1x3x10x12", S(One("Pad", [("x", new[] { 1, 3, 8, 8 }), ("p", I64(0, 0, 1, 2, 0, 0, 1, 2))])));
        Assert.Equal("2x3x4", S(One("Expand", [("x", new[] { 3, 1 }), ("s", I64(2, 1, 4))])));
        Assert.Equal("6x4", S(One("Tile", [("x", new[] { 3, 2 }), ("r", I64(2, 2))])));
    }

    [Fact]
    public void ConvTranspose_output_size()
    {
        // s·(in − 1) + (k − 1) + 1 − pads = 2·(5 − 1) + 3 − 2 = 9; output channels W.dim1 · group = 4.
        Assert.Equal("1x4x9x9", S(One("ConvTranspose", [("x", new[] { 1, 2, 5, 5 }), ("w", F32(2, 4, 3, 3))],
            Ints("strides", 2, 2), Ints("pads", 1, 1, 1, 1))));
        Assert.Equal("1x4x10x8", S(One("ConvTranspose", [("x", new[] { 1, 2, 5, 5 }), ("w", F32(2, 4, 3, 3))], Ints("output_shape", 10, 8))));
    }
}
