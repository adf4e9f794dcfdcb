using System.Diagnostics;

namespace ThreeML.Fitting;

/// <summary>A MIGRAD-class minimizer: quasi-Newton (BFGS variable-metric) iterations with numerical gradients, stopped by the estimated distance to the minimum.</summary>
/// <remarks>
/// <para>
/// Works in Minuit's internal coordinates (see <see cref="MinimizationProblem"/>), so bounds never
/// constrain the iterations. Gradients are central differences whose steps are tuned from the
/// second-derivative estimate each gradient also yields; the initial metric is diag(1/g₂); a
/// line search with parabolic interpolation usually costs one evaluation per iteration near the
/// minimum; the inverse-Hessian approximation is updated by BFGS and restarted from the diagonal
/// whenever the update would lose positive definiteness.
/// </para>
/// <para>
/// Convergence: EDM = ½ gᵀ V g &lt; 0.002 · <see cref="MigradOptions.Tolerance"/> · errordef, the
/// Minuit2 criterion (F. James, M. Winkler, <i>Minuit2 User's Guide</i>; iminuit's
/// <c>Minuit.tol</c>), i.e. 10⁻⁴ for −ln L with the default tolerance 0.1. With strategy ≥ 1 a full
/// numerical Hessian (<see cref="Hesse"/>) is computed at the end and must confirm the EDM; the
/// covariance comes from it. (Fortran Minuit and TMinuit used 0.001 · tolerance · errordef; Minuit2
/// and iminuit, which 3ML calls, use 0.002, as here.) The algorithm is deterministic.
/// </para>
/// <para>
/// A minimizer holds only its immutable options, so one instance can serve many fits, also
/// concurrently; each <see cref="Minimize"/> call allocates its own work arrays once.
/// </para>
/// </remarks>
public sealed class MigradMinimizer : IMinimizer
{
    /// <summary>Initializes a new minimizer.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="MigradOptions.Default"/>.</param>
    public MigradMinimizer(MigradOptions? options = null)
    {
        Options = options ?? MigradOptions.Default;
    }

    /// <summary>Gets the settings.</summary>
    public MigradOptions Options { get; }

    /// <inheritdoc/>
    public MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        long start = Stopwatch.GetTimestamp();
        MinimizationResult result = RunOnce(problem, cancellationToken);
        if (Options.Iterate > 1)
        {
            result = Continuation.UntilValid(new MigradMinimizer(Options with { Iterate = 1 }), problem, result, Options.Iterate, cancellationToken);
        }

        return result with { Elapsed = Stopwatch.GetElapsedTime(start) };
    }

    /// <summary>Returns Minuit2's EDM goal, 0.002 · <paramref name="tolerance"/> · <paramref name="errorDefinition"/>.</summary>
    /// <param name="tolerance">The tolerance (Minuit's default 0.1).</param>
    /// <param name="errorDefinition">The error definition of the objective.</param>
    /// <returns>The EDM below which a fit has converged.</returns>
    public static double EdmGoal(double tolerance, double errorDefinition) => 0.002 * tolerance * errorDefinition;

    private MinimizationResult RunOnce(MinimizationProblem problem, CancellationToken cancellationToken)
    {
        var f = new InternalObjective(problem, cancellationToken);
        double edmGoal = EdmGoal(Options.Tolerance, problem.ErrorDefinition);
        int callLimit = Options.CallLimitFor(f.Dimension);
        FitOutcome outcome = f.Dimension == 0
            ? FitOutcome.FixedOnly(f)
            : new VariableMetricSolver(f, Options, edmGoal, callLimit).Run();
        return ResultAssembler.Build(f, outcome, edmGoal, callLimit, TimeSpan.Zero);
    }
}
