using Astromodels;
using Astromodels.Functions;
using SkiaSharp;
using ThreeML.Fitting;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Results;
using ThreeML.TimeSeries;

namespace ThreeML.Plotting.Tests.TimeSeries;

public sealed class ParameterEvolutionFigureTests
{
    private static readonly TimeInterval[] Intervals = [new(0, 2), new(2, 5), new(5, 10)];

    /// <summary>The three simulated blackbody spectra fitted as three consecutive time intervals.</summary>
    private static AnalysisResultsSet TimeResolvedSet()
    {
        var plugins = ThreePlugins.Create();
        var model = new Model(new PointSource("src", ra: 0, dec: 0, new Blackbody(K: 1e-4, kT: 100.0)));
        return TimeResolvedAnalysis.Fit(Intervals, [.. plugins.Select(p => new DataList(p))], model,
            new TimeResolvedOptions { Samples = 500, Strategy = FitStrategy.Local });
    }

    [Fact]
    public void Each_interval_is_a_point_at_its_middle_with_its_fitted_value()
    {
        var set = TimeResolvedSet();
        var figure = TimeSeriesPlots.ViewParameterEvolution(set);
        Assert.Equal(2, figure.Plots.Count);
        using var probe = new ImageProbe(figure.GetPngBytes());

        var panel = figure.Plots[1];
        for (var i = 0; i < set.Count; i++)
        {
            var kT = set[i].BestFit[1];
            var (px, py) = Geometry.ToPixel(panel, 0.5 * (Intervals[i].Start + Intervals[i].Stop), kT);
            Assert.True(probe.HasColourNear(px, py, SKColor.Parse("#1f77b4")), $"no point for interval {i} near ({px:F0}, {py:F0})");
        }

        Assert.Equal("kT (keV)", panel.Axes.Left.Label.Text);
        Assert.Equal("Time since trigger (s)", panel.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void An_unknown_parameter_is_named_with_a_suggestion()
    {
        var e = Assert.Throws<ArgumentException>(() => TimeSeriesPlots.ViewParameterEvolution(TimeResolvedSet(), ["kt_"]));
        Assert.Contains("has no free parameter 'kt_'", e.Message);
        Assert.Contains("src.spectrum.main.Blackbody.kT", e.Message);
    }
}
