namespace ThreeML.Fitting;

/// <summary>A snapshot of a running minimization, reported once per iteration through <see cref="IProgress{T}"/>.</summary>
/// <param name="Iteration">The iteration number, starting at 1.</param>
/// <param name="FunctionCalls">The objective evaluations so far.</param>
/// <param name="Value">The best objective value so far.</param>
/// <param name="Edm">The current estimated distance to the minimum, or NaN where the algorithm has none.</param>
public readonly record struct MinimizerProgress(int Iteration, int FunctionCalls, double Value, double Edm);
