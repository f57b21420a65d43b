using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Tests.Onnx;

/// <summary>Small graphs built in code that exercise every feature the ONNX importer and exporter carry.</summary>
internal static class SampleGraphs
{
    /// <summary>One tensor of every dtype, with awkward contents (NaN payloads, -0, odd I4 counts, scalars, empties).</summary>
    public static IEnumerable<(string Name, Tensor Tensor)> TensorsOfEveryDType()
    {
        yield return ("f32", Tensor.FromSpan<float>([1.5f, -0f, float.NaN, BitConverter.Int32BitsToSingle(0x7FC0_1234), float.NegativeInfinity, float.Epsilon], 2, 3));
        yield return ("f16", Tensor.FromSpan<Half>([(Half)0.1f, Half.NaN, (Half)(-65504f), Half.Epsilon], 4));
        yield return ("bf16", Tensor.FromSpan<BFloat16>([BFloat16.FromBits(0x3F80), BFloat16.FromBits(0x7FC1), BFloat16.FromBits(0x8000)], 3, 1));
        yield return ("i8", Tensor.FromSpan<sbyte>([-128, -1, 0, 127], 2, 2));
        yield return ("u8", Tensor.FromSpan<byte>([0, 1, 128, 255], 4));
        yield return ("i32", Tensor.FromSpan<int>([int.MinValue, -1, 0, int.MaxValue], 1, 4));
        yield return ("i64", Tensor.FromSpan<long>([long.MinValue, 42, long.MaxValue], 3));
        yield return ("bool", Tensor.FromSpan<bool>([true, false, true], 3));
        var i4 = Tensor.Zeros(DType.I4, 5);
        int[] nibbles = [-8, 7, 0, -1, 3];
        for (int i = 0; i < nibbles.Length; i++)
            i4.SetInt4(i, nibbles[i]);
        yield return ("i4", i4);
        yield return ("scalar", Tensor.FromSpan<float>([3.25f]));
        yield return ("empty", Tensor.Zeros(DType.F32, 0, 7));
    }

    /// <summary>
    /// A graph with every dtype as an initializer, symbolic and unknown dims, omitted optional inputs and
    /// outputs, attributes of every kind, and an If whose branches read a value of the outer graph.
    /// </summary>
    public static Graph Everything()
    {
        var g = new Graph { Name = "everything", DocString = "built in code" };
        g.OpsetImports.Add(new OpsetImport("", 17));
        g.OpsetImports.Add(new OpsetImport("com.microsoft", 1));
        g.Metadata.ProducerName = "coex-tests";
        g.Metadata.ProducerVersion = "1";
        g.Metadata.ModelVersion = 3;
        g.Metadata.Properties.Add(new("author", "coex"));

        var x = new Value("x", DType.F32, [Dim.Symbolic("N"), Dim.Known(3), Dim.Unknown]);
        var cond = new Value("cond", DType.Bool, []);
        g.Inputs.AddRange([x, cond]);
        foreach (var (name, tensor) in TensorsOfEveryDType())
            g.AddInitializer(name, tensor);
        // An initializer also listed as an input: an overridable default.
        g.Inputs.Add(g.Initializers[0].Value);

        var relu = new Value("relu_out", DType.F32, [Dim.Symbolic("N"), Dim.Known(3), Dim.Unknown]);
        var node = g.AddNode("Relu", [x], [relu], name: "relu");
        node.DocString = "a relu";
        var dropped = new Value("dropped");
        var drop = g.AddNode("Dropout", [relu, null, null], [dropped, null], name: "dropout");
        drop.Attributes.Add(NodeAttribute.Int("seed", -7));

        var then = new Graph { Name = "then" };
        var t = new Value("t");
        then.AddNode("Neg", [dropped], [t], name: "neg");
        then.Outputs.Add(t);
        var otherwise = new Graph { Name = "else" };
        otherwise.Outputs.Add(dropped);
        var branch = new Value("branch", DType.F32);
        var ifNode = g.AddNode("If", [cond], [branch], name: "if");
        ifNode.Attributes.Add(NodeAttribute.Graph("then_branch", then));
        ifNode.Attributes.Add(NodeAttribute.Graph("else_branch", otherwise));

        var y = new Value("y", DType.F32);
        var custom = g.AddNode("Custom", [branch, g.Initializers[1].Value], [y], domain: "com.microsoft", name: "custom");
        custom.Attributes.AddRange(
        [
            NodeAttribute.Float("alpha", BitConverter.Int32BitsToSingle(0x7FC0_0042)),
            NodeAttribute.String("mode", "constant ✓"),
            NodeAttribute.Tensor("value", Tensor.FromSpan<long>([1, 2, 3], 3)),
            NodeAttribute.Floats("scales", [1f, -0f, 2.5f]),
            NodeAttribute.Ints("pads", [0, 1, long.MaxValue]),
            NodeAttribute.Strings("names", ["a", "", "c"]),
            NodeAttribute.Tensors("tables", [Tensor.FromSpan<byte>([9], 1), Tensor.Zeros(DType.I4, 3)]),
            NodeAttribute.Graphs("bodies", [new Graph { Name = "empty" }]),
            NodeAttribute.Ints("none", []),
        ]);
        g.Outputs.Add(y);
        return g;
    }
}
