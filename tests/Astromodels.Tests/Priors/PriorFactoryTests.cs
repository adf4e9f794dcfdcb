using Astromodels.Priors;

namespace Astromodels.Tests.Priors;

public sealed class PriorFactoryTests
{
    [Fact]
    public void Names_are_astromodels_class_names()
    {
        Assert.Equal(
            ["Uniform_prior", "Log_uniform_prior", "Gaussian", "Truncated_gaussian", "Log_normal", "Cauchy",
             "Cosine_Prior", "Beta", "Gamma", "Exponential", "Powerlaw_Prior"],
            PriorFactory.Names);
    }

    [Theory]
    [InlineData("Uniform_prior", typeof(UniformPrior))]
    [InlineData("Log_uniform_prior", typeof(LogUniformPrior))]
    [InlineData("Gaussian", typeof(GaussianPrior))]
    [InlineData("Truncated_gaussian", typeof(TruncatedGaussian))]
    [InlineData("Log_normal", typeof(LogNormal))]
    [InlineData("Cauchy", typeof(Cauchy))]
    [InlineData("Cosine_Prior", typeof(CosinePrior))]
    [InlineData("Beta", typeof(BetaPrior))]
    [InlineData("Gamma", typeof(GammaPrior))]
    [InlineData("Exponential", typeof(ExponentialPrior))]
    [InlineData("Powerlaw_Prior", typeof(PowerlawPrior))]
    public void Create_by_name_gives_the_type_with_that_name(string name, Type type)
    {
        var prior = PriorFactory.Create(name);
        Assert.IsType(type, prior);
        Assert.Equal(name, prior.Name);
    }

    [Fact]
    public void Create_applies_parameter_values()
    {
        var prior = (LogNormal)PriorFactory.Create("Log_normal", new Dictionary<string, double> { ["mu"] = -16.118, ["sigma"] = 2 });
        Assert.Equal((-16.118, 2.0, 1.0, 1.0), (prior.Mu, prior.Sigma, prior.F, prior.Piv));
        var uniform = (UniformPrior)PriorFactory.Create("Uniform_prior", new Dictionary<string, double> { ["lower_bound"] = -5, ["upper_bound"] = 5 });
        Assert.Equal((-5.0, 5.0), (uniform.LowerBound, uniform.UpperBound));
    }

    [Theory]
    [InlineData("Log_Normal", "did you mean 'Log_normal'")]
    [InlineData("Gausian", "did you mean 'Gaussian'")]
    [InlineData("cosine", "did you mean 'Cosine_Prior'")]
    [InlineData("Uniform", "did you mean 'Uniform_prior'")]
    public void Unknown_name_is_rejected_with_a_suggestion_and_the_list(string name, string suggestion)
    {
        PriorChecks.Throws<ArgumentException>(
            () => PriorFactory.Create(name), $"Unknown prior '{name}'", suggestion, "Known priors: Uniform_prior, Log_uniform_prior, Gaussian");
    }

    [Fact]
    public void Unknown_or_invalid_parameter_is_rejected()
    {
        PriorChecks.Throws<ArgumentException>(
            () => PriorFactory.Create("Gamma", new Dictionary<string, double> { ["rate"] = 2 }), "Gamma has no parameter 'rate'", "alpha, beta");
        PriorChecks.Throws<ArgumentOutOfRangeException>(
            () => PriorFactory.Create("Beta", new Dictionary<string, double> { ["b"] = -3 }), "Beta", "b", "-3");
    }
}
