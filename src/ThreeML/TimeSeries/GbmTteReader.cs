using System.Globalization;
using ThreeML.Fits;
using ThreeML.Ogip;

namespace ThreeML.TimeSeries;

/// <summary>Reads a Fermi GBM time-tagged event (TTE) file into an <see cref="EventList"/> (3ML's <c>GBMTTEFile</c>).</summary>
/// <remarks>
/// <para>Layout (GBM data products): the primary header has TRIGTIME, TSTART and TSTOP (MET s); EVENTS has TIME (MET s,
/// possibly offset by TZERO) and PHA (0-based channel); EBOUNDS has E_MIN and E_MAX (keV) per channel; GTI, when present,
/// has START and STOP (MET s). Times become s relative to TRIGTIME (0 when the file has none, as 3ML).</para>
/// <para>Events out of time order are sorted, with a warning, as 3ML does. Each event's dead time follows 3ML's reading
/// of Meegan et al. (2009): 10 µs for an event in the overflow (last) channel, 2 µs otherwise.</para>
/// </remarks>
public static class GbmTteReader
{
    /// <summary>The dead time of an event in a regular channel, s (3ML's value).</summary>
    public const double DeadTime = 2.0e-6;

    /// <summary>The dead time of an event in the overflow (last) channel, s.</summary>
    public const double OverflowDeadTime = 10.0e-6;

    /// <summary>Reads the file.</summary>
    /// <param name="path">A GBM TTE file.</param>
    /// <exception cref="OgipFormatException">EVENTS or EBOUNDS is missing, a column is missing, a PHA value is outside
    /// the channels (the message names the row), or the file holds no event.</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EventList Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FitsFile fits = FitsFile.Read(path);
        var events = GbmPhaIIReader.Table(fits, path, "EVENTS");
        var ebounds = GbmPhaIIReader.Table(fits, path, "EBOUNDS");
        var eMin = GbmPhaIIReader.Column(ebounds, path, "EBOUNDS", "E_MIN");
        var eMax = GbmPhaIIReader.Column(ebounds, path, "EBOUNDS", "E_MAX");
        var channels = eMin.Length;
        var edges = new double[channels + 1];
        eMin.CopyTo(edges, 0);
        edges[channels] = eMax[channels - 1];

        var warnings = new List<string>();
        var primary = fits.Hdus[0].Header;
        var trigger = primary.TryGetDouble("TRIGTIME", out var t) || events.Header.TryGetDouble("TRIGTIME", out t) ? t : NoTrigger(path, warnings);
        var time = GbmPhaIIReader.Column(events, path, "EVENTS", "TIME");
        if (!events.TryGetColumn("PHA", out _))
        {
            throw new OgipFormatException("has no PHA column; expected the 0-based channel of each event.", path, "EVENTS", column: "PHA");
        }

        var pha = events.ReadInt32s("PHA");
        if (time.Length == 0)
        {
            throw new OgipFormatException("holds no event.", path, "EVENTS");
        }

        for (var r = 0; r < pha.Length; r++)
        {
            if ((uint)pha[r] >= (uint)channels || !double.IsFinite(time[r]))
            {
                throw new OgipFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"has PHA = {pha[r]} at TIME = {time[r]:R}; expected a channel 0..{channels - 1} (EBOUNDS has {channels}) and a finite time."), path, "EVENTS", column: "PHA", row: r);
            }
        }

        var order = Enumerable.Range(0, time.Length).ToArray();
        if (!IsSorted(time))
        {
            // A stable sort keeps events with equal times in file order.
            order = [.. order.OrderBy(i => time[i])];
            warnings.Add($"{path} [EVENTS]: the events are not in time order; they were sorted (3ML does the same).");
        }

        var times = new double[time.Length];
        var channel = new int[time.Length];
        var dead = new double[time.Length];
        for (var k = 0; k < order.Length; k++)
        {
            times[k] = time[order[k]] - trigger;
            channel[k] = pha[order[k]];
            dead[k] = channel[k] == channels - 1 ? OverflowDeadTime : DeadTime;
        }

        var start = Math.Min(times[0], (primary.TryGetDouble("TSTART", out var ts) || events.Header.TryGetDouble("TSTART", out ts) ? ts : times[0] + trigger) - trigger);
        var stop = Math.Max(Math.BitIncrement(times[^1]), (primary.TryGetDouble("TSTOP", out var te) || events.Header.TryGetDouble("TSTOP", out te) ? te : times[^1] + trigger) - trigger);
        return new EventList(times, channel, dead, edges, start, stop, trigger, GoodTimes(fits, path, trigger), warnings);
    }

    private static double NoTrigger(string path, List<string> warnings)
    {
        warnings.Add($"{path}: no TRIGTIME keyword; times are MET s (3ML counts from 0 as well).");
        return 0.0;
    }

    private static bool IsSorted(double[] time)
    {
        for (var i = 1; i < time.Length; i++)
        {
            if (time[i] < time[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static TimeInterval[]? GoodTimes(FitsFile fits, string path, double trigger)
    {
        if (!fits.TryGetExtension("GTI", out FitsHdu? hdu) || hdu is not BinaryTableHdu gti)
        {
            return null;
        }

        var starts = GbmPhaIIReader.Column(gti, path, "GTI", "START");
        var stops = GbmPhaIIReader.Column(gti, path, "GTI", "STOP");
        var intervals = new TimeInterval[starts.Length];
        for (var i = 0; i < intervals.Length; i++)
        {
            intervals[i] = stops[i] > starts[i]
                ? new TimeInterval(starts[i] - trigger, stops[i] - trigger)
                : throw new OgipFormatException(string.Create(CultureInfo.InvariantCulture, $"has STOP = {stops[i]:R} not after START = {starts[i]:R}."), path, "GTI", column: "STOP", row: i);
        }

        return intervals;
    }
}
