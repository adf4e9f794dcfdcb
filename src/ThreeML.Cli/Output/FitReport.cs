using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ThreeML.Cli.Infrastructure;
using ThreeML.Results;

namespace ThreeML.Cli.Output;

/// <summary>Shows the parameters, statistics and measures of an analysis as tables or JSON.</summary>
public static class FitReport
{
    /// <summary>Renders the result tables.</summary>
    public static void Render(CommandOutput output, AnalysisResults results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        // 3ML's own notation, "(4.28 -0.10 +0.11) x 10^-4": errors to the PDG's significant digits and the value to the
        // same decimal place, so a row fits 80 columns without a number broken across lines (JSON keeps full precision).
        var p = CommandOutput.Table(results.ResultType + " results", "parameter", "value", "unit");
        foreach (var e in results.GetParameterTable())
        {
            CommandOutput.AddRow(p, e.Path, UncertaintyFormatter.Format(e.Value, e.NegativeError, e.PositiveError), e.Unit.ToString());
        }

        output.Render(p);
        var s = CommandOutput.Table(results.ResultType == "MLE" ? "-log(likelihood)" : "-log(likelihood) at the MAP", "", "value");
        foreach (var (k, v) in StatisticPairs(results.Statistics))
        {
            CommandOutput.AddRow(s, k, G(v));
        }

        foreach (var (k, v) in results.InformationCriteria.Labelled)
        {
            CommandOutput.AddRow(s, k, G(v));
        }

        output.Render(s);
    }

    /// <summary>The results as a JSON object.</summary>
    public static JsonObject ToJson(AnalysisResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var parameters = new JsonArray();
        foreach (var e in results.GetParameterTable())
        {
            parameters.Add((JsonNode)new JsonObject
            {
                ["path"] = e.Path,
                ["value"] = e.Value,
                ["negative_error"] = e.NegativeError,
                ["positive_error"] = e.PositiveError,
                ["unit"] = e.Unit.ToString(),
            });
        }

        return new JsonObject
        {
            ["resutype"] = results.ResultType,
            ["parameters"] = parameters,
            ["statistics"] = Pairs(StatisticPairs(results.Statistics)),
            ["measures"] = Pairs(results.InformationCriteria.Labelled),
        };
    }

    /// <summary>The parameter table as CSV (path, value, errors, unit), invariant culture.</summary>
    public static string ToCsv(AnalysisResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sb = new StringBuilder("path,value,negative_error,positive_error,unit\n");
        foreach (var e in results.GetParameterTable())
        {
            sb.Append(CultureInfo.InvariantCulture, $"{e.Path},{e.Value:R},{e.NegativeError:R},{e.PositiveError:R},\"{e.Unit}\"\n");
        }

        return sb.ToString();
    }

    /// <summary>−ln L per plugin, then "total" (the one sign convention of <see cref="FitStatistics"/>).</summary>
    internal static IEnumerable<KeyValuePair<string, double>> StatisticPairs(FitStatistics statistics) =>
        statistics.Plugins.Select(p => new KeyValuePair<string, double>(p.Name, p.MinusLogLikelihood))
            .Append(new("total", statistics.MinusLogLikelihood));

    private static JsonObject Pairs(IEnumerable<KeyValuePair<string, double>> pairs)
    {
        var o = new JsonObject();
        foreach (var (k, v) in pairs)
        {
            // JSON has no NaN or infinity; an undefined measure is null.
            o[k] = double.IsFinite(v) ? v : null;
        }

        return o;
    }

    private static string G(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
