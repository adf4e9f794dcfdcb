namespace ThreeML.Statistics;

/// <summary>Gaussian log-likelihood (half chi-square) of observed values with known errors (3ML's <c>GaussianObservedStatistic</c>).</summary>
/// <remarks>
/// ln L = −½ Σ_{σᵢ &gt; 0} (yᵢ − Mᵢ)²/σᵢ²; channels with σ = 0 carry no information and are skipped (their per-channel
/// term is 0). 3ML keeps no normalisation terms here, so −2 ln L equals XSPEC's χ² exactly
/// (<see cref="XspecStatistics.Chi2"/>). Source: 3ML <c>likelihood_functions.py::half_chi2</c>.
/// </remarks>
public static class GaussianObserved
{
    /// <summary>Returns −½ χ² summed over channels with a positive error.</summary>
    /// <param name="observed">Observed values yᵢ (finite; may be negative, e.g. background-subtracted).</param>
    /// <param name="errors">1σ errors σᵢ (finite, ≥ 0).</param>
    /// <param name="modelCounts">Model expectations Mᵢ.</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's ln L term.</param>
    /// <returns>The total ln L (≤ 0).</returns>
    /// <exception cref="ArgumentException">Lengths differ, an observed value is not finite, or an error is negative, NaN or infinite.</exception>
    public static double LogLikelihood(
        ReadOnlySpan<double> observed,
        ReadOnlySpan<double> errors,
        ReadOnlySpan<double> modelCounts,
        Span<double> perChannel = default) => -0.5 * ChiSquare(observed, errors, modelCounts, perChannel, -0.5);

    /// <summary>Σ (y − M)²/σ² over σ &gt; 0, writing <paramref name="scale"/> times each term to <paramref name="perChannel"/>.</summary>
    internal static double ChiSquare(
        ReadOnlySpan<double> observed,
        ReadOnlySpan<double> errors,
        ReadOnlySpan<double> modelCounts,
        Span<double> perChannel,
        double scale)
    {
        var n = observed.Length;
        StatisticsGuard.SameLength(errors.Length, nameof(errors), n, nameof(observed));
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observed));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observed));
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var y = observed[i];
            var s = errors[i];
            if (!double.IsFinite(y))
            {
                StatisticsGuard.ThrowNotFinite(nameof(observed), i, y);
            }

            if (!(s >= 0) || double.IsPositiveInfinity(s))
            {
                StatisticsGuard.ThrowInvalidError(nameof(errors), i, s);
            }

            var term = 0.0;
            if (s > 0)
            {
                var r = (y - modelCounts[i]) / s;
                term = r * r;
            }

            if (!perChannel.IsEmpty)
            {
                perChannel[i] = scale * term;
            }

            total += term;
        }

        return total;
    }
}
