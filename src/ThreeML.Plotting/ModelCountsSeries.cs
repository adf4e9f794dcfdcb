using ScottPlot;
using ThreeML.Plugins;

namespace ThreeML.Plotting;

/// <summary>What <c>display_spectrum_model_counts</c> draws for one plugin: its display rebinning, colours and legend
/// labels, resolved from the options for the plugin's place among all plugins (so colours continue from one figure to
/// the next when the plugins are split, as 3ML does).</summary>
internal sealed record ModelCountsSeries(
    SpectrumLike Plugin,
    double? MinRate,
    Color DataColor,
    Color ModelColor,
    Color BackgroundColor,
    string ModelLabel,
    string BackgroundLabel)
{
    /// <summary>One series per plugin, in order, after checking the per-plugin options against the plugins.</summary>
    /// <exception cref="ArgumentException">There is no plugin, a per-plugin list has the wrong length, or a single
    /// value and its list are both set.</exception>
    public static IReadOnlyList<ModelCountsSeries> Resolve(IReadOnlyList<SpectrumLike> plugins, ModelCountsPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        ArgumentNullException.ThrowIfNull(options);
        if (plugins.Count == 0)
        {
            throw new ArgumentException("There is no SpectrumLike plugin to display.", nameof(plugins));
        }

        ExclusiveOf(options.MinRate, options.MinRates, nameof(options.MinRate), nameof(options.MinRates));
        ExclusiveOf(options.DataColor, options.DataColors, nameof(options.DataColor), nameof(options.DataColors));
        ExclusiveOf(options.ModelColor, options.ModelColors, nameof(options.ModelColor), nameof(options.ModelColors));
        ExclusiveOf(options.BackgroundColor, options.BackgroundColors, nameof(options.BackgroundColor), nameof(options.BackgroundColors));
        OnePerPlugin(options.MinRates, plugins, nameof(options.MinRates), "minimum rate (or null)");
        OnePerPlugin(options.ModelLabels, plugins, nameof(options.ModelLabels), "label");
        OnePerPlugin(options.BackgroundLabels, plugins, nameof(options.BackgroundLabels), "label");

        var series = new ModelCountsSeries[plugins.Count];
        for (var i = 0; i < plugins.Count; i++)
        {
            var plugin = plugins[i] ?? throw new ArgumentException($"Plugin {i} is null.", nameof(plugins));
            var data = options.DataColor ?? FigureStyle.At(options.DataColors, i);
            var model = options.ModelColor ?? (options.ModelColors is { Count: > 0 } ? FigureStyle.At(options.ModelColors, i) : data);
            var background = options.BackgroundColor
                ?? (options.BackgroundColors is { Count: > 0 } ? FigureStyle.At(options.BackgroundColors, i) : data.WithAlpha(0.6));
            series[i] = new ModelCountsSeries(
                plugin,
                options.MinRates is { } rates ? rates[i] : options.MinRate,
                data,
                model,
                background,
                options.ModelLabels?[i] ?? $"{plugin.Name} model",
                options.BackgroundLabels?[i] ?? $"{plugin.Name} background");
        }

        return series;
    }

    private static void ExclusiveOf<TSingle, TList>(TSingle? single, TList? list, string singleName, string listName)
        where TSingle : struct
        where TList : class
    {
        if (single is not null && list is not null)
        {
            throw new ArgumentException($"{singleName} and {listName} are both set: give one value for every plugin or one per plugin, not both.", "options");
        }
    }

    private static void OnePerPlugin<T>(IReadOnlyList<T>? values, IReadOnlyList<SpectrumLike> plugins, string option, string what)
    {
        if (values is not null && values.Count != plugins.Count)
        {
            var names = string.Join(", ", plugins.Select(p => p?.Name));
            throw new ArgumentException(
                $"{option} has {values.Count} entries but there are {plugins.Count} plugins ({names}): give one {what} per plugin.", "options");
        }
    }
}
