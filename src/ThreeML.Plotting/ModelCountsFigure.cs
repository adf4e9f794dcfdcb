using ScottPlot;
using ThreeML.Plugins;

namespace ThreeML.Plotting;

/// <summary>Builds 3ML's <c>display_spectrum_model_counts</c>: per plugin the data rate with errors and the folded
/// model, one colour per plugin, above a residual panel that shares the energy axis.</summary>
internal static class ModelCountsFigure
{
    /// <summary>Fraction of the figure height taken by the data panel when residuals are shown.</summary>
    internal const double MainFraction = 0.7;

    /// <summary>Upper limits of bins with no positive net rate are this many σ above max(value, 0).</summary>
    internal const double UpperLimitSigma = 2;

    /// <summary>Length of an upper-limit arrow in decades.</summary>
    private const double ArrowLength = 0.25;

    /// <summary>One figure with every plugin.</summary>
    /// <exception cref="ArgumentException">Options do not fit the plugins, or <see cref="ModelCountsPlotOptions.DataPerPlot"/>
    /// asks for more than one figure.</exception>
    public static PlotFigure Build(IReadOnlyList<SpectrumLike> plugins, ModelCountsPlotOptions options)
    {
        var series = ModelCountsSeries.Resolve(plugins, options);
        if (options.DataPerPlot is { } perPlot && perPlot < series.Count)
        {
            var figures = (series.Count + perPlot - 1) / perPlot;
            throw new ArgumentException(
                $"DataPerPlot = {perPlot} splits the {series.Count} plugins over {figures} figures: call Plots.DisplaySpectrumModelCountsSplit for the list of figures.",
                nameof(options));
        }

        return BuildFigure(series, options);
    }

    /// <summary>Figures of at most <see cref="ModelCountsPlotOptions.DataPerPlot"/> plugins each, in order (one figure
    /// when it is not set); colours and labels follow each plugin's place among all of them.</summary>
    public static IReadOnlyList<PlotFigure> BuildSplit(IReadOnlyList<SpectrumLike> plugins, ModelCountsPlotOptions options)
    {
        var series = ModelCountsSeries.Resolve(plugins, options);
        return [.. series.Chunk(options.DataPerPlot ?? series.Count).Select(chunk => BuildFigure(chunk, options))];
    }

    private static PlotFigure BuildFigure(IReadOnlyList<ModelCountsSeries> series, ModelCountsPlotOptions options)
    {
        var sets = series.Select(s => RebinnedCounts.From(s.Plugin, options, s.MinRate)).ToArray();
        var main = FigureStyle.NewPlot(bottom: options.ShowResiduals ? 8 : 50);
        var xMin = LogAxes.Log(sets.Min(s => s.Low.Min()));
        var xMax = LogAxes.Log(sets.Max(s => s.High.Max()));
        // The vertical range follows the data (and background); a model that falls steeply beyond the data (a
        // blackbody's Wien tail) is clipped instead of squashing the data into the top of the panel.
        var dataValues = sets.SelectMany(s => s.Data.Concat(options.ShowBackground ? s.Background : [])).Select(LogAxes.Log).Where(double.IsFinite)
            .Concat(sets.SelectMany(UpperLimits).Select(l => l.Limit - ArrowLength)).ToList();
        var yValues = dataValues.Count > 0
            ? dataValues.Concat(sets.SelectMany(s => s.Model).Select(LogAxes.Log).Where(v => double.IsFinite(v) && v >= dataValues.Min() - 1))
            : sets.SelectMany(s => s.Model).Select(LogAxes.Log);
        var (yMin, yMax) = LogAxes.Range(yValues);
        for (var i = 0; i < sets.Length; i++)
        {
            var style = series[i];
            AddData(main, sets[i], sets[i].Data, sets[i].DataError, style.DataColor, sets[i].Name);
            AddCurve(main, sets[i], sets[i].Model, yMin, options.Step, ModelShade(style), style.ModelLabel, LinePattern.Solid);
            if (options.ShowBackground)
            {
                AddCurve(main, sets[i], sets[i].Background, yMin, options.Step, style.BackgroundColor, style.BackgroundLabel, LinePattern.Dashed);
            }
        }

        LogAxes.Use(main.Axes.Bottom);
        LogAxes.Use(main.Axes.Left);
        main.Axes.SetLimits(xMin, xMax, yMin, yMax);
        main.YLabel(options.SourceOnly ? "Net rate (counts s⁻¹ keV⁻¹)" : "Rate (counts s⁻¹ keV⁻¹)");
        main.ShowLegend(Alignment.UpperRight);
        FigureStyle.Finish(main);
        if (!options.ShowResiduals)
        {
            main.XLabel("Energy (keV)");
            FigureStyle.Finish(main);
            return new PlotFigure([FigurePanel.Whole(main)], options.Width, options.Height);
        }

        main.Axes.Bottom.TickLabelStyle.IsVisible = false;
        var residuals = FigureStyle.NewPlot(top: 4);
        residuals.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        // σ residuals keep at least ±3 in view (the usual scale); ratios follow the data.
        var extent = options.RatioResiduals ? 0.1 : 3.0;
        for (var i = 0; i < sets.Length; i++)
        {
            var s = sets[i];
            var xs = s.MeanEnergy.Select(Math.Log10).ToArray();
            var points = residuals.Add.ErrorBar(xs, s.Residual, s.ResidualError);
            points.Color = series[i].DataColor;
            points.CapSize = 0;
            var markers = residuals.Add.Scatter(xs, s.Residual, series[i].DataColor);
            markers.LineWidth = 0;
            markers.MarkerSize = 4;
            extent = Math.Max(extent, s.Residual.Zip(s.ResidualError).Where(p => double.IsFinite(p.First)).Select(p => Math.Abs(p.First) + p.Second).DefaultIfEmpty(0).Max());
        }

        LogAxes.Use(residuals.Axes.Bottom);
        LinearTickGenerator.Use(residuals.Axes.Left);
        residuals.Axes.SetLimits(xMin, xMax, -1.1 * extent, 1.1 * extent);
        residuals.XLabel("Energy (keV)");
        residuals.YLabel(options.RatioResiduals ? "(data − model)/model" : "(data − model)/σ", size: 12);
        FigureStyle.Finish(residuals);
        return new PlotFigure(
            [FigurePanel.Fraction(main, 0, 0, 1, MainFraction), FigurePanel.Fraction(residuals, 0, MainFraction, 1, 1 - MainFraction)],
            options.Width,
            options.Height);
    }

