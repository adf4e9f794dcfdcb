using System.Globalization;
using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>Builds 3ML's <c>corner_plot</c>: marginal histograms on the diagonal with the 16/50/84 % quantiles and a
/// "median +err −err" title (3ML's <c>title_fmt=".2g"</c>), and filled 2-D credible regions below it.</summary>
internal static class CornerFigure
{
    // Outer margins (pixels) for the tick labels and axis labels of the left column and bottom row, and for the title
    // of the last histogram, which overhangs its panel on the right.
    private const float MarginLeft = 75;
    private const float MarginBottom = 55;
    private const float MarginRight = 40;

    // Gaps (pixels) around each data area; the top one holds the histogram titles.
    private const float Gap = 5;
    private const float TitleGap = 32;

    private static readonly Color Ink = Color.FromHex("#1f3f7f");
    private static readonly IReadOnlyList<Color> Shades = [Color.FromHex("#1f3f7f"), Color.FromHex("#5b7fbf"), Color.FromHex("#b4c6e7")];

    public static PlotFigure Build(AnalysisResults results, CornerPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var paths = options.Parameters is { Count: > 0 } p ? p : results.Samples.Paths;
        foreach (var path in paths)
        {
            if (!results.Samples.Contains(path))
            {
                throw new ArgumentException($"'{path}' is not a free parameter of the results; free parameters: {string.Join(", ", results.Samples.Paths)}.", nameof(options));
            }
        }

        if (options.Bins < 2 || options.Levels.Count == 0 || options.Levels.Any(l => !(l > 0 && l < 1)))
        {
            throw new ArgumentException("A corner plot needs at least 2 bins and credible levels strictly between 0 and 1.", nameof(options));
        }

        var n = paths.Count;
        var ranges = paths.Select(path => Range(results.Samples[path])).ToArray();
        var panels = new List<FigurePanel>();
        for (var row = 0; row < n; row++)
        {
            for (var col = 0; col <= row; col++)
            {
                var plot = FigureStyle.NewPlot(
                    left: Gap + (col == 0 ? MarginLeft : 0),
                    right: Gap + (col == n - 1 ? MarginRight : 0),
                    bottom: Gap + (row == n - 1 ? MarginBottom : 0),
                    top: TitleGap);
                if (row == col)
                {
                    Diagonal(plot, results.Samples[paths[row]], ranges[row], options.Bins, Label(paths[row], options));
                }
                else
                {
                    var levels = CredibleRegions.Levels(results.Samples[paths[col]], results.Samples[paths[row]], ranges[col], ranges[row], options.Bins, options.Levels);
                    var heatmap = plot.Add.Heatmap(levels);
                    heatmap.Extent = new CoordinateRect(ranges[col].Min, ranges[col].Max, ranges[row].Min, ranges[row].Max);
                    heatmap.Colormap = new LevelColormap(Shades);
                    heatmap.ManualRange = new ScottPlot.Range(0, Math.Max(1, options.Levels.Count - 1));
                    heatmap.NaNCellColor = Colors.Transparent;
                    plot.Axes.SetLimits(ranges[col].Min, ranges[col].Max, ranges[row].Min, ranges[row].Max);
                }

                Decorate(plot, row, col, n, paths, options);
                panels.Add(new FigurePanel(plot, Cell(row, col, n)));
            }
        }

        return new PlotFigure(panels, options.Width, options.Height);
    }

    /// <summary>The rectangle of panel (row, col): an equal share of the grid inside the outer margins, stretched over
    /// the margin on the outside edges so that every data area has the same size.</summary>
    private static Func<int, int, PixelRect> Cell(int row, int col, int n) => (width, height) =>
    {
        var cellWidth = (width - MarginLeft - MarginRight) / n;
        var cellHeight = (height - MarginBottom) / n;
        var left = col == 0 ? 0 : MarginLeft + col * cellWidth;
        var right = col == n - 1 ? width : MarginLeft + (col + 1) * cellWidth;
        var top = row * cellHeight;
        var bottom = row == n - 1 ? height : (row + 1) * cellHeight;
        return new PixelRect(left, right, bottom, top);
    };

    internal static string Label(string path, CornerPlotOptions options) =>
        options.Labels is not null && options.Labels.TryGetValue(path, out var label) ? label : path[(path.LastIndexOf('.') + 1)..];

    /// <summary>Python's <c>format(v, ".2g")</c>: two significant digits, exponent form outside [1e-4, 1e2).</summary>
    internal static string Format2G(double v) => v.ToString("G2", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    internal static string Title(string label, ReadOnlySpan<double> samples)
    {
        var q16 = ThreeML.SampleStatistics.Percentile(samples, 16);
        var q50 = ThreeML.SampleStatistics.Percentile(samples, 50);
        var q84 = ThreeML.SampleStatistics.Percentile(samples, 84);
        return $"{label} = {Format2G(q50)} +{Format2G(q84 - q50)} −{Format2G(q50 - q16)}";
    }

    private static void Diagonal(Plot plot, ReadOnlySpan<double> samples, (double Min, double Max) range, int bins, string label)
    {
        var counts = new double[bins];
        var width = (range.Max - range.Min) / bins;
        foreach (var v in samples)
        {
            if (v >= range.Min && v <= range.Max)
            {
                counts[Math.Min(bins - 1, (int)((v - range.Min) / width))] += 1;
            }
        }

        var lo = Enumerable.Range(0, bins).Select(i => range.Min + i * width).ToArray();
        var hi = Enumerable.Range(0, bins).Select(i => range.Min + (i + 1) * width).ToArray();
        var (xs, ys) = FigureStyle.Steps(lo, hi, counts);
        var line = plot.Add.ScatterLine(xs, ys, Ink);
        line.LineWidth = 1.5f;
        foreach (var q in new[] { 16.0, 50.0, 84.0 })
        {
            plot.Add.VerticalLine(ThreeML.SampleStatistics.Percentile(samples, q), 1, Ink, LinePattern.Dashed);
        }

        plot.Axes.SetLimits(range.Min, range.Max, 0, 1.1 * counts.Max());
        plot.Axes.Left.TickLabelStyle.IsVisible = false;
        plot.Title(Title(label, samples), size: 10);
    }

    private static void Decorate(Plot plot, int row, int col, int n, IReadOnlyList<string> paths, CornerPlotOptions options)
    {
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { MaxTickCount = 4 };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { MaxTickCount = 4 };
        if (row == n - 1)
        {
            plot.XLabel(Label(paths[col], options), size: 12);
        }
        else
        {
            plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        }

        if (col == 0 && row != 0)
        {
            plot.YLabel(Label(paths[row], options), size: 12);
        }
        else
        {
            plot.Axes.Left.TickLabelStyle.IsVisible = false;
        }

        FigureStyle.Finish(plot);
    }

    /// <summary>The plotted range of a parameter: all samples, widened when they are all equal.</summary>
    private static (double Min, double Max) Range(ReadOnlySpan<double> samples)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in samples)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (!(max > min))
        {
            var pad = Math.Abs(min) > 0 ? 0.01 * Math.Abs(min) : 1;
            return (min - pad, max + pad);
        }

        return (min, max);
    }
}
