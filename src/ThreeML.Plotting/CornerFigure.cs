using ScottPlot;
using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>Builds 3ML's <c>corner_plot</c> as corner.py draws it: marginal histograms on the diagonal with the 16, 50
/// and 84 % quantiles and a "name = value +err −err" title, smoothed 2-D histograms below with filled credible regions
/// outlined by their contours and the samples outside them as dots, tick labels on every outer axis.</summary>
/// <remarks>Every text is placed by <see cref="CornerLayout"/> for the size the figure is rendered at, so nothing
/// overlaps at any size or number of parameters; ScottPlot draws the data, frames and tick marks only.</remarks>
internal static class CornerFigure
{
    /// <summary>Pixels around each data area inside its ScottPlot panel, for the outward tick marks.</summary>
    private const float PanelPad = 6;

    private static readonly Color Ink = Color.FromHex("#1f3f7f");
    private static readonly IReadOnlyList<Color> Shades = [Color.FromHex("#1f3f7f").WithAlpha(0.85), Color.FromHex("#5b7fbf").WithAlpha(0.7), Color.FromHex("#b4c6e7").WithAlpha(0.6)];

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
        var axes = Axes(results, paths, options);
        var layouts = new LayoutCache(axes);
        var panels = new List<FigurePanel>();
        var cells = new List<(Plot Plot, int Row, int Col)>();
        for (var row = 0; row < n; row++)
        {
            for (var col = 0; col <= row; col++)
            {
                var plot = FigureStyle.NewPlot(PanelPad, PanelPad, PanelPad, PanelPad);
                plot.FigureBackground.Color = Colors.Transparent;
                plot.HideGrid();
                if (row == col)
                {
                    Diagonal(plot, results.Samples[paths[row]], axes[row], options.Bins);
                }
                else
                {
                    Regions(plot, results.Samples[paths[col]], results.Samples[paths[row]], axes[col], axes[row], options);
                }

                foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
                {
                    axis.TickGenerator = new FixedTicks();
                    axis.TickLabelStyle.IsVisible = false;
                    axis.MajorTickStyle.Length = CornerLayout.TickLength;
                    axis.MinorTickStyle.Length = 0;
                }

                FigureStyle.Finish(plot);
                var (r, c) = (row, col);
                panels.Add(new FigurePanel(plot, (w, h) =>
                {
                    var d = layouts.Get(w, h).Data(r, c);
                    return new PixelRect(d.Left - PanelPad, d.Right + PanelPad, d.Bottom + PanelPad, d.Top - PanelPad);
                }));
                cells.Add((plot, row, col));
            }
        }

