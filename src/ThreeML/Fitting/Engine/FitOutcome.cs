namespace ThreeML.Fitting;

/// <summary>The raw end state of an algorithm in internal coordinates, before <see cref="ResultAssembler"/> turns it into a result.</summary>
internal sealed class FitOutcome
{
    public required double[] Point { get; init; }

    public required double Value { get; init; }

    public required double Edm { get; init; }

    /// <summary>Gets the inverse Hessian of the objective in internal coordinates, or null.</summary>
    public double[,]? InverseHessian { get; init; }

    public bool CovarianceFromHessian { get; init; }

    public bool PositiveDefinite { get; init; } = true;

    public bool ReachedCallLimit { get; init; }

    /// <summary>Gets whether the final Hessian has a clearly negative eigenvalue that no descent along its eigenvector could leave.</summary>
    public bool SaddlePoint { get; init; }

    /// <summary>Gets whether the function is flat (to 10⁻³ of the largest curvature) along some combination of parameters at the end point.</summary>
    public bool Degenerate { get; init; }

    /// <summary>Gets why the algorithm gave up, or null.</summary>
    public string? Failure { get; init; }

    /// <summary>The outcome when every parameter is fixed: one evaluation, nothing to minimise.</summary>
    public static FitOutcome FixedOnly(InternalObjective f)
    {
        double value = f.Evaluate([]);
        return new FitOutcome
        {
            Point = [],
            Value = value,
            Edm = 0,
            InverseHessian = new double[0, 0],
            CovarianceFromHessian = true,
            Failure = double.IsFinite(value) ? null : "the objective is not finite at the fixed parameter values",
        };
    }
}
