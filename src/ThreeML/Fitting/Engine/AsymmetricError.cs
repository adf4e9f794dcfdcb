namespace ThreeML.Fitting;

/// <summary>MINOS-like asymmetric errors of one parameter from the profile likelihood.</summary>
/// <param name="ParameterName">The parameter's name.</param>
/// <param name="ParameterIndex">The parameter's index in the problem.</param>
/// <param name="BestFit">The best-fit value the errors are measured from.</param>
/// <param name="DeltaObjective">The objective rise that defines the errors (0.5 for 1σ of −ln L).</param>
/// <param name="Lower">The lower crossing (its <see cref="ProfileCrossing.Error"/> is negative).</param>
/// <param name="Upper">The upper crossing.</param>
/// <param name="BetterMinimum">A fit with a lower objective than the best fit, found while profiling; the search stops when one appears, and the errors should be recomputed from it.</param>
public sealed record AsymmetricError(string ParameterName, int ParameterIndex, double BestFit, double DeltaObjective, ProfileCrossing Lower, ProfileCrossing Upper, MinimizationResult? BetterMinimum)
{
    /// <summary>Gets a value indicating whether both crossings were found and no better minimum appeared.</summary>
    public bool IsValid => Lower.IsValid && Upper.IsValid && BetterMinimum is null;

    /// <summary>Gets the objective evaluations spent on both sides.</summary>
    public int FunctionCalls => Lower.FunctionCalls + Upper.FunctionCalls;
}
