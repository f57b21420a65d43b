using Coex.Graphs;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>Thresholds and window of an <see cref="AccuracyMonitor"/>.</summary>
public sealed record MonitorOptions
{
    /// <summary>Statistics cover the most recent this many batches.</summary>
    public int Window { get; init; } = 8;

    /// <summary>No alert is raised before the window holds this many samples (small windows are noise).</summary>
    public int MinWindowSamples { get; init; } = 256;

    /// <summary>A layer's PSI against its calibration histogram above this is a distribution shift (0.2: "moderate to major").</summary>
    public double MaxPsi { get; init; } = 0.2;

    /// <summary>A layer whose share of values outside the calibrated range exceeds the calibration share by more than this drifts out of range.</summary>
    public double MaxOutOfRangeIncrease { get; init; } = 0.01;

    /// <summary>The quantized and reference models' top-1 answers may disagree on at most this share of samples.</summary>
    public double MaxDisagreement { get; init; } = 0.03;

    /// <summary>With labels: the quantized model's accuracy may trail the reference's by at most this much (absolute).</summary>
    public double MaxAccuracyDrop { get; init; } = 0.02;

    /// <summary>With labels: the quantized model's NE may exceed the reference's by at most this fraction.</summary>
    public double MaxNeIncrease { get; init; } = 0.05;

    /// <summary>Recent batches kept for <see cref="AccuracyMonitor.Recalibrate"/>.</summary>
    public int RecalibrationBatches { get; init; } = 8;

    /// <summary>Kernel threads (0 = all cores).</summary>
    public int Threads { get; init; }
}

/// <summary>What tripped an alert.</summary>
public enum AlertKind
{
    /// <summary>More activations than at calibration fall outside a layer's calibrated (quantized) range.</summary>
    RangeDrift,

    /// <summary>A layer's activation histogram moved away from its calibration histogram (PSI).</summary>
    DistributionShift,

    /// <summary>The quantized model's answers, accuracy or NE moved away from the reference model's.</summary>
    AccuracyRegression,
}

/// <summary>An alert: raised at batch <paramref name="Batch"/> (0-based) naming the offending layers (worst first).</summary>
public sealed record MonitorAlert(int Batch, AlertKind Kind, IReadOnlyList<string> Layers, string Message);

/// <summary>One layer's drift over the current window.</summary>
/// <param name="Layer">Activation value name.</param>
/// <param name="Node">Producing node name.</param>
/// <param name="Psi">Population stability index against the calibration histogram.</param>
/// <param name="OutOfRange">Share of values the quantizer clips (more than half a step outside the calibrated range) in the window.</param>
/// <param name="BaselineOutOfRange">The same share on the calibration data.</param>
public sealed record LayerDrift(string Layer, string Node, double Psi, double OutOfRange, double BaselineOutOfRange);

/// <summary>The monitor's view after a batch: window metrics, per-layer drift and the alerts active now.</summary>
public sealed record MonitorStatus(int Batch, int WindowSamples, double Agreement, double? ReferenceAccuracy, double? QuantizedAccuracy,
    double? ReferenceNe, double? QuantizedNe, IReadOnlyList<LayerDrift> Layers, IReadOnlyList<MonitorAlert> Active)
{
    /// <summary>The layer with the largest PSI (null when none is monitored).</summary>
    public LayerDrift? MostShifted => Layers.MaxBy(l => l.Psi);
}

/// <summary>A budget check: the quantized model's loss against the reference on some data.</summary>
/// <param name="Metric">"accuracy" (with labels) or "agreement" (top-1 agreement with the reference, without).</param>
/// <param name="Loss">Reference accuracy minus quantized accuracy, or 1 − agreement.</param>
public sealed record BudgetCheck(string Metric, double Reference, double Quantized, double Loss, double Budget, int Samples)
{
    public bool Passed => Loss <= Budget;
}

/// <summary>A recalibrated activation range.</summary>
public sealed record RecalibratedRange(string Layer, float OldLow, float OldHigh, float NewLow, float NewHigh);

/// <summary>The result of <see cref="AccuracyMonitor.Recalibrate"/>: the new model and profile, and the budget check before and after.</summary>
public sealed record RecalibrationResult(Graph Quantized, ActivationProfile Profile, BudgetCheck Before, BudgetCheck After, IReadOnlyList<RecalibratedRange> Ranges)
{
    /// <summary>True when the recalibrated model meets the budget (the monitor then switched to it).</summary>
    public bool Adopted => After.Passed;
}

