using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class InverseCutoffPowerlawTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new InverseCutoffPowerlaw();
        Assert.Equal("Inverse_cutoff_powerlaw", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, 1e-30, 1e3, true, true, "1 / (cm2 keV s)", true),
            new Declared("piv", 1, null, null, false, false, "keV"),
            new Declared("index", -2, -10, 10, true, false, ""),
            new Declared("b", 1, null, null, true, false, "1 / keV"));
    }

    [Fact]
    public void Equals_the_cutoff_powerlaw_with_xc_equal_to_one_over_b()
    {
        var inverse = new InverseCutoffPowerlaw(K: 2, index: -1.5, b: 0.01);
        var cutoff = new CutoffPowerlaw(K: 2, index: -1.5, xc: 100);
        foreach (var x in new[] { 0.5, 10, 300, 5000 })
        {
            Close(cutoff.Evaluate(x), inverse.Evaluate(x));
        }

        SpanMatchesScalar(inverse, 0.5, 10, 300, 5000);
    }

    [Fact]
    public void Zero_b_is_a_power_law_and_negative_b_falls_back_to_quadrature()
    {
        // ∫₁¹⁰ x⁻² dx = 0.9
        Close(0.9, new InverseCutoffPowerlaw(b: 0).Integral(1, 10));
        var rising = new InverseCutoffPowerlaw(b: -0.1);
        Assert.False(rising.HasAnalyticIntegral());
        Close(Math.Exp(1) / 100, rising.Evaluate(10));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-3, 1], LogUniform(1e-4, 1), (i, b) => (Function1D)new InverseCutoffPowerlaw(index: i, b: b)));

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new InverseCutoffPowerlaw(index: -10.5), "index");
}
