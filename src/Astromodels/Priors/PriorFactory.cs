namespace Astromodels.Priors;

/// <summary>Creates priors by their astromodels class names, as model files name them.</summary>
public static class PriorFactory
{
    private static readonly string[] KnownNames =
    [
        "Uniform_prior", "Log_uniform_prior", "Gaussian", "Truncated_gaussian", "Log_normal", "Cauchy",
        "Cosine_Prior", "Beta", "Gamma", "Exponential", "Powerlaw_Prior",
    ];

    /// <summary>The astromodels names of every available prior.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(KnownNames);

    /// <summary>Creates the prior named <paramref name="name"/> with astromodels' defaults and the given values.</summary>
    /// <param name="name">An astromodels prior class name, for example <c>Log_normal</c> (case-sensitive).</param>
    /// <param name="parameterValues">Values keyed by astromodels parameter name; the others keep their defaults.</param>
    /// <exception cref="ArgumentException">The name is unknown, a parameter name is unknown, or a value is invalid.</exception>
    public static IPrior Create(string name, IReadOnlyDictionary<string, double>? parameterValues = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        IPrior prior = name switch
        {
            "Uniform_prior" => new UniformPrior(),
            "Log_uniform_prior" => new LogUniformPrior(),
            "Gaussian" => new GaussianPrior(),
            "Truncated_gaussian" => new TruncatedGaussian(),
            "Log_normal" => new LogNormal(),
            "Cauchy" => new Cauchy(),
            "Cosine_Prior" => new CosinePrior(),
            "Beta" => new BetaPrior(),
            "Gamma" => new GammaPrior(),
            "Exponential" => new ExponentialPrior(),
            "Powerlaw_Prior" => new PowerlawPrior(),
            _ => throw new ArgumentException(
                $"Unknown prior '{name}'; did you mean '{NameSuggestions.Closest(name, KnownNames)}'? "
                + $"Known priors: {string.Join(", ", KnownNames)}.",
                nameof(name)),
        };
        return parameterValues is null || parameterValues.Count == 0 ? prior : prior.WithParameters(parameterValues);
    }
}
