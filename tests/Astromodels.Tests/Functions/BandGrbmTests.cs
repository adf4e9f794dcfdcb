using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class BandGrbmTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new BandGrbm();
        Assert.Equal("Band_grbm", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1e-4, 1e-50, null, true, true, "1 / (cm2 keV s)", true),
            new Declared("alpha", -1, -1.5, 3, true, false, ""),
            new Declared("xc", 500, 10, null, true, true, "keV"),
            new Declared("beta", -2, -5, -1.6, true, false, ""),
            new Declared("piv", 100, null, null, false, false, "keV"));
    }

    [Fact]
    public void Equals_band_with_xp_equal_to_two_plus_alpha_times_xc()
    {
        var grbm = new BandGrbm(K: 0.01, alpha: -0.5, xc: 200, beta: -2.5);
        var band = new Band(K: 0.01, alpha: -0.5, xp: 300, beta: -2.5);
        foreach (var x in new[] { 1.0, 100, 399, 400, 401, 1e4 })
        {
            Close(band.Evaluate(x), grbm.Evaluate(x), 1e-14, $"x = {x}");
        }

        // Below the break (2·200 = 400 keV): K (x/piv)^alpha e^(−x/xc).
        Close(0.01 * Math.Pow(0.5, -0.5) * Math.Exp(-0.25), grbm.Evaluate(50));
        SpanMatchesScalar(grbm, 1, 100, 399, 400, 401, 1e4);
    }

    [Fact]
    public void Alpha_below_beta_throws_like_astromodels()
    {
        var f = new BandGrbm(beta: -2);
        f.Alpha.Bounds = (-10, 3);
        f.Alpha.Value = -3;
        var ex = Assert.Throws<InvalidOperationException>(() => f.Evaluate(100));
        Assert.Contains("Band_grbm requires alpha >= beta, but alpha = -3 and beta = -2", ex.Message);
        Assert.Throws<InvalidOperationException>(() => f.Evaluate(new double[2], new double[2]));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-1.5, 3], LogUniform(10, 1e4), Gen.Double[-5, -1.6],
                (a, xc, b) => (Function1D)new BandGrbm(alpha: a, xc: xc, beta: b)),
            breaks: f => [(f["alpha"].Value - f["beta"].Value) * f["xc"].Value]);

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new BandGrbm(xc: 1), "xc");
}
