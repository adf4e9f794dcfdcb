namespace ThreeML.Fitting;

/// <summary>One distinct local minimum found by a global search (only valid local fits count).</summary>
/// <param name="Value">The objective at the minimum (−ln L for a likelihood fit).</param>
/// <param name="Point">The parameter values at the minimum, in the problem's coordinates, fixed ones included.</param>
/// <param name="TimesFound">How many of the local fits ended in this minimum.</param>
public sealed record LocalMinimum(double Value, IReadOnlyList<double> Point, int TimesFound);
