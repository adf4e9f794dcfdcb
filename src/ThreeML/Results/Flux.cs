using Astromodels;
using Astromodels.Functions;

namespace ThreeML.Results;

/// <summary>Integral fluxes of spectral functions at fixed parameters, in any flux unit over a band given in any
/// spectral unit.</summary>
public static class Flux
{
    /// <summary>The flux of <paramref name="function"/> between two spectral bounds.</summary>
    /// <param name="function">A spectral shape (x in keV, f in 1/(cm² keV s)).</param>
    /// <param name="eneMin">One end of the band: an energy, frequency or wavelength.</param>
    /// <param name="eneMax">The other end.</param>
    /// <param name="fluxUnit">E.g. "erg/cm2/s" (energy flux), "1/(cm2 s)" (photon flux), "erg2/(cm2 s)" (νFν).</param>
    /// <param name="method">The integration method (exact by default).</param>
    /// <returns>The flux in <paramref name="fluxUnit"/>.</returns>
    /// <exception cref="ArgumentException">A bound is not spectral, the band is empty or not positive, or the unit is not a flux.</exception>
    public static Quantity Compute(Function1D function, Quantity eneMin, Quantity eneMax, string fluxUnit, FluxIntegration method = FluxIntegration.Exact)
    {
        ArgumentNullException.ThrowIfNull(function);
        var unit = FluxUnit.Parse(fluxUnit);
        var (e1, e2) = BandInKeV(eneMin, eneMax);
        return new Quantity(unit.FactorFromKeV * new FluxBandIntegrator(e1, e2, unit.EnergyPower, method).Integrate(function), unit.Unit);
    }

    /// <summary>Converts a band given in any spectral units to keV, ordered.</summary>
    /// <exception cref="ArgumentException">A bound is not spectral, not positive, or the band is empty.</exception>
    public static (double MinKeV, double MaxKeV) BandInKeV(Quantity eneMin, Quantity eneMax)
    {
        var a = ToKeV(eneMin, nameof(eneMin));
        var b = ToKeV(eneMax, nameof(eneMax));
        if (a == b)
        {
            throw new ArgumentException($"The energy band [{eneMin}, {eneMax}] is empty.", nameof(eneMax));
        }

        // Wavelengths reverse the order; an inverted energy band is a mistake we report rather than silently swap.
        var wavelengthLike = eneMin.Unit.IsConvertibleTo(Units.cm);
        if (a > b && !wavelengthLike)
        {
            throw new ArgumentException($"The energy band is inverted: eneMin = {eneMin} is above eneMax = {eneMax}.", nameof(eneMin));
        }

        return a < b ? (a, b) : (b, a);
    }

    private static double ToKeV(Quantity q, string name)
    {
        double value;
        try
        {
            value = q.ValueInSpectral(Units.keV);
        }
        catch (UnitConversionException e)
        {
            throw new ArgumentException($"{name} = {q} is not an energy, frequency or wavelength: {e.Message}", name, e);
        }

        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentException($"{name} = {q} must be a positive, finite spectral value.", name);
        }

        return value;
    }
}
