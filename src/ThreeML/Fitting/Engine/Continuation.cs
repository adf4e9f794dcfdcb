namespace ThreeML.Fitting;

/// <summary>The one restart policy of the engine: a fit that ends invalid is run again from where it stopped, as 3ML re-runs MIGRAD.</summary>
/// <remarks>
/// Used by <see cref="MigradMinimizer"/> (<see cref="MigradOptions.Iterate"/>), by <see cref="GlobalMinimizer"/> for an invalid
/// fit that lies below every valid minimum, and by <see cref="JointLikelihood"/> (<see cref="JointLikelihood.MaxAttempts"/>).
/// Each run starts from the previous run's point and covariance, so the variable-metric iterations resume with the metric
/// they had built (as a second MIGRAD in iminuit starts from the first one's error matrix) instead of a diagonal guess.
/// A run that ends higher than the previous one is discarded (its calls are still counted), so a restart never makes a
/// result worse; the runs stop at the first valid one, at a non-finite value, or after <c>maxRuns</c> runs in all.
/// </remarks>
internal static class Continuation
{
    public static MinimizationResult UntilValid(IMinimizer local, MinimizationProblem problem, MinimizationResult first, int maxRuns, CancellationToken cancellationToken)
    {
        MinimizationResult result = first;
        int calls = first.FunctionCalls;
        for (int run = 1; run < maxRuns && !result.IsValid && double.IsFinite(result.MinimumValue) && !cancellationToken.IsCancellationRequested; run++)
        {
            MinimizationResult next = local.Minimize(problem.Continuing([.. result.BestFit], result.Covariance), cancellationToken);
            calls += next.FunctionCalls;
            if (!(next.MinimumValue > result.MinimumValue))
            {
                result = next;
            }
        }

        return result with { FunctionCalls = calls };
    }
}
