using System.Globalization;

namespace ThreeML.TimeSeries;

/// <summary>Time-tagged events (GBM TTE): arrival time, channel and dead time of each event, with the channel energies
/// and the time the list covers (3ML's <c>EventListWithDeadTime</c>).</summary>
/// <remarks>Times are s relative to <see cref="ReferenceTime"/> (the trigger, MET s), sorted ascending. An interval
/// [a, b) holds the events with a ≤ t &lt; b, so adjacent intervals never share an event; its live time is b − a minus
/// the dead time of its events (3ML's <c>exposure_over_interval</c>). Cumulative sums make every count and live time a
/// pair of binary searches. Instances are immutable.</remarks>
public sealed class EventList
{
    private readonly double[] _times;
    private readonly int[] _channels;
    private readonly double[] _deadTimeBefore;
    private readonly double[] _channelEdges;
    private readonly TimeInterval[] _goodTimes;

    /// <summary>Creates a list.</summary>
    /// <param name="times">Arrival times, s relative to <paramref name="referenceTime"/>, sorted ascending.</param>
    /// <param name="channels">The 0-based channel of each event.</param>
    /// <param name="deadTimes">The dead time each event causes, s (≥ 0).</param>
    /// <param name="channelEdges">Channel energy edges, keV (channels + 1).</param>
    /// <param name="start">Start of the time the list covers, s (≤ the first event).</param>
    /// <param name="stop">End of the time the list covers, s (&gt; the last event).</param>
    /// <param name="referenceTime">The trigger time, MET s.</param>
    /// <param name="goodTimes">Good time intervals (GTI), s, sorted and disjoint; null for start..stop. Time outside them
    /// has no exposure.</param>
    /// <param name="warnings">What the reader repaired (e.g. sorted events), or null.</param>
    /// <exception cref="ArgumentException">Lengths disagree, times are unsorted, outside start..stop or not finite, a
    /// channel is out of range, a dead time is negative, or the good time intervals overlap.</exception>
    public EventList(double[] times, int[] channels, double[] deadTimes, double[] channelEdges, double start, double stop,
        double referenceTime = 0.0, IReadOnlyList<TimeInterval>? goodTimes = null, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(deadTimes);
        ArgumentNullException.ThrowIfNull(channelEdges);
        var n = times.Length;
        var channelCount = channelEdges.Length - 1;
        if (channels.Length != n || deadTimes.Length != n || channelCount < 1 || !(stop > start))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"An event list needs as many channels and dead times as times, ≥ 2 channel edges and start < stop; got {n} times, {channels.Length} channels, {deadTimes.Length} dead times, {channelEdges.Length} edges, {start}..{stop} s."));
        }

        _deadTimeBefore = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(times[i]) || times[i] < start || times[i] >= stop || (i > 0 && times[i] < times[i - 1]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Event {i} (0-based) at {times[i]} s is not finite, lies outside {start}..{stop} s or breaks the ascending order."), nameof(times));
            }

            if ((uint)channels[i] >= (uint)channelCount || !(deadTimes[i] >= 0))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Event {i} (0-based) has channel {channels[i]} (expected 0..{channelCount - 1}) or dead time {deadTimes[i]} s (expected ≥ 0)."), nameof(channels));
            }

            _deadTimeBefore[i + 1] = _deadTimeBefore[i] + deadTimes[i];
        }

        _goodTimes = goodTimes is null ? [new TimeInterval(start, stop)] : [.. goodTimes];
        for (var g = 1; g < _goodTimes.Length; g++)
        {
            if (_goodTimes[g].Start < _goodTimes[g - 1].Stop)
            {
                throw new ArgumentException($"Good time interval {g} ({_goodTimes[g]}) starts before the previous one ends ({_goodTimes[g - 1]}); expected sorted, disjoint intervals.", nameof(goodTimes));
            }
        }

        _times = times;
        _channels = channels;
        _channelEdges = channelEdges;
        Start = start;
        Stop = stop;
        ReferenceTime = referenceTime;
        Warnings = warnings ?? [];
    }

    /// <summary>The number of events.</summary>
    public int Count => _times.Length;

    /// <summary>The number of channels.</summary>
    public int ChannelCount => _channelEdges.Length - 1;

    /// <summary>Arrival times, s relative to <see cref="ReferenceTime"/>, ascending.</summary>
    public ReadOnlySpan<double> Times => _times;

    /// <summary>The 0-based channel of each event.</summary>
    public ReadOnlySpan<int> Channels => _channels;

    /// <summary>Channel energy edges, keV.</summary>
    public ReadOnlySpan<double> ChannelEdges => _channelEdges;

    /// <summary>Start of the time covered, s.</summary>
    public double Start { get; }

    /// <summary>End of the time covered, s.</summary>
    public double Stop { get; }

    /// <summary>The trigger time, MET s.</summary>
    public double ReferenceTime { get; }

    /// <summary>The good time intervals, s (start..stop when the file has none).</summary>
    public IReadOnlyList<TimeInterval> GoodTimes => _goodTimes;

    /// <summary>What the reader repaired or left out.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The index range [First, End) of the events with start ≤ t &lt; stop.</summary>
    /// <param name="start">Interval start, s.</param>
    /// <param name="stop">Interval stop, s.</param>
    public (int First, int End) IndexRange(double start, double stop) => (LowerBound(start), LowerBound(stop));

    /// <summary>The live time of [start, stop): the part of it inside the good time intervals minus the dead time of
    /// its events, s.</summary>
    /// <param name="start">Interval start, s.</param>
    /// <param name="stop">Interval stop, s.</param>
    public double LiveTime(double start, double stop)
    {
        var good = 0.0;
        foreach (var g in _goodTimes)
        {
            good += Math.Max(0, Math.Min(stop, g.Stop) - Math.Max(start, g.Start));
        }

        var (first, end) = IndexRange(start, stop);
        return good - (_deadTimeBefore[end] - _deadTimeBefore[first]);
    }

    /// <summary>Adds the events of [start, stop) to <paramref name="counts"/>, one entry per channel.</summary>
    /// <param name="start">Interval start, s.</param>
    /// <param name="stop">Interval stop, s.</param>
    /// <param name="counts">Counts per channel, added to.</param>
    /// <exception cref="ArgumentException"><paramref name="counts"/> is shorter than <see cref="ChannelCount"/>.</exception>
    public void AddCounts(double start, double stop, Span<double> counts)
    {
        if (counts.Length < ChannelCount)
        {
            throw new ArgumentException($"Give room for {ChannelCount} channels; got {counts.Length}.", nameof(counts));
        }

        var (first, end) = IndexRange(start, stop);
        foreach (var c in _channels.AsSpan(first, end - first))
        {
            counts[c] += 1;
        }
    }

    /// <summary>The events binned in time from <see cref="Start"/> in steps of <paramref name="width"/> (the last bin
    /// ends at <see cref="Stop"/>), each bin's exposure its live time (3ML's binned view of TTE); bins with no live time
    /// (outside the good time intervals) are left out.</summary>
    /// <param name="width">Bin width, s.</param>
    /// <exception cref="ArgumentOutOfRangeException">The width is not positive, or gives more than 10⁷ bins.</exception>
    public BinnedTimeSeries Bin(double width)
    {
        if (!(width > 0) || (Stop - Start) / width > 1e7)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "The bin width must be positive and give at most 10^7 bins.");
        }

        var n = (int)Math.Ceiling(((Stop - Start) / width) - 1e-9);
        var starts = new List<double>(n);
        var stops = new List<double>(n);
        var exposures = new List<double>(n);
        var counts = new double[n * ChannelCount];
        for (var i = 0; i < n; i++)
        {
            var a = Start + (i * width);
            var b = i == n - 1 ? Stop : Start + ((i + 1) * width);
            var live = LiveTime(a, b);
            if (!(live > 0))
            {
                continue;
            }

            AddCounts(a, b, counts.AsSpan(starts.Count * ChannelCount, ChannelCount));
            starts.Add(a);
            stops.Add(b);
            exposures.Add(live);
        }

        return new BinnedTimeSeries([.. starts], [.. stops], [.. exposures], counts[..(starts.Count * ChannelCount)], _channelEdges, ReferenceTime, Warnings);
    }

    private int LowerBound(double t)
    {
        var index = Array.BinarySearch(_times, t);
        if (index < 0)
        {
            return ~index;
        }

        // Equal times: the first of them.
        while (index > 0 && _times[index - 1] == t)
        {
            index--;
        }

        return index;
    }
}
