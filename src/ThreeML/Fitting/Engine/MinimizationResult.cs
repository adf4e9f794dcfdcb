namespace ThreeML.Fitting;

/// <summary>The outcome of a minimization: the best point, its diagnostics and, when computed, its covariance.</summary>
/// <remarks>
/// A fit that did not converge is still a result (iminuit's <c>FMin</c>): <see cref="IsValid"/> is
/// <see langword="false"/> and <see cref="Reason"/> says why. <see cref="IsValid"/> means the
/// minimizer converged below the EDM goal within the call limit and, where a Hessian was computed at
/// the end, that it was positive definite. A parameter that ends on a bound does not by itself make a
/// fit invalid (as in Minuit); it is listed in <see cref="ParametersAtLimit"/>, and its error is not
/// meaningful. Vectors and matrices span all parameters, fixed ones included (with zero variance).
/// </remarks>
public sealed record MinimizationResult
{
    /// <summary>Gets the parameter names, in problem order.</summary>
    public required IReadOnlyList<string> ParameterNames { get; init; }

    /// <summary>Gets the best-fit values in external coordinates, fixed parameters included.</summary>
    public required IReadOnlyList<double> BestFit { get; init; }

    /// <summary>Gets the 1σ (errordef-scaled) parabolic errors √Cᵢᵢ, or NaN where no covariance is available.</summary>
    public required IReadOnlyList<double> Errors { get; init; }

    /// <summary>Gets the objective value at <see cref="BestFit"/>.</summary>
    public required double MinimumValue { get; init; }

    /// <summary>Gets the estimated distance to the minimum, ½ gᵀ V g in internal coordinates.</summary>
    public required double Edm { get; init; }

    /// <summary>Gets the EDM below which the fit counts as converged: 0.002 · tolerance · errordef.</summary>
    public required double EdmGoal { get; init; }

    /// <summary>Gets a value indicating whether the fit converged (see the remarks of <see cref="MinimizationResult"/>).</summary>
    public required bool IsValid { get; init; }

    /// <summary>Gets why the fit is not valid, or a diagnostic about a valid one (e.g. a forced positive-definite Hessian); <see langword="null"/> when there is nothing to say.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the number of objective evaluations, Hessian included.</summary>
    public required int FunctionCalls { get; init; }

    /// <summary>Gets a value indicating whether the minimizer stopped because it used up its call budget.</summary>
    public required bool HasReachedCallLimit { get; init; }

    /// <summary>Gets a value indicating whether the final EDM exceeds ten times <see cref="EdmGoal"/>.</summary>
    public required bool IsAboveMaxEdm { get; init; }

    /// <summary>Gets the names of bounded parameters whose best fit lies on (within 10⁻³ steps of) a bound.</summary>
    public required IReadOnlyList<string> ParametersAtLimit { get; init; }

    /// <summary>Gets the covariance matrix in external coordinates (2 · errordef · H⁻¹, carried through dx/du), or <see langword="null"/>.</summary>
    public double[,]? Covariance { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Covariance"/> comes from a full numerical Hessian at the best fit, rather than from the variable-metric approximation.</summary>
    public required bool HasAccurateCovariance { get; init; }

    /// <summary>Gets a value indicating whether the final Hessian (or metric) was positive definite without being forced.</summary>
    public required bool HasPositiveDefiniteHessian { get; init; }

    /// <summary>Gets whether the final Hessian had to be forced positive definite (Minuit's MnPosDef), so the covariance is approximate.</summary>
    public bool HasMadePositiveDefinite { get; init; }

    /// <summary>Gets whether the minimizer stopped where the gradient vanishes but the Hessian has a negative eigenvalue.</summary>
    public bool IsSaddlePoint { get; init; }

    /// <summary>Gets whether the objective is flat along some combination of parameters at the end point (degenerate; not a valid minimum).</summary>
    public bool IsDegenerate { get; init; }

    /// <summary>Gets the wall-clock time the minimization took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Gets the distinct local minima a global search found, lowest first (empty for a single local descent).</summary>
    public IReadOnlyList<LocalMinimum> LocalMinima { get; init; } = [];

    /// <summary>Gets the correlation matrix derived from <see cref="Covariance"/>, or <see langword="null"/>.</summary>
    public double[,]? Correlation => Covariance is null ? null : SymmetricMatrix.Correlation(Covariance);

    /// <summary>Returns a fixed multi-line summary: verdict, reason, the iminuit-style checks and one line per parameter.</summary>
    /// <returns>The summary, formatted with the invariant culture.</returns>
    public override string ToString() => ResultFormatter.Format(this);
}
