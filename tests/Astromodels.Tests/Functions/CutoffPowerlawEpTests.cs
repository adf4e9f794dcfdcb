using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class CutoffPowerlawEpTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new CutoffPowerlawEp();
        Assert.Equal("Cutoff_powerlaw_Ep", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, 1e-30, 1e3, true, true, "1 / (cm2 keV s)", true),
            new Declared("piv", 1, null, null, false, false, "keV"),
            new Declared("index", -2, -10, 10, true, false, ""),
            new Declared("xp", 500, 10, 1e4, true, true, "keV"));
    }

    [Fact]
    public void Equals_the_cutoff_powerlaw_with_xc_equal_to_xp_over_two_plus_index()
    {
        // index = −1: xc = xp/(2 − 1) = xp.
        var ep = new CutoffPowerlawEp(K: 2, index: -1, xp: 300);
        var xc = new CutoffPowerlaw(K: 2, index: -1, xc: 300);
        foreach (var x in new[] { 0.5, 10, 300, 5000 })
        {
            Close(xc.Evaluate(x), ep.Evaluate(x));
        }

        SpanMatchesScalar(ep, 0.5, 10, 300, 5000);
    }

    [Fact]
    public void Peak_of_x_squared_f_is_at_xp()
    {
        var f = new CutoffPowerlawEp(index: -0.7, xp: 250);
        double NuFnu(double x) => x * x * f.Evaluate(x);
        Assert.True(NuFnu(250) > NuFnu(250 * 1.001) && NuFnu(250) > NuFnu(250 / 1.001));
    }

    [Fact]
    public void Index_minus_two_is_a_pure_power_law_with_its_closed_form()
    {
        var f = new CutoffPowerlawEp(K: 3, index: -2, xp: 100);
        Close(3.0 / 1e6, f.Evaluate(1e3));
        // ∫₁¹⁰ 3 x⁻² dx = 3 (1 − 1/10) = 2.7
        Close(2.7, f.Integral(1, 10));
    }

    [Fact]
    public void Index_below_minus_two_rises_and_has_no_closed_form()
    {
        var f = new CutoffPowerlawEp(index: -3, xp: 100);
        Assert.False(f.HasAnalyticIntegral());
        Close(Math.Pow(10, -3) * Math.Exp(10.0 / 100), f.Evaluate(10));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-1.9, 1], LogUniform(10, 1e4), (i, xp) => (Function1D)new CutoffPowerlawEp(index: i, xp: xp)));

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new CutoffPowerlawEp(xp: 2e4), "xp");
}
