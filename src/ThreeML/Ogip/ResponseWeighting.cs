using System.Globalization;
using ThreeML.Responses;

namespace ThreeML.Ogip;

/// <summary>The coverage bookkeeping of <see cref="ResponseSet"/>, following 3ML's <c>InstrumentResponseSet</c>.</summary>
internal static class ResponseWeighting
{
    /// <summary>GBM's half-shifted convention (3ML's default): matrix i covers from the midpoint of matrix i − 1 to its
    /// own midpoint; the first one starts at its TSTART. A single matrix keeps its TSTART/TSTOP.</summary>
    public static (double Start, double Stop)[] Shift(List<(double Start, double Stop)> coverage, bool halfShifted)
    {
        var result = coverage.ToArray();
        if (!halfShifted || result.Length < 2)
        {
            return result;
        }

        for (var i = 0; i < result.Length; i++)
        {
            var mid = (coverage[i].Start + coverage[i].Stop) / 2.0;
            result[i] = (i == 0 ? coverage[i].Start : result[i - 1].Stop, mid);
        }

        return result;
    }

    public static void CheckGridsAndContiguity(List<OgipTable> tables, List<InstrumentResponse> responses, (double Start, double Stop)[] coverage, int[] keep)
    {
        var first = responses[keep[0]];
        for (var n = 0; n < keep.Length; n++)
        {
            var i = keep[n];
            if (!responses[i].EnergyEdges.SequenceEqual(first.EnergyEdges) || !responses[i].ChannelEdges.SequenceEqual(first.ChannelEdges))
            {
                throw tables[i].Error($"(EXTVER {tables[i].Hdu.ExtVer}) has a different energy grid from the first matrix; expected every matrix of the set on the same ENERG_LO/ENERG_HI and EBOUNDS.", column: "ENERG_LO");
            }

            if (n > 0)
            {
                var previousStop = coverage[keep[n - 1]].Stop;
                var start = coverage[i].Start;
                // 1 ms plus 1e-9 relative: tight enough to catch gaps, loose enough for times printed with 13 digits.
                if (Math.Abs(start - previousStop) > 1e-3 + (1e-9 * Math.Abs(start)))
                {
                    throw tables[i].Error(string.Create(CultureInfo.InvariantCulture, $"(EXTVER {tables[i].Hdu.ExtVer}) coverage starts at {start:R} s but the previous matrix ends at {previousStop:R} s; expected contiguous coverage intervals."), keyword: "TSTART");
                }
            }
        }
    }

    /// <summary>Adds one interval's unnormalised weights (3ML's <c>_weight_response</c>).</summary>
    public static void AddWeights(ResponseSet set, (double Start, double Stop)[] coverage, (double Start, double Stop) interval,
        Func<double, double, double> exposure, double[] weights)
    {
        if (!(interval.Stop > interval.Start) || !double.IsFinite(interval.Start) || !double.IsFinite(interval.Stop))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The interval {interval.Start:R}..{interval.Stop:R} s must be finite with Start < Stop."), "intervals");
        }

        var effective = new List<(double Start, double Stop)>();
        for (var k = 0; k < coverage.Length; k++)
        {
            if (!Overlaps(coverage[k], interval))
            {
                continue;
            }

            var start = Math.Max(coverage[k].Start, interval.Start);
            var stop = Math.Min(coverage[k].Stop, interval.Stop);
            effective.Add((start, stop));
            weights[k] += exposure(start, stop);
        }

        var covered = string.Create(CultureInfo.InvariantCulture, $"the matrices of '{set.FilePath}' cover {coverage[0].Start:R}..{coverage[^1].Stop:R} s (relative to {set.ReferenceTime:R})");
        if (effective.Count == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No matrix applies to the interval {interval.Start:R}..{interval.Stop:R} s: {covered}."), "intervals");
        }

        if (effective[0].Start != interval.Start || effective[^1].Stop != interval.Stop)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The interval {interval.Start:R}..{interval.Stop:R} s is not fully covered: {covered}."), "intervals");
        }
    }

    /// <summary>3ML's <c>Interval.overlaps_with</c>: intervals that only touch at an end do not overlap.</summary>
    private static bool Overlaps((double Start, double Stop) c, (double Start, double Stop) i) =>
        i.Start == c.Start || i.Stop == c.Stop
        || (i.Start > c.Start && i.Start < c.Stop)
        || (i.Stop > c.Start && i.Stop < c.Stop)
        || (i.Start < c.Start && i.Stop > c.Stop);
}
