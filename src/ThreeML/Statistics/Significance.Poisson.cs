namespace ThreeML.Statistics;

// Significances from Poisson tail probabilities with a known background, and p-value to σ conversion.
public static partial class Significance
{
    /// <summary>Returns the significance of observed counts against a background known exactly (3ML's <c>PoissonResiduals</c>).</summary>
    /// <remarks>
    /// <para>z = Φ⁻¹(P(X ≤ ⌊o⌋)) with X ~ Poisson(μ). This is 3ML's <c>significance_one_side</c>: its two branches,
    /// <c>norm.isf(poisson.sf(o, μ))</c> for o ≥ μ and <c>norm.ppf(poisson.cdf(o, μ))</c> for o &lt; μ, are the same
    /// function, each evaluating the tail that is small. Consequently z = 0 is not reached at o = μ and small counts give
    /// skewed residuals, as the 3ML documentation warns.</para>
    /// <para>3ML is exact only to ±36σ (an interpolation table); here the small tail is taken in log space (the regularised
    /// incomplete gamma functions, then direct log-space summation below 10⁻³⁰) and inverted with
    /// <see cref="FromLogOneSidedPValue"/>, so the result stays exact at any depth. μ = 0 gives 0 for o = 0 and +∞ otherwise.</para>
    /// </remarks>
    /// <param name="observedCounts">Observed counts o (finite, ≥ 0; non-integers are floored as scipy does).</param>
    /// <param name="expectedCounts">Expected counts μ under the null hypothesis, e.g. α·N_off or model + background (finite, ≥ 0).</param>
    /// <returns>The signed significance in σ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An input is negative, NaN or infinite.</exception>
    public static double PoissonWithKnownBackground(double observedCounts, double expectedCounts)
    {
        StatisticsGuard.NonNegativeFinite(observedCounts, nameof(observedCounts));
        StatisticsGuard.NonNegativeFinite(expectedCounts, nameof(expectedCounts));
        return PoissonValidated(observedCounts, expectedCounts);
    }

    /// <summary>Writes the known-background Poisson significance of every channel to <paramref name="destination"/>.</summary>
    /// <remarks>Per channel as <see cref="PoissonWithKnownBackground(double, double)"/>.</remarks>
    /// <param name="observedCounts">Observed counts per channel (finite, ≥ 0).</param>
    /// <param name="expectedCounts">Expected counts per channel (finite, ≥ 0).</param>
    /// <param name="destination">Receives one significance (σ) per channel.</param>
    /// <exception cref="ArgumentException">Lengths differ, or an input is negative, NaN or infinite.</exception>
    public static void PoissonWithKnownBackground(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> expectedCounts,
        Span<double> destination)
    {
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(expectedCounts.Length, nameof(expectedCounts), n, nameof(observedCounts));
        StatisticsGuard.SameLength(destination.Length, nameof(destination), n, nameof(observedCounts));
        for (var i = 0; i < n; i++)
        {
            destination[i] = PoissonValidated(
                CheckedCount(observedCounts, i, nameof(observedCounts)),
                CheckedCount(expectedCounts, i, nameof(expectedCounts)));
        }
    }

    /// <summary>Returns the z with one-sided upper tail probability Q(z) = 1 − Φ(z) = <paramref name="pValue"/>.</summary>
    /// <remarks>z = √2 erfc⁻¹(2p), refined by Newton steps on ln Q; e.g. p = 1.3499e-3 gives 3σ and 2.8665e-7 gives 5σ.
    /// p = 0 gives +∞ and p = 1 gives −∞. For p below ~1e-308 use <see cref="FromLogOneSidedPValue"/>.</remarks>
    /// <param name="pValue">The one-sided p-value, in [0, 1].</param>
    /// <returns>The significance in σ.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pValue"/> is outside [0, 1] or NaN.</exception>
    public static double FromOneSidedPValue(double pValue)
    {
        if (!(pValue >= 0 && pValue <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(pValue),
                pValue,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pValue = {pValue} is invalid: it must be in [0, 1]."));
        }

        return pValue <= 0.5
            ? NormalTail.InverseLogSurvival(Math.Log(pValue))
            : -NormalTail.InverseLogSurvival(Math.Log(1.0 - pValue));
    }

    /// <summary>Returns the z with ln Q(z) = <paramref name="logPValue"/>, for p-values too small to represent as doubles.</summary>
    /// <remarks>Below ln p = −700 the inverse starts from the asymptotic expansion Q(z) ≈ φ(z)/z · (1 − z⁻² + 3z⁻⁴ − …) and
    /// is refined by Newton steps; e.g. ln p = −1000 gives 44.6157σ.</remarks>
    /// <param name="logPValue">The natural logarithm of the one-sided p-value (≤ 0; −∞ allowed).</param>
    /// <returns>The significance in σ.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="logPValue"/> is positive or NaN.</exception>
    public static double FromLogOneSidedPValue(double logPValue)
    {
        if (!(logPValue <= 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(logPValue),
                logPValue,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"logPValue = {logPValue} is invalid: it must be <= 0."));
        }

        return logPValue <= -Math.Log(2.0)
            ? NormalTail.InverseLogSurvival(logPValue)
            : -NormalTail.InverseLogSurvival(Math.Log(OneMinusExp(logPValue)));
    }

    /// <summary>1 − eˣ for x ≤ 0 without cancellation near 0.</summary>
    private static double OneMinusExp(double x) =>
        x > -1e-5 ? -x * (1.0 + x * (0.5 + x / 6.0)) : 1.0 - Math.Exp(x);

    private static double PoissonValidated(double o, double mu)
    {
        if (mu == 0)
        {
            return o == 0 ? 0.0 : double.PositiveInfinity;
        }

        var k = Math.Floor(o);
        var logCdf = PoissonTail.LogCdf(k, mu);
        return logCdf <= -Math.Log(2.0)
            ? -NormalTail.InverseLogSurvival(logCdf)
            : NormalTail.InverseLogSurvival(PoissonTail.LogSurvival(k, mu));
    }
}
