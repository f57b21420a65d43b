using Coex.Graphs;
using Coex.Onnx;
using Coex.Tensors;

namespace Coex.RecSys;

/// <summary>
/// Writes a <see cref="DlrmModel"/> as an ONNX graph (opset 17) built from standard operators only, so ONNX Runtime and
/// Coex's <see cref="Runtime.InferenceSession"/> run the same model: each embedding bag is a Gather of a padded id
/// tensor followed by a ReduceSum.
/// </summary>
/// <remarks>
/// Inputs: <c>dense</c> float [N, DenseFeatures] and, per table t, <c>ids_t</c> int64 [N, MaxPooling(t)] — each
/// sample's ids padded with the id <c>rows_t</c>, which addresses an extra all-zero row appended to the exported table
/// (so padding adds nothing to the sum). Output: <c>probability</c> float [N, 1]. The dot interaction is
/// Unsqueeze/Concat → Z [N, F, D], MatMul(Z, Zᵀ), Reshape to [N, F²] and a Gather of the lower-triangle positions.
/// </remarks>
public static class DlrmExport
{
    public const long Opset = 17;

    /// <summary>The graph of <paramref name="model"/>'s current weights (copied).</summary>
    public static Graph ToGraph(DlrmModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var config = model.Config;
        var graph = new Graph { Name = $"dlrm_{config.Name}", DocString = $"Coex DLRM '{config.Name}': {config.Tables} tables, dim {config.EmbeddingDim}, {config.Interaction} interaction." };
        graph.OpsetImports.Add(new OpsetImport("", Opset));
        graph.Metadata.ProducerName = "coex";
        var n = Dim.Symbolic("N");
        int d = config.EmbeddingDim, f = config.Tables + 1;
        var dense = new Value("dense", DType.F32, [n, Dim.Known(config.DenseFeatures)]);
        graph.Inputs.Add(dense);
        int counter = 0;
        Value Node(string op, Value[] inputs, params NodeAttribute[] attributes)
        {
            string name = $"{op.ToLowerInvariant()}_{counter++}";
            var node = graph.AddNode(op, inputs, [new Value(name + "_out")], name: name);
            foreach (var a in attributes)
                node.Attributes.Add(a);
            return node.Outputs[0]!;
        }
        Value Const(string name, Tensor tensor) => graph.AddInitializer(name, tensor);
        Value Copy(Coex.Training.Parameter p) => Const(p.Name, Tensor.FromSpan<float>(p.Data, p.Shape.ToArray()));

        var x = dense;
        foreach (var (w, b) in model.Bottom)
            x = Node("Relu", [Node("Gemm", [x, Copy(w), Copy(b)], NodeAttribute.Int("transB", 1))]);

        bool dot = config.Interaction == InteractionKind.Dot;
        var axis1 = Const("axes_1", Tensor.FromSpan<long>([1L], 1));
        var pooled = new Value[config.Tables];
        for (int t = 0; t < config.Tables; t++)
        {
            var ids = new Value($"ids_{t}", DType.I64, [n, Dim.Known(config.MaxPooling(t))]);
            graph.Inputs.Add(ids);
            int rows = config.TableRows[t];
            var padded = Tensor.Zeros(DType.F32, rows + 1, d);
            model.Tables[t].Data.CopyTo(padded.AsSpan<float>());
            var rowsOut = Node("Gather", [Const($"emb.{t}", padded), ids], NodeAttribute.Int("axis", 0));
            // [N, L, D] → [N, 1, D] for the dot interaction's stack, [N, D] for concat.
            pooled[t] = Node("ReduceSum", [rowsOut, axis1], NodeAttribute.Int("keepdims", dot ? 1 : 0));
        }

        Value z;
        if (dot)
        {
            var stacked = Node("Concat", [Node("Unsqueeze", [x, axis1]), .. pooled], NodeAttribute.Int("axis", 1)); // [N, F, D]
            var gram = Node("MatMul", [stacked, Node("Transpose", [stacked], NodeAttribute.Ints("perm", [0, 2, 1]))]); // [N, F, F]
            var flat = Node("Reshape", [gram, Const("gram_shape", Tensor.FromSpan<long>([-1L, (long)f * f], 2))]);
            var lower = new List<long>();
            for (int i = 1; i < f; i++)
                for (int j = 0; j < i; j++)
                    lower.Add((long)i * f + j);
            var pairs = Node("Gather", [flat, Const("lower_triangle", Tensor.FromSpan<long>(lower.ToArray(), lower.Count))], NodeAttribute.Int("axis", 1));
            z = Node("Concat", [x, pairs], NodeAttribute.Int("axis", 1));
        }
        else
        {
            z = Node("Concat", [x, .. pooled], NodeAttribute.Int("axis", 1));
        }
        for (int i = 0; i < model.Top.Count; i++)
        {
            z = Node("Gemm", [z, Copy(model.Top[i].Weight), Copy(model.Top[i].Bias)], NodeAttribute.Int("transB", 1));
            if (i < model.Top.Count - 1)
                z = Node("Relu", [z]);
        }
        var sigmoid = graph.AddNode("Sigmoid", [z], [new Value("probability", DType.F32)], name: "probability");
        graph.Outputs.Add(sigmoid.Outputs[0]!);
        ShapeInference.InferShapes(graph);
        GraphValidator.Validate(graph);
        return graph;
    }

    /// <summary>The ONNX model bytes of <see cref="ToGraph"/>.</summary>
    public static byte[] ToBytes(DlrmModel model) => OnnxExporter.ToBytes(ToGraph(model));

    /// <summary>
    /// Table <paramref name="t"/>'s ids of <paramref name="batch"/> as the exported graph's <c>ids_t</c> input:
    /// [B, MaxPooling(t)] int64, each bag padded with the zero row's id <c>rows_t</c>.
    /// </summary>
    public static long[] PaddedIds(DlrmConfig config, ClickBatch batch, int t)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(batch);
        int width = config.MaxPooling(t), rows = config.TableRows[t], n = batch.Batch;
        var ids = new long[n * width];
        Array.Fill(ids, rows);
        for (int b = 0; b < n; b++)
        {
            int start = batch.Offsets[t * n + b], end = batch.Offsets[t * n + b + 1];
            if (end - start > width)
                throw new ArgumentException($"Sample {b} has {end - start} ids for table {t}; the export takes at most {width}.", nameof(batch));
            for (int k = start; k < end; k++)
                ids[b * width + k - start] = batch.Indices[k];
        }
        return ids;
    }

    /// <summary>Every input of the exported graph for <paramref name="batch"/>, by name.</summary>
    public static Dictionary<string, Tensor> Inputs(DlrmConfig config, ClickBatch batch)
    {
        var inputs = new Dictionary<string, Tensor> { ["dense"] = Tensor.FromSpan<float>(batch.Dense, batch.Batch, config.DenseFeatures) };
        for (int t = 0; t < config.Tables; t++)
            inputs[$"ids_{t}"] = Tensor.FromSpan<long>(PaddedIds(config, batch, t), batch.Batch, config.MaxPooling(t));
        return inputs;
    }
}
