using System.Globalization;
using System.Text;

namespace ThreeML.Results;

/// <summary>The statistics and measures blocks shared by the MLE and Bayesian summaries.</summary>
internal static class SummaryText
{
    /// <summary>Appends one line per parameter: path, value with its errors, and the unit when it has one.</summary>
    public static void AppendParameters(StringBuilder sb, IReadOnlyList<ParameterEstimate> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Path.Length);
        foreach (var r in rows)
        {
            sb.Append(r.Path.PadRight(width)).Append("  ").Append(r.ToString());
            var unit = r.Unit.ToString();
            if (unit.Length > 0)
            {
                sb.Append(' ').Append(unit);
            }

            sb.Append('\n');
        }
    }

    /// <summary>Appends −ln L per plugin and "total", a blank line, the measures heading and the labelled criteria.</summary>
    public static void AppendStatistics(StringBuilder sb, FitStatistics statistics, InformationCriteria criteria)
    {
        foreach (var p in statistics.Plugins)
        {
            Row(sb, p.Name, p.MinusLogLikelihood);
        }

        Row(sb, "total", statistics.MinusLogLikelihood);
        sb.Append("\nValues of statistical measures:\n\n");
        foreach (var (name, value) in criteria.Labelled)
        {
            Row(sb, name, value);
        }
    }

    private static void Row(StringBuilder sb, string name, double value) =>
        sb.Append(CultureInfo.InvariantCulture, $"{name,-10} {value:F6}\n");
}
