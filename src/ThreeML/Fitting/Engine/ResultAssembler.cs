using System.Globalization;

namespace ThreeML.Fitting;

/// <summary>Carries an internal <see cref="FitOutcome"/> to external coordinates and derives the validity verdict.</summary>
internal static class ResultAssembler
{
    /// <summary>A bounded parameter is "at limit" when it lies within this many of its steps of a bound.</summary>
    internal const double AtLimitSteps = 1e-3;

    /// <summary>A parameter is at its limit when the bound is nearer than this fraction of a one-standard-error step's reach (see <see cref="OneSigmaReach"/>).</summary>
    private const double AtLimitReach = 0.1;

    public static MinimizationResult Build(InternalObjective f, FitOutcome outcome, double edmGoal, int callLimit, TimeSpan elapsed)
    {
        MinimizationProblem problem = f.Problem;
        int n = problem.Parameters.Count;
        double[] best = f.ToExternal(outcome.Point);
        double[,]? covariance = outcome.InverseHessian is null ? null : ExternalCovariance(f, outcome.Point, outcome.InverseHessian);
        var errors = new double[n];
        var atLimit = new List<string>();
        for (int i = 0; i < n; i++)
        {
            errors[i] = problem.Parameters[i].Fixed ? 0 : covariance is null ? double.NaN : Math.Sqrt(covariance[i, i]);
        }

        for (int k = 0; k < f.Dimension; k++)
        {
            FitParameterSpec spec = problem.Parameters[f.FreeIndex(k)];
            if (f.Transform(k).DistanceToBound(best[f.FreeIndex(k)]) <= Math.Max(AtLimitSteps * spec.Step, AtLimitReach * OneSigmaReach(f, outcome, k)))
            {
                atLimit.Add(spec.Name);
            }
        }

        bool aboveGoal = !(outcome.Edm < edmGoal);
        bool valid = outcome.Failure is null && !outcome.ReachedCallLimit && !aboveGoal && outcome.PositiveDefinite && !outcome.SaddlePoint && !outcome.Degenerate && double.IsFinite(outcome.Value);
        string? reason = outcome.Failure
            ?? (outcome.ReachedCallLimit ? Format("the call limit of {0} was reached (EDM {1:G4}, goal {2:G4})", callLimit, outcome.Edm, edmGoal) : null)
            ?? (outcome.SaddlePoint ? "the gradient vanishes at a saddle point: the Hessian has a negative eigenvalue and no lower point was found along its direction" : null)
            ?? (outcome.Degenerate ? DegenerateReason(atLimit) : null)
            ?? (aboveGoal ? Format("EDM {0:G4} is above the goal {1:G4}", outcome.Edm, edmGoal) : null)
            ?? (!outcome.PositiveDefinite ? "the Hessian at the minimum is not positive definite; the covariance was forced positive definite and is approximate" : null);
        return new MinimizationResult
        {
            ParameterNames = problem.Parameters.Select(p => p.Name).ToArray(),
            BestFit = best,
            Errors = errors,
            MinimumValue = outcome.Value,
            Edm = outcome.Edm,
            EdmGoal = edmGoal,
            IsValid = valid,
            Reason = reason,
            FunctionCalls = f.Calls,
            HasReachedCallLimit = outcome.ReachedCallLimit,
            IsAboveMaxEdm = !(outcome.Edm <= 10 * edmGoal),
            ParametersAtLimit = atLimit,
            Covariance = covariance,
            HasAccurateCovariance = covariance is not null && outcome.CovarianceFromHessian && outcome.PositiveDefinite,
            HasPositiveDefiniteHessian = outcome.PositiveDefinite,
            HasMadePositiveDefinite = outcome.CovarianceFromHessian && !outcome.PositiveDefinite,
            IsSaddlePoint = outcome.SaddlePoint,
            IsDegenerate = outcome.Degenerate,
            Elapsed = elapsed,
        };
    }

    /// <summary>How far a one-standard-error step in internal coordinates moves a bounded parameter (external units), or 0.</summary>
    /// <remarks>
    /// A parameter is reported at its limit when its bound is nearer than a tenth of this reach (or 10⁻³ of its step). Far
    /// from a bound the reach is the ordinary error, so that means "within 0.1σ of the bound". Near a bound the bound
    /// transformation folds (x ≈ a + c δu²) and the covariance error shrinks to nothing, as in Minuit, so a parameter pinned
    /// there by the data could escape a test on that error; the reach of a step of σᵤ does not shrink, and flags a parameter
    /// within about 0.4 σᵤ of the fold, where a quadratic error means nothing.
    /// </remarks>
    private static double OneSigmaReach(InternalObjective f, FitOutcome outcome, int k)
    {
        BoundTransform transform = f.Transform(k);
        if (!transform.IsBounded || outcome.InverseHessian is not { } v || !(v[k, k] > 0))
        {
            return 0;
        }

        double u = outcome.Point[k];
        double sigma = Math.Sqrt(2 * f.ErrorDefinition * v[k, k]);
        double x = transform.ToExternal(u);
        double reach = Math.Max(Math.Abs(transform.ToExternal(u + sigma) - x), Math.Abs(transform.ToExternal(u - sigma) - x));
        return double.IsFinite(reach) ? reach : 0;
    }

    /// <summary>C = 2 · errordef · J V Jᵀ with J = diag(dx/du); rows of fixed parameters are zero.</summary>
    public static double[,] ExternalCovariance(InternalObjective f, ReadOnlySpan<double> u, double[,] inverseHessian)
    {
        int n = f.Problem.Parameters.Count;
        var c = new double[n, n];
        double scale = 2 * f.ErrorDefinition;
        for (int a = 0; a < f.Dimension; a++)
        {
            double ja = f.Transform(a).Derivative(u[a]);
            for (int b = 0; b < f.Dimension; b++)
            {
                double jb = f.Transform(b).Derivative(u[b]);
                c[f.FreeIndex(a), f.FreeIndex(b)] = scale * ja * inverseHessian[a, b] * jb;
            }
        }

        return c;
    }

    private static string DegenerateReason(List<string> atLimit) =>
        "the likelihood is flat along a combination of parameters (a Hessian eigenvalue is about zero): they are not constrained at this point" +
        (atLimit.Count > 0 ? "; at a bound: " + string.Join(", ", atLimit) + " (a component switched off leaves its shape parameters free)" : string.Empty);

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
