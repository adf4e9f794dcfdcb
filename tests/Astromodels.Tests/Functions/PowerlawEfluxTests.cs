using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class PowerlawEfluxTests
{
    private const double KeVPerErg = 6.24151e8; // astromodels' erg2keV

    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new PowerlawEflux();
        Assert.Equal("Powerlaw_Eflux", f.Name);
        DeclaresParameters(f,
            new Declared("F", 1e-5, 1e-30, 1e3, true, true, "keV / (cm2 s)", true),
            new Declared("piv", 1, null, null, false, false, "keV"),
            new Declared("index", -2, -10, 10, true, false, ""),
            new Declared("a", 1, 0, null, false, false, "keV"),
            new Declared("b", 100, 0, null, false, false, "keV"));
    }

    [Fact]
    public void Values_match_hand_computed_normalisation()
    {
        // index = −2: ∫₁¹⁰⁰ x⁻¹ dx = ln 100, so f(10) = F·c/ln(100)·10⁻².
        Close(1e-5 * KeVPerErg / Math.Log(100) / 100, new PowerlawEflux().Evaluate(10));
        // index = −1: ∫₁¹⁰⁰ dx = 99, so f(4) = F·c/99/4.
        Close(2e-6 * KeVPerErg / 99 / 4, new PowerlawEflux(F: 2e-6, index: -1).Evaluate(4));
        SpanMatchesScalar(new PowerlawEflux(index: -1.7), 0.5, 10, 300, 5000);
    }

    [Fact]
    public void Energy_flux_between_a_and_b_is_F_in_kev()
    {
        foreach (var index in new[] { -3.0, -2.0, -2.0 + 1e-12, -1.2, 0.5 })
        {
            var f = new PowerlawEflux(F: 3e-7, index: index, a: 10, b: 1000);
            Close(3e-7 * KeVPerErg, f.Integral(10, 1000, 1), 1e-12, $"index {index}");
        }
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-3, 1], LogUniform(1, 10), (i, a) => (Function1D)new PowerlawEflux(index: i, a: a, b: 100 * a)));

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter()
    {
        RejectsOutOfBounds(() => new PowerlawEflux(a: -1), "a");
        RejectsOutOfBounds(() => new PowerlawEflux(F: 0), "F");
    }
}
