using ScottPlot;
using ScottPlot.Plottables;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

/// <summary>Per-plugin options: rebinning (<c>min_rate</c> as a list), colours and labels.</summary>
public partial class ModelCountsFigureTests
{
    private static Scatter Curve(PlotFigure figure, string label) =>
        figure.MainPlot.GetPlottables().OfType<Scatter>().Single(s => s.LegendText == label);

    [Fact]
    public void Per_plugin_min_rates_rebin_each_plugin_on_its_own()
    {
        var a = TutorialAnalysis.Instance;
        var channels = a.S1.Observation.ChannelCount;
        var rebinned = RebinnedCounts.From(a.S1, ModelCountsPlotOptions.Default, 500).Count;
        Assert.InRange(rebinned, 2, channels - 1);

        var figure = Plots.DisplaySpectrumModelCounts(a.Fit, new ModelCountsPlotOptions { MinRates = [500, null] });
        Assert.Equal(2 * rebinned, Curve(figure, "s1 model").Data.GetScatterPoints().Count);
        Assert.Equal(2 * channels, Curve(figure, "s2 model").Data.GetScatterPoints().Count);

        var swapped = Plots.DisplaySpectrumModelCounts(a.Fit, new ModelCountsPlotOptions { MinRates = [null, 500] });
        Assert.Equal(2 * channels, Curve(swapped, "s1 model").Data.GetScatterPoints().Count);
        Assert.Equal(2 * RebinnedCounts.From(a.S2, ModelCountsPlotOptions.Default, 500).Count, Curve(swapped, "s2 model").Data.GetScatterPoints().Count);
    }

    [Fact]
    public void Model_and_background_labels_and_single_colours_reach_the_legend()
    {
        var options = new ModelCountsPlotOptions
        {
            ShowBackground = true, ModelLabels = ["first fit", "second fit"], BackgroundLabels = ["first bkg", "second bkg"],
            DataColor = Colors.Black, ModelColor = Colors.Red, BackgroundColor = Colors.Blue,
        };
        var figure = Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit, options);
        var legend = figure.MainPlot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).ToArray();
        Assert.Equal(["s1", "first fit", "first bkg", "s2", "second fit", "second bkg"], legend.Where(l => !string.IsNullOrEmpty(l)));
        Assert.All(new[] { "first fit", "second fit" }, l => Assert.Equal(Colors.Red, Curve(figure, l).Color));
        Assert.All(new[] { "first bkg", "second bkg" }, l => Assert.Equal(Colors.Blue, Curve(figure, l).Color));
        Assert.All(new[] { "s1", "s2" }, l => Assert.Equal(Colors.Black, Curve(figure, l).Color));
    }
}
