namespace ThreeML;

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

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return PercentileOfSorted(sorted, q);
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

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        return (PercentileOfSorted(sorted, 50), PercentileOfSorted(sorted, 50 - 50 * confidenceLevel), PercentileOfSorted(sorted, 50 + 50 * confidenceLevel));
    }

    private static double PercentileOfSorted(double[] sorted, double q)
    {
        var position = q / 100.0 * (sorted.Length - 1);
        var lo = (int)Math.Floor(position);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        var t = position - lo;
        return sorted[lo] + t * (sorted[hi] - sorted[lo]);
    }
}
