using System.Globalization;
using System.Text;

namespace Coex.Search;

/// <summary>
/// The Markdown report of a co-design run: settings, each method's budget and pruning, hypervolumes side by side,
/// the joint (or first) method's Pareto front, the best design's per-layer hardware breakdown and its accuracy.
/// </summary>
public static class CodesignReport
{
    /// <param name="rescored">The fronts re-scored by <see cref="FrontRescoring"/> with <paramref name="rescoreSeeds"/> more trainings each, or null.</param>
    public static string Markdown(CoSearch search, IReadOnlyList<MethodResult> results, TimeSpan elapsed, IReadOnlyList<string> plots,
        IReadOnlyList<MethodResult>? rescored = null, int rescoreSeeds = 0)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(results);
        var o = search.Options;
        var ci = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine("# Co-design report").AppendLine();
        md.AppendLine(ci, $"- model space **{o.ModelSpace}** ({search.Architectures.Space.Size:0} architectures), bits {{{string.Join(", ", o.BitChoices)}}} per stage, hardware space **{o.HardwareSpace}** ({search.Tuner.Points.Count} valid machines evaluated per architecture)");
        md.AppendLine(ci, $"- constraints: {o.Constraints}; reward {o.Reward}{(o.Selection == Selection.FrontGain ? " (the samplers are rewarded with front gain)" : "")}; sampler **{o.Sampler}**; pruning {(o.Prune ? "on" : "off")}");
        md.AppendLine(ci, $"- training budget: {o.Trainings} architectures per method and seed (at most {o.MaxSamples} samples); proxy training {o.Training.TrainImages} Fashion-MNIST images × {o.Training.Epochs} epoch(s), batch {o.Training.BatchSize}, accuracy on {o.Training.ValidationImages} held-out training images");
        var space = search.Architectures.Space;
        string why = search.HardwareOnlyArchitecture.SequenceEqual(search.ReferenceArchitecture) ? "the middle network"
            : "the middle network misses the constraints on every machine; this is the nearest smaller network some machine runs within them";
        md.AppendLine(ci, $"- baselines: sequential and nas-only fix the machine {search.Hardware.ShortName(search.ReferenceHardware)} (tuned for the middle network, {space.Describe(search.ReferenceArchitecture)}); hw-only fixes the network {space.Describe(search.HardwareOnlyArchitecture)} ({why})");
        md.AppendLine(ci, $"- wall time {elapsed.TotalMinutes:0.0} min").AppendLine();

