using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

public sealed class CauchyTests
{
    private static double Cdf(double x, double x0, double gamma) => 0.5 + (Math.Atan((x - x0) / gamma) / Math.PI);

    [Fact]
    public void Closed_forms()
    {
        var prior = new Cauchy(x0: 2, gamma: 0.5);
        PriorChecks.Close(1 / (Math.PI * 0.5), prior.Density(2), 1e-15);
        PriorChecks.Close(1 / (Math.PI * 0.5 * 2), prior.Density(2.5), 1e-15); // half maximum at x0 + gamma
        PriorChecks.Close(2.5, prior.FromUnitCube(0.75), 1e-15);
        PriorChecks.Close(1.5, prior.FromUnitCube(0.25), 1e-15);
        Assert.Equal(2, prior.FromUnitCube(0.5));
        PriorChecks.Close(2 + (0.5 * Math.Tan(Math.PI * 0.4)), prior.FromUnitCube(0.9), 1e-14);
    }

    [Fact]
    public void Defaults_follow_astromodels()
    {
        var prior = new Cauchy();
        Assert.Equal("Cauchy", prior.Name);
        Assert.Equal((0.0, 1.0, 1.0), (prior.X0, prior.Gamma, prior.K));
        Assert.Equal(["K", "x0", "gamma"], prior.Parameters.Select(p => p.Name));
        Assert.Equal("Cauchy(x0=0, gamma=1)", prior.ToString());
    }

    [Fact]
    public void Density_integrates_to_K()
    {
        // x = x0 + γ tan θ maps the real line onto (−π/2, π/2).
        var prior = new Cauchy(x0: -1, gamma: 3, K: 2);
        var integral = PriorChecks.Simpson(
            t => prior.Density(-1 + (3 * Math.Tan(t))) * 3 / (Math.Cos(t) * Math.Cos(t)), (-Math.PI / 2) + 1e-9, (Math.PI / 2) - 1e-9);
        PriorChecks.Close(2, integral, 1e-8);
    }

    [Fact]
    public void Properties_and_tails()
    {
        var prior = new Cauchy(x0: 5, gamma: 0.1);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.CdfInvertsTransform(prior, x => Cdf(x, 5, 0.1));
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-1e6, 1e6]);
        PriorChecks.Close(-Math.Log(Math.PI * 0.1) - (2 * Math.Log(1e200 / 0.1)), prior.LogDensity(1e200), 1e-14);
        PriorChecks.Close(5 - (0.1 / Math.Tan(Math.PI * 1e-16)), prior.FromUnitCube(0), 1e-12);
        PriorChecks.Close(5 + (0.1 / Math.Tan(Math.PI * 1e-16)), prior.FromUnitCube(1), 1e-12);
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(double.NaN));
    }

    [Theory]
    [InlineData(0.0, 0.0, 1.0, "gamma", "got 0")]
    [InlineData(double.NaN, 1.0, 1.0, "x0", "NaN")]
    [InlineData(0.0, 1.0, -1.0, "K", "-1")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double x0, double gamma, double k, string name, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new Cauchy(x0, gamma, k), "Cauchy", name, shown);
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new Cauchy().FromUnitCube(-2), "Cauchy", "u must lie in [0, 1]", "-2");
    }
}
