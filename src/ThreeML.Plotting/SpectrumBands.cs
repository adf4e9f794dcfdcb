using Astromodels;
using Astromodels.Functions;

namespace ThreeML.Plotting;

/// <summary>The curves of 3ML's <c>plot_spectra</c>: for every selected source (or component, or the sum of sources)
/// the differential flux of every sample row on a log grid, reduced to the median and the equal-tailed band.</summary>
/// <remarks>Every grid point is computed with <see cref="AnalysisResults.Propagate"/>, so all curves use the same
/// sample rows and linked parameters follow each row (3ML resamples per source, [Q12]).</remarks>
internal static class SpectrumBands
{
    private static readonly IReadOnlyList<string> Bases = ["1/(keV s cm2)", "keV/(keV s cm2)", "keV2/(keV s cm2)"];

    public static List<SpectrumBand> Compute(AnalysisResults results, SpectrumPlotOptions options, string labelSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.EneMin > 0 && options.EneMax > options.EneMin) || options.NumEne < 2)
        {
            throw new ArgumentException($"The grid needs 0 < EneMin < EneMax and NumEne ≥ 2 (got {options.EneMin}, {options.EneMax}, {options.NumEne}).", nameof(options));
        }

        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentException($"The confidence level must lie strictly between 0 and 1 (got {options.ConfidenceLevel}).", nameof(options));
        }

        var (power, factor) = FluxConversion(options.FluxUnit);
        var xUnit = Unit.Parse(options.EnergyUnit);
        var x = new double[options.NumEne];
        var energies = new double[options.NumEne];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = options.EneMin * Math.Pow(options.EneMax / options.EneMin, i / (options.NumEne - 1.0));
            energies[i] = new Quantity(x[i], xUnit).ValueInSpectral(Units.keV);
        }

        var bands = new List<SpectrumBand>();
        foreach (var (label, flux) in Curves(results.OptimizedModel, options))
        {
            var median = new double[x.Length];
            var lower = new double[x.Length];
            var upper = new double[x.Length];
            for (var i = 0; i < x.Length; i++)
            {
                var e = energies[i];
                var scale = factor * Math.Pow(e, power);
                var values = results.Propagate(m => scale * flux(m, e));
                (median[i], lower[i], upper[i]) = SampleStatistics.EqualTailed(values, options.ConfidenceLevel);
            }

            bands.Add(new SpectrumBand(label + labelSuffix, x, median, lower, upper));
        }

        return bands;
    }

    /// <summary>The power of E that turns the photon flux into the requested unit's kind, and the factor from
    /// keV^k/(keV s cm²) to it.</summary>
    internal static (int Power, double Factor) FluxConversion(string fluxUnit)
    {
        var unit = Unit.Parse(fluxUnit);
        for (var k = 0; k < Bases.Count; k++)
        {
            var basis = Unit.Parse(Bases[k]);
            if (basis.IsConvertibleTo(unit))
            {
                return (k, basis.ConversionFactorTo(unit));
            }
        }

        throw new ArgumentException($"'{fluxUnit}' is not a differential flux unit: use one like 1/(keV s cm2), erg/(keV s cm2) or erg2/(keV s cm2).", nameof(fluxUnit));
    }

    private static List<(string Label, Func<Model, double, double> Flux)> Curves(Model model, SpectrumPlotOptions options)
    {
        var names = options.SourcesToUse is { Count: > 0 } wanted ? wanted : [.. model.PointSources.Select(s => s.Name)];
        foreach (var name in names)
        {
            if (!model.Sources.ContainsKey(name))
            {
                throw new ArgumentException($"No point source named '{name}'; sources: {string.Join(", ", model.Sources.Keys)}.", nameof(options));
            }
        }

        var curves = new List<(string, Func<Model, double, double>)>();
        if (options.SumSources)
        {
            curves.Add(("total", (m, e) => names.Sum(n => m.Sources[n].Evaluate(e))));
            return curves;
        }

        var components = options.ComponentsToUse?.ToHashSet(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var source = model.Sources[name];
            var parts = options.UseComponents ? Components(source) : [];
            if (parts.Count <= 1 || components is null || components.Contains("total"))
            {
                curves.Add((name, (m, e) => m.Sources[name].Evaluate(e)));
            }

            if (parts.Count > 1)
            {
                curves.AddRange(parts.Where(p => components is null || components.Contains(p.Name)).Select(p => ($"{name}: {p.Name}", p.Flux)));
            }
        }

        return curves;
    }

    /// <summary>Named spectral components of a source, or the leaves of a composite main spectrum named by function.</summary>
    private static List<(string Name, Func<Model, double, double> Flux)> Components(PointSource source)
    {
        var name = source.Name;
        if (source.Components.Count > 1)
        {
            return [.. source.Components.Select((c, i) => (c.Name, (Func<Model, double, double>)((m, e) => m.Sources[name].Components[i].Evaluate(e))))];
        }

        if (source.Components[0].Shape is not CompositeFunction composite)
        {
            return [];
        }

        return [.. composite.Leaves.Select((leaf, i) => (leaf.Name, (Func<Model, double, double>)((m, e) => ((CompositeFunction)m.Sources[name].Components[0].Shape).Leaves[i].Evaluate(e))))];
    }
}
