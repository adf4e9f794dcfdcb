namespace ThreeML.Statistics;

/// <summary>
/// Signed significances of counts against a background (3ML's <c>Significance</c>), used for residuals in count plots:
/// Li &amp; Ma for a Poisson background, Vianello's equivalent for a Gaussian background, and the Poisson tail with a known
/// background; plus Gehrels' error bar for small counts.
/// </summary>
/// <remarks>Source: 3ML <c>threeML/utils/statistics/stats_tools.py</c> (<c>Significance</c>, <c>PoissonResiduals</c>).</remarks>
public static partial class Significance
{
    /// <summary>Returns the Li &amp; Ma (1983) signed significance of an on/off measurement.</summary>
    /// <remarks>
    /// <para>S = sign · √(2 [N_on ln((1 + α)/α · N_on/(N_on + N_off)) + N_off ln((1 + α) N_off/(N_on + N_off))])
    /// (Li &amp; Ma 1983, ApJ 272, 317, eq. 17), with x ln(·) = 0 when x = 0 and sign = +1 when N_on − αN_off &gt; 0, else −1.</para>
    /// <para>3ML sets both terms to 0 where N_on = 0, so an empty channel always scores 0σ; here eq. 17 is applied as
    /// written, giving −√(2 N_off ln(1 + α)) there. 3ML also requires α ≤ 1; any α &gt; 0 is accepted here. In 3ML's
    /// residual plots N_off is the background counts plus the model counts divided by α.</para>
    /// </remarks>
    /// <param name="onCounts">Counts N_on in the on (source) region (finite, ≥ 0).</param>
    /// <param name="offCounts">Counts N_off in the off (background) region (finite, ≥ 0).</param>
    /// <param name="alpha">On/off exposure ratio α (finite, &gt; 0).</param>
    /// <returns>The signed significance in σ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, NaN or infinite, or α is not finite and &gt; 0.</exception>
    public static double LiMa(double onCounts, double offCounts, double alpha)
    {
        StatisticsGuard.NonNegativeFinite(onCounts, nameof(onCounts));
        StatisticsGuard.NonNegativeFinite(offCounts, nameof(offCounts));
        StatisticsGuard.PositiveFinite(alpha, nameof(alpha));
        return LiMaValidated(onCounts, offCounts, alpha);
    }

    /// <summary>Writes the Li &amp; Ma (1983, eq. 17) signed significance of every channel to <paramref name="destination"/>.</summary>
    /// <remarks>Per channel as <see cref="LiMa(double, double, double)"/>.</remarks>
    /// <param name="onCounts">On-region counts per channel (finite, ≥ 0).</param>
    /// <param name="offCounts">Off-region counts per channel (finite, ≥ 0).</param>
    /// <param name="alpha">On/off exposure ratio α (finite, &gt; 0).</param>
    /// <param name="destination">Receives one significance (σ) per channel.</param>
    /// <exception cref="ArgumentException">Lengths differ, a count is negative, NaN or infinite, or α is not finite and &gt; 0.</exception>
    public static void LiMa(ReadOnlySpan<double> onCounts, ReadOnlySpan<double> offCounts, double alpha, Span<double> destination)
    {
        StatisticsGuard.PositiveFinite(alpha, nameof(alpha));
        var n = onCounts.Length;
        StatisticsGuard.SameLength(offCounts.Length, nameof(offCounts), n, nameof(onCounts));
        StatisticsGuard.SameLength(destination.Length, nameof(destination), n, nameof(onCounts));
        for (var i = 0; i < n; i++)
        {
            destination[i] = LiMaValidated(CheckedCount(onCounts, i, nameof(onCounts)), CheckedCount(offCounts, i, nameof(offCounts)), alpha);
        }
    }

    /// <summary>Returns the Li &amp; Ma (1983, eq. 17) signed significance of the counts summed over all channels.</summary>
    /// <remarks>S(Σ N_on, Σ N_off, α) with <see cref="LiMa(double, double, double)"/>: the significance of the whole spectrum.</remarks>
    /// <param name="onCounts">On-region counts per channel (finite, ≥ 0).</param>
    /// <param name="offCounts">Off-region counts per channel (finite, ≥ 0).</param>
    /// <param name="alpha">On/off exposure ratio α (finite, &gt; 0).</param>
    /// <returns>The signed significance in σ.</returns>
    /// <exception cref="ArgumentException">Lengths differ, a count is negative, NaN or infinite, or α is not finite and &gt; 0.</exception>
    public static double LiMaTotal(ReadOnlySpan<double> onCounts, ReadOnlySpan<double> offCounts, double alpha)
    {
        StatisticsGuard.PositiveFinite(alpha, nameof(alpha));
        StatisticsGuard.SameLength(offCounts.Length, nameof(offCounts), onCounts.Length, nameof(onCounts));
        var on = 0.0;
        var off = 0.0;
        for (var i = 0; i < onCounts.Length; i++)
        {
            on += CheckedCount(onCounts, i, nameof(onCounts));
            off += CheckedCount(offCounts, i, nameof(offCounts));
        }

        return LiMaValidated(on, off, alpha);
    }

