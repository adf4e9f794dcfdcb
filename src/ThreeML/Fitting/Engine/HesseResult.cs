namespace ThreeML.Fitting;

/// <summary>The numerical Hessian of an objective at a point, turned into a covariance matrix.</summary>
/// <remarks>Matrices span all parameters in external coordinates; fixed parameters have zero rows and columns.</remarks>
public sealed record HesseResult
{
    /// <summary>Gets the covariance 2 · errordef · H⁻¹ in external coordinates.</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>Gets the correlation matrix derived from <see cref="Covariance"/>.</summary>
    public required double[,] Correlation { get; init; }

    /// <summary>Gets the parabolic 1σ errors √Cᵢᵢ (zero for fixed parameters).</summary>
    public required IReadOnlyList<double> Errors { get; init; }

    /// <summary>Gets ½ gᵀ H⁻¹ g at the point, the estimated distance to the minimum.</summary>
    public required double Edm { get; init; }

    /// <summary>Gets the objective value at the point.</summary>
    public required double Value { get; init; }

    /// <summary>Gets a value indicating whether the Hessian was positive definite as computed; if not, <see cref="Covariance"/> comes from a Hessian forced positive definite and is approximate.</summary>
    public required bool IsPositiveDefinite { get; init; }

    /// <summary>Gets a diagnostic when the computation had problems, otherwise <see langword="null"/>.</summary>
    public string? Diagnostic { get; init; }

    /// <summary>Gets the objective evaluations used.</summary>
    public required int FunctionCalls { get; init; }
}
