using Coex.Graphs;
using Coex.Onnx;
using Xunit.Abstractions;

namespace Coex.Tests.Onnx;

/// <summary>Loads every model of the official ONNX backend node tests: each must load into a valid graph or be refused with <see cref="OnnxFormatException"/>.</summary>
public class BackendModelTests(ITestOutputHelper output)
{
    /// <summary>
    /// Lower bound on how many of the node-test models load. The refused ones use data types or value kinds
    /// Coex does not model (double, string, sequences, optionals, ...); the bound catches an importer that
    /// starts refusing models it used to accept.
    /// </summary>
    private const int MinimumLoaded = 700;

    [Fact]
    public void Every_node_test_model_loads_or_is_refused_clearly_and_loaded_ones_round_trip()
    {
        var dirs = OnnxTestData.NodeTestDirectories();
        int loaded = 0;
        var reasons = new Dictionary<string, int>();
        foreach (var dir in dirs)
        {
            string path = Path.Combine(dir, "model.onnx");
            Graph graph;
            try
            {
                graph = OnnxImporter.Load(path);
            }
            catch (OnnxFormatException e)
            {
                string reason = Reason(e.Message);
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                continue;
            }
            loaded++;
            GraphValidator.Validate(graph);

            byte[] saved = OnnxExporter.ToBytes(graph);
            var reloaded = OnnxImporter.Load(saved);
            string? difference = GraphComparer.FirstDifference(graph, reloaded);
            Assert.True(difference is null, $"{Path.GetFileName(dir)}: {difference}");
            Assert.Equal(saved, OnnxExporter.ToBytes(reloaded));
        }

        output.WriteLine($"{loaded} of {dirs.Length} node-test models loaded; refused:");
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value))
            output.WriteLine($"  {count,4}  {reason}");
        Assert.True(loaded >= MinimumLoaded, $"Only {loaded} of {dirs.Length} models loaded (expected at least {MinimumLoaded}).");
    }

    /// <summary>The message from its cause onwards, with the path and value names cut off, so refusals group by cause.</summary>
    private static string Reason(string message)
    {
        foreach (var marker in new[] { " is a ", " is optional", " has data type ", " refers to ", " holds ", " defines " })
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
                return message[at..];
        }
        return message;
    }
}
