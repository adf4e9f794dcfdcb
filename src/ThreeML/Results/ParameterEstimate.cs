using Astromodels;

namespace ThreeML.Results;

/// <summary>One row of a results table: a parameter's value and its asymmetric errors.</summary>
/// <param name="Path">The parameter path.</param>
/// <param name="Value">The best fit (MLE) or the maximum a posteriori value (Bayesian), in <paramref name="Unit"/>.</param>
/// <param name="NegativeError">Lower bound of the interval minus the value (≤ 0), as 3ML's <c>negative_error</c>.</param>
/// <param name="PositiveError">Upper bound of the interval minus the value (≥ 0 normally).</param>
/// <param name="Unit">The parameter's unit.</param>
public sealed record ParameterEstimate(string Path, double Value, double NegativeError, double PositiveError, Unit Unit)
{
    /// <summary>The symmetric error (|negative| + positive)/2, as 3ML's <c>error</c> column.</summary>
    public double Error => (Math.Abs(NegativeError) + PositiveError) / 2.0;

    /// <summary>The value and errors in 3ML's uncertainty notation, e.g. "(4.5 +/- 0.4) x 10^-8".</summary>
    public override string ToString() => UncertaintyFormatter.Format(Value, NegativeError, PositiveError);
}
