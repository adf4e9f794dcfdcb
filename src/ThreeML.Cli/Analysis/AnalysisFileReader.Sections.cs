using Astromodels;
using ThreeML.Cli.Infrastructure;
using ThreeML.Spectra;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Analysis;

public static partial class AnalysisFileReader
{
    private static readonly string[] DataKeys =
        ["name", "kind", "observation", "background", "response", "arf", "spectrum_number", "selections", "rebin_on_background", "rebin_on_source",
         "effective_area_correction", "format", "background_intervals", "active_intervals", "poly_order"];

    private static readonly string[] EffectiveAreaKeys = ["min", "max", "fixed", "gaussian_sigma"];
    private static readonly string[] AnalysisKeys = ["type", "minimizer", "sampler", "options", "seed"];
    private static readonly string[] OutputKeys = ["results", "parameters", "flux", "plots", "spectrum_unit", "min_rate", "residuals"];
    private static readonly string[] FluxKeys = ["emin", "emax", "unit", "sum_sources", "components", "use_components", "cl", "file"];

    private static List<DataEntry> ReadData(YamlReadContext ctx, YamlNode node, bool timeResolved)
    {
        var entries = new List<DataEntry>();
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            ctx.Problem(node, "data must be a non-empty list of data sets (- name: ..., observation: ...).");
            return entries;
        }

        foreach (var item in seq.Children)
        {
            var where = $"data[{entries.Count}]";
            var map = ctx.Mapping(item, where, DataKeys);
            var name = ctx.String(map, "name", where) ?? $"data{entries.Count}";
            if (!map.ContainsKey("name"))
            {
                ctx.Problem(item, $"{where} needs a 'name'.");
            }
            else if (entries.Any(e => e.Name == name))
            {
                ctx.Problem(map["name"], $"the data-set name '{name}' is used twice.");
            }

            var obs = ctx.ExistingFile(map, "observation", name);
            if (!map.ContainsKey("observation"))
            {
                ctx.Problem(item, $"data set '{name}' needs an 'observation' (PHA file, or the CSPEC/CTIME file of a time series).");
            }

            var selections = ctx.Strings(map, "selections", name);
            foreach (var s in selections)
            {
                CheckSelection(ctx, map["selections"], name, s);
            }

            var number = ctx.Number(map, "spectrum_number", name);
            if (number is { } n && (n < 1 || n != Math.Floor(n)))
            {
                ctx.Problem(map["spectrum_number"], $"{name}.spectrum_number must be a whole number of 1 or more.");
            }

            var rebinBkg = ctx.Number(map, "rebin_on_background", name);
            var rebinSrc = ctx.Number(map, "rebin_on_source", name);
            if (rebinBkg is not null && rebinSrc is not null)
            {
                ctx.Problem(map["rebin_on_source"], $"{name}: choose one of rebin_on_background and rebin_on_source.");
            }

            var timeSeries = ReadKind(ctx, map, item, name, timeResolved);
            entries.Add(new DataEntry(name, obs ?? "", ctx.ExistingFile(map, "background", name), ctx.ExistingFile(map, "response", name),
                ctx.ExistingFile(map, "arf", name), number is { } k ? (int)k : null, selections, rebinBkg, rebinSrc,
                ReadEffectiveArea(ctx, map, name), YamlReadContext.LineOf(item)) { TimeSeries = timeSeries });
        }

        return entries;
    }

    private static void CheckSelection(YamlReadContext ctx, YamlNode node, string name, string selection)
    {
        var t = selection.Trim();
        if (t is MeasurementSelection.All or MeasurementSelection.Reset)
        {
            return;
        }

        if (t.StartsWith(MeasurementSelection.ExcludePrefix, StringComparison.OrdinalIgnoreCase))
        {
            t = t[MeasurementSelection.ExcludePrefix.Length..];
        }

        try
        {
            MeasurementSelection.ParseRange(t);
        }
        catch (ArgumentException e)
        {
            ctx.Problem(node, $"{name}.selections: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    private static EffectiveAreaSetting? ReadEffectiveArea(YamlReadContext ctx, Dictionary<string, YamlNode> data, string name)
    {
        if (!data.TryGetValue("effective_area_correction", out var node) || YamlReadContext.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode)
        {
            // "true" frees the constant in 3ML's default range; a number fixes it there.
            var flag = ctx.Bool(data, "effective_area_correction", name);
            return flag ? new EffectiveAreaSetting() : null;
        }

        var where = name + ".effective_area_correction";
        var map = ctx.Mapping(node, where, EffectiveAreaKeys);
        var min = ctx.Number(map, "min", where) ?? 0.8;
        var max = ctx.Number(map, "max", where) ?? 1.2;
        if (!(min < max) || min <= 0)
        {
            ctx.Problem(node, FormattableString.Invariant($"{where}: min must be positive and below max (got {min} and {max})."));
        }

        return new EffectiveAreaSetting(min, max, ctx.Number(map, "fixed", where), ctx.Number(map, "gaussian_sigma", where));
    }

    private static AnalysisSettings ReadAnalysis(YamlReadContext ctx, YamlNode? node, Model? model)
    {
        if (node is null)
        {
            return new AnalysisSettings("mle", "migrad", "ultranest", new Dictionary<string, double>(), 1234);
        }

        var map = ctx.Mapping(node, "analysis", AnalysisKeys);
        var kind = Choice(ctx, map, "type", "analysis", AnalysisSettings.Kinds, "analysis type") ?? "mle";
        var minimizer = Choice(ctx, map, "minimizer", "analysis", AnalysisSettings.Minimizers, "minimizer") ?? "migrad";
        var sampler = Choice(ctx, map, "sampler", "analysis", AnalysisSettings.Samplers, "sampler") ?? "ultranest";
        if (kind == "mle" && map.TryGetValue("sampler", out var s))
        {
            ctx.Problem(s, "a sampler is for 'type: bayesian'; an MLE analysis uses 'minimizer'.");
        }

        var seed = ctx.Number(map, "seed", "analysis") ?? 1234;
        var settings = new AnalysisSettings(kind, minimizer, sampler, new Dictionary<string, double>(), (int)seed);
        var options = new Dictionary<string, double>(StringComparer.Ordinal);
        if (map.TryGetValue("options", out var o))
        {
            var where = kind == "mle" ? $"the {minimizer} options" : $"the {sampler} options";
            var om = ctx.Mapping(o, where, settings.ValidOptions);
            foreach (var key in om.Keys)
            {
                if (ctx.Number(om, key, "analysis.options") is { } v)
                {
                    options[key] = v;
                }
            }
        }

        if (kind == "bayesian" && model is not null)
        {
            var missing = model.FreeParameters.Where(p => p.Prior is null).Select(p => p.Path).ToList();
            if (missing.Count > 0)
            {
                ctx.Problem(map.GetValueOrDefault("type") ?? node, $"a Bayesian analysis needs priors on every free parameter; missing: {string.Join(", ", missing)}.");
            }
        }

        return settings with { Options = options };
    }

    private static string? Choice(YamlReadContext ctx, Dictionary<string, YamlNode> map, string key, string section, IReadOnlyList<string> allowed, string what)
    {
        var value = ctx.String(map, key, section)?.Trim();
        if (value is null)
        {
            return null;
        }

        var normal = value.ToLowerInvariant().Replace('-', '_');
        if (allowed.Contains(normal))
        {
            return normal;
        }

        ctx.Problem(map[key], $"unknown {what} '{value}'{Suggestions.DidYouMean(value, allowed)}; choose {string.Join(" or ", allowed)}.");
        return null;
    }
}
