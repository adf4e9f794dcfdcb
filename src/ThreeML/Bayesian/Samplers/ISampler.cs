namespace ThreeML.Bayesian.Samplers;

/// <summary>A posterior sampler that runs on a <see cref="SamplingProblem"/>.</summary>
public interface ISampler
{
    /// <summary>Gets the 3ML name of the sampler ("ultranest", "emcee", "nautilus").</summary>
    string Name { get; }

    /// <summary>Samples the posterior of <paramref name="problem"/>.</summary>
    /// <param name="problem">Parameters, prior and likelihood.</param>
    /// <param name="progress">Optional receiver of progress reports.</param>
    /// <param name="cancellationToken">Stops the run with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The samples and diagnostics of the run.</returns>
    SamplerRun Run(SamplingProblem problem, IProgress<SamplerProgress>? progress = null, CancellationToken cancellationToken = default);
}