    private static void AddData(Plot plot, RebinnedCounts s, double[] values, double[] errors, Color colour, string label)
    {
        var keep = Enumerable.Range(0, s.Count).Where(k => values[k] > 0 && double.IsFinite(values[k])).ToArray();
        if (keep.Length > 0)
        {
            var x = keep.Select(k => Math.Log10(s.MeanEnergy[k])).ToArray();
            var y = keep.Select(k => Math.Log10(values[k])).ToArray();
            var bars = plot.Add.ErrorBar(x, y, new double[x.Length]);
            bars.XErrorNegative = keep.Select((k, j) => x[j] - Math.Log10(s.Low[k])).ToArray();
            bars.XErrorPositive = keep.Select((k, j) => Math.Log10(s.High[k]) - x[j]).ToArray();
            bars.YErrorPositive = keep.Select((k, j) => Math.Log10(values[k] + errors[k]) - y[j]).ToArray();
            bars.YErrorNegative = keep.Select((k, j) => values[k] > errors[k] ? y[j] - Math.Log10(values[k] - errors[k]) : 10.0).ToArray();
            bars.Color = colour;
            bars.CapSize = 0;
            bars.LineWidth = 1;
            var markers = plot.Add.Scatter(x, y, colour);
            markers.LineWidth = 0;
            markers.MarkerSize = 4;
            markers.LegendText = label;
        }

        AddUpperLimits(plot, s, values, errors, colour);
    }

    private static (int Bin, double Limit)[] UpperLimits(RebinnedCounts s) => UpperLimits(s, s.Data, s.DataError);

    /// <summary>The bins drawn as upper limits and log10 of each limit.</summary>
    private static (int Bin, double Limit)[] UpperLimits(RebinnedCounts s, double[] values, double[] errors) =>
        [.. Enumerable.Range(0, s.Count)
            .Where(k => values[k] <= 0 && errors[k] > 0 && double.IsFinite(errors[k]))
            .Select(k => (Bin: k, Limit: Math.Log10(Math.Max(values[k], 0) + (UpperLimitSigma * errors[k]))))];

    /// <summary>Bins whose value is zero or negative cannot be drawn on a log axis: each is shown as a 2σ upper limit,
    /// max(value, 0) + 2σ, a bar across the bin with an arrow a quarter of a decade long pointing down.</summary>
    private static void AddUpperLimits(Plot plot, RebinnedCounts s, double[] values, double[] errors, Color colour)
    {
        var limits = UpperLimits(s, values, errors);
        if (limits.Length == 0)
        {
            return;
        }

        var x = limits.Select(l => Math.Log10(s.MeanEnergy[l.Bin])).ToArray();
        var y = limits.Select(l => l.Limit).ToArray();
        var bars = plot.Add.ErrorBar(x, y, new double[x.Length]);
        bars.XErrorNegative = limits.Select((l, j) => x[j] - Math.Log10(s.Low[l.Bin])).ToArray();
        bars.XErrorPositive = limits.Select((l, j) => Math.Log10(s.High[l.Bin]) - x[j]).ToArray();
        bars.YErrorNegative = [.. Enumerable.Repeat(ArrowLength, x.Length)];
        bars.YErrorPositive = new double[x.Length];
        bars.Color = colour;
        bars.CapSize = 0;
        bars.LineWidth = 1;
        var heads = plot.Add.ScatterPoints(x, [.. y.Select(v => v - ArrowLength)], colour);
        heads.MarkerShape = MarkerShape.FilledTriangleDown;
        heads.MarkerSize = 6;
    }

    /// <summary>The model's colour: darker than the data when both have the same colour, so that the folded model
    /// stays distinct from the points it runs through.</summary>
    private static Color ModelShade(ModelCountsSeries style) =>
        style.ModelColor.ToHex() == style.DataColor.ToHex() ? style.ModelColor.Darken(0.45) : style.ModelColor;

    private static void AddCurve(Plot plot, RebinnedCounts s, double[] values, double floor, bool step, Color colour, string label, LinePattern pattern)
    {
        var logs = values.Select(v => double.IsNaN(LogAxes.Log(v)) ? floor - 10 : LogAxes.Log(v)).ToArray();
        var (xs, ys) = step
            ? FigureStyle.Steps(s.Low.Select(Math.Log10).ToArray(), s.High.Select(Math.Log10).ToArray(), logs)
            : (s.MeanEnergy.Select(Math.Log10).ToArray(), logs);
        var line = plot.Add.ScatterLine(xs, ys, colour);
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.LegendText = label;
    }
}
