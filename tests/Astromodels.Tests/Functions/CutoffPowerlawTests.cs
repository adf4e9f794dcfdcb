using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class CutoffPowerlawTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new CutoffPowerlaw();
        Assert.Equal("Cutoff_powerlaw", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, 1e-30, 1e3, true, true, "1 / (cm2 keV s)", true),
            new Declared("piv", 1, null, null, false, false, "keV"),
            new Declared("index", -2, -10, 10, true, false, ""),
            new Declared("xc", 10, 1, null, true, true, "keV"));
    }

    [Fact]
    public void Values_match_hand_computed_special_cases()
    {
        // index = 0: K e^(−x/xc); at x = xc that is K/e.
        Close(3 / Math.E, new CutoffPowerlaw(K: 3, index: 0, xc: 10).Evaluate(10));
        // index = −1, piv = 1: K/x·e^(−x/xc).
        Close(2 * 0.5 * Math.Exp(-0.2), new CutoffPowerlaw(K: 2, index: -1, xc: 10).Evaluate(2));
        SpanMatchesScalar(new CutoffPowerlaw(K: 2, index: -1.3, xc: 50), 0.1, 1, 10, 100, 1e3, 1e5);
    }

    [Fact]
    public void Far_tail_is_zero_not_nan_when_the_power_alone_overflows()
    {
        // (x/piv)^10 = 1e360 overflows, e^(−x/xc) underflows; the product is 0.
        var f = new CutoffPowerlaw(K: 1, index: 10, xc: 1, piv: 1e-30);
        Assert.Equal(0.0, f.Evaluate(1e6));
    }

    [Fact]
    public void Integral_matches_elementary_form_for_integer_exponent()
    {
        // index = 0, k = 0: ∫ K e^(−x/xc) dx = K xc (e^(−a/xc) − e^(−b/xc)).
        var f = new CutoffPowerlaw(K: 2, index: 0, xc: 30);
        Close(2 * 30 * (Math.Exp(-1.0 / 30) - Math.Exp(-500.0 / 30)), f.Integral(1, 500));
        // index = −1, k = 1 is the same integrand.
        Close(2 * 30 * (Math.Exp(-1.0 / 30) - Math.Exp(-500.0 / 30)), new CutoffPowerlaw(K: 2, index: -1, xc: 30).Integral(1, 500, 1));
        Assert.True(f.HasAnalyticIntegral(2));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(LogUniform(1e-3, 1e3), Gen.Double[-3, 1], LogUniform(1, 1e4), LogUniform(0.1, 100),
            (k, i, xc, piv) => (Function1D)new CutoffPowerlaw(K: k, index: i, xc: xc, piv: piv)));

    [Fact]
    public void Analytic_integral_matches_quadrature_at_integer_indices() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Int[-9, 3], LogUniform(1, 1e4), (i, xc) => (Function1D)new CutoffPowerlaw(index: i, xc: xc)), iterations: 100);

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter()
    {
        RejectsOutOfBounds(() => new CutoffPowerlaw(xc: 0.5), "xc");
        RejectsOutOfBounds(() => new CutoffPowerlaw(index: 11), "index");
        RejectsOutOfBounds(() => new CutoffPowerlaw(K: 1e4), "K");
    }
}
