using ScottPlot;
using SkiaSharp;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

public partial class ModelCountsFigureTests
{
    private static readonly ModelCountsPlotOptions Distinct = new() { ModelColors = [Color.FromHex("#d62728"), Color.FromHex("#9467bd")] };

    [Fact]
    public void Data_and_residuals_are_two_stacked_plot_areas_sharing_the_energy_axis()
    {
        var figure = Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit);
        Assert.Equal(2, figure.Plots.Count);
        using var probe = new ImageProbe(figure.GetPngBytes());
        var main = figure.Plots[0].RenderManager.LastRender.DataRect;
        var residuals = figure.Plots[1].RenderManager.LastRender.DataRect;
        Assert.Equal((main.Left, main.Right), (residuals.Left, residuals.Right));
        Assert.True(residuals.Top > main.Bottom);
        Assert.Equal(figure.Plots[0].Axes.GetLimits().Left, figure.Plots[1].Axes.GetLimits().Left);

        // The frames: long dark horizontal lines at the top and bottom of each plot area, four groups in all.
        var rows = probe.FrameRows((int)(0.8 * main.Width));
        var groups = rows.Where((r, i) => i == 0 || r - rows[i - 1] > 2).Count();
        Assert.Equal(4, groups);
    }

    [Fact]
    public void The_folded_model_step_passes_through_the_pixel_of_each_bin_centre()
    {
        var fit = TutorialAnalysis.Instance;
        var figure = Plots.DisplaySpectrumModelCounts(fit.Fit, Distinct);
        using var probe = new ImageProbe(figure.GetPngBytes());
        var counts = RebinnedCounts.From(fit.S1, Distinct);
        foreach (var k in new[] { 5, 15, 25, 35 })
        {
            var x = 0.5 * (Math.Log10(counts.Low[k]) + Math.Log10(counts.High[k]));
            var (px, py) = Geometry.ToPixel(figure.MainPlot, x, Math.Log10(counts.Model[k]));
            Assert.True(probe.HasColourNear(px, py, SKColor.Parse("#d62728")), $"bin {k}: no model colour near ({px:F0}, {py:F0})");
        }
    }

    [Fact]
    public void Poisson_residuals_are_Li_and_Ma_with_the_model_added_to_the_off_counts()
    {
        var plugin = TutorialAnalysis.Instance.S1;
        _ = Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit);
        var counts = RebinnedCounts.From(plugin, ModelCountsPlotOptions.Default);
        var model = plugin.GetExpectedModelCounts();
        Assert.Equal(plugin.Observation.ChannelCount, counts.Count);
        for (var i = 0; i < counts.Count; i += 7)
        {
            var o = plugin.Observation.Counts[i];
            var b = plugin.Background!.Counts[i];
            var expected = Statistics.Significance.LiMa(o, b + model[i] / plugin.ScaleFactor, plugin.ScaleFactor);
            Assert.Equal(expected, counts.Residual[i], 12);
        }

        // A good fit: residuals scatter around zero with unit spread.
        var rms = Math.Sqrt(counts.Residual.Average(r => r * r));
        Assert.InRange(rms, 0.5, 1.6);
    }

    [Fact]
    public void Display_rebinning_groups_channels_until_the_model_rate_reaches_min_rate()
    {
        var plugin = TutorialAnalysis.Instance.S1;
        var options = new ModelCountsPlotOptions { MinRate = 500 };
        var counts = RebinnedCounts.From(plugin, options);
        var modelRate = plugin.GetExpectedModelCounts().Select(c => c / plugin.Observation.Exposure).ToArray();
        Assert.InRange(counts.Count, 2, plugin.Observation.ChannelCount - 1);
        var edges = plugin.Observation.Edges.ToArray();
        for (var k = 0; k < counts.Count - 1; k++)
        {
            var first = Array.IndexOf(edges, counts.Low[k]);
            var stop = Array.IndexOf(edges, counts.High[k]);
            Assert.True(modelRate[first..stop].Sum() >= 500);
            Assert.InRange(counts.MeanEnergy[k], counts.Low[k], counts.High[k]);
        }

        var figure = Plots.DisplaySpectrumModelCounts([plugin], options);
        using var probe = new ImageProbe(figure.GetPngBytes());
        Assert.True(probe.NonWhiteFraction() > 0.02);
    }

    [Fact]
    public void Ratio_residuals_compare_the_displayed_data_with_the_model()
    {
        var plugin = TutorialAnalysis.Instance.S2;
        var counts = RebinnedCounts.From(plugin, new ModelCountsPlotOptions { RatioResiduals = true });
        for (var k = 0; k < counts.Count; k++)
        {
            Assert.Equal((counts.Data[k] - counts.Model[k]) / counts.Model[k], counts.Residual[k], 12);
            Assert.Equal(counts.DataError[k] / counts.Model[k], counts.ResidualError[k], 12);
        }
    }

    [Fact]
    public void Total_data_are_compared_with_model_plus_background()
    {
        var plugin = TutorialAnalysis.Instance.S1;
        var net = RebinnedCounts.From(plugin, ModelCountsPlotOptions.Default);
        var total = RebinnedCounts.From(plugin, new ModelCountsPlotOptions { SourceOnly = false });
        for (var k = 0; k < net.Count; k++)
        {
            Assert.Equal(net.Data[k] + net.Background[k], total.Data[k], 9);
            Assert.Equal(net.Model[k] + net.Background[k], total.Model[k], 9);
        }
    }

    [Fact]
    public void A_Bayesian_analysis_and_options_without_residuals_give_one_plot()
    {
        var figure = Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Bayesian(), new ModelCountsPlotOptions { ShowResiduals = false, ShowBackground = true, Step = false });
        Assert.Single(figure.Plots);
        using var probe = new ImageProbe(figure.GetPngBytes());
        Assert.True(probe.NonWhiteFraction() > 0.02);
    }
}
