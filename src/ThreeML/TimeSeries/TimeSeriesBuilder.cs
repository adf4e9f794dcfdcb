using System.Globalization;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Responses;

namespace ThreeML.TimeSeries;

/// <summary>Turns a GBM-class time series into spectral plugins: background polynomials fitted in off-source intervals,
/// source intervals selected by hand or by Bayesian blocks (3ML's <c>TimeSeriesBuilder</c>).</summary>
/// <remarks>
/// <para>Typical use, as in 3ML: <c>FromGbmCspecOrCtime</c>, <c>SetBackgroundInterval("-24--5", "100-200")</c>,
/// <c>SetActiveTimeInterval("0-10")</c>, <c>ToSpectrumLike()</c>. Intervals are s relative to the trigger time; each is
/// moved to bin edges — a source interval grows to the bins it overlaps, a background interval shrinks to the bins
/// wholly inside it — and every adjustment is listed in <see cref="Adjustments"/>.</para>
/// <para>The plugin's background is the polynomial integral with Gaussian errors from the fit covariance, so the
/// likelihood is 3ML's PG-stat. A multi-matrix response (RSP2) is weighted by the counts of the data in the selected
/// intervals (3ML's <c>weight_by_counts</c>).</para>
/// <para>Not thread-safe: a builder is a mutable session object like 3ML's; the plugins it returns are independent.</para>
/// </remarks>
public sealed partial class TimeSeriesBuilder
{
    private readonly InstrumentResponse? _response;
    private readonly ResponseSet? _responseSet;
    private readonly EventList? _events;
    private readonly int _polyOrder;
    private readonly List<string> _adjustments = [];
    private TimeInterval[] _active = [];

    private TimeSeriesBuilder(string name, BinnedTimeSeries series, InstrumentResponse? response, ResponseSet? responseSet, int polyOrder, EventList? events = null)
    {
        if (polyOrder is < -1 or > BackgroundFitter.MaxAutomaticOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(polyOrder), polyOrder, "The background polynomial order must be 0..4, or -1 to choose it automatically (3ML's default).");
        }

        var channels = response?.ChannelCount ?? responseSet!.Responses[0].ChannelCount;
        if (channels != series.ChannelCount)
        {
            throw new ArgumentException($"The response has {channels} channels but the time series has {series.ChannelCount}; expected the response of the same detector and data type.");
        }

