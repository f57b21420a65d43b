using Coex.Graphs;
using Coex.Quantization;
using Coex.Tensors;
using Coex.Training;
using Coex.Training.Data;

namespace Coex.Tests.Quantization;

/// <summary>
/// Shared, trained-once models for the quantization tool tests: a LeNet trained briefly on a Fashion-MNIST subset,
/// exported as ONNX (BatchNorm folded), and a minimal QDQ version of it built here with the Graph IR.
/// </summary>
internal static class QuantToolsFixtures
{
    public static readonly DataOptions Normalization = new() { Mean = 0.286f, Std = 0.353f };

    private static readonly Lazy<(ImageDataset Train, ImageDataset Test)> Data = new(() =>
        (FashionMnist.LoadTrain().Take(2000), FashionMnist.LoadTest().Take(1024)));

    private static readonly Lazy<Model> Trained = new(() =>
    {
        var (train, _) = Data.Value;
        var model = ModelZoo.Create("lenet", [1, 28, 28], 10, seed: 4);
        var loader = new DataLoader(train, 64, Normalization, shuffle: true, seed: 4);
        new Trainer(model, new TrainOptions { Epochs = 1, LearningRate = 0.05f, Threads = 2 }, loader.BatchCount).TrainEpoch(loader, 0);
        return model;
    });

    private static readonly Lazy<Graph> Folded = new(() => ModelExport.ToGraph(Trained.Value, new ModelExportOptions { FoldBatchNorm = true }));

    /// <summary>The float LeNet with its BatchNorms folded into the convolutions (a fresh rewrite copy per call, so tests cannot disturb each other).</summary>
    public static Graph Float => Folded.Value.CopyForRewrite();

    /// <summary>The same trained LeNet exported with separate BatchNormalization nodes (as <c>coex train</c> writes it).</summary>
    public static Graph FloatWithBatchNorm => ModelExport.ToGraph(Trained.Value);

    /// <summary>Normalized training images (the first <paramref name="count"/>), as one batch.</summary>
    public static Batch TrainBatch(int count, int offset = 0) => Batch(Data.Value.Train, count, offset);

    /// <summary>Normalized test images, batches of <paramref name="size"/>, starting at image <paramref name="offset"/>.</summary>
    public static IEnumerable<Batch> TestBatches(int size, int count, int offset = 0)
    {
        for (int b = 0; b < count; b++)
            yield return Batch(Data.Value.Test, size, offset + b * size);
    }

    private static Batch Batch(ImageDataset set, int count, int offset)
    {
        var indices = Enumerable.Range(offset, count).ToArray();
        return new DataLoader(set.Subset(indices), count, Normalization, shuffle: false, seed: 0).Epoch(0).Single();
    }

    /// <summary>Affine input drift: every pixel v becomes scale·v + shift (in normalized units).</summary>
    public static Tensor Drift(Tensor images, float scale, float shift)
    {
        var copy = Tensor.FromSpan<float>(images.AsSpan<float>(), images.Shape.ToArray());
        var x = copy.AsSpan<float>();
        for (int i = 0; i < x.Length; i++)
            x[i] = x[i] * scale + shift;
        return copy;
    }

    /// <summary>
    /// A minimal QDQ model of <paramref name="graph"/>: the input and every node output but the last are quantized u8
    /// (asymmetric, min/max over <paramref name="calibration"/>), Conv/Gemm weights s8 symmetric per tensor. Values
    /// named in <paramref name="scaleMultipliers"/> get their calibrated activation scale multiplied (to break a layer).
    /// Node and value names are kept, as QDQ insertion does.
    /// </summary>
    public static Graph Qdq(Graph graph, Tensor calibration, IReadOnlyDictionary<string, float>? scaleMultipliers = null)
    {
        var lastOutputs = graph.Outputs.Select(o => o.Name).ToHashSet();
        var activations = new List<Value>(graph.Inputs);
        activations.AddRange(graph.Nodes.SelectMany(n => n.Outputs).OfType<Value>().Where(v => !lastOutputs.Contains(v.Name)));
        var observed = new ActivationCapture(graph, activations, threads: 2).Run(calibration);

        var q = new Graph { Name = graph.Name + ".qdq" };
        q.OpsetImports.AddRange(graph.OpsetImports);
        q.Inputs.AddRange(graph.Inputs);
        q.Initializers.AddRange(graph.Initializers);
        var weights = graph.Initializers.ToDictionary(i => i.Value, i => i.Tensor);
        var replaced = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        int counter = 0;

        Value AddQdq(Value source, float scale, long zero, bool signed)
        {
            string id = $"{source.Name}_qdq{counter++}";
            var s = q.AddInitializer(id + ".scale", Tensor.FromSpan<float>([scale]));
            var z = q.AddInitializer(id + ".zero", signed ? Tensor.FromSpan<sbyte>([(sbyte)zero]) : Tensor.FromSpan<byte>([(byte)zero]));
            var quantized = new Value(source.Name + "_QuantizeLinear_Output", signed ? DType.I8 : DType.U8);
            var output = new Value(source.Name + "_DequantizeLinear_Output", DType.F32);
            q.AddNode("QuantizeLinear", [source, s, z], [quantized], name: source.Name + "_QuantizeLinear");
            q.AddNode("DequantizeLinear", [quantized, s, z], [output], name: source.Name + "_DequantizeLinear");
            return output;
        }

        void QuantizeActivation(Value v)
        {
            var x = observed[v.Name].AsSpan<float>();
            float lo = 0, hi = 0;
            foreach (float f in x)
            {
                lo = Math.Min(lo, f);
                hi = Math.Max(hi, f);
            }
            float scale = Math.Max(hi - lo, 1e-8f) / 255f * (scaleMultipliers?.GetValueOrDefault(v.Name, 1f) ?? 1f);
            long zero = Math.Clamp((long)MathF.Round(-lo / scale), 0, 255);
            replaced[v] = AddQdq(v, scale, zero, signed: false);
        }

        foreach (var input in graph.Inputs)
            QuantizeActivation(input);
        foreach (var node in graph.Nodes)
        {
            var inputs = node.Inputs.Select((v, i) =>
            {
                if (v is null)
                    return null;
                if (replaced.TryGetValue(v, out var r))
                    return r;
                if (i == 1 && node.OpType is "Conv" or "Gemm" && weights.TryGetValue(v, out var w))
                {
                    float absMax = 0;
                    foreach (float f in w.AsSpan<float>())
                        absMax = Math.Max(absMax, Math.Abs(f));
                    return AddQdq(v, Math.Max(absMax, 1e-8f) / 127f, 0, signed: true);
                }
                return v;
            }).ToList();
            var copy = q.AddNode(node.OpType, inputs, node.Outputs, node.Domain, node.Name);
            copy.Attributes.AddRange(node.Attributes);
            foreach (var output in node.Outputs)
                if (output is not null && !lastOutputs.Contains(output.Name))
                    QuantizeActivation(output);
        }
        q.Outputs.AddRange(graph.Outputs);
        GraphValidator.Validate(q);
        return q;
    }
}
