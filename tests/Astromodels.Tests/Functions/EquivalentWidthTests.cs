using Astromodels.Functions;
using static Astromodels.Tests.Functions.FunctionChecks;

namespace Astromodels.Tests.Functions;

public class EquivalentWidthTests
{
    [Fact]
    public void Iron_line_on_a_power_law_is_F_over_the_continuum_at_the_centre()
    {
        // Fe Kα: F = 2e-4 ph/(cm² s) at 6.4 keV on K·E^−2 with K = 1e-2: EW = 2e-4·6.4²/1e-2 = 0.8192 keV.
        var line = new Gaussian(F: 2e-4, mu: 6.4, sigma: 0.1);
        var continuum = new Powerlaw(K: 1e-2, index: -2);
        Close(0.8192, EquivalentWidth.Of(line, continuum), 1e-14);
    }

    [Fact]
    public void Any_line_shape_integrates_over_the_band()
    {
        // ±10σ holds all but 1.5e-23 of a Gaussian, so the general form equals F/C(μ); ±1σ holds erf(1/√2) of it.
        var line = new Gaussian(F: 3e-5, mu: 6.7, sigma: 0.05);
        var continuum = new Blackbody(K: 1e-3, kT: 2);
        var atCentre = 1e-3 * 6.7 * 6.7 / (Math.Exp(6.7 / 2) - 1);
        Close(3e-5 / atCentre, EquivalentWidth.Of(line, continuum, 6.7, 6.2, 7.2), 1e-12);
        Close(0.68268949213708590 * 3e-5 / atCentre, EquivalentWidth.Of(line, continuum, 6.7, 6.65, 6.75), 1e-12);
    }

    [Fact]
    public void Absorption_lines_are_negative_and_bad_input_says_why()
    {
        Assert.True(EquivalentWidth.Of(new Gaussian(F: -1e-4, mu: 1, sigma: 0.01), new Powerlaw()) < 0);
        var ex = Assert.Throws<ArgumentException>(() => EquivalentWidth.Of(new Gaussian(mu: 6.4), new Blackbody(K: 0)));
        Assert.Contains("continuum Blackbody is 0 at the line energy 6.4 keV", ex.Message);
        var band = Assert.Throws<ArgumentException>(() => EquivalentWidth.Of(new Gaussian(), new Powerlaw(), 6.4, 7, 6));
        Assert.Contains("eMax > eMin (got [7, 6] keV)", band.Message);
    }
}
