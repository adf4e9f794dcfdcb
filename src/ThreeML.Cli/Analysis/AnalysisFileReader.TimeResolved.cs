using System.Globalization;
using ThreeML.Cli.Infrastructure;
using ThreeML.TimeSeries;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Analysis;

public static partial class AnalysisFileReader
{
    private const string TimeResolvedKey = "time_resolved";

    private static readonly string[] TimeResolvedKeys = ["intervals", "edges", "bayesian_blocks", "threads"];
    private static readonly string[] BlocksKeys = ["data", "start", "stop", "p0", "energy_min", "energy_max"];

    /// <summary>Reads the <c>time_resolved</c> section: exactly one of <c>intervals</c>, <c>edges</c> and
    /// <c>bayesian_blocks</c>, and <c>threads</c>; only MLE analyses of time-series data may be time resolved.</summary>
    private static TimeResolvedSettings? ReadTimeResolved(YamlReadContext ctx, YamlNode? node, IReadOnlyList<DataEntry> data, AnalysisSettings analysis)
    {
        if (node is null)
        {
            return null;
        }

        var map = ctx.Mapping(node, TimeResolvedKey, TimeResolvedKeys);
        var given = new[] { "intervals", "edges", "bayesian_blocks" }.Where(map.ContainsKey).ToList();
        if (given.Count != 1)
        {
            ctx.Problem(node, given.Count == 0
                ? "time_resolved needs the intervals to fit: one of intervals (e.g. [\"0-2\", \"2-4\"]), edges (e.g. [0, 2, 4, 10]) or bayesian_blocks ({start: 0, stop: 40, p0: 0.01})."
                : $"time_resolved gives {string.Join(" and ", given)}; give exactly one of intervals, edges and bayesian_blocks.");
        }

        if (analysis.Kind != "mle")
        {
            ctx.Problem(node, $"a time-resolved analysis fits each interval by maximum likelihood; analysis.type '{analysis.Kind}' cannot be time resolved (use type: mle).");
        }

        int? threads = null;
        if (ctx.Number(map, "threads", TimeResolvedKey) is { } t)
        {
            if (t < 1 || t != Math.Floor(t) || t > 4096)
            {
                ctx.Problem(map["threads"], FormattableString.Invariant($"time_resolved.threads is {t}: expected a whole number of 1 or more (results do not depend on it)."));
            }
            else
            {
                threads = (int)t;
            }
        }

        var intervals = new List<TimeInterval>();
        if (map.TryGetValue("intervals", out var list))
        {
            foreach (var text in ctx.Strings(map, "intervals", TimeResolvedKey))
            {
                try
                {
                    intervals.Add(TimeInterval.Parse(text));
                }
                catch (FormatException e)
                {
                    ctx.Problem(list, $"time_resolved.intervals: {e.Message}");
                }
            }
        }

        // Both are read when both are given, so every problem is reported in one pass.
        if (map.TryGetValue("edges", out var edges))
        {
            intervals.AddRange(ReadEdges(ctx, edges));
        }

        var blocks = map.TryGetValue("bayesian_blocks", out var b) ? ReadBlocks(ctx, b, data) : null;
        if (given.Count == 1 && blocks is null && intervals.Count == 0 && ctx.Problems.Count == 0)
        {
            ctx.Problem(map[given[0]], $"time_resolved.{given[0]} holds no interval.");
        }

        return new TimeResolvedSettings(intervals, blocks, threads, YamlReadContext.LineOf(node));
    }

    private static List<TimeInterval> ReadEdges(YamlReadContext ctx, YamlNode node)
    {
        var values = new List<double>();
        if (node is not YamlSequenceNode seq || seq.Children.Count < 2)
        {
            ctx.Problem(node, "time_resolved.edges must be a list of at least two times, s from the trigger (e.g. [0, 2, 4, 10]).");
            return [];
        }

        foreach (var child in seq.Children)
        {
            if (child is YamlScalarNode { Value: { } s } && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            {
                if (values.Count > 0 && !(v > values[^1]))
                {
                    ctx.Problem(child, FormattableString.Invariant($"time_resolved.edges must increase: {v} follows {values[^1]}."));
                    return [];
                }

                values.Add(v);
            }
            else
            {
                ctx.Problem(child, $"time_resolved.edges: {YamlReadContext.Describe(child)} is not a time in s.");
                return [];
            }
        }

        return [.. values.Zip(values.Skip(1), (a, z) => new TimeInterval(a, z))];
    }

    private static BlocksSetting? ReadBlocks(YamlReadContext ctx, YamlNode node, IReadOnlyList<DataEntry> data)
    {
        const string Where = "time_resolved.bayesian_blocks";
        var map = ctx.Mapping(node, Where, BlocksKeys);
        var series = data.Where(d => d.TimeSeries is not null).Select(d => d.Name).ToList();
        var name = ctx.String(map, "data", Where) ?? series.FirstOrDefault() ?? "";
        if (map.ContainsKey("data") && !series.Contains(name))
        {
            ctx.Problem(map["data"], $"{Where}.data: no time-series data set '{name}'{Suggestions.DidYouMean(name, series)}; time series: {string.Join(", ", series)}.");
        }

        var start = ctx.Number(map, "start", Where);
        var stop = ctx.Number(map, "stop", Where);
        if (start is null || stop is null)
        {
            ctx.Problem(node, $"{Where} needs start and stop, s from the trigger (e.g. {{start: 0, stop: 40, p0: 0.01}}).");
        }
        else if (!(stop > start))
        {
            ctx.Problem(map["stop"], FormattableString.Invariant($"{Where}: stop {stop} must be after start {start}."));
        }

        var p0 = ctx.Number(map, "p0", Where) ?? 0.05;
        if (!(p0 is > 0 and < 1))
        {
            ctx.Problem(map["p0"], FormattableString.Invariant($"{Where}.p0 is {p0}: a false-alarm probability lies strictly between 0 and 1 (3ML's default 0.05)."));
        }

        var eMin = ctx.Number(map, "energy_min", Where) ?? 0;
        var eMax = ctx.Number(map, "energy_max", Where) ?? double.PositiveInfinity;
        if (!(eMax > eMin) || eMin < 0)
        {
            ctx.Problem(map.GetValueOrDefault("energy_max") ?? map.GetValueOrDefault("energy_min") ?? node,
                FormattableString.Invariant($"{Where}: energy_min {eMin} keV and energy_max {eMax} keV must satisfy 0 <= energy_min < energy_max."));
        }

        return start is { } a && stop is { } z ? new BlocksSetting(name, a, z, p0, eMin, eMax) : null;
    }
}
