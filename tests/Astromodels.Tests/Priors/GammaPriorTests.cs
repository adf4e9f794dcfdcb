using Astromodels.Priors;
using CsCheck;
using MathNet.Numerics;

namespace Astromodels.Tests.Priors;

public sealed class GammaPriorTests
{
    [Fact]
    public void Defaults_follow_astromodels_and_beta_is_a_rate()
    {
        var prior = new GammaPrior();
        Assert.Equal("Gamma", prior.Name);
        Assert.Equal((0.5, 1.0), (prior.Alpha, prior.Beta));
        Assert.Equal(["alpha", "beta"], prior.Parameters.Select(p => p.Name));
        Assert.Equal("Gamma(alpha=0.5, beta=1)", prior.ToString());
        PriorChecks.Close(3 * Math.Exp(-3 * 0.7), new GammaPrior(alpha: 1, beta: 3).Density(0.7), 1e-14);
        PriorChecks.Close(4 * Math.Exp(-2), new GammaPrior(alpha: 3, beta: 2).Density(1), 1e-14); // 2³ x² e^(−2x) / Γ(3)
        var mean = PriorChecks.Simpson(x => x * new GammaPrior(alpha: 2, beta: 4).Density(x), 0, 30);
        PriorChecks.Close(0.5, mean, 1e-10); // alpha / beta
    }

    [Theory]
    [InlineData(1e-10)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999999)]
    public void Shape_one_half_quantile_is_erfinv_squared(double u)
    {
        // If Z is standard normal, Z²/2 ~ Gamma(½, 1), so the quantile is erfinv(u)².
        var expected = Math.Pow(SpecialFunctions.ErfInv(u), 2) / 2.5;
        PriorChecks.Close(expected, new GammaPrior(alpha: 0.5, beta: 2.5).FromUnitCube(u), 1e-11);
    }

    [Fact]
    public void Deep_lower_tail_is_accurate_where_MathNet_P_returns_zero()
    {
        // P(2, y) = y²/2 (1 − 2y/3 + …), so the 1e-20 quantile is √2 × 1e-10 to 1e-10 relative.
        PriorChecks.Close(Math.Sqrt(2) * 1e-10, new GammaPrior(alpha: 2, beta: 1).FromUnitCube(1e-20), 1e-9);
    }

    [Fact]
    public void Shape_one_is_exponential_and_ends_are_finite()
    {
        var prior = new GammaPrior(alpha: 1, beta: 2);
        Gen.Double[0, 0.999999].SampleFixed(u => Math.Abs(prior.FromUnitCube(u) - (-Math.Log(1 - u) / 2)) <= 1e-12 * Math.Max(1, -Math.Log(1 - u)));
        Assert.Equal(0, prior.FromUnitCube(0));
        PriorChecks.Close(36.841361487904734 / 2, prior.FromUnitCube(1), 1e-10); // −ln(1e-16) / β
        Assert.True(double.IsFinite(new GammaPrior(alpha: 0.05).FromUnitCube(1)));
        Assert.True(double.IsFinite(new GammaPrior(alpha: 300).FromUnitCube(1)));
    }

    [Fact]
    public void Shape_two_inverts_its_closed_form_cdf()
    {
        var prior = new GammaPrior(alpha: 2, beta: 1);
        PriorChecks.CdfInvertsTransform(prior, x => 1 - (Math.Exp(-x) * (1 + x)));
        PriorChecks.TransformIsMonotone(prior);
        PriorChecks.LogDensityMatchesDensity(prior, Gen.Double[-1, 50]);
        PriorChecks.TransformIsMonotone(new GammaPrior(alpha: 0.2, beta: 0.1));
        PriorChecks.TransformIsMonotone(new GammaPrior(alpha: 80, beta: 3));
    }

    [Fact]
    public void Density_integrates_to_one()
    {
        var singular = new GammaPrior(alpha: 0.5, beta: 2);
        PriorChecks.Close(1, PriorChecks.Simpson(t => singular.Density(t * t) * 2 * t, 1e-12, 10), 1e-10); // x = t², leaving out ∞ × 0 at t = 0
        var peaked = new GammaPrior(alpha: 30, beta: 5);
        PriorChecks.Close(1, PriorChecks.Simpson(peaked.Density, 0, 30), 1e-10);
    }

    [Fact]
    public void Ends_follow_scipy()
    {
        Assert.Equal(double.PositiveInfinity, new GammaPrior(alpha: 0.5).LogDensity(0));
        PriorChecks.Close(Math.Log(3), new GammaPrior(alpha: 1, beta: 3).LogDensity(0), 1e-15);
        Assert.Equal(double.NegativeInfinity, new GammaPrior(alpha: 2).LogDensity(0));
        Assert.Equal(double.NegativeInfinity, new GammaPrior().LogDensity(-1e-300));
        Assert.Equal(double.NegativeInfinity, new GammaPrior().LogDensity(double.PositiveInfinity));
        Assert.Equal(double.NegativeInfinity, new GammaPrior().LogDensity(double.NaN));
    }

    [Theory]
    [InlineData(0.0, 1.0, "alpha", "got 0")]
    [InlineData(-2.0, 1.0, "alpha", "-2")]
    [InlineData(1.0, 0.0, "beta", "got 0")]
    [InlineData(1.0, double.NaN, "beta", "NaN")]
    public void Invalid_parameters_are_rejected_with_name_and_value(double alpha, double beta, string name, string shown)
    {
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new GammaPrior(alpha, beta), "Gamma", name, shown);
        PriorChecks.Throws<ArgumentOutOfRangeException>(() => new GammaPrior().FromUnitCube(1.25), "Gamma", "u must lie in [0, 1]", "1.25");
    }
}
