using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

public sealed class LogUniformPriorTests
{
    [Theory] // astromodels' Log_uniform_prior(lower_bound = 1e-10, upper_bound = 1e-5): K/x, unnormalised, open interval.
    [InlineData(1e-12, 0.0, double.NegativeInfinity)]
    [InlineData(1e-08, 100000000.0, 18.420680743952364)]
    [InlineData(1e-06, 1000000.0, 13.815510557964274)]
    [InlineData(1e-10, 0.0, double.NegativeInfinity)]
    [InlineData(1e-05, 0.0, double.NegativeInfinity)]
    public void Density_matches_astromodels(double x, double density, double logDensity)
    {
        var prior = new LogUniformPrior(lowerBound: 1e-10, upperBound: 1e-5);
        PriorChecks.Close(density, prior.Density(x), 1e-14);
        PriorChecks.Close(logDensity, prior.LogDensity(x), 1e-14);
    }

    [Theory]
    [InlineData(0.1, 3.1622776601683795e-10)]
    [InlineData(0.5, 3.162277660168379e-08)]
    [InlineData(0.9, 3.162277660168379e-06)]
    [InlineData(0.0, 1e-10)]
    [InlineData(1.0, 1e-05)]
    public void FromUnitCube_matches_astromodels(double u, double expected)
    {
        PriorChecks.Close(expected, new LogUniformPrior(lowerBound: 1e-10, upperBound: 1e-5).FromUnitCube(u), 1e-13);
    }

    [Fact]
    public void Defaults_follow_astromodels()
    {
        var prior = new LogUniformPrior();
        Assert.Equal("Log_uniform_prior", prior.Name);
        Assert.Equal((1e-20, 100.0, 1.0), (prior.LowerBound, prior.UpperBound, prior.K));
        Assert.Equal(["lower_bound", "upper_bound", "K"], prior.Parameters.Select(p => p.Name));
        Assert.False(prior.Parameters[2].Free);
        Assert.Equal(1e-30, prior.Parameters[0].MinValue);
        Assert.Equal(3.0, new LogUniformPrior(K: 6).Density(2));
        Assert.Equal("Log_uniform_prior(lower_bound=1e-20, upper_bound=100)", prior.ToString());
    }

    [Fact]
    public void Properties_hold()
    {
        var prior = new LogUniformPrior(lowerBound: 1e-3, upperBound: 1e4);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.CdfInvertsTransform(prior, x => Math.Log(x / 1e-3) / Math.Log(1e7));
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-1, 2e4]);

        // K / ln(upper/lower) normalises it: integrate over ln x.
        var integral = PriorChecks.Simpson(t => prior.Density(Math.Exp(t)) * Math.Exp(t), Math.Log(1e-3) + 1e-12, Math.Log(1e4) - 1e-12);
        PriorChecks.Close(Math.Log(1e7), integral, 1e-9);
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.0, "lower_bound", "got 0")]
    [InlineData(-1.0, 1.0, 1.0, "lower_bound", "-1")]
    [InlineData(1e-31, 1.0, 1.0, "lower_bound", ">= 1E-30")]
    [InlineData(1e-3, double.PositiveInfinity, 1.0, "upper_bound", "Infinity")]
    [InlineData(1e-3, 1.0, 0.0, "K", "got 0")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double lower, double upper, double k, string name, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new LogUniformPrior(lower, upper, k), "Log_uniform_prior", name, shown);
    }

    [Fact]
    public void Unordered_bounds_and_bad_u_are_rejected()
    {
        PriorChecks.Throws<ArgumentException>(
            () => new LogUniformPrior(lowerBound: 10, upperBound: 1), "Log_uniform_prior", "lower_bound must be less than upper_bound", "lower_bound = 10");
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new LogUniformPrior().FromUnitCube(double.NaN), "u must lie in [0, 1]", "NaN");
    }
}
