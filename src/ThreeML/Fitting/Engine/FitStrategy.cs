namespace ThreeML.Fitting;

/// <summary>How <see cref="JointLikelihood.Fit"/> searches for the maximum of the likelihood.</summary>
public enum FitStrategy
{
    /// <summary>Local descents from the start, from the best points of a space-filling design, merged; the lowest minimum is reported with the other minima found (<see cref="GlobalMinimizer"/>).</summary>
    Global,

    /// <summary>One MIGRAD descent from the start, restarted from its end point until valid, as 3ML does with Minuit.</summary>
    Local,
}
