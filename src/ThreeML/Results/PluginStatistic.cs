namespace ThreeML.Results;

/// <summary>One plugin's −ln L at the best fit (MLE) or at the MAP (Bayesian).</summary>
/// <param name="Name">The plugin's name, as in the data list.</param>
/// <param name="MinusLogLikelihood">−ln L of that plugin (natural log, dimensionless).</param>
public readonly record struct PluginStatistic(string Name, double MinusLogLikelihood)
{
    /// <summary>ln L of the plugin (the opposite of <see cref="MinusLogLikelihood"/>).</summary>
    public double LogLikelihood => -MinusLogLikelihood;
}
