using Astromodels;
using ThreeML.Cli.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Analysis;

public static partial class AnalysisFileReader
{
    private static readonly string[] ResidualKinds = ["sigma", "ratio"];

    private static OutputSettings ReadOutputs(YamlReadContext ctx, YamlNode? node, Model? model, IReadOnlyList<string> dataNames, IReadOnlyList<string> plotNames)
    {
        if (node is null)
        {
            return new OutputSettings(null, [], [], null);
        }

        var map = ctx.Mapping(node, "outputs", OutputKeys);
        var results = ctx.String(map, "results", "outputs");
        var plots = ctx.Strings(map, "plots", "outputs");
        foreach (var p in plots.Where(p => !plotNames.Contains(p)))
        {
            var why = plotNames == OutputSettings.PlotNames ? "" : " (a time-resolved analysis)";
            ctx.Problem(map["plots"], $"unknown plot '{p}'{Suggestions.DidYouMean(p, plotNames)}; choose from {string.Join(", ", plotNames)}{why}.");
        }

        var fluxes = new List<FluxOutput>();
        if (map.TryGetValue("flux", out var f))
        {
            if (f is not YamlSequenceNode seq)
            {
                ctx.Problem(f, "outputs.flux must be a list of flux tables (- emin: 10 keV ...).");
            }
            else
            {
                foreach (var item in seq.Children)
                {
                    fluxes.Add(ReadFlux(ctx, item, $"outputs.flux[{fluxes.Count}]", model));
                }
            }
        }

        var spectrumUnit = ctx.String(map, "spectrum_unit", "outputs");
        if (spectrumUnit is not null && OutputSettings.CheckSpectrumUnit(spectrumUnit) is { } problem)
        {
            ctx.Problem(map["spectrum_unit"], problem);
        }

        var residuals = ctx.String(map, "residuals", "outputs");
        if (residuals is not null && !ResidualKinds.Contains(residuals))
        {
            ctx.Problem(map["residuals"], $"outputs.residuals is '{residuals}'{Suggestions.DidYouMean(residuals, ResidualKinds)}; choose sigma ((data − model)/σ, XSPEC's delchi) or ratio ((data − model)/model).");
        }

        var (minRate, minRates) = ReadMinRate(ctx, map, dataNames);
        return new OutputSettings(results, fluxes, plots, ctx.String(map, "parameters", "outputs"))
        {
            SpectrumUnit = spectrumUnit ?? OutputSettings.DefaultSpectrumUnit,
            MinRate = minRate,
            MinRates = minRates,
            RatioResiduals = residuals == "ratio",
        };
    }

    /// <summary><c>min_rate</c>: one rate for every data set, or a mapping of data-set names to rates (counts/s).</summary>
    private static (double? All, Dictionary<string, double> ByName) ReadMinRate(YamlReadContext ctx, Dictionary<string, YamlNode> map, IReadOnlyList<string> dataNames)
    {
        var byName = new Dictionary<string, double>();
        if (!map.TryGetValue("min_rate", out var node) || YamlReadContext.IsNull(node))
        {
            return (null, byName);
        }

        if (node is not YamlMappingNode rates)
        {
            var all = ctx.Number(map, "min_rate", "outputs");
            if (all is { } r && !(r > 0))
            {
                ctx.Problem(node, $"outputs.min_rate is {r}: a minimum rate must be a positive number of counts per second.");
            }

            return (all > 0 ? all : null, byName);
        }

        foreach (var (key, value) in rates.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            var entry = new Dictionary<string, YamlNode> { [name] = value };
            var rate = ctx.Number(entry, name, "outputs.min_rate");
            if (!dataNames.Contains(name))
            {
                ctx.Problem(key, $"outputs.min_rate names '{name}', which is not a data set{Suggestions.DidYouMean(name, dataNames)}; data sets: {string.Join(", ", dataNames)}.");
            }
            else if (rate is { } r && !(r > 0))
            {
                ctx.Problem(value, $"outputs.min_rate.{name} is {r}: a minimum rate must be a positive number of counts per second.");
            }
            else if (rate is { } ok)
            {
                byName[name] = ok;
            }
        }

        return (null, byName);
    }

    private static FluxOutput ReadFlux(YamlReadContext ctx, YamlNode node, string where, Model? model)
    {
        var map = ctx.Mapping(node, where, FluxKeys);
        var flux = new FluxOutput(
            ctx.String(map, "emin", where) ?? "1 keV",
            ctx.String(map, "emax", where) ?? "1 MeV",
            ctx.String(map, "unit", where) ?? "erg/cm2/s",
            ctx.Bool(map, "sum_sources", where),
            ctx.Bool(map, "use_components", where),
            ctx.Strings(map, "components", where),
            ctx.Number(map, "cl", where) ?? 0.68,
            ctx.String(map, "file", where));
        Check(ctx, map, node, where, "emin", () => FluxRequest.CheckBand(flux.EMin, flux.EMax));
        Check(ctx, map, node, where, "unit", () => FluxRequest.CheckUnit(flux.Unit));
        Check(ctx, map, node, where, "cl", () => FluxRequest.CheckLevel(flux.ConfidenceLevel));
        if (model is not null)
        {
            var known = model.PointSources.SelectMany(s => s.Components.SelectMany(c => ComponentNames(c.Shape))).Distinct().ToList();
            foreach (var c in flux.Components.Where(c => !known.Contains(c)))
            {
                ctx.Problem(map["components"], $"{where}: no spectral component '{c}' in the model{Suggestions.DidYouMean(c, known)}.");
            }
        }

        return flux;
    }

    private static void Check(YamlReadContext ctx, Dictionary<string, YamlNode> map, YamlNode node, string where, string key, Action check)
    {
        try
        {
            check();
        }
        catch (CliException e)
        {
            // The checks speak in command-line terms ("--emin"); the file's keys drop the dashes.
            ctx.Problem(map.GetValueOrDefault(key) ?? node, $"{where}: " + e.Message.Replace("--", "", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> ComponentNames(Astromodels.Function1D shape) =>
        shape is Astromodels.CompositeFunction composite ? composite.Leaves.Select(f => f.Name) : [shape.Name];
}
