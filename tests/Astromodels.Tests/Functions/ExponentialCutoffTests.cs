using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class ExponentialCutoffTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new ExponentialCutoff();
        Assert.Equal("Exponential_cutoff", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, null, null, true, false, "1 / (cm2 keV s)", true),
            new Declared("xc", 100, 1, null, true, false, "keV"));
    }

    [Fact]
    public void Values_and_moments_match_hand_computed_forms()
    {
        var f = new ExponentialCutoff(K: 2, xc: 50);
        Close(2, f.Evaluate(0));
        Close(2 / Math.E, f.Evaluate(50));
        SpanMatchesScalar(f, 0, 1, 50, 1e4, 1e7);
        // ∫₀^∞ xᵏ K e^(−x/xc) dx = K k! xc^(k+1); the cut at 1e5 keV is e^(−2000).
        Close(2 * 50, f.Integral(0, 1e5));
        Close(2 * 50 * 50, f.Integral(1e-12, 1e5, 1), 1e-12);
        Close(2 * 2 * 50 * 50 * 50, f.Integral(1e-12, 1e5, 2), 1e-12);
    }

    [Fact]
    public void Photon_flux_has_a_closed_form_on_any_interval()
    {
        // ∫₋₁₀¹⁰ e^(−x/10) dx = 10 (e − e⁻¹)
        Close(10 * (Math.E - 1 / Math.E), new ExponentialCutoff(K: 1, xc: 10).Integral(-10, 10));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(LogUniform(1e-3, 1e3), LogUniform(1, 1e4), (k, xc) => (Function1D)new ExponentialCutoff(K: k, xc: xc)));

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new ExponentialCutoff(xc: 0.1), "xc");
}
