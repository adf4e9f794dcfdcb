namespace ThreeML.Statistics;

// XSPEC statistics that profile a measured background: W-stat and PG-stat.
public static partial class XspecStatistics
{
    /// <summary>Returns XSPEC's W-statistic: the C-statistic with a Poisson background spectrum profiled out.</summary>
    /// <remarks>
    /// <para>With S, B the source and background counts, tₛ, t_b their exposures (times BACKSCAL), t = tₛ + t_b and m the model rate
    /// (here m = M/tₛ): W = 2 Σ Wᵢ with</para>
    /// <para>Wᵢ = tₛm + t f − S ln(tₛm + tₛf) − B ln(t_b f) − S(1 − ln S) − B(1 − ln B),</para>
    /// <para>f = (S + B − t m + d)/(2t), d = √((t m − S − B)² + 4 t B m),</para>
    /// <para>and the manual's special cases: S = 0 ⇒ Wᵢ = tₛm − B ln(t_b/t); B = 0 and m &lt; S/t ⇒
    /// Wᵢ = −t_b m − S ln(tₛ/t); B = 0 otherwise ⇒ Wᵢ = tₛm + S(ln S − ln(tₛm) − 1).
    /// When S + B − t m &lt; 0, f is evaluated as 2Bm/(d − (S + B − t m)), the same root without cancellation.
    /// Source: XSPEC manual, Appendix B ("Poisson data with Poisson background"); Wachter, Leach &amp; Kellogg (1979), ApJ 230, 274.
    /// Only tₛ/t_b = α matters once the model is given in counts.</para>
    /// <para>Relation to 3ML (<see cref="PoissonObservedPoissonBackground"/> with α = tₛ/t_b, the same profile):
    /// −2 ln L − W = 2 Σ [ln S! − S ln S + S + ln B! − B ln B + B], whatever the model.</para>
    /// </remarks>
    /// <param name="observedCounts">Source-spectrum counts Sᵢ (finite, ≥ 0).</param>
    /// <param name="backgroundCounts">Background-spectrum counts Bᵢ (finite, ≥ 0).</param>
    /// <param name="modelCounts">Expected source model counts tₛmᵢ in the source spectrum.</param>
    /// <param name="tSource">Source exposure tₛ (s, times BACKSCAL_src; finite, &gt; 0).</param>
    /// <param name="tBackground">Background exposure t_b (s, times BACKSCAL_bkg; finite, &gt; 0).</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's 2Wᵢ.</param>
    /// <returns>W.</returns>
    /// <exception cref="ArgumentException">Lengths differ, a count is negative, NaN or infinite, or an exposure is not finite and &gt; 0.</exception>
    public static double WStat(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> backgroundCounts,
        ReadOnlySpan<double> modelCounts,
        double tSource,
        double tBackground,
        Span<double> perChannel = default)
    {
        StatisticsGuard.PositiveFinite(tSource, nameof(tSource));
        StatisticsGuard.PositiveFinite(tBackground, nameof(tBackground));
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(backgroundCounts.Length, nameof(backgroundCounts), n, nameof(observedCounts));
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
        var t = tSource + tBackground;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = observedCounts[i];
            var b = backgroundCounts[i];
            if (!(s >= 0) || double.IsPositiveInfinity(s))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(observedCounts), i, s);
            }

            if (!(b >= 0) || double.IsPositiveInfinity(b))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(backgroundCounts), i, b);
            }

            var m = modelCounts[i] / tSource;
            double w;
            if (s == 0)
            {
                w = tSource * m - (b > 0 ? b * Math.Log(tBackground / t) : 0.0);
            }
            else if (b == 0)
            {
                w = m < s / t
                    ? -tBackground * m - s * Math.Log(tSource / t)
                    : tSource * m + s * (Math.Log(s) - Math.Log(tSource * m) - 1.0);
            }
            else
            {
                var y = s + b - t * m;
                var d = Math.Sqrt(y * y + 4.0 * t * b * m);
                var f = y >= 0 ? (y + d) / (2.0 * t) : 2.0 * b * m / (d - y);
                w = tSource * m + t * f
                    - s * Math.Log(tSource * m + tSource * f)
                    - b * Math.Log(tBackground * f)
                    - s * (1.0 - Math.Log(s))
                    - b * (1.0 - Math.Log(b));
            }

            if (!perChannel.IsEmpty)
            {
                perChannel[i] = 2.0 * w;
            }

            total += 2.0 * w;
        }

        return total;
    }

    /// <summary>Returns XSPEC's PG-statistic: the C-statistic with a Gaussian-error background profiled out.</summary>
    /// <remarks>
    /// <para>With S the source counts, B ± σ the background counts and error, tₛ, t_b the exposures and m = M/tₛ: PG = 2 Σ Wᵢ with</para>
    /// <para>Wᵢ = tₛ(m + f) − S ln(tₛm + tₛf) + (B − t_b f)²/(2σ²) − S(1 − ln S),</para>
    /// <para>f = [−(tₛσ² − t_b B + t_b²m) + d]/(2t_b²), d = √((tₛσ² − t_b B + t_b²m)² − 4t_b²(tₛσ²m − σ²S − t_b B m)),</para>
    /// <para>and for S = 0 the manual's Wᵢ = tₛm + B tₛ/t_b − σ²tₛ²/(2t_b²). f is computed through u = m + f, the positive
    /// root of t_b²u² + (tₛσ² − t_b B − t_b²m)u − σ²S = 0, evaluated without cancellation. A channel with σ = 0 must have
    /// B = 0 and then contributes the C-statistic term (XSPEC divides by σ²). Source: XSPEC manual, Appendix B
    /// ("Poisson data with Gaussian background").</para>
    /// <para>Relation to 3ML (<see cref="PoissonObservedGaussianBackground"/> with α = tₛ/t_b, B &gt; 0):
    /// −2 ln L − PG = Σ [2(ln S! − S ln S + S) + ln 2π + 2 ln(ασ)], whatever the model, provided channels with S = 0 have
    /// M + αB ≥ (ασ)² (otherwise 3ML's profile stops at b̂ + M = 0 while the manual's S = 0 formula does not). 3ML treats
    /// channels with B = 0 as plain Poisson whatever σ is; here they follow the manual's formula when σ &gt; 0.</para>
    /// </remarks>
    /// <param name="observedCounts">Source-spectrum counts Sᵢ (finite, ≥ 0).</param>
    /// <param name="backgroundCounts">Background-spectrum counts Bᵢ (finite, ≥ 0).</param>
    /// <param name="backgroundErrors">Gaussian 1σ errors σᵢ of the background counts (finite, ≥ 0; 0 only where Bᵢ = 0).</param>
    /// <param name="modelCounts">Expected source model counts tₛmᵢ in the source spectrum.</param>
    /// <param name="tSource">Source exposure tₛ (s, times BACKSCAL_src; finite, &gt; 0).</param>
    /// <param name="tBackground">Background exposure t_b (s, times BACKSCAL_bkg; finite, &gt; 0).</param>
    /// <param name="perChannel">Empty, or a span of the channel count that receives each channel's 2Wᵢ.</param>
    /// <returns>PG.</returns>
    /// <exception cref="ArgumentException">Lengths differ; a count or error is negative, NaN or infinite; an error is 0 where the
    /// background is not; or an exposure is not finite and &gt; 0.</exception>
    public static double PgStat(
        ReadOnlySpan<double> observedCounts,
        ReadOnlySpan<double> backgroundCounts,
        ReadOnlySpan<double> backgroundErrors,
        ReadOnlySpan<double> modelCounts,
        double tSource,
        double tBackground,
        Span<double> perChannel = default)
    {
        StatisticsGuard.PositiveFinite(tSource, nameof(tSource));
        StatisticsGuard.PositiveFinite(tBackground, nameof(tBackground));
        var n = observedCounts.Length;
        StatisticsGuard.SameLength(backgroundCounts.Length, nameof(backgroundCounts), n, nameof(observedCounts));
        StatisticsGuard.SameLength(backgroundErrors.Length, nameof(backgroundErrors), n, nameof(observedCounts));
        StatisticsGuard.SameLength(modelCounts.Length, nameof(modelCounts), n, nameof(observedCounts));
        StatisticsGuard.OptionalOutput(perChannel.Length, nameof(perChannel), n, nameof(observedCounts));
        var tb2 = tBackground * tBackground;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = observedCounts[i];
            var b = backgroundCounts[i];
            var e = backgroundErrors[i];
            if (!(s >= 0) || double.IsPositiveInfinity(s))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(observedCounts), i, s);
            }

            if (!(b >= 0) || double.IsPositiveInfinity(b))
            {
                StatisticsGuard.ThrowInvalidCount(nameof(backgroundCounts), i, b);
            }

            if (!(e >= 0) || double.IsPositiveInfinity(e))
            {
                StatisticsGuard.ThrowInvalidError(nameof(backgroundErrors), i, e);
            }

            var m = modelCounts[i] / tSource;
            double term;
            if (e == 0)
            {
                if (b > 0)
                {
                    StatisticsGuard.ThrowZeroErrorWithCounts(nameof(backgroundErrors), i, b);
                }

                term = CashTerm(s, modelCounts[i]);
            }
            else
            {
                var s2 = e * e;
                double w;
                if (s == 0)
                {
                    w = tSource * m + b * tSource / tBackground - s2 * tSource * tSource / (2.0 * tb2);
                }
                else
                {
                    // Dividing the quadratic by t_b² puts it in the form solved by ProfileTotal.
                    var u = PoissonObservedGaussianBackground.ProfileTotal(
                        s, (tBackground * b + tb2 * m - tSource * s2) / tb2, s2 / tb2);
                    var r = b - tBackground * (u - m);
                    w = tSource * u - s * Math.Log(tSource * u) + r * r / (2.0 * s2) - s * (1.0 - Math.Log(s));
                }

                term = 2.0 * w;
            }

            if (!perChannel.IsEmpty)
            {
                perChannel[i] = term;
            }

            total += term;
        }

        return total;
    }
}
