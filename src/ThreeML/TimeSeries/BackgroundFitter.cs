using System.Globalization;

namespace ThreeML.TimeSeries;

/// <summary>Fits the per-channel background polynomials of a time series in its background intervals (3ML's
/// <c>fit_polynomial</c> / <c>unbinned_polyfit</c>).</summary>
/// <remarks>
/// <para>Binned data: in each bin the expected counts are (exposure / width) × ∫ r dt over the bin, so the live fraction
/// of the bin scales the rate (3ML evaluates the rate at the bin centre times the exposure; the two agree to
/// O(width²·r'')). The fit maximises the Poisson likelihood.</para>
/// <para>Order selection (polyOrder = −1, as 3ML): the light curve summed over all channels is fitted with orders
/// 0..4; the order kept is the highest one whose likelihood-ratio gain over the order below, 2ΔlnL, is at least 9,
/// or 0 when no step gains that much. That order is then used for every channel.</para>
/// </remarks>
public static partial class BackgroundFitter
{
    /// <summary>The highest order tried by automatic selection (3ML's binned maximum).</summary>
    public const int MaxAutomaticOrder = 4;

    /// <summary>The 2ΔlnL threshold of 3ML's order selection.</summary>
    public const double OrderThreshold = 9.0;

    /// <summary>Fits the background of a binned series.</summary>
    /// <param name="series">The data.</param>
    /// <param name="intervals">Background intervals, s relative to the trigger; bins wholly inside them are used.</param>
    /// <param name="polyOrder">0..4, or −1 to choose automatically.</param>
    /// <exception cref="ArgumentException">No interval, the intervals hold fewer bins than the order needs, or the order
    /// is out of range.</exception>
    public static BackgroundModel FitBinned(BinnedTimeSeries series, IReadOnlyList<TimeInterval> intervals, int polyOrder = -1)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(intervals);
        if (polyOrder is < -1 or > MaxAutomaticOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(polyOrder), polyOrder, "The background polynomial order must be 0..4, or -1 to choose it automatically.");
        }

        var bins = SelectBins(series, intervals);
        var scale = TimeScale(intervals);
        var order = polyOrder >= 0 ? polyOrder : SelectOrder(series, bins, scale);
        var channels = series.ChannelCount;
        var polynomials = new TimePolynomial[channels];
        var p = order + 1;
        var x = Design(series, bins, scale, p);
        var e = new double[p];
        for (var j = 0; j < bins.Length; j++)
        {
            for (var k = 0; k < p; k++)
            {
                e[k] += x[(j * p) + k];
            }
        }

        var w = new double[bins.Length];
        for (var c = 0; c < channels; c++)
        {
            for (var j = 0; j < bins.Length; j++)
            {
                w[j] = series.CountsOf(bins[j])[c];
            }

            var fit = Checked(FitReducing(x, w, e, p, bins.Length), c, order, intervals);
            polynomials[c] = new TimePolynomial(fit.Coefficients, fit.Covariance, scale);
        }

        return new BackgroundModel(polynomials, order, intervals.ToArray(), polyOrder < 0, unbinned: false);
    }

    /// <summary>The order 3ML's likelihood-ratio rule picks from the Cash values of orders 0, 1, 2, ….</summary>
    /// <param name="cash">C (= −lnL + const) of each order, in order.</param>
    public static int ChooseOrder(ReadOnlySpan<double> cash)
    {
        var best = 0;
        for (var n = 1; n < cash.Length; n++)
        {
            if (2.0 * (cash[n - 1] - cash[n]) >= OrderThreshold)
            {
                best = n;
            }
        }

        return best;
    }

    internal static double TimeScale(IReadOnlyList<TimeInterval> intervals)
    {
        var s = 0.0;
        foreach (var i in intervals)
        {
            s = Math.Max(s, Math.Max(Math.Abs(i.Start), Math.Abs(i.Stop)));
        }

        return s > 0 ? s : 1.0;
    }

    private static int SelectOrder(BinnedTimeSeries series, int[] bins, double scale)
    {
        Span<double> cash = stackalloc double[MaxAutomaticOrder + 1];
        var w = new double[bins.Length];
        for (var j = 0; j < bins.Length; j++)
        {
            w[j] = series.CountsOf(bins[j], 0, series.ChannelCount - 1);
        }

        for (var order = 0; order <= MaxAutomaticOrder; order++)
        {
            var p = order + 1;
            var x = Design(series, bins, scale, p);
            var e = new double[p];
            for (var j = 0; j < bins.Length; j++)
            {
                for (var k = 0; k < p; k++)
                {
                    e[k] += x[(j * p) + k];
                }
            }

            cash[order] = bins.Length > p ? PoissonPolynomialFit.Fit(x, w, e).Cash : double.PositiveInfinity;
        }

        return ChooseOrder(cash);
    }

    /// <summary>The fit of one channel, or a clear error when it ran away: a polynomial that may go negative where a
    /// channel has no counts makes the Poisson likelihood unbounded, and Newton's method then leaves finite numbers.</summary>
    private static (double[] Coefficients, double[,] Covariance) Checked((double[] Coefficients, double[,] Covariance) fit, int channel, int order, IReadOnlyList<TimeInterval> intervals)
    {
        var finite = fit.Coefficients.All(double.IsFinite);
        foreach (var v in fit.Covariance)
        {
            finite &= double.IsFinite(v);
        }

        return finite
            ? fit
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The background polynomial of order {order} for channel {channel} (0-based) did not converge in the intervals {string.Join(", ", intervals)}: its likelihood has no maximum (the rate would turn negative where the channel has no counts). Choose a lower order or other background intervals."),
                nameof(intervals));
    }

    private static (double[] Coefficients, double[,] Covariance) FitReducing(double[] x, double[] w, double[] e, int p, int rows)
    {
        // As 3ML: a channel with too few non-empty bins for the order is fitted with fewer coefficients, the rest zero.
        var nonEmpty = w.Count(v => v > 0);
        var q = p;
        while (q > 1 && nonEmpty - q < 2)
        {
            q--;
        }

        if (q == p)
        {
            var full = PoissonPolynomialFit.Fit(x, w, e);
            return (full.Coefficients, full.Covariance);
        }

        var xs = new double[rows * q];
        for (var j = 0; j < rows; j++)
        {
            x.AsSpan(j * p, q).CopyTo(xs.AsSpan(j * q, q));
        }

        var fit = PoissonPolynomialFit.Fit(xs, w, e.AsSpan(0, q));
        var coefficients = new double[p];
        var covariance = new double[p, p];
        fit.Coefficients.CopyTo(coefficients, 0);
        for (var i = 0; i < q; i++)
        {
            for (var k = 0; k < q; k++)
            {
                covariance[i, k] = fit.Covariance[i, k];
            }
        }

        return (coefficients, covariance);
    }

    private static double[] Design(BinnedTimeSeries series, int[] bins, double scale, int p)
    {
        var x = new double[bins.Length * p];
        var starts = series.Starts;
        var stops = series.Stops;
        var exposures = series.Exposures;
        for (var j = 0; j < bins.Length; j++)
        {
            var b = bins[j];
            TimePolynomial.AddBasisIntegrals(starts[b], stops[b], scale, exposures[b] / (stops[b] - starts[b]), x.AsSpan(j * p, p));
        }

        return x;
    }

    internal static int[] SelectBins(BinnedTimeSeries series, IReadOnlyList<TimeInterval> intervals)
    {
        var chosen = Select(series, intervals, inside: true);
        return chosen.Length >= 2
            ? chosen
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The background intervals {string.Join(", ", intervals)} hold {chosen.Length} time bin(s) of the data ({series.Starts[0]:R}..{series.Stops[^1]:R} s); expected at least 2."), nameof(intervals));
    }

    internal static int[] SelectBinsAllowingOne(BinnedTimeSeries series, IReadOnlyList<TimeInterval> intervals) =>
        Select(series, intervals, inside: false);

    private static int[] Select(BinnedTimeSeries series, IReadOnlyList<TimeInterval> intervals, bool inside)
    {
        if (intervals.Count == 0)
        {
            throw new ArgumentException("Give at least one time interval.", nameof(intervals));
        }

        var chosen = new SortedSet<int>();
        foreach (var interval in intervals)
        {
            var (first, last) = inside ? series.BinsInside(interval) : series.BinsOverlapping(interval);
            for (var b = first; b >= 0 && b <= last; b++)
            {
                chosen.Add(b);
            }
        }

        return [.. chosen];
    }
}
