using Coex.Hardware;

namespace Coex.Nmt;

/// <summary>The work of one decoder step of a <see cref="Seq2SeqConfig"/>, for <see cref="MatVecLatencyModel"/>.</summary>
public static class DecodeWorkloads
{
    /// <summary>
    /// Matrix layers and elementwise operations of one decode step at target position <paramref name="position"/> with a
    /// source of <paramref name="sourceLength"/> tokens. The encoder and the cross-attention keys/values run once per
    /// sentence and are not part of a step.
    /// </summary>
    public static DecodeWorkload For(Seq2SeqConfig config, int sourceLength = 16, int position = 16)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        int d = config.Dim, k = config.VvmaBlock, v = config.VocabSize;
        if (config.Arch == Seq2SeqArch.Transformer)
        {
            int l = config.Layers;
            var layers = new List<MatVecLayer>
            {
                new("self q/k/v/o", d, d, k, 4 * l),
                new("cross q/o", d, d, k, 2 * l),
                new("ffn in", d, config.FfnDim, k, l),
                new("ffn out", config.FfnDim, d, k, l),
                new("output", d, v, config.OutputBlock),
            };
            // Per layer: self attention q·K and P·V over position+1 keys, cross over the source; softmaxes (3 ops per score);
            // three layer norms (~5 ops per element), three residual adds, ReLU over the feed-forward width. Final norm, log-softmax.
            long perLayer = 2L * (position + 1) * d + 2L * sourceLength * d + 3L * config.Heads * (position + 1 + sourceLength) + 15L * d + 3L * d + config.FfnDim;
            return new DecodeWorkload(config.ToString(), layers, perLayer * l + 5L * d + 3L * v);
        }
        var lstm = new List<MatVecLayer>
        {
            new("decoder input gates", 2 * d, 4 * d, k),
            new("decoder hidden gates", d, 4 * d, k),
            new("combine", 2 * d, d, k),
            new("output", d, v, config.OutputBlock),
        };
        // Gate adds and nonlinearities (~4d·3), cell update (~4d), attention over the source (2·S·d + 3·S), tanh(combine), log-softmax.
        return new DecodeWorkload(config.ToString(), lstm, 16L * d + 2L * sourceLength * d + 3L * sourceLength + d + 3L * v);
    }
}
