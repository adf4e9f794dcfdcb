using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class BandCalderoneTests
{
    private const double KeVPerErg = 6.24151e8; // astromodels' erg2keV

    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new BandCalderone();
        Assert.Equal("Band_Calderone", f.Name);
        DeclaresParameters(f,
            new Declared("alpha", -1, -10, 10, true, false, ""),
            new Declared("beta", -2.2, -7, -1, true, false, ""),
            new Declared("xp", 200, 1e-10, null, true, true, "keV"),
            new Declared("F", 1e-6, 1e-50, null, true, true, "1 / (cm2 s)", true),
            new Declared("a", 1, 0, null, false, false, "keV"),
            new Declared("b", 1e4, 0, null, false, false, "keV"),
            new Declared("opt", 1, 0, 1, false, false, ""));
    }

    [Theory]
    [InlineData(1.0, -1.0, 200.0)]      // break at 240 keV, inside [a, b]
    [InlineData(1.0, -1.5, 3.0)]        // Ec = 6, break at 4.8 keV, below a = 10
    [InlineData(0.0, -0.5, 300.0)]      // cutoff power law
    [InlineData(1.0, -1.0, 1e6)]        // break above b: astromodels fails here (missing kernel)
    public void Energy_flux_between_a_and_b_is_F_in_kev(double opt, double alpha, double xp)
    {
        var f = new BandCalderone(alpha: alpha, beta: -2.3, xp: xp, F: 2e-7, a: 10, b: 1e4, opt: opt);
        Close(2e-7 * KeVPerErg, f.Integral(10, 1e4, 1), 1e-12, "closed form");
        Close(2e-7 * KeVPerErg, f.IntegrateNumerically(10, 1e4, 1), 1e-9, "quadrature");
    }

    [Fact]
    public void Shape_is_the_band_function_with_E0_and_pivot_at_the_cutoff()
    {
        // alpha = −1: Ec = xp; the Band shape normalised at piv = Ec; ratios of values are those of Band.
        var f = new BandCalderone(alpha: -1, beta: -2.5, xp: 300);
        var band = new Band(alpha: -1, beta: -2.5, xp: 300, piv: 300);
        Close(band.Evaluate(50) / band.Evaluate(2000), f.Evaluate(50) / f.Evaluate(2000), 1e-13);
        SpanMatchesScalar(f, 1, 50, 449, 450, 2000, 1e6);
    }

    [Fact]
    public void Invalid_parameter_combinations_throw_like_astromodels()
    {
        var below = new BandCalderone(alpha: -3, beta: -2);
        Assert.Contains("Band_Calderone requires alpha >= beta, but alpha = -3 and beta = -2", Assert.Throws<InvalidOperationException>(() => below.Evaluate(10)).Message);
        var steep = new BandCalderone(alpha: -2.5, beta: -4);
        Assert.Contains("Band_Calderone requires alpha >= -2 (got alpha = -2.5)", Assert.Throws<InvalidOperationException>(() => steep.Evaluate(10)).Message);
        var opt = new BandCalderone(opt: 0.5);
        Assert.Contains("opt must be either 0 or 1 (got 0.5)", Assert.Throws<InvalidOperationException>(() => opt.Evaluate(10)).Message);
        RejectsOutOfBounds(() => new BandCalderone(opt: 2), "opt");
        RejectsOutOfBounds(() => new BandCalderone(beta: 0), "beta");
    }

    [Fact]
    public void Alpha_minus_two_uses_astromodels_cutoff_guard()
    {
        // Ec = xp/0.0001 = 1e6 keV: f(10)/f(20) = 2² e^((20 − 10)/1e6).
        var f = new BandCalderone(alpha: -2, beta: -3, xp: 100, opt: 0);
        Close(4 * Math.Exp(1e-5), f.Evaluate(10) / f.Evaluate(20), 1e-13);
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-1.9, 2], Gen.Double[-4, -2], LogUniform(10, 1e4), Gen.Int[0, 1],
                (a, b, xp, o) => (Function1D)new BandCalderone(alpha: a, beta: b, xp: xp, opt: o)),
            breaks: f => [(f["alpha"].Value - f["beta"].Value) * f["xp"].Value / (2 + f["alpha"].Value)]);
}
