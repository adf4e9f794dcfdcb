namespace Astromodels.Functions;

/// <summary>Equivalent widths of emission lines (XSPEC's <c>eqwidth</c>): the line's photon flux divided by the
/// continuum's photon flux density at the line energy, in keV.</summary>
/// <remarks>XSPEC's definition (XSPEC manual, <c>eqwidth</c>): EW = ∫ L(E) dE / C(E_line), with the line flux integrated
/// over the whole line and the continuum evaluated at the line's peak energy. A positive value is an emission line, a
/// negative value an absorption line (negative flux).</remarks>
public static class EquivalentWidth
{
    /// <summary>The equivalent width of a Gaussian line on a continuum: F / C(μ), keV.</summary>
    /// <param name="line">The line; its integral F (1/(cm² s)) and centre μ (keV) are used.</param>
    /// <param name="continuum">The continuum photon spectrum, 1/(cm² keV s).</param>
    /// <exception cref="ArgumentException">The continuum is not positive and finite at the line centre.</exception>
    public static double Of(Gaussian line, Function1D continuum)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.F.Value / ContinuumAt(continuum, line.Mu.Value);
    }

    /// <summary>The equivalent width of any line shape: ∫ line over [<paramref name="eMin"/>, <paramref name="eMax"/>]
    /// divided by the continuum at <paramref name="lineEnergy"/>, keV.</summary>
    /// <param name="line">The line photon spectrum, 1/(cm² keV s).</param>
    /// <param name="continuum">The continuum photon spectrum, 1/(cm² keV s).</param>
    /// <param name="lineEnergy">Where the continuum is taken (the line's peak), keV.</param>
    /// <param name="eMin">Lower limit of the line integral, keV.</param>
    /// <param name="eMax">Upper limit of the line integral, keV.</param>
    /// <exception cref="ArgumentException">The band is empty or the continuum is not positive and finite at the line energy.</exception>
    public static double Of(Function1D line, Function1D continuum, double lineEnergy, double eMin, double eMax)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!(eMax > eMin))
        {
            throw new ArgumentException($"The line band must have eMax > eMin (got [{eMin}, {eMax}] keV).", nameof(eMax));
        }

        return line.Integral(eMin, eMax) / ContinuumAt(continuum, lineEnergy);
    }

    private static double ContinuumAt(Function1D continuum, double energy)
    {
        ArgumentNullException.ThrowIfNull(continuum);
        var c = continuum.Evaluate(energy);
        if (!(c > 0) || double.IsInfinity(c))
        {
            throw new ArgumentException(
                $"The continuum {continuum.Name} is {c} at the line energy {energy} keV; an equivalent width needs a positive, finite continuum there.",
                nameof(continuum));
        }

        return c;
    }
}
