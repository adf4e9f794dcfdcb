using System.Globalization;
using System.Text;
using ThreeML.Results;

namespace ThreeML.Batch;

/// <summary>The summary CSV of a batch: one row per task (done, failed, missing or damaged) with its variables, best fit and
/// errors, fluxes, statistics and validity. Numbers are written round-trip exact.</summary>
internal static class BatchSummaryTable
{
    public static string Build(BatchSummaryInfo info, BatchTaskRecord?[] records, AnalysisResults?[] results, string?[] damage)
    {
        var tables = results.Select(r => r?.GetParameterTable()).ToArray();
        var parameters = Union(tables.Select(t => t?.Select(p => p.Path)));
        var statistics = Union(results.Select(r => r is null ? null : StatisticPairs(r.Statistics).Select(s => s.Key)));
        var measures = Union(results.Select(r => r?.InformationCriteria.Labelled.Select(s => s.Key)));
        var fluxes = Union(records.Select(r => r?.Fluxes?.Select(f => f.Label)));
        var header = new List<string> { "task", "state", "valid", "seed" };
        header.AddRange(info.VariableNames);
        foreach (var p in parameters)
        {
            header.AddRange([p, p + " negative_error", p + " positive_error", p + " unit"]);
        }

        foreach (var f in fluxes)
        {
            header.AddRange([f, f + " negative_error", f + " positive_error", f + " unit"]);
        }

        header.AddRange(statistics.Select(s => "-log(likelihood) " + s));
        header.AddRange(measures);
        header.Add("message");
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", header.Select(Quote)));
        for (var i = 0; i < info.Count; i++)
        {
            var record = records[i];
            var state = damage[i] is not null ? "damaged" : record is null ? "missing" : record.Completed ? "done" : "failed";
            var row = new List<string> { I(i), state, record is { Completed: true } ? (record.Valid ? "true" : "false") : "", info.Seeds[i] is { } s ? I(s) : "" };
            row.AddRange(info.Values[i]);
            foreach (var p in parameters)
            {
                var e = tables[i]?.FirstOrDefault(x => x.Path == p);
                row.AddRange(e is null ? ["", "", "", ""] : [D(e.Value), D(e.NegativeError), D(e.PositiveError), e.Unit.ToString()]);
            }

            foreach (var f in fluxes)
            {
                var e = record?.Fluxes?.FirstOrDefault(x => x.Label == f);
                row.AddRange(e is null ? ["", "", "", ""] : [D(e.Value), D(e.NegativeError), D(e.PositiveError), e.Unit]);
            }

            var pairs = results[i] is { } r ? StatisticPairs(r.Statistics).ToList() : null;
            row.AddRange(statistics.Select(k => Lookup(pairs, k)));
            row.AddRange(measures.Select(k => Lookup(results[i]?.InformationCriteria.Labelled, k)));
            row.Add(damage[i] is { } d ? d
                : record is null ? "no record: never run, still running, or killed before it finished" : record.Message ?? "");
            text.AppendLine(string.Join(",", row.Select(Quote)));
        }

        return text.ToString();
    }

    // −ln L per plugin, then "total", as threeml fit shows them.
    private static IEnumerable<KeyValuePair<string, double>> StatisticPairs(FitStatistics statistics) =>
        statistics.Plugins.Select(p => new KeyValuePair<string, double>(p.Name, p.MinusLogLikelihood))
            .Append(new("total", statistics.MinusLogLikelihood));

    private static List<string> Union(IEnumerable<IEnumerable<string>?> lists)
    {
        var seen = new List<string>();
        foreach (var name in lists.Where(l => l is not null).SelectMany(l => l!))
        {
            if (!seen.Contains(name))
            {
                seen.Add(name);
            }
        }

        return seen;
    }

    private static string Lookup(IReadOnlyList<KeyValuePair<string, double>>? values, string key) =>
        values?.FirstOrDefault(v => v.Key == key) is { Key: not null } kv ? D(kv.Value) : "";

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string D(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
