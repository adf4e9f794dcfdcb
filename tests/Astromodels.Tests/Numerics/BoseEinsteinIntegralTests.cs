using Astromodels.Functions;
using Astromodels.Numerics;
using CsCheck;

namespace Astromodels.Tests.Numerics;

public class BoseEinsteinIntegralTests
{
    // mpmath quadrature at 40 digits (bose_einstein_reference_values.py beside this file).
    [Theory]
    [InlineData(2, 0.002, 2.0, 0.98616328931406370029)]
    [InlineData(3, 0.002, 2000.0, 6.4939393996021619491)]
    [InlineData(4, 0.02, 1.0, 0.16371847754079535828)]
    [InlineData(2, 1.5, 3.5, 1.0894380443240696373)]
    [InlineData(3, 5.0, 40.0, 1.5940472439359539631)]
    [InlineData(1, 0.0, 0.5, 0.44096357839530276484)]
    [InlineData(2, 30.0, 31.0, 5.4734942598428706879e-11)]
    [InlineData(4, 0.0, double.PositiveInfinity, 24.886266123440878232)]
    public void Matches_high_precision_quadrature(int n, double a, double b, double expected)
    {
        var value = BoseEinsteinIntegral.Integral(n, a, b);
        Assert.True(Math.Abs(value / expected - 1) < 1e-13, $"got {value:R}, relative {value / expected - 1:E2}");
    }

    [Fact]
    public void Blackbody_closed_form_agrees_with_adaptive_quadrature_to_1e10()
    {
        Gen.Double[1, 1000].Select(Gen.Double[0.0, 4.0], Gen.Double[0.001, 3.0], Gen.Int[0, 2]).SampleFixed((kT, logA, logWidth, k) =>
        {
            var bb = new Blackbody(K: 1e-3, kT: kT);
            var a = Math.Pow(10, logA - 1);
            var b = a * Math.Pow(10, logWidth);
            var exact = bb.Integral(a, b, k);
            var numeric = GaussKronrod.Integrate(x => Math.Pow(x, k) * bb.Evaluate(x), a, b, 1e-13);
            return Math.Abs(exact - numeric) <= 1e-10 * Math.Abs(numeric) + 1e-300;
        }, iter: 300, seed: "0N0XIzNsQ0O2");
        Assert.True(new Blackbody().HasAnalyticIntegral(2));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Contains("must be 1, 2, 3 or 4", Assert.Throws<ArgumentOutOfRangeException>(() => BoseEinsteinIntegral.Integral(5, 0, 1)).Message);
        Assert.Contains("0 ≤ a ≤ b", Assert.Throws<ArgumentOutOfRangeException>(() => BoseEinsteinIntegral.Integral(2, 2, 1)).Message);
    }
}
