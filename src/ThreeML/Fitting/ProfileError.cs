namespace ThreeML.Fitting;

/// <summary>Asymmetric errors of one parameter from the profile likelihood, in the parameter's external unit, with how each side ended.</summary>
/// <param name="NegativeError">Lower bound minus the best fit (≤ 0), as 3ML's <c>negative_error</c>; at an open side, the offset to the parameter's bound; NaN when not established.</param>
/// <param name="PositiveError">Upper bound minus the best fit (≥ 0); at an open side, the offset to the parameter's bound; NaN when not established.</param>
/// <param name="IsValid">Whether both crossings were found and verified by an independent constrained refit.</param>
public readonly record struct ProfileError(double NegativeError, double PositiveError, bool IsValid = true)
{
    /// <summary>Gets how the lower side ended.</summary>
    public ProfileCrossingStatus LowerStatus { get; init; }

    /// <summary>Gets how the upper side ended.</summary>
    public ProfileCrossingStatus UpperStatus { get; init; }

    /// <summary>Gets the rise of −ln L at the lower bound measured by the verification refit (NaN when none was made).</summary>
    public double LowerRise { get; init; }

    /// <summary>Gets the rise of −ln L at the upper bound measured by the verification refit (NaN when none was made).</summary>
    public double UpperRise { get; init; }

    /// <summary>Gets why the lower side is not a verified crossing, or <see langword="null"/>.</summary>
    public string? LowerReason { get; init; }

    /// <summary>Gets why the upper side is not a verified crossing, or <see langword="null"/>.</summary>
    public string? UpperReason { get; init; }

    /// <summary>Gets both sides' reasons in one sentence, or <see langword="null"/> when both were verified.</summary>
    public string? Reason => (LowerReason, UpperReason) switch
    {
        (null, null) => null,
        (string lower, null) => "lower: " + lower,
        (null, string upper) => "upper: " + upper,
        (string lower, string upper) => "lower: " + lower + "; upper: " + upper,
    };
}
