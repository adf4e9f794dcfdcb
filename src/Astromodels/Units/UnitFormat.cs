namespace Astromodels;

/// <summary>How <see cref="Unit.ToString(UnitFormat)"/> writes a unit.</summary>
public enum UnitFormat
{
    /// <summary>astropy's "generic" style: "erg / (cm2 s)", "1 / (cm2 keV s)"; each side in case-insensitive alphabetical order.</summary>
    Generic,

    /// <summary>Every component with its signed power, sorted by descending power then name: "s-1 cm-2 keV-1", as in astromodels' tables.</summary>
    Exponent,
}
