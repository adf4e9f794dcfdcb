using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class SuperCutoffPowerlawTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new SuperCutoffPowerlaw();
        Assert.Equal("Super_cutoff_powerlaw", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, 1e-50, null, true, true, "1 / (cm2 keV s)", true),
            new Declared("piv", 1, null, null, false, false, "keV"),
            new Declared("index", -2, -10, 10, true, false, ""),
            new Declared("xc", 10, 1, null, true, true, "keV"),
            new Declared("gamma", 1, 0.1, 10, true, false, ""));
    }

    [Fact]
    public void Gamma_one_is_the_cutoff_powerlaw_and_gamma_two_is_gaussian_in_x()
    {
        var one = new SuperCutoffPowerlaw(K: 2, index: -1.5, xc: 100, gamma: 1);
        Close(new CutoffPowerlaw(K: 2, index: -1.5, xc: 100).Evaluate(250), one.Evaluate(250));
        // gamma = 2 at x = xc: K (xc/piv)^index e^(−1).
        Close(2 * Math.Pow(100, -1.5) / Math.E, new SuperCutoffPowerlaw(K: 2, index: -1.5, xc: 100, gamma: 2).Evaluate(100));
        SpanMatchesScalar(one, 0.5, 10, 300, 5000, 1e7);
    }

    [Fact]
    public void Integral_over_almost_everything_is_a_complete_gamma_function()
    {
        // ∫₀^∞ x e^(−(x/10)²) dx = 10²·Γ(1)/2 = 50; the [1e-8, 1e3] part differs by 5e-17 relative.
        Close(50, new SuperCutoffPowerlaw(K: 1, index: 1, xc: 10, gamma: 2).Integral(1e-8, 1e3), 1e-14);
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-3, 1], LogUniform(1, 1e4), Gen.Double[0.1, 10],
            (i, xc, g) => (Function1D)new SuperCutoffPowerlaw(index: i, xc: xc, gamma: g)));

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new SuperCutoffPowerlaw(gamma: 0.05), "gamma");
}
