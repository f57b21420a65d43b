using Coex.Graphs;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>One measured option for one layer: the metric loss with only this layer quantized, and the measured time saved.</summary>
public sealed record LayerOption(string Layer, LayerScheme Scheme, double Loss, double GainSeconds);

/// <summary>A plan a search chose, with its measured loss on the evaluation data.</summary>
public sealed record SearchOutcome(string Method, QuantizationPlan Plan, double Loss, double EstimatedGainSeconds, int Evaluations);

/// <summary>Settings of a <see cref="PrecisionSearch"/>.</summary>
public sealed record PrecisionSearchOptions
{
    public QualityMetric Metric { get; init; } = QualityMetric.Accuracy;
    /// <summary>Largest acceptable loss, in the metric's percent units (0.5 = half a percentage point of accuracy).</summary>
    public double Budget { get; init; } = 0.5;
    /// <summary>The schemes tried per layer besides fp32.</summary>
    public IReadOnlyList<LayerScheme> Candidates { get; init; } =
    [
        LayerScheme.Int8(CalibrationMethod.MinMax),
        LayerScheme.Int8(CalibrationMethod.Percentile),
        LayerScheme.Int8(CalibrationMethod.Mse),
        LayerScheme.Int8(CalibrationMethod.Entropy),
        LayerScheme.Int8(CalibrationMethod.MinMax, perChannel: false),
        LayerScheme.Fp16,
    ];
    public int Threads { get; init; }
    /// <summary>
    /// Smallest gain, as a fraction of the float model's latency, that counts as a speedup: on a shared machine smaller
    /// differences are timing noise. Options gaining less are not chosen.
    /// </summary>
    public double MinGainFraction { get; init; } = 0.02;
    /// <summary>Percentile for <see cref="CalibrationMethod.Percentile"/>.</summary>
    public double Percentile { get; init; } = 99.99;
}

/// <summary>
/// Chooses each layer's precision to make a model fast under an accuracy budget: measures every layer's sensitivity (the
/// metric loss with only that layer quantized, per candidate scheme) and speed gain (whole-model latency with only that
/// layer quantized, against fp32, timed in turns), then searches — greedily (start from the best option everywhere and
/// return the most sensitive layers to fp32 until the measured loss fits) and by a multiple-choice knapsack over the
/// measured gains and losses (verified on the data, its budget tightened until the measured loss fits).
/// </summary>
public sealed class PrecisionSearch
{
    private readonly Graph _graph;
    private readonly Calibration _calibration;
    private readonly IReadOnlyList<LabelledBatch> _eval;
    private readonly Tensor _timingBatch;
    private readonly Func<IReadOnlyList<Action>, double[]> _timer;
    private readonly EvalResult _reference;
    private int _evaluations;

    /// <param name="graph">The prepared float graph (<see cref="Quantizer.Prepare"/>).</param>
    /// <param name="calibration">Activation ranges for the static int8 candidates.</param>
    /// <param name="eval">The data the metric is measured on.</param>
    /// <param name="timingBatch">The input latency is timed with (e.g. a batch of 64).</param>
    /// <param name="timer">Times a list of actions taking turns and returns each one's median seconds per call.</param>
    public PrecisionSearch(Graph graph, Calibration calibration, IReadOnlyList<LabelledBatch> eval, Tensor timingBatch,
        Func<IReadOnlyList<Action>, double[]> timer, PrecisionSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(eval);
        ArgumentNullException.ThrowIfNull(timingBatch);
        ArgumentNullException.ThrowIfNull(timer);
        if (eval.Count == 0)
            throw new ArgumentException("The evaluation data is empty.", nameof(eval));
        _graph = graph;
        _calibration = calibration;
        _eval = eval;
        _timingBatch = timingBatch;
        _timer = timer;
        Options = options ?? new PrecisionSearchOptions();
        if (!(Options.Budget >= 0))
            throw new ArgumentOutOfRangeException(nameof(options), Options.Budget, "The budget must be a non-negative number.");
        Layers = Quantizer.FindLayers(graph);
        if (Layers.Count == 0)
            throw new ArgumentException("The model has no Conv, Gemm or MatMul layer with constant weights to quantize.", nameof(graph));
        _reference = Evaluate(new QuantizationPlan());
    }

    public PrecisionSearchOptions Options { get; }

