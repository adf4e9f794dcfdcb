namespace ThreeML.Fitting;

/// <summary>Numerical Hessian and covariance at a given point, like Minuit's HESSE.</summary>
/// <remarks>
/// The second derivatives are computed in internal coordinates with adaptive steps (each diagonal
/// step tuned until the objective change is about 10⁻⁴ errordef + 10⁻⁸ |f|) and one extra evaluation
/// per off-diagonal pair, plus a fine central gradient for the EDM: n(n + 7)/2 + 1 evaluations at best. The covariance is
/// 2 · errordef · H⁻¹ carried to external coordinates through dx/du. If H is not positive definite
/// (checked by Cholesky factorisation), it is forced positive definite by raising its diagonal, as
/// Minuit does, and <see cref="HesseResult.IsPositiveDefinite"/> reports it.
/// </remarks>
public static class Hesse
{
    /// <summary>Computes the covariance of <paramref name="problem"/> at <paramref name="at"/>.</summary>
    /// <param name="problem">The objective and parameters; fixed parameters take their values from <paramref name="at"/>.</param>
    /// <param name="at">All parameter values in external coordinates, e.g. <see cref="MinimizationResult.BestFit"/>.</param>
    /// <param name="cancellationToken">Checked before every evaluation.</param>
    /// <returns>The covariance, errors and diagnostics.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> has the wrong length or a value outside its bounds.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static HesseResult Compute(MinimizationProblem problem, ReadOnlySpan<double> at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var f = new InternalObjective(problem.WithStart(at), cancellationToken);
        int n = f.Dimension;
        var u = new double[n];
        f.ToInternal(at.ToArray(), u);
        var steps = new double[n];
        f.InitialSteps(u, steps);
        for (int k = 0; k < n; k++)
        {
            steps[k] *= 0.1;
        }

        double value = f.Evaluate(u);
        var hessian = new double[n, n];
        var g = new double[n];
        var g2 = new double[n];
        string? diagnostic = double.IsFinite(value)
            ? HessianCalculator.Compute(f, u, value, steps, 7, hessian, g, g2)
            : "the objective is not finite at the requested point";
        if (diagnostic is null && !NumericalGradient.Fine(f, u, value, g2, steps, g))
        {
            diagnostic = "the objective is not finite next to the requested point";
        }

        bool positiveDefinite = false;
        double[,] inverse = diagnostic is null
            ? SymmetricMatrix.InvertForcingPositiveDefinite(hessian, out positiveDefinite)
            : new double[n, n];
        if (diagnostic is null && !positiveDefinite)
        {
            diagnostic = "the Hessian is not positive definite; it was forced positive definite and the covariance is approximate";
        }

        double[,] covariance = ResultAssembler.ExternalCovariance(f, u, inverse);
        var errors = new double[covariance.GetLength(0)];
        for (int i = 0; i < errors.Length; i++)
        {
            errors[i] = Math.Sqrt(covariance[i, i]);
        }

        return new HesseResult
        {
            Covariance = covariance,
            Correlation = SymmetricMatrix.Correlation(covariance),
            Errors = errors,
            Edm = SymmetricMatrix.Edm(g, inverse),
            Value = value,
            IsPositiveDefinite = positiveDefinite,
            Diagnostic = diagnostic,
            FunctionCalls = f.Calls,
        };
    }
}
