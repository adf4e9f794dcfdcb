using System.Globalization;
using Astromodels;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Results;

namespace ThreeML.TimeSeries;

/// <summary>Fits the same model to the data of each time interval and collects the results in an
/// <see cref="AnalysisResultsSet"/> whose SEQUENCE holds the intervals (time-resolved spectroscopy).</summary>
/// <remarks>
/// <para>3ML users write the loop themselves — one <c>JointLikelihood</c> per interval, then
/// <c>AnalysisResultsSet(results).set_bins("time", tstart, tstop, unit="s")</c>; this helper is that loop. The set's
/// SEQUENCE is named "time" with columns LOWER_BOUND and UPPER_BOUND in s relative to the trigger, so the file reads
/// in 3ML's <c>load_analysis_results</c>.</para>
/// <para>Each interval gets its own clone of the model and its own <see cref="JointLikelihood"/>, which binds its own
/// copies of the plugins (<see cref="IPlugin.Bind"/>); the intervals are fitted in parallel. Random draws are seeded per
/// interval (<see cref="TimeResolvedOptions.Seed"/> + i), so the results are bit-identical for any thread count. A fit
/// that did not converge stays in the set with <see cref="MLEResults.IsValid"/> false and its reason, as a single fit.</para>
/// </remarks>
public static class TimeResolvedAnalysis
{
    /// <summary>The SEQUENCE name (FITS SEQ_TYPE) of a time-resolved set, as 3ML users write it.</summary>
    public const string SequenceName = "time";

    /// <summary>Fits <paramref name="model"/> to each interval's data list.</summary>
    /// <param name="intervals">The intervals, s relative to the trigger, in the order of the results.</param>
    /// <param name="data">One data list per interval, in the same order (left untouched: each fit binds copies).</param>
    /// <param name="model">The model; every interval fits its own clone, starting from this model's values.</param>
    /// <param name="options">Samples, seed, parallelism and strategy; null for <see cref="TimeResolvedOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the fits.</param>
    /// <returns>One <see cref="MLEResults"/> per interval, in interval order, with the "time" SEQUENCE.</returns>
    /// <exception cref="ArgumentException">No interval, or the numbers of intervals and data lists differ.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static AnalysisResultsSet Fit(IReadOnlyList<TimeInterval> intervals, IReadOnlyList<DataList> data, Model model,
        TimeResolvedOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        options ??= TimeResolvedOptions.Default;
        if (intervals.Count == 0)
        {
            throw new ArgumentException("Give at least one time interval to fit.", nameof(intervals));
        }

        if (data.Count != intervals.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{intervals.Count} time intervals but {data.Count} data lists; expected one data list per interval."), nameof(data));
        }

        // Models are cloned and plugins bound one after the other: only the fits, which share nothing, run in parallel.
        var analyses = new JointLikelihood[intervals.Count];
        for (var i = 0; i < analyses.Length; i++)
        {
            var list = data[i] ?? throw new ArgumentException($"The data list of interval {i} ({intervals[i]}) is null.", nameof(data));
            analyses[i] = new JointLikelihood(model.Clone(), list)
            {
                Strategy = options.Strategy,
                GlobalOptions = options.GlobalOptions,
                MaxAttempts = options.MaxAttempts,
            };
            if (options.Minimizer is { } minimizer)
            {
                analyses[i].Minimizer = minimizer;
            }
        }

        var results = new AnalysisResults[analyses.Length];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, analyses.Length, parallel, i =>
            results[i] = analyses[i].Fit(options.Samples, new Random(unchecked(options.Seed + i)), cancellationToken));

        var set = new AnalysisResultsSet(results);
        set.SetBins(SequenceName, [.. intervals.Select(t => t.Start)], [.. intervals.Select(t => t.Stop)], "s");
        return set;
    }

    /// <summary>Fits <paramref name="model"/> to one detector's time series in each interval (3ML's
    /// <c>to_spectrumlike(from_bins=True)</c> followed by one fit per plugin).</summary>
    /// <param name="timeSeries">The detector's time series, with its background fitted.</param>
    /// <param name="intervals">The intervals, s relative to the trigger; each is moved to bin edges as
    /// <see cref="TimeSeriesBuilder.ToSpectrumLikes(IReadOnlyList{TimeInterval})"/> does, and the SEQUENCE holds the
    /// moved intervals.</param>
    /// <param name="model">The model; every interval fits its own clone.</param>
    /// <param name="activeMeasurements">The energy selection of every plugin in 3ML syntax (e.g. "9-900"), or none for
    /// all channels.</param>
    /// <param name="options">Samples, seed, parallelism and strategy; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the fits.</param>
    /// <returns>One result per interval with the "time" SEQUENCE.</returns>
    /// <exception cref="InvalidOperationException">The time series has no background.</exception>
    /// <exception cref="ArgumentException">No interval, or an interval holds no bin.</exception>
    public static AnalysisResultsSet Fit(TimeSeriesBuilder timeSeries, IReadOnlyList<TimeInterval> intervals, Model model,
        IReadOnlyList<string>? activeMeasurements = null, TimeResolvedOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeSeries);
        ArgumentNullException.ThrowIfNull(intervals);
        if (intervals.Count == 0)
        {
            throw new ArgumentException("Give at least one time interval to fit.", nameof(intervals));
        }

        var plugins = timeSeries.ToSpectrumLikes(intervals);
        var moved = new TimeInterval[plugins.Count];
        var lists = new DataList[plugins.Count];
        for (var i = 0; i < plugins.Count; i++)
        {
            if (activeMeasurements is { Count: > 0 })
            {
                plugins[i].SetActiveMeasurements([.. activeMeasurements]);
            }

            var observation = plugins[i].Observation;
            moved[i] = new TimeInterval(observation.TStart!.Value, observation.TStop!.Value);
            lists[i] = new DataList(plugins[i]);
        }

        return Fit(moved, lists, model, options, cancellationToken);
    }
}