    public IReadOnlyList<QuantizableLayer> Layers { get; }

    /// <summary>The float model's result on the evaluation data.</summary>
    public EvalResult Reference => _reference;

    /// <summary>Model evaluations run so far.</summary>
    public int Evaluations => _evaluations;

    /// <summary>The QDQ graph of <paramref name="plan"/>.</summary>
    public Graph Build(QuantizationPlan plan) => Quantizer.Quantize(_graph, plan, _calibration, Options.Percentile);

    /// <summary>Runs <paramref name="plan"/> on the evaluation data (on Coex's int8 kernels).</summary>
    public EvalResult Evaluate(QuantizationPlan plan)
    {
        _evaluations++;
        return ModelEvaluation.Evaluate(Build(plan), _eval, Options.Threads);
    }

    /// <summary>The loss of <paramref name="plan"/> against the float model.</summary>
    public double Loss(QuantizationPlan plan) => ModelEvaluation.Loss(Evaluate(plan), _reference, Options.Metric);

    /// <summary>
    /// Per layer and candidate: loss with only that layer quantized, and the latency gain of its precision (timed once per
    /// layer and precision, since calibration and granularity do not change the kernels). <paramref name="progress"/> gets
    /// (done, total) steps.
    /// </summary>
    public IReadOnlyList<LayerOption> Sensitivity(Action<int, int>? progress = null)
    {
        var options = new List<LayerOption>();
        int total = Layers.Count * (Options.Candidates.Count + 1), done = 0;
        foreach (var layer in Layers)
        {
            var precisions = Options.Candidates.Select(c => Representative(c)).Distinct().ToList();
            var gains = MeasureGains(layer, precisions);
            progress?.Invoke(++done, total);
            foreach (var scheme in Options.Candidates)
            {
                var plan = new QuantizationPlan().With(layer.Name, scheme);
                options.Add(new LayerOption(layer.Name, scheme, Loss(plan), gains[Representative(scheme)]));
                progress?.Invoke(++done, total);
            }
        }
        return options;
    }

