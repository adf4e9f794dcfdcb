using Astromodels;
using Astromodels.Functions;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Plugins;

namespace ThreeML.Plotting.Tests;

public class RebinnedCountsTests
{
    private static DispersionSpectrumLike WithModel(DispersionSpectrumLike plugin)
    {
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Blackbody(K: 5e-5, kT: 150.0))));
        return plugin;
    }

    [Fact]
    public void Poisson_data_over_a_gaussian_background_use_the_gaussian_background_Li_and_Ma()
    {
        var response = TutorialAnalysis.SmallResponse();
        var plugin = WithModel(DispersionSpectrumLike.FromFunction("pg", new Blackbody(K: 5e-5, kT: 150.0), response, new Random(11),
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), backgroundErrors: Enumerable.Repeat(30.0, 40).ToArray(), exposure: 10.0));
        Assert.Equal(BackgroundNoise.Gaussian, plugin.BackgroundNoise);
        var counts = RebinnedCounts.From(plugin, ModelCountsPlotOptions.Default);
        var model = plugin.GetExpectedModelCounts();
        for (var i = 0; i < counts.Count; i += 5)
        {
            var o = plugin.Observation.Counts[i];
            var b = plugin.Background!.Counts[i];
            var expected = Statistics.Significance.LiMaForGaussianBackground(o, plugin.ScaleFactor * b + model[i], plugin.ScaleFactor * 30.0);
            Assert.Equal(expected, counts.Residual[i], 12);
        }
    }

    [Fact]
    public void Gaussian_data_without_background_give_data_minus_model_over_sigma()
    {
        var response = TutorialAnalysis.SmallResponse();
        var errors = Enumerable.Range(0, 40).Select(i => 20.0 + i).ToArray();
        var plugin = WithModel(DispersionSpectrumLike.FromFunction("g", new Blackbody(K: 5e-5, kT: 150.0), response, new Random(12), sourceErrors: errors, exposure: 10.0));
        Assert.Equal(ObservationNoise.Gaussian, plugin.ObservationNoise);
        var counts = RebinnedCounts.From(plugin, ModelCountsPlotOptions.Default);
        var model = plugin.GetExpectedModelCounts();
        for (var i = 0; i < counts.Count; i++)
        {
            Assert.Equal((plugin.Observation.Counts[i] - model[i]) / errors[i], counts.Residual[i], 12);
            Assert.Equal(0.0, counts.Background[i]);
        }
    }

    [Fact]
    public void Poisson_data_without_background_use_the_Poisson_tail()
    {
        var response = TutorialAnalysis.SmallResponse();
        var plugin = WithModel(DispersionSpectrumLike.FromFunction("p", new Blackbody(K: 5e-5, kT: 150.0), response, new Random(13), exposure: 10.0));
        var counts = RebinnedCounts.From(plugin, ModelCountsPlotOptions.Default);
        var model = plugin.GetExpectedModelCounts();
        for (var i = 0; i < counts.Count; i += 3)
        {
            Assert.Equal(Statistics.Significance.PoissonWithKnownBackground(plugin.Observation.Counts[i], model[i]), counts.Residual[i], 12);
        }

        using var probe = new ImageProbe(Plots.DisplaySpectrumModelCounts(plugin).GetPngBytes());
        Assert.True(probe.NonWhiteFraction() > 0.02);
    }
}
