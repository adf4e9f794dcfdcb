using Astromodels;

namespace ThreeML.Results;

/// <summary>A flux unit with the integral it asks for and the factor from keV-based values.</summary>
/// <param name="Unit">The requested unit.</param>
/// <param name="Kind">Photon, energy or νFν flux, decided by convertibility as 3ML does.</param>
/// <param name="FactorFromKeV">Multiplies ∫ Eᵏ f dE computed with E in keV and f in 1/(cm² keV s).</param>
public sealed record FluxUnit(Unit Unit, FluxKind Kind, double FactorFromKeV)
{
    private static readonly Unit PhotonFlux = Unit.Parse("1 / (cm2 s)");
    private static readonly Unit EnergyFluxKeV = Unit.Parse("keV / (cm2 s)");
    private static readonly Unit NuFnuKeV = Unit.Parse("keV2 / (cm2 s)");

    /// <summary>Classifies a unit string such as "erg/cm2/s", "1/(cm2 s)" or "erg2/(cm2 s)".</summary>
    /// <exception cref="ArgumentException">The text is not a unit, or the unit is not a photon, energy or νFν flux.</exception>
    public static FluxUnit Parse(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return From(Unit.Parse(unit));
    }

    /// <summary>Classifies a unit.</summary>
    /// <exception cref="ArgumentException">The unit is not a photon, energy or νFν flux.</exception>
    public static FluxUnit From(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.IsConvertibleTo(PhotonFlux))
        {
            return new FluxUnit(unit, FluxKind.Photon, PhotonFlux.ConversionFactorTo(unit));
        }

        if (unit.IsConvertibleTo(EnergyFluxKeV))
        {
            return new FluxUnit(unit, FluxKind.Energy, EnergyFluxKeV.ConversionFactorTo(unit));
        }

        if (unit.IsConvertibleTo(NuFnuKeV))
        {
            return new FluxUnit(unit, FluxKind.NuFnu, NuFnuKeV.ConversionFactorTo(unit));
        }

        throw new ArgumentException(
            $"'{unit}' ({unit.PhysicalType}) is not a flux unit: use a photon flux like '1/(cm2 s)', an energy flux like 'erg/(cm2 s)' or a nuFnu flux like 'erg2/(cm2 s)'.",
            nameof(unit));
    }

    /// <summary>The power k of E in ∫ Eᵏ f dE.</summary>
    public int EnergyPower => (int)Kind;
}
