using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

public sealed class UniformPriorTests
{
    [Theory] // astromodels' Uniform_prior(lower_bound = -5, upper_bound = 5): the density is `value`, not 1/10.
    [InlineData(-6.0, 0.0, double.NegativeInfinity)]
    [InlineData(0.0, 1.0, 0.0)]
    [InlineData(4.5, 1.0, 0.0)]
    [InlineData(-5.0, 1.0, 0.0)]
    [InlineData(5.0, 1.0, 0.0)]
    public void Density_matches_astromodels(double x, double density, double logDensity)
    {
        var prior = new UniformPrior(lowerBound: -5, upperBound: 5);
        Assert.Equal(density, prior.Density(x));
        Assert.Equal(logDensity, prior.LogDensity(x));
    }

    [Theory]
    [InlineData(0.1, -4.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.9, 4.0)]
    [InlineData(0.0, -5.0)]
    [InlineData(1.0, 5.0)]
    public void FromUnitCube_matches_astromodels(double u, double expected)
    {
        PriorChecks.Close(expected, new UniformPrior(lowerBound: -5, upperBound: 5).FromUnitCube(u), 1e-15);
    }

    [Fact]
    public void Value_sets_the_density_and_defaults_follow_astromodels()
    {
        var prior = new UniformPrior();
        Assert.Equal("Uniform_prior", prior.Name);
        Assert.Equal((0.0, 1.0, 1.0), (prior.LowerBound, prior.UpperBound, prior.Value));
        Assert.Equal(["lower_bound", "upper_bound", "value"], prior.Parameters.Select(p => p.Name));
        Assert.Equal(double.NegativeInfinity, prior.Parameters[0].MinValue);
        Assert.Equal(2.5, new UniformPrior(value: 2.5).Density(0.3));
        PriorChecks.Close(Math.Log(2.5), new UniformPrior(value: 2.5).LogDensity(0.3), 1e-15);
        Assert.Equal("Uniform_prior(lower_bound=0, upper_bound=1)", prior.ToString());
    }

    [Fact]
    public void Properties_hold()
    {
        var prior = new UniformPrior(lowerBound: -3, upperBound: 11);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.CdfInvertsTransform(prior, x => (x + 3) / 14);
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-20, 20]);
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(double.NaN));
    }

    [Fact]
    public void FromUnitCube_with_the_widest_bounds_stays_finite()
    {
        var prior = new UniformPrior(-double.MaxValue, double.MaxValue);
        Assert.Equal(-double.MaxValue, prior.FromUnitCube(0));
        Assert.Equal(0, prior.FromUnitCube(0.5));
        Assert.Equal(double.MaxValue, prior.FromUnitCube(1));
        PriorChecks.TransformIsMonotone(prior);
    }

    [Theory]
    [InlineData(1.0, 1.0, 1.0, "lower_bound must be less than upper_bound", "lower_bound = 1")]
    [InlineData(2.0, -1.0, 1.0, "lower_bound must be less than upper_bound", "upper_bound = -1")]
    public void Unordered_bounds_are_rejected(double lower, double upper, double value, string what, string shown)
    {
        PriorChecks.Throws<ArgumentException>(() => new UniformPrior(lower, upper, value), "Uniform_prior", what, shown);
    }

    [Theory]
    [InlineData(double.NegativeInfinity, 1.0, 1.0, "lower_bound", "-Infinity")]
    [InlineData(0.0, double.NaN, 1.0, "upper_bound", "NaN")]
    [InlineData(0.0, 1.0, 0.0, "value", "got 0")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double lower, double upper, double value, string name, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new UniformPrior(lower, upper, value), "Uniform_prior", name, shown);
    }

    [Fact]
    public void FromUnitCube_outside_the_unit_interval_is_rejected()
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new UniformPrior().FromUnitCube(1.0000001), "Uniform_prior", "u must lie in [0, 1]", "1.0000001");
    }
}
