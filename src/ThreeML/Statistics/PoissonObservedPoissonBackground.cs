using System.Runtime.CompilerServices;

namespace ThreeML.Statistics;

/// <summary>
/// Profile log-likelihood for Poisson source counts with a Poisson-measured background (3ML's
/// <c>PoissonObservedPoissonBackgroundStatistic</c>, the likelihood behind XSPEC's W-stat).
/// </summary>
/// <remarks>
/// <para>Per channel, with observed counts o, background counts b, model counts M and scale factor
/// α = (BACKSCAL_src·EXPOSURE_src)/(BACKSCAL_bkg·EXPOSURE_bkg), the background-region expectation B is profiled out:</para>
/// <para>B̂ = [α(o + b) − (α + 1)M + √(((α + 1)M − α(o + b))² + 4α(α + 1)bM)] / (2α(1 + α)),</para>
/// <para>ln L = o ln(M + αB̂) + b ln B̂ − (α + 1)B̂ − M − ln o! − ln b!, with x ln y = 0 when x = 0.</para>
/// <para>B̂ ≥ 0 always; when the numerator's first part is negative it is evaluated as 2bM / (√… − (α(o + b) − (α + 1)M)),
/// the same number without the cancellation that could make it round below zero. A negative or NaN model count gives NaN.
/// The background estimate written out is
/// αB̂, the expected background counts in the source spectrum, which is what 3ML returns.
/// Source: 3ML <c>likelihood_functions.py::poisson_observed_poisson_background</c>; the profile is derived in
/// the XSPEC manual, Appendix B (W statistic; Wachter, Leach &amp; Kellogg 1979, ApJ 230, 274).
/// −2 ln L − W = 2 Σ [ln o! − o ln o + o + ln b! − b ln b + b] (see <see cref="XspecStatistics.WStat"/>).</para>
/// </remarks>
public static class PoissonObservedPoissonBackground
{
    /// <summary>Returns the profile log-likelihood for one scale factor shared by all channels.</summary>
    /// <param name="observedCounts">Observed counts oᵢ in the source spectrum (finite, ≥ 0).</param>
    /// <param name="backgroundCounts">Observed counts bᵢ in the background spectrum (finite, ≥ 0).</param>
    /// <param name="modelCounts">Expected source model counts Mᵢ in the source spectrum.</param>
    /// <param name="alpha">Scale factor α from background to source spectrum (finite, &gt; 0).</param>
    /// <param name="backgroundEstimate">Empty, or a span of the channel count that receives αB̂ᵢ (counts, ≥ 0).</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's ln L term.</param>
    /// <returns>The total profile ln L.</returns>
    /// <exception cref="ArgumentException">Lengths differ, a count is negative, NaN or infinite, or α is not finite and &gt; 0.</exception>
    public static double LogLikelihood(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> backgroundCounts,
        ReadOnlySpan<double> modelCounts,
        double alpha,
        Span<double> backgroundEstimate = default,
        Span<double> perChannel = default)
    {
        StatisticsGuard.PositiveFinite(alpha, nameof(alpha));
        var n = Validate(observedCounts, backgroundCounts, modelCounts, backgroundEstimate, perChannel);
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += Channel(observedCounts, backgroundCounts, modelCounts[i], alpha, i, backgroundEstimate, perChannel);
        }

        return total;
    }

    /// <summary>Returns the profile log-likelihood with one scale factor per channel.</summary>
    /// <param name="observedCounts">Observed counts oᵢ in the source spectrum (finite, ≥ 0).</param>
    /// <param name="backgroundCounts">Observed counts bᵢ in the background spectrum (finite, ≥ 0).</param>
    /// <param name="modelCounts">Expected source model counts Mᵢ in the source spectrum.</param>
    /// <param name="alpha">Scale factors αᵢ (each finite and &gt; 0), e.g. from a per-channel BACKSCAL column.</param>
    /// <param name="backgroundEstimate">Empty, or a span of the channel count that receives αᵢB̂ᵢ (counts, ≥ 0).</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's ln L term.</param>
    /// <returns>The total profile ln L.</returns>
    /// <exception cref="ArgumentException">Lengths differ, a count is negative, NaN or infinite, or an αᵢ is not finite and &gt; 0.</exception>
    public static double LogLikelihood(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> backgroundCounts,
        ReadOnlySpan<double> modelCounts,
        ReadOnlySpan<double> alpha,
        Span<double> backgroundEstimate = default,
        Span<double> perChannel = default)
    {
        var n = Validate(observedCounts, backgroundCounts, modelCounts, backgroundEstimate, perChannel);
        StatisticsGuard.SameLength(alpha.Length, nameof(alpha), n, nameof(observedCounts));
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var a = alpha[i];
            if (!(a > 0) || double.IsPositiveInfinity(a))
            {
                StatisticsGuard.ThrowNotPositive(nameof(alpha), i, a);
            }

            total += Channel(observedCounts, backgroundCounts, modelCounts[i], a, i, backgroundEstimate, perChannel);
        }

        return total;
    }

    /// <summary>The profiled background-region expectation B̂ (not scaled by α) for one channel.</summary>
    internal static double ProfileBackground(double o, double b, double m, double alpha)
    {
        var ap1 = alpha + 1.0;
        var x = alpha * (o + b) - ap1 * m;
        var root = Math.Sqrt(x * x + 4.0 * alpha * ap1 * b * m);
        return x >= 0 ? (x + root) / (2.0 * alpha * ap1) : 2.0 * b * m / (root - x);
    }

    private static int Validate(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> backgroundCounts,
        ReadOnlySpan<double> modelCounts,
        Span<double> backgroundEstimate,
        Span<double> perChannel)
    {
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(backgroundCounts.Length, nameof(backgroundCounts), n, nameof(observedCounts));
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(backgroundEstimate.Length, nameof(backgroundEstimate), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Channel(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> backgroundCounts,
        double m,
        double alpha,
        int i,
        Span<double> backgroundEstimate,
        Span<double> perChannel)
    {
        var o = observedCounts[i];
        var b = backgroundCounts[i];
        if (!(o >= 0) || double.IsPositiveInfinity(o))
        {
            StatisticsGuard.ThrowInvalidCount(nameof(observedCounts), i, o);
        }

        if (!(b >= 0) || double.IsPositiveInfinity(b))
        {
            StatisticsGuard.ThrowInvalidCount(nameof(backgroundCounts), i, b);
        }

        var bHat = ProfileBackground(o, b, m, alpha);
        var scaled = alpha * bHat;
        var term = (o > 0 ? o * Math.Log(scaled + m) : 0.0)
            + (b > 0 ? b * Math.Log(bHat) : 0.0)
            - (alpha + 1.0) * bHat
            - m
            - LogFactorial.OfValidated(o)
            - LogFactorial.OfValidated(b);
        if (!backgroundEstimate.IsEmpty)
        {
            backgroundEstimate[i] = scaled;
        }

        if (!perChannel.IsEmpty)
        {
            perChannel[i] = term;
        }

        return term;
    }
}
