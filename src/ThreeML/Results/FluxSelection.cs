using Astromodels;
using Astromodels.Functions;
using Astromodels.Text;

namespace ThreeML.Results;

/// <summary>Which point sources and components a flux table or a spectrum plot covers (3ML's <c>sources</c>,
/// <c>use_components</c>, <c>components_to_use</c> and <c>sum_sources</c>): the one selection rule shared by
/// <see cref="AnalysisResults.GetFlux(Quantity, Quantity, FluxSelection, double, string, FluxOptions, bool)"/> and the
/// spectrum plots.</summary>
/// <remarks>
/// As 3ML's <c>_setup_analysis_dictionaries</c>: without components every source gives its total; with components a
/// source gives one curve per component (named spectral components, or the leaves of a composite main spectrum named by
/// function, duplicates "_n1", "_n2"...) and its total only when it has no components or "total" is among
/// <see cref="Components"/>. Summing adds the sources sample by sample into "total" (every source's total) and one
/// curve per component name.
/// </remarks>
public sealed record FluxSelection
{
    /// <summary>Every point source, each by its total.</summary>
    public static FluxSelection Default { get; } = new();

    /// <summary>Names of the point sources to include (null or empty: all point sources, in model order).</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary>One curve per component of composite spectra instead of the source total.</summary>
    public bool UseComponents { get; init; }

    /// <summary>With <see cref="UseComponents"/>: the component names to keep ("total" for the source total); null or
    /// empty keeps every component.</summary>
    public IReadOnlyList<string>? Components { get; init; }

    /// <summary>Sum the selected sources sample by sample into "total" (and per component name with components).</summary>
    public bool SumSources { get; init; }

    /// <summary>The curves this selection gives on <paramref name="model"/>, in output order.</summary>
    /// <exception cref="ArgumentException">A source is not a point source of the model, or a component name is not a
    /// component of any selected source (the message suggests the closest names).</exception>
    public IReadOnlyList<FluxCurve> Resolve(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var wanted = Components is { Count: > 0 } c ? c.ToHashSet(StringComparer.Ordinal) : null;
        var known = new HashSet<string>(StringComparer.Ordinal) { "total" };
        var rows = new List<FluxCurve>();
        foreach (var source in SelectedSources(model))
        {
            var components = UseComponents ? ComponentsOf(source) : [];
            foreach (var (name, _) in components)
            {
                known.Add(name);
            }

            if (components.Count <= 1)
            {
                components = [];
            }

            if (SumSources || components.Count == 0 || (wanted?.Contains("total") ?? false))
            {
                var sourceName = source.Name;
                rows.Add(new FluxCurve($"{sourceName}: total", sourceName, "total", [m => TotalOf(m.Sources[sourceName])]));
            }

            rows.AddRange(components.Where(x => wanted is null || wanted.Contains(x.Name))
                .Select(x => new FluxCurve($"{source.Name}: {x.Name}", source.Name, x.Name, [x.Resolve])));
        }

        foreach (var w in wanted ?? [])
        {
            if (!known.Contains(w))
            {
                throw new ArgumentException($"No component named '{w}'.{NameSuggester.DidYouMean(w, known)} Components: {string.Join(", ", known)}.", nameof(Components));
            }
        }

        return SumSources
            ? [.. rows.GroupBy(r => r.Component).Select(g => new FluxCurve(g.Key, null, g.Key, [.. g.SelectMany(r => r.Terms)]))]
            : rows;
    }

    private List<PointSource> SelectedSources(Model model)
    {
        if (Sources is not { Count: > 0 } names)
        {
            return [.. model.PointSources];
        }

        foreach (var n in names.Where(n => !model.Sources.ContainsKey(n)))
        {
            throw new ArgumentException($"The model has no point source '{n}'.{NameSuggester.DidYouMean(n, model.Sources.Keys)}", nameof(Sources));
        }

        return [.. model.PointSources.Where(s => names.Contains(s.Name))];
    }

    /// <summary>A source's total spectrum: its only component's shape, or the sum of its named components.</summary>
    private static Function1D TotalOf(PointSource source) =>
        source.Components.Count == 1 ? source.Components[0].Shape : new SourceTotalFunction(source);

    /// <summary>The components of a source: named spectral components, or the leaves of a composite main spectrum
    /// named by function (duplicates get "_n1", "_n2"...).</summary>
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
}
