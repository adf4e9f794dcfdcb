using Astromodels.Functions;
using CsCheck;
using static Astromodels.Tests.Functions.FunctionChecks;
using static Astromodels.Tests.Functions.IntegralChecks;

namespace Astromodels.Tests.Functions;

public class StepFunctionTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        DeclaresParameters(new StepFunction(),
            new Declared("lower_bound", 0, null, null, true, false, "keV"),
            new Declared("upper_bound", 1, null, null, true, false, "keV"),
            new Declared("value", 1, null, null, true, false, "1 / (cm2 keV s)"));
        Assert.Equal("StepFunction", new StepFunction().Name);
    }

    [Fact]
    public void Both_ends_belong_to_the_interval()
    {
        var f = new StepFunction(lower_bound: 2, upper_bound: 5, value: 3);
        Assert.Equal([0, 3, 3, 3, 0], new[] { 1.999, 2, 3, 5, 5.001 }.Select(f.Evaluate));
        // astromodels' self-tests
        Assert.Equal(1, new StepFunction().Evaluate(0.5));
        Assert.Equal(0, new StepFunction().Evaluate(-0.5));
        SpanMatchesScalar(f, 1.999, 2, 3, 5, 5.001);
    }

    [Fact]
    public void Integral_is_value_times_the_overlap()
    {
        var f = new StepFunction(lower_bound: 2, upper_bound: 5, value: 3);
        Assert.Equal(9, f.Integral(0, 10));
        Assert.Equal(3, f.Integral(4, 8));
        Assert.Equal(0, f.Integral(6, 8));
        // ∫₂⁵ 3x dx = 3 (25 − 4)/2
        Assert.Equal(31.5, f.Integral(0, 10, 1));
    }

    [Fact]
    public void Analytic_integral_matches_quadrature() =>
        AnalyticMatchesQuadrature(
            // Steps at least 0.1 % wide: a step a few ulp wide has an integral of a few 1e-16, which quadrature cannot
            // resolve relatively (see the test for degenerate steps below).
            Gen.Select(LogUniform(1, 1e3), LogUniform(1.001, 100), (l, r) => (Function1D)new StepFunction(lower_bound: l, upper_bound: l * r, value: 2)),
            breaks: f => [f["lower_bound"].Value, f["upper_bound"].Value]);

    [Fact]
    public void A_degenerate_step_has_the_integral_of_its_width()
    {
        Assert.Equal(0, new StepFunction(lower_bound: 3, upper_bound: 3, value: 2).Integral(0, 10));
        var upper = Math.BitIncrement(3.0);
        Assert.Equal(2 * (upper - 3), new StepFunction(lower_bound: 3, upper_bound: upper, value: 2).Integral(0, 10));
    }
}
