using Coex.Tensors;
using Coex.Training;

namespace Coex.Tests.Training;

public class TapeTests
{
    private static Variable V(bool grad, params int[] shape) => new(Tensor.Zeros(DType.F32, shape), grad);

    [Fact]
    public void Backward_needs_a_scalar_a_recording_tape_and_a_matching_gradient()
    {
        var tape = new Tape();
        var y = tape.Relu(V(true, 2, 3));
        Assert.Throws<ArgumentException>(() => tape.Backward(y));
        Assert.Throws<ArgumentException>(() => tape.Backward(y, new float[5]));
        var inference = new Tape(recording: false);
        var z = inference.Relu(V(true, 1));
        Assert.False(z.RequiresGrad);
        Assert.Equal(0, inference.Count);
        Assert.Throws<InvalidOperationException>(() => inference.Backward(z));
        Assert.Throws<InvalidOperationException>(() => new Tape().Backward(new Tape().Relu(V(false, 1))));
    }

    [Fact]
    public void Shape_errors_name_the_shapes()
    {
        var tape = new Tape();
        var e = Assert.Throws<ArgumentException>(() => tape.Linear(V(true, 4, 5), V(true, 3, 6)));
        Assert.Contains("[4, 5]", e.Message);
        Assert.Contains("[3, 6]", e.Message);
        e = Assert.Throws<ArgumentException>(() => tape.Conv2d(V(true, 1, 4, 5, 5), V(true, 2, 3, 3, 3)));
        Assert.Contains("4 channels", e.Message);
        Assert.Throws<ArgumentException>(() => tape.Add(V(true, 2, 3), V(true, 4)));
        Assert.Throws<ArgumentException>(() => tape.SoftmaxCrossEntropy(V(true, 2, 3), [0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => tape.SoftmaxCrossEntropy(V(true, 1, 3), [3]));
        Assert.Throws<ArgumentException>(() => tape.Reshape(V(true, 2, 3), -1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => tape.Dropout(V(true, 2), 1f, new Random(0)));
        Assert.Throws<ArgumentException>(() => new Variable(Tensor.Zeros(DType.I32, 2)));
    }

    [Fact]
    public void Gradients_accumulate_across_backward_passes_until_zeroed()
    {
        var w = new Parameter("w", Tensor.FromSpan<float>([2f], 1, 1));
        var x = new Variable(Tensor.FromSpan<float>([3f], 1, 1));
        for (int pass = 1; pass <= 2; pass++)
        {
            var tape = new Tape();
            var y = tape.Linear(x, w);
            tape.Backward(y);
            Assert.Equal(3f * pass, w.GradData[0]);
        }
        w.ZeroGrad();
        Assert.Null(w.Grad);
    }
}