/// <summary>
/// Watches a quantized model in service: every batch runs through it and its float reference; over a sliding window
/// it tracks their top-1 agreement, accuracy and normalized entropy (with labels), and per quantized activation the
/// share of values outside the calibrated range and the PSI against the calibration histogram. Crossing a threshold
/// raises an <see cref="MonitorAlert"/> naming the layers; <see cref="Recalibrate"/> recomputes the activation ranges
/// from recent batches and re-runs the budget check.
/// </summary>
/// <remarks>
/// Alerts are edge-triggered: one is logged in <see cref="Alerts"/> when a kind of alert starts or a new layer joins
/// it, not on every batch it stays active (<see cref="MonitorStatus.Active"/> shows the current state).
/// </remarks>
public sealed class AccuracyMonitor
{
    private readonly Graph _reference;
    private readonly InferenceSession _referenceSession;
    private readonly MonitorOptions _options;
    private readonly Queue<BatchRecord> _window = new();
    private readonly Queue<LabelledBatch> _recent = new();
    private readonly List<MonitorAlert> _alerts = [];
    private readonly Dictionary<AlertKind, HashSet<string>> _active = [];
    private Graph _quantized;
    private ActivationProfile _profile;
    private ActivationCapture _capture;
    private List<QdqLink> _pairs;
    private int _batch;

    private sealed record BatchRecord(int Samples, long Agree, long? RefCorrect, long? QCorrect, double RefCe, double QCe, Dictionary<int, long>? Labels,
        DriftHistogram[] Histograms, long[] Outside);

