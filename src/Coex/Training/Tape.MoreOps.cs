using Coex.Kernels.Elementwise;
using Coex.Tensors;

namespace Coex.Training;

public sealed partial class Tape
{
    /// <summary><c>x ⊙ y</c> with numpy broadcasting.</summary>
    /// <remarks>Backward: dx = reduce(dz ⊙ y), dy = reduce(dz ⊙ x), each summed over its broadcast dimensions.</remarks>
    public Variable Mul(Variable x, Variable y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var shape = ElementwiseKernels.BroadcastShape(x.Shape, y.Shape);
        var z = NewLike(shape);
        ElementwiseKernels.Binary<MultiplyOperator>(x.Data, x.Shape, y.Data, y.Shape, z.AsSpan<float>());
        var output = Output(z, x, y);
        Record(output, () =>
        {
            foreach (var (input, other) in new[] { (x, y), (y, x) })
                if (input.RequiresGrad)
                {
                    // dz ⊙ other, broadcast to the output shape, then reduced onto the input's shape.
                    var product = new float[output.Length];
                    ElementwiseKernels.Binary<MultiplyOperator>(output.GradData, shape, other.Data, other.Shape, product);
                    if (input.Length == output.Length)
                        AddInto(product, input.GradData);
                    else
                        ReduceToShape(product, shape, input.Shape, input.GradData);
                }
        });
        return output;
    }

    /// <summary>Logistic sigmoid <c>1 / (1 + e^−x)</c>; backward <c>dx = dy·s·(1 − s)</c>.</summary>
    public Variable Sigmoid(Variable x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var y = NewLike(x.Shape);
        ElementwiseKernels.Unary<SigmoidOperator>(x.Data, y.AsSpan<float>());
        var output = Output(y, x);
        Record(output, () =>
        {
            var dy = output.GradData;
            var s = output.Data;
            var dx = x.GradData;
            for (int i = 0; i < dx.Length; i++)
                dx[i] += dy[i] * s[i] * (1f - s[i]);
        });
        return output;
    }

    /// <summary>Hyperbolic tangent; backward <c>dx = dy·(1 − t²)</c>.</summary>
    public Variable Tanh(Variable x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var y = NewLike(x.Shape);
        ElementwiseKernels.Unary<TanhOperator>(x.Data, y.AsSpan<float>());
        var output = Output(y, x);
        Record(output, () =>
        {
            var dy = output.GradData;
            var t = output.Data;
            var dx = x.GradData;
            for (int i = 0; i < dx.Length; i++)
                dx[i] += dy[i] * (1f - t[i] * t[i]);
        });
        return output;
    }

    /// <summary>Joins tensors of equal shape except along <paramref name="axis"/>; backward slices the gradient back apart.</summary>
    public Variable Concat(int axis, params Variable[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length == 0)
            throw new ArgumentException("Concat needs at least one input.", nameof(inputs));
        int rank = inputs[0].Shape.Length;
        if (axis < 0) axis += rank;
        if (axis < 0 || axis >= rank)
            throw new ArgumentOutOfRangeException(nameof(axis), axis, $"Axis must be in [−{rank}, {rank}).");
        var shape = inputs[0].Shape.ToArray();
        shape[axis] = 0;
        foreach (var v in inputs)
        {
            if (v.Shape.Length != rank)
                throw new ArgumentException($"Concat inputs must share rank {rank}; got {ShapeText(v.Shape)}.", nameof(inputs));
            for (int d = 0; d < rank; d++)
                if (d != axis && v.Shape[d] != inputs[0].Shape[d])
                    throw new ArgumentException($"Concat inputs {ShapeText(inputs[0].Shape)} and {ShapeText(v.Shape)} differ in dimension {d}, not only in axis {axis}.", nameof(inputs));
            shape[axis] += v.Shape[axis];
        }
        // Row-major: everything before the axis is "outer", the axis and after form one contiguous block per input.
        int outer = 1;
        for (int d = 0; d < axis; d++) outer *= shape[d];
        int inner = 1;
        for (int d = axis + 1; d < rank; d++) inner *= shape[d];
        var z = NewLike(shape);
        var zd = z.AsSpan<float>();
        int rowLength = shape[axis] * inner, offset = 0;
        foreach (var v in inputs)
        {
            int block = v.Shape[axis] * inner;
            for (int o = 0; o < outer; o++)
                v.Data.Slice(o * block, block).CopyTo(zd.Slice(o * rowLength + offset, block));
            offset += block;
        }
        var output = Output(z, inputs);
        Record(output, () =>
        {
            var dz = output.GradData;
            int at = 0;
            foreach (var v in inputs)
            {
                int block = v.Shape[axis] * inner;
                if (v.RequiresGrad)
                {
                    var dv = v.GradData;
                    for (int o = 0; o < outer; o++)
                        AddInto(dz.Slice(o * rowLength + at, block), dv.Slice(o * block, block));
                }
                at += block;
            }
        });
        return output;
    }
}
