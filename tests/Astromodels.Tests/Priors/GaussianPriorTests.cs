using Astromodels.Priors;
using CsCheck;
using MathNet.Numerics;

namespace Astromodels.Tests.Priors;

public sealed class GaussianPriorTests
{
    private static double NormalCdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));

    [Theory] // astromodels' Gaussian(mu = -1, sigma = 1) from the shared reference file, kept here so it runs without it.
    [InlineData(-2.0, 0.24197072451914337, -1.4189385332046727)]
    [InlineData(-1.5, 0.35206532676429947, -1.0439385332046727)]
    [InlineData(0.0, 0.24197072451914337, -1.4189385332046727)]
    public void Density_matches_astromodels(double x, double density, double logDensity)
    {
        var prior = new GaussianPrior(mu: -1, sigma: 1);
        PriorChecks.Close(density, prior.Density(x), 1e-12);
        PriorChecks.Close(logDensity, prior.LogDensity(x), 1e-12);
    }

    [Theory] // Φ⁻¹(0.9) = 1.2815515655446004; astromodels prints -2.281551565206504 through its truncated √2.
    [InlineData(0.1, -2.2815515655446004)]
    [InlineData(0.5, -1.0)]
    [InlineData(0.9, 0.2815515655446004)]
    [InlineData(0.975, 0.959963984540054)]
    public void FromUnitCube_is_the_normal_quantile(double u, double expected)
    {
        PriorChecks.Close(expected, new GaussianPrior(mu: -1, sigma: 1).FromUnitCube(u), 1e-13);
    }

    [Fact]
    public void FromUnitCube_ends_are_finite_symmetric_and_clamped_at_1e_minus_16()
    {
        var prior = new GaussianPrior(mu: 3, sigma: 2);
        PriorChecks.Close(3 - (2 * 8.222082216130435), prior.FromUnitCube(0), 1e-9);
        PriorChecks.Close(3 + (2 * 8.222082216130435), prior.FromUnitCube(1), 1e-9);
        Assert.Equal(prior.FromUnitCube(0) - 3, 3 - prior.FromUnitCube(1), 12);
        Assert.Equal(prior.FromUnitCube(0), prior.FromUnitCube(1e-17));
    }

    [Fact]
    public void Defaults_and_parameters_follow_astromodels()
    {
        var prior = new GaussianPrior();
        Assert.Equal("Gaussian", prior.Name);
        Assert.Equal((0.0, 1.0, 1.0), (prior.Mu, prior.Sigma, prior.F));
        Assert.Equal(["F", "mu", "sigma"], prior.Parameters.Select(p => p.Name));
        Assert.Equal(1e-12, prior.Parameters[2].MinValue);
        Assert.Equal("Gaussian(mu=0, sigma=1)", prior.ToString());
        Assert.Equal("Gaussian(F=2, mu=-16.118, sigma=1)", new GaussianPrior(mu: -16.11809565095832, F: 2).ToString());
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void Density_integrates_to_F(double f)
    {
        var prior = new GaussianPrior(mu: 10, sigma: 0.3, F: f);
        PriorChecks.Close(f, PriorChecks.Simpson(prior.Density, 10 - (12 * 0.3), 10 + (12 * 0.3)), 1e-10);
    }

    [Fact]
    public void Properties_hold()
    {
        var prior = new GaussianPrior(mu: -2, sigma: 0.5);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.CdfInvertsTransform(prior, x => NormalCdf((x + 2) / 0.5));
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-30, 30]);
    }

    [Fact]
    public void LogDensity_far_in_the_tail_is_finite_and_never_nan()
    {
        var prior = new GaussianPrior();
        PriorChecks.Close(-0.91893853320467274 - 0.5e20, prior.LogDensity(1e10), 1e-15);
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(double.PositiveInfinity));
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(double.NaN));
        Assert.Equal(0, prior.Density(double.NaN));
    }

    [Fact]
    public void WithParameters_replaces_values_by_astromodels_name()
    {
        var prior = (GaussianPrior)new GaussianPrior().WithParameters(new Dictionary<string, double> { ["mu"] = 2, ["sigma"] = 3 });
        Assert.Equal((2.0, 3.0, 1.0), (prior.Mu, prior.Sigma, prior.F));
        PriorChecks.Throws<ArgumentException>(
            () => new GaussianPrior().WithParameters(new Dictionary<string, double> { ["sigm"] = 1 }), "Gaussian", "'sigm'", "did you mean 'sigma'");
    }

    [Theory]
    [InlineData(0.0, 1e-13, 1.0, "sigma", "1E-13")]
    [InlineData(0.0, 0.0, 1.0, "sigma", "got 0")]
    [InlineData(0.0, -1.0, 1.0, "sigma", "-1")]
    [InlineData(0.0, double.NaN, 1.0, "sigma", "NaN")]
    [InlineData(double.NaN, 1.0, 1.0, "mu", "NaN")]
    [InlineData(double.PositiveInfinity, 1.0, 1.0, "mu", "Infinity")]
    [InlineData(0.0, 1.0, 0.0, "F", "got 0")]
    [InlineData(0.0, 1.0, -2.0, "F", "-2")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double mu, double sigma, double f, string name, string value)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new GaussianPrior(mu, sigma, f), "Gaussian", name, value);
    }

    [Theory]
    [InlineData(-0.1, "-0.1")]
    [InlineData(1.5, "1.5")]
    [InlineData(double.NaN, "NaN")]
    public void FromUnitCube_outside_the_unit_interval_is_rejected(double u, string value)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new GaussianPrior().FromUnitCube(u), "u must lie in [0, 1]", value);
    }
}
