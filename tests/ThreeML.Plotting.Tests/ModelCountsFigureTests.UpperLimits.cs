using Astromodels;
using Astromodels.Functions;
using ScottPlot;
using ScottPlot.Plottables;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Plugins;

namespace ThreeML.Plotting.Tests;

public partial class ModelCountsFigureTests
{
    [Fact]
    public void Bins_without_a_positive_net_rate_are_two_sigma_upper_limits_on_the_log_axis()
    {
        // A faint source under a bright background: many channels have fewer counts than the scaled background.
        var plugin = DispersionSpectrumLike.FromFunction("faint", new Blackbody(K: 2e-7, kT: 150.0), TutorialAnalysis.SmallResponse(), new Random(41),
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10.0);
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Blackbody(K: 2e-7, kT: 150.0))));
        var counts = RebinnedCounts.From(plugin, ModelCountsPlotOptions.Default);
        var limits = Enumerable.Range(0, counts.Count).Where(k => counts.Data[k] <= 0).ToArray();
        Assert.True(limits.Length >= 3, $"only {limits.Length} bins with no positive net rate: the test needs some");

        var figure = Plots.DisplaySpectrumModelCounts(plugin);
        var heads = figure.MainPlot.GetPlottables().OfType<Scatter>().Single(s => s.MarkerShape == MarkerShape.FilledTriangleDown);
        var points = heads.Data.GetScatterPoints();
        Assert.Equal(limits.Length, points.Count);
        for (var j = 0; j < limits.Length; j++)
        {
            var k = limits[j];
            var limit = Math.Max(counts.Data[k], 0) + (2 * counts.DataError[k]);
            Assert.Equal(Math.Log10(counts.MeanEnergy[k]), points[j].X, 9);
            Assert.Equal(Math.Log10(limit) - 0.25, points[j].Y, 9);
        }

        // Every drawn limit lies inside the vertical range of the panel (not clipped away).
        var view = figure.MainPlot.Axes.GetLimits();
        Assert.All(points, p => Assert.InRange(p.Y, view.Bottom - 0.3, view.Top));
    }

    [Fact]
    public void The_model_is_a_darker_shade_of_the_data_colour_by_default()
    {
        var figure = Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit);
        var scatters = figure.MainPlot.GetPlottables().OfType<Scatter>().ToArray();
        var data = scatters.Single(s => s.LegendText == "s1");
        var model = scatters.Single(s => s.LegendText == "s1 model");
        Assert.NotEqual(data.Color.ToHex(), model.Color.ToHex());
        Assert.True(Brightness(model.Color) < 0.7 * Brightness(data.Color), $"model {model.Color.ToHex()} is not darker than data {data.Color.ToHex()}");
        Assert.Equal(0, model.MarkerSize);
    }

    private static double Brightness(Color c) => c.R + c.G + c.B;
}
