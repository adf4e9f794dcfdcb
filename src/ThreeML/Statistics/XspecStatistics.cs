namespace ThreeML.Statistics;

/// <summary>
/// Fit statistics in XSPEC's convention (−2 ln L with the data-only terms chosen so a perfect fit scores 0), for comparing
/// with XSPEC; 3ML's log-likelihoods keep ln o! instead and differ from these by model-independent constants.
/// </summary>
/// <remarks>
/// Formulas from the XSPEC manual, Appendix B "Statistics in XSPEC" (cstat, pstat, W-stat, pgstat, chi). All inputs are
/// counts: XSPEC's tₛmᵢ (source exposure × model rate) is <c>modelCounts[i]</c>. Relations to the 3ML log-likelihoods,
/// per channel (o observed, b background counts):
/// <list type="bullet">
/// <item><description>C: −2 ln L_Poisson − C = 2[ln o! − o ln o + o].</description></item>
/// <item><description>W: −2 ln L_W − W = 2[ln o! − o ln o + o + ln b! − b ln b + b].</description></item>
/// <item><description>PG (b &gt; 0): −2 ln L_PG − PG = 2[ln o! − o ln o + o] + ln 2π + 2 ln(α σ_b), for o &gt; 0 or M + αb ≥ (ασ_b)².</description></item>
/// <item><description>χ²: −2 ln L_Gaussian = χ².</description></item>
/// </list>
/// Each statistic returns its minimisation value; an error of one parameter corresponds to Δ = 1 (ErrorDef 1),
/// whereas the 3ML log-likelihoods use Δ ln L = 0.5.
/// </remarks>
public static partial class XspecStatistics
{
    /// <summary>Returns XSPEC's C-statistic (Cash statistic with the saturated-model term) for Poisson data without background.</summary>
    /// <remarks>C = 2 Σ [M − o + o ln(o/M)], a channel with o = 0 giving 2M (Cash 1979, ApJ 228, 939; XSPEC Appendix B, cstat).
    /// Relation to 3ML: −2 ln L − C = 2 Σ [ln o! − o ln o + o] with ln L from <see cref="PoissonObservedNoBackground"/>.</remarks>
    /// <param name="observedCounts">Observed counts oᵢ (finite, ≥ 0).</param>
    /// <param name="modelCounts">Expected model counts Mᵢ = tₛmᵢ.</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's contribution.</param>
    /// <returns>C (≥ 0; +∞ when a channel has o &gt; 0 and M = 0).</returns>
    /// <exception cref="ArgumentException">Lengths differ, or a count is negative, NaN or infinite.</exception>
    public static double CStat(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> modelCounts,
        Span<double> perChannel = default)
    {
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var o = observedCounts[i];
            if (!(o >= 0) || double.IsPositiveInfinity(o))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(observedCounts), i, o);
            }

            var term = CashTerm(o, modelCounts[i]);
            if (!perChannel.IsEmpty)
            {
                perChannel[i] = term;
            }

            total += term;
        }

        return total;
    }

    /// <summary>Returns XSPEC's pstat: the C-statistic of the counts against model plus a background known without error.</summary>
    /// <remarks>P = 2 Σ [(M + B) − o + o ln(o/(M + B))] (XSPEC Appendix B, pstat); pairs with
    /// <see cref="PoissonObservedIdealBackground"/> as C pairs with <see cref="PoissonObservedNoBackground"/>, with the same
    /// offset −2 ln L − P = 2 Σ [ln o! − o ln o + o].</remarks>
    /// <param name="observedCounts">Observed counts oᵢ (finite, ≥ 0).</param>
    /// <param name="expectedBackground">Background counts Bᵢ expected in the source spectrum (finite, ≥ 0).</param>
    /// <param name="modelCounts">Expected source model counts Mᵢ.</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's contribution.</param>
    /// <returns>The statistic (≥ 0).</returns>
    /// <exception cref="ArgumentException">Lengths differ, or a count or background is negative, NaN or infinite.</exception>
    public static double PStat(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> expectedBackground,
        ReadOnlySpan<double> modelCounts,
        Span<double> perChannel = default)
    {
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(expectedBackground.Length, nameof(expectedBackground), n, nameof(observedCounts));
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
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

            var term = CashTerm(o, modelCounts[i] + b);
            if (!perChannel.IsEmpty)
            {
                perChannel[i] = term;
            }

            total += term;
        }

        return total;
    }

    /// <summary>Returns χ² = Σ (y − M)²/σ² over channels with σ &gt; 0 (XSPEC's chi with standard weighting).</summary>
    /// <remarks>χ² = −2 ln L of <see cref="GaussianObserved"/> exactly (XSPEC Appendix B, chi).</remarks>
    /// <param name="observed">Observed values yᵢ (finite).</param>
    /// <param name="errors">1σ errors σᵢ (finite, ≥ 0; zero-error channels are skipped).</param>
    /// <param name="modelCounts">Model expectations Mᵢ.</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's contribution.</param>
    /// <returns>χ² (≥ 0).</returns>
    /// <exception cref="ArgumentException">Lengths differ, an observed value is not finite, or an error is negative, NaN or infinite.</exception>
    public static double Chi2(
        ReadOnlySpan<double> observed,
        ReadOnlySpan<double> errors,
        ReadOnlySpan<double> modelCounts,
        Span<double> perChannel = default) => GaussianObserved.ChiSquare(observed, errors, modelCounts, perChannel, 1.0);

    /// <summary>2[μ − o + o ln(o/μ)], with the o terms dropped when o = 0.</summary>
    private static double CashTerm(double o, double mu) =>
        o > 0 ? 2.0 * (mu - o + o * (Math.Log(o) - Math.Log(mu))) : 2.0 * mu;
}