        return new PlotFigure(panels, options.Width, options.Height, (w, h) =>
        {
            var layout = layouts.Get(w, h);
            foreach (var (plot, row, col) in cells)
            {
                ((FixedTicks)plot.Axes.Bottom.TickGenerator).Ticks = Marks(layout.X[col]);
                ((FixedTicks)plot.Axes.Left.TickGenerator).Ticks = row == col ? [] : Marks(layout.Y[row]);
            }

            return layout.Texts;
        });
    }

    /// <summary>Names, units, ranges and titles of the parameters shown.</summary>
    internal static CornerAxis[] Axes(AnalysisResults results, IReadOnlyList<string> paths, CornerPlotOptions options) =>
        [.. paths.Select(path =>
        {
            var (min, max) = Range(results.Samples[path]);
            var name = CornerLabels.Name(path, options);
            return new CornerAxis(name, CornerLabels.UnitText(results.OptimizedModel[path].Unit), min, max, CornerLabels.Title(name, results.Samples[path]));
        })];

    private static Tick[] Marks(LinearTicks ticks) => [.. ticks.Positions.Select(p => new Tick(p, "", true))];

    private static void Diagonal(Plot plot, ReadOnlySpan<double> samples, CornerAxis axis, int bins)
    {
        var counts = new double[bins];
        var width = (axis.Max - axis.Min) / bins;
        foreach (var v in samples)
        {
            if (v >= axis.Min && v <= axis.Max)
            {
                counts[Math.Min(bins - 1, (int)((v - axis.Min) / width))] += 1;
            }
        }

        var lo = Enumerable.Range(0, bins).Select(i => axis.Min + (i * width)).ToArray();
        var hi = Enumerable.Range(0, bins).Select(i => axis.Min + ((i + 1) * width)).ToArray();
        var (xs, ys) = FigureStyle.Steps(lo, hi, counts);
        var line = plot.Add.ScatterLine(xs, ys, Ink);
        line.LineWidth = 1.5f;
        foreach (var q in new[] { 16.0, 50.0, 84.0 })
        {
            var marker = plot.Add.VerticalLine(SampleStatistics.Percentile(samples, q), 1, Ink, LinePattern.Dashed);
            marker.LabelText = "";
        }

        plot.Axes.SetLimits(axis.Min, axis.Max, 0, 1.1 * counts.Max());
    }

    private static void Regions(Plot plot, ReadOnlySpan<double> x, ReadOnlySpan<double> y, CornerAxis xAxis, CornerAxis yAxis, CornerPlotOptions options)
    {
        const int subdivide = 6;
        var regions = CredibleRegions.Compute(x, y, (xAxis.Min, xAxis.Max), (yAxis.Min, yAxis.Max), options.Bins, options.Levels, subdivide);
        var size = options.Bins * subdivide;

        // The samples outside the outermost region, as corner.py's data points.
        var outside = new List<Coordinates>();
        for (var i = 0; i < x.Length; i++)
        {
            var c = Math.Clamp((int)((x[i] - xAxis.Min) / (xAxis.Max - xAxis.Min) * size), 0, size - 1);
            var r = size - 1 - Math.Clamp((int)((y[i] - yAxis.Min) / (yAxis.Max - yAxis.Min) * size), 0, size - 1);
            if (double.IsNaN(regions.Levels[r, c]))
            {
                outside.Add(new Coordinates(x[i], y[i]));
            }
        }

        var dots = plot.Add.ScatterPoints(outside);
        dots.Color = Ink.WithAlpha(0.6);
        dots.MarkerSize = 2;

        var heatmap = plot.Add.Heatmap(regions.Levels);
        heatmap.Extent = new CoordinateRect(xAxis.Min, xAxis.Max, yAxis.Min, yAxis.Max);
        heatmap.Colormap = new LevelColormap(Shades);
        heatmap.ManualRange = new ScottPlot.Range(0, Math.Max(1, options.Levels.Count - 1));
        heatmap.NaNCellColor = Colors.Transparent;
        heatmap.Smooth = false;

        var grid = new Coordinates3d[size, size];
        for (var r = 0; r < size; r++)
        {
            for (var c = 0; c < size; c++)
            {
                var cx = xAxis.Min + ((c + 0.5) / size * (xAxis.Max - xAxis.Min));
                var cy = yAxis.Max - ((r + 0.5) / size * (yAxis.Max - yAxis.Min));
                grid[r, c] = new Coordinates3d(cx, cy, regions.Density[r, c]);
            }
        }

        // The lines are traced once, at the regions' thresholds: Add.ContourLines(grid) would first trace twelve
        // evenly spaced default levels only to have them replaced (issue 19 item 5).
        var contours = new ScottPlot.Plottables.ContourLines { ContourLineLevels = regions.Thresholds };
        contours.LineColor = Ink;
        contours.LineWidth = 1;
        contours.LabelStyle.IsVisible = false;
        contours.Update(grid);
        plot.Add.Plottable(contours);
        plot.Axes.SetLimits(xAxis.Min, xAxis.Max, yAxis.Min, yAxis.Max);
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

    /// <summary>The layout of the last size asked for (a figure is rendered at one size at a time).</summary>
    private sealed class LayoutCache(IReadOnlyList<CornerAxis> axes)
    {
        private (int Width, int Height, CornerLayout Layout)? _last;

        public CornerLayout Get(int width, int height)
        {
            if (_last is not { } last || last.Width != width || last.Height != height)
            {
                last = (width, height, CornerLayout.Compute(width, height, axes));
                _last = last;
            }

            return last.Layout;
        }
    }
}
