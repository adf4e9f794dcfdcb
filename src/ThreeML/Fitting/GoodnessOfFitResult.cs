namespace ThreeML.Fitting;

/// <summary>The outcome of a Monte-Carlo goodness-of-fit test.</summary>
/// <param name="TotalPValue">Fraction of simulated data sets whose best-fit −ln L (all plugins) is at least the observed one.</param>
/// <param name="PluginPValues">The same per plugin, by plugin name.</param>
/// <param name="ObservedMinusLogLikelihood">−ln L of the data at the best fit, per plugin and "total".</param>
/// <param name="SimulatedMinusLogLikelihood">Best-fit −ln L of every simulated data set (total), in simulation order.</param>
/// <param name="FailedFits">Simulations whose refit did not converge (they still count, as 3ML does).</param>
public sealed record GoodnessOfFitResult(
    double TotalPValue,
    IReadOnlyDictionary<string, double> PluginPValues,
    IReadOnlyDictionary<string, double> ObservedMinusLogLikelihood,
    IReadOnlyList<double> SimulatedMinusLogLikelihood,
    int FailedFits);
