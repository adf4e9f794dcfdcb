using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

public sealed class PowerlawPriorTests
{
    [Fact]
    public void Defaults_follow_astromodels()
    {
        var prior = new PowerlawPrior();
        Assert.Equal("Powerlaw_Prior", prior.Name);
        Assert.Equal((1.0, 0.0, 1.0), (prior.Alpha, prior.A, prior.B));
        Assert.Equal(["alpha", "a", "b"], prior.Parameters.Select(p => p.Name));
        Assert.Equal("Powerlaw_Prior(alpha=1, a=0, b=1)", prior.ToString());
        Assert.Equal(1, prior.Density(0)); // alpha = 1 is uniform, including at x = a
        Assert.Equal(0.25, prior.FromUnitCube(0.25), 15);
    }

    [Fact]
    public void Closed_forms_on_a_shifted_interval()
    {
        var prior = new PowerlawPrior(alpha: 3, a: 1, b: 3);
        PriorChecks.Close(0.375, prior.Density(2), 1e-15); // 3 (½)² / 2
        Assert.Equal(0, prior.Density(3.5));
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(0.5));
        Gen.Double[0, 1].SampleFixed(u => Math.Abs(prior.FromUnitCube(u) - (1 + (2 * Math.Cbrt(u)))) <= 1e-14);
        Assert.Equal(3, prior.FromUnitCube(1));
        PriorChecks.CdfInvertsTransform(prior, x => Math.Pow((x - 1) / 2, 3));
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[0, 4]);
        PriorChecks.Close(1, PriorChecks.Simpson(prior.Density, 1, 3), 1e-12);
    }

    [Fact]
    public void Slope_below_one_is_singular_at_a_but_normalised()
    {
        var prior = new PowerlawPrior(alpha: 0.5, a: 2, b: 6);
        Assert.Equal(double.PositiveInfinity, prior.Density(2));
        // x = a + d t² makes the integrand the constant 1 and the mass below t exactly t, so the end t = 0 (∞ × 0) is cut off.
        var integral = PriorChecks.Simpson(t => prior.Density(2 + (4 * t * t)) * 8 * t, 1e-6, 1);
        PriorChecks.Close(1 - 1e-6, integral, 1e-9); // x − a rounds next to the cut: ~2e-10
        PriorChecks.CdfInvertsTransform(prior, x => x <= 2 ? 0 : Math.Sqrt((x - 2) / 4));
    }

    [Theory]
    [InlineData(0.0, 0.0, 1.0, "alpha", "got 0")]
    [InlineData(1.0, -1.0, 1.0, "a", "-1")]
    [InlineData(1.0, 0.0, double.NaN, "b", "NaN")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double alpha, double a, double b, string name, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new PowerlawPrior(alpha, a, b), "Powerlaw_Prior", name, shown);
    }

    [Fact]
    public void Unordered_bounds_and_bad_u_are_rejected()
    {
        PriorChecks.Throws<ArgumentException>(() => new PowerlawPrior(a: 2, b: 2), "Powerlaw_Prior", "a must be less than b", "a = 2, b = 2");
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new PowerlawPrior().FromUnitCube(7), "u must lie in [0, 1]", "got 7");
    }
}
