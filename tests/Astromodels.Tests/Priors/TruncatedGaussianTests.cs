using Astromodels.Priors;
using CsCheck;
using MathNet.Numerics;

namespace Astromodels.Tests.Priors;

public sealed class TruncatedGaussianTests
{
    private const double OneSigmaMass = 0.68268949213708590; // erf(1/√2)

    private static double NormalCdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));

    private static double NormalSurvival(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    [Fact]
    public void Default_is_the_standard_normal_on_minus_one_to_one()
    {
        var prior = new TruncatedGaussian();
        Assert.Equal("Truncated_gaussian", prior.Name);
        Assert.Equal(["F", "mu", "sigma", "lower_bound", "upper_bound"], prior.Parameters.Select(p => p.Name));
        PriorChecks.Close(0.3989422804014327 / OneSigmaMass, prior.Density(0), 1e-14);
        PriorChecks.Close(0.24197072451914337 / OneSigmaMass, prior.Density(-1), 1e-14);
        Assert.Equal(0, prior.Density(1.0000001));
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(-1.0000001));
        Assert.Equal(-1, prior.FromUnitCube(0), 12);
        Assert.Equal(0, prior.FromUnitCube(0.5), 14);
        Assert.Equal(1, prior.FromUnitCube(1), 12);
        Assert.Equal("Truncated_gaussian(mu=0, sigma=1, lower_bound=-1, upper_bound=1)", prior.ToString());
    }

    [Fact]
    public void Half_normal_with_an_infinite_bound()
    {
        var prior = new TruncatedGaussian(mu: 0, sigma: 2, lowerBound: 0, upperBound: double.PositiveInfinity);
        PriorChecks.Close(2 * 0.3989422804014327 / 2, prior.Density(0), 1e-14);
        PriorChecks.Close(2 * 0.6744897501960817, prior.FromUnitCube(0.5), 1e-13); // Φ⁻¹(0.75)
        Assert.True(double.IsFinite(prior.FromUnitCube(1)));
        Assert.Equal(0, prior.FromUnitCube(0));
    }

    [Theory]
    [InlineData(0.0, 1.0, -0.5, 2.0)]
    [InlineData(1.0, 3.0, -10.0, 0.0)]
    [InlineData(0.0, 1.0, 10.0, 12.0)]
    [InlineData(0.0, 1.0, -12.0, -10.0)]
    public void Density_integrates_to_one_and_transform_inverts_the_cdf(double mu, double sigma, double lower, double upper)
    {
        var prior = new TruncatedGaussian(mu, sigma, lower, upper);
        PriorChecks.Close(1, PriorChecks.Simpson(prior.Density, lower, upper), 1e-10);
        double Cdf(double x) => lower >= mu
            ? (NormalSurvival((lower - mu) / sigma) - NormalSurvival((x - mu) / sigma)) / (NormalSurvival((lower - mu) / sigma) - NormalSurvival((upper - mu) / sigma))
            : (NormalCdf((x - mu) / sigma) - NormalCdf((lower - mu) / sigma)) / (NormalCdf((upper - mu) / sigma) - NormalCdf((lower - mu) / sigma));
        PriorChecks.CdfInvertsTransform(prior, Cdf, 1e-11);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[lower - 1, upper + 1]);
    }

    [Fact]
    public void Interval_without_representable_mass_is_rejected()
    {
        PriorChecks.Throws<ArgumentException>(
            () => new TruncatedGaussian(mu: 0, sigma: 1, lowerBound: 50, upperBound: 60), "Truncated_gaussian", "[50, 60]", "tail");
    }

    [Theory]
    [InlineData(0.0, 0.0, -1.0, 1.0, "sigma", "got 0")]
    [InlineData(double.NaN, 1.0, -1.0, 1.0, "mu", "NaN")]
    [InlineData(0.0, 1.0, double.NaN, 1.0, "lower_bound", "NaN")]
    [InlineData(0.0, 1.0, -1.0, double.NegativeInfinity, "upper_bound", "-Infinity")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double mu, double sigma, double lower, double upper, string name, string value)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new TruncatedGaussian(mu, sigma, lower, upper), "Truncated_gaussian", name, value);
    }

    [Fact]
    public void Unordered_bounds_and_bad_F_are_rejected()
    {
        PriorChecks.Throws<ArgumentException>(
            () => new TruncatedGaussian(lowerBound: 2, upperBound: 1), "Truncated_gaussian", "lower_bound must be less than upper_bound", "lower_bound = 2", "upper_bound = 1");
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new TruncatedGaussian(F: 0), "Truncated_gaussian", "F", "got 0");
    }

    [Fact]
    public void WithParameters_and_unit_cube_validation()
    {
        var prior = (TruncatedGaussian)new TruncatedGaussian().WithParameters(new Dictionary<string, double> { ["upper_bound"] = 3 });
        Assert.Equal(3, prior.UpperBound);
        PriorChecks.Throws<ArgumentException>(
            () => prior.WithParameters(new Dictionary<string, double> { ["upper"] = 3 }), "did you mean 'upper_bound'");
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => prior.FromUnitCube(-1e-9), "u must lie in [0, 1]", "-1E-09");
    }
}