    /// <param name="reference">The float model.</param>
    /// <param name="quantized">Its QDQ version, as served.</param>
    /// <param name="profile">Calibration profile of <paramref name="quantized"/> (<see cref="ActivationProfile.Collect"/>).</param>
    /// <exception cref="ArgumentException">The profile names an activation the quantized model does not quantize.</exception>
    public AccuracyMonitor(Graph reference, Graph quantized, ActivationProfile profile, MonitorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(quantized);
        ArgumentNullException.ThrowIfNull(profile);
        _options = options ?? new MonitorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Window, 1, nameof(options));
        _reference = reference;
        _referenceSession = new InferenceSession(reference, new SessionOptions { Threads = _options.Threads });
        (_quantized, _profile, _capture, _pairs) = (quantized, profile, null!, null!);
        Bind(quantized, profile);
    }

    /// <summary>Every alert raised so far, in order.</summary>
    public IReadOnlyList<MonitorAlert> Alerts => _alerts;

    /// <summary>The quantized model being monitored (changes when a recalibration is adopted).</summary>
    public Graph Quantized => _quantized;

    public ActivationProfile Profile => _profile;

    /// <summary>Runs both models on <paramref name="batch"/>, updates the window and returns the status.</summary>
    public MonitorStatus Observe(LabelledBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var referenceOut = _referenceSession.Run(new Dictionary<string, Tensor> { [_referenceSession.InputNames[0]] = batch.Input });
        var refLogits = referenceOut[_referenceSession.OutputNames[0]];
        var captured = _capture.Run(batch.Input);
        var qLogits = captured[_capture.OutputNames[0]];
        var refTop = ClassificationMetrics.Top1(refLogits);
        var qTop = ClassificationMetrics.Top1(qLogits);
        int rows = batch.Input.Rank == 0 ? 1 : batch.Input.Shape[0];
        if (refTop.Length != rows || qTop.Length != rows)
            throw new ArgumentException($"The models returned {refTop.Length} and {qTop.Length} rows for a batch of {rows}.", nameof(batch));
        long agree = refTop.Zip(qTop).Count(p => p.First == p.Second);
        long? refCorrect = null, qCorrect = null;
        double refCe = 0, qCe = 0;
        Dictionary<int, long>? labels = null;
        if (batch.Labels is { } y)
        {
            var rm = new ClassificationMetrics();
            var qm = new ClassificationMetrics();
            rm.Add(refLogits, y);
            qm.Add(qLogits, y);
            (refCorrect, qCorrect, refCe, qCe) = (rm.Correct, qm.Correct, rm.CrossEntropy * y.Length, qm.CrossEntropy * y.Length);
            labels = y.GroupBy(v => v).ToDictionary(g => g.Key, g => (long)g.Count());
        }
        var histograms = new DriftHistogram[_pairs.Count];
        var outside = new long[_pairs.Count];
        for (int i = 0; i < _pairs.Count; i++)
        {
            var x = captured[_pairs[i].Source.Name];
            histograms[i] = new DriftHistogram(_profile.Activations[i].Edges);
            histograms[i].Add(x.AsSpan<float>());
            outside[i] = NumericDebugger.CountOutside(x, _pairs[i]);
        }
        _window.Enqueue(new BatchRecord(rows, agree, refCorrect, qCorrect, refCe, qCe, labels, histograms, outside));
        while (_window.Count > _options.Window)
            _window.Dequeue();
        _recent.Enqueue(batch);
        while (_recent.Count > Math.Max(1, _options.RecalibrationBatches))
            _recent.Dequeue();
        var status = Status();
        _batch++;
        return status;
    }

    /// <summary>
    /// Recomputes every per-tensor activation range from the recent batches (min/max, keeping each quantizer's type
    /// and symmetry), rebuilds the calibration profile, and checks the budget before and after on those batches. When
    /// the recalibrated model meets the budget the monitor adopts it and starts a fresh window.
    /// </summary>
    /// <param name="budget">Allowed loss: accuracy drop against the reference with labels, else share of top-1 disagreement.</param>
    /// <exception cref="InvalidOperationException">No batch has been observed yet.</exception>
    public RecalibrationResult Recalibrate(double budget)
    {
        if (_recent.Count == 0)
            throw new InvalidOperationException("Recalibration needs recent batches; observe some first.");
        var recent = _recent.ToList();
        var before = CheckBudget(_reference, _quantized, recent, budget, _options.Threads);
        var (graph, ranges) = Recalibration.Rewrite(_quantized, recent.Select(b => b.Input), _options.Threads);
        var profile = ActivationProfile.Collect(graph, recent.Select(b => b.Input), threads: _options.Threads);
        var after = CheckBudget(_reference, graph, recent, budget, _options.Threads);
        var result = new RecalibrationResult(graph, profile, before, after, ranges);
        if (result.Adopted)
        {
            Bind(graph, profile);
            _window.Clear();
            _active.Clear();
        }
        return result;
    }

    /// <summary>The loss of <paramref name="quantized"/> against <paramref name="reference"/> on <paramref name="batches"/>: accuracy drop when every batch has labels, else 1 − top-1 agreement.</summary>
    public static BudgetCheck CheckBudget(Graph reference, Graph quantized, IReadOnlyList<LabelledBatch> batches, double budget, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var rs = new InferenceSession(reference, new SessionOptions { Threads = threads });
        var qs = new InferenceSession(quantized, new SessionOptions { Threads = threads });
        bool labelled = batches.All(b => b.Labels is not null);
        var rm = new ClassificationMetrics();
        var qm = new ClassificationMetrics();
        long agree = 0, rows = 0;
        foreach (var b in batches)
        {
            var r = rs.Run(new Dictionary<string, Tensor> { [rs.InputNames[0]] = b.Input })[rs.OutputNames[0]];
            var q = qs.Run(new Dictionary<string, Tensor> { [qs.InputNames[0]] = b.Input })[qs.OutputNames[0]];
            var rt = ClassificationMetrics.Top1(r);
            var qt = ClassificationMetrics.Top1(q);
            agree += rt.Zip(qt).Count(p => p.First == p.Second);
            rows += rt.Length;
            if (labelled)
            {
                rm.Add(r, b.Labels);
                qm.Add(q, b.Labels);
            }
        }
        if (rows == 0)
            throw new ArgumentException("The budget check needs at least one sample.", nameof(batches));
        return labelled
            ? new BudgetCheck("accuracy", rm.Accuracy, qm.Accuracy, rm.Accuracy - qm.Accuracy, budget, (int)rows)
            : new BudgetCheck("agreement", 1, (double)agree / rows, 1 - (double)agree / rows, budget, (int)rows);
    }

    private void Bind(Graph quantized, ActivationProfile profile)
    {
        var pairs = ActivationProfile.MonitoredPairs(new QdqStructure(quantized));
        var byName = pairs.ToDictionary(p => p.Source.Name);
        var ordered = new List<QdqLink>();
        foreach (var a in profile.Activations)
        {
            if (!byName.TryGetValue(a.Name, out var pair))
                throw new ArgumentException($"The profile describes activation '{a.Name}', which the quantized model does not quantize.", nameof(profile));
            ordered.Add(pair);
        }
        var capture = new ActivationCapture(quantized, ordered.Select(p => p.Source), _options.Threads);
        (_quantized, _profile, _pairs, _capture) = (quantized, profile, ordered, capture);
    }

    private MonitorStatus Status()
    {
        int samples = _window.Sum(b => b.Samples);
        long agree = _window.Sum(b => b.Agree);
        bool labelled = _window.All(b => b.Labels is not null);
        double? refAcc = null, qAcc = null, refNe = null, qNe = null;
        if (labelled)
        {
            refAcc = (double)_window.Sum(b => b.RefCorrect!.Value) / samples;
            qAcc = (double)_window.Sum(b => b.QCorrect!.Value) / samples;
            var counts = new Dictionary<int, long>();
            foreach (var b in _window)
                foreach (var (k, v) in b.Labels!)
                    counts[k] = counts.GetValueOrDefault(k) + v;
            double h = -counts.Values.Sum(c => (double)c / samples * Math.Log((double)c / samples));
            if (h > 0)
            {
                refNe = _window.Sum(b => b.RefCe) / samples / h;
                qNe = _window.Sum(b => b.QCe) / samples / h;
            }
        }
        var layers = new List<LayerDrift>();
        for (int i = 0; i < _pairs.Count; i++)
        {
            var a = _profile.Activations[i];
            var hist = new DriftHistogram(a.Edges);
            long outside = 0;
            foreach (var b in _window)
            {
                hist.Add(b.Histograms[i]);
                outside += b.Outside[i];
            }
            double psi = DriftHistogram.Psi([.. a.Expected], hist.Proportions());
            layers.Add(new LayerDrift(a.Name, a.Node, psi, hist.Total == 0 ? 0 : (double)outside / hist.Total, a.OutOfRange));
        }
        double agreement = samples == 0 ? double.NaN : (double)agree / samples;

        var active = new List<MonitorAlert>();
        if (samples >= _options.MinWindowSamples)
        {
            var shifted = layers.Where(l => l.Psi > _options.MaxPsi).OrderByDescending(l => l.Psi).ToList();
            if (shifted.Count > 0)
                active.Add(new MonitorAlert(_batch, AlertKind.DistributionShift, [.. shifted.Select(l => l.Layer)],
                    $"{shifted.Count} layer(s) shifted from calibration (PSI > {_options.MaxPsi}): " + string.Join(", ", shifted.Take(5).Select(l => $"{l.Layer} {l.Psi:F2}"))));
            var ranged = layers.Where(l => l.OutOfRange - l.BaselineOutOfRange > _options.MaxOutOfRangeIncrease).OrderByDescending(l => l.OutOfRange - l.BaselineOutOfRange).ToList();
            if (ranged.Count > 0)
                active.Add(new MonitorAlert(_batch, AlertKind.RangeDrift, [.. ranged.Select(l => l.Layer)],
                    $"{ranged.Count} layer(s) clip more than at calibration (+{_options.MaxOutOfRangeIncrease:P1} allowed): " +
                    string.Join(", ", ranged.Take(5).Select(l => $"{l.Layer} {l.OutOfRange:P1} (was {l.BaselineOutOfRange:P1})"))));
            var reasons = new List<string>();
            if (1 - agreement > _options.MaxDisagreement)
                reasons.Add($"top-1 agreement {agreement:P1} < {1 - _options.MaxDisagreement:P1}");
            if (refAcc - qAcc > _options.MaxAccuracyDrop)
                reasons.Add($"accuracy {qAcc:P1} vs reference {refAcc:P1}");
            if (qNe / refNe - 1 > _options.MaxNeIncrease)
                reasons.Add($"NE {qNe:F3} vs reference {refNe:F3}");
            if (reasons.Count > 0)
            {
                // The suspects are the layers that moved most, whether or not they crossed a drift threshold.
                var suspects = layers.OrderByDescending(l => l.Psi).Take(3).Select(l => l.Layer).ToArray();
                active.Add(new MonitorAlert(_batch, AlertKind.AccuracyRegression, suspects,
                    "quantized model diverges from the reference: " + string.Join("; ", reasons) + $"; most shifted layers: {string.Join(", ", suspects)}"));
            }
        }
        foreach (var alert in active)
        {
            var known = _active.GetValueOrDefault(alert.Kind) ?? [];
            bool started = !_active.ContainsKey(alert.Kind);
            // Accuracy alerts name suspects that may change batch to batch; they are logged only when they start.
            if (started || alert.Kind != AlertKind.AccuracyRegression && alert.Layers.Any(l => !known.Contains(l)))
                _alerts.Add(alert);
        }
        _active.Clear();
        foreach (var alert in active)
            _active[alert.Kind] = [.. alert.Layers];
        return new MonitorStatus(_batch, samples, agreement, refAcc, qAcc, refNe, qNe, layers, active);
    }
}
