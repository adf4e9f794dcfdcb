using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

public sealed class BetaPriorTests
{
    [Fact]
    public void Defaults_follow_astromodels_arcsine()
    {
        var prior = new BetaPrior();
        Assert.Equal("Beta", prior.Name);
        Assert.Equal((0.5, 0.5), (prior.A, prior.B));
        Assert.Equal(["a", "b"], prior.Parameters.Select(p => p.Name));
        Assert.Equal("Beta(a=0.5, b=0.5)", prior.ToString());
        PriorChecks.Close(2 / Math.PI, prior.Density(0.5), 1e-14); // 1 / (π √(x(1 − x)))
    }

    [Theory]
    [InlineData(1e-12)]
    [InlineData(0.01)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.77)]
    [InlineData(0.999)]
    public void Arcsine_quantile_is_sine_squared(double u)
    {
        var expected = Math.Pow(Math.Sin(Math.PI * u / 2), 2);
        PriorChecks.Close(expected, new BetaPrior().FromUnitCube(u), 1e-12);
    }

    [Fact]
    public void Beta_2_3_closed_forms()
    {
        var prior = new BetaPrior(a: 2, b: 3);
        PriorChecks.Close(1.5, prior.Density(0.5), 1e-14); // 12 x (1 − x)²
        PriorChecks.Close(12 * 0.1 * 0.81, prior.Density(0.1), 1e-14);
        PriorChecks.CdfInvertsTransform(prior, x => (6 * x * x) - (8 * x * x * x) + (3 * x * x * x * x));
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-0.5, 1.5]);
    }

    [Theory]
    [InlineData(3.7, 1.0)]
    [InlineData(1.0, 0.3)]
    public void One_sided_power_quantiles(double a, double b)
    {
        var prior = new BetaPrior(a, b);
        Gen.Double[0, 1].SampleFixed(u =>
        {
            var expected = b == 1 ? Math.Pow(u, 1 / a) : 1 - Math.Pow(1 - u, 1 / b);
            return Math.Abs(prior.FromUnitCube(u) - expected) <= 1e-12;
        });
    }

    [Theory] // x = sin²θ; the arcsine integrand is then the constant 2/π, so its ends (∞ × 0) can be cut off exactly.
    [InlineData(0.5, 0.5, 1e-6)]
    [InlineData(2.0, 3.0, 0.0)]
    [InlineData(1.5, 5.0, 0.0)]
    [InlineData(60.0, 40.0, 0.0)]
    public void Density_integrates_to_one(double a, double b, double cut)
    {
        var prior = new BetaPrior(a, b);
        var integral = PriorChecks.Simpson(t => prior.Density(Math.Pow(Math.Sin(t), 2)) * 2 * Math.Sin(t) * Math.Cos(t), cut, (Math.PI / 2) - cut);
        PriorChecks.Close(1 - (4 * cut / Math.PI), integral, 1e-9); // x rounds next to the cut: ~7e-10
    }

    [Fact]
    public void Ends_follow_scipy()
    {
        Assert.Equal(double.PositiveInfinity, new BetaPrior(0.5, 2).Density(0));
        Assert.Equal(3, new BetaPrior(1, 3).Density(0), 13);
        Assert.Equal(0, new BetaPrior(2, 3).Density(0));
        Assert.Equal(double.NegativeInfinity, new BetaPrior(2, 3).LogDensity(1));
        Assert.Equal(double.NegativeInfinity, new BetaPrior().LogDensity(1.01));
        Assert.Equal(double.NegativeInfinity, new BetaPrior().LogDensity(double.NaN));
        Assert.Equal(0, new BetaPrior(2, 3).FromUnitCube(0));
        Assert.Equal(1, new BetaPrior(2, 3).FromUnitCube(1));
    }

    [Fact]
    public void Large_shapes_stay_finite()
    {
        var prior = new BetaPrior(500, 700);
        Assert.True(double.IsFinite(prior.Density(500.0 / 1200)));
        Assert.True(double.IsFinite(prior.LogDensity(0.01)));
        PriorChecks.Close(500.0 / 1200, prior.FromUnitCube(0.5), 1e-2);
        PriorChecks.TransformIsMonotone(prior);
    }

    [Theory]
    [InlineData(0.0, 1.0, "a", "got 0")]
    [InlineData(-1.0, 1.0, "a", "-1")]
    [InlineData(1.0, double.NaN, "b", "NaN")]
    [InlineData(1.0, double.PositiveInfinity, "b", "Infinity")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double a, double b, string name, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new BetaPrior(a, b), "Beta", name, shown);
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new BetaPrior().FromUnitCube(-0.5), "Beta", "u must lie in [0, 1]", "-0.5");
    }
}
