using Coex.Kernels.Gemm;
using Coex.Kernels.Vvma;
using Coex.Tensors;
using Coex.Training.Kernels;

namespace Coex.Training;

public sealed partial class Tape
{
    /// <summary>
    /// Vector-vector-matrix layer (see <see cref="VvmaKernels"/>): x [R, In], m [k, k], v [Out/k, In/k, k], b [Out] or null →
    /// y [R, Out] with <c>y_i = M·Σ_j v(i, j) ⊙ x_j + b_i</c> per output block i.
    /// </summary>
    /// <remarks>
    /// Backward, with z the block sums (recomputed) and dy seen as [R·Out/k, k]: <c>dz = dy·M</c>, <c>dM = dyᵀ·z</c>, then
    /// <c>dx_j = Σ_i dz_i ⊙ v(i, j)</c> and <c>dv(i, j) = Σ_rows dz_i ⊙ x_j</c>; db sums dy over rows.
    /// </remarks>
    public Variable Vvma(Variable x, Variable m, Variable v, Variable? b = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(v);
        if (x.Shape.Length != 2 || m.Shape.Length != 2 || m.Shape[0] != m.Shape[1] || v.Shape.Length != 3 || v.Shape[2] != m.Shape[0]
            || v.Shape[1] * v.Shape[2] != x.Shape[1])
            throw new ArgumentException($"Vvma needs x [R, In], m [k, k] and v [Out/k, In/k, k]; got x {ShapeText(x.Shape)}, m {ShapeText(m.Shape)}, v {ShapeText(v.Shape)}.");
        int rows = x.Shape[0], k = m.Shape[0], nIn = x.Shape[1], nOut = v.Shape[0] * k;
        if (b is not null && (b.Shape.Length != 1 || b.Shape[0] != nOut))
            throw new ArgumentException($"Vvma bias must be [{nOut}]; got {ShapeText(b.Shape)}.", nameof(b));
        var y = NewLike([rows, nOut]);
        VvmaKernels.Forward(x.Data, m.Data, v.Data, b is null ? [] : b.Data, y.AsSpan<float>(), rows, nIn, nOut, k, Threads);
        var output = Output(y, x, m, v, b);
        Record(output, () =>
        {
            int blockRows = rows * (nOut / k);
            var dy = output.GradData;
            var dz = new float[blockRows * k];
            GemmF32.Multiply(dy, m.Data, dz, blockRows, k, k, Threads);
            if (m.RequiresGrad)
            {
                var z = new float[blockRows * k];
                VvmaKernels.BlockSums(x.Data, v.Data, z, rows, nIn, nOut, k, Threads);
                var dyT = new float[k * blockRows];
                SpanMath.Transpose(dy, blockRows, k, dyT);
                Accumulate(m, dst => GemmF32.Multiply(dyT, z, dst, k, k, blockRows, Threads));
            }
            VvmaKernels.BlockSumsBackward(x.Data, v.Data, dz, x.RequiresGrad ? x.GradData : [], v.RequiresGrad ? v.GradData : [], rows, nIn, nOut, k, Threads);
            if (b is { RequiresGrad: true })
            {
                var db = b.GradData;
                for (int r = 0; r < rows; r++)
                    SpanMath.AddInto(dy.Slice(r * nOut, nOut), db);
            }
        });
        return output;
    }
}
