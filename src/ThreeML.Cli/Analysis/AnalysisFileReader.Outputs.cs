using Astromodels;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Output;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Analysis;

public static partial class AnalysisFileReader
{
    private static OutputSettings ReadOutputs(YamlReadContext ctx, YamlNode? node, Model? model)
    {
        if (node is null)
        {
            return new OutputSettings(null, [], [], null);
        }

        var map = ctx.Mapping(node, "outputs", OutputKeys);
        var results = ctx.String(map, "results", "outputs");
        var plots = ctx.Strings(map, "plots", "outputs");
        foreach (var p in plots.Where(p => !OutputSettings.PlotNames.Contains(p)))
        {
            ctx.Problem(map["plots"], $"unknown plot '{p}'{Suggestions.DidYouMean(p, OutputSettings.PlotNames)}; choose from {string.Join(", ", OutputSettings.PlotNames)}.");
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
        if (spectrumUnit is not null && PlotOutputs.CheckSpectrumUnit(spectrumUnit) is { } problem)
        {
            ctx.Problem(map["spectrum_unit"], problem);
        }

        return new OutputSettings(results, fluxes, plots, ctx.String(map, "parameters", "outputs"))
        {
            SpectrumUnit = spectrumUnit ?? PlotOutputs.DefaultSpectrumUnit,
        };
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

    private static IEnumerable<string> ComponentNames(Astromodels.Functions.Function1D shape) =>
        shape is Astromodels.Functions.CompositeFunction composite ? composite.Leaves.Select(f => f.Name) : [shape.Name];
}
