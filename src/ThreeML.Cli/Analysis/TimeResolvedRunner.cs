using System.Globalization;
using ThreeML.Plugins;
using ThreeML.TimeSeries;

namespace ThreeML.Cli.Analysis;

/// <summary>Runs a time-resolved analysis file: the time series of every data set with its background, the intervals
/// (given, between edges, or Bayesian blocks), one data list per interval, and the fits through
/// <see cref="TimeResolvedAnalysis"/> (in parallel; the results do not depend on the number of threads).</summary>
public static class TimeResolvedRunner
{
    /// <summary>Reads the data, makes the intervals and fits the model to each.</summary>
    /// <param name="file">A validated analysis file with a <c>time_resolved</c> section (its model is left as it is: each
    /// interval fits a clone).</param>
    /// <param name="threads">The most intervals fitted at once; null for the file's <c>threads</c>, else one per core.</param>
    /// <param name="cancellationToken">Stops the fits.</param>
    /// <exception cref="ArgumentException">The file has no time_resolved section.</exception>
    /// <exception cref="AnalysisFileException">A data set could not be read or an interval holds no data (with its line).</exception>
    public static TimeResolvedRun Run(AnalysisFile file, int? threads = null, CancellationToken cancellationToken = default)
    {
        var (moved, lists, series, notes, edges) = Prepare(file);
        var analysis = file.Analysis;
        var options = new TimeResolvedOptions
        {
            Samples = (int)analysis.Get("samples", 5000),
            Seed = analysis.Seed,
            MaxDegreeOfParallelism = threads ?? file.TimeResolved!.Threads,
            Minimizer = AnalysisRunner.CreateMinimizer(analysis),
            MaxAttempts = (int)analysis.Get("max_attempts", 10),
        };
        var set = TimeResolvedAnalysis.Fit(moved, lists, file.Model, options, cancellationToken);
        return new TimeResolvedRun(set, moved, lists, series, notes, edges);
    }

    /// <summary>Everything but the fits: the time series with their backgrounds, the intervals (moved to the bin edges of
    /// the first data set) and each interval's data list; <c>threeml fit --check</c> stops here.</summary>
    /// <exception cref="AnalysisFileException">A data set could not be read or an interval holds no data (with its line).</exception>
    internal static (TimeInterval[] Intervals, DataList[] Data, TimeSeriesBuilder[] Series, List<string> Notes, IReadOnlyList<double>? Edges) Prepare(AnalysisFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var settings = file.TimeResolved ?? throw new ArgumentException($"'{file.Path}' has no time_resolved section; run it with AnalysisRunner.", nameof(file));
        var label = Path.GetFileName(file.Path);
        var series = OpenAll(file, label);
        var notes = series.SelectMany(s => s.Warnings.Select(w => $"{s.Name}: {w}")).ToList();
        var (intervals, edges) = Intervals(settings, file, series, label, notes);
        var lists = new DataList[intervals.Count];
        var moved = new TimeInterval[intervals.Count];
        for (var i = 0; i < intervals.Count; i++)
        {
            var plugins = new IPlugin[series.Length];
            for (var d = 0; d < series.Length; d++)
            {
                var entry = file.Data[d];
                try
                {
                    series[d].SetActiveTimeInterval(intervals[i]);
                    plugins[d] = AnalysisDataBuilder.Configure(series[d].ToSpectrumLike(), entry, file.Assignments.GetValueOrDefault(entry.Name));
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    throw new AnalysisFileException([new AnalysisProblem(label, settings.Line, $"interval {i} ({intervals[i]} s) of data set '{entry.Name}': {e.Message.Split('\n')[0]}")]);
                }
            }

            var first = ((DispersionSpectrumLike)plugins[0]).Observation;
            moved[i] = new TimeInterval(first.TStart!.Value, first.TStop!.Value);
            lists[i] = new DataList(plugins);
        }

        notes.AddRange(series.SelectMany(s => s.Adjustments));
        return (moved, lists, series, notes, edges);
    }

    private static TimeSeriesBuilder[] OpenAll(AnalysisFile file, string label)
    {
        var problems = new List<AnalysisProblem>();
        var series = new TimeSeriesBuilder[file.Data.Count];
        for (var d = 0; d < series.Length; d++)
        {
            var entry = file.Data[d];
            var ts = entry.TimeSeries!;
            try
            {
                series[d] = TimeSeriesFiles.Open(entry.Name, entry.Observation, entry.Response!, ts.PolyOrder, ts.Format);
                series[d].SetBackgroundInterval([.. ts.BackgroundIntervals]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Each data set is independent: gather them all so one run shows every bad file.
                problems.Add(new AnalysisProblem(label, entry.Line, $"data set '{entry.Name}': {e.Message.Split('\n')[0]}"));
            }
        }

        return problems.Count == 0 ? series : throw new AnalysisFileException(problems);
    }

    /// <summary>The intervals to fit: as given, or the Bayesian blocks of one data set's light curve. On binned data the
    /// blocks start and end on bin edges, so a coarse bin overlapping the range can make a block that lies mostly outside
    /// it; blocks whose middle is outside start..stop are left out, and said so.</summary>
    private static (IReadOnlyList<TimeInterval> Intervals, IReadOnlyList<double>? Edges) Intervals(TimeResolvedSettings settings, AnalysisFile file,
        TimeSeriesBuilder[] series, string label, List<string> notes)
    {
        if (settings.Blocks is not { } b)
        {
            return (settings.Intervals, null);
        }

        var ts = series[file.Data.Select(d => d.Name).ToList().IndexOf(b.Data)];
        IReadOnlyList<TimeInterval> blocks;
        try
        {
            blocks = ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(b.Start, b.Stop), b.P0, b.EnergyMin, b.EnergyMax);
        }
        catch (ArgumentException e)
        {
            throw new AnalysisFileException([new AnalysisProblem(label, settings.Line, $"time_resolved.bayesian_blocks on '{b.Data}': {e.Message.Split('\n')[0]}")]);
        }

        var kept = new List<TimeInterval>();
        foreach (var block in blocks)
        {
            var middle = 0.5 * (block.Start + block.Stop);
            if (middle < b.Start || middle > b.Stop)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{b.Data}: Bayesian block {block} s left out: it lies mostly outside {b.Start:R}..{b.Stop:R} s (a bin that reaches past the range)."));
            }
            else
            {
                kept.Add(block);
            }
        }

        if (kept.Count == 0)
        {
            throw new AnalysisFileException([new AnalysisProblem(label, settings.Line, string.Create(CultureInfo.InvariantCulture,
                $"time_resolved.bayesian_blocks: no block of '{b.Data}' lies within {b.Start:R}..{b.Stop:R} s."))]);
        }

        return (kept, [.. kept.Select(k => k.Start).Append(kept[^1].Stop)]);
    }
}
