using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

public sealed class ExponentialPriorTests
{
    [Fact]
    public void Closed_forms_with_alpha_as_rate()
    {
        var prior = new ExponentialPrior(alpha: 2);
        Assert.Equal("Exponential", prior.Name);
        Assert.Equal(["alpha"], prior.Parameters.Select(p => p.Name));
        Assert.Equal(1.0, new ExponentialPrior().Alpha);
        Assert.Equal("Exponential(alpha=2)", prior.ToString());
        Assert.Equal(2, prior.Density(0));
        PriorChecks.Close(2 * Math.Exp(-3), prior.Density(1.5), 1e-15);
        Assert.Equal(0, prior.Density(-0.1));
        Assert.Equal(double.NegativeInfinity, prior.LogDensity(-0.1));
        PriorChecks.Close(Math.Log(2) / 2, prior.FromUnitCube(0.5), 1e-15); // median ln 2 / α
        PriorChecks.Close(Math.Log(10) / 2, prior.FromUnitCube(0.9), 1e-14);
    }

    [Fact]
    public void Tails_keep_precision_and_stay_finite()
    {
        var prior = new ExponentialPrior(alpha: 4);
        PriorChecks.Close((1e-10 + 0.5e-20) / 4, prior.FromUnitCube(1e-10), 1e-15); // −ln(1 − u) = u + u²/2 + …
        Assert.Equal(0, prior.FromUnitCube(0));
        PriorChecks.Close(36.841361487904734 / 4, prior.FromUnitCube(1), 1e-14); // −ln(1e-16) / α
    }

    [Fact]
    public void Properties_hold()
    {
        var prior = new ExponentialPrior(alpha: 0.3);
        PriorChecks.Close(1, PriorChecks.Simpson(prior.Density, 0, 150), 1e-10);
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.CdfInvertsTransform(prior, x => 1 - Math.Exp(-0.3 * x));
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-5, 500]);
    }

    [Theory]
    [InlineData(0.0, "got 0")]
    [InlineData(-1.0, "-1")]
    [InlineData(double.NaN, "NaN")]
    public void Invalid_alpha_is_rejected_with_its_value(double alpha, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new ExponentialPrior(alpha), "Exponential", "alpha", shown);
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new ExponentialPrior().FromUnitCube(double.NegativeInfinity), "u must lie in [0, 1]", "-Infinity");
    }
}
