namespace ThreeML.Statistics;

/// <summary>Poisson log-likelihood of observed counts given model counts, with no background (3ML's <c>PoissonObservedNoBackgroundStatistic</c>).</summary>
/// <remarks>
/// ln L = Σᵢ [oᵢ ln Mᵢ − Mᵢ − ln oᵢ!], with oᵢ ln Mᵢ taken as 0 when oᵢ = 0 (3ML's <c>xlogy</c>), so a channel with
/// o = 0 contributes −M and a channel with o &gt; 0 and M = 0 contributes −∞ (3ML applies no floor to M).
/// A negative or NaN model count gives NaN. The data-only term −ln o! is kept, unlike XSPEC's C-stat
/// (see <see cref="XspecStatistics.CStat"/>: −2 ln L − C = 2 Σ [ln o! − o ln o + o]).
/// Source: 3ML <c>likelihood_functions.py::poisson_log_likelihood_ideal_bkg</c> with zero background;
/// Cash (1979), ApJ 228, 939.
/// </remarks>
public static class PoissonObservedNoBackground
{
    /// <summary>Returns the Poisson log-likelihood summed over channels, optionally writing each channel's term.</summary>
    /// <param name="observedCounts">Observed counts oᵢ per channel (finite, ≥ 0).</param>
    /// <param name="modelCounts">Expected model counts Mᵢ per channel.</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's ln L term.</param>
    /// <returns>The total ln L (−∞ when a channel has o &gt; 0 and M = 0).</returns>
    /// <exception cref="ArgumentException">Lengths differ, or a count is negative, NaN or infinite.</exception>
    public static double LogLikelihood(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> modelCounts,
        Span<double> perChannel = default)
    {
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
        var write = !perChannel.IsEmpty;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var o = observedCounts[i];
            if (!(o >= 0) || double.IsPositiveInfinity(o))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(observedCounts), i, o);
            }

            var term = PoissonTerm(o, modelCounts[i]);
            if (write)
            {
                perChannel[i] = term;
            }

            total += term;
        }

        return total;
    }

    /// <summary>o ln μ − μ − ln o! with 0·ln μ = 0, for a validated count o.</summary>
    internal static double PoissonTerm(double o, double mu) =>
        (o > 0 ? o * Math.Log(mu) : 0.0) - mu - LogFactorial.OfValidated(o);
}
