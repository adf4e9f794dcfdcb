namespace ThreeML.Statistics;

/// <summary>Poisson log-likelihood with a background known without error (3ML's <c>PoissonObservedIdealBackgroundStatistic</c>).</summary>
/// <remarks>
/// ln L = Σᵢ [oᵢ ln(Mᵢ + Bᵢ) − (Mᵢ + Bᵢ) − ln oᵢ!], with the o ln term taken as 0 when o = 0.
/// Bᵢ is the expected background in the source spectrum (3ML: background rate × source exposure ×
/// BACKSCAL_src/BACKSCAL_bkg). Source: 3ML <c>likelihood_functions.py::poisson_log_likelihood_ideal_bkg</c>;
/// XSPEC's analogue is pstat (<see cref="XspecStatistics.PStat"/>).
/// </remarks>
public static class PoissonObservedIdealBackground
{
    /// <summary>Returns the Poisson log-likelihood of the counts given model plus fixed background.</summary>
    /// <param name="observedCounts">Observed counts oᵢ (finite, ≥ 0).</param>
    /// <param name="expectedBackground">Background counts Bᵢ expected in the source spectrum (finite, ≥ 0).</param>
    /// <param name="modelCounts">Expected source model counts Mᵢ.</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's ln L term.</param>
    /// <returns>The total ln L.</returns>
    /// <exception cref="ArgumentException">Lengths differ, or a count or background is negative, NaN or infinite.</exception>
    public static double LogLikelihood(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> expectedBackground,
        ReadOnlySpan<double> modelCounts,
        Span<double> perChannel = default)
    {
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(expectedBackground.Length, nameof(expectedBackground), n, nameof(observedCounts));
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
        var write = !perChannel.IsEmpty;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var o = observedCounts[i];
            var b = expectedBackground[i];
            if (!(o >= 0) || double.IsPositiveInfinity(o))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(observedCounts), i, o);
            }

            if (!(b >= 0) || double.IsPositiveInfinity(b))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(expectedBackground), i, b);
            }

            var term = PoissonObservedNoBackground.PoissonTerm(o, modelCounts[i] + b);
            if (write)
            {
                perChannel[i] = term;
            }

            total += term;
        }

        return total;
    }
}
