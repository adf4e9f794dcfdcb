using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

public sealed class CosinePriorTests
{
    private const double Degree = Math.PI / 180;

    [Fact]
    public void Full_sphere_closed_forms()
    {
        var prior = new CosinePrior();
        Assert.Equal("Cosine_Prior", prior.Name);
        Assert.Equal((-90.0, 90.0, 1.0), (prior.LowerBound, prior.UpperBound, prior.Value));
        Assert.Equal(["lower_bound", "upper_bound", "value"], prior.Parameters.Select(p => p.Name));
        PriorChecks.Close(Math.PI / 360, prior.Density(0), 1e-15); // cos 0 / (2 · 180/π)
        PriorChecks.Close(Math.PI / 720, prior.Density(60), 1e-14);
        Assert.Equal(0, prior.Density(90));
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(90));
        Assert.Equal(0, prior.Density(90.5));
        Assert.Equal(-90, prior.FromUnitCube(0), 12);
        Assert.Equal(0, prior.FromUnitCube(0.5), 12);
        Assert.Equal(90, prior.FromUnitCube(1), 12);
        PriorChecks.Close(30, prior.FromUnitCube(0.75), 1e-13); // sin 30° = ½
        Assert.Equal("Cosine_Prior(lower_bound=-90, upper_bound=90)", prior.ToString());
    }

    [Theory]
    [InlineData(-90.0, 90.0)]
    [InlineData(10.0, 40.0)]
    [InlineData(-30.0, -5.0)]
    public void Density_integrates_to_one_and_transform_is_uniform_in_sine(double lower, double upper)
    {
        var prior = new CosinePrior(lower, upper);
        PriorChecks.Close(1, PriorChecks.Simpson(prior.Density, lower, upper), 1e-12);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.CdfInvertsTransform(
            prior, x => (Math.Sin(x * Degree) - Math.Sin(lower * Degree)) / (Math.Sin(upper * Degree) - Math.Sin(lower * Degree)), 1e-11);
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-100, 100]);
    }

    [Theory]
    [InlineData(-91.0, 90.0, 1.0, "lower_bound", "-91")]
    [InlineData(-90.0, 180.0, 1.0, "upper_bound", "180")]
    [InlineData(double.NaN, 90.0, 1.0, "lower_bound", "NaN")]
    [InlineData(-90.0, 90.0, -1.0, "value", "-1")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double lower, double upper, double value, string name, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new CosinePrior(lower, upper, value), "Cosine_Prior", name, shown);
    }

    [Fact]
    public void Unordered_bounds_and_bad_u_are_rejected()
    {
        PriorChecks.Throws<ArgumentException>(() => new CosinePrior(20, 10), "Cosine_Prior", "lower_bound must be less than upper_bound", "upper_bound = 10");
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new CosinePrior().FromUnitCube(3), "u must lie in [0, 1]", "got 3");
    }
}
