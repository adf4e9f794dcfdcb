namespace ThreeML.Fitting;

/// <summary>The phases of <see cref="JointLikelihood.Fit"/>, each reported once as it begins, so that a caller can show
/// one progress bar per phase.</summary>
public enum FitPhase
{
    /// <summary>The global search: screening of a space-filling design and rounds of local fits (global strategy only).</summary>
    GlobalSearch,

    /// <summary>The local fit: the single descent of the local strategy, or the restarts from the global search's best
    /// point until the minimizer reports a valid minimum (3ML's retries), which end with the covariance.</summary>
    LocalFit,

    /// <summary>The draws from the covariance kept for fluxes and derived quantities.</summary>
    Samples,
}
