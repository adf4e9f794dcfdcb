namespace ThreeML.Plugins;

/// <summary>The noise model of observed counts.</summary>
public enum ObservationNoise
{
    /// <summary>Poisson counts.</summary>
    Poisson,

    /// <summary>Gaussian values with given 1σ errors.</summary>
    Gaussian,
}
