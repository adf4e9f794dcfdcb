using Astromodels.Priors;
using CsCheck;
using MathNet.Numerics;

namespace Astromodels.Tests.Priors;

public sealed class LogNormalTests
{
    [Theory] // astromodels' Log_normal values from the shared reference file (the tutorial's K, kT and F priors).
    [InlineData(-16.11809565095832, 1.0, 5e-08, 6274960.771159251, 15.652077791354492)]
    [InlineData(-16.11809565095832, 1.0, 3e-07, 727282.5613999462, 13.497070348679244)]
    [InlineData(5.703782474656201, 2.0, 50.0, 0.0026707152230538655, -5.9254089686388145)]
    [InlineData(5.703782474656201, 2.0, 1000.0, 0.00016641351599550101, -8.701034806941312)]
    [InlineData(4.605170185988091, 1.0, 200.0, 0.001568740192789811, -6.45748240671181)]
    public void Density_matches_astromodels(double mu, double sigma, double x, double density, double logDensity)
    {
        var prior = new LogNormal(mu: mu, sigma: sigma);
        PriorChecks.Close(density, prior.Density(x), 1e-12);
        PriorChecks.Close(logDensity, prior.LogDensity(x), 1e-12);
    }

    [Theory] // exp(mu ± sigma Φ⁻¹(0.9)) with Φ⁻¹(0.9) = 1.2815515655446004 (astromodels: 23.11956767019225, 3892.806357103112).
    [InlineData(0.1, 23.119567654558974)]
    [InlineData(0.5, 300.0)]
    [InlineData(0.9, 3892.806359735399)]
    public void FromUnitCube_is_the_log_normal_quantile(double u, double expected)
    {
        PriorChecks.Close(expected, new LogNormal(mu: Math.Log(300), sigma: 2).FromUnitCube(u), 1e-12);
    }

    [Fact]
    public void FromUnitCube_ends_are_finite_and_positive()
    {
        var prior = new LogNormal(mu: 0, sigma: 1);
        PriorChecks.Close(Math.Exp(-8.222082216130435), prior.FromUnitCube(0), 1e-9);
        PriorChecks.Close(Math.Exp(8.222082216130435), prior.FromUnitCube(1), 1e-9);
    }

    [Fact]
    public void Defaults_and_parameters_follow_astromodels()
    {
        var prior = new LogNormal();
        Assert.Equal("Log_normal", prior.Name);
        Assert.Equal((0.0, 1.0, 1.0, 1.0), (prior.Mu, prior.Sigma, prior.F, prior.Piv));
        Assert.Equal(["F", "mu", "sigma", "piv"], prior.Parameters.Select(p => p.Name));
        Assert.False(prior.Parameters[3].Free);
        Assert.Equal("Log_normal(mu=-16.118, sigma=1)", new LogNormal(mu: Math.Log(1e-7), sigma: 1).ToString());
    }

    [Fact]
    public void Density_integrates_to_one_over_log_x()
    {
        var prior = new LogNormal(mu: 2, sigma: 0.7);
        var integral = PriorChecks.Simpson(t => prior.Density(Math.Exp(t)) * Math.Exp(t), 2 - (12 * 0.7), 2 + (12 * 0.7));
        PriorChecks.Close(1, integral, 1e-10);
    }

    [Fact]
    public void Pivot_rescales_as_in_astromodels()
    {
        // F / ((sigma/p)(x/p) √(2π)) exp(−(ln(x/p) − mu/p)² / (2 (sigma/p)²)) at x = 2p, mu = 0: ln 2 in units of sigma/p.
        var prior = new LogNormal(mu: 0, sigma: 1, piv: 2);
        var z = Math.Log(2) / 0.5;
        PriorChecks.Close(Math.Exp(-0.5 * z * z) / (0.5 * 2 * Math.Sqrt(2 * Math.PI)), prior.Density(4), 1e-14);
    }

    [Fact]
    public void Properties_hold()
    {
        var prior = new LogNormal(mu: -3, sigma: 1.5);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.CdfInvertsTransform(prior, x => 0.5 * SpecialFunctions.Erfc(-(Math.Log(x) + 3) / (1.5 * Math.Sqrt(2))));
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[1e-6, 1e3]);
    }

    [Fact]
    public void LogDensity_is_computed_in_log_space()
    {
        var prior = new LogNormal(mu: 0, sigma: 0.01);
        var logX = Math.Log(1e-300);
        var expected = -0.91893853320467274 - Math.Log(0.01) - logX - (0.5 * logX * logX / 1e-4);
        Assert.Equal(0, prior.Density(1e-300));
        PriorChecks.Close(expected, prior.LogDensity(1e-300), 1e-14);
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(0));
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(-1));
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(double.NaN));
    }

    [Theory]
    [InlineData(0.0, 0.0, 1.0, 1.0, "sigma", "got 0")]
    [InlineData(double.NaN, 1.0, 1.0, 1.0, "mu", "NaN")]
    [InlineData(0.0, 1.0, -1.0, 1.0, "F", "-1")]
    [InlineData(0.0, 1.0, 1.0, 0.0, "piv", "got 0")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double mu, double sigma, double f, double piv, string name, string value)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new LogNormal(mu, sigma, f, piv), "Log_normal", name, value);
    }

    [Fact]
    public void FromUnitCube_outside_the_unit_interval_is_rejected()
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new LogNormal().FromUnitCube(2), "Log_normal", "u must lie in [0, 1]", "got 2");
    }
}
