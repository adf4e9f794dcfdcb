using System.Globalization;
using System.Text.Json.Nodes;
using Astromodels;
using ThreeML.Cli.Infrastructure;
using ThreeML.Results;

namespace ThreeML.Cli.Output;

/// <summary>Shows flux tables as Spectre tables or JSON.</summary>
public static class FluxReport
{
    /// <summary>Renders <paramref name="table"/> for the band [<paramref name="eMin"/>, <paramref name="eMax"/>].</summary>
    public static void Render(CommandOutput output, FluxTable table, Quantity eMin, Quantity eMax)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        var title = string.Create(CultureInfo.InvariantCulture,
            $"Flux {eMin} - {eMax} (median, {table.ConfidenceLevel:0.###} equal-tailed interval)");
        if (table.InvalidFitReason is not null)
        {
            title = $"FROM A FIT THAT IS NOT VALID ({table.InvalidFitReason}): {title}";
        }

        var t = CommandOutput.Table(title, "", "flux", "low bound", "hi bound", "unit");
        foreach (var r in table)
        {
            CommandOutput.AddRow(t, r.Name, G(r.Flux.Value), G(r.LowBound.Value), G(r.HighBound.Value), r.Flux.Unit.ToString());
        }

        output.Render(t);
    }

    /// <summary>The table as a JSON object (band, unit, confidence level, rows).</summary>
    public static JsonObject ToJson(FluxTable table, Quantity eMin, Quantity eMax)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new JsonArray();
        foreach (var r in table)
        {
            rows.Add((JsonNode)new JsonObject
            {
                ["name"] = r.Name,
                ["flux"] = r.Flux.Value,
                ["low_bound"] = r.LowBound.Value,
                ["hi_bound"] = r.HighBound.Value,
                ["unit"] = r.Flux.Unit.ToString(),
            });
        }

        return new JsonObject
        {
            ["emin"] = eMin.ToString(),
            ["emax"] = eMax.ToString(),
            ["confidence_level"] = table.ConfidenceLevel,
            ["fit_valid"] = table.FromValidFit,
            ["invalid_reason"] = table.InvalidFitReason,
            ["rows"] = rows,
        };
    }

    private static string G(double v) => v.ToString("G5", CultureInfo.InvariantCulture);
}
