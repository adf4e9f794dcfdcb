using System.Globalization;

namespace ThreeML.Bayesian.Samplers;

/// <summary>What a sampler needs: parameter names, a prior and a factory of likelihood evaluators.</summary>
/// <remarks>
/// Likelihood evaluators are not assumed thread-safe, so the problem holds a factory called once per
/// worker thread with the worker index (0, 1, …). Evaluators from the factory must give identical
/// values for identical input, which is what makes runs independent of the number of threads.
/// </remarks>
public sealed class SamplingProblem
{
    private readonly Func<int, ILogLikelihood> likelihoodFactory;

    /// <summary>Creates a sampling problem.</summary>
    /// <param name="parameterNames">One name per free parameter, in the order of the parameter vectors.</param>
    /// <param name="prior">The prior as a unit-cube transform with a log density.</param>
    /// <param name="likelihoodFactory">Returns a fresh evaluator for the given worker index.</param>
    /// <exception cref="ArgumentException">The number of names differs from <see cref="IPriorTransform.Dimension"/>, or a name is empty or repeated.</exception>
    public SamplingProblem(IReadOnlyList<string> parameterNames, IPriorTransform prior, Func<int, ILogLikelihood> likelihoodFactory)
    {
        ArgumentNullException.ThrowIfNull(parameterNames);
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(likelihoodFactory);
        if (prior.Dimension < 1 || parameterNames.Count != prior.Dimension)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "{0} parameter names were given but the prior has dimension {1}; they must be equal and positive.",
                parameterNames.Count, prior.Dimension), nameof(parameterNames));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in parameterNames)
        {
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name))
            {
                throw new ArgumentException($"Parameter name '{name}' is empty or repeated; names must be unique.", nameof(parameterNames));
            }
        }

        ParameterNames = parameterNames.ToArray();
        Prior = prior;
        this.likelihoodFactory = likelihoodFactory;
    }

    /// <summary>Creates a problem whose single likelihood evaluator is shared by all threads.</summary>
    /// <param name="parameterNames">One name per free parameter.</param>
    /// <param name="prior">The prior.</param>
    /// <param name="logLikelihood">A thread-safe, deterministic log-likelihood function.</param>
    /// <returns>The problem.</returns>
    public static SamplingProblem FromFunction(IReadOnlyList<string> parameterNames, IPriorTransform prior, Func<ReadOnlySpan<double>, double> logLikelihood)
    {
        ArgumentNullException.ThrowIfNull(logLikelihood);
        var shared = new DelegateLikelihood(logLikelihood);
        return new SamplingProblem(parameterNames, prior, _ => shared);
    }

    /// <summary>Gets the parameter names, one per dimension.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Gets the number of free parameters.</summary>
    public int Dimension => ParameterNames.Count;

    /// <summary>Gets the prior.</summary>
    public IPriorTransform Prior { get; }

    /// <summary>Creates the likelihood evaluator for worker <paramref name="worker"/>.</summary>
    /// <param name="worker">Zero-based worker index.</param>
    /// <returns>An evaluator used by that worker only.</returns>
    /// <exception cref="InvalidOperationException">The factory returned null.</exception>
    public ILogLikelihood CreateLikelihood(int worker) =>
        likelihoodFactory(worker) ?? throw new InvalidOperationException($"The likelihood factory returned null for worker {worker}.");

    private sealed class DelegateLikelihood(Func<ReadOnlySpan<double>, double> function) : ILogLikelihood
    {
        public double Evaluate(ReadOnlySpan<double> parameters) => function(parameters);
    }
}
