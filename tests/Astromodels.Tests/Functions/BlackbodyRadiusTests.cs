using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class BlackbodyRadiusTests
{
    [Fact]
    public void Defaults_follow_xspec_bbodyrad()
    {
        var f = new BlackbodyRadius();
        Assert.Equal("BlackbodyRadius", f.Name);
        DeclaresParameters(f,
            new Declared("kT", 3, 1e-4, 200, true, false, "keV"),
            new Declared("norm", 1, 0, null, true, false, "", Normalization: true));
    }

    [Fact]
    public void Values_follow_xspecs_documented_formula()
    {
        // XSPEC manual, bbodyrad: A(E) = K · 1.0344e-3 · E² / (exp(E/kT) − 1), K = R_km² / D_10².
        var f = new BlackbodyRadius(kT: 0.5, norm: 400);
        Close(400 * 1.0344e-3 * 4 / (Math.Exp(4) - 1), f.Evaluate(2), 1e-14);
        Close(400 * 1.0344e-3 * 0.01 / (Math.Exp(0.2) - 1), f.Evaluate(0.1), 1e-14);
        double[] xs = [0.01, 0.3, 1, 5, 50];
        var span = new double[xs.Length];
        f.Evaluate(xs, span);
        for (var i = 0; i < xs.Length; i++)
        {
            Close(f.Evaluate(xs[i]), span[i], 1e-14, $"SIMD kernel at {xs[i]} keV");
        }
    }

    [Fact]
    public void Total_energy_flux_is_the_stefan_boltzmann_law_with_xspecs_constant()
    {
        // ∫ E N dE over all E = norm·1.0344e-3·kT⁴·π⁴/15 keV/(cm² s).
        var f = new BlackbodyRadius(kT: 1.2, norm: 2);
        Close(2 * 1.0344e-3 * Math.Pow(1.2, 4) * Math.Pow(Math.PI, 4) / 15, f.Integral(0, 1e3, 1), 1e-12);
    }

    [Fact]
    public void Closed_form_bin_integrals_match_quadrature() =>
        AnalyticMatchesQuadrature(
            Gen.Select(LogUniform(0.05, 20), LogUniform(1e-2, 1e4), (t, n) => (Function1D)new BlackbodyRadius(kT: t, norm: n)),
            bins: Bins(0.01, 100));
}
