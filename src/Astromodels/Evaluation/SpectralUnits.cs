namespace Astromodels;

/// <summary>The canonical units of spectral shapes: x in keV and f(x) in 1/(cm² keV s).</summary>
public static class SpectralUnits
{
    /// <summary>Energy unit of the independent variable: keV.</summary>
    public static Unit Energy { get; } = Units.keV;

    /// <summary>Differential photon flux unit: 1/(cm² keV s).</summary>
    public static Unit DifferentialFlux { get; } = Unit.Parse("1 / (cm2 keV s)");
}
