using System.Globalization;
using System.Text;

namespace ThreeML.Fitting;

/// <summary>The typed status of a maximum-likelihood fit, flag by flag, as iminuit's <c>FMin</c>: what holds, what does not, and why.</summary>
/// <remarks>
/// <para>
/// <see cref="IsValid"/> holds only when the minimizer converged (EDM below its goal, no call limit),
/// at a true minimum (the Hessian there has no negative eigenvalue and was not forced positive
/// definite), with a finite objective, and with more bins in the likelihood than free parameters.
/// Every other condition is a caveat that leaves a fit valid but is reported (a parameter at a
/// bound). Each raised flag has a stable name (<see cref="Flags"/>, written to results files as
/// <c>FITFLAGS</c>) and a sentence (<see cref="ToString"/>).
/// </para>
/// <para>Names follow iminuit's <c>FMin</c> properties (<c>has_accurate_covar</c>, <c>has_posdef_covar</c>,
/// <c>has_made_posdef_covar</c>, <c>has_parameters_at_limit</c>, <c>has_reached_call_limit</c>,
/// <c>is_above_max_edm</c>); saddle points and too few data points are ours.</para>
/// </remarks>
public sealed record FitStatus
{
    /// <summary>The flag name of <see cref="HasAccurateCovariance"/> being false.</summary>
    public const string InaccurateCovarianceFlag = "INACCURATE_COVARIANCE";

    /// <summary>The flag name of <see cref="HasPositiveDefiniteCovariance"/> being false.</summary>
    public const string NotPositiveDefiniteFlag = "NOT_POSDEF_COVARIANCE";

    /// <summary>The flag name of <see cref="HasMadePositiveDefinite"/>.</summary>
    public const string MadePositiveDefiniteFlag = "MADE_POSDEF";

    /// <summary>The flag name of <see cref="HasReachedCallLimit"/>.</summary>
    public const string CallLimitFlag = "CALL_LIMIT";

    /// <summary>The flag name of <see cref="EdmAboveGoal"/>.</summary>
    public const string EdmAboveGoalFlag = "EDM_ABOVE_GOAL";

    /// <summary>The flag name of <see cref="IsSaddlePoint"/>.</summary>
    public const string SaddlePointFlag = "SADDLE_POINT";

    /// <summary>The flag name of <see cref="IsDegenerate"/>.</summary>
    public const string DegenerateFlag = "DEGENERATE";

    /// <summary>The flag name of <see cref="TooFewDataPoints"/>.</summary>
    public const string TooFewDataPointsFlag = "TOO_FEW_DATA_POINTS";

    /// <summary>The flag name of <see cref="IsObjectiveFinite"/> being false.</summary>
    public const string NonFiniteFlag = "NON_FINITE";

    /// <summary>Gets whether the fit is a converged, true minimum that can be trusted.</summary>
    public bool IsValid => Reason is null && IsObjectiveFinite && !HasReachedCallLimit && !EdmAboveGoal && !IsSaddlePoint && !IsDegenerate
        && !HasMadePositiveDefinite && HasPositiveDefiniteCovariance && !TooFewDataPoints;

    /// <summary>Gets the minimizer's own explanation of a failure, or <see langword="null"/> when it reported none.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets whether the covariance comes from a full numerical Hessian at the minimum (not from the minimizer's running estimate).</summary>
    public bool HasAccurateCovariance { get; init; } = true;

    /// <summary>Gets whether the covariance is positive definite.</summary>
    public bool HasPositiveDefiniteCovariance { get; init; } = true;

    /// <summary>Gets whether the Hessian had to be forced positive definite (its covariance is then only approximate).</summary>
    public bool HasMadePositiveDefinite { get; init; }

    /// <summary>Gets the parameters that ended at (within 10⁻³ steps of) a bound; their errors are unreliable.</summary>
    public IReadOnlyList<string> ParametersAtLimit { get; init; } = [];

    /// <summary>Gets whether the minimizer stopped at its call budget.</summary>
    public bool HasReachedCallLimit { get; init; }

    /// <summary>Gets whether the estimated distance to the minimum (EDM) is above its goal.</summary>
    public bool EdmAboveGoal { get; init; }

    /// <summary>Gets whether the gradient vanishes at a saddle point (a negative Hessian eigenvalue that no descent could leave).</summary>
    public bool IsSaddlePoint { get; init; }

    /// <summary>Gets whether the objective is flat along some combination of parameters (a Hessian eigenvalue ≈ 0): they are not constrained.</summary>
    public bool IsDegenerate { get; init; }

    /// <summary>Gets whether the likelihood uses no more bins than there are free parameters, so nothing is constrained.</summary>
    public bool TooFewDataPoints { get; init; }

    /// <summary>Gets whether the objective is finite at the minimum.</summary>
    public bool IsObjectiveFinite { get; init; } = true;

    /// <summary>Gets the estimated distance to the minimum, in units of −ln L (NaN when unknown).</summary>
    public double Edm { get; init; } = double.NaN;

    /// <summary>Gets the EDM goal of the minimizer, in units of −ln L (NaN when unknown).</summary>
    public double EdmGoal { get; init; } = double.NaN;

