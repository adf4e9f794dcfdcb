using Astromodels;
using SkiaSharp;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Results;

namespace ThreeML.Plotting.Tests;

public class SpectrumBandsTests
{
    private const double KeVInErg = 1.602176634e-9;

    [Fact]
    public void The_median_follows_the_best_fit_and_the_band_brackets_it()
    {
        var a = TutorialAnalysis.Instance;
        var bands = Plots.GetSpectrumBands(new SpectrumPlotOptions { EneMin = 30, EneMax = 1000, NumEne = 20 }, a.Results);
        Assert.Equal(["src1", "src2"], bands.Select(b => b.Label).ToArray());
        var best = a.Results.OptimizedModel.Sources["src1"];
        for (var i = 0; i < 20; i++)
        {
            var band = bands[0];
            Assert.Equal(best.Evaluate(band.X[i]), band.Median[i], band.Median[i] * 0.03);
            Assert.True(band.Lower[i] < band.Median[i] && band.Median[i] < band.Upper[i]);
        }
    }

    [Fact]
    public void Flux_units_scale_by_the_energy_power_and_energy_units_move_the_grid()
    {
        var results = TutorialAnalysis.Instance.Results;
        var photons = Plots.GetSpectrumBands(new SpectrumPlotOptions { NumEne = 10 }, results)[0];
        var nuFnu = Plots.GetSpectrumBands(new SpectrumPlotOptions { NumEne = 10, FluxUnit = "erg2/(keV s cm2)" }, results)[0];
        var mev = Plots.GetSpectrumBands(new SpectrumPlotOptions { NumEne = 10, EnergyUnit = "MeV", EneMin = 0.01, EneMax = 10 }, results)[0];
        for (var i = 0; i < 10; i++)
        {
            var e = photons.X[i];
            Assert.Equal(photons.Median[i] * e * e * KeVInErg * KeVInErg, nuFnu.Median[i], nuFnu.Median[i] * 1e-9);
            Assert.Equal(e / 1000, mev.X[i], 1e-12 * e);
            Assert.Equal(photons.Median[i], mev.Median[i], photons.Median[i] * 1e-9);
        }

        // νFν in erg cm⁻² s⁻¹ is E²·F too; a unit that is no differential flux is refused.
        var nuFnuErg = Plots.GetSpectrumBands(new SpectrumPlotOptions { NumEne = 10, FluxUnit = "erg/(s cm2)" }, results)[0];
        Assert.Equal(photons.Median[3] * photons.X[3] * photons.X[3] * KeVInErg, nuFnuErg.Median[3], nuFnuErg.Median[3] * 1e-9);
        Assert.Throws<ArgumentException>(() => Plots.GetSpectrumBands(new SpectrumPlotOptions { FluxUnit = "keV" }, results));
    }

    [Fact]
    public void Components_sum_to_the_source_and_sources_sum_to_the_total()
    {
        var results = TutorialAnalysis.Instance.Results;
        var options = new SpectrumPlotOptions { NumEne = 8, UseComponents = true, SourcesToUse = ["src2"], ComponentsToUse = ["total", "Blackbody", "Powerlaw_flux"] };
        var parts = Plots.GetSpectrumBands(options, results);
        Assert.Equal(["src2", "src2: Blackbody", "src2: Powerlaw_flux"], parts.Select(b => b.Label).ToArray());
        var only = Plots.GetSpectrumBands(options with { ComponentsToUse = ["Blackbody"] }, results);
        Assert.Equal(["src2: Blackbody"], only.Select(b => b.Label).ToArray());

        // As GetFlux (and 3ML's shared selection): with components, a composite source's total only when asked for.
        var components = Plots.GetSpectrumBands(options with { ComponentsToUse = null }, results);
        Assert.Equal(["src2: Blackbody", "src2: Powerlaw_flux"], components.Select(b => b.Label).ToArray());
        var flux = results.GetFlux(10 * Units.keV, 100 * Units.keV, options.Selection with { Components = null });
        Assert.Equal(["src2: Blackbody", "src2: Powerlaw_flux"], flux.Select(r => r.Name).ToArray());
        var total = Plots.GetSpectrumBands(new SpectrumPlotOptions { NumEne = 8, SumSources = true }, results).Single();
        var each = Plots.GetSpectrumBands(new SpectrumPlotOptions { NumEne = 8 }, results);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(parts[1].Median[i] + parts[2].Median[i], parts[0].Median[i], parts[0].Median[i] * 0.05);
            Assert.Equal(each[0].Median[i] + each[1].Median[i], total.Median[i], total.Median[i] * 0.05);
        }
    }

    [Fact]
    public void The_median_curve_passes_through_its_pixels_and_several_results_share_the_plot()
    {
        var results = TutorialAnalysis.Instance.Results;
        var options = new SpectrumPlotOptions { EneMin = 20, EneMax = 2000 };
        var figure = Plots.PlotSpectra(options, results, results);
        var bands = Plots.GetSpectrumBands(options, results, results);
        Assert.Equal(["src1 (1)", "src2 (1)", "src1 (2)", "src2 (2)"], bands.Select(b => b.Label).ToArray());
        using var probe = new ImageProbe(figure.GetPngBytes());

        // The last curve drawn (src2 of the second result, tab10 red) lies on top.
        foreach (var i in new[] { 10, 50, 90 })
        {
            var (px, py) = Geometry.ToPixel(figure.MainPlot, Math.Log10(bands[3].X[i]), Math.Log10(bands[3].Median[i]));
            Assert.True(probe.HasColourNear(px, py, SKColor.Parse("#d62728")), $"grid point {i}: no curve near ({px:F0}, {py:F0})");
        }
    }

    [Fact]
    public void Row_by_row_evaluation_equals_propagation_through_the_results()
    {
        var results = TutorialAnalysis.Instance.Results;
        var options = new SpectrumPlotOptions { NumEne = 12, UseComponents = true };
        var fast = SpectrumBands.Compute(results, options);
        var propagated = SpectrumBands.Compute(results, options, alwaysPropagate: true);
        Assert.Equal(propagated.Select(b => b.Label), fast.Select(b => b.Label));
        // The row-by-row path evaluates each curve on the whole grid with the functions' vector kernels, the propagation
        // one point by point with the scalar ones: they agree to rounding.
        for (var c = 0; c < fast.Count; c++)
        {
            AssertClose(propagated[c].Median, fast[c].Median);
            AssertClose(propagated[c].Lower, fast[c].Lower);
            AssertClose(propagated[c].Upper, fast[c].Upper);
        }
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-13 * Math.Abs(expected[i]), $"point {i}: {actual[i]:R} against {expected[i]:R}");
        }
    }
}
