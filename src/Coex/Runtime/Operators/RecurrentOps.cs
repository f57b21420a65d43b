using Coex.Tensors;
using static Coex.Runtime.Operators.TensorHelpers;

namespace Coex.Runtime.Operators;

/// <summary>
/// RNN, GRU and LSTM (forward, reverse, bidirectional; layout 0 [seq, batch, …] or 1 [batch, seq, …]; initial
/// states, peepholes, sequence_lens, clip), as direct float loops written from the ONNX equations. Gate order
/// follows ONNX: LSTM i, o, f, c; GRU z, r, h.
/// </summary>
internal static class RecurrentOps
{
    private enum Cell { Rnn, Gru, Lstm }

    public static void Register(RegisterOperator add)
    {
        add("RNN", 7, OperatorRegistry.LatestOpset, c => Build(c, Cell.Rnn));
        add("GRU", 7, OperatorRegistry.LatestOpset, c => Build(c, Cell.Gru));
        add("LSTM", 7, OperatorRegistry.LatestOpset, c => Build(c, Cell.Lstm));
    }

    private static Func<float, float> Activation(string name, float alpha, float beta) => name switch
    {
        "Sigmoid" => x => 1f / (1f + MathF.Exp(-x)),
        "Tanh" => MathF.Tanh,
        "Relu" => x => MathF.Max(x, 0),
        "HardSigmoid" => x => MathF.Max(0, MathF.Min(1, alpha * x + beta)),
        "LeakyRelu" => x => x < 0 ? alpha * x : x,
        "ThresholdedRelu" => x => x > alpha ? x : 0,
        "ScaledTanh" => x => alpha * MathF.Tanh(beta * x),
        "Affine" => x => alpha * x + beta,
        "Elu" => x => x < 0 ? alpha * (MathF.Exp(x) - 1) : x,
        "Softsign" => x => x / (1 + MathF.Abs(x)),
        "Softplus" => x => MathF.Log(1 + MathF.Exp(x)),
        _ => throw new ArgumentException($"activation '{name}' is not one ONNX defines for recurrent cells"),
    };

