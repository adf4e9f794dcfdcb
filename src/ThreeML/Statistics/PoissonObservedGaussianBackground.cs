namespace ThreeML.Statistics;

/// <summary>
/// Profile log-likelihood for Poisson source counts with a background known up to a Gaussian error (3ML's
/// <c>PoissonObservedGaussianBackgroundStatistic</c>, the likelihood behind XSPEC's PG-stat).
/// </summary>
/// <remarks>
/// <para>3ML first scales the background and its error into the source spectrum: B = α·b, σ = α·σ_b. Per channel the
/// background expectation is profiled out:</para>
/// <para>b̂ = ½[√((B + M)² − 2σ²(B + M − 2o) + σ⁴) + B − M − σ²],</para>
/// <para>ln L = −(b̂ − B)²/(2σ²) + o ln(b̂ + M) − b̂ − M − ln o! − ½ ln 2π − ln σ   where B &gt; 0,</para>
/// <para>ln L = o ln M − M − ln o!   where B = 0 (plain Poisson, whatever σ is),</para>
/// <para>with o ln(·) = 0 when o = 0. b̂ + M ≥ 0 always (it is evaluated without cancellation), but b̂ itself is not
/// clipped: with few counts and σ² &gt; B it can be negative, exactly as in 3ML. A negative or NaN model count gives NaN. A zero σ is allowed only where
/// b = 0 (3ML would divide by zero). The background estimate written out is b̂ (counts in the source spectrum) where
/// B &gt; 0 and 0 where B = 0, i.e. the background the likelihood actually used (3ML returns the unused b̂ there).
/// Source: 3ML <c>likelihood_functions.py::poisson_observed_gaussian_background</c> and
/// <c>spectrum_likelihood.py</c> (scaling); XSPEC manual, Appendix B (pgstat); see <see cref="XspecStatistics.PgStat"/>.</para>
/// </remarks>
public static class PoissonObservedGaussianBackground
{
    internal static readonly double HalfLogTwoPi = 0.5 * Math.Log(2.0 * Math.PI);

    /// <summary>Returns the profile log-likelihood summed over channels.</summary>
    /// <param name="observedCounts">Observed counts oᵢ in the source spectrum (finite, ≥ 0).</param>
    /// <param name="backgroundCounts">Background counts bᵢ as stored in the background spectrum (finite, ≥ 0).</param>
    /// <param name="backgroundErrors">Gaussian 1σ errors σ_b,ᵢ of <paramref name="backgroundCounts"/> (finite, ≥ 0; 0 only where bᵢ = 0).</param>
    /// <param name="modelCounts">Expected source model counts Mᵢ in the source spectrum.</param>
    /// <param name="alpha">Scale factor α from background to source spectrum (finite, &gt; 0); 1 when the background is already scaled.</param>
    /// <param name="backgroundEstimate">Empty, or a span of the channel count that receives b̂ᵢ (counts in the source spectrum).</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's ln L term.</param>
    /// <returns>The total profile ln L.</returns>
    /// <exception cref="ArgumentException">Lengths differ; a count or error is negative, NaN or infinite; an error is 0 where the
    /// background is not; or α is not finite and &gt; 0.</exception>
    public static double LogLikelihood(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> backgroundCounts,
        ReadOnlySpan<double> backgroundErrors,
        ReadOnlySpan<double> modelCounts,
        double alpha = 1.0,
        Span<double> backgroundEstimate = default,
        Span<double> perChannel = default)
    {
        StatisticsGuard.PositiveFinite(alpha, nameof(alpha));
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(backgroundCounts.Length, nameof(backgroundCounts), n, nameof(observedCounts));
        StatisticsGuard.SameLength(backgroundErrors.Length, nameof(backgroundErrors), n, nameof(observedCounts));
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(backgroundEstimate.Length, nameof(backgroundEstimate), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var o = observedCounts[i];
            var b = backgroundCounts[i];
            var e = backgroundErrors[i];
            CheckChannel(i, o, b, e);
            var m = modelCounts[i];
            double term;
            double bHat;
            if (b > 0)
            {
                var sigma = alpha * e;
                term = BackgroundTerm(o, m, alpha * b, sigma * sigma, LogFactorial.OfValidated(o), Math.Log(sigma), out bHat);
            }
            else
            {
                bHat = 0.0;
                term = PoissonObservedNoBackground.PoissonTerm(o, m);
            }

            if (!backgroundEstimate.IsEmpty)
            {
                backgroundEstimate[i] = bHat;
            }

            if (!perChannel.IsEmpty)
            {
                perChannel[i] = term;
            }

            total += term;
        }

        return total;
    }

    /// <summary>Throws, with the formula's messages, when bin <paramref name="i"/>'s counts o, background b or error e
    /// are negative or not finite, or e is 0 where b is not.</summary>
    internal static void CheckChannel(int i, double o, double b, double e)
    {
        if (!(o >= 0) || double.IsPositiveInfinity(o))
        {
            StatisticsGuard.ThrowInvalidCount("observedCounts", i, o);
        }

        if (!(b >= 0) || double.IsPositiveInfinity(b))
        {
            StatisticsGuard.ThrowInvalidCount("backgroundCounts", i, b);
        }

        if (!(e >= 0) || double.IsPositiveInfinity(e))
        {
            StatisticsGuard.ThrowInvalidError("backgroundErrors", i, e);
        }

        if (b > 0 && e == 0)
        {
            StatisticsGuard.ThrowZeroErrorWithCounts("backgroundErrors", i, b);
        }
    }

    /// <summary>One bin's profile ln L term where b &gt; 0: −d²/(2σ²) + o ln u − u − ln o! − ½ ln 2π − ln σ, with u = b̂ + M
    /// the profile root and d = b̂ − αb; <paramref name="backgroundEstimate"/> receives b̂ (counts).</summary>
    /// <param name="o">Observed counts.</param>
    /// <param name="m">Model counts M.</param>
    /// <param name="scaledBackground">αb, counts in the source spectrum.</param>
    /// <param name="variance">σ² = (ασ_b)².</param>
    /// <param name="logFactorial">ln o!.</param>
    /// <param name="logSigma">ln(ασ_b).</param>
    /// <param name="backgroundEstimate">b̂.</param>
    internal static double BackgroundTerm(double o, double m, double scaledBackground, double variance, double logFactorial, double logSigma, out double backgroundEstimate)
    {
        var u = ProfileTotal(o, scaledBackground + m - variance, variance);
        backgroundEstimate = u - m;
        var d = backgroundEstimate - scaledBackground;
        return -d * d / (2.0 * variance)
            + (o > 0 ? o * Math.Log(u) : 0.0)
            - u
            - logFactorial
            - HalfLogTwoPi
            - logSigma;
    }

    /// <summary>
    /// The positive root u = ½(x + √(x² + 4σ²o)) of the profile equation, which is b̂ + M with x = B + M − σ²
    /// (or b̂₀ with x = B − σ² when M = 0); for x &lt; 0 it is rewritten as 2σ²o/(√… − x) to avoid cancellation.
    /// </summary>
    internal static double ProfileTotal(double o, double x, double s2)
    {
        var root = Math.Sqrt(x * x + 4.0 * s2 * o);
        return x >= 0 ? 0.5 * (x + root) : 2.0 * s2 * o / (root - x);
    }
}
