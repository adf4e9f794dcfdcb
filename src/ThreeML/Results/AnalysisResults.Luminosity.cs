using Astromodels;
using ThreeML.Cosmology;

namespace ThreeML.Results;

public abstract partial class AnalysisResults
{
    /// <summary>Isotropic luminosities of the point sources, erg/s, with errors from the same samples as
    /// <see cref="GetFlux(Quantity, Quantity, FluxSelection, double, string, FluxOptions, bool)"/>.</summary>
    /// <param name="redshift">The source redshift z, &gt; 0.</param>
    /// <param name="eneMin">One end of the band (an energy, frequency or wavelength).</param>
    /// <param name="eneMax">The other end.</param>
    /// <param name="restFrame">Whether the band is in the source's rest frame (k-corrected: the energy flux is taken over
    /// [eneMin, eneMax]/(1 + z) in the observer frame); otherwise the band is the observed one.</param>
    /// <param name="cosmology">The cosmology (default <see cref="FlatLambdaCdm.Planck18"/>).</param>
    /// <param name="sources">Source names to include (default: all point sources).</param>
    /// <param name="confidenceLevel">Probability content of the equal-tailed bounds (0.68 by default).</param>
    /// <param name="useComponents">One row per component of composite spectra instead of the source total.</param>
    /// <param name="componentsToUse">With <paramref name="useComponents"/>: the component names to keep.</param>
    /// <param name="options">Integration method and threads (default <see cref="FluxOptions.Default"/>).</param>
    /// <returns>Rows as <see cref="GetFlux(Quantity, Quantity, FluxSelection, double, string, FluxOptions, bool)"/>'s, in erg/s.</returns>
    /// <remarks>L = 4π D_L(z)² · S, S the energy flux (erg/(cm² s)) in the band, D_L the luminosity distance (Hogg 1999,
    /// eq. 24 with the k-correction folded into the band: a rest-frame band [E₁, E₂] is observed at [E₁, E₂]/(1 + z)).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A redshift that is not positive and finite.</exception>
    public FluxTable GetLuminosity(
        double redshift,
        Quantity eneMin,
        Quantity eneMax,
        bool restFrame = true,
        FlatLambdaCdm? cosmology = null,
        IEnumerable<string>? sources = null,
        double confidenceLevel = 0.68,
        bool useComponents = false,
        IEnumerable<string>? componentsToUse = null,
        FluxOptions? options = null)
    {
        if (!(redshift > 0) || double.IsInfinity(redshift))
        {
            throw new ArgumentOutOfRangeException(nameof(redshift), redshift, "The redshift must be positive and finite for a luminosity distance.");
        }

        cosmology ??= FlatLambdaCdm.Planck18;
        var (e1, e2) = Flux.BandInKeV(eneMin, eneMax);
        var shift = restFrame ? 1 + redshift : 1.0;
        var flux = GetFlux(new Quantity(e1 / shift, Units.keV), new Quantity(e2 / shift, Units.keV), sources, confidenceLevel,
            "erg/(s cm2)", useComponents, componentsToUse, options: options);
        var distance = cosmology.LuminosityDistance(redshift);
        var factor = 4 * Math.PI * distance * distance;
        var unit = Unit.Parse("erg / s");
        return new FluxTable(flux.Select(row =>
        {
            var samples = row.Samples.Select(s => s * factor).ToArray();
            var (median, lo, hi) = SampleStatistics.EqualTailed(samples, confidenceLevel);
            return new FluxRow(row.Name, new Quantity(median, unit), new Quantity(lo, unit), new Quantity(hi, unit), samples);
        }), confidenceLevel);
    }
}
