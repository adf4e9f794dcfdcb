namespace Astromodels;

/// <content>The spectral equivalency between photon energy, frequency, wavelength and wavenumber.</content>
public readonly partial struct Quantity
{
    private enum SpectralKind
    {
        None,
        Energy,
        Frequency,
        Wavelength,
        Wavenumber,
    }

    /// <summary>The photon energy, frequency, wavelength or wavenumber corresponding to this one, in <paramref name="target"/>.</summary>
    /// <param name="target">A unit of energy, frequency, length (wavelength) or inverse length (wavenumber).</param>
    /// <remarks>
    /// E = h ν = h c / λ = h c k with the exact SI constants h = 6.62607015e-34 J s and c = 299792458 m/s, as astropy's
    /// <c>spectral()</c> equivalency; the wavenumber is the spectroscopic k = 1/λ (not 2π/λ). 1 keV is
    /// 12.398419843320026 Å and 2.417989242084918e17 Hz. Units of the same kind convert directly.
    /// </remarks>
    /// <exception cref="UnitConversionException">This quantity or <paramref name="target"/> is not spectral.</exception>
    public Quantity ToSpectral(Unit target) => new(ValueInSpectral(target), target);

    /// <summary>The numeric value of the spectrally equivalent quantity in <paramref name="target"/>; see <see cref="ToSpectral"/>.</summary>
    /// <param name="target">A unit of energy, frequency, length or inverse length.</param>
    /// <exception cref="UnitConversionException">This quantity or <paramref name="target"/> is not spectral.</exception>
    public double ValueInSpectral(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var from = KindOf(Unit);
        var to = KindOf(target);
        if (from == SpectralKind.None || to == SpectralKind.None)
        {
            var culprit = from == SpectralKind.None ? Unit : target;
            throw new UnitConversionException(
                Unit,
                target,
                $"a spectral conversion needs energy, frequency, wavelength (length) or wavenumber, and '{culprit}' is {culprit.PhysicalType}.");
        }

        if (from == to)
        {
            return ValueIn(target);
        }

        var joules = ToJoules(from, Value * Unit.SiScale.ToDouble());
        return FromJoules(to, joules) / target.SiScale.ToDouble();
    }

    private static SpectralKind KindOf(Unit unit) => unit.PhysicalType switch
    {
        "energy" => SpectralKind.Energy,
        "frequency" => SpectralKind.Frequency,
        "length" => SpectralKind.Wavelength,
        "wavenumber" => SpectralKind.Wavenumber,
        _ => SpectralKind.None,
    };

    private static double ToJoules(SpectralKind kind, double si) => kind switch
    {
        SpectralKind.Frequency => PhysicalConstants.PlanckConstant * si,
        SpectralKind.Wavelength => PhysicalConstants.PlanckConstant * PhysicalConstants.SpeedOfLight / si,
        SpectralKind.Wavenumber => PhysicalConstants.PlanckConstant * PhysicalConstants.SpeedOfLight * si,
        _ => si,
    };

    private static double FromJoules(SpectralKind kind, double joules) => kind switch
    {
        SpectralKind.Frequency => joules / PhysicalConstants.PlanckConstant,
        SpectralKind.Wavelength => PhysicalConstants.PlanckConstant * PhysicalConstants.SpeedOfLight / joules,
        SpectralKind.Wavenumber => joules / (PhysicalConstants.PlanckConstant * PhysicalConstants.SpeedOfLight),
        _ => joules,
    };
}
