using Astromodels.Functions;
using CsCheck;
using MathNet.Numerics;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class LogParabolaTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new LogParabola();
        Assert.Equal("Log_parabola", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, 1e-30, 1e5, true, true, "1 / (cm2 keV s)", true),
            new Declared("piv", 1, null, null, false, false, "keV"),
            new Declared("alpha", -2, null, null, true, false, ""),
            new Declared("beta", 1, null, null, true, false, ""));
    }

    [Fact]
    public void Values_use_the_natural_logarithm()
    {
        var f = new LogParabola(K: 2, alpha: -1.5, beta: 0.3, piv: 10);
        Close(2, f.Evaluate(10));
        // x = e·piv: y = 1, f = K e^(alpha − beta).
        Close(2 * Math.Exp(-1.8), f.Evaluate(10 * Math.E));
        Close(10 * Math.Exp(0.5 / 0.6), f.PeakEnergy);
        SpanMatchesScalar(f, 1e-3, 1, 10, 1e3, 1e6);
    }

    [Fact]
    public void Energy_flux_over_all_energies_is_a_gaussian_integral()
    {
        // alpha = −2, k = 1: p = 0, so ∫ x f dx = K piv² ∫ e^(−beta y²) dy = K piv² √(π/beta) over the whole line.
        var f = new LogParabola(K: 3, alpha: -2, beta: 0.5, piv: 10);
        Close(3 * 100 * Math.Sqrt(Math.PI / 0.5), f.Integral(10 * Math.Exp(-40), 10 * Math.Exp(40), 1), 1e-13);
        // ... and between piv·e^(−1) and piv·e: K piv² √(π/beta)·erf(√beta).
        Close(3 * 100 * Math.Sqrt(Math.PI / 0.5) * SpecialFunctions.Erf(Math.Sqrt(0.5)), f.Integral(10 / Math.E, 10 * Math.E, 1), 1e-13);
    }

    [Fact]
    public void Far_tail_integral_keeps_its_precision_and_does_not_overflow()
    {
        // p²/(4 beta) = 900²/0.004 overflows e^c; the integrand at the limits is moderate.
        var f = new LogParabola(K: 1, alpha: 897, beta: 1e-3, piv: 1);
        var value = f.Integral(1, 1.5, 2);
        Assert.True(double.IsFinite(value) && value > 0);
        Close(f.IntegrateNumerically(1, 1.5, 2), value, 1e-10);
    }

    [Fact]
    public void Zero_curvature_is_a_power_law_and_negative_curvature_uses_quadrature()
    {
        Close(0.9, new LogParabola(alpha: -2, beta: 0).Integral(1, 10));
        Assert.False(new LogParabola(beta: -0.2).HasAnalyticIntegral());
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(Gen.Select(Gen.Double[-3, 1], LogUniform(1e-3, 2), LogUniform(1, 1e3),
            (a, b, p) => (Function1D)new LogParabola(alpha: a, beta: b, piv: p)));

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new LogParabola(K: 1e6), "K");
}
