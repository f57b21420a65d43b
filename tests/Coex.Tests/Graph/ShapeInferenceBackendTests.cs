using Coex.Graphs;
using Coex.Onnx;
using Coex.Tests.Onnx;
using Xunit.Abstractions;

namespace Coex.Tests.Graphs;

/// <summary>
/// Shape inference against the official ONNX backend node tests: on every model whose operators all have rules,
/// the declared output shapes are erased, inferred again, and compared with the recorded output tensors.
/// </summary>
public class ShapeInferenceBackendTests(ITestOutputHelper output)
{
    /// <summary>Lower bound on outputs compared, so a rule that silently stops inferring is caught.</summary>
    private const int MinimumAgreed = 600;

    [Fact]
    public void Inferred_shapes_match_recorded_outputs_of_backend_node_tests()
    {
        int models = 0, compared = 0, agreed = 0, notInferred = 0;
        var failures = new List<string>();
        var uninferred = new List<string>();
        foreach (var dir in OnnxTestData.NodeTestDirectories())
        {
            string name = Path.GetFileName(dir);
            Graph graph;
            try
            {
                graph = OnnxImporter.Load(Path.Combine(dir, "model.onnx"));
            }
            catch (OnnxFormatException)
            {
                continue;
            }
            if (graph.Nodes.Any(n => n.Domain.Length > 0 || !ShapeInference.IsSupported(n.OpType)))
                continue;
            string dataSet = Path.Combine(dir, "test_data_set_0");
            if (!Directory.Exists(dataSet))
                continue;
            models++;

            // Shape and axes operands fed as graph inputs become initializers (the form inference reads them in),
            // with the recorded input as their contents.
            for (int i = 0; i < graph.Inputs.Count; i++)
            {
                string file = Path.Combine(dataSet, $"input_{i}.pb");
                if (graph.Inputs[i].DType == Coex.Tensors.DType.I64 && File.Exists(file) && graph.Initializers.All(x => x.Value != graph.Inputs[i]))
                    graph.Initializers.Add(new Initializer(graph.Inputs[i], OnnxImporter.LoadTensor(file)));
            }

            // Erase what the file declares about node outputs, so only inference can fill it in.
            foreach (var node in graph.Nodes)
            {
                foreach (var value in node.Outputs.OfType<Value>())
                {
                    value.Shape = null;
                    value.DType = null;
                }
            }
            try
            {
                ShapeInference.InferShapes(graph);
            }
            catch (InvalidGraphException e)
            {
                failures.Add($"{name}: {e.Message}");
                continue;
            }

            for (int i = 0; i < graph.Outputs.Count; i++)
            {
                string file = Path.Combine(dataSet, $"output_{i}.pb");
                if (!File.Exists(file))
                    continue;
                var shape = graph.Outputs[i].Shape;
                if (shape is null || shape.Any(d => !d.IsKnown))
                {
                    notInferred++;
                    uninferred.Add($"{name} output {i}");
                    continue;
                }
                int[] expected;
                try
                {
                    expected = OnnxImporter.LoadTensor(file).Shape.ToArray();
                }
                catch (OnnxFormatException)
                {
                    continue; // Element types Coex does not model (double, string): nothing to compare with.
                }
                compared++;
                int[] inferred = [.. shape.Select(d => d.Size!.Value)];
                if (inferred.SequenceEqual(expected))
                    agreed++;
                else
                    failures.Add($"{name} output {i}: inferred [{string.Join(", ", inferred)}], recorded [{string.Join(", ", expected)}]");
            }
        }

        output.WriteLine($"{models} models with only supported ops; {compared} outputs compared, {agreed} agree; {notInferred} not inferred.");
        foreach (var u in uninferred)
            output.WriteLine($"  not inferred: {u}");
        foreach (var f in failures)
            output.WriteLine($"  FAIL {f}");
        Assert.True(failures.Count == 0, $"{failures.Count} disagreements:\n{string.Join("\n", failures)}");
        Assert.True(agreed >= MinimumAgreed, $"Only {agreed} outputs agreed (expected at least {MinimumAgreed}).");
    }
}