        var summary = new FrontSummary(results.SelectMany(r => r.Designs), o.Constraints.MaxLatencySeconds);
        md.AppendLine("## Methods at equal training budget").AppendLine();
        md.AppendLine(ci, $"Hypervolumes are normalized: error against latency / {summary.ReferenceLatency * 1e3:0.###} ms and against energy / {summary.ReferenceEnergy * 1e6:0.###} µJ, reference point (1, 1); higher is better.").AppendLine();
        md.AppendLine("Budget spent counts distinct architectures a method trained or found already trained in the store (by another method): the budget is per method, the cache only saves wall time.").AppendLine();
        md.AppendLine("| method | seed | sampled | budget spent | new trainings | pruned before training | HV acc–latency | HV acc–energy | best reward |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
            md.AppendLine(ci, $"| {CoSearch.MethodName(r.Method)} | {r.Seed} | {r.Sampled} | {r.Trainings} | {r.Trained} | {r.Pruned} ({Percent(r.Pruned, r.Sampled)}){(r.Rejected > 0 ? $" + {r.Rejected} machines rejected" : "")} | {summary.LatencyHypervolume(r.Designs):0.0000} | {Num(summary.EnergyHypervolume(r.Designs), "0.0000")} | {Num(r.Best?.Reward ?? double.NaN, "0.0000")} |");
        md.AppendLine();
        // The question the comparison exists for, per seed and on average: is the joint search at least as good?
        var headToHeads = summary.JointAgainstBaselines(results).ToList();
        foreach (var h in headToHeads)
            md.AppendLine("- " + h.Describe());
        if (headToHeads.Count > 0)
            md.AppendLine().AppendLine(ci, $"Sign-flip p: the share of the 2^n ways to flip the signs of the n per-seed differences whose sum is at least the observed one; small means the lead is not luck of the seeds. With {headToHeads[0].Seeds} seed(s) it cannot fall below {Math.Pow(2, -headToHeads[0].Seeds):0.###}.").AppendLine();
        if (results.Any(r => r.Method == SearchMethod.JointPolicy))
            md.AppendLine("joint-policy: the sampler proposes the machine with the network and each trained sample is one design (its machine only); joint: the inner loop tunes the machine, and every machine on a trained network's feasible front is a design. A rejected sample is an architecture some machine could run whose sampled machine misses the constraints: not trained, rewarded below every trained design by how far it missed.").AppendLine();
        if (rescored is not null)
        {
            md.AppendLine("### The fronts re-scored").AppendLine();
            md.AppendLine(ci, $"Each network on each method's two fronts trained {rescoreSeeds} more time(s) with other seeds (same proxy budget) and scored on the {FrontRescoring.TestImages:N0} Fashion-MNIST test images, which no search saw; its accuracy is the mean. Machines are unchanged; hypervolumes on the same axes as above.").AppendLine();
            md.AppendLine("| method | seed | front designs | HV acc–latency | HV acc–energy |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var r in rescored)
                md.AppendLine(ci, $"| {CoSearch.MethodName(r.Method)} | {r.Seed} | {r.Designs.Count} | {summary.LatencyHypervolume(r.Designs):0.0000} | {Num(summary.EnergyHypervolume(r.Designs), "0.0000")} |");
            md.AppendLine();
            foreach (var h in summary.JointAgainstBaselines(rescored))
                md.AppendLine("- re-scored: " + h.Describe());
            md.AppendLine();
        }
        int pruned = results.Sum(r => r.Pruned);
        md.AppendLine(ci, $"Early pruning rejected {pruned} of {results.Sum(r => r.Sampled)} sampled candidates with the cost model alone: {pruned} trainings saved.").AppendLine();

        var main = results.FirstOrDefault(r => r.Method == SearchMethod.Joint) ?? results.FirstOrDefault();
        if (main is null)
            return md.ToString();
        string area = search.Hardware.AreaUnit;
        var fronts = new List<(string Name, IReadOnlyList<DesignPoint> Designs)> { ("latency", FrontSummary.LatencyFront(main.Designs)) };
        var energyFront = FrontSummary.EnergyFront(main.Designs);
        if (energyFront.Count > 0)
            fronts.Add(("energy", energyFront));
        foreach (var (name, front) in fronts)
        {
            md.AppendLine(ci, $"## Pareto front: accuracy vs {name} ({CoSearch.MethodName(main.Method)}, seed {main.Seed})").AppendLine();
            md.AppendLine(ci, $"| accuracy | latency (µs) | energy (µJ) | area ({area}) | hardware | architecture | bits |");
            md.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var d in front)
                md.AppendLine(ci, $"| {d.Metrics.Accuracy:P2} | {d.Metrics.LatencySeconds * 1e6:0.00} | {Num(d.Metrics.EnergyJoules * 1e6, "0.00")} | {d.Metrics.Area:0.###} | {d.HardwareName} | {search.Architectures.Space.Describe(d.Arch)} | {Bits(search, d.Bits)} |");
            md.AppendLine();
        }
        foreach (var plot in plots)
            md.AppendLine(ci, $"![{Path.GetFileNameWithoutExtension(plot)}]({Path.GetFileName(plot)})").AppendLine();

        if (main.Best is { } best)
        {
            var arch = SearchSpace.ParseKey(best.Arch);
            var bits = SearchSpace.ParseKey(best.Bits);
            var hw = SearchSpace.ParseKey(best.Hardware);
            md.AppendLine("## Best design (highest reward)").AppendLine();
            md.AppendLine(ci, $"- architecture: {search.Architectures.Space.Describe(arch)}");
            md.AppendLine(ci, $"- bits: {Bits(search, bits)}");
            md.AppendLine(ci, $"- hardware: {search.Hardware.ShortName(hw)} ({search.Hardware.Space.Describe(hw)})");
            md.AppendLine(ci, $"- accuracy at its bits (weights per channel and activations fake-quantized, min/max-calibrated): **{best.Accuracy:P2}**; fp32: {best.Fp32Accuracy:P2}");
            md.AppendLine(ci, $"- latency {best.LatencySeconds * 1e6:0.00} µs, energy {Num(best.EnergyJoules * 1e6, "0.00")} µJ, area {best.Area:0.###} {area}, reward {best.Reward:0.0000}").AppendLine();
            md.AppendLine("| layer | w/a bits | MACs | cycles | utilization | DRAM bytes | energy (µJ) | bound |");
            md.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var l in search.Hardware.Breakdown(search.Tuner.Workload(arch, bits), hw))
                md.AppendLine(ci, $"| {l.Layer} | {l.WeightBits}/{l.ActivationBits} | {l.Macs:N0} | {l.Cycles:N0} | {l.Utilization:P1} | {l.DramBytes:N0} | {Num(l.EnergyJoules * 1e6, "0.000")} | {l.Bound} |");
            md.AppendLine();
        }
        return md.ToString();
    }

    private static string Bits(CoSearch search, int[] bits) =>
        string.Join(" ", Enumerable.Range(0, search.Bits.Stages).Select(s => $"{search.Bits.At(bits, s).Weights}/{search.Bits.At(bits, s).Activations}"));

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : ((double)part / whole).ToString("P0", CultureInfo.InvariantCulture);

    private static string Num(double x, string format) => double.IsNaN(x) ? "n/a" : x.ToString(format, CultureInfo.InvariantCulture);
}
