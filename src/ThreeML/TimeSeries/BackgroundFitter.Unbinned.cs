using System.Globalization;

namespace ThreeML.TimeSeries;

public static partial class BackgroundFitter
{
    /// <summary>The highest order tried by automatic selection on events (3ML's unbinned maximum).</summary>
    public const int MaxAutomaticUnbinnedOrder = 2;

    /// <summary>Fits the background of an event list, unbinned (3ML's <c>unbinned_polyfit</c>): per channel the
    /// extended Poisson likelihood ln L = Σ_events ln r(t_j) − Σ_intervals f_i ∫ r dt, with f_i the live fraction of
    /// background interval i.</summary>
    /// <param name="events">The events.</param>
    /// <param name="intervals">Background intervals, s relative to the trigger (events with start ≤ t &lt; stop).</param>
    /// <param name="polyOrder">0..4, or −1 to choose 0..2 by 3ML's likelihood-ratio rule on all channels together.</param>
    /// <exception cref="ArgumentException">No interval, an interval without live time, or the order is out of range.</exception>
    /// <remarks>3ML scales the integral by one live fraction for all intervals together; we use each interval's own, which
    /// is the same when the dead time is spread evenly.</remarks>
    public static BackgroundModel FitUnbinned(EventList events, IReadOnlyList<TimeInterval> intervals, int polyOrder = -1)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(intervals);
        if (polyOrder is < -1 or > MaxAutomaticOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(polyOrder), polyOrder, "The background polynomial order must be 0..4, or -1 to choose it automatically.");
        }

        if (intervals.Count == 0)
        {
            throw new ArgumentException("Give at least one background interval.", nameof(intervals));
        }

        var live = new double[intervals.Count];
        for (var i = 0; i < live.Length; i++)
        {
            live[i] = events.LiveTime(intervals[i].Start, intervals[i].Stop) / intervals[i].Duration;
            if (!(live[i] > 0))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The background interval {intervals[i]} has no live time (the events cover {events.Start:R}..{events.Stop:R} s)."), nameof(intervals));
            }
        }

        var scale = TimeScale(intervals);
        var order = polyOrder >= 0 ? polyOrder : SelectUnbinnedOrder(events, intervals, live, scale);
        var p = order + 1;
        var e = Exposure(intervals, live, scale, p);
        var selected = Selected(events, intervals);
        var channels = events.ChannelCount;
        var perChannel = new List<double>[channels];
        for (var c = 0; c < channels; c++)
        {
            perChannel[c] = [];
        }

        var times = events.Times;
        var channelOf = events.Channels;
        foreach (var j in selected)
        {
            perChannel[channelOf[j]].Add(times[j]);
        }

        var polynomials = new TimePolynomial[channels];
        for (var c = 0; c < channels; c++)
        {
            var x = Basis(perChannel[c], scale, p);
            var w = new double[perChannel[c].Count];
            Array.Fill(w, 1.0);
            var fit = Checked(FitReducing(x, w, e, p, w.Length), c, order, intervals);
            polynomials[c] = new TimePolynomial(fit.Coefficients, fit.Covariance, scale);
        }

        return new BackgroundModel(polynomials, order, [.. intervals], polyOrder < 0, unbinned: true);
    }

    private static int SelectUnbinnedOrder(EventList events, IReadOnlyList<TimeInterval> intervals, double[] live, double scale)
    {
        Span<double> cash = stackalloc double[MaxAutomaticUnbinnedOrder + 1];
        var all = Selected(events, intervals).Select(j => events.Times[j]).ToList();
        var w = new double[all.Count];
        Array.Fill(w, 1.0);
        for (var order = 0; order <= MaxAutomaticUnbinnedOrder; order++)
        {
            var p = order + 1;
            cash[order] = all.Count > p ? PoissonPolynomialFit.Fit(Basis(all, scale, p), w, Exposure(intervals, live, scale, p)).Cash : double.PositiveInfinity;
        }

        return ChooseOrder(cash);
    }

    /// <summary>Indices of the events inside any interval, ascending, each once.</summary>
    private static List<int> Selected(EventList events, IReadOnlyList<TimeInterval> intervals)
    {
        var chosen = new SortedSet<int>();
        foreach (var interval in intervals)
        {
            var (first, end) = events.IndexRange(interval.Start, interval.Stop);
            for (var j = first; j < end; j++)
            {
                chosen.Add(j);
            }
        }

        return [.. chosen];
    }

    private static double[] Basis(List<double> times, double scale, int p)
    {
        var x = new double[times.Count * p];
        for (var j = 0; j < times.Count; j++)
        {
            var u = times[j] / scale;
            var power = 1.0;
            for (var k = 0; k < p; k++)
            {
                x[(j * p) + k] = power;
                power *= u;
            }
        }

        return x;
    }

    private static double[] Exposure(IReadOnlyList<TimeInterval> intervals, double[] live, double scale, int p)
    {
        var e = new double[p];
        for (var i = 0; i < intervals.Count; i++)
        {
            TimePolynomial.AddBasisIntegrals(intervals[i].Start, intervals[i].Stop, scale, live[i], e);
        }

        return e;
    }
}
