using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class GaussianTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new Gaussian();
        Assert.Equal("Gaussian", f.Name);
        DeclaresParameters(f,
            new Declared("F", 1, null, null, true, false, "1 / (cm2 s)"),
            new Declared("mu", 0, null, null, true, false, "keV"),
            new Declared("sigma", 1, 1e-12, null, true, false, "keV"));
    }

    [Fact]
    public void Values_match_the_normal_density()
    {
        var f = new Gaussian(F: 2, mu: 6.4, sigma: 0.1);
        Close(2 / (0.1 * Math.Sqrt(2 * Math.PI)), f.Evaluate(6.4));
        Close(2 / (0.1 * Math.Sqrt(2 * Math.PI)) * Math.Exp(-0.5), f.Evaluate(6.5), 1e-13);
        // astromodels' self-tests
        Close(0.3989422804014327, new Gaussian().Evaluate(0), 1e-15);
        Close(0.24197072451914337, new Gaussian().Evaluate(-1), 1e-15);
        SpanMatchesScalar(f, 0, 6.3, 6.4, 7, 1e4);
    }

    [Fact]
    public void Moments_over_the_whole_line_are_F_F_mu_and_F_mu2_plus_sigma2()
    {
        var f = new Gaussian(F: 3, mu: 50, sigma: 4);
        Close(3 * 0.68268949213708590, f.Integral(46, 54), 1e-14);
        Close(3, f.Integral(50 - 160, 50 + 160), 1e-14);
        Close(3 * 50, f.Integral(50 - 160, 50 + 160, 1), 1e-13);
        Close(3 * (2500 + 16), f.Integral(50 - 160, 50 + 160, 2), 1e-13);
    }

    [Fact]
    public void Far_tail_bins_keep_full_relative_precision()
    {
        // 30σ out: erf(z₂) − erf(z₁) is 0 in double precision; the erfc-scaled form is not.
        var f = new Gaussian(F: 1, mu: 0, sigma: 1);
        var value = f.Integral(30, 31);
        Assert.True(value > 0);
        Close(f.IntegrateNumerically(30, 31), value, 1e-12);
        Close(f.IntegrateNumerically(-31, -30, 1), f.Integral(-31, -30, 1), 1e-12);
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(
            Gen.Select(LogUniform(1, 1e4), LogUniform(0.1, 1e3), (m, s) => (Function1D)new Gaussian(F: 5, mu: m, sigma: s)),
            breaks: LineCore,
            mayFallBack: true);

    /// <summary>Splits the quadrature reference around the line, which a wide bin's Gauss–Kronrod nodes can miss.</summary>
    private static double[] LineCore(Function1D f)
    {
        var (mu, sigma) = (f["mu"].Value, f["sigma"].Value);
        return [mu - 10 * sigma, mu - 3 * sigma, mu, mu + 3 * sigma, mu + 10 * sigma];
    }

    [Fact]
    public void Analytic_integral_matches_quadrature_for_bins_near_the_line() =>
        AnalyticMatchesQuadrature(
            Gen.Select(LogUniform(10, 1e4), Gen.Double[0.001, 0.2], Gen.Double[-8, 8], Gen.Double[0.05, 4], (m, rel, t, w) =>
                ((Function1D)new Gaussian(mu: m, sigma: rel * m), (m + t * rel * m, m + (t + w) * rel * m))),
            mayFallBack: true);

    [Fact]
    public void A_line_on_a_band_continuum_integrates_in_closed_form()
    {
        var band = new Band(K: 0.01, alpha: -0.8, xp: 300, beta: -2.4);
        var line = new Gaussian(F: 0.5, mu: 511, sigma: 3);
        var sum = band + line;
        Assert.True(sum.HasAnalyticIntegral());
        Close(band.Integral(400, 600) + line.Integral(400, 600), sum.Integral(400, 600), 1e-15);
        Close(sum.IntegrateNumerically(400, 600), sum.Integral(400, 600), 1e-10);
    }

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new Gaussian(sigma: 0), "sigma");
}
