using MathNet.Numerics;

namespace Astromodels.Numerics;

/// <summary>Integrals of Gaussian shapes, ∫ exp(c − t²) dt, accurate in the far tails where erf(t₂) − erf(t₁) cancels
/// and where e^c alone would overflow.</summary>
/// <remarks>
/// <para>With both limits on one side of the peak the integral is (√π/2)·[e^(L₁)·erfcx(|t₁|) − e^(L₂)·erfcx(|t₂|)]
/// (limits ordered away from the peak), where L = c − t² is the logarithm of the integrand at the limit and
/// erfcx(t) = e^(t²)·erfc(t) is the scaled complementary error function: no term is larger than the integrand at the
/// nearer limit, so nothing overflows and only genuinely narrow intervals cancel. A peak inside the interval gives
/// (√π/2)·e^c·[erf(t₂) + erf(−t₁)], a sum of positive terms.</para>
/// <para>erfcx is e^(t²)·erfc(t) below t = 6 and the Laplace continued fraction
/// erfc(t) = e^(−t²)/√π · 1/(t + ½/(t + 1/(t + (3/2)/(t + …)))) above (Abramowitz &amp; Stegun 7.1.14).</para>
/// </remarks>
internal static class GaussianIntegral
{
    private const double HalfSqrtPi = 0.88622692545275801364908374167057;
    private const double InvSqrtPi = 0.56418958354775628694807945156077;

    /// <summary>∫ exp(c − t²) dt over [<paramref name="t1"/>, <paramref name="t2"/>].</summary>
    /// <param name="t1">Lower limit.</param>
    /// <param name="t2">Upper limit.</param>
    /// <param name="logPeak">c, the logarithm of the integrand at t = 0.</param>
    /// <param name="logAt1">c − t₁², computed by the caller in its most accurate form.</param>
    /// <param name="logAt2">c − t₂².</param>
    public static double Segment(double t1, double t2, double logPeak, double logAt1, double logAt2)
    {
        if (t1 == t2)
        {
            return 0;
        }

        if (t1 > t2)
        {
            return -Segment(t2, t1, logPeak, logAt2, logAt1);
        }

        if (t1 >= 0)
        {
            return HalfSqrtPi * (Math.Exp(logAt1) * Erfcx(t1) - Math.Exp(logAt2) * Erfcx(t2));
        }

        if (t2 <= 0)
        {
            return HalfSqrtPi * (Math.Exp(logAt2) * Erfcx(-t2) - Math.Exp(logAt1) * Erfcx(-t1));
        }

        return HalfSqrtPi * Math.Exp(logPeak) * (SpecialFunctions.Erf(t2) + SpecialFunctions.Erf(-t1));
    }

    /// <summary>The scaled complementary error function e^(t²)·erfc(t) for t ≥ 0 (+∞ gives 0).</summary>
    public static double Erfcx(double t)
    {
        if (t < 6)
        {
            return Math.Exp(t * t) * SpecialFunctions.Erfc(t);
        }

        if (double.IsPositiveInfinity(t))
        {
            return 0;
        }

        // Modified Lentz evaluation of t + a₁/(t + a₂/(t + …)) with aₙ = n/2.
        const double tiny = 1e-300;
        var f = t;
        var c = t;
        var d = 0.0;
        for (var n = 1; n < 500; n++)
        {
            var an = 0.5 * n;
            d = t + an * d;
            d = Math.Abs(d) < tiny ? 1 / tiny : 1 / d;
            c = t + an / c;
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return InvSqrtPi / f;
    }
}
