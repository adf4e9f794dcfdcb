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
    /// <summary>Gets the typed status flag by flag; for results read from a file without flags, derived from <see cref="IsValid"/> and <see cref="Reason"/>.</summary>
    public FitStatus Status
    {
        get => field ?? FitStatus.FromFlags([], IsValid ? null : Reason ?? "the fit was recorded as not valid", ParametersAtLimit, Edm);
        init;
    }

    /// <summary>Gets the distinct local minima a global search found, lowest (the reported one) first, with parameter values in
    /// physical units in the order of the free parameters; empty for a single local descent or a results file.</summary>
    public IReadOnlyList<LocalMinimum> LocalMinima { get; init; } = [];

    /// <summary>Gets the raised status flags, each with its name (as written to results files) and a sentence; empty for a valid fit.</summary>
    public IReadOnlyList<FitFlag> Flags => [.. Status.Flags.Select(name => new FitFlag(name, FitStatus.Describe(name)))];
}
