using System.Globalization;

namespace ThreeML.TimeSeries;

public sealed partial class TimeSeriesBuilder
{
    /// <summary>The first and last channel whose centre lies within an energy range (the light curve's selection).</summary>
    /// <param name="energyMin">Lowest channel centre kept, keV.</param>
    /// <param name="energyMax">Highest channel centre kept, keV.</param>
    /// <exception cref="ArgumentException">No channel centre lies in the range.</exception>
    public (int First, int Last) ChannelsBetween(double energyMin, double energyMax)
    {
        var edges = Series.ChannelEdges;
        var first = -1;
        var last = -1;
        for (var c = 0; c < Series.ChannelCount; c++)
        {
            var centre = 0.5 * (edges[c] + edges[c + 1]);
            if (centre >= energyMin && centre <= energyMax)
            {
                first = first < 0 ? c : first;
                last = c;
            }
        }

        return first >= 0
            ? (first, last)
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"No channel of '{Name}' has its centre within {energyMin}..{energyMax} keV (channels cover {edges[0]}..{edges[^1]} keV)."));
    }

    /// <summary>Bayesian blocks of the light curve over a time range (3ML's <c>create_time_bins(start, stop,
    /// method="bayesblocks", p0=…)</c>), as consecutive intervals: on binned data their edges are bin edges; on events they
    /// run from the first to the last event of the range, with edges halfway between events (Scargle et al. 2013).</summary>
    /// <param name="range">The time range, s relative to the trigger; every bin it overlaps takes part.</param>
    /// <param name="p0">False-alarm probability of a change point (3ML's default 0.05).</param>
    /// <param name="energyMin">Lowest channel centre counted, keV (default: all channels).</param>
    /// <param name="energyMax">Highest channel centre counted, keV.</param>
    /// <exception cref="ArgumentException">The range holds no bin, or no channel lies in the energy range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p0"/> is not in (0, 1).</exception>
    public IReadOnlyList<TimeInterval> CreateTimeBinsByBayesianBlocks(TimeInterval range, double p0 = 0.05,
        double energyMin = 0, double energyMax = double.PositiveInfinity)
    {
        var (firstChannel, lastChannel) = ChannelsBetween(energyMin, energyMax);
        if (_events is not null)
        {
            return EventBlocks(range, p0, firstChannel, lastChannel);
        }

        var (first, last) = Series.BinsOverlapping(range);
        if (first < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The range {range} holds no time bin of '{Name}' (data cover {Series.Starts[0]:R}..{Series.Stops[^1]:R} s)."), nameof(range));
        }

        var n = last - first + 1;
        var counts = new double[n];
        for (var i = 0; i < n; i++)
        {
            counts[i] = Series.CountsOf(first + i, firstChannel, lastChannel);
        }

        var edges = BayesianBlocks.ForBinned(Series.Starts.Slice(first, n), Series.Stops.Slice(first, n), counts, Series.Exposures.Slice(first, n), p0);
        var blocks = new TimeInterval[edges.Length - 1];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = new TimeInterval(edges[i], edges[i + 1]);
        }

        return blocks;
    }
}
