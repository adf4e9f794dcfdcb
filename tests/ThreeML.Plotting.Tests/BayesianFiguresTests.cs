using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

/// <summary>The figures of a sampled posterior (few live points, to stay fast), as the tutorial draws them.</summary>
public class BayesianFiguresTests
{
    [Fact]
    public void A_nested_sampling_posterior_gives_all_figures()
    {
        var separate = TutorialAnalysis.CreateSeparate();
        var analysis = separate.Bayesian();
        analysis.SetSampler(new NestedSampler { MinNumLivePoints = 60, FracRemain = 0.5, MinEss = 200, Seed = 3 });
        var results = analysis.Sample();
        Assert.True(results.Samples.Count >= 200);

        var corner = Plots.CornerPlot(results);
        var spectra = Plots.PlotSpectra(new SpectrumPlotOptions { UseComponents = true }, results);
        var counts = Plots.DisplaySpectrumModelCounts(analysis);
        foreach (var figure in new[] { corner, spectra, counts })
        {
            using var probe = new ImageProbe(figure.GetPngBytes(500, 400));
            Assert.InRange(probe.NonWhiteFraction(), 0.03, 0.8);
        }

        // The posterior median of kT_1 is where the simulated data were made (150 keV).
        Assert.InRange(ThreeML.Results.SampleStatistics.Percentile(results.Samples["src2.spectrum.main.composite.kT_1"], 50), 140, 160);
    }
}
