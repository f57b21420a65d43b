using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;

namespace Coex.Runtime.Conformance;

/// <summary>How one ONNX backend node test went.</summary>
public enum NodeTestOutcome
{
    /// <summary>Every output matched the recorded one within tolerance.</summary>
    Passed,
    /// <summary>The model ran wrongly, threw, or failed to load for a reason other than an unsupported feature.</summary>
    Failed,
    /// <summary>The importer refused the model (a type or value kind Coex does not model) or an operator is not supported.</summary>
    Unsupported,
}

/// <summary>
/// The result of one node test: its directory name, the op types its model uses, the outcome and why; for an
/// unsupported test, <see cref="UnsupportedOp"/> names the operator that could not be loaded (null when the importer refused the model).
/// </summary>
public sealed record NodeTestResult(string Name, IReadOnlyList<string> OpTypes, NodeTestOutcome Outcome, string Detail, string? UnsupportedOp = null);

/// <summary>
/// Runs the official ONNX backend node tests (a directory per test holding <c>model.onnx</c> and
/// <c>test_data_set_*/{input,output}_*.pb</c>) and compares with the recorded outputs using the ONNX backend
/// test tolerances: <c>|actual − expected| ≤ atol + rtol·|expected|</c> with rtol = 1e-3, atol = 1e-7 for floats
/// (NaN matches NaN), exact equality for integers and bools.
/// </summary>
public static class NodeTestRunner
{
    /// <summary>Where Debian's libonnx-testdata installs the node tests.</summary>
    public const string DefaultRoot = "/usr/share/libonnx-testdata/data/node";

    public const double RelativeTolerance = 1e-3;
    public const double AbsoluteTolerance = 1e-7;

    /// <summary>Test directories under <paramref name="root"/> that hold a model, sorted by name.</summary>
    public static string[] TestDirectories(string root = DefaultRoot)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"{root} does not exist; install the Debian package libonnx-testdata.");
        var dirs = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "model.onnx"))).ToArray();
        Array.Sort(dirs, StringComparer.Ordinal);
        return dirs;
    }

    /// <summary>Runs the test in <paramref name="directory"/> on a single kernel thread.</summary>
    public static NodeTestResult Run(string directory, int threads = 1)
    {
        string name = Path.GetFileName(directory);
        Graph graph;
        try
        {
            graph = OnnxImporter.Load(Path.Combine(directory, "model.onnx"));
        }
        catch (OnnxFormatException e)
        {
            return new(name, [], NodeTestOutcome.Unsupported, $"importer: {e.Message}");
        }
        string[] ops = [.. graph.Nodes.Select(n => n.Domain.Length == 0 || n.Domain == "ai.onnx" ? n.OpType : $"{n.Domain}.{n.OpType}").Distinct().Order(StringComparer.Ordinal)];
        InferenceSession session;
        try
        {
            session = new InferenceSession(graph, new SessionOptions { Threads = threads });
        }
        catch (UnsupportedOperatorException e)
        {
            return new(name, ops, NodeTestOutcome.Unsupported, e.Message, e.Domain.Length == 0 || e.Domain == "ai.onnx" ? e.OpType : $"{e.Domain}.{e.OpType}");
        }
        catch (Exception e) when (e is InvalidGraphException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return new(name, ops, NodeTestOutcome.Failed, $"load: {e.Message}");
        }

        var sets = Directory.GetDirectories(directory, "test_data_set_*").Order(StringComparer.Ordinal).ToArray();
        foreach (var set in sets)
        {
            string? failure;
            try
            {
                failure = RunSet(graph, session, set);
            }
            catch (OnnxFormatException e)
            {
                return new(name, ops, NodeTestOutcome.Unsupported, $"test data: {e.Message}");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or IndexOutOfRangeException or OverflowException or DivideByZeroException)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
            }
            if (failure is not null)
                return new(name, ops, NodeTestOutcome.Failed, $"{Path.GetFileName(set)}: {failure}");
        }
        return new(name, ops, NodeTestOutcome.Passed, sets.Length == 0 ? "no test data" : $"{sets.Length} data set(s)");
    }

    /// <summary>Runs one data set; null when every output matches, else the first difference.</summary>
    private static string? RunSet(Graph graph, InferenceSession session, string set)
    {
        var inputs = new Dictionary<string, Tensor>();
        var files = Directory.GetFiles(set, "input_*.pb").OrderBy(f => Index(f)).ToArray();
        for (int k = 0; k < files.Length; k++)
        {
            var tensor = OnnxImporter.LoadTensor(files[k], out string tensorName);
            // The recorded tensor's name when it names an input, else the input at the same position.
            string inputName = graph.Inputs.Any(v => v.Name == tensorName) ? tensorName
                : k < graph.Inputs.Count ? graph.Inputs[k].Name : throw new InvalidOperationException($"{Path.GetFileName(files[k])} has no matching graph input.");
            inputs[inputName] = tensor;
        }
        var outputs = session.Run(inputs);
        var expectedFiles = Directory.GetFiles(set, "output_*.pb").OrderBy(f => Index(f)).ToArray();
        for (int k = 0; k < expectedFiles.Length && k < graph.Outputs.Count; k++)
        {
            var expected = OnnxImporter.LoadTensor(expectedFiles[k]);
            string outName = graph.Outputs[k].Name;
            if (Compare(expected, outputs[outName]) is { } why)
                return $"output '{outName}': {why}";
        }
        return null;
    }

    private static int Index(string file)
    {
        string stem = Path.GetFileNameWithoutExtension(file);
        return int.Parse(stem[(stem.LastIndexOf('_') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Null when <paramref name="actual"/> matches <paramref name="expected"/> (see the type's tolerances), else the first difference.</summary>
    public static string? Compare(Tensor expected, Tensor actual)
    {
        if (expected.DType != actual.DType)
            return $"element type {actual.DType}, expected {expected.DType}";
        if (!expected.Shape.SequenceEqual(actual.Shape))
            return $"shape [{string.Join(", ", actual.Shape.ToArray())}], expected [{string.Join(", ", expected.Shape.ToArray())}]";
        bool isFloat = expected.DType is DType.F32 or DType.F16 or DType.BF16;
        if (!isFloat)
        {
            if (expected.Bytes.SequenceEqual(actual.Bytes))
                return null;
            for (int i = 0; i < expected.Length; i++)
            {
                if (Operators.TensorHelpers.GetLong(expected, i) != Operators.TensorHelpers.GetLong(actual, i))
                    return $"element {i} is {Operators.TensorHelpers.GetLong(actual, i)}, expected {Operators.TensorHelpers.GetLong(expected, i)} (exact match required)";
            }
            return null;
        }
        for (int i = 0; i < expected.Length; i++)
        {
            double e = Operators.TensorHelpers.Get(expected, i), a = Operators.TensorHelpers.Get(actual, i);
            if (double.IsNaN(e) && double.IsNaN(a))
                continue;
            if (e == a)
                continue; // covers equal infinities
            // An infinity matches only itself (the relative bound would be infinite too).
            if (double.IsInfinity(e) || !(Math.Abs(a - e) <= AbsoluteTolerance + RelativeTolerance * Math.Abs(e)))
                return $"element {i} is {a:R}, expected {e:R}";
        }
        return null;
    }
}
