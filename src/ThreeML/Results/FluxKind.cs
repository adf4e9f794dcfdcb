namespace ThreeML.Results;

/// <summary>Which integral a flux unit asks for.</summary>
public enum FluxKind
{
    /// <summary>Photon flux ∫ f dE (units convertible to 1/(cm² s)).</summary>
    Photon,

    /// <summary>Energy flux ∫ E f dE (units convertible to erg/(cm² s)).</summary>
    Energy,

    /// <summary>The νFν-weighted integral ∫ E² f dE (units convertible to erg²/(cm² s)).</summary>
    NuFnu,
}
