using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Output;
using ThreeML.Plotting;
using ThreeML.TimeSeries;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml lightcurve FILE --rsp RSP [--background …] [--active …] [--blocks P0]</c>: the light curve of a
/// GBM CSPEC/CTIME or TTE file with its background polynomial, intervals and Bayesian blocks, as a PNG and a table.</summary>
public static class LightcurveCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The GBM CSPEC or CTIME file (PHA Type II), or a TTE event file (drawn in 1 s bins; unbinned background)." };
        var rsp = new Option<string>("--rsp") { Description = "The response: .rsp (one matrix) or .rsp2 (weighted over each interval).", Required = true };
        var background = new Option<string[]>("--background") { Description = "Background intervals, s from the trigger (3ML syntax, e.g. -24--5 100-200; write --background=-24--5 when the first starts with '-').", AllowMultipleArgumentsPerToken = true };
        var active = new Option<string[]>("--active") { Description = "Source intervals, s from the trigger (e.g. 0-10).", AllowMultipleArgumentsPerToken = true };
        var blocks = new Option<double?>("--blocks") { Description = "Bayesian blocks with this false-alarm probability p0 (e.g. 0.05) over the active intervals (or the shown range)." };
        var order = new Option<int>("--order") { Description = "Background polynomial order 0..4, or -1 to choose it as 3ML does.", DefaultValueFactory = _ => -1 };
        var energy = new Option<string>("--energy") { Description = "Energy range of the light curve and blocks, keV (channel centres), e.g. 8-900.", DefaultValueFactory = _ => "8-1000" };
        var range = new Option<string?>("--range") { Description = "Time range shown, s from the trigger, e.g. -20-60 (default: all intervals, with a margin)." };
        var name = new Option<string?>("--name") { Description = "Detector name in titles (default: from the GBM file name, e.g. n3)." };
        var outBase = new Option<string>("--out", "-o") { Description = "Output base: writes BASE.png and BASE_intervals.csv.", DefaultValueFactory = _ => "lightcurve" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace existing output files." };
        var command = new Command("lightcurve", "Draw the light curve of a GBM CSPEC/CTIME or TTE file with its background fit, intervals and Bayesian blocks.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { rsp, background, active, blocks, order, energy, range, name, outBase, overwrite })
        {
            command.Options.Add(o);
        }

        CommandAction.Set(command, context, (p, output) => Run(new Request(p.GetValue(file)!, p.GetValue(rsp)!, p.GetValue(background) ?? [],
            p.GetValue(active) ?? [], p.GetValue(blocks), p.GetValue(order), p.GetValue(energy)!, p.GetValue(range), p.GetValue(name),
            p.GetValue(outBase)!, p.GetValue(overwrite)), output));
        return command;
    }

    private sealed record Request(string File, string Rsp, string[] Background, string[] Active, double? Blocks, int Order, string Energy,
        string? Range, string? Name, string Out, bool Overwrite);

    private static int Run(Request r, CommandOutput output)
    {
        var (emin, emax) = ParseRange(r.Energy, "--energy", "keV", "8-900");

        if (r.Order is < -1 or > BackgroundFitter.MaxAutomaticOrder)
        {
            throw new CliException($"--order {r.Order}: expected 0..4, or -1 to choose the order automatically.");
        }

        if (r.Blocks is { } p0 && !(p0 > 0 && p0 < 1))
        {
            throw new CliException($"--blocks {p0.ToString(CultureInfo.InvariantCulture)}: p0 is a false-alarm probability, expected a number in (0, 1) such as 0.05.");
        }

        (double Start, double Stop)? shown = r.Range is null ? null : ParseRange(r.Range, "--range", "s", "-20-60");
        var background = Parse(r.Background, "--background");
        var active = Parse(r.Active, "--active");
        var png = r.Out + ".png";
        var csv = r.Out + "_intervals.csv";
        foreach (var target in new[] { png, csv })
        {
            if (!r.Overwrite && File.Exists(target))
            {
                throw new CliException($"'{target}' exists; pass --overwrite to replace it.");
            }
        }

        var ts = TimeSeriesFiles.Open(r.Name ?? TimeSeriesFiles.DetectorName(r.File), r.File, r.Rsp, r.Order);
        var (first, last) = ts.ChannelsBetween(emin, emax);
        var table = new IntervalTable();
        if (background.Length > 0)
        {
            ts.SetBackgroundInterval(background);
            table.Add(ts, "background", r.Background, ts.Background!.Intervals, first, last);
        }

        if (active.Length > 0)
        {
            ts.SetActiveTimeInterval(active);
            table.Add(ts, "active", r.Active, ts.ActiveIntervals, first, last);
        }

        var (start, stop) = shown ?? DefaultRange(ts, background, active);
        IReadOnlyList<TimeInterval> blocks = [];
        if (r.Blocks is { } prior)
        {
            var span = active.Length > 0 ? new TimeInterval(ts.ActiveIntervals.Min(i => i.Start), ts.ActiveIntervals.Max(i => i.Stop)) : new TimeInterval(start, stop);
            blocks = ts.CreateTimeBinsByBayesianBlocks(span, prior, emin, emax);
            table.Add(ts, "block", null, blocks, first, last);
        }

        var edges = blocks.Count == 0 ? null : blocks.Select(b => b.Start).Append(blocks[^1].Stop).ToArray();
        var directory = Path.GetDirectoryName(Path.GetFullPath(png))!;
        Directory.CreateDirectory(directory);
        TimeSeriesPlots.ViewLightCurve(ts, start, stop, emin, emax, edges).SavePng(png);
        FitCommand.WriteText(directory, Path.GetFileName(csv), table.ToCsv());

        foreach (var line in ts.Warnings.Concat(ts.Adjustments))
        {
            output.Line(line);
        }

        if (ts.Background is { } bkg)
        {
            output.Line($"background polynomial order {bkg.Order}{(bkg.OrderChosenAutomatically ? " (chosen by likelihood-ratio tests)" : "")}");
        }

        output.Render(table.ToTable($"{ts.Name}: intervals, {ts.Series.ChannelEdges[first]:0.#}-{ts.Series.ChannelEdges[last + 1]:0.#} keV"));
        output.Line($"wrote {png}");
        output.Line($"wrote {csv}");
        output.Document(new JsonObject
        {
            ["file"] = r.File,
            ["detector"] = ts.Name,
            ["background_order"] = ts.Background?.Order,
            ["intervals"] = table.ToJson(),
            ["warnings"] = new JsonArray([.. ts.Warnings.Select(w => (JsonNode?)w)]),
            ["adjustments"] = new JsonArray([.. ts.Adjustments.Select(a => (JsonNode?)a)]),
            ["written"] = new JsonArray(png, csv),
        });
        return ExitCodes.Success;
    }

    private static TimeInterval[] Parse(string[] texts, string option)
    {
        if (texts.Length == 0)
        {
            return [];
        }

        try
        {
            return TimeInterval.ParseAll(texts);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new CliException($"{option}: {e.Message}", ExitCodes.UsageError, e);
        }
    }

    private static (double Start, double Stop) ParseRange(string text, string option, string unit, string example)
    {
        try
        {
            var interval = TimeInterval.Parse(text);
            return (interval.Start, interval.Stop);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new CliException($"{option} {text}: expected a range 'a-b' in {unit} with a < b (3ML syntax, e.g. {example}).", ExitCodes.UsageError, e);
        }
    }

    private static (double Start, double Stop) DefaultRange(TimeSeriesBuilder ts, TimeInterval[] background, TimeInterval[] active)
    {
        var all = background.Concat(active).ToArray();
        if (all.Length == 0)
        {
            return (ts.Series.Starts[0], ts.Series.Stops[^1]);
        }

        var start = all.Min(i => i.Start);
        var stop = all.Max(i => i.Stop);
        var margin = 0.05 * (stop - start);
        return (start - margin, stop + margin);
    }
}
