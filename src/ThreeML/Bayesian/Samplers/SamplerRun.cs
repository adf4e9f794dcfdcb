namespace ThreeML.Bayesian.Samplers;

/// <summary>Samples and diagnostics of one sampler run.</summary>
/// <remarks>
/// <see cref="Samples"/> are equally weighted posterior draws (rows = draws, columns = parameters in the
/// order of <see cref="ParameterNames"/>). Nested sampling also gives the weighted dead points from
/// which they were resampled.
/// </remarks>
public sealed class SamplerRun
{
    internal SamplerRun()
    {
    }

    /// <summary>Gets the 3ML name of the sampler that produced the run.</summary>
    public required string SamplerName { get; init; }

    /// <summary>Gets the parameter names, one per column of <see cref="Samples"/>.</summary>
    public required IReadOnlyList<string> ParameterNames { get; init; }

    /// <summary>Gets the equally weighted posterior samples (rows = samples, columns = parameters).</summary>
    public required double[,] Samples { get; init; }

    /// <summary>Gets ln L of each row of <see cref="Samples"/>.</summary>
    public required IReadOnlyList<double> LogLikelihood { get; init; }

    /// <summary>Gets ln π of each row of <see cref="Samples"/>.</summary>
    public required IReadOnlyList<double> LogPrior { get; init; }

    /// <summary>Gets the natural log of the evidence Z, or null for samplers without evidence.</summary>
    public double? LnZ { get; init; }

    /// <summary>Gets the 1σ statistical uncertainty of <see cref="LnZ"/> (nested sampling: spread of ln Z over simulated volume shrinkages).</summary>
    public double? LnZError { get; init; }

    /// <summary>Gets UltraNest's tail term ln(1 + f), f being the posterior weight of the final live points: a bound on the bias from the unexplored remainder.</summary>
    /// <remarks>
    /// UltraNest reports √(<see cref="LnZError"/>² + tail²) as its <c>logzerr</c>. The final live points are
    /// integrated, not extrapolated, so for a remainder without hidden peaks the statistical error alone is
    /// calibrated (the seeded coverage tests pass with it at FracRemain = 0.5).
    /// </remarks>
    public double? LnZTailError { get; init; }

    /// <summary>Gets log10 Z, the number 3ML reports as <c>log_marginal_likelihood</c> (§5 [Q6]).</summary>
    public double? Log10Z => LnZ / Math.Log(10);

    /// <summary>Gets the Kullback-Leibler information H of the posterior relative to the prior, in nats.</summary>
    public double? Information { get; init; }

    /// <summary>Gets the number of likelihood evaluations.</summary>
    public long LikelihoodCalls { get; init; }

    /// <summary>Gets the number of likelihood values that were NaN or +∞ and treated as −∞.</summary>
    public long NonFiniteLikelihoodCount { get; init; }

    /// <summary>Gets nested-sampling iterations, MCMC steps (burn-in included), or the bounds of importance nested sampling (the unit cube included).</summary>
    public long Iterations { get; init; }

    /// <summary>Gets the effective sample size: Kish's (Σw)²/Σw² for nested sampling, draws/max τ for MCMC.</summary>
    public double EffectiveSampleSize { get; init; }

    /// <summary>Gets the mean acceptance fraction of the walkers (MCMC only).</summary>
    public double? AcceptanceFraction { get; init; }

    /// <summary>Gets the integrated autocorrelation time of each parameter in steps (MCMC only).</summary>
    public IReadOnlyList<double>? AutocorrelationTimes { get; init; }

    /// <summary>Gets the weighted dead points (nested sampling only; rows = points).</summary>
    public double[,]? WeightedSamples { get; init; }

    /// <summary>Gets the normalised posterior weight of each row of <see cref="WeightedSamples"/>.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>Gets ln L of each row of <see cref="WeightedSamples"/>.</summary>
    public IReadOnlyList<double>? WeightedLogLikelihood { get; init; }

    /// <summary>Gets the insertion-order test (nested sampling only).</summary>
    public InsertionOrderTest? InsertionOrder { get; init; }

    /// <summary>Gets the wall-clock duration of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets a multi-line, human-readable summary of settings, termination reason and warnings.</summary>
    public string Diagnostics { get; init; } = string.Empty;
}
