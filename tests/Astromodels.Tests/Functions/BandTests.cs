using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class BandTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new Band();
        Assert.Equal("Band", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1e-4, 1e-50, null, true, true, "1 / (cm2 keV s)", true),
            new Declared("alpha", -1, -1.5, 3, true, false, ""),
            new Declared("xp", 500, 10, null, true, true, "keV"),
            new Declared("beta", -2, -5, -1.6, true, false, ""),
            new Declared("piv", 100, null, null, false, false, "keV"));
    }

    [Fact]
    public void Branches_match_the_band_formula_and_join_smoothly()
    {
        // alpha = −1, beta = −2.5, xp = 300: E0 = 300, break = 1.5·300 = 450 keV.
        var f = new Band(K: 0.01, alpha: -1, xp: 300, beta: -2.5, piv: 100);
        Close(0.01 * Math.Pow(2.0, -1) * Math.Exp(-200.0 / 300), f.Evaluate(200));
        Close(0.01 * Math.Exp(-1.5) * Math.Pow(4.5, 1.5) * Math.Pow(10.0, -2.5), f.Evaluate(1000));
        Close(f.Evaluate(450 * (1 - 1e-12)), f.Evaluate(450), 1e-10, "continuity at the break");
        SpanMatchesScalar(f, 0.5, 100, 449.9, 450, 1e4, 1e7);
    }

    [Fact]
    public void Peak_of_x_squared_f_is_at_xp()
    {
        var f = new Band(alpha: -0.6, xp: 250, beta: -2.3);
        double NuFnu(double x) => x * x * f.Evaluate(x);
        Assert.True(NuFnu(250) > NuFnu(250 * 1.001) && NuFnu(250) > NuFnu(250 / 1.001));
    }

    [Fact]
    public void Alpha_below_beta_evaluates_as_astromodels_without_changing_alpha()
    {
        // astromodels replaces alpha by beta inside evaluate (E0 from the original alpha): the function is K (x/piv)^beta.
        var f = new Band(K: 2, beta: -2, piv: 100);
        f.Alpha.Bounds = (-10, 3);
        f.Alpha.Value = -3;
        Close(2 * Math.Pow(5, -2), f.Evaluate(500));
        Assert.Equal(-3, f.Alpha.Value);
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-1.5, 3], LogUniform(10, 1e4), Gen.Double[-5, -1.6],
                (a, xp, b) => (Function1D)new Band(alpha: a, xp: xp, beta: b)),
            breaks: f => [(f["alpha"].Value - f["beta"].Value) * f["xp"].Value / (2 + f["alpha"].Value)]);

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter()
    {
        RejectsOutOfBounds(() => new Band(alpha: -2), "alpha");
        RejectsOutOfBounds(() => new Band(beta: -1.5), "beta");
        RejectsOutOfBounds(() => new Band(xp: 5), "xp");
    }
}
