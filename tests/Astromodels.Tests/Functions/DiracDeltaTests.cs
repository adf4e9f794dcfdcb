using Astromodels.Functions;
using static Astromodels.Tests.Functions.FunctionChecks;

namespace Astromodels.Tests.Functions;

public class DiracDeltaTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var f = new DiracDelta();
        Assert.Equal("DiracDelta", f.Name);
        DeclaresParameters(f,
            new Declared("value", 0, null, null, true, false, "1 / (cm2 keV s)"),
            new Declared("zero_point", 0, null, null, false, false, "keV"));
    }

    [Fact]
    public void Is_value_only_at_the_zero_point()
    {
        var f = new DiracDelta(value: 7, zero_point: 6.4);
        Assert.Equal(7, f.Evaluate(6.4));
        Assert.Equal(0, f.Evaluate(Math.BitIncrement(6.4)));
        SpanMatchesScalar(f, 1, 6.4, 7);
    }

    [Fact]
    public void Bin_integrals_are_zero_even_where_quadrature_hits_the_point()
    {
        // The centre of [5.4, 7.4] is a Gauss–Kronrod node, so quadrature sees the spike; the function's integral is 0.
        var f = new DiracDelta(value: 7, zero_point: 6.4);
        for (var k = 0; k <= 2; k++)
        {
            Assert.Equal(0, f.Integral(5.4, 7.4, k));
        }
    }
}
