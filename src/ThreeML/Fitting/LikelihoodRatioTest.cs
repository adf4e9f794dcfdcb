namespace ThreeML.Fitting;

/// <summary>The likelihood-ratio test by simulation (3ML's <c>LikelihoodRatioTest.by_mc</c>): data sets simulated from
/// the null hypothesis's best fit are fitted with both models, and the null-hypothesis probability is the fraction
/// whose TS reaches the observed one.</summary>
/// <remarks>Both analyses must hold the same plugins (3ML's requirement). Simulations use per-task seeds from the
/// injected random source and refits run in parallel on copies, so the result does not depend on the thread count.</remarks>
public sealed class LikelihoodRatioTest
{
    private readonly JointLikelihood _null;
    private readonly JointLikelihood _alternative;

    /// <summary>Prepares the test for two fitted analyses of the same data.</summary>
    /// <exception cref="InvalidOperationException">An analysis has not been fitted.</exception>
    /// <exception cref="ArgumentException">The two analyses use different plugins.</exception>
    public LikelihoodRatioTest(JointLikelihood nullHypothesis, JointLikelihood alternativeHypothesis)
    {
        ArgumentNullException.ThrowIfNull(nullHypothesis);
        ArgumentNullException.ThrowIfNull(alternativeHypothesis);
        if (nullHypothesis.Results is null || alternativeHypothesis.Results is null)
        {
            throw new InvalidOperationException("The likelihood-ratio test needs both analyses fitted: call Fit on each first.");
        }

        if (!nullHypothesis.Data.Select(p => p.Name).SequenceEqual(alternativeHypothesis.Data.Select(p => p.Name)))
        {
            throw new ArgumentException("The null and alternative analyses must use the same data (plugins with the same names, in the same order).", nameof(alternativeHypothesis));
        }

        _null = nullHypothesis;
        _alternative = alternativeHypothesis;
    }

    /// <summary>TS of the observed data, 2(−ln L_null − (−ln L_alt)).</summary>
    public double ReferenceTS => 2 * (_null.Results!.MinusLogLikelihood - _alternative.Results!.MinusLogLikelihood);

    /// <summary>Runs <paramref name="iterations"/> simulations under the null hypothesis.</summary>
    /// <param name="iterations">Simulated data sets (3ML's default 1000).</param>
    /// <param name="random">The random source for the simulations.</param>
    /// <param name="maxDegreeOfParallelism">Threads for the refits; null for all cores.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public LikelihoodRatioTestResult ByMonteCarlo(int iterations, Random random, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        ArgumentNullException.ThrowIfNull(random);
        _null.RestoreBestFit();
        var simulations = Simulations.Draw(_null.BoundData, iterations, random);
        var ts = new double[iterations];
        var failed = 0;
        Parallel.For(0, iterations, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            var nullFit = new JointLikelihood(_null.Model.Clone(), simulations[i]);
            var altFit = new JointLikelihood(_alternative.Model.Clone(), simulations[i]);
            nullFit.Minimize(cancellationToken);
            altFit.Minimize(cancellationToken);
            if (!nullFit.LastFitWasValid || !altFit.LastFitWasValid)
            {
                Interlocked.Increment(ref failed);
            }

            ts[i] = 2 * (nullFit.MinusLogLikelihoodPerPlugin()[^1] - altFit.MinusLogLikelihoodPerPlugin()[^1]);
        });

        _alternative.RestoreBestFit();
        var reference = ReferenceTS;
        return new LikelihoodRatioTestResult(reference, ts.Count(t => t >= reference) / (double)iterations, ts, failed);
    }
}
