using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.TimeSeries;

public sealed partial class TimeSeriesBuilder
{
    /// <summary>The plugin of the active intervals: observed counts summed over their bins, dead-time-corrected
    /// exposure, polynomial background with Gaussian errors (PG-stat), and the response (RSP2 weighted by counts).</summary>
    /// <exception cref="InvalidOperationException">No background or no active interval has been set.</exception>
    public DispersionSpectrumLike ToSpectrumLike() =>
        _active.Length > 0
            ? Plugin(Name, _active)
            : throw new InvalidOperationException($"'{Name}' has no active time interval; call SetActiveTimeInterval first.");

    /// <summary>One plugin per interval (3ML's <c>to_spectrumlike(from_bins=True)</c>), named "{Name}_time{i}" from 0
    /// as 3ML. The active intervals are left as they were.</summary>
    /// <param name="intervals">Intervals in 3ML syntax, e.g. ["0-2", "2-4", "4-10"].</param>
    /// <exception cref="InvalidOperationException">No background has been set.</exception>
    /// <exception cref="FormatException">An interval is malformed.</exception>
    public IReadOnlyList<DispersionSpectrumLike> ToSpectrumLikes(IEnumerable<string> intervals) =>
        ToSpectrumLikes(TimeInterval.ParseAll(intervals));

    /// <summary>One plugin per interval, s relative to the trigger.</summary>
    /// <exception cref="InvalidOperationException">No background has been set.</exception>
    /// <exception cref="ArgumentException">An interval holds no bin.</exception>
    public IReadOnlyList<DispersionSpectrumLike> ToSpectrumLikes(IReadOnlyList<TimeInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var plugins = new DispersionSpectrumLike[intervals.Count];
        for (var i = 0; i < plugins.Length; i++)
        {
            plugins[i] = Plugin($"{Name}_time{i}", [Widen(intervals[i], "time-resolved")]);
        }

        return plugins;
    }

    /// <summary>The observed counts and the total exposure of a set of intervals already on bin edges.</summary>
    public (double[] Counts, double Exposure) ObservedCounts(IReadOnlyList<TimeInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var counts = new double[Series.ChannelCount];
        var exposure = 0.0;
        if (_events is not null)
        {
            foreach (var interval in intervals)
            {
                _events.AddCounts(interval.Start, interval.Stop, counts);
                exposure += _events.LiveTime(interval.Start, interval.Stop);
            }

            return (counts, exposure);
        }

        foreach (var bin in BackgroundFitter.SelectBinsAllowingOne(Series, intervals))
        {
            var row = Series.CountsOf(bin);
            for (var c = 0; c < counts.Length; c++)
            {
                counts[c] += row[c];
            }

            exposure += Series.Exposures[bin];
        }

        return (counts, exposure);
    }

    /// <summary>The background counts per channel and their 1σ errors over a set of intervals already on bin edges.</summary>
    /// <exception cref="InvalidOperationException">No background has been set.</exception>
    public (double[] Counts, double[] Errors) BackgroundCounts(IReadOnlyList<TimeInterval> intervals)
    {
        var background = RequireBackground();
        if (_events is not null)
        {
            var fractions = intervals.Select(i => _events.LiveTime(i.Start, i.Stop) / i.Duration).ToArray();
            return background.Predict([.. intervals.Select(i => i.Start)], [.. intervals.Select(i => i.Stop)], fractions);
        }

        var bins = BackgroundFitter.SelectBinsAllowingOne(Series, intervals);
        var starts = new double[bins.Length];
        var stops = new double[bins.Length];
        var live = new double[bins.Length];
        for (var j = 0; j < bins.Length; j++)
        {
            var b = bins[j];
            starts[j] = Series.Starts[b];
            stops[j] = Series.Stops[b];
            live[j] = Series.Exposures[b] / (stops[j] - starts[j]);
        }

        return background.Predict(starts, stops, live);
    }

    /// <summary>The response for the intervals: the single matrix, or the RSP2 matrices weighted by the counts of the
    /// data in each matrix's coverage (3ML's <c>weight_by_counts</c>).</summary>
    public InstrumentResponse ResponseFor(IReadOnlyList<TimeInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        return _response ?? _responseSet!.WeightByCounts(CountsBetween, intervals.Select(i => (i.Start, i.Stop)).ToArray());
    }

    private DispersionSpectrumLike Plugin(string name, TimeInterval[] intervals)
    {
        var (counts, errors) = BackgroundCounts(intervals);
        var (observed, exposure) = ObservedCounts(intervals);
        var response = ResponseFor(intervals);
        var start = intervals.Min(i => i.Start);
        var stop = intervals.Max(i => i.Stop);
        var observation = new BinnedSpectrumWithDispersion(observed, exposure, response, telescope: "GLAST", instrument: $"GBM_{Name}", tStart: start, tStop: stop);
        var background = new BinnedSpectrum(counts, exposure, response.ChannelEdges, countErrors: errors, isPoisson: false, telescope: "GLAST", instrument: $"GBM_{Name}", tStart: start, tStop: stop);
        return new DispersionSpectrumLike(name, observation, background);
    }

    /// <summary>Counts of all channels between two times, a partly covered bin counting by its covered fraction.</summary>
    private double CountsBetween(double a, double b)
    {
        if (_events is not null)
        {
            var (first, end) = _events.IndexRange(a, b);
            return end - first;
        }

        var total = 0.0;
        var starts = Series.Starts;
        var stops = Series.Stops;
        for (var i = 0; i < Series.BinCount; i++)
        {
            var overlap = Math.Min(b, stops[i]) - Math.Max(a, starts[i]);
            if (overlap > 0)
            {
                total += Series.CountsOf(i, 0, Series.ChannelCount - 1) * overlap / (stops[i] - starts[i]);
            }
        }

        return total;
    }
}
