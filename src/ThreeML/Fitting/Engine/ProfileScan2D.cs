namespace ThreeML.Fitting;

/// <summary>The profiled objective on a grid of two parameters' values, e.g. for confidence contours.</summary>
/// <param name="FirstIndex">The parameter along the first axis.</param>
/// <param name="SecondIndex">The parameter along the second axis.</param>
/// <param name="FirstValues">The grid of the first parameter.</param>
/// <param name="SecondValues">The grid of the second parameter.</param>
/// <param name="Objective">Objective[a, b], minimised over the other free parameters at (FirstValues[a], SecondValues[b]).</param>
/// <param name="IsValid">Whether the inner minimization converged at each grid point.</param>
/// <param name="BetterMinimum">The lowest inner fit that went below the best fit, if any.</param>
/// <param name="FunctionCalls">The objective evaluations used.</param>
/// <remarks>Contours at confidence level p lie where Objective = minimum + <see cref="ConfidenceLevels.DeltaObjectiveFor"/>(p, 2).</remarks>
public sealed record ProfileScan2D(int FirstIndex, int SecondIndex, IReadOnlyList<double> FirstValues, IReadOnlyList<double> SecondValues, double[,] Objective, bool[,] IsValid, MinimizationResult? BetterMinimum, int FunctionCalls)
{
    /// <summary>Gets the number of points where the independent refit from the best fit was lower than the warm-started fit by more than the verification tolerance (the lower value is the one reported).</summary>
    public int CorrectedPoints { get; init; }
}
