namespace Astromodels;

/// <content>Reading units from astropy-style strings.</content>
public sealed partial class Unit
{
    /// <summary>Reads a unit string such as "erg/cm2/s", "1 / (cm2 keV s)", "keV^-1", "s^(1/2)" or "1e-3 erg".</summary>
    /// <param name="text">The string; "" and "dimensionless" give <see cref="Dimensionless"/>.</param>
    /// <remarks>
    /// <para>Products are written with whitespace, '*' or '.'; quotients with '/', left-associative; powers as a
    /// trailing integer ("cm2", "s-1"), after '^' or '**' ("keV^-1", "cm**2", "keV^(-1)"), or as a fraction in
    /// parentheses ("s(1/2)"). A leading number is a scale ("10**-3 erg").</para>
    /// <para>Symbols are case-sensitive as in astropy and accept the SI prefixes y … Y (u, µ and μ for micro) where
    /// astropy does: eV, erg, J, W, m, g, s, Hz, Jy, rad, pc, yr, barn, A, K. Also known: photon/ph, count/ct,
    /// Angstrom/AA, micron, au, lyr, min, h, d, deg, arcmin, arcsec, mas, sr.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="UnitParseException">The string is malformed or names an unknown unit; the message quotes the
    /// string and the offending token and suggests near misses ("did you mean 'keV'?").</exception>
    public static Unit Parse(string text) => UnitParser.Parse(text);

    /// <summary>Reads a unit string, reporting failure instead of throwing.</summary>
    /// <param name="text">The string, see <see cref="Parse"/>; null fails.</param>
    /// <param name="unit">The unit, or <see cref="Dimensionless"/> on failure.</param>
    /// <returns>Whether <paramref name="text"/> was a valid unit string.</returns>
    public static bool TryParse(string? text, out Unit unit)
    {
        if (text is not null)
        {
            try
            {
                unit = UnitParser.Parse(text);
                return true;
            }
            catch (UnitParseException)
            {
                // Reported through the return value; the message is only for Parse.
            }
        }

        unit = Dimensionless;
        return false;
    }
}
