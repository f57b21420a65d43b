using Coex.Graphs;
using Coex.Runtime;
using Coex.Tensors;

namespace Coex.Quantization;

/// <summary>A model snapshot for the release gate: its quantized model and, optionally, the float model it came from.</summary>
public sealed record ModelSnapshot(string Name, Graph Quantized, Graph? Reference = null);

/// <summary>Limits of <see cref="ReleaseGate.Compare"/>.</summary>
public sealed record ReleaseGateOptions
{
    /// <summary>The candidate's quantized accuracy may be at most this much (absolute) below the previous snapshot's.</summary>
    public double MaxAccuracyDrop { get; init; } = 0.005;

    /// <summary>The candidate's quantized NE may be at most this fraction above the previous snapshot's.</summary>
    public double MaxNeIncrease { get; init; } = 0.02;

    /// <summary>When the candidate's float model is given: its quantized accuracy may trail it by at most this much.</summary>
    public double MaxQuantizationLoss { get; init; } = 0.01;

    /// <summary>Kernel threads (0 = all cores).</summary>
    public int Threads { get; init; }
}

/// <summary>One snapshot's metrics on the gate's data.</summary>
public sealed record SnapshotMetrics(string Name, int Samples, double Accuracy, double Ne, double? ReferenceAccuracy, double? ReferenceNe);

/// <summary>One check of the gate: the value for each snapshot, the limit, and whether the candidate passed.</summary>
public sealed record GateCheck(string Name, double Previous, double Candidate, double Limit, bool Passed, string Detail);

/// <summary>
/// The release gate's verdict. <see cref="CandidateOnlyWrong"/> and <see cref="PreviousOnlyWrong"/> count the samples
/// exactly one of the two quantized models gets wrong; their difference over the sample count is the accuracy change,
/// and <see cref="AccuracyDeltaStdError"/> its paired standard error, to tell a real regression from noise.
/// </summary>
public sealed record ReleaseGateReport(SnapshotMetrics Previous, SnapshotMetrics Candidate, IReadOnlyList<GateCheck> Checks, int CandidateOnlyWrong, int PreviousOnlyWrong)
{
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>Standard error of the paired accuracy difference: √(b + c − (b − c)²/n) / n.</summary>
    public double AccuracyDeltaStdError
    {
        get
        {
            double n = Candidate.Samples, b = CandidateOnlyWrong, c = PreviousOnlyWrong;
            return n == 0 ? double.NaN : Math.Sqrt(Math.Max(0, b + c - (b - c) * (b - c) / n)) / n;
        }
    }

    /// <summary>One line per failed check, or a pass line.</summary>
    public string Summary => Passed
        ? $"PASS: {Candidate.Name} quantized accuracy {Candidate.Accuracy:P2} vs {Previous.Name} {Previous.Accuracy:P2} on {Candidate.Samples} samples"
        : "FAIL: " + string.Join("; ", Checks.Where(c => !c.Passed).Select(c => c.Detail));
}

/// <summary>
/// The release gate: evaluates the previous and the candidate snapshot's quantized models on the same labelled data
/// and fails when the candidate regresses — quantized accuracy down by more than the allowed drop, quantized NE up by
/// more than the allowed fraction, or (with the candidate's float model) a quantization loss above the limit.
/// </summary>
public static class ReleaseGate
{
    /// <exception cref="ArgumentException">A batch has no labels, or there is no data.</exception>
    public static ReleaseGateReport Compare(ModelSnapshot previous, ModelSnapshot candidate, IEnumerable<LabelledBatch> data, ReleaseGateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new ReleaseGateOptions();
        var prev = new Evaluator(previous, options.Threads);
        var cand = new Evaluator(candidate, options.Threads);
        int candidateOnlyWrong = 0, previousOnlyWrong = 0;
        foreach (var batch in data)
        {
            if (batch.Labels is not { } labels)
                throw new ArgumentException("The release gate needs labels for every batch.", nameof(data));
            var p = prev.Add(batch.Input, labels);
            var c = cand.Add(batch.Input, labels);
            for (int i = 0; i < labels.Length; i++)
            {
                bool pr = p[i] == labels[i], cr = c[i] == labels[i];
                if (pr && !cr) candidateOnlyWrong++;
                if (cr && !pr) previousOnlyWrong++;
            }
        }
        if (cand.Metrics.Rows == 0)
            throw new ArgumentException("The release gate needs at least one sample.", nameof(data));
        var pm = prev.Result(previous.Name);
        var cm = cand.Result(candidate.Name);

        var checks = new List<GateCheck>();
        double drop = pm.Accuracy - cm.Accuracy;
        checks.Add(new GateCheck("quantized accuracy", pm.Accuracy, cm.Accuracy, options.MaxAccuracyDrop, drop <= options.MaxAccuracyDrop,
            $"quantized accuracy fell {drop * 100:F2} points ({pm.Accuracy:P2} → {cm.Accuracy:P2}; {candidateOnlyWrong} samples newly wrong, {previousOnlyWrong} newly right), more than the {options.MaxAccuracyDrop * 100:F2} allowed"));
        double neRise = cm.Ne / pm.Ne - 1;
        checks.Add(new GateCheck("quantized NE", pm.Ne, cm.Ne, options.MaxNeIncrease, !(neRise > options.MaxNeIncrease),
            $"quantized NE rose {neRise:P1} ({pm.Ne:F4} → {cm.Ne:F4}), more than the {options.MaxNeIncrease:P1} allowed"));
        if (cm.ReferenceAccuracy is { } fp32)
        {
            double loss = fp32 - cm.Accuracy;
            double previousLoss = pm.ReferenceAccuracy is { } pf ? pf - pm.Accuracy : double.NaN;
            checks.Add(new GateCheck("quantization loss", previousLoss, loss, options.MaxQuantizationLoss, loss <= options.MaxQuantizationLoss,
                $"the candidate loses {loss * 100:F2} points to quantization ({fp32:P2} float → {cm.Accuracy:P2} quantized), more than the {options.MaxQuantizationLoss * 100:F2} allowed"));
        }
        return new ReleaseGateReport(pm, cm, checks, candidateOnlyWrong, previousOnlyWrong);
    }

    private sealed class Evaluator
    {
        private readonly InferenceSession _quantized;
        private readonly InferenceSession? _reference;

        public Evaluator(ModelSnapshot snapshot, int threads)
        {
            // Default options: the quantized model runs as it is served (QDQ patterns fused into the int8 kernels).
            _quantized = new InferenceSession(snapshot.Quantized, new SessionOptions { Threads = threads });
            if (snapshot.Reference is not null)
                _reference = new InferenceSession(snapshot.Reference, new SessionOptions { Threads = threads });
        }

        public ClassificationMetrics Metrics { get; } = new();

        public ClassificationMetrics ReferenceMetrics { get; } = new();

        public int[] Add(Tensor input, int[] labels)
        {
            if (_reference is not null)
                ReferenceMetrics.Add(Run(_reference, input), labels);
            return Metrics.Add(Run(_quantized, input), labels);
        }

        public SnapshotMetrics Result(string name) => new(name, (int)Metrics.Rows, Metrics.Accuracy, Metrics.NormalizedEntropy,
            _reference is null ? null : ReferenceMetrics.Accuracy, _reference is null ? null : ReferenceMetrics.NormalizedEntropy);

        private static Tensor Run(InferenceSession session, Tensor input) =>
            session.Run(new Dictionary<string, Tensor> { [session.InputNames[0]] = input })[session.OutputNames[0]];
    }
}
