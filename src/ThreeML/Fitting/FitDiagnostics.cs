namespace ThreeML.Fitting;

/// <summary>How a fit went: validity, why not, EDM, calls, parameters at a limit and time.</summary>
/// <param name="IsValid">Whether the minimizer converged with a positive-definite covariance.</param>
/// <param name="Reason">Why the fit is not valid, or null.</param>
/// <param name="Edm">The estimated distance to the minimum.</param>
/// <param name="LikelihoodCalls">Likelihood evaluations (minimization and covariance).</param>
/// <param name="ParametersAtLimit">Paths of parameters that ended at a bound.</param>
/// <param name="Elapsed">Wall time of the fit.</param>
public sealed record FitDiagnostics(bool IsValid, string? Reason, double Edm, int LikelihoodCalls, IReadOnlyList<string> ParametersAtLimit, TimeSpan Elapsed)
{
    /// <summary>Gets the status flags that are set (each a name and a sentence); empty when the fit raised none or the file recorded none.</summary>
    public IReadOnlyList<FitFlag> Flags { get; init; } = [];
}
