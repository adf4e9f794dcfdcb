using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class StepFunctionUpperTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        DeclaresParameters(new StepFunctionUpper(),
            new Declared("lower_bound", 0, null, null, false, false, "keV"),
            new Declared("upper_bound", 1, null, null, false, false, "keV"),
            new Declared("value", 1, null, null, true, false, "1 / (cm2 keV s)"));
        Assert.Equal("StepFunctionUpper", new StepFunctionUpper().Name);
    }

    [Fact]
    public void Upper_end_is_excluded()
    {
        var f = new StepFunctionUpper(lower_bound: 2, upper_bound: 5, value: 3);
        Assert.Equal([0, 3, 3, 0, 0], new[] { 1.999, 2, 4.999, 5, 5.001 }.Select(f.Evaluate));
        SpanMatchesScalar(f, 1.999, 2, 4.999, 5, 5.001);
        Assert.Equal(9, f.Integral(0, 10));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(
            Gen.Select(LogUniform(1, 1e3), LogUniform(1, 100), (l, r) => (Function1D)new StepFunctionUpper(lower_bound: l, upper_bound: l * r, value: 0.5)),
            breaks: f => [f["lower_bound"].Value, f["upper_bound"].Value]);
}
