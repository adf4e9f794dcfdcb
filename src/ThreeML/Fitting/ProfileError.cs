namespace ThreeML.Fitting;

/// <summary>Asymmetric errors of one parameter from the profile likelihood, in the parameter's external unit.</summary>
/// <param name="NegativeError">Lower bound minus the best fit (≤ 0), as 3ML's <c>negative_error</c>.</param>
/// <param name="PositiveError">Upper bound minus the best fit (≥ 0).</param>
/// <param name="IsValid">Whether both crossings were found (false e.g. when an error reaches a bound).</param>
public readonly record struct ProfileError(double NegativeError, double PositiveError, bool IsValid = true);
