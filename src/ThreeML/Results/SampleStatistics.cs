namespace ThreeML.Results;

/// <summary>Medians and equal-tailed intervals of samples, with numpy's default (linear) percentile interpolation,
/// as 3ML computes them.</summary>
public static class SampleStatistics
{
    /// <summary>The q-th percentile (0–100) of <paramref name="samples"/> by linear interpolation between order statistics (numpy's default).</summary>
    /// <exception cref="ArgumentException">No samples, or q outside [0, 100].</exception>
    public static double Percentile(ReadOnlySpan<double> samples, double q)
    {
        if (samples.IsEmpty)
        {
            throw new ArgumentException("Percentiles need at least one sample.", nameof(samples));
        }

        if (!(q >= 0 && q <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "The percentile must lie in [0, 100].");
        }

        Span<double> q1 = [q];
        Span<double> result = stackalloc double[1];
        Percentiles(samples, q1, result);
        return result[0];
    }

    /// <summary>The median and the equal-tailed interval holding <paramref name="confidenceLevel"/> of the samples.</summary>
    /// <returns>(median, lower bound, upper bound): the 50th, 50 − 50·cl and 50 + 50·cl percentiles.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence level is not in (0, 1).</exception>
    public static (double Median, double Lower, double Upper) EqualTailed(ReadOnlySpan<double> samples, double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1 (e.g. 0.68).");
        }

        if (samples.IsEmpty)
        {
            throw new ArgumentException("Intervals need at least one sample.", nameof(samples));
        }

        Span<double> q3 = [50, 50 - (50 * confidenceLevel), 50 + (50 * confidenceLevel)];
        Span<double> result = stackalloc double[3];
        Percentiles(samples, q3, result);
        return (result[0], result[1], result[2]);
    }

    /// <summary>Several percentiles at once from one selection pass (<see cref="OrderStatistics"/>): the order statistics on
    /// either side of each position (q/100)(n − 1), linearly interpolated.</summary>
    private static void Percentiles(ReadOnlySpan<double> samples, ReadOnlySpan<double> q, Span<double> destination)
    {
        int n = samples.Length;
        Span<int> ranks = stackalloc int[2 * q.Length];
        for (var k = 0; k < q.Length; k++)
        {
            var lo = (int)Math.Floor(q[k] / 100.0 * (n - 1));
            ranks[2 * k] = lo;
            ranks[(2 * k) + 1] = Math.Min(lo + 1, n - 1);
        }

        Span<int> ascending = stackalloc int[ranks.Length];
        ranks.CopyTo(ascending);
        ascending.Sort();
        Span<double> values = stackalloc double[ranks.Length];
        OrderStatistics.Select(samples, ascending, values);
        for (var k = 0; k < q.Length; k++)
        {
            var position = q[k] / 100.0 * (n - 1);
            var lo = ranks[2 * k];
            var t = position - lo;
            double a = values[ascending.IndexOf(lo)], b = values[ascending.IndexOf(ranks[(2 * k) + 1])];
            destination[k] = a + t * (b - a);
        }
    }
}
