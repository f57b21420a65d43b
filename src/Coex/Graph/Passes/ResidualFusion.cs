namespace Coex.Graphs.Passes;

/// <summary>
/// Fuses a Conv with the Add that alone reads its output — the skip connection of a ResNet or MobileNetV2 block — into
/// one <c>coex.FusedConv</c> whose fourth input is the tensor added, so the convolution's epilogue adds it and the sum
/// is written once instead of the convolution's output being written, read back and written again.
/// </summary>
/// <remarks>
/// The fused node computes <c>clamp(conv(X) + B + R)</c>: the residual is added before any clamp, so run this pass
/// before <see cref="ActivationFusion"/>, which then folds an activation that follows the Add (ResNet's Add → Relu)
/// into the same node. The other Add input must not be a constant; shapes need not be known: when at run time the
/// residual's shape differs from the convolution's output, the kernel adds it with broadcasting after the
/// convolution instead of in its epilogue. The fused node takes the Add's place in the node list, after every
/// producer of its inputs. Like <see cref="ActivationFusion"/>, the result is for the runtime only; ONNX Runtime cannot load it.
/// </remarks>
public sealed class ResidualFusion : IGraphPass
{
    public string Name => "residual-fusion";

    public bool Run(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        long onnxOpset = graph.OpsetVersion("") ?? 0;
        if (onnxOpset == 0)
            return false;
        return ActivationFusion.FuseUntilDone(graph, g => TryFuseOne(g, onnxOpset));
    }

    private static bool TryFuseOne(Graph graph, long onnxOpset)
    {
        var facts = new GraphFacts(graph);
        foreach (var add in graph.Nodes)
        {
            if (add.OpType != "Add" || !GraphFacts.IsOnnx(add) || add.Inputs.Count != 2 || add.Outputs.Count != 1 || add.Outputs[0] is null)
                continue;
            for (int side = 0; side < 2; side++)
            {
                if (add.Inputs[side] is not { } x || add.Inputs[1 - side] is not { } residual || ReferenceEquals(x, residual))
                    continue;
                if (!facts.HasSingleConsumer(x) || facts.Producer(x) is not { } conv || !GraphFacts.IsOnnx(conv))
                    continue;
                if (conv.OpType != "Conv" || conv.Outputs.Count != 1 || conv.Inputs.Count is < 2 or > 3)
                    continue;
                // A constant is a bias, not a skip connection; float or not yet known types only.
                if (facts.Constant(residual) is not null || x.DType is not (null or Tensors.DType.F32) || residual.DType is not (null or Tensors.DType.F32))
                    continue;
                var inputs = new List<Value?>(conv.Inputs);
                if (inputs.Count == 2)
                    inputs.Add(null);
                inputs.Add(residual);
                var fused = new Node("FusedConv", inputs, [add.Outputs[0]], ActivationFusion.Domain, conv.Name);
                fused.Attributes.AddRange(conv.Attributes);
                fused.Attributes.Add(NodeAttribute.Int("onnx_opset", onnxOpset));
                int at = graph.Nodes.IndexOf(add);
                graph.Nodes[at] = fused;
                graph.Nodes.Remove(conv);
                return true;
            }
        }
        return false;
    }
}
