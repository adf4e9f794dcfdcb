using Astromodels.Functions;
using Astromodels.Numerics;
using static Astromodels.Tests.Functions.FunctionChecks;

namespace Astromodels.Tests.Functions;

public class BandFluxTests
{
    [Fact]
    public void Photon_flux_of_a_power_law_matches_astromodels_powerlaw_flux()
    {
        var wrapped = new BandFlux(new Powerlaw(index: -1.7), a: 2, b: 50, kind: BandFluxKind.Photon, F: 0.03);
        var reference = new PowerlawFlux(F: 0.03, index: -1.7, a: 2, b: 50);
        Assert.Equal(["F", "piv", "index", "a", "b"], wrapped.Parameters.Select(p => p.Name));
        foreach (var e in new[] { 1.0, 2, 7.5, 50, 300 })
        {
            Close(reference.Evaluate(e), wrapped.Evaluate(e), 1e-13, $"{e} keV");
        }

        wrapped["index"].Value = -2.6; // the normalisation follows the shape
        Close(0.03, wrapped.Integral(2, 50), 1e-12);
    }

    [Fact]
    public void Energy_flux_of_a_power_law_has_the_closed_form()
    {
        // Index −2: ∫ₐᵇ E·K E⁻² dE = K ln(b/a) keV/(cm² s), so f(E) = F/(keV→erg · ln(b/a)) · E⁻².
        var wrapped = new BandFlux(new Powerlaw(K: 5, index: -2), a: 0.5, b: 10, F: 1e-11);
        Close(1e-11 / (1.602176634e-9 * Math.Log(20)) / 9, wrapped.Evaluate(3), 1e-13);
        Assert.Equal("erg / (cm2 s)", wrapped.F.Unit.ToString());
        Assert.Equal("Powerlaw_eflux", wrapped.Name);
    }

    [Fact]
    public void Energy_flux_of_any_shape_is_F_by_independent_quadrature()
    {
        var wrapped = new BandFlux(new DiskBlackbody(Tin: 0.9), a: 0.3, b: 10, F: 2.5e-10);
        wrapped["Tin"].Value = 1.4;
        var energy = GaussKronrod.Integrate(e => e * wrapped.Evaluate(e), 0.3, 10, 1e-12) * 1.602176634e-9;
        Close(2.5e-10, energy, 1e-10);
        Assert.DoesNotContain(wrapped.Parameters, p => p.Name == "norm");
        var clone = (BandFlux)wrapped.Clone();
        Close(wrapped.Evaluate(2), clone.Evaluate(2), 1e-15);
    }

    [Fact]
    public void Bad_inputs_say_what_is_wrong()
    {
        var band = Assert.Throws<ArgumentException>(() => new BandFlux(new Powerlaw(), a: 10, b: 1));
        Assert.Contains("0 ≤ a < b (got a = 10, b = 1 keV)", band.Message);
    }
}
