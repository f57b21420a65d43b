using Coex.Kernels.Elementwise;
using Coex.Kernels.Norms;
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
                    var product = Floats(output.Length);
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

    /// <summary>
    /// Layer normalization over the last dimension (see <see cref="SoftmaxKernels.LayerNorm"/>): per row
    /// <c>y = (x − μ)/sqrt(σ² + ε)·γ + β</c> with γ, β of the row length.
    /// </summary>
    /// <remarks>
    /// Backward, with x̂ the normalized row and g = dy·γ: <c>dx = invStd·(g − mean(g) − x̂·mean(g·x̂))</c>,
    /// <c>dγ = Σ_rows dy·x̂</c>, <c>dβ = Σ_rows dy</c>; the row statistics are recomputed in double.
    /// </remarks>
    public Variable LayerNorm(Variable x, Variable gamma, Variable beta, float epsilon = 1e-5f)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(gamma);
        ArgumentNullException.ThrowIfNull(beta);
        if (x.Shape.Length == 0)
            throw new ArgumentException("LayerNorm needs at least one dimension.", nameof(x));
        int d = x.Shape[^1], rows = x.Length / Math.Max(d, 1);
        var y = NewLike(x.Shape);
        SoftmaxKernels.LayerNorm(x.Data, gamma.Data, beta.Data, y.AsSpan<float>(), d, epsilon);
        var output = Output(y, x, gamma, beta);
        Record(output, () =>
        {
            var dy = output.GradData;
            var xs = x.Data;
            var g = gamma.Data;
            var xhat = new float[d];
            var dgamma = new double[d];
            var dbeta = new double[d];
            for (int r = 0; r < rows; r++)
            {
                var row = xs.Slice(r * d, d);
                var dyRow = dy.Slice(r * d, d);
                double mean = 0;
                foreach (float v in row) mean += v;
                mean /= d;
                double variance = 0;
                foreach (float v in row) variance += (v - mean) * (v - mean);
                variance /= d;
                double invStd = 1 / Math.Sqrt(variance + epsilon);
                double meanG = 0, meanGXhat = 0;
                for (int i = 0; i < d; i++)
                {
                    xhat[i] = (float)((row[i] - mean) * invStd);
                    double gi = dyRow[i] * g[i];
                    meanG += gi;
                    meanGXhat += gi * xhat[i];
                    dgamma[i] += dyRow[i] * xhat[i];
                    dbeta[i] += dyRow[i];
                }
                meanG /= d;
                meanGXhat /= d;
                if (x.RequiresGrad)
                {
                    var dx = x.GradData.Slice(r * d, d);
                    for (int i = 0; i < d; i++)
                        dx[i] += (float)(invStd * (dyRow[i] * g[i] - meanG - xhat[i] * meanGXhat));
                }
            }
            if (gamma.RequiresGrad)
                for (int i = 0; i < d; i++) gamma.GradData[i] += (float)dgamma[i];
            if (beta.RequiresGrad)
                for (int i = 0; i < d; i++) beta.GradData[i] += (float)dbeta[i];
        });
        return output;
    }
}
