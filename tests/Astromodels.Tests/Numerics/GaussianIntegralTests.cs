using Astromodels.Numerics;
using MathNet.Numerics;

namespace Astromodels.Tests.Numerics;

public class GaussianIntegralTests
{
    private static void Close(double expected, double actual, double tolerance)
    {
        var error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R} (relative error {error:G3})");
    }

    /// <summary>erfcx(t) ~ 1/(t√π)·(1 − 1/(2t²) + 3/(4t⁴) − 15/(8t⁶) + 105/(16t⁸)), A&amp;S 7.1.23.</summary>
    private static double Asymptotic(double t)
    {
        var u = 1 / (2 * t * t);
        return (1 - u + 3 * u * u - 15 * u * u * u + 105 * u * u * u * u) / (t * Math.Sqrt(Math.PI));
    }

    [Fact]
    public void Erfcx_matches_its_definition_and_asymptotic_series()
    {
        Close(Math.Exp(9) * SpecialFunctions.Erfc(3), GaussianIntegral.Erfcx(3), 1e-14);
        Close(Asymptotic(100), GaussianIntegral.Erfcx(100), 1e-15);
        Close(Asymptotic(1e5), GaussianIntegral.Erfcx(1e5), 1e-15);
        Close(GaussianIntegral.Erfcx(Math.BitDecrement(6)), GaussianIntegral.Erfcx(6), 1e-14);
        Assert.Equal(0, GaussianIntegral.Erfcx(double.PositiveInfinity));
    }

    [Fact]
    public void Segment_is_an_erf_difference_near_the_peak()
    {
        Close(Math.Sqrt(Math.PI) / 2 * (SpecialFunctions.Erf(0.7) + SpecialFunctions.Erf(0.2)), GaussianIntegral.Segment(-0.2, 0.7, 0, -0.04, -0.49), 1e-15);
        Close(Math.Sqrt(Math.PI) / 2 * (SpecialFunctions.Erf(2) - SpecialFunctions.Erf(1)), GaussianIntegral.Segment(1, 2, 0, -1, -4), 1e-14);
        Close(Math.Sqrt(Math.PI) / 2 * (SpecialFunctions.Erf(2) - SpecialFunctions.Erf(1)), GaussianIntegral.Segment(-2, -1, 0, -4, -1), 1e-14);
    }

    [Fact]
    public void Far_tail_segment_neither_underflows_nor_overflows()
    {
        // ∫₃₀³¹ exp(900 − t²) dt: e^(−900) alone underflows and e^900 overflows; the result is (√π/2)(erfcx(30) − e^(−61)erfcx(31)).
        var expected = Math.Sqrt(Math.PI) / 2 * (Asymptotic(30) - Math.Exp(-61) * Asymptotic(31));
        Close(expected, GaussianIntegral.Segment(30, 31, 900, 0, -61), 1e-13);
        Close(expected, GaussianIntegral.Segment(-31, -30, 900, -61, 0), 1e-13);
        Assert.Equal(-GaussianIntegral.Segment(1, 2, 0, -1, -4), GaussianIntegral.Segment(2, 1, 0, -4, -1));
    }
}
