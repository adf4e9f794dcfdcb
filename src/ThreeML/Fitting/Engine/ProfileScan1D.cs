namespace ThreeML.Fitting;

/// <summary>The profiled objective along a grid of one parameter's values.</summary>
/// <param name="ParameterIndex">The scanned parameter.</param>
/// <param name="Values">The grid of parameter values.</param>
/// <param name="Objective">The objective minimised over the other free parameters at each value.</param>
/// <param name="IsValid">Whether the inner minimization converged at each value.</param>
/// <param name="BetterMinimum">The lowest inner fit that went below the best fit, if any (3ML warns in this case).</param>
/// <param name="FunctionCalls">The objective evaluations used.</param>
public sealed record ProfileScan1D(int ParameterIndex, IReadOnlyList<double> Values, IReadOnlyList<double> Objective, IReadOnlyList<bool> IsValid, MinimizationResult? BetterMinimum, int FunctionCalls)
{
    /// <summary>Gets the number of points where the independent refit from the best fit was lower than the warm-started fit by more than the verification tolerance (the lower value is the one reported).</summary>
    public int CorrectedPoints { get; init; }
}
