using Coex.Quantization;
using ScottPlot;

namespace Coex.Cli;

/// <summary>
/// Per-layer SQNR as bars in graph order; the layer where error first jumps is red, an exact layer (+∞ dB) is drawn
/// at the top of the axis and labelled ∞, and a dashed line marks the median.
/// </summary>
internal static class QuantDebugPlot
{
    private const int Width = 1200, Height = 700;

    public static void Save(string path, NumericDebugReport report, string title)
    {
        var finite = report.Layers.Select(l => l.SqnrDb).Where(double.IsFinite).ToArray();
        double top = finite.Length == 0 ? 60 : Math.Max(10, finite.Max() + 10);
        var plot = new Plot();
        plot.Title($"Per-layer SQNR: {title} ({report.Samples} samples)");
        plot.YLabel("SQNR (dB)");
        var bars = new List<Bar>();
        for (int i = 0; i < report.Layers.Count; i++)
        {
            var l = report.Layers[i];
            double v = double.IsPositiveInfinity(l.SqnrDb) ? top : double.IsFinite(l.SqnrDb) ? l.SqnrDb : 0;
            bars.Add(new Bar
            {
                Position = i,
                Value = v,
                FillColor = l.Jump ? Colors.Red : double.IsPositiveInfinity(l.SqnrDb) ? Colors.LightGray : Colors.SteelBlue,
                Label = double.IsPositiveInfinity(l.SqnrDb) ? "∞" : $"{l.SqnrDb:F0}",
            });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 11;
        if (double.IsFinite(report.MedianSqnrDb))
        {
            var median = plot.Add.HorizontalLine(report.MedianSqnrDb);
            median.LinePattern = LinePattern.Dashed;
            median.Color = Colors.Gray;
            median.LegendText = $"median {report.MedianSqnrDb:F1} dB";
        }
        if (report.FirstJump is { } jump)
        {
            var marker = plot.Add.ScatterPoints(new double[] { report.Layers.ToList().IndexOf(jump) }, new double[] { Math.Max(jump.SqnrDb, 0) });
            marker.MarkerSize = 12;
            marker.MarkerShape = MarkerShape.FilledTriangleDown;
            marker.LegendText = $"first jump: {jump.Name} ({jump.DropDb:F1} dB drop)";
            marker.Color = Colors.Red;
        }
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, report.Layers.Count).Select(i => (double)i)], [.. report.Layers.Select(l => l.Name)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 120;
        plot.Axes.SetLimitsY(Math.Min(0, finite.DefaultIfEmpty(0).Min() - 5), top + 8);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, Width, Height);
    }
}
