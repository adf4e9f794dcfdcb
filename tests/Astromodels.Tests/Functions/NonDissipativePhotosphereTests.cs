using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class NonDissipativePhotosphereTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new NonDissipativePhotosphere();
        Assert.Equal("NonDissipativePhotosphere", f.Name);
        DeclaresParameters(f,
            new Declared("K", 1e-4, 0, null, true, false, "1 / (cm2 keV s)", true),
            new Declared("ec", 200, 0, null, true, false, "keV"),
            new Declared("piv", 100, null, null, false, false, "keV"));
    }

    [Fact]
    public void Values_match_the_acuner_formula()
    {
        var f = new NonDissipativePhotosphere(K: 3, ec: 200);
        // x = ec: K (ec/piv)^0.4 e⁻¹
        Close(3 * Math.Pow(2, 0.4) / Math.E, f.Evaluate(200));
        Close(new SuperCutoffPowerlaw(K: 3, index: 0.4, xc: 200, gamma: 0.65, piv: 100).Evaluate(37), f.Evaluate(37), 1e-14);
        SpanMatchesScalar(f, 0.1, 37, 200, 1e5);
        Assert.Equal(0.0, new NonDissipativePhotosphere(ec: 0).Evaluate(10));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(LogUniform(10, 1e4).Select(ec => (Function1D)new NonDissipativePhotosphere(ec: ec)));

    [Fact]
    public void Out_of_bounds_arguments_name_the_parameter() => RejectsOutOfBounds(() => new NonDissipativePhotosphere(ec: -5), "ec");
}
