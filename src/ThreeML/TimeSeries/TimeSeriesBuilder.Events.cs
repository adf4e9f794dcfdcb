using System.Globalization;
using ThreeML.Ogip;
using ThreeML.Responses;

namespace ThreeML.TimeSeries;

public sealed partial class TimeSeriesBuilder
{
    /// <summary>Reads a GBM TTE event file and its response (3ML's <c>from_gbm_tte</c>): the background is fitted to the
    /// events unbinned, intervals are used as given (clipped to the data), and counts and live times come from the
    /// events themselves.</summary>
    /// <param name="name">The plugin name, e.g. "n3".</param>
    /// <param name="ttePath">The TTE file.</param>
    /// <param name="responsePath">The .rsp or .rsp2 file.</param>
    /// <param name="polyOrder">Background order 0..4, or −1 to choose 0..2 by likelihood-ratio tests (3ML's default).</param>
    /// <param name="lightCurveBinWidth">Width of the bins of <see cref="Series"/> (light curve, plots), s.</param>
    /// <exception cref="OgipFormatException">A file breaks the format.</exception>
    /// <exception cref="ArgumentException">The response's channels disagree with the data, or the order is out of range.</exception>
    public static TimeSeriesBuilder FromGbmTte(string name, string ttePath, string responsePath, int polyOrder = -1, double lightCurveBinWidth = 1.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(responsePath);
        var events = GbmTteReader.Read(ttePath);
        var series = events.Bin(lightCurveBinWidth);
        return responsePath.EndsWith(".rsp2", StringComparison.OrdinalIgnoreCase)
            ? new TimeSeriesBuilder(name, series, null, OgipResponse.ReadSet(responsePath, halfShifted: true, referenceTime: events.ReferenceTime), polyOrder, events)
            : new TimeSeriesBuilder(name, series, OgipResponse.Read(responsePath), null, polyOrder, events);
    }

    /// <summary>Wraps an event list (e.g. simulated events) with a single response.</summary>
    /// <param name="name">The plugin name.</param>
    /// <param name="events">The events.</param>
    /// <param name="response">The response, with the events' channels.</param>
    /// <param name="polyOrder">Background order 0..4, or −1 to choose it.</param>
    /// <param name="lightCurveBinWidth">Width of the bins of <see cref="Series"/>, s.</param>
    /// <exception cref="ArgumentException">See <see cref="FromGbmTte"/>.</exception>
    public static TimeSeriesBuilder FromEvents(string name, EventList events, InstrumentResponse response, int polyOrder = -1, double lightCurveBinWidth = 1.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(response);
        return new TimeSeriesBuilder(name, events.Bin(lightCurveBinWidth), response, null, polyOrder, events);
    }

    /// <summary>An interval of event data clipped to the time the events cover; the change, if any, is reported.</summary>
    private TimeInterval Clip(TimeInterval requested, string role)
    {
        var events = _events!;
        var start = Math.Max(requested.Start, events.Start);
        var stop = Math.Min(requested.Stop, events.Stop);
        if (!(stop > start))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The {role} interval {requested} lies outside the events of '{Name}' ({events.Start:R}..{events.Stop:R} s relative to the trigger)."));
        }

        var clipped = new TimeInterval(start, stop);
        if (clipped != requested)
        {
            _adjustments.Add(string.Create(CultureInfo.InvariantCulture, $"{Name}: {role} interval {requested} clipped to the events, {clipped}."));
        }

        return clipped;
    }

    /// <summary>Bayesian blocks on the events of a range and channel selection (3ML's TTE <c>bayesblocks</c>).</summary>
    private IReadOnlyList<TimeInterval> EventBlocks(TimeInterval range, double p0, int firstChannel, int lastChannel)
    {
        var events = _events!;
        var clipped = Clip(range, "block");
        var (first, end) = events.IndexRange(clipped.Start, clipped.Stop);
        var times = new List<double>(end - first);
        var channels = events.Channels;
        var all = events.Times;
        for (var j = first; j < end; j++)
        {
            if (channels[j] >= firstChannel && channels[j] <= lastChannel)
            {
                times.Add(all[j]);
            }
        }

        var edges = BayesianBlocks.ForEvents(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(times), p0);
        var blocks = new TimeInterval[edges.Length - 1];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = new TimeInterval(edges[i], edges[i + 1]);
        }

        return blocks;
    }
}
