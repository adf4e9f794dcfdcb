namespace ThreeML.Fitting;

/// <summary>A minimization algorithm that turns a <see cref="MinimizationProblem"/> into a <see cref="MinimizationResult"/>.</summary>
/// <remarks>
/// Implementations never throw because a fit failed to converge: they return a result whose
/// <see cref="MinimizationResult.IsValid"/> is <see langword="false"/> and whose
/// <see cref="MinimizationResult.Reason"/> says why. Cancellation throws
/// <see cref="OperationCanceledException"/>.
/// </remarks>
public interface IMinimizer
{
    /// <summary>Minimises the objective of <paramref name="problem"/> starting from its parameter start values.</summary>
    /// <param name="problem">The objective, parameters and error definition.</param>
    /// <param name="cancellationToken">Checked before every objective evaluation.</param>
    /// <returns>The best point found and its diagnostics.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default);
}
