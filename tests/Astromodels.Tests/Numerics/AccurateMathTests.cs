using Astromodels.Numerics;

namespace Astromodels.Tests.Numerics;

public class AccurateMathTests
{
    [Theory]
    // Reference values: CPython's math.expm1 / math.log1p (C99 libm), printed with repr.
    [InlineData(1e-10, 1.00000000005e-10)]
    [InlineData(1e-3, 1.0005001667083417e-3)]
    [InlineData(-1e-3, -9.995001666250085e-4)]
    [InlineData(0.5, 0.6487212707001282)]
    [InlineData(-20, -0.9999999979388464)]
    public void Expm1_is_accurate_near_zero_and_far_from_it(double x, double expected)
    {
        Assert.True(Math.Abs(AccurateMath.Expm1(x) / expected - 1) < 1e-15, $"Expm1({x}) = {AccurateMath.Expm1(x):R}");
    }

    [Theory]
    [InlineData(1e-10, 9.999999999500001e-11)]
    [InlineData(1e-3, 9.995003330835331e-4)]
    [InlineData(1.0, 0.6931471805599453)]
    public void Log1p_is_accurate_near_zero(double x, double expected)
    {
        Assert.True(Math.Abs(AccurateMath.Log1p(x) / expected - 1) < 1e-15, $"Log1p({x}) = {AccurateMath.Log1p(x):R}");
    }
}
