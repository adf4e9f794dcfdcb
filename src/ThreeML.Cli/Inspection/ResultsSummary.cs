using System.Globalization;
using System.Text.Json.Nodes;
using ThreeML.Fits;

namespace ThreeML.Cli.Inspection;

/// <summary>Describes a 3ML analysis-results file (ANALYSIS_RESULTS extensions) from its tables directly, so that
/// any file in 3ML's layout is described, including ones this library could not reload.</summary>
public static class ResultsSummary
{
    /// <summary>Summarises the results extension <paramref name="table"/> of <paramref name="fits"/>.</summary>
    public static OgipSummary Describe(FitsFile fits, BinaryTableHdu table)
    {
        ArgumentNullException.ThrowIfNull(fits);
        ArgumentNullException.ThrowIfNull(table);
        var h = table.Header;
        var items = new List<KeyValuePair<string, JsonNode?>>
        {
            new("resutype", h.TryGetString("RESUTYPE", out var t) ? t.Trim() : "?"),
            new("results", fits.Hdus.Count(x => x.Header.Contains("RESUTYPE"))),
            new("free_parameters", table.RowCount),
        };
        // Fit status (our extra keywords; a file from 3ML has none and says so rather than looking valid).
        items.Add(new("fit_valid", h.TryGetBool("FITVALID", out var valid) ? valid : "not recorded (a file from 3ML)"));
        if (h.TryGetString("FITREASN", out var reason))
        {
            items.Add(new("fit_reason", reason.Trim()));
        }

        for (var i = 1; h.TryGetString("STATUS" + i.ToString(CultureInfo.InvariantCulture), out var flag); i++)
        {
            items.Add(new("status " + flag.Trim(), h.TryGetString("STATDS" + i.ToString(CultureInfo.InvariantCulture), out var why) ? why.Trim() : "set"));
        }

        for (var i = 1; h.TryGetString("MEAS" + i.ToString(CultureInfo.InvariantCulture), out var name); i++)
        {
            if (h.TryGetDouble("MV" + i.ToString(CultureInfo.InvariantCulture), out var v))
            {
                items.Add(new(name.Trim(), v));
            }
        }

        var rows = new List<ResultParameterRow>();
        if (table.TryGetColumn("NAME", out _) && table.TryGetColumn("VALUE", out _))
        {
            var names = table.ReadStrings("NAME");
            var values = table.ReadDoubles("VALUE");
            var neg = Optional(table, "NEGATIVE_ERROR");
            var pos = Optional(table, "POSITIVE_ERROR");
            var units = table.TryGetColumn("UNIT", out _) ? table.ReadStrings("UNIT") : null;
            for (var r = 0; r < names.Length; r++)
            {
                rows.Add(new ResultParameterRow(names[r].Trim(), values[r], neg?[r], pos?[r], units?[r].Trim() ?? ""));
            }
        }

        return new OgipSummary("Results", items, rows);
    }

    private static double[]? Optional(BinaryTableHdu t, string column) => t.TryGetColumn(column, out _) ? t.ReadDoubles(column) : null;
}
