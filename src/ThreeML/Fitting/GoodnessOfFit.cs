namespace ThreeML.Fitting;

/// <summary>Goodness of fit by simulation (3ML's <c>GoodnessOfFit.by_mc</c>): data sets are simulated from the best
/// fit, each is refitted, and the p-value is the fraction whose −ln L is at least the observed one.</summary>
/// <remarks>Simulations are drawn one after the other from per-task seeds taken from the injected random source, and
/// refitted in parallel on copies of the model, so the result does not depend on the number of threads.</remarks>
public sealed class GoodnessOfFit
{
    private readonly JointLikelihood _jl;

    /// <summary>Prepares the test for a fitted analysis.</summary>
    /// <exception cref="InvalidOperationException">The analysis has not been fitted.</exception>
    public GoodnessOfFit(JointLikelihood jointLikelihood)
    {
        ArgumentNullException.ThrowIfNull(jointLikelihood);
        if (jointLikelihood.Results is null)
        {
            throw new InvalidOperationException("Goodness of fit needs a fitted analysis: call Fit first.");
        }

        _jl = jointLikelihood;
    }

    /// <summary>Runs <paramref name="iterations"/> simulations.</summary>
    /// <param name="iterations">Simulated data sets (3ML's default 1000).</param>
    /// <param name="random">The random source for the simulations.</param>
    /// <param name="maxDegreeOfParallelism">Threads for the refits; null for all cores.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public GoodnessOfFitResult ByMonteCarlo(int iterations, Random random, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        ArgumentNullException.ThrowIfNull(random);
        _jl.RestoreBestFit();
        var observed = _jl.MinusLogLikelihoodPerPlugin();
        var simulations = Simulations.Draw(_jl.BoundData, iterations, random);
        var simulated = new double[iterations][];
        var failed = 0;
        Parallel.For(0, iterations, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            var refit = new JointLikelihood(_jl.Model.Clone(), simulations[i]);
            refit.Minimize(cancellationToken);
            if (!refit.LastFitWasValid)
            {
                Interlocked.Increment(ref failed);
            }

            simulated[i] = refit.MinusLogLikelihoodPerPlugin();
        });

        var names = _jl.Data.Select(p => p.Name).Append("total").ToList();
        var pValues = new Dictionary<string, double>(StringComparer.Ordinal);
        var observedByName = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < names.Count; k++)
        {
            pValues[names[k]] = simulated.Count(s => s[k] >= observed[k]) / (double)iterations;
            observedByName[names[k]] = observed[k];
        }

        var total = pValues["total"];
        pValues.Remove("total");
        return new GoodnessOfFitResult(total, pValues, observedByName, [.. simulated.Select(s => s[^1])], failed);
    }
}
