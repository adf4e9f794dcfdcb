namespace Astromodels.Functions;

/// <summary>Which band flux a <see cref="BandFlux"/> parameter holds.</summary>
public enum BandFluxKind
{
    /// <summary>Photon flux ∫ N(E) dE, 1/(cm² s) (XSPEC's <c>cpflux</c>, astromodels' <c>Powerlaw_flux</c>).</summary>
    Photon,

    /// <summary>Energy flux ∫ E N(E) dE, erg/(cm² s) (XSPEC's <c>cflux</c>, in linear rather than log10 form).</summary>
    Energy,
}
