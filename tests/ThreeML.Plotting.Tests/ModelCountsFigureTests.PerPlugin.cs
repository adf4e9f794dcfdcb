using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

/// <summary>Per-plugin options: rebinning (<c>min_rate</c> as a list), figures of at most N plugins
/// (<c>data_per_plot</c>), colours and labels.</summary>
public partial class ModelCountsFigureTests
{
    private static Scatter Curve(PlotFigure figure, string label) =>
        figure.MainPlot.GetPlottables().OfType<Scatter>().Single(s => s.LegendText == label);

    private static string[] DataLabels(PlotFigure figure) =>
        [.. figure.MainPlot.GetPlottables().OfType<Scatter>().Where(s => s.LegendText.StartsWith('n') && !s.LegendText.Contains(' ')).Select(s => s.LegendText)];

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
    public void DataPerPlot_splits_three_plugins_into_figures_of_two_and_one()
    {
        var figures = Plots.DisplaySpectrumModelCountsSplit(ThreePlugins.Create(), new ModelCountsPlotOptions { DataPerPlot = 2 });
        Assert.Equal(2, figures.Count);
        Assert.Equal(["n1", "n2"], DataLabels(figures[0]));
        Assert.Equal(["n3"], DataLabels(figures[1]));
        foreach (var figure in figures)
        {
            Assert.Equal(2, figure.Plots.Count);
            using var probe = new ImageProbe(figure.GetPngBytes());
            Assert.True(probe.NonWhiteFraction() > 0.02);
        }
    }

    [Fact]
    public void Colours_continue_from_one_figure_to_the_next()
    {
        var plugins = ThreePlugins.Create();
        var figures = Plots.DisplaySpectrumModelCountsSplit(plugins, new ModelCountsPlotOptions { DataPerPlot = 2 });
        var green = Color.FromHex("#2ca02c");
        Assert.Equal(green, Curve(figures[1], "n3").Color);
        Assert.Equal(green.Darken(0.45), Curve(figures[1], "n3 model").Color);

        // The third colour of the tab10 cycle, darkened, is drawn on the second figure's model step.
        using var probe = new ImageProbe(figures[1].GetPngBytes());
        var counts = RebinnedCounts.From(plugins[2], ModelCountsPlotOptions.Default);
        var k = Array.IndexOf(counts.Model, counts.Model.Max());
        var x = 0.5 * (Math.Log10(counts.Low[k]) + Math.Log10(counts.High[k]));
        var (px, py) = Geometry.ToPixel(figures[1].MainPlot, x, Math.Log10(counts.Model[k]));
        Assert.True(probe.HasColourNear(px, py, SKColor.Parse(green.Darken(0.45).ToHex())), $"no dark green model step near ({px:F0}, {py:F0})");

        var chosen = Plots.DisplaySpectrumModelCountsSplit(plugins, new ModelCountsPlotOptions { DataPerPlot = 2, DataColors = [Colors.Red, Colors.Blue, Colors.Black] });
        Assert.Equal(Colors.Black, Curve(chosen[1], "n3").Color);
        Assert.Equal(Colors.Black, Curve(chosen[1], "n3 model").Color);
    }

    [Fact]
    public void Without_a_split_the_list_holds_the_single_figure()
    {
        var plugins = ThreePlugins.Create();
        var single = Plots.DisplaySpectrumModelCounts(plugins, ModelCountsPlotOptions.Default).GetPngBytes();
        foreach (var options in new[] { ModelCountsPlotOptions.Default, new ModelCountsPlotOptions { DataPerPlot = 3 }, new ModelCountsPlotOptions { DataPerPlot = 10 } })
        {
            var figures = Plots.DisplaySpectrumModelCountsSplit(plugins, options);
            Assert.Single(figures);
            Assert.Equal(single, figures[0].GetPngBytes());
            Assert.Equal(single, Plots.DisplaySpectrumModelCounts(plugins, options).GetPngBytes());
        }
    }

    [Fact]
    public void The_single_figure_methods_refuse_a_split_and_name_the_split_method()
    {
        var e = Assert.Throws<ArgumentException>(() => Plots.DisplaySpectrumModelCounts(ThreePlugins.Create(), new ModelCountsPlotOptions { DataPerPlot = 2 }));
        Assert.Contains("DataPerPlot = 2 splits the 3 plugins over 2 figures", e.Message);
        Assert.Contains("DisplaySpectrumModelCountsSplit", e.Message);
        Assert.Throws<ArgumentException>(() => Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit, new ModelCountsPlotOptions { DataPerPlot = 1 }));
    }

    [Fact]
    public void A_fit_and_a_Bayesian_analysis_split_one_plugin_per_figure()
    {
        var a = TutorialAnalysis.Instance;
        var options = new ModelCountsPlotOptions { DataPerPlot = 1, ShowResiduals = false };
        foreach (var figures in new[] { Plots.DisplaySpectrumModelCountsSplit(a.Fit, options), Plots.DisplaySpectrumModelCountsSplit(a.Bayesian(), options) })
        {
            Assert.Equal(2, figures.Count);
            Assert.Equal(Color.FromHex("#1f77b4"), Curve(figures[0], "s1").Color);
            Assert.Equal(Color.FromHex("#ff7f0e"), Curve(figures[1], "s2").Color);
            Assert.All(figures, f => Assert.Single(f.Plots));
        }
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