        Name = name;
        Series = series;
        _response = response;
        _responseSet = responseSet;
        _polyOrder = polyOrder;
        _events = events;
    }

    /// <summary>The plugin name (e.g. the detector, "n3").</summary>
    public string Name { get; }

    /// <summary>The binned data: the CSPEC/CTIME bins, or for events their light curve binned at the width given when
    /// the builder was made.</summary>
    public BinnedTimeSeries Series { get; }

    /// <summary>The events of a TTE time series, or null for binned data.</summary>
    public EventList? Events => _events;

    /// <summary>The fitted background, or null before <see cref="SetBackgroundInterval(string[])"/> or
    /// <see cref="RestoreBackground"/>.</summary>
    public BackgroundModel? Background { get; private set; }

    /// <summary>The active (source) intervals as widened to bin edges, s relative to the trigger.</summary>
    public IReadOnlyList<TimeInterval> ActiveIntervals => _active;

    /// <summary>Every widening of a requested interval to bin edges, one line each (3ML logs these).</summary>
    public IReadOnlyList<string> Adjustments => _adjustments;

    /// <summary>Reader warnings (e.g. rows left out for a bad exposure).</summary>
    public IReadOnlyList<string> Warnings => Series.Warnings;

    /// <summary>Reads a GBM CSPEC or CTIME file and its response (RSP: one matrix; RSP2: several, weighted over the
    /// selected interval).</summary>
    /// <param name="name">The plugin name, e.g. "n3".</param>
    /// <param name="cspecOrCtimePath">The PHA-II file.</param>
    /// <param name="responsePath">The .rsp or .rsp2 file.</param>
    /// <param name="polyOrder">Background order 0..4, or −1 to choose it by likelihood-ratio tests (3ML's default).</param>
    /// <exception cref="OgipFormatException">A file breaks the format.</exception>
    /// <exception cref="ArgumentException">The response's channels disagree with the data, or the order is out of range.</exception>
    public static TimeSeriesBuilder FromGbmCspecOrCtime(string name, string cspecOrCtimePath, string responsePath, int polyOrder = -1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var series = GbmPhaIIReader.Read(cspecOrCtimePath);
        return FromSeries(name, series, responsePath, polyOrder);
    }

    /// <summary>Wraps an already binned series (e.g. simulated data) with a response file.</summary>
    /// <exception cref="ArgumentException">See <see cref="FromGbmCspecOrCtime"/>.</exception>
    public static TimeSeriesBuilder FromSeries(string name, BinnedTimeSeries series, string responsePath, int polyOrder = -1)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(responsePath);
        // As 3ML: an ".rsp2" file is a set of matrices in time, anything else one matrix.
        return responsePath.EndsWith(".rsp2", StringComparison.OrdinalIgnoreCase)
            ? new TimeSeriesBuilder(name, series, null, OgipResponse.ReadSet(responsePath, halfShifted: true, referenceTime: series.ReferenceTime), polyOrder)
            : new TimeSeriesBuilder(name, series, OgipResponse.Read(responsePath), null, polyOrder);
    }

    /// <summary>Wraps a binned series with a single response (e.g. simulated data).</summary>
    /// <exception cref="ArgumentException">See <see cref="FromGbmCspecOrCtime"/>.</exception>
    public static TimeSeriesBuilder FromSeries(string name, BinnedTimeSeries series, InstrumentResponse response, int polyOrder = -1)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(response);
        return new TimeSeriesBuilder(name, series, response, null, polyOrder);
    }

    /// <summary>Fits the background polynomials in the given intervals (3ML syntax, e.g. "-24--5", "100-200").</summary>
    /// <exception cref="FormatException">An interval is malformed.</exception>
    /// <exception cref="ArgumentException">The intervals hold too few bins.</exception>
    public void SetBackgroundInterval(params string[] intervals) => SetBackgroundInterval(TimeInterval.ParseAll(intervals));

    /// <summary>Fits the background polynomials in the given intervals, s relative to the trigger.</summary>
    /// <exception cref="ArgumentException">No interval, or the intervals hold too few bins.</exception>
    public void SetBackgroundInterval(params TimeInterval[] intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var widened = intervals.Select(i => Widen(i, "background", inside: true)).ToArray();
        Background = _events is null ? BackgroundFitter.FitBinned(Series, widened, _polyOrder) : BackgroundFitter.FitUnbinned(_events, widened, _polyOrder);
    }

    /// <summary>Selects the source intervals (3ML syntax, e.g. "0-10"; several are summed).</summary>
    /// <exception cref="FormatException">An interval is malformed.</exception>
    /// <exception cref="ArgumentException">An interval holds no bin.</exception>
    public void SetActiveTimeInterval(params string[] intervals) => SetActiveTimeInterval(TimeInterval.ParseAll(intervals));

    /// <summary>Selects the source intervals, s relative to the trigger; several are summed.</summary>
    /// <exception cref="ArgumentException">No interval, or an interval holds no bin.</exception>
    public void SetActiveTimeInterval(params TimeInterval[] intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        if (intervals.Length == 0)
        {
            throw new ArgumentException("Give at least one active time interval.", nameof(intervals));
        }

        _active = intervals.Select(i => Widen(i, "active")).ToArray();
    }

    /// <summary>Writes the fitted background (3ML's <c>save_background</c>).</summary>
    /// <exception cref="InvalidOperationException">No background has been fitted.</exception>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public void SaveBackground(string path, bool overwrite = false) => RequireBackground().Save(path, overwrite);

    /// <summary>Reuses a background written by <see cref="SaveBackground"/> (3ML's <c>restore_background</c>).</summary>
    /// <exception cref="ArgumentException">The saved background has a different number of channels.</exception>
    public void RestoreBackground(string path)
    {
        var restored = BackgroundModel.Restore(path);
        Background = restored.ChannelCount == Series.ChannelCount
            ? restored
            : throw new ArgumentException($"'{path}' holds a background for {restored.ChannelCount} channels but the series has {Series.ChannelCount}.", nameof(path));
    }

    /// <summary>Moves an interval to bin edges: a background interval shrinks to the bins wholly inside it (so no
    /// bin reaches into the source), a source interval grows to every bin it overlaps.</summary>
    private TimeInterval Widen(TimeInterval requested, string role, bool inside = false)
    {
        if (_events is not null)
        {
            return Clip(requested, role);
        }

        var (first, last) = inside ? Series.BinsInside(requested) : Series.BinsOverlapping(requested);
        if (first < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The {role} interval {requested} holds no {(inside ? "whole " : string.Empty)}time bin of '{Name}' (data cover {Series.Starts[0]:R}..{Series.Stops[^1]:R} s relative to the trigger)."));
        }

        var widened = new TimeInterval(Series.Starts[first], Series.Stops[last]);
        if (widened != requested)
        {
            _adjustments.Add(string.Create(CultureInfo.InvariantCulture, $"{Name}: {role} interval {requested} adjusted to the bin edges {widened}."));
        }

        return widened;
    }

    private BackgroundModel RequireBackground() =>
        Background ?? throw new InvalidOperationException($"'{Name}' has no background yet; call SetBackgroundInterval (or RestoreBackground) first.");
}
