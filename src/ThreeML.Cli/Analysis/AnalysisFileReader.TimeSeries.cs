using ThreeML.Cli.Infrastructure;
using ThreeML.TimeSeries;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Analysis;

public static partial class AnalysisFileReader
{
    private const string TimeSeriesKind = "time_series";

    private static readonly string[] Kinds = ["ogip", TimeSeriesKind];

    private static readonly string[] TimeSeriesKeys = ["format", "background_intervals", "active_intervals", "poly_order"];

    /// <summary>Reads <c>kind</c> and, for a time series, its settings; keys that belong to the other kind are problems
    /// at their lines. In a time-resolved file every data set is a time series and the intervals come from the
    /// <c>time_resolved</c> section, not from <c>active_intervals</c>.</summary>
    private static TimeSeriesEntry? ReadKind(YamlReadContext ctx, Dictionary<string, YamlNode> map, YamlNode item, string name, bool timeResolved)
    {
        var kind = map.ContainsKey("kind") ? Choice(ctx, map, "kind", name, Kinds, "data kind") : "ogip";
        if (kind != TimeSeriesKind && timeResolved && kind is not null)
        {
            ctx.Problem(item, $"data set '{name}' is an OGIP spectrum, but a time-resolved analysis (time_resolved) fits each interval of time-series data; give it kind: time_series or remove time_resolved.");
        }

        if (kind != TimeSeriesKind)
        {
            foreach (var key in TimeSeriesKeys.Where(map.ContainsKey))
            {
                ctx.Problem(map[key], $"{name}.{key} is for data of 'kind: time_series' (a GBM CSPEC/CTIME or TTE file); this data set is an OGIP spectrum.");
            }

            return null;
        }

        foreach (var key in new[] { "background", "arf", "spectrum_number" }.Where(map.ContainsKey))
        {
            ctx.Problem(map[key], key == "background"
                ? $"{name}.background: a time series fits its background in time; give background_intervals (e.g. [\"-24--5\", \"100-200\"]) instead of a file."
                : $"{name}.{key} is for OGIP spectra; a time series reads all of its CSPEC/CTIME or TTE file.");
        }

        if (!map.ContainsKey("response"))
        {
            ctx.Problem(item, $"time series '{name}' needs a 'response' (.rsp, or .rsp2 weighted over the active intervals).");
        }

        var format = map.ContainsKey("format") ? Choice(ctx, map, "format", name, TimeSeriesFiles.Formats, "time-series format") : null;
        var background = Intervals(ctx, map, item, name, "background_intervals", "[\"-24--5\", \"100-200\"]");
        IReadOnlyList<string> active = [];
        if (!timeResolved)
        {
            active = Intervals(ctx, map, item, name, "active_intervals", "\"0-10\"");
        }
        else if (map.TryGetValue("active_intervals", out var given))
        {
            ctx.Problem(given, $"{name}.active_intervals: in a time-resolved analysis the intervals come from time_resolved (intervals, edges or bayesian_blocks); remove active_intervals.");
        }

        var order = -1;
        if (ctx.Number(map, "poly_order", name) is { } o)
        {
            if (o != Math.Floor(o) || o is < -1 or > BackgroundFitter.MaxAutomaticOrder)
            {
                ctx.Problem(map["poly_order"], FormattableString.Invariant($"{name}.poly_order {o}: expected 0..4, or -1 to choose the order as 3ML does."));
            }
            else
            {
                order = (int)o;
            }
        }

        return new TimeSeriesEntry(format, background, active, order);
    }

    private static IReadOnlyList<string> Intervals(YamlReadContext ctx, Dictionary<string, YamlNode> map, YamlNode item, string name, string key, string example)
    {
        var texts = ctx.Strings(map, key, name);
        if (texts.Count == 0)
        {
            ctx.Problem(map.GetValueOrDefault(key) ?? item, $"time series '{name}' needs {key} (3ML syntax, s from the trigger, e.g. {key}: {example}).");
        }

        foreach (var text in texts)
        {
            try
            {
                TimeInterval.Parse(text);
            }
            catch (FormatException e)
            {
                ctx.Problem(map[key], $"{name}.{key}: {e.Message}");
            }
        }

        return texts;
    }
}