    /// <summary>Returns Vianello's (2018) signed significance of counts over a background known with a Gaussian error.</summary>
    /// <remarks>
    /// <para>b₀ = ½(√(b² − 2σ²(b − 2o) + σ⁴) + b − σ²), S = sign · √2 · √(o ln(o/b₀) + (b₀ − b)²/(2σ²) + b₀ − o),
    /// sign = +1 when o &gt; b, else −1 (Vianello 2018, ApJS 236, 17, the profile-likelihood analogue of Li &amp; Ma;
    /// 3ML <c>li_and_ma_equivalent_for_gaussian_background</c>). o ln(·) = 0 when o = 0; σ = 0 reduces to the
    /// known-background likelihood ratio √(2(o ln(o/b) + b − o)). b₀ is computed without cancellation.</para>
    /// </remarks>
    /// <param name="observedCounts">Observed counts o (finite, ≥ 0).</param>
    /// <param name="expectedBackground">Expected background b in the same region (finite, ≥ 0).</param>
    /// <param name="backgroundError">Gaussian 1σ error σ of <paramref name="expectedBackground"/> (finite, ≥ 0).</param>
    /// <returns>The signed significance in σ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is negative, NaN or infinite.</exception>
    public static double LiMaForGaussianBackground(double observedCounts, double expectedBackground, double backgroundError)
    {
        StatisticsGuard.NonNegativeFinite(observedCounts, nameof(observedCounts));
        StatisticsGuard.NonNegativeFinite(expectedBackground, nameof(expectedBackground));
        StatisticsGuard.NonNegativeFinite(backgroundError, nameof(backgroundError));
        return VianelloValidated(observedCounts, expectedBackground, backgroundError);
    }

    /// <summary>Writes Vianello's (2018) signed significance of every channel to <paramref name="destination"/>.</summary>
    /// <remarks>Per channel as <see cref="LiMaForGaussianBackground(double, double, double)"/>.</remarks>
    /// <param name="observedCounts">Observed counts per channel (finite, ≥ 0).</param>
    /// <param name="expectedBackground">Expected background per channel (finite, ≥ 0).</param>
    /// <param name="backgroundErrors">Gaussian 1σ errors of the background per channel (finite, ≥ 0).</param>
    /// <param name="destination">Receives one significance (σ) per channel.</param>
    /// <exception cref="ArgumentException">Lengths differ, or an input is negative, NaN or infinite.</exception>
    public static void LiMaForGaussianBackground(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> expectedBackground,
        ReadOnlySpan<double> backgroundErrors,
        Span<double> destination)
    {
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(expectedBackground.Length, nameof(expectedBackground), n, nameof(observedCounts));
        StatisticsGuard.SameLength(backgroundErrors.Length, nameof(backgroundErrors), n, nameof(observedCounts));
        StatisticsGuard.SameLength(destination.Length, nameof(destination), n, nameof(observedCounts));
        for (var i = 0; i < n; i++)
        {
            var e = backgroundErrors[i];
            if (!(e >= 0) || double.IsPositiveInfinity(e))
            {
                StatisticsGuard.ThrowInvalidError(nameof(backgroundErrors), i, e);
            }

            destination[i] = VianelloValidated(
                CheckedCount(observedCounts, i, nameof(observedCounts)),
                CheckedCount(expectedBackground, i, nameof(expectedBackground)),
                e);
        }
    }

    /// <summary>Returns Gehrels' (1986) approximate upper 1σ error of a Poisson count, 1 + √(N + 0.75).</summary>
    /// <remarks>Gehrels (1986), ApJ 303, 336, eq. 7 for S = 1; XSPEC's "gehrels" weighting and 3ML's error bars on Poisson background.</remarks>
    /// <param name="counts">The observed count N (finite, ≥ 0).</param>
    /// <returns>The upper error in counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counts"/> is negative, NaN or infinite.</exception>
    public static double GehrelsUpperError(double counts)
    {
        StatisticsGuard.NonNegativeFinite(counts, nameof(counts));
        return 1.0 + Math.Sqrt(counts + 0.75);
    }

    private static double LiMaValidated(double on, double off, double alpha)
    {
        var total = on + off;
        var first = on > 0 ? on * Math.Log((1.0 + alpha) / alpha * (on / total)) : 0.0;
        var second = off > 0 ? off * Math.Log((1.0 + alpha) * (off / total)) : 0.0;
        var s = Math.Sqrt(Math.Max(0.0, 2.0 * (first + second)));
        return on - alpha * off > 0 || s == 0 ? s : -s;
    }

    private static double VianelloValidated(double o, double b, double sigma)
    {
        var s2 = sigma * sigma;
        var b0 = PoissonObservedGaussianBackground.ProfileTotal(o, b - s2, s2);
        var gaussian = s2 > 0 ? (b0 - b) * (b0 - b) / (2.0 * s2) : 0.0;
        var poisson = o > 0 ? o * Math.Log(o / b0) : 0.0;
        var s = Math.Sqrt(2.0) * Math.Sqrt(Math.Max(0.0, poisson + gaussian + b0 - o));
        return o > b || s == 0 ? s : -s;
    }

    private static double CheckedCount(ReadOnlySpan<double> values, int i, string name)
    {
        var v = values[i];
        if (!(v >= 0) || double.IsPositiveInfinity(v))
        {
            StatisticsGuard.ThrowInvalidCount(name, i, v);
        }

        return v;
    }
}
