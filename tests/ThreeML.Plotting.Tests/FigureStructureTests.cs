using ScottPlot;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

/// <summary>Structural checks next to the golden images (issue 18 item 5): every figure's axes can be read.</summary>
public class FigureStructureTests
{
    public static TheoryData<string> Names => ["view_count_spectrum", "display_spectrum_model_counts", "plot_spectra", "count_spectra_ratio", "count_spectra_split"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_log_axis_labels_each_decade_in_view(string name)
    {
        var figure = Build(name);
        figure.GetPngBytes(600, 450);
        var logAxes = 0;
        foreach (var plot in figure.Plots)
        {
            foreach (var axis in Visible(plot).Where(a => a.TickGenerator is LogTickGenerator))
            {
                logAxes++;
                var (min, max) = (axis.Min, axis.Max);
                var labelled = Labelled(axis).Select(t => t.Position).ToArray();
                for (var n = Math.Ceiling(min); n + 1 <= max; n++)
                {
                    Assert.Contains(labelled, p => p >= n - 1e-9 && p <= n + 1 + 1e-9);
                }

                Assert.True(labelled.Length >= 2, $"{name}: a log axis with {labelled.Length} labels over {min:F2}..{max:F2}");
            }
        }

        Assert.True(logAxes >= 2, $"{name}: {logAxes} labelled log axes");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Tick_labels_of_an_axis_never_overlap_and_each_axis_has_two(string name)
    {
        var figure = Build(name);
        figure.GetPngBytes(600, 450);
        foreach (var plot in figure.Plots)
        {
            foreach (var axis in Visible(plot))
            {
                var size = axis.TickLabelStyle.FontSize;
                var horizontal = axis.Edge.IsHorizontal();
                var spans = Labelled(axis)
                    .Select(t =>
                    {
                        var centre = horizontal ? plot.GetPixel(new Coordinates(t.Position, plot.Axes.Left.Min)).X : plot.GetPixel(new Coordinates(plot.Axes.Bottom.Min, t.Position)).Y;
                        var half = (horizontal ? FigureText.Width(t.Label, size) : FigureText.Height(1, size)) / 2;
                        return (Label: t.Label, Low: centre - half, High: centre + half);
                    })
                    .OrderBy(s => s.Low)
                    .ToArray();
                Assert.True(spans.Length >= 2, $"{name}: the {axis.Edge} axis has {spans.Length} tick labels");
                for (var i = 1; i < spans.Length; i++)
                {
                    Assert.True(spans[i].Low >= spans[i - 1].High, $"{name}: tick labels '{spans[i - 1].Label}' and '{spans[i].Label}' overlap");
                }
            }
        }
    }

    private static IEnumerable<IAxis> Visible(Plot plot) =>
        new IAxis[] { plot.Axes.Bottom, plot.Axes.Left }.Where(a => a.TickLabelStyle.IsVisible);

    private static Tick[] Labelled(IAxis axis) =>
        [.. axis.TickGenerator.Ticks.Where(t => t.Label.Length > 0 && t.Position >= axis.Min - 1e-9 && t.Position <= axis.Max + 1e-9)];

    private static PlotFigure Build(string name) => name switch
    {
        "count_spectra_ratio" => Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit, new ModelCountsPlotOptions { RatioResiduals = true, MinRate = 20 }),
        "count_spectra_split" => Plots.DisplaySpectrumModelCountsSplit(TutorialAnalysis.Instance.Fit, new ModelCountsPlotOptions { DataPerPlot = 1 })[1],
        _ => GoldenImageTests.Build(name),
    };
}
