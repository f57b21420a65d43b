using Coex.Hardware;
using ScottPlot;

namespace Coex.Cli;

/// <summary>
/// The roofline of one accelerator with a network's layers on it, at two pairs of bit widths: log-log axes of
/// operational intensity (operations per DRAM byte) against throughput (GOPS). The roof is
/// min(peak, intensity × bandwidth); each layer is plotted at its modelled throughput (operations over its total
/// cycles), which sits on or under the roof. Narrower operands mean fewer bytes for the same operations, so a
/// layer moves right — across the ridge if it was memory-bound near it.
/// </summary>
internal static class RooflinePlot
{
    private const int Width = 1200, Height = 800;

    /// <summary>How close (in decades) two points may be before their labels would overlap at this image size.</summary>
    private const double LabelClearX = 0.25, LabelClearY = 0.08;

    public static void Save(string path, string modelName, GraphEstimate high, GraphEstimate low)
    {
        var spec = high.Spec;
        double hz = spec.ClockMHz * 1e6;
        double peakGops = 2.0 * spec.Pes * hz * 1e-9;
        double bandwidthGBs = spec.DramBytesPerCycle * hz * 1e-9;
        double ridge = peakGops / bandwidthGBs;

        var highPoints = Points(high, hz);
        var lowPoints = Points(low, hz);
        var intensities = highPoints.Concat(lowPoints).Select(p => p.Intensity).Append(ridge).ToArray();
        double xMin = intensities.Min() / 4, xMax = intensities.Max() * 4;

        var plot = new Plot();
        plot.Title($"Roofline: {modelName} on {spec.Name} ({spec.Rows}×{spec.Cols} {spec.Dataflow}, {spec.ClockMHz:0.#} MHz)");
        plot.XLabel("Operational intensity (ops / DRAM byte, log)");
        plot.YLabel("Throughput (GOPS, log)");

        // The axes carry log10 of the data; the tick labels undo it.
        double[] roofX = [Math.Log10(xMin), Math.Log10(ridge), Math.Log10(xMax)];
        double[] roofY = [Math.Log10(xMin * bandwidthGBs), Math.Log10(peakGops), Math.Log10(peakGops)];
        var roof = plot.Add.Scatter(roofX, roofY);
        roof.LegendText = $"roof: {peakGops:0.#} GOPS peak, {bandwidthGBs:0.##} GB/s DRAM";
        roof.LineWidth = 3;
        roof.MarkerSize = 0;
        roof.Color = Colors.Black;

        var ridgeLine = plot.Add.VerticalLine(Math.Log10(ridge));
        ridgeLine.LinePattern = LinePattern.Dashed;
        ridgeLine.Color = Colors.Gray;
        ridgeLine.LineWidth = 1;
        ridgeLine.LegendText = $"ridge: {ridge:0.#} ops/B";

        // Arrows first, so the markers are drawn on top of them.
        foreach (var (a, b) in highPoints.Zip(lowPoints))
        {
            var arrow = plot.Add.Arrow(new Coordinates(Math.Log10(a.Intensity), Math.Log10(a.Gops)),
                new Coordinates(Math.Log10(b.Intensity), Math.Log10(b.Gops)));
            arrow.ArrowLineColor = Colors.Gray.WithAlpha(0.6);
            arrow.ArrowFillColor = Colors.Gray.WithAlpha(0.6);
            arrow.ArrowWidth = 1;
            arrow.ArrowheadWidth = 8;
            arrow.ArrowheadLength = 8;
        }

        AddLayers(plot, highPoints, $"layers at W{high.Bits.Weights}A{high.Bits.Activations}", Colors.Blue, MarkerShape.FilledCircle, below: false);
        AddLayers(plot, lowPoints, $"layers at W{low.Bits.Weights}A{low.Bits.Activations}", Colors.OrangeRed, MarkerShape.FilledDiamond, below: true);

        var ticks = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = Power,
        };
        var ticksY = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = Power,
        };
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = ticksY;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.15);
        plot.Grid.MinorLineColor = Colors.Black.WithAlpha(0.05);
        plot.Grid.MinorLineWidth = 1;

        double yLow = Math.Min(highPoints.Concat(lowPoints).Select(p => p.Gops).DefaultIfEmpty(peakGops).Min(), xMin * bandwidthGBs);
        plot.Axes.SetLimits(Math.Log10(xMin), Math.Log10(xMax), Math.Log10(yLow) - 0.3, Math.Log10(peakGops) + 0.5);
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, Width, Height);
    }

    private readonly record struct Point(string Name, double Intensity, double Gops);

    /// <summary>Layers with MACs and DRAM traffic (embedding gathers have no operations and cannot sit on a log axis).</summary>
    private static List<Point> Points(GraphEstimate e, double hz) =>
    [
        .. e.Layers
            .Where(l => l.Cost.Ops > 0 && l.Cost.DramBytes > 0 && l.Cost.TotalCycles > 0)
            .Select(l => new Point(l.Layer.Shape.Name, l.Cost.Intensity, l.Cost.Ops / (double)l.Cost.TotalCycles * hz * 1e-9)),
    ];

    /// <summary>One marker per layer, labelled above its point (<paramref name="below"/> false) or below it, so the
    /// two bit widths' labels of a layer that barely moves do not collide.</summary>
    private static void AddLayers(Plot plot, List<Point> points, string legend, Color color, MarkerShape shape, bool below)
    {
        if (points.Count == 0)
            return;
        double[] xs = [.. points.Select(p => Math.Log10(p.Intensity))], ys = [.. points.Select(p => Math.Log10(p.Gops))];
        var scatter = plot.Add.ScatterPoints(xs, ys);
        scatter.LegendText = legend;
        scatter.Color = color;
        scatter.MarkerSize = 11;
        scatter.MarkerShape = shape;
        var placed = new List<(double X, double Y)>();
        foreach (var p in points.OrderByDescending(p => p.Gops))
        {
            double x = Math.Log10(p.Intensity), y = Math.Log10(p.Gops);
            // Layers of similar shape land on top of each other; spread their labels around the point instead of overprinting.
            int crowd = placed.Count(q => Math.Abs(q.X - x) < LabelClearX && Math.Abs(q.Y - y) < LabelClearY);
            placed.Add((x, y));
            var text = plot.Add.Text(p.Name, x, y);
            text.LabelFontSize = below ? 11 : 13;
            text.LabelFontColor = color;
            // The first label goes right of its point, the second left of it, further ones stack outwards.
            bool left = crowd % 2 == 1;
            text.LabelAlignment = (below, left) switch
            {
                (false, false) => Alignment.LowerLeft,
                (false, true) => Alignment.LowerRight,
                (true, false) => Alignment.UpperLeft,
                (true, true) => Alignment.UpperRight,
            };
            text.OffsetX = left ? -7 : 7;
            float stack = 15 * (crowd / 2);
            text.OffsetY = below ? 5 + stack : -5 - stack;
        }
    }

    /// <summary>A tick at log10 value <paramref name="exponent"/> labelled with the number itself.</summary>
    private static string Power(double exponent)
    {
        double value = Math.Pow(10, exponent);
        return value >= 1 ? value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
    }
}
