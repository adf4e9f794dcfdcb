using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

/// <summary>Constant, Quadratic, Cubic and Quartic (one fixture: they share the integral code and differ only in order).</summary>
public class PolynomialTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        DeclaresParameters(new Constant(), new Declared("k", 0, null, null, true, false, "1 / (cm2 keV s)"));
        DeclaresParameters(new Quadratic(),
            new Declared("a", 1, null, null, true, false, "1 / (cm2 keV s)"),
            new Declared("b", 1, null, null, true, false, "1 / (cm2 keV2 s)"),
            new Declared("c", 1, null, null, true, false, "1 / (cm2 keV3 s)"));
        DeclaresParameters(new Cubic(),
            new Declared("a", 1, null, null, true, false, "1 / (cm2 keV s)"),
            new Declared("b", 1, null, null, true, false, "1 / (cm2 keV2 s)"),
            new Declared("c", 1, null, null, true, false, "1 / (cm2 keV3 s)"),
            new Declared("d", 1, null, null, true, false, "1 / (cm2 keV4 s)"));
        DeclaresParameters(new Quartic(),
            new Declared("a", 1, null, null, true, false, "1 / (cm2 keV s)"),
            new Declared("b", 1, null, null, true, false, "1 / (cm2 keV2 s)"),
            new Declared("c", 1, null, null, true, false, "1 / (cm2 keV3 s)"),
            new Declared("d", 1, null, null, true, false, "1 / (cm2 keV4 s)"),
            new Declared("e", 1, null, null, true, false, "1 / (cm2 keV5 s)"));
        Assert.Equal(["Constant", "Quadratic", "Cubic", "Quartic"], new Function1D[] { new Constant(), new Quadratic(), new Cubic(), new Quartic() }.Select(f => f.Name));
    }

    [Fact]
    public void Values_at_two_are_sums_of_powers_of_two()
    {
        Assert.Equal(3.5, new Constant(k: 3.5).Evaluate(2));
        Assert.Equal(7, new Quadratic().Evaluate(2));
        Assert.Equal(15, new Cubic().Evaluate(2));
        Assert.Equal(31, new Quartic().Evaluate(2));
        Assert.Equal(1 - 2 + 3 * 4 - 4 * 8 + 5 * 16, new Quartic(a: 1, b: -1, c: 3, d: -4, e: 5).Evaluate(2));
        SpanMatchesScalar(new Constant(k: 2), 1, 2, 3);
        SpanMatchesScalar(new Quartic(a: 1, b: -1, c: 3, d: -4, e: 5), -2, 0, 2, 1e3);
    }

    [Fact]
    public void Integrals_match_hand_computed_values()
    {
        // ∫₀¹ (1 + x + x² + x³ + x⁴) dx = 1 + 1/2 + 1/3 + 1/4 + 1/5
        Close(1 + 0.5 + 1.0 / 3 + 0.25 + 0.2, new Quartic().Integral(0, 1));
        // ∫₀¹ x²(1 + x + x²) dx = 1/3 + 1/4 + 1/5
        Close(1.0 / 3 + 0.25 + 0.2, new Quadratic().Integral(0, 1, 2));
        // ∫₋₁¹ x·k dx = 0 and ∫₋₁¹ k dx = 2k
        Assert.Equal(0, new Constant(k: 4).Integral(-1, 1, 1));
        Close(8, new Constant(k: 4).Integral(-1, 1));
        // A narrow bin far from 0 does not cancel: ∫ x² over [a, a + h] = h a² (1 + h/a + h²/(3a²)); (b³ − a³)/3 would
        // keep only 7 digits here.
        const double a = 1e4;
        var b = a + 1e-6;
        var h = b - a;
        Close(h * a * a * (1 + h / a + h * h / (3 * a * a)), new Constant(k: 1).Integral(a, b, 2), 1e-15);
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[0.1, 10], Gen.Double[0.1, 10], Gen.Double[0.1, 10], Gen.Int[0, 3], (a, b, c, order) => order switch
        {
            0 => (Function1D)new Constant(k: a),
            1 => new Quadratic(a: a, b: b, c: c),
            2 => new Cubic(a: a, b: b, c: c, d: a * b),
            _ => new Quartic(a: a, b: b, c: c, d: a * b, e: c / a),
        }));
}
