namespace ThreeML.Plugins;

/// <summary>The noise model of the background of a spectrum.</summary>
public enum BackgroundNoise
{
    /// <summary>No background.</summary>
    None,

    /// <summary>Poisson background counts, profiled out (3ML's W-stat profile).</summary>
    Poisson,

    /// <summary>Gaussian background with errors, profiled out (PG-stat).</summary>
    Gaussian,

    /// <summary>A background known without error (3ML's "ideal"; XSPEC's pstat).</summary>
    Ideal,
}
