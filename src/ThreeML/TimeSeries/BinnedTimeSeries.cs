namespace ThreeML.TimeSeries;

/// <summary>Counts per time bin and channel (a GBM CSPEC/CTIME file or binned events), with the dead-time-corrected
/// exposure of each bin (3ML's <c>BinnedSpectrumSeries</c>).</summary>
/// <remarks>Times are s relative to <see cref="ReferenceTime"/> (the trigger time, MET s). Bins are sorted and
/// must not overlap. Instances are immutable.</remarks>
public sealed class BinnedTimeSeries
{
    private readonly double[] _starts;
    private readonly double[] _stops;
    private readonly double[] _exposures;
    private readonly double[] _counts;
    private readonly double[] _channelEdges;

    /// <summary>Creates a series.</summary>
    /// <param name="starts">Bin starts, s relative to <paramref name="referenceTime"/>.</param>
    /// <param name="stops">Bin stops, s.</param>
    /// <param name="exposures">Dead-time-corrected exposure of each bin, s (positive, at most the bin width).</param>
    /// <param name="counts">Counts, row-major: bin × channel.</param>
    /// <param name="channelEdges">Channel energy edges, keV (channels + 1).</param>
    /// <param name="referenceTime">The trigger time, MET s.</param>
    /// <param name="warnings">What the reader left out or repaired, or null.</param>
    /// <exception cref="ArgumentException">Lengths disagree, bins are unsorted/overlapping/empty, an exposure is not
    /// positive, or a count is negative or not finite.</exception>
    public BinnedTimeSeries(double[] starts, double[] stops, double[] exposures, double[] counts, double[] channelEdges,
        double referenceTime = 0.0, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(channelEdges);
        var n = starts.Length;
        var channels = channelEdges.Length - 1;
        if (n == 0 || stops.Length != n || exposures.Length != n || channels < 1 || counts.Length != n * channels)
        {
            throw new ArgumentException($"A binned time series needs ≥ 1 bin with as many stops and exposures as starts and bins × channels counts; got {n} starts, {stops.Length} stops, {exposures.Length} exposures, {channelEdges.Length} channel edges and {counts.Length} counts.");
        }

        for (var i = 0; i < n; i++)
        {
            if (!(stops[i] > starts[i]) || (i > 0 && starts[i] < stops[i - 1]) || !(exposures[i] > 0) || !double.IsFinite(exposures[i]))
            {
                throw new ArgumentException($"Time bin {i} (0-based) is empty, unsorted, overlaps the previous one or has a non-positive exposure (start {starts[i]}, stop {stops[i]}, exposure {exposures[i]} s).");
            }
        }

        foreach (var c in counts)
        {
            if (!(c >= 0) || !double.IsFinite(c))
            {
                throw new ArgumentException($"Counts must be finite and non-negative; found {c}.", nameof(counts));
            }
        }

        _starts = starts;
        _stops = stops;
        _exposures = exposures;
        _counts = counts;
        _channelEdges = channelEdges;
        ReferenceTime = referenceTime;
        Warnings = warnings ?? [];
    }

    /// <summary>The number of time bins.</summary>
    public int BinCount => _starts.Length;

    /// <summary>The number of energy channels.</summary>
    public int ChannelCount => _channelEdges.Length - 1;

    /// <summary>The trigger time, MET s; every time of the series is relative to it.</summary>
    public double ReferenceTime { get; }

    /// <summary>Bin starts, s relative to <see cref="ReferenceTime"/>.</summary>
    public ReadOnlySpan<double> Starts => _starts;

    /// <summary>Bin stops, s relative to <see cref="ReferenceTime"/>.</summary>
    public ReadOnlySpan<double> Stops => _stops;

    /// <summary>Dead-time-corrected exposure of each bin, s.</summary>
    public ReadOnlySpan<double> Exposures => _exposures;

    /// <summary>Channel energy edges, keV.</summary>
    public ReadOnlySpan<double> ChannelEdges => _channelEdges;

    /// <summary>What the reader left out or repaired (e.g. a row with a negative EXPOSURE), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The counts of one bin, per channel.</summary>
    public ReadOnlySpan<double> CountsOf(int bin) => _counts.AsSpan(bin * ChannelCount, ChannelCount);

    /// <summary>The counts of one bin summed over channels <paramref name="firstChannel"/>..<paramref name="lastChannel"/>
    /// (0-based, inclusive).</summary>
    public double CountsOf(int bin, int firstChannel, int lastChannel)
    {
        var row = CountsOf(bin);
        var sum = 0.0;
        for (var c = firstChannel; c <= lastChannel; c++)
        {
            sum += row[c];
        }

        return sum;
    }

    /// <summary>The 0-based indices of the first and last bins lying wholly inside an interval (ends compared after
    /// rounding to 1e-6 s, as 3ML compares intervals read from strings), or (−1, −2) when none does.</summary>
    public (int First, int Last) BinsInside(TimeInterval interval)
    {
        var first = -1;
        var last = -2;
        var a = Math.Round(interval.Start, 6);
        var b = Math.Round(interval.Stop, 6);
        for (var i = 0; i < BinCount; i++)
        {
            if (Math.Round(_starts[i], 6) >= a && Math.Round(_stops[i], 6) <= b)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return (first, last);
    }

    /// <summary>The 0-based indices of the bins that overlap an interval (3ML selects bins touching it and widens the
    /// interval to their edges).</summary>
    public (int First, int Last) BinsOverlapping(TimeInterval interval)
    {
        var first = -1;
        var last = -2;
        for (var i = 0; i < BinCount; i++)
        {
            if (_stops[i] > interval.Start && _starts[i] < interval.Stop)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return (first, last);
    }
}
