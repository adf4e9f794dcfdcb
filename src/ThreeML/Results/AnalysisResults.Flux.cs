using Astromodels;

namespace ThreeML.Results;

public abstract partial class AnalysisResults
{
    /// <summary>Fluxes of the point sources (or their components) with errors propagated from the samples (3ML's
    /// <c>get_flux</c>).</summary>
    /// <param name="eneMin">One end of the band: an energy, frequency or wavelength (3ML accepts energies only, [Q8]).</param>
    /// <param name="eneMax">The other end.</param>
    /// <param name="sources">Source names to include (default: all point sources).</param>
    /// <param name="confidenceLevel">Probability content of the equal-tailed bounds (0.68 by default).</param>
    /// <param name="fluxUnit">Photon ("1/(cm2 s)"), energy ("erg/(s cm2)", the default) or νFν ("erg2/(cm2 s)") flux unit.</param>
    /// <param name="useComponents">One row per component of composite spectra instead of the source total.</param>
    /// <param name="componentsToUse">With <paramref name="useComponents"/>: the component names to keep (e.g. "Blackbody").</param>
    /// <param name="sumSources">Sum the sources row by row into "total" (per component name with components).</param>
    /// <param name="includeExtended">Accepted for 3ML compatibility; models here hold point sources only.</param>
    /// <param name="options">Integration method and threads (default <see cref="FluxOptions.Default"/>).</param>
    /// <param name="allowInvalid">Propagate fluxes from a maximum-likelihood fit that is not valid; the table is then
    /// marked (<see cref="FluxTable.InvalidFitReason"/>). Without it such a result is refused.</param>
    /// <returns>Rows "src: total", "src: Component" or "total", each with the median of the propagated samples and the
    /// equal-tailed bounds.</returns>
    /// <exception cref="ArgumentException">Bad band, unit, confidence level, or unknown source/component name.</exception>
    /// <exception cref="InvalidOperationException">The result is a fit that is not valid and <paramref name="allowInvalid"/> is false.</exception>
    public FluxTable GetFlux(
        Quantity eneMin,
        Quantity eneMax,
        IEnumerable<string>? sources = null,
        double confidenceLevel = 0.68,
        string fluxUnit = "erg/(s cm2)",
        bool useComponents = false,
        IEnumerable<string>? componentsToUse = null,
        bool sumSources = false,
        bool includeExtended = false,
        FluxOptions? options = null,
        bool allowInvalid = false)
    {
        var selection = new FluxSelection
        {
            Sources = sources?.ToList(),
            UseComponents = useComponents,
            Components = componentsToUse?.ToList(),
            SumSources = sumSources,
        };
        return GetFlux(eneMin, eneMax, selection, confidenceLevel, fluxUnit, options, allowInvalid);
    }

    /// <summary>Fluxes of the selected point sources or components with errors propagated from the samples.</summary>
    /// <param name="eneMin">One end of the band: an energy, frequency or wavelength.</param>
    /// <param name="eneMax">The other end.</param>
    /// <param name="selection">Sources, components and sums (the same selection the spectrum plots use).</param>
    /// <param name="confidenceLevel">Probability content of the equal-tailed bounds (0.68 by default).</param>
    /// <param name="fluxUnit">Photon ("1/(cm2 s)"), energy ("erg/(s cm2)", the default) or νFν ("erg2/(cm2 s)") flux unit.</param>
    /// <param name="options">Integration method and threads (default <see cref="FluxOptions.Default"/>).</param>
    /// <param name="allowInvalid">Propagate fluxes from a maximum-likelihood fit that is not valid; the table is then
    /// marked (<see cref="FluxTable.InvalidFitReason"/>).</param>
    /// <returns>One row per <see cref="FluxCurve"/> of the selection, named by its <see cref="FluxCurve.Label"/>.</returns>
    /// <exception cref="ArgumentException">Bad band, unit, confidence level, or unknown source/component name.</exception>
    /// <exception cref="InvalidOperationException">The result is a fit that is not valid and <paramref name="allowInvalid"/> is false.</exception>
    public FluxTable GetFlux(Quantity eneMin, Quantity eneMax, FluxSelection selection, double confidenceLevel = 0.68,
        string fluxUnit = "erg/(s cm2)", FluxOptions? options = null, bool allowInvalid = false)
    {
        ArgumentNullException.ThrowIfNull(selection);
        options ??= FluxOptions.Default;
        var invalid = InvalidReason;
        if (invalid is not null && !allowInvalid)
        {
            throw new InvalidOperationException($"The fit is not valid ({invalid}), so its covariance and the fluxes drawn from it are not meaningful. Refit (from a better start, or with a global search), or pass allowInvalid: true to propagate them anyway; the table will be marked.");
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1 (e.g. 0.68).");
        }

        var unit = FluxUnit.Parse(fluxUnit);
        var (e1, e2) = Flux.BandInKeV(eneMin, eneMax);
        var curves = selection.Resolve(OptimizedModel);
        var values = new double[curves.Count][];
        for (var r = 0; r < curves.Count; r++)
        {
            values[r] = new double[Samples.Count];
        }

        var integrator = new FluxBandIntegrator(e1, e2, unit.EnergyPower, options.Integration);
        ForEachRow(options.MaxDegreeOfParallelism, () => (Model?)null, (model, _, row) =>
        {
            for (var r = 0; r < curves.Count; r++)
            {
                // Terms are integrated one by one and added in source order: a sum's samples are the sums of the
                // sources' samples, so the correlation between sources is kept.
                var sum = 0.0;
                for (var t = 0; t < curves[r].TermCount; t++)
                {
                    sum += unit.FactorFromKeV * integrator.Integrate(curves[r].Term(model, t));
                }

                values[r][row] = sum;
            }
        });

        var table = curves.Select((c, i) =>
        {
            var (median, lo, hi) = SampleStatistics.EqualTailed(values[i], confidenceLevel);
            return new FluxRow(c.Label, new Quantity(median, unit.Unit), new Quantity(lo, unit.Unit), new Quantity(hi, unit.Unit), values[i]);
        });
        return new FluxTable(table, confidenceLevel) { InvalidFitReason = invalid };
    }
}
