using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ThreeML.Cli.Infrastructure;
using ThreeML.TimeSeries;

namespace ThreeML.Cli.Output;

/// <summary>The intervals of a light curve — background, active and Bayesian blocks — with their counts, exposure and
/// background in an energy selection, as a terminal table, JSON and CSV.</summary>
public sealed class IntervalTable
{
    private readonly List<Row> _rows = [];

    /// <summary>One interval: its role, the interval asked for (empty for blocks), the one used (on bin edges), the
    /// dead-time-corrected exposure (s), the observed counts, and the background counts with their 1σ error (NaN
    /// without a background).</summary>
    private sealed record Row(string Role, string Requested, TimeInterval Used, double Exposure, double Counts, double Background, double BackgroundError);

    /// <summary>Adds one row per interval, summing channels <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="ts">The time series.</param>
    /// <param name="role">"background", "active" or "block".</param>
    /// <param name="requested">The intervals as asked for, or null for blocks.</param>
    /// <param name="used">The intervals as used, on bin edges.</param>
    /// <param name="first">First channel of the energy selection.</param>
    /// <param name="last">Last channel of the energy selection.</param>
    public void Add(TimeSeriesBuilder ts, string role, IReadOnlyList<string>? requested, IReadOnlyList<TimeInterval> used, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(ts);
        ArgumentNullException.ThrowIfNull(used);
        for (var i = 0; i < used.Count; i++)
        {
            var (counts, exposure) = ts.ObservedCounts([used[i]]);
            var background = double.NaN;
            var error = double.NaN;
            if (ts.Background is not null)
            {
                var (b, e) = ts.BackgroundCounts([used[i]]);
                background = 0;
                error = 0;
                for (var c = first; c <= last; c++)
                {
                    background += b[c];
                    error += e[c] * e[c];
                }

                // The channels are fitted independently, so their errors add in quadrature.
                error = Math.Sqrt(error);
            }

            _rows.Add(new Row(role, requested is null ? "" : requested[i], used[i], exposure, counts.AsSpan(first, last - first + 1).ToArray().Sum(), background, error));
        }
    }

    /// <summary>The rows as a terminal table.</summary>
    public Spectre.Console.Table ToTable(string title)
    {
        var table = CommandOutput.Table(title, "role", "requested", "start (s)", "stop (s)", "exposure (s)", "counts", "background", "rate (counts/s)");
        foreach (var r in _rows)
        {
            CommandOutput.AddRow(table, r.Role, r.Requested, F(r.Used.Start, "F3"), F(r.Used.Stop, "F3"), F(r.Exposure, "F3"), F(r.Counts, "F0"),
                double.IsNaN(r.Background) ? "" : $"{F(r.Background, "F1")} ± {F(r.BackgroundError, "F1")}", F(r.Counts / r.Exposure, "F1"));
        }

        return table;
    }

    /// <summary>The rows as a JSON array.</summary>
    public JsonArray ToJson() => [.. _rows.Select(r => (JsonNode)new JsonObject
    {
        ["role"] = r.Role,
        ["requested"] = r.Requested,
        ["start"] = r.Used.Start,
        ["stop"] = r.Used.Stop,
        ["exposure"] = r.Exposure,
        ["counts"] = r.Counts,
        ["background"] = double.IsNaN(r.Background) ? null : r.Background,
        ["background_error"] = double.IsNaN(r.BackgroundError) ? null : r.BackgroundError,
    })];

    /// <summary>The rows as CSV (times in s relative to the trigger, round-trip precision, invariant culture).</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder("role,requested,start,stop,exposure,counts,background,background_error\n");
        foreach (var r in _rows)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{r.Role},\"{r.Requested}\",{r.Used.Start:R},{r.Used.Stop:R},{r.Exposure:R},{r.Counts:R},{(double.IsNaN(r.Background) ? "" : r.Background.ToString("R", CultureInfo.InvariantCulture))},{(double.IsNaN(r.BackgroundError) ? "" : r.BackgroundError.ToString("R", CultureInfo.InvariantCulture))}\n");
        }

        return sb.ToString();
    }

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
}
