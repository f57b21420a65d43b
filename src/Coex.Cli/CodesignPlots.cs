using Coex.Search;
using ScottPlot;

namespace Coex.Cli;

/// <summary>
/// Scatter plots of a co-design run: every design of the main method (accuracy against latency or energy, log x),
/// coloured by machine (the most frequent machines by name, the rest grey), with each method's Pareto front as a step line.
/// </summary>
internal static class CodesignPlots
{
    private const int Width = 1200, Height = 800, NamedMachines = 8;

    public static void Save(string path, string title, string xLabel, Func<DesignMetrics, double> x, MethodResult main,
        IReadOnlyList<MethodResult> results, Func<IEnumerable<DesignPoint>, IReadOnlyList<DesignPoint>> front)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel + " (log)");
        plot.YLabel("Accuracy (%)");
        var palette = new ScottPlot.Palettes.Category10();
        var designs = main.Designs.Where(d => double.IsFinite(x(d.Metrics)) && x(d.Metrics) > 0).ToList();
        var named = designs.GroupBy(d => d.HardwareName).OrderByDescending(g => g.Count()).Take(NamedMachines).Select(g => g.Key).ToList();
        for (int i = 0; i <= named.Count; i++)
        {
            var group = i < named.Count ? designs.Where(d => d.HardwareName == named[i]).ToList() : designs.Where(d => !named.Contains(d.HardwareName)).ToList();
            if (group.Count == 0) continue;
            var scatter = plot.Add.ScatterPoints(group.Select(d => Math.Log10(x(d.Metrics))).ToArray(), group.Select(d => d.Metrics.Accuracy * 100).ToArray());
            scatter.Color = i < named.Count ? palette.GetColor(i).WithAlpha(0.7) : Colors.Gray.WithAlpha(0.4);
            scatter.MarkerSize = 6;
            scatter.LegendText = i < named.Count ? named[i] : "other machines";
        }
        MarkerShape[] shapes = [MarkerShape.FilledSquare, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleUp, MarkerShape.OpenCircle];
        Color[] lineColors = [Colors.Black, Colors.Red, Colors.Blue, Colors.Green];
        int k = 0;
        foreach (var r in results.GroupBy(r => r.Method).Select(g => g.First()))
        {
            var f = front(r.Designs).Where(d => double.IsFinite(x(d.Metrics)) && x(d.Metrics) > 0).ToList();
            if (f.Count == 0) { k++; continue; }
            var line = plot.Add.Scatter(f.Select(d => Math.Log10(x(d.Metrics))).ToArray(), f.Select(d => d.Metrics.Accuracy * 100).ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.Color = lineColors[k % lineColors.Length];
            line.MarkerShape = shapes[k % shapes.Length];
            line.MarkerSize = 9;
            line.LineWidth = 2;
            line.LegendText = $"{CoSearch.MethodName(r.Method)} front (seed {r.Seed})";
            k++;
        }
        var ticks = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => Math.Pow(10, v).ToString("G3", System.Globalization.CultureInfo.InvariantCulture),
        };
        plot.Axes.Bottom.TickGenerator = ticks;
        // Outside the data area: the fronts run along the top-left, the clouds fill the rest.
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, Width, Height);
    }
}
