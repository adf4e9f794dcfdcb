using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>The look shared by every figure: embedded font, fixed margins (so stacked panels line up), colours.</summary>
internal static class FigureStyle
{
    /// <summary>Colours for successive data sets (matplotlib's tab10, as 3ML's default cycle).</summary>
    public static readonly IReadOnlyList<Color> Cycle =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"),
        Color.FromHex("#bcbd22"), Color.FromHex("#17becf"),
    ];

    public static Color At(IReadOnlyList<Color>? colours, int index) =>
        colours is { Count: > 0 } ? colours[index % colours.Count] : Cycle[index % Cycle.Count];

    /// <summary>A new plot with the embedded font and fixed padding around the data area.</summary>
    public static Plot NewPlot(float left = 80, float right = 20, float bottom = 50, float top = 30)
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();

        // Panels share one canvas: a plot must paint its own rectangle only, never clear the others.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.Layout.Fixed(new PixelPadding(left, right, bottom, top));
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        return plot;
    }

    /// <summary>Applies the embedded font to every label of the plot; call after all plottables are added.</summary>
    public static void Finish(Plot plot) => plot.Font.Set(PlotFonts.Family);

    /// <summary>Staircase vertices for bins [lo_i, hi_i] with values v_i (already transformed).</summary>
    public static (double[] Xs, double[] Ys) Steps(IReadOnlyList<double> lo, IReadOnlyList<double> hi, IReadOnlyList<double> values)
    {
        var xs = new double[2 * values.Count];
        var ys = new double[2 * values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            xs[2 * i] = lo[i];
            xs[2 * i + 1] = hi[i];
            ys[2 * i] = values[i];
            ys[2 * i + 1] = values[i];
        }

        return (xs, ys);
    }
}
