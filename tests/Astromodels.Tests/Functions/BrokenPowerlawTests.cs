using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class BrokenPowerlawTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new BrokenPowerlaw();
        Assert.Equal("Broken_powerlaw", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, 1e-50, null, true, true, "1 / (cm2 keV s)", true),
            new Declared("xb", 10, 1, null, true, true, "keV"),
            new Declared("alpha", -1.5, -10, 10, true, false, ""),
            new Declared("beta", -2.5, -10, 10, true, false, ""),
            new Declared("piv", 1, null, null, false, false, "keV"));
    }

    [Fact]
    public void Branches_join_at_the_break()
    {
        var f = new BrokenPowerlaw(K: 1, xb: 10, alpha: -1, beta: -2);
        Close(0.5, f.Evaluate(2));          // 1/x below
        Close(0.1, f.Evaluate(10));         // 10/x² from the break on
        Close(10.0 / 400, f.Evaluate(20));
        SpanMatchesScalar(f, 0.5, 9.999, 10, 20, 1e4);
    }

    [Fact]
    public void Integral_across_the_break_is_the_sum_of_both_power_laws()
    {
        // ∫₁¹⁰ x⁻¹ dx + ∫₁₀¹⁰⁰ 10 x⁻² dx = ln 10 + 0.9
        Close(Math.Log(10) + 0.9, new BrokenPowerlaw(K: 1, xb: 10, alpha: -1, beta: -2).Integral(1, 100));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(LogUniform(1, 1e4), Gen.Double[-3, 1], Gen.Double[-4, 0],
            (xb, a, b) => (Function1D)new BrokenPowerlaw(xb: xb, alpha: a, beta: b)),
            breaks: f => [f["xb"].Value]);

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new BrokenPowerlaw(xb: 0.5), "xb");
}
