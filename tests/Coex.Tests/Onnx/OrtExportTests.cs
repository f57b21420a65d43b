using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;
using Microsoft.ML.OnnxRuntime;
using TensorElementType = Microsoft.ML.OnnxRuntime.Tensors.TensorElementType;
using Xunit.Abstractions;

namespace Coex.Tests.Onnx;

/// <summary>
/// ONNX Runtime as the oracle for export: a backend node-test model and Coex's re-export of it must give
/// ONNX Runtime bit-identical outputs on the recorded inputs.
/// </summary>
public class OrtExportTests(ITestOutputHelper output)
{
    [Fact]
    public void Onnx_runtime_gives_identical_outputs_for_original_and_reexported_models()
    {
        int compared = 0, skipped = 0;
        using var options = new SessionOptions { LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, IntraOpNumThreads = 1 };
        foreach (var dir in OnnxTestData.NodeTestDirectories())
        {
            string modelPath = Path.Combine(dir, "model.onnx");
            string set = Path.Combine(dir, "test_data_set_0");
            Graph graph;
            List<Tensor> inputs;
            try
            {
                graph = OnnxImporter.Load(modelPath);
                inputs = Directory.Exists(set)
                    ? [.. Directory.GetFiles(set, "input_*.pb").Order(StringComparer.Ordinal).Select(f => OnnxImporter.LoadTensor(f))]
                    : [];
            }
            catch (OnnxFormatException)
            {
                continue; // refused by Coex: covered by BackendModelTests
            }

            byte[]?[]? original, again;
            try
            {
                using var session = new InferenceSession(modelPath, options);
                original = Run(session, inputs);
                again = Run(session, inputs);
            }
            catch (OnnxRuntimeException)
            {
                skipped++; // ONNX Runtime itself cannot run this test model
                continue;
            }
            if (original is null || !SameOutputs(original, again))
            {
                skipped++; // random operators, or inputs the test leaves out
                continue;
            }

            using var exported = new InferenceSession(OnnxExporter.ToBytes(graph), options);
            var result = Run(exported, inputs);
            Assert.True(result is not null && SameOutputs(original, result), $"{Path.GetFileName(dir)}: ONNX Runtime's outputs differ between the original and Coex's export.");
            compared++;
        }
        output.WriteLine($"{compared} models compared bit-exactly in ONNX Runtime, {skipped} skipped (not runnable or not deterministic).");
        Assert.True(compared > 500, $"Only {compared} models compared.");
    }

    /// <summary>Runs <paramref name="session"/> on the inputs in order; each output's raw bytes, or null if the input count does not fit.</summary>
    private static byte[]?[]? Run(InferenceSession session, List<Tensor> inputs)
    {
        if (inputs.Count != session.InputNames.Count)
            return null;
        var values = new Dictionary<string, OrtValue>();
        try
        {
            for (int i = 0; i < inputs.Count; i++)
                values[session.InputNames[i]] = ToOrt(inputs[i]);
            using var runOptions = new RunOptions();
            using var results = session.Run(runOptions, values, session.OutputNames);
            return [.. results.Select(r => r.IsTensor ? r.GetTensorMutableRawData().ToArray() : null)];
        }
        finally
        {
            foreach (var v in values.Values)
                v.Dispose();
        }
    }

    private static OrtValue ToOrt(Tensor tensor)
    {
        long[] shape = [.. tensor.Shape.ToArray().Select(d => (long)d)];
        // ONNX Runtime's element type codes are ONNX's.
        var value = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, (TensorElementType)OnnxTypes.FromDType(tensor.DType), shape);
        tensor.Bytes.CopyTo(value.GetTensorMutableRawData());
        return value;
    }

    private static bool SameOutputs(byte[]?[] a, byte[]?[]? b) =>
        b is not null && a.Length == b.Length && a.Zip(b).All(p => p.First is not null && p.Second is not null && p.First.AsSpan().SequenceEqual(p.Second));
}
