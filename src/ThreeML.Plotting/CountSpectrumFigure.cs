using ScottPlot;
using ThreeML.Plugins;
using ThreeML.Spectra;

namespace ThreeML.Plotting;

/// <summary>Builds 3ML's <c>view_count_spectrum</c>: observed and background count-rate densities per channel.</summary>
/// <remarks>As 3ML: the observed rate is counts / exposure / BACKSCAL_src, the background counts / exposure_bkg /
/// BACKSCAL_bkg (scaled to unit extraction area), both divided by the channel width; √N errors for Poisson counts and
/// the given errors for Gaussian ones. Channels outside the selection are shaded grey, bad channels red and warn
/// channels purple.</remarks>
internal static class CountSpectrumFigure
{
    private static readonly Color DataColour = Color.FromHex("#1f77b4");
    private static readonly Color BackgroundColour = Color.FromHex("#ff7f0e");

    public static PlotFigure Build(SpectrumLike plugin, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        if (plugin.ActiveChannelCount == 0)
        {
            throw new InvalidOperationException($"Plugin '{plugin.Name}' has no active channels to plot.");
        }

        var obs = plugin.Observation;
        var n = obs.ChannelCount;
        var edges = obs.Edges.ToArray();
        var lo = edges[..n].Select(LogAxes.Log).ToArray();
        var hi = edges[1..].Select(LogAxes.Log).ToArray();
        var (rate, rateErr) = Densities(obs, edges);
        double[]? bRate = null;
        double[]? bErr = null;
        if (plugin.Background is { } bkg)
        {
            (bRate, bErr) = Densities(bkg, edges);
        }

        var plot = FigureStyle.NewPlot(top: 40);
        var logRate = rate.Select(LogAxes.Log).ToList();
        var (yMin, yMax) = LogAxes.Range(logRate.Concat(bRate?.Select(LogAxes.Log) ?? []));
        var (xMin, xMax) = (lo[0], hi[^1]);
        Shade(plot, plugin, obs, lo, hi, yMin, yMax);
        AddSeries(plot, lo, hi, rate, rateErr, yMin, DataColour, "Total");
        if (bRate is not null && bErr is not null && bRate.Any(v => v > 0))
        {
            AddSeries(plot, lo, hi, bRate, bErr, yMin, BackgroundColour, "Scaled Background");
        }

        LogAxes.Use(plot.Axes.Bottom);
        LogAxes.Use(plot.Axes.Left);
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);
        plot.XLabel("Energy (keV)");
        plot.YLabel("Net rate (counts s⁻¹ keV⁻¹)");
        plot.Title(plugin.Name);
        plot.ShowLegend(Alignment.UpperRight);
        FigureStyle.Finish(plot);
        return new PlotFigure([FigurePanel.Whole(plot)], width, height);
    }

    private static (double[] Rate, double[] Error) Densities(BinnedSpectrum spectrum, double[] edges)
    {
        var n = spectrum.ChannelCount;
        var rate = new double[n];
        var err = new double[n];
        var scale = spectrum.Exposure * spectrum.ScaleFactor;
        for (var i = 0; i < n; i++)
        {
            var width = edges[i + 1] - edges[i];
            var c = spectrum.Counts[i];
            var e = spectrum.HasCountErrors ? spectrum.CountErrors[i] : Math.Sqrt(Math.Max(c, 0));
            rate[i] = c / scale / width;
            err[i] = e / scale / width;
        }

        return (rate, err);
    }

    private static void AddSeries(Plot plot, double[] lo, double[] hi, double[] rate, double[] err, double floor, Color colour, string label)
    {
        var logs = rate.Select(v => double.IsNaN(LogAxes.Log(v)) ? floor - 10 : LogAxes.Log(v)).ToArray();
        var (xs, ys) = FigureStyle.Steps(lo, hi, logs);
        var line = plot.Add.ScatterLine(xs, ys, colour);
        line.LineWidth = 1.5f;
        line.LegendText = label;

        var keep = Enumerable.Range(0, rate.Length).Where(i => rate[i] > 0).ToArray();
        if (keep.Length == 0)
        {
            return;
        }

        var cx = keep.Select(i => 0.5 * (lo[i] + hi[i])).ToArray();
        var cy = keep.Select(i => Math.Log10(rate[i])).ToArray();
        var up = keep.Select(i => Math.Log10(rate[i] + err[i]) - Math.Log10(rate[i])).ToArray();
        var down = keep.Select(i => rate[i] - err[i] > 0 ? Math.Log10(rate[i]) - Math.Log10(rate[i] - err[i]) : Math.Log10(rate[i]) - floor + 1).ToArray();
        var bars = plot.Add.ErrorBar(cx, cy, up);
        bars.YErrorPositive = up;
        bars.YErrorNegative = down;
        bars.Color = colour.WithAlpha(0.9);
        bars.LineWidth = 0.7f;
        bars.CapSize = 0;
    }

    /// <summary>Shades unused (grey), bad (red) and warn (purple) channels, merging runs of neighbours.</summary>
    private static void Shade(Plot plot, SpectrumLike plugin, BinnedSpectrum obs, double[] lo, double[] hi, double yMin, double yMax)
    {
        var mask = plugin.Mask;
        var kinds = new int[obs.ChannelCount];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = obs.Quality[i] switch
            {
                ChannelQuality.Warn => 2,
                ChannelQuality.Good => mask[i] ? 0 : 3,
                _ => 1,
            };
        }

        Color[] colours = [Colors.Transparent, Colors.Red.WithAlpha(0.25), Colors.Purple.WithAlpha(0.25), Colors.Gray.WithAlpha(0.25)];
        for (var i = 0; i < kinds.Length;)
        {
            var j = i;
            while (j + 1 < kinds.Length && kinds[j + 1] == kinds[i])
            {
                j++;
            }

            if (kinds[i] != 0)
            {
                var rect = plot.Add.Rectangle(lo[i], hi[j], yMin, yMax);
                rect.FillColor = colours[kinds[i]];
                rect.LineWidth = 0;
            }

            i = j + 1;
        }
    }
}
