using ScottPlot;
using ThreeML.TimeSeries;

namespace ThreeML.Plotting;

/// <summary>Builds 3ML's <c>view_lightcurve</c>: count rate against time for an energy selection, the background
/// model, shaded background and source intervals, and block edges.</summary>
internal static class LightCurveFigure
{
    private static readonly Color DataColour = Color.FromHex("#1f77b4");
    private static readonly Color BackgroundColour = Color.FromHex("#d62728");
    private static readonly Color ActiveColour = Color.FromHex("#2ca02c");

    public static PlotFigure Build(TimeSeriesBuilder ts, double start, double stop, double energyMin, double energyMax, IReadOnlyList<double>? blockEdges, int width, int height)
    {
        var series = ts.Series;
        var edges = series.ChannelEdges;
        var (first, last) = ts.ChannelsBetween(energyMin, energyMax);
        var lo = new List<double>();
        var hi = new List<double>();
        var rate = new List<double>();
        var model = new List<double>();
        for (var i = 0; i < series.BinCount; i++)
        {
            if (series.Stops[i] <= start || series.Starts[i] >= stop)
            {
                continue;
            }

            lo.Add(series.Starts[i]);
            hi.Add(series.Stops[i]);
            rate.Add(series.CountsOf(i, first, last) / series.Exposures[i]);
            if (ts.Background is { } bkg)
            {
                var mid = 0.5 * (series.Starts[i] + series.Stops[i]);
                var sum = 0.0;
                for (var c = first; c <= last; c++)
                {
                    sum += bkg.Polynomials[c].Evaluate(mid);
                }

                model.Add(sum);
            }
        }

        if (lo.Count == 0)
        {
            throw new ArgumentException($"No time bin of '{ts.Name}' lies within {start}..{stop} s.");
        }

        var yMax = rate.Max() * 1.1;
        var yMin = Math.Min(0, rate.Min());
        var plot = FigureStyle.NewPlot(top: 40);
        foreach (var interval in ts.Background?.Intervals ?? [])
        {
            Shade(plot, interval, BackgroundColour);
        }

        foreach (var interval in ts.ActiveIntervals)
        {
            Shade(plot, interval, ActiveColour);
        }

        var (xs, ys) = FigureStyle.Steps(lo, hi, rate);
        var data = plot.Add.ScatterLine(xs, ys, DataColour);
        data.LegendText = "Light curve";
        data.LineWidth = 1.5f;
        if (model.Count > 0)
        {
            var centres = lo.Zip(hi, (a, b) => 0.5 * (a + b)).ToArray();
            var line = plot.Add.ScatterLine(centres, model.ToArray(), BackgroundColour);
            line.LineWidth = 2;
            line.LegendText = $"Background (order {ts.Background!.Order})";
        }

        foreach (var edge in blockEdges ?? [])
        {
            if (edge >= start && edge <= stop)
            {
                var v = plot.Add.VerticalLine(edge, 1, Colors.Black.WithAlpha(0.6));
                v.LinePattern = LinePattern.Dashed;
            }
        }

        plot.Axes.SetLimits(Math.Max(start, lo[0]), Math.Min(stop, hi[^1]), yMin, yMax);
        LinearTickGenerator.Use(plot.Axes.Bottom);
        LinearTickGenerator.Use(plot.Axes.Left);
        plot.XLabel("Time since trigger (s)");
        plot.YLabel($"Rate (counts s⁻¹), {edges[first]:0.#}–{edges[last + 1]:0.#} keV");
        plot.Title(ts.Name);
        plot.ShowLegend(Alignment.UpperRight);
        FigureStyle.Finish(plot);
        return new PlotFigure([FigurePanel.Whole(plot)], width, height);
    }

    private static void Shade(Plot plot, TimeInterval interval, Color colour)
    {
        var span = plot.Add.HorizontalSpan(interval.Start, interval.Stop);
        span.FillStyle.Color = colour.WithAlpha(0.15);
        span.LineStyle.Width = 0;
    }
}
