using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class SinTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new Sin();
        Assert.Equal("Sin", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1, null, null, true, false, "1 / (cm2 keV s)", true),
            new Declared("f", 1 / (2 * Math.PI), 0, null, true, false, "rad / keV"),
            new Declared("phi", 0, -Math.PI, Math.PI, true, false, "rad"));
    }

    [Fact]
    public void Defaults_give_sin_x()
    {
        // astromodels' self-tests
        Close(0, new Sin().Evaluate(0));
        Close(1, new Sin().Evaluate(1.5707963267948966), 1e-15);
        Close(2 * Math.Sin(2 * Math.PI * 0.3 * 1.7 + 0.4), new Sin(K: 2, f: 0.3, phi: 0.4).Evaluate(1.7));
        SpanMatchesScalar(new Sin(K: 2, f: 0.3, phi: 0.4), -1, 0, 1.7, 100);
    }

    [Fact]
    public void Integrals_over_half_a_period_match_elementary_values()
    {
        var f = new Sin();
        Close(2, f.Integral(0, Math.PI), 1e-15);                    // ∫₀^π sin x dx
        Close(Math.PI, f.Integral(0, Math.PI, 1), 1e-15);           // ∫₀^π x sin x dx
        Close(Math.PI * Math.PI - 4, f.Integral(0, Math.PI, 2), 1e-14); // ∫₀^π x² sin x dx
        Close(2e-6 * Math.Cos(1), f.Integral(1 - 1e-6, 1 + 1e-6, 0) / Math.Tan(1), 1e-9); // narrow bin: ≈ 2h sin(1)
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(
            Gen.Select(LogUniform(1e-4, 1e-2), Gen.Double[-Math.PI, Math.PI], (f, p) => (Function1D)new Sin(K: 3, f: f, phi: p)),
            Bins(1, 1e3),
            oscillating: true);

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter()
    {
        RejectsOutOfBounds(() => new Sin(phi: 4), "phi");
        RejectsOutOfBounds(() => new Sin(f: -1), "f");
    }
}