    /// <summary>Gets the names of the raised flags (for files and machine-readable output).</summary>
    public IReadOnlyList<string> Flags
    {
        get
        {
            var flags = new List<string>();
            Add(flags, !IsObjectiveFinite, NonFiniteFlag);
            Add(flags, HasReachedCallLimit, CallLimitFlag);
            Add(flags, EdmAboveGoal, EdmAboveGoalFlag);
            Add(flags, IsSaddlePoint, SaddlePointFlag);
            Add(flags, IsDegenerate, DegenerateFlag);
            Add(flags, HasMadePositiveDefinite, MadePositiveDefiniteFlag);
            Add(flags, !HasPositiveDefiniteCovariance, NotPositiveDefiniteFlag);
            Add(flags, !HasAccurateCovariance, InaccurateCovarianceFlag);
            Add(flags, TooFewDataPoints, TooFewDataPointsFlag);
            return flags;
        }
    }

    /// <summary>Builds a status from flag names as written by <see cref="Flags"/> (unknown names are ignored, so newer files still read).</summary>
    /// <param name="flags">The raised flags.</param>
    /// <param name="reason">The minimizer's explanation, if any.</param>
    /// <param name="parametersAtLimit">The parameters at a bound.</param>
    /// <param name="edm">The EDM.</param>
    /// <returns>The status.</returns>
    public static FitStatus FromFlags(IEnumerable<string> flags, string? reason, IReadOnlyList<string> parametersAtLimit, double edm)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var set = new HashSet<string>(flags, StringComparer.Ordinal);
        return new FitStatus
        {
            Reason = reason,
            IsObjectiveFinite = !set.Contains(NonFiniteFlag),
            HasReachedCallLimit = set.Contains(CallLimitFlag),
            EdmAboveGoal = set.Contains(EdmAboveGoalFlag),
            IsSaddlePoint = set.Contains(SaddlePointFlag),
            IsDegenerate = set.Contains(DegenerateFlag),
            HasMadePositiveDefinite = set.Contains(MadePositiveDefiniteFlag),
            HasPositiveDefiniteCovariance = !set.Contains(NotPositiveDefiniteFlag),
            HasAccurateCovariance = !set.Contains(InaccurateCovarianceFlag),
            TooFewDataPoints = set.Contains(TooFewDataPointsFlag),
            ParametersAtLimit = parametersAtLimit,
            Edm = edm,
        };
    }

    /// <summary>The sentence that explains a raised flag (by its name in <see cref="Flags"/>); an unknown name gets a generic sentence.</summary>
    /// <param name="flag">The flag name.</param>
    /// <returns>One sentence.</returns>
    public static string Describe(string flag) => flag switch
    {
        NonFiniteFlag => "The objective is not finite at the reported point.",
        CallLimitFlag => "The call limit was reached before convergence.",
        EdmAboveGoalFlag => "The estimated distance to the minimum is above its goal: not converged.",
        SaddlePointFlag => "Saddle point: the Hessian has a negative eigenvalue.",
        DegenerateFlag => "Degenerate: the likelihood is flat along a combination of parameters.",
        MadePositiveDefiniteFlag => "The Hessian had to be forced positive definite; errors are approximate.",
        NotPositiveDefiniteFlag => "The covariance is not positive definite.",
        InaccurateCovarianceFlag => "The covariance is only the minimizer's estimate, not a full Hessian.",
        TooFewDataPointsFlag => "No more bins than free parameters: the data do not constrain the model.",
        _ => "A status flag written by another version of ThreeML.NET.",
    };

    /// <summary>One line per flag: "valid" or "NOT valid", then every condition with a one-line explanation.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(IsValid ? "Fit is valid." : "Fit is NOT valid.");
        if (Reason is not null)
        {
            sb.Append(' ').Append(Reason).Append('.');
        }

        sb.Append('\n');
        Line(sb, IsObjectiveFinite, "objective finite at the minimum", "the objective is not finite at the reported point");
        Line(sb, !HasReachedCallLimit, "within the call limit", "the call limit was reached before convergence");
        Line(sb, !EdmAboveGoal, string.Create(CultureInfo.InvariantCulture, $"EDM {Edm:G3} below its goal"), string.Create(CultureInfo.InvariantCulture, $"EDM {Edm:G3} is above its goal {EdmGoal:G3}: not converged"));
        Line(sb, !IsSaddlePoint, "a minimum, not a saddle point", "saddle point: the Hessian has a negative eigenvalue");
        Line(sb, !IsDegenerate, "no flat direction", "degenerate: the likelihood is flat along a combination of parameters");
        Line(sb, !HasMadePositiveDefinite, "Hessian positive definite as computed", "the Hessian had to be forced positive definite; errors are approximate");
        Line(sb, HasPositiveDefiniteCovariance, "covariance positive definite", "the covariance is not positive definite");
        Line(sb, HasAccurateCovariance, "covariance from a full Hessian", "the covariance is only the minimizer's estimate, not a full Hessian");
        Line(sb, !TooFewDataPoints, "more bins than free parameters", "no more bins than free parameters: the data do not constrain the model");
        if (ParametersAtLimit.Count == 0)
        {
            Line(sb, true, "no parameter at a bound", string.Empty);
        }
        else
        {
            sb.Append("  note at a bound (errors unreliable; widen the bound or fix the parameter): ").AppendJoin(", ", ParametersAtLimit).Append('\n');
        }
        return sb.ToString();
    }

    private static void Add(List<string> flags, bool raised, string name)
    {
        if (raised)
        {
            flags.Add(name);
        }
    }

    private static void Line(StringBuilder sb, bool ok, string good, string bad) =>
        sb.Append(ok ? "  ok   " : "  FAIL ").Append(ok ? good : bad).Append('\n');
}
