namespace ThreeML.Fitting;

/// <summary>Where the profiled objective crosses minimum + Δ on one side of the best fit.</summary>
/// <param name="Error">The signed offset from the best fit (negative on the lower side); at a bound, the offset to the bound.</param>
/// <param name="Value">The parameter value of the crossing (or of the bound).</param>
/// <param name="IsValid">Whether a crossing was found and verified within the tolerance.</param>
/// <param name="AtLimit">Whether the parameter's bound was reached before the objective rose by Δ.</param>
/// <param name="FunctionCalls">The objective evaluations spent on this side, verification included.</param>
/// <param name="Reason">Why the crossing is not valid, otherwise <see langword="null"/>.</param>
public sealed record ProfileCrossing(double Error, double Value, bool IsValid, bool AtLimit, int FunctionCalls, string? Reason)
{
    /// <summary>Gets how the search ended.</summary>
    public ProfileCrossingStatus Status { get; init; } = ProfileCrossingStatus.NotEstablished;

    /// <summary>Gets the objective rise ΔF at <see cref="Value"/> from the lowest of the search's fit and an independent constrained refit, or NaN when none was made (objective units).</summary>
    public double VerifiedRise { get; init; } = double.NaN;
}
