using ScottPlot;
using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>Builds 3ML's <c>plot_spectra</c>: median spectra with their credible bands on log-log axes.</summary>
internal static class SpectrumFigure
{
    /// <summary>The most decades the flux axis spans.</summary>
    internal const double MaxDecades = 8;

    public static PlotFigure Build(IReadOnlyList<SpectrumBand> bands, SpectrumPlotOptions options)
    {
        var plot = FigureStyle.NewPlot(left: 90);
        var logs = bands.SelectMany(b => b.Median.Concat(options.ShowContours ? b.Lower.Concat(b.Upper) : [])).Select(LogAxes.Log);
        var (yMin, yMax) = LogAxes.Range(logs, margin: 0.05);

        // Exponential cut-offs fall by tens of decades within the grid; beyond MaxDecades below the peak nothing is
        // readable, so the axis stops there (matplotlib would show all of it).
        yMin = Math.Max(yMin, yMax - MaxDecades);
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var colour = FigureStyle.At(options.Colors, i);
            var xs = band.X.Select(Math.Log10).ToArray();
            double Y(double v) => double.IsNaN(LogAxes.Log(v)) ? yMin - 10 : LogAxes.Log(v);
            if (options.ShowContours)
            {
                var fill = plot.Add.FillY(xs, band.Lower.Select(Y).ToArray(), band.Upper.Select(Y).ToArray());
                fill.FillColor = colour.WithAlpha(0.4);
                fill.LineWidth = 0;
            }

            var line = plot.Add.ScatterLine(xs, band.Median.Select(Y).ToArray(), colour);
            line.LineWidth = 2;
            line.LegendText = band.Label;
        }

        LogAxes.Use(plot.Axes.Bottom);
        LogAxes.Use(plot.Axes.Left);
        plot.Axes.SetLimits(Math.Log10(options.EneMin), Math.Log10(options.EneMax), yMin, yMax);
        plot.XLabel($"{AxisName(options.EnergyUnit)} ({options.EnergyUnit})");
        plot.YLabel($"Flux ({options.FluxUnit})");
        plot.ShowLegend(Alignment.UpperRight);
        FigureStyle.Finish(plot);
        return new PlotFigure([FigurePanel.Whole(plot)], options.Width, options.Height);
    }

    private static string AxisName(string unit)
    {
        var u = Astromodels.Unit.Parse(unit);
        return u.IsConvertibleTo(Astromodels.Units.keV) ? "Energy" : u.IsConvertibleTo(Astromodels.Unit.Parse("Hz")) ? "Frequency" : "Wavelength";
    }
}
