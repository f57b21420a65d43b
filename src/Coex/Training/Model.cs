using Coex.Tensors;
using Coex.Training.Layers;

namespace Coex.Training;

/// <summary>An image classifier: a module body mapping [N, C, H, W] images to [N, Classes] logits.</summary>
public sealed class Model
{
    public Model(string name, string description, Module body, int[] inputShape, int classes)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(inputShape);
        if (inputShape.Length != 3 || inputShape.Any(d => d <= 0) || classes <= 0)
            throw new ArgumentException($"A model needs a positive [C, H, W] input shape and class count; got [{string.Join(", ", inputShape)}] and {classes}.");
        Name = name;
        Description = description;
        Body = body;
        InputShape = inputShape;
        Classes = classes;
        Parameters = body.Parameters().ToArray();
        var names = Parameters.Select(p => p.Name).Concat(body.Buffers().Select(b => b.Name)).ToList();
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Model {name} has two tensors named '{duplicate.Key}'.");
    }

    public string Name { get; }
    /// <summary>The architecture with its widths, e.g. for reports and checkpoints.</summary>
    public string Description { get; }
    public Module Body { get; }
    /// <summary>[C, H, W] of one input image.</summary>
    public int[] InputShape { get; }
    public int Classes { get; }
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Every tensor that defines the trained model: parameters, then buffers, by name.</summary>
    public IEnumerable<(string Name, Tensor Tensor)> State() =>
        Parameters.Select(p => (p.Name, p.Value)).Concat(Body.Buffers());

    public long ParameterCount => Parameters.Sum(p => p.Value.Length);

    /// <summary>Logits [N, Classes] for images [N, C, H, W].</summary>
    public Variable Forward(Tape tape, Variable images)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(images);
        if (images.Shape.Length != 4 || !images.Shape[1..].SequenceEqual(InputShape))
            throw new ArgumentException($"Model {Name} takes images [N, {string.Join(", ", InputShape)}]; got [{string.Join(", ", images.Shape.ToArray())}].", nameof(images));
        return Body.Forward(tape, images);
    }

    /// <summary>Inference: the arg-max class of each image (eval mode, nothing recorded).</summary>
    public int[] Predict(Tensor images, int threads = 0)
    {
        var logits = Forward(new Tape(training: false, recording: false, threads), new Variable(images)).Data;
        int n = logits.Length / Classes;
        var result = new int[n];
        for (int i = 0; i < n; i++)
        {
            var row = logits.Slice(i * Classes, Classes);
            int best = 0;
            for (int j = 1; j < Classes; j++)
                if (row[j] > row[best]) best = j;
            result[i] = best;
        }
        return result;
    }
}
