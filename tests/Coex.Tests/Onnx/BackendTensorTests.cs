using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;
using Xunit.Abstractions;

namespace Coex.Tests.Onnx;

/// <summary>Decodes the recorded inputs and outputs (<c>test_data_set_0/*.pb</c>) of the official ONNX backend node tests.</summary>
public class BackendTensorTests(ITestOutputHelper output)
{
    private static string DataFile(string test, string file) => Path.Combine(OnnxTestData.NodeTestRoot, test, "test_data_set_0", file);

    /// <summary>Recorded inputs whose shape disagrees with the model's declared input shape in the ONNX 1.12 test data itself.</summary>
    private static readonly string[] KnownShapeMismatches =
    [
        // 'like' is recorded as [1] but declared [3, 4].
        "test_castlike_BFLOAT16_to_FLOAT/input_1.pb",
        "test_castlike_BFLOAT16_to_FLOAT_expanded/input_1.pb",
    ];

    private static bool Fits(Tensor tensor, IReadOnlyList<Dim> shape)
    {
        if (shape.Count != tensor.Rank)
            return false;
        for (int d = 0; d < shape.Count; d++)
        {
            if (shape[d].Size is { } size && size != tensor.Shape[d])
                return false;
        }
        return true;
    }

    [Fact]
    public void Every_recorded_tensor_decodes_or_is_refused_clearly_and_matches_the_model_input_type()
    {
        int decoded = 0, refused = 0, checkedAgainstModel = 0;
        var shapeMismatches = new List<string>();
        foreach (var dir in OnnxTestData.NodeTestDirectories())
        {
            string set = Path.Combine(dir, "test_data_set_0");
            if (!Directory.Exists(set))
                continue;
            Graph? graph = null;
            try
            {
                graph = OnnxImporter.Load(Path.Combine(dir, "model.onnx"));
            }
            catch (OnnxFormatException)
            {
            }
            foreach (var file in Directory.GetFiles(set, "*.pb").Order(StringComparer.Ordinal))
            {
                Tensor tensor;
                string name;
                try
                {
                    tensor = OnnxImporter.LoadTensor(file, out name);
                }
                catch (OnnxFormatException)
                {
                    // Sequences, optionals, strings, doubles...: refused with the one exception type is the contract.
                    refused++;
                    continue;
                }
                decoded++;
                var back = OnnxImporter.LoadTensor(OnnxExporter.TensorToBytes(tensor, name));
                Assert.Null(GraphComparer.CompareTensor(tensor, back, file));

                string stem = Path.GetFileNameWithoutExtension(file);
                if (graph is not null && stem.StartsWith("input_", StringComparison.Ordinal))
                {
                    int index = int.Parse(stem["input_".Length..], System.Globalization.CultureInfo.InvariantCulture);
                    var input = graph.Inputs.Where(v => !graph.Initializers.Any(i => i.Value == v)).ElementAtOrDefault(index);
                    if (input?.DType is { } dtype)
                    {
                        Assert.True(dtype == tensor.DType, $"{file}: model input '{input.Name}' is {dtype} but the data is {tensor.DType}");
                        if (input.Shape is { } shape && !Fits(tensor, shape))
                            shapeMismatches.Add($"{Path.GetFileName(dir)}/{Path.GetFileName(file)}");
                        checkedAgainstModel++;
                    }
                }
            }
        }
        output.WriteLine($"{decoded} tensors decoded, {refused} refused, {checkedAgainstModel} checked against their model's input type.");
        Assert.Equal(KnownShapeMismatches, shapeMismatches);
        Assert.True(decoded > 2500, $"Only {decoded} recorded tensors decoded.");
        Assert.True(checkedAgainstModel > 1000, $"Only {checkedAgainstModel} tensors checked against their model.");
    }

    [Fact]
    public void Known_values_of_each_dtype()
    {
        // Values read with onnx.numpy_helper once and written down here, so the test itself needs no Python.
        var abs = OnnxImporter.LoadTensor(DataFile("test_abs", "input_0.pb"), out string name);
        Assert.Equal("x", name);
        Assert.Equal([3, 4, 5], abs.Shape.ToArray());
        Assert.Equal([1.764052391052246f, 0.40015721321105957f, 0.978738009929657f, 2.2408931255340576f], abs.AsSpan<float>()[..4].ToArray());

        var f16 = OnnxImporter.LoadTensor(DataFile("test_cast_FLOAT16_to_FLOAT", "input_0.pb"));
        Assert.Equal(DType.F16, f16.DType);
        Assert.Equal([0x2f92, 0x391f, 0x3096, 0x3b8f], f16.AsSpan<Half>()[..4].ToArray().Select(BitConverter.HalfToUInt16Bits).Select(b => (int)b));

        var and = OnnxImporter.LoadTensor(DataFile("test_and2d", "input_0.pb"));
        Assert.Equal(DType.Bool, and.DType);
        Assert.Equal([3, 4], and.Shape.ToArray());

        var u8 = OnnxImporter.LoadTensor(DataFile("test_dequantizelinear", "input_0.pb"));
        Assert.Equal([(byte)0, (byte)3, (byte)128, (byte)255], u8.AsSpan<byte>().ToArray());

        var i64 = OnnxImporter.LoadTensor(DataFile("test_argmax_default_axis_example", "output_0.pb"));
        Assert.Equal([1, 2], i64.Shape.ToArray());
        Assert.Equal([1L, 1L], i64.AsSpan<long>().ToArray());
    }

    [Fact]
    public void An_optional_proto_misread_as_a_tensor_is_refused_without_a_large_allocation()
    {
        // This OptionalProto parses as a TensorProto whose "dims" are the bytes of its name (111, 112, 116, ...),
        // a shape of ~10^12 elements backed by 27 entries: refused before anything that size is allocated.
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<OnnxFormatException>(() => OnnxImporter.LoadTensor(DataFile("test_identity_opt", "input_0.pb")));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
        Assert.Contains("test_identity_opt", e.Message);
    }
}