    /// <summary>
    /// Greedy: every layer takes its fastest candidate whose single-layer loss fits the budget (fp32 when none saves time);
    /// then, while the measured loss exceeds the budget, the layer with the largest single-layer loss goes back to fp32.
    /// </summary>
    public SearchOutcome Greedy(IReadOnlyList<LayerOption> sensitivity)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        int before = _evaluations;
        var chosen = new Dictionary<string, LayerOption>();
        foreach (var layer in Layers)
        {
            var best = sensitivity.Where(o => o.Layer == layer.Name && o.GainSeconds > 0 && o.Loss <= Options.Budget)
                .OrderByDescending(o => o.GainSeconds).ThenBy(o => o.Loss).FirstOrDefault();
            if (best is not null)
                chosen[layer.Name] = best;
        }
        while (true)
        {
            var plan = PlanOf(chosen.Values);
            double loss = Loss(plan);
            if (loss <= Options.Budget || chosen.Count == 0)
                return new SearchOutcome("greedy", plan, loss, chosen.Values.Sum(o => o.GainSeconds), _evaluations - before);
            var worst = chosen.Values.MaxBy(o => o.Loss)!;
            chosen.Remove(worst.Layer);
        }
    }

    /// <summary>
    /// Multiple-choice knapsack: pick at most one option per layer maximizing the summed measured gain subject to the summed
    /// single-layer losses staying within a budget (losses assumed additive, clamped at 0); the plan is then measured, and
    /// while its real loss exceeds the budget the knapsack's budget is tightened (×0.6, at most 6 rounds).
    /// </summary>
    public SearchOutcome Knapsack(IReadOnlyList<LayerOption> sensitivity)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        int before = _evaluations;
        double budget = Options.Budget;
        SearchOutcome? last = null;
        for (int round = 0; round < 6; round++)
        {
            var picks = SolveKnapsack(sensitivity, budget);
            var plan = PlanOf(picks);
            double loss = Loss(plan);
            last = new SearchOutcome("knapsack", plan, loss, picks.Sum(o => o.GainSeconds), _evaluations - before);
            if (loss <= Options.Budget)
                return last;
            budget *= 0.6;
        }
        return last! with { Plan = new QuantizationPlan(), Loss = 0, EstimatedGainSeconds = 0 };
    }

    /// <summary>Median seconds per call of the float model and of each plan's QDQ model (on Coex's int8 kernels), timed in turns.</summary>
    public double[] Time(params QuantizationPlan[] plans)
    {
        var sessions = new List<InferenceSession> { Session(new QuantizationPlan()) };
        sessions.AddRange(plans.Select(Session));
        return TimeSessions(sessions);
    }

    private IReadOnlyList<LayerOption> SolveKnapsack(IReadOnlyList<LayerOption> sensitivity, double budget)
    {
        // Losses in units of budget/200 (at least one unit per positive loss keeps many "free" layers from adding up unseen).
        const int Units = 200;
        double unit = budget > 0 ? budget / Units : 1;
        int capacity = budget > 0 ? Units : 0;
        var groups = Layers.Select(l => sensitivity.Where(o => o.Layer == l.Name && o.GainSeconds > 0).ToList()).ToList();
        // best[c] = max gain with cost ≤ c over the layers so far; choice tracks the option per layer per capacity.
        var best = new double[capacity + 1];
        var choice = new int[groups.Count, capacity + 1];
        for (int g = 0; g < groups.Count; g++)
        {
            var next = (double[])best.Clone();
            for (int c = 0; c <= capacity; c++)
            {
                choice[g, c] = -1;
                for (int o = 0; o < groups[g].Count; o++)
                {
                    int cost = Cost(groups[g][o].Loss, unit);
                    if (cost > c) continue;
                    double v = best[c - cost] + groups[g][o].GainSeconds;
                    if (v > next[c])
                    {
                        next[c] = v;
                        choice[g, c] = o;
                    }
                }
            }
            best = next;
        }
        var picks = new List<LayerOption>();
        int remaining = capacity;
        for (int g = groups.Count - 1; g >= 0; g--)
        {
            int o = choice[g, remaining];
            if (o < 0) continue;
            picks.Add(groups[g][o]);
            remaining -= Cost(groups[g][o].Loss, unit);
        }
        return picks;
    }

    private static int Cost(double loss, double unit) => loss <= 0 ? 0 : (int)Math.Min(int.MaxValue / 4, Math.Ceiling(loss / unit));

    private static QuantizationPlan PlanOf(IEnumerable<LayerOption> options)
    {
        var plan = new QuantizationPlan();
        foreach (var o in options)
            plan.Layers[o.Layer] = o.Scheme;
        return plan;
    }

    /// <summary>Schemes that run the same kernels share one timing: int8 static symmetric, int8 dynamic, int8 asymmetric, fp16, bf16.</summary>
    private static LayerScheme Representative(LayerScheme s) => s.Precision != LayerPrecision.Int8 ? s
        : new LayerScheme { Dynamic = s.Dynamic, SymmetricWeights = s.SymmetricWeights, Calibration = CalibrationMethod.MinMax, PerChannel = true };

    private Dictionary<LayerScheme, double> MeasureGains(QuantizableLayer layer, List<LayerScheme> precisions)
    {
        // fp16/bf16 weights are widened to float at load, so they run the float kernels: no gain to time.
        var timed = precisions.Where(p => p.Precision == LayerPrecision.Int8).ToList();
        var sessions = new List<InferenceSession> { Session(new QuantizationPlan()) };
        sessions.AddRange(timed.Select(p => Session(new QuantizationPlan().With(layer.Name, p))));
        var times = TimeSessions(sessions);
        var gains = precisions.ToDictionary(p => p, _ => 0.0);
        for (int i = 0; i < timed.Count; i++)
        {
            double gain = times[0] - times[i + 1];
            // Below the noise floor a "gain" is not evidence of a speedup.
            gains[timed[i]] = gain >= Options.MinGainFraction * times[0] ? gain : Math.Min(gain, 0);
        }
        return gains;
    }

    private InferenceSession Session(QuantizationPlan plan) => new(Build(plan), new SessionOptions { Threads = Options.Threads });

    private double[] TimeSessions(IReadOnlyList<InferenceSession> sessions)
    {
        var inputs = new Dictionary<string, Tensor> { [sessions[0].InputNames[0]] = _timingBatch };
        return _timer([.. sessions.Select(s => (Action)(() => s.Run(inputs)))]);
    }
}
