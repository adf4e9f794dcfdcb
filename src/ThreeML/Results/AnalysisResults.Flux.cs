using Astromodels.Functions;
using Astromodels.Text;
using Astromodels;

namespace ThreeML;

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
        options ??= FluxOptions.Default;
        var invalid = this is Fitting.MLEResults { IsValid: false } mle ? mle.Reason ?? "the minimizer did not report a valid minimum" : null;
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
        var selected = SelectSources(sources);
        var wanted = componentsToUse?.ToHashSet(StringComparer.Ordinal);
        var rows = PlanRows(selected, useComponents, wanted, alwaysTotals: sumSources);
        var values = new double[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            values[r] = new double[Samples.Count];
        }

        var k = unit.EnergyPower;
        ForEachRow(options.MaxDegreeOfParallelism, () => (Model?)null, (model, _, row) =>
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var f = rows[r].Resolve(model);
                values[r][row] = unit.FactorFromKeV * Flux.Integrate(f, e1, e2, k, options.Integration);
            }
        });

        var named = rows.Select((row, i) => (row.Source, row.Component, Values: values[i])).ToList();
        if (sumSources)
        {
            named = named.GroupBy(x => x.Component)
                .Select(g => (Source: "", g.Key, Values: SumRows(g.Select(x => x.Values))))
                .ToList();
        }

        var table = named.Select(x =>
        {
            var name = sumSources ? (x.Component == "total" ? "total" : x.Component) : $"{x.Source}: {x.Component}";
            var (median, lo, hi) = SampleStatistics.EqualTailed(x.Values, confidenceLevel);
            return new FluxRow(name, new Quantity(median, unit.Unit), new Quantity(lo, unit.Unit), new Quantity(hi, unit.Unit), x.Values);
        });
        return new FluxTable(table, confidenceLevel) { InvalidFitReason = invalid };
    }

    private List<PointSource> SelectSources(IEnumerable<string>? names)
    {
        var all = OptimizedModel.PointSources;
        if (names is null)
        {
            return [.. all];
        }

        var list = names.ToList();
        foreach (var n in list.Where(n => !OptimizedModel.Sources.ContainsKey(n)))
        {
            throw new ArgumentException($"The model has no point source '{n}'.{NameSuggester.DidYouMean(n, OptimizedModel.Sources.Keys)}", nameof(names));
        }

        return [.. all.Where(s => list.Contains(s.Name))];
    }

    private static List<FluxRowPlan> PlanRows(List<PointSource> sources, bool useComponents, HashSet<string>? wanted, bool alwaysTotals)
    {
        var rows = new List<FluxRowPlan>();
        var known = new HashSet<string>(StringComparer.Ordinal) { "total" };
        foreach (var source in sources)
        {
            var components = useComponents ? ComponentsOf(source) : [];
            foreach (var c in components)
            {
                known.Add(c.Name);
            }

            if (components.Count <= 1 || alwaysTotals)
            {
                if (alwaysTotals || wanted is null || !useComponents || wanted.Contains("total") || components.Count == 0 || wanted.Contains(components[0].Name))
                {
                    rows.Add(new FluxRowPlan(source.Name, "total", m => m.Sources[source.Name].Components.Count == 1 ? m.Sources[source.Name].Components[0].Shape : new SourceFunction(m.Sources[source.Name])));
                }

                if (components.Count <= 1)
                {
                    continue;
                }
            }

            rows.AddRange(components.Where(c => wanted is null || wanted.Contains(c.Name)).Select(c => new FluxRowPlan(source.Name, c.Name, c.Resolve)));
        }

        foreach (var w in wanted ?? [])
        {
            if (!known.Contains(w))
            {
                throw new ArgumentException($"No component named '{w}'.{NameSuggester.DidYouMean(w, known)} Components: {string.Join(", ", known)}.", "componentsToUse");
            }
        }

        return rows;
    }

    /// <summary>The components of a source for per-component fluxes: named spectral components, or the leaves of a
    /// composite main spectrum named by function (duplicates get "_n1", "_n2"...).</summary>
    private static List<(string Name, Func<Model, Function1D> Resolve)> ComponentsOf(PointSource source)
    {
        var name = source.Name;
        if (source.Components.Count > 1)
        {
            return [.. source.Components.Select((c, i) => (c.Name, (Func<Model, Function1D>)(m => m.Sources[name].Components[i].Shape)))];
        }

        if (source.Components[0].Shape is not CompositeFunction composite)
        {
            return [];
        }

        var names = composite.Leaves.Select(l => l.Name).ToList();
        var result = new List<(string, Func<Model, Function1D>)>();
        for (var i = 0; i < names.Count; i++)
        {
            var leafIndex = i;
            var duplicates = names.Count(n => n == names[i]);
            var label = duplicates > 1 ? $"{names[i]}_n{names.Take(i + 1).Count(n => n == names[i])}" : names[i];
            result.Add((label, m => ((CompositeFunction)m.Sources[name].Components[0].Shape).Leaves[leafIndex]));
        }

        return result;
    }

    private static double[] SumRows(IEnumerable<double[]> rows)
    {
        double[]? total = null;
        foreach (var r in rows)
        {
            total ??= new double[r.Length];
            for (var i = 0; i < r.Length; i++)
            {
                total[i] += r[i];
            }
        }

        return total ?? [];
    }

    private sealed record FluxRowPlan(string Source, string Component, Func<Model, Function1D> Resolve);

    /// <summary>A point source with several named components seen as one function (their sum).</summary>
    private sealed class SourceFunction(PointSource source) : Function1D([])
    {
        public override string Name => source.Name;

        public override double Evaluate(double x) => source.Evaluate(x);

        public override void SetUnits(Unit xUnit, Unit yUnit)
        {
        }

        protected override Function1D CreateDefault() => this;

        protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
        {
            value = 0;
            foreach (var c in source.Components)
            {
                value += c.Shape.Integral(a, b, energyPower);
            }

            return true;
        }
    }
}