    private static Kernel Build(BuildContext c, Cell cell)
    {
        c.RequireType(0, DType.F32);
        string direction = c.String("direction", "forward");
        int dirs = direction == "bidirectional" ? 2 : 1;
        int hidden = (int)c.Int("hidden_size", 0);
        if (hidden <= 0)
            throw c.Unsupported("hidden_size is required");
        bool batchFirst = c.Int("layout", 0) != 0;
        float? clip = c.HasAttribute("clip") ? c.Float("clip", 0) : null;
        bool linearBeforeReset = c.Int("linear_before_reset", 0) != 0;
        if (c.Int("input_forget", 0) != 0)
            throw c.Unsupported("input_forget = 1");
        int perDir = cell == Cell.Rnn ? 1 : cell == Cell.Gru ? 2 : 3;
        string[] defaults = cell == Cell.Rnn ? ["Tanh"] : cell == Cell.Gru ? ["Sigmoid", "Tanh"] : ["Sigmoid", "Tanh", "Tanh"];
        var names = c.Node.FindAttribute("activations")?.AsStrings().ToArray() ?? [.. Enumerable.Repeat(defaults, dirs).SelectMany(a => a)];
        var alphas = c.Floats("activation_alpha") ?? [];
        var betas = c.Floats("activation_beta") ?? [];
        if (names.Length != perDir * dirs)
            throw c.Unsupported($"{names.Length} activations for {dirs} direction(s) of a {cell} cell");
        Func<float, float>[] acts;
        try
        {
            acts = [.. names.Select((n, k) => Activation(n, k < alphas.Length ? alphas[k] : 0.01f, k < betas.Length ? betas[k] : 0f))];
        }
        catch (ArgumentException e)
        {
            throw c.Unsupported(e.Message);
        }
        int gates = cell == Cell.Rnn ? 1 : cell == Cell.Gru ? 3 : 4;

        return (ctx, i, o) =>
        {
            var x = i[0]!;
            var w = i[1]!.AsSpan<float>().ToArray();
            var r = i[2]!.AsSpan<float>().ToArray();
            var bias = i.Length > 3 && i[3] is { } bt ? bt.AsSpan<float>().ToArray() : new float[dirs * 2 * gates * hidden];
            var lengths = i.Length > 4 && i[4] is { } lt ? Longs(lt) : null;
            var h0 = i.Length > 5 ? i[5] : null;
            var c0 = i.Length > 6 ? i[6] : null;
            var peep = i.Length > 7 && i[7] is { } pt ? pt.AsSpan<float>().ToArray() : null;
            int seq = batchFirst ? x.Shape[1] : x.Shape[0], batch = batchFirst ? x.Shape[0] : x.Shape[1], input = x.Shape[2];
            var xs = x.AsSpan<float>().ToArray();
            float X(int t, int b, int k) => xs[batchFirst ? (b * seq + t) * input + k : (t * batch + b) * input + k];

            var y = new float[seq * dirs * batch * hidden];
            var yh = new float[dirs * batch * hidden];
            var yc = new float[dirs * batch * hidden];
            var pre = new float[gates * hidden];
            for (int d = 0; d < dirs; d++)
            {
                bool reverse = direction == "reverse" || d == 1;
                var f = acts[d * perDir];
                var g = perDir > 1 ? acts[d * perDir + 1] : f;
                var h = perDir > 2 ? acts[d * perDir + 2] : g;
                int wBase = d * gates * hidden * input, rBase = d * gates * hidden * hidden, bBase = d * 2 * gates * hidden;
                for (int b = 0; b < batch; b++)
                {
                    int len = lengths is null ? seq : (int)lengths[b];
                    var state = new float[hidden];
                    var cellState = new float[hidden];
                    if (h0 is not null) h0.AsSpan<float>().Slice((d * batch + b) * hidden, hidden).CopyTo(state);
                    if (c0 is not null) c0.AsSpan<float>().Slice((d * batch + b) * hidden, hidden).CopyTo(cellState);
                    for (int step = 0; step < len; step++)
                    {
                        int t = reverse ? len - 1 - step : step;
                        // pre[gate·H + j] = W·x_t + Wb (+ R·h_{t−1} + Rb, except GRU's h gate which applies R after the reset gate).
                        for (int gi = 0; gi < gates; gi++)
                            for (int j = 0; j < hidden; j++)
                            {
                                int row = gi * hidden + j;
                                float sum = bias[bBase + row];
                                for (int k = 0; k < input; k++) sum += w[wBase + row * input + k] * X(t, b, k);
                                bool deferR = cell == Cell.Gru && gi == 2;
                                if (!deferR)
                                {
                                    sum += bias[bBase + gates * hidden + row];
                                    for (int k = 0; k < hidden; k++) sum += r[rBase + row * hidden + k] * state[k];
                                }
                                pre[row] = sum;
                            }
                        var next = new float[hidden];
                        float Clip(float v) => clip is { } cl ? Math.Clamp(v, -cl, cl) : v;
                        switch (cell)
                        {
                            case Cell.Rnn:
                                for (int j = 0; j < hidden; j++) next[j] = f(Clip(pre[j]));
                                break;
                            case Cell.Gru:
                            {
                                var z = new float[hidden];
                                var rg = new float[hidden];
                                for (int j = 0; j < hidden; j++) { z[j] = f(Clip(pre[j])); rg[j] = f(Clip(pre[hidden + j])); }
                                for (int j = 0; j < hidden; j++)
                                {
                                    int row = 2 * hidden + j;
                                    float rb = bias[bBase + gates * hidden + row], acc = 0;
                                    if (linearBeforeReset)
                                    {
                                        for (int k = 0; k < hidden; k++) acc += r[rBase + row * hidden + k] * state[k];
                                        acc = rg[j] * (acc + rb);
                                    }
                                    else
                                    {
                                        for (int k = 0; k < hidden; k++) acc += r[rBase + row * hidden + k] * (rg[k] * state[k]);
                                        acc += rb;
                                    }
                                    float hh = g(Clip(pre[row] + acc));
                                    next[j] = (1 - z[j]) * hh + z[j] * state[j];
                                }
                                break;
                            }
                            default:
                            {
                                int pBase = d * 3 * hidden;
                                for (int j = 0; j < hidden; j++)
                                {
                                    float pi = peep is null ? 0 : peep[pBase + j], po = peep is null ? 0 : peep[pBase + hidden + j], pf = peep is null ? 0 : peep[pBase + 2 * hidden + j];
                                    float ig = f(Clip(pre[j] + pi * cellState[j]));
                                    float fg = f(Clip(pre[2 * hidden + j] + pf * cellState[j]));
                                    float cg = g(Clip(pre[3 * hidden + j]));
                                    float cNew = fg * cellState[j] + ig * cg;
                                    float og = f(Clip(pre[hidden + j] + po * cNew));
                                    cellState[j] = cNew;
                                    next[j] = og * h(cNew);
                                }
                                break;
                            }
                        }
                        state = next;
                        Array.Copy(state, 0, y, ((t * dirs + d) * batch + b) * hidden, hidden);
                    }
                    Array.Copy(state, 0, yh, (d * batch + b) * hidden, hidden);
                    Array.Copy(cellState, 0, yc, (d * batch + b) * hidden, hidden);
                }
            }
            if (o.Length > 0)
            {
                o[0] = batchFirst
                    ? ShapeOps.Transpose(ctx, Tensor.FromSpan<float>(y, seq, dirs, batch, hidden), [2, 0, 1, 3])
                    : Tensor.FromSpan<float>(y, seq, dirs, batch, hidden);
            }
            if (o.Length > 1)
                o[1] = batchFirst ? ShapeOps.Transpose(ctx, Tensor.FromSpan<float>(yh, dirs, batch, hidden), [1, 0, 2]) : Tensor.FromSpan<float>(yh, dirs, batch, hidden);
            if (o.Length > 2)
                o[2] = batchFirst ? ShapeOps.Transpose(ctx, Tensor.FromSpan<float>(yc, dirs, batch, hidden), [1, 0, 2]) : Tensor.FromSpan<float>(yc, dirs, batch, hidden);
        };
    }
}
