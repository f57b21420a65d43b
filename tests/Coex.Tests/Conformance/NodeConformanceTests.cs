using System.Diagnostics;
using Coex.Runtime.Conformance;
using Xunit.Abstractions;

namespace Coex.Tests.Conformance;

/// <summary>
/// Runs every official ONNX backend node test (Debian's libonnx-testdata) through Coex. Tests whose operators
/// are all supported must pass, except those listed with a reason in known-failures.txt; the list must be
/// exact, so a new failure and a listed test that now passes both fail this test.
/// </summary>
public class NodeConformanceTests(ITestOutputHelper output)
{
    private static readonly string KnownFailuresPath = Path.Combine(AppContext.BaseDirectory, "Conformance", "known-failures.txt");

    [Fact]
    public void Every_node_test_of_a_supported_operator_passes_or_is_a_listed_known_failure()
    {
        var stopwatch = Stopwatch.StartNew();
        var results = NodeTestRunner.TestDirectories().Select(d => NodeTestRunner.Run(d)).ToList();
        Assert.True(results.Count > 100, $"Only {results.Count} node tests found.");

        var known = KnownFailures();
        var failed = results.Where(r => r.Outcome == NodeTestOutcome.Failed).ToDictionary(r => r.Name, r => r.Detail);
        int passed = results.Count(r => r.Outcome == NodeTestOutcome.Passed);
        int unsupported = results.Count(r => r.Outcome == NodeTestOutcome.Unsupported);
        output.WriteLine($"{results.Count} node tests in {stopwatch.Elapsed.TotalSeconds:F1} s: {passed} passed, {failed.Count} failed ({known.Count} known), {unsupported} unsupported.");

        var unexpected = failed.Keys.Where(n => !known.ContainsKey(n)).Order(StringComparer.Ordinal).ToList();
        var nowPassing = known.Keys.Where(n => !failed.ContainsKey(n)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in unexpected)
            output.WriteLine($"NEW FAILURE {name}: {failed[name]}");
        foreach (var name in nowPassing)
            output.WriteLine($"LISTED BUT NOT FAILING {name} ({results.FirstOrDefault(r => r.Name == name)?.Outcome.ToString() ?? "missing"})");
        Assert.True(unexpected.Count == 0 && nowPassing.Count == 0,
            $"{unexpected.Count} unexpected failures ({string.Join(", ", unexpected.Take(20))}); {nowPassing.Count} listed known failures no longer fail ({string.Join(", ", nowPassing.Take(20))}). Update {KnownFailuresPath} only with a reason.");
    }

    /// <summary>
    /// Convolution, pooling and unary kernels get their outputs without zero-filling; with those outputs filled with NaN
    /// first, their node tests must still pass (an unwritten element would show as NaN), and the built-in models must give
    /// the same answers as on zeroed buffers.
    /// </summary>
    [Fact]
    public void Kernels_given_uninitialized_outputs_write_every_element()
    {
        string[] ops = ["conv", "maxpool", "averagepool", "relu", "erf", "exp", "log", "sqrt", "tanh", "sigmoid", "abs", "neg", "gelu", "gemm", "matmul"];
        var dirs = NodeTestRunner.TestDirectories().Where(d => ops.Any(op => Path.GetFileName(d).StartsWith("test_" + op, StringComparison.Ordinal))).ToList();
        Assert.True(dirs.Count > 30, $"Only {dirs.Count} conv/pool/unary/GEMM node tests found.");
        var known = KnownFailures();
        var models = Coex.Graphs.BuiltinModels.Names.ToDictionary(n => n, n => Coex.Graphs.BuiltinModels.Create(n, batch: 2));
        var input = models.ToDictionary(m => m.Key, m => RandomInput(m.Value));
        var zeroed = models.ToDictionary(m => m.Key, m => RunTwice(m.Value, input[m.Key]));
        try
        {
            Coex.Runtime.BufferPool.PoisonUninitialized = true;
            var failed = dirs.Select(d => NodeTestRunner.Run(d)).Where(r => r.Outcome == NodeTestOutcome.Failed && !known.ContainsKey(r.Name)).Select(r => $"{r.Name}: {r.Detail}").ToList();
            Assert.True(failed.Count == 0, string.Join("\n", failed.Take(10)));
            foreach (var (name, graph) in models)
                Assert.Equal(zeroed[name], RunTwice(graph, input[name]));
        }
        finally
        {
            Coex.Runtime.BufferPool.PoisonUninitialized = false;
        }
    }

    private static Coex.Tensors.Tensor RandomInput(Coex.Graphs.Graph graph)
    {
        var v = graph.Inputs[0];
        var t = Coex.Tensors.Tensor.Zeros(Coex.Tensors.DType.F32, [.. v.Shape!.Select(d => d.Size!.Value)]);
        var rng = new Random(3);
        var span = t.AsSpan<float>();
        for (int i = 0; i < span.Length; i++)
            span[i] = (float)(rng.NextDouble() * 2 - 1);
        return t;
    }

    /// <summary>The second run's output: it reuses the first run's buffers, so stale values are there to be left behind.</summary>
    private static float[] RunTwice(Coex.Graphs.Graph graph, Coex.Tensors.Tensor input)
    {
        var session = new Coex.Runtime.InferenceSession(graph, new Coex.Runtime.SessionOptions { Threads = 2 });
        var feed = new Dictionary<string, Coex.Tensors.Tensor> { [graph.Inputs[0].Name] = input };
        session.Run(feed).Dispose();
        using var result = session.Run(feed);
        return result.Values.Single().AsSpan<float>().ToArray();
    }

    /// <summary>known-failures.txt: one "test_name: reason" a line; '#' starts a comment line.</summary>
    private static Dictionary<string, string> KnownFailures()
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(KnownFailuresPath))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            int colon = line.IndexOf(':');
            Assert.True(colon > 0 && line[(colon + 1)..].Trim().Length > 0, $"known-failures.txt line without a reason: '{raw}'");
            known.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return known;
    }
}
